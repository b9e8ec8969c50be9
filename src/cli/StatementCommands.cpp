// statements import|list: the balance sheets of stage 1 from the shell.

#include "cli/Cli.h"

#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/StatementService.h"
#include "app/Workspace.h"

namespace pc::cli {

using nlohmann::json;
using namespace pc::core;

int Cli::runStatements()
{
    const QString sub = m_args.word(1);
    if (sub == QLatin1String("import"))
        return runStatementsImport();
    if (sub == QLatin1String("list"))
        return runStatementsList();
    return failUsage(tr("sous-commande de statements inconnue : %1 (import, list)").arg(sub));
}

core::Result<io::StatementDefaults> Cli::statementDefaults() const
{
    io::StatementDefaults d;
    d.siren = m_args.option(QStringLiteral("siren")).toStdString();
    if (const QString text = m_args.option(QStringLiteral("closing-date")); !text.isEmpty()) {
        auto date = Date::parse(text.toStdString());
        if (!date)
            return date.error().inField("--closing-date");
        d.closingDate = *date;
    }
    if (const QString text = m_args.option(QStringLiteral("months")); !text.isEmpty()) {
        bool ok = false;
        d.months = text.toInt(&ok);
        if (!ok)
            return Error(ErrorCode::InvalidNumber, {text.toStdString()}).inField("--months");
    }
    if (const QString text = m_args.option(QStringLiteral("regime")); !text.isEmpty()) {
        d.regime = risk::regimeFromCode(text.toStdString());
        if (!d.regime)
            return Error(ErrorCode::UnknownValue, {text.toStdString()}).inField("--regime");
    }
    return d;
}

int Cli::runStatementsImport()
{
    if (m_args.words.size() != 3)
        return failUsage(tr("statements import attend un fichier JSON ou CSV"));
    auto defaults = statementDefaults();
    if (!defaults)
        return fail(defaults.error());
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const QString path = m_args.word(2);
    const app::StatementImportReport report = app::StatementService(*m_ws).importFile(path, *defaults);
    for (const Error& error : report.errors)
        m_err << tr("erreur : %1").arg(app::ErrorText::describe(error)) << '\n';
    if (m_args.json) {
        json errors = json::array();
        for (const Error& error : report.errors)
            errors.push_back(errorJson(error));
        json saved = json::array();
        for (const auto& s : report.saved)
            saved.push_back({{"siren", s.siren},
                             {"name", s.name.toStdString()},
                             {"closing_date", s.closingDate.toIso()},
                             {"replaced", s.replaced}});
        printJson({{"file", path.toStdString()},
                   {"encoding", report.encoding.toStdString()},
                   {"statements", saved},
                   {"errors", errors}});
    } else {
        for (const auto& s : report.saved)
            m_out << tr("%1 (%2) : exercice clos le %3 %4")
                         .arg(s.name, QString::fromStdString(s.siren), app::Labels::date(s.closingDate),
                              s.replaced ? tr("remplacé") : tr("enregistré"))
                  << '\n';
    }
    if (!report.ok()) {
        m_err << tr("fichier refusé : %n erreur(s), la base n'a pas été modifiée", nullptr,
                    static_cast<int>(report.errors.size()))
              << '\n';
        return kExitError;
    }
    return kExitOk;
}

int Cli::runStatementsList()
{
    if (m_args.words.size() != 3)
        return failUsage(tr("statements list attend un SIREN, un SIRET ou un numéro de compte"));
    auto file = findClient(m_args.word(2));
    if (!file)
        return fail(file.error());
    auto statements = app::StatementService(*m_ws).statements(*file);
    if (!statements)
        return fail(statements.error());
    json list = json::array();
    for (const risk::FinancialStatement& s : *statements) {
        if (m_args.json) {
            json lines = json::object();
            for (const auto& [code, amount] : s.lines)
                lines[code + "_cents"] = amount.cents();
            list.push_back({{"closing_date", s.closingDate.toIso()},
                            {"months", s.months},
                            {"regime", risk::toCode(s.regime)},
                            {"source", s.source},
                            {"lines", lines}});
        } else {
            m_out << app::Labels::date(s.closingDate) << "  " << tr("%n mois", nullptr, s.months) << "  "
                  << tr("%n ligne(s)", nullptr, static_cast<int>(s.lines.size())) << "  "
                  << QString::fromStdString(s.source) << '\n';
        }
    }
    if (m_args.json)
        printJson(list);
    return kExitOk;
}

} // namespace pc::cli
