// validate and vat-number: the identifier rules of the engine, from the shell.

#include "cli/Cli.h"

#include "app/ErrorText.h"
#include "core/Bic.h"
#include "core/Iban.h"
#include "core/Siren.h"
#include "core/Siret.h"
#include "core/Text.h"
#include "core/VatNumber.h"

namespace pc::cli {

using nlohmann::json;
using namespace pc::core;

namespace {

struct Validation {
    bool valid = false;
    std::string normalized;
    std::optional<Error> error;
};

template <class T>
Validation validateAs(const std::string& input)
{
    auto parsed = T::parse(input);
    if (parsed)
        return {true, parsed->str(), std::nullopt};
    return {false, text::compactIdentifier(input), parsed.error()};
}

} // namespace

int Cli::runValidate()
{
    const QString kind = m_args.word(1);
    const std::string input = m_args.word(2).toStdString();
    if (m_args.words.size() != 3)
        return failUsage(tr("validate attend un type (siren, siret, vat, iban, bic) et une valeur"));
    Validation v;
    if (kind == QLatin1String("siren"))
        v = validateAs<Siren>(input);
    else if (kind == QLatin1String("siret"))
        v = validateAs<Siret>(input);
    else if (kind == QLatin1String("vat"))
        v = validateAs<VatNumber>(input);
    else if (kind == QLatin1String("iban"))
        v = validateAs<Iban>(input);
    else if (kind == QLatin1String("bic"))
        v = validateAs<Bic>(input);
    else
        return failUsage(tr("type d'identifiant inconnu : %1 (siren, siret, vat, iban ou bic)").arg(kind));

    if (m_args.json) {
        printJson({{"kind", kind.toStdString()},
                   {"input", input},
                   {"valid", v.valid},
                   {"normalized", v.normalized},
                   {"error", v.error ? json(app::ErrorText::message(*v.error).toStdString()) : json(nullptr)},
                   {"error_code", v.error ? json(errorCodeName(v.error->code)) : json(nullptr)}});
    } else if (v.valid) {
        m_out << tr("%1 %2 : valide").arg(kind.toUpper(), QString::fromStdString(v.normalized)) << '\n';
    }
    if (!v.valid) {
        m_err << tr("%1 invalide : %2").arg(kind.toUpper(), app::ErrorText::message(*v.error)) << '\n';
        return kExitError;
    }
    return kExitOk;
}

int Cli::runVatNumber()
{
    if (m_args.words.size() != 2)
        return failUsage(tr("vat-number attend un SIREN"));
    auto siren = Siren::parse(m_args.word(1).toStdString());
    if (!siren)
        return fail(siren.error());
    const VatNumber vat = VatNumber::fromSiren(*siren);
    if (m_args.json)
        printJson({{"siren", siren->str()}, {"vat_number", vat.str()}});
    else
        m_out << QString::fromStdString(vat.str()) << '\n';
    return kExitOk;
}

} // namespace pc::cli
