// client import|list|show|open|status: the client file (stages 1 and 3).

#include "cli/Cli.h"

#include "app/ClientImportService.h"
#include "app/ClientJson.h"
#include "app/ClientService.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/Workspace.h"
#include "core/ContactPoints.h"

namespace pc::cli {

using nlohmann::json;
using namespace pc::core;

int Cli::runClient()
{
    const QString sub = m_args.word(1);
    if (sub == QLatin1String("import"))
        return runClientImport();
    if (sub == QLatin1String("list"))
        return runClientList();
    if (sub == QLatin1String("show"))
        return runClientShow();
    if (sub == QLatin1String("open"))
        return runClientOpen();
    if (sub == QLatin1String("status"))
        return runClientStatus();
    return failUsage(tr("sous-commande de client inconnue : %1 (import, list, show, open, status)").arg(sub));
}

int Cli::runClientImport()
{
    if (m_args.words.size() != 3)
        return failUsage(tr("client import attend un fichier CSV"));
    const QString policyText = m_args.option(QStringLiteral("on-duplicate"));
    app::DuplicatePolicy policy = app::DuplicatePolicy::Refuse;
    if (policyText == QLatin1String("skip"))
        policy = app::DuplicatePolicy::Skip;
    else if (policyText == QLatin1String("update"))
        policy = app::DuplicatePolicy::Update;
    else if (!policyText.isEmpty() && policyText != QLatin1String("error"))
        return failUsage(tr("--on-duplicate attend error, skip ou update"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());

    const QString path = m_args.word(2);
    const app::ClientImportReport report = app::ClientImportService(*m_ws).importFile(path, policy);
    for (const QString& warning : report.warnings)
        m_err << tr("attention : %1").arg(warning) << '\n';
    for (const Error& error : report.errors)
        m_err << tr("erreur : %1").arg(app::ErrorText::describe(error)) << '\n';
    if (m_args.json) {
        json errors = json::array();
        for (const Error& error : report.errors)
            errors.push_back(errorJson(error));
        json warnings = json::array();
        for (const QString& w : report.warnings)
            warnings.push_back(w.toStdString());
        printJson({{"file", path.toStdString()},
                   {"encoding", report.encoding.toStdString()},
                   {"rows_read", report.rowsRead},
                   {"created", report.created},
                   {"updated", report.updated},
                   {"skipped", report.skipped},
                   {"errors", errors},
                   {"warnings", warnings}});
    } else if (report.ok()) {
        m_out << tr("%1 : %2 client(s) créé(s), %3 mis à jour, %4 ignoré(s)")
                     .arg(path)
                     .arg(report.created)
                     .arg(report.updated)
                     .arg(report.skipped)
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

int Cli::runClientList()
{
    const QString statusFilter = m_args.option(QStringLiteral("status"));
    if (!statusFilter.isEmpty() && !accountStatusFromCode(statusFilter.toStdString()))
        return failUsage(tr("statut inconnu : %1 (prospect, pending, active, blocked, closed)").arg(statusFilter));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    app::ClientService clients(*m_ws);
    const QString search = m_args.option(QStringLiteral("search"));
    std::vector<store::ClientSummary> rows;
    try {
        rows = search.isEmpty() ? clients.list() : clients.search(search, 1'000'000);
    } catch (const store::StoreFailure& failure) {
        return fail(Error(ErrorCode::StoreError, {failure.queryName(), failure.what()}));
    }
    json list = json::array();
    for (const store::ClientSummary& s : rows) {
        if (!statusFilter.isEmpty() && s.status != statusFilter)
            continue;
        if (m_args.json) {
            list.push_back(app::toJson(s));
        } else {
            m_out << padded(s.siren, 10) << padded(s.accountNumber, 12) << padded(app::Labels::accountStatus(s.status), 24)
                  << s.name << (s.city.isEmpty() ? QString() : QStringLiteral(" (") + s.city + QLatin1Char(')'))
                  << '\n';
        }
    }
    if (m_args.json)
        printJson(list);
    return kExitOk;
}

int Cli::runClientShow()
{
    if (m_args.words.size() != 3)
        return failUsage(tr("client show attend un SIREN, un SIRET ou un numéro de compte"));
    auto file = findClient(m_args.word(2));
    if (!file)
        return fail(file.error());
    app::ClientService clients(*m_ws);
    const OpeningChecklist checklist = clients.checklist(*file);
    if (m_args.json) {
        json out = app::toJson(*file);
        out["checklist"] = app::toJson(checklist);
        printJson(out);
        return kExitOk;
    }
    const ClientFile& f = *file;
    const auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            m_out << padded(label, 26) << value << '\n';
    };
    m_out << QString::fromStdString(f.company.name) << '\n';
    line(tr("SIREN"), f.company.siren ? QString::fromStdString(f.company.siren->formatted()) : tr("à compléter"));
    if (const auto vat = f.vatNumber())
        line(tr("TVA intracommunautaire"), QString::fromStdString(vat->str()));
    line(tr("Forme juridique"), app::Labels::legalForm(QString::fromStdString(f.company.legalForm)));
    line(tr("Code NAF"), QString::fromStdString(f.company.nafCode) + QLatin1Char(' ')
                             + app::Labels::nafActivity(QString::fromStdString(f.company.nafCode)));
    line(tr("Création"), app::Labels::date(f.company.creationDate));
    line(tr("Situation"), app::Labels::companyStatus(f.company.status));
    if (f.company.proceedings != Proceedings::None)
        line(tr("Procédure collective"), app::Labels::proceedings(f.company.proceedings) + QLatin1Char(' ')
                                             + app::Labels::date(f.company.proceedingsDate));
    const Address& a = f.company.address;
    line(tr("Siège"), QString::fromStdString(a.line1 + ", " + a.postalCode + " " + a.city));
    line(tr("Compte"), QString::fromStdString(f.account.number));
    line(tr("Statut du compte"), app::Labels::accountStatus(f.account.status));
    line(tr("Segment"), QString::fromStdString(f.account.segment));
    line(tr("Commercial"), QString::fromStdString(f.account.salesRep));
    if (f.account.paymentMethod)
        line(tr("Mode de paiement"), app::Labels::paymentMethod(*f.account.paymentMethod));
    if (f.account.iban)
        line(tr("IBAN"), QString::fromStdString(f.account.iban->formatted()));
    if (f.account.bic)
        line(tr("BIC"), QString::fromStdString(f.account.bic->str()));
    for (const Establishment& e : f.establishments)
        line(e.headOffice ? tr("Établissement (siège)") : tr("Établissement"),
             QString::fromStdString(e.siret.formatted() + "  " + e.address.postalCode + " " + e.address.city));
    for (const Contact& c : f.contacts)
        line(app::Labels::contactRole(c.role),
             QString::fromStdString(c.name + "  " + formatPhoneNumber(c.phone) + "  " + c.email));
    m_out << '\n' << tr("Liste d'ouverture de compte :") << '\n';
    for (const ChecklistLine& l : checklist.lines())
        m_out << (l.satisfied ? "  [x] " : "  [ ] ") << app::Labels::checklistItem(l.item)
              << (l.satisfied ? QString() : QStringLiteral(" — ") + app::Labels::checklistGap(l)) << '\n';
    return kExitOk;
}

int Cli::runClientOpen()
{
    if (m_args.words.size() != 3)
        return failUsage(tr("client open attend un SIREN, un SIRET ou un numéro de compte"));
    auto file = findClient(m_args.word(2));
    if (!file)
        return fail(file.error());
    app::ClientService clients(*m_ws);
    auto outcome = clients.open(file->id);
    if (!outcome)
        return fail(outcome.error());
    const bool active = outcome->status == AccountStatus::Active;
    if (m_args.json) {
        printJson({{"siren", file->company.siren ? json(file->company.siren->str()) : json(nullptr)},
                   {"account", file->account.number},
                   {"status", toCode(outcome->status)},
                   {"activated", outcome->activated},
                   {"checklist", app::toJson(outcome->checklist)}});
    } else if (active) {
        m_out << (outcome->activated ? tr("Compte %1 activé.") : tr("Compte %1 déjà actif."))
                     .arg(QString::fromStdString(file->account.number))
              << '\n';
    }
    if (active)
        return kExitOk;
    m_err << tr("Compte %1 non activé (%2) : dossier incomplet.")
                 .arg(QString::fromStdString(file->account.number), app::Labels::accountStatus(outcome->status))
          << '\n';
    for (const ChecklistLine& l : outcome->checklist.missing())
        m_err << "  - " << app::Labels::checklistItem(l.item) << QStringLiteral(" : ") << app::Labels::checklistGap(l)
              << '\n';
    return kExitRefused;
}

int Cli::runClientStatus()
{
    if (m_args.words.size() != 4)
        return failUsage(tr("client status attend un client et un statut (active, blocked, closed, pending)"));
    const auto status = accountStatusFromCode(m_args.word(3).toStdString());
    if (!status)
        return failUsage(tr("statut inconnu : %1 (prospect, pending, active, blocked, closed)").arg(m_args.word(3)));
    auto file = findClient(m_args.word(2));
    if (!file)
        return fail(file.error());
    app::ClientService clients(*m_ws);
    if (auto changed = clients.changeStatus(file->id, *status, m_args.option(QStringLiteral("reason"))); !changed) {
        const int code = fail(changed.error());
        return changed.error().code == ErrorCode::ChecklistIncomplete
                || changed.error().code == ErrorCode::InvalidTransition
            ? kExitRefused
            : code;
    }
    if (m_args.json)
        printJson({{"account", file->account.number}, {"status", toCode(*status)}});
    else
        m_out << tr("Compte %1 : %2").arg(QString::fromStdString(file->account.number),
                                          app::Labels::accountStatus(*status))
              << '\n';
    return kExitOk;
}

} // namespace pc::cli
