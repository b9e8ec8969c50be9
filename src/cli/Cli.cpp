#include "cli/Cli.h"

#include "app/ClientService.h"
#include "app/DataPaths.h"
#include "app/ErrorText.h"
#include "app/Workspace.h"

#include <QCoreApplication>

namespace pc::cli {

using nlohmann::json;
using namespace pc::core;

Cli::Cli(CliArguments args, QTextStream& out, QTextStream& err) : m_args(std::move(args)), m_out(out), m_err(err)
{
}

Cli::~Cli() = default;

QString Cli::usage()
{
    return tr("Usage : posteclient-cli [--db CHEMIN] [--json] [--as-of AAAA-MM-JJ] [--user NOM] [--lang fr|en] "
              "COMMANDE ...\n"
              "\n"
              "Commandes :\n"
              "  init                               crée ou met à jour la base\n"
              "  demo [--count N] [--seed N]        installe le portefeuille de démonstration dans une base vide\n"
              "  validate siren|siret|vat|iban|bic VALEUR\n"
              "                                     vérifie un identifiant\n"
              "  vat-number SIREN                   calcule le numéro de TVA intracommunautaire\n"
              "  client import FICHIER [--on-duplicate error|skip|update]\n"
              "                                     importe des clients depuis un fichier CSV\n"
              "  client list [--status STATUT] [--search TEXTE]\n"
              "  client show SIREN|SIRET|COMPTE     affiche la fiche client\n"
              "  client open SIREN|SIRET|COMPTE     passe la liste d'ouverture de compte et active le compte\n"
              "  client status SIREN|SIRET|COMPTE active|blocked|closed|pending --reason MOTIF\n"
              "  audit [SIREN|SIRET|COMPTE] [--limit N]\n"
              "                                     journal d'audit\n"
              "  statements import FICHIER [--siren SIREN] [--closing-date DATE] [--months N] [--regime normal|simplified]\n"
              "                                     importe des liasses fiscales (JSON ou CSV)\n"
              "  statements list SIREN|SIRET|COMPTE\n"
              "  analyze SIREN|SIRET|COMPTE [--year AAAA]\n"
              "                                     ratios, scores, classe et limite recommandée\n"
              "  credit profile SIREN|SIRET|COMPTE [--terms CONDITIONS] [--purchases MONTANT] [--delay JOURS]\n"
              "                                     [--insurer MONTANT] [--liens N]\n"
              "  limit set SIREN|SIRET|COMPTE MONTANT --reason MOTIF --review DATE [--approver NOM]\n"
              "  terms due-date --invoice-date DATE --terms CONDITIONS [--method eom-then-45|45-then-eom]\n"
              "  check SIREN|SIRET|COMPTE [--amount MONTANT]\n"
              "                                     contrôle de crédit : encours, disponible, décision OK/WARN/BLOCK\n"
              "  order add FICHIER.json [--draft] [--override-reason MOTIF]\n"
              "  order list SIREN|SIRET|COMPTE\n"
              "  order show|confirm|pdf NUMERO [--override-reason MOTIF] [--out FICHIER]\n"
              "  order cancel NUMERO --reason MOTIF\n"
              "  order deposit NUMERO MONTANT [--date DATE]\n"
              "  deliver COMMANDE [--lines LIGNE:QTE,...] [--date DATE] [--override-reason MOTIF]\n"
              "                  [--signed-by NOM --signed-on DATE]\n"
              "  delivery sign BL --by NOM [--on DATE]\n"
              "  delivery list SIREN|SIRET|COMPTE\n"
              "  invoice create --deliveries BL1,BL2 [--date DATE]\n"
              "  invoice list SIREN|SIRET|COMPTE\n"
              "  invoice show|pdf NUMERO [--out FICHIER]\n"
              "  credit-note FACTURE [--amount MONTANT] --reason MOTIF [--date DATE]\n"
              "  settings show | settings set CLE VALEUR\n"
              "                                     émetteur des factures et règles du contrôle de crédit\n"
              "  import statement FICHIER           importe un relevé bancaire (camt.053 ou CFONB 120)\n"
              "  import fec FICHIER                 importe les écritures clients (411) d'un FEC\n"
              "  import open-items FICHIER          importe les pièces ouvertes d'un autre logiciel (CSV)\n"
              "  export fec FICHIER [--from DATE] [--to DATE]\n"
              "                                     exporte le grand livre clients lettré au format FEC\n"
              "  payment add SIREN|COMPTE --amount MONTANT [--date DATE] [--method MODE] [--reference REF]\n"
              "  payment unmatched | payment assign LIGNE SIREN|COMPTE\n"
              "                                     règlements saisis, mouvements bancaires à attribuer\n"
              "  letter auto [--client SIREN] [--as-of DATE]\n"
              "  letter manual SIREN ECRITURE... [--partial] | letter undo SIREN CODE\n"
              "                                     lettrage automatique, manuel, délettrage\n"
              "  ledger SIREN|SIRET|COMPTE [--open] [--as-of DATE]\n"
              "                                     compte client : écritures, reste dû, codes de lettrage\n"
              "  dunning plan [--client SIREN] [--as-of DATE]\n"
              "                                     relances dues ce jour, classées par montant à risque et ancienneté\n"
              "  dunning run --out DOSSIER [--automatic-only] [--as-of DATE]\n"
              "                                     écrit les courriers et enregistre les relances du jour\n"
              "  dunning history SIREN | dunning call SIREN --outcome RESULTAT [--note TEXTE] [--next DATE]\n"
              "  dunning letter SIREN --template MODELE --out FICHIER.pdf|.html\n"
              "                                     un courrier (relance, relevé, mise en demeure…) à tout moment\n"
              "  penalties SIREN [--as-of DATE]     pénalités de retard et indemnités forfaitaires par facture\n"
              "  dispute add SIREN FACTURE [--amount MONTANT] [--reason MOTIF] [--owner NOM] [--note TEXTE]\n"
              "  dispute investigate ID | dispute resolve ID --resolution credit_note|rejected|partially\n"
              "         [--amount MONTANT] [--note TEXTE] | dispute list [SIREN]\n"
              "  promise add SIREN --amount MONTANT --date DATE [--contact NOM] [--note TEXTE] | promise list [SIREN]\n"
              "  legal injonction SIREN --out FICHIER   requête en injonction de payer (PDF, ou JSON si .json)\n"
              "  legal agency SIREN --agency NOM --out FICHIER | legal attachment|claim SIREN [--note TEXTE]\n"
              "  legal update ID --status STATUT [--order-date DATE] [--served-on DATE] | legal list [SIREN]\n"
              "  aging [--as-of DATE] [--by due|invoice] [--buckets 30,60,90]\n"
              "                                     balance âgée par client et au total, litiges à part\n"
              "  kpi [--as-of DATE] [--by sales_rep|segment] [--history MOIS]\n"
              "                                     DSO, meilleur DSO possible, retard moyen, DSO par épuisement, CEI,\n"
              "                                     objectifs et écarts, par commercial ou segment, mois par mois\n"
              "  export aging|kpi|ledger --format xlsx|csv --out FICHIER [--by due|invoice] [--buckets 30,60,90]\n"
              "  provisions [review] [--as-of DATE] | provisions book [--as-of DATE]\n"
              "                                     créances douteuses, provisions (HT) et écritures à passer\n"
              "  provisions rate ECRITURE TAUX|none | provisions write-off ECRITURE --reason MOTIF [--date DATE]\n"
              "  provisions journal [--from DATE] [--to DATE] [--out FICHIER.fec]\n"
              "  forecast [--as-of DATE] [--by week|month] [--horizon N]\n"
              "                                     prévision d'encaissement selon les habitudes de paiement\n"
              "  alerts [--all] | alerts ack SIREN TYPE CLE [--note TEXTE]\n"
              "  profitability [--from DATE] [--to DATE]\n"
              "                                     coût du crédit et rentabilité par client\n"
              "  abc [--basis outstanding|sales] | profile [--by segment|naf|region|size|sales_rep]\n"
              "  habits [--as-of DATE]              délai de paiement et retard habituels de chaque client\n"
              "  report impact --out FICHIER.pdf [--from DATE] [--to DATE]\n"
              "                                     rapport d'impact (bilan, résultat, trésorerie) avec graphiques\n"
              "\n"
              "Sortie : texte, ou JSON avec --json (montants en centimes dans les champs *_cents, dates ISO 8601).\n"
              "Codes de retour : 0 succès, 1 erreur, 2 ligne de commande incorrecte, 3 refus d'une règle de gestion.\n");
}

int Cli::run()
{
    if (m_args.version) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return kExitOk;
    }
    const QString command = m_args.word(0);
    if (m_args.help || command.isEmpty() || command == QLatin1String("help")) {
        m_out << usage();
        return command.isEmpty() && !m_args.help ? kExitUsage : kExitOk;
    }
    if (command == QLatin1String("validate"))
        return runValidate();
    if (command == QLatin1String("vat-number"))
        return runVatNumber();
    if (command == QLatin1String("init"))
        return runInit();
    if (command == QLatin1String("demo"))
        return runDemo();
    if (command == QLatin1String("client"))
        return runClient();
    if (command == QLatin1String("audit"))
        return runAudit();
    if (command == QLatin1String("statements"))
        return runStatements();
    if (command == QLatin1String("analyze"))
        return runAnalyze();
    if (command == QLatin1String("limit"))
        return runLimit();
    if (command == QLatin1String("credit"))
        return runCredit();
    if (command == QLatin1String("terms"))
        return runTerms();
    if (command == QLatin1String("check"))
        return runCheck();
    if (command == QLatin1String("order"))
        return runOrder();
    if (command == QLatin1String("deliver"))
        return runDeliver();
    if (command == QLatin1String("delivery"))
        return runDelivery();
    if (command == QLatin1String("invoice"))
        return runInvoice();
    if (command == QLatin1String("credit-note"))
        return runCreditNote();
    if (command == QLatin1String("settings"))
        return runSettings();
    if (command == QLatin1String("import"))
        return runImport();
    if (command == QLatin1String("export"))
        return runExport();
    if (command == QLatin1String("letter"))
        return runLetter();
    if (command == QLatin1String("ledger"))
        return runLedger();
    if (command == QLatin1String("payment"))
        return runPayment();
    if (command == QLatin1String("dunning"))
        return runDunning();
    if (command == QLatin1String("penalties"))
        return runPenalties();
    if (command == QLatin1String("dispute"))
        return runDispute();
    if (command == QLatin1String("promise"))
        return runPromise();
    if (command == QLatin1String("legal"))
        return runLegal();
    if (command == QLatin1String("aging"))
        return runAging();
    if (command == QLatin1String("kpi"))
        return runKpi();
    if (command == QLatin1String("provisions"))
        return runProvisions();
    if (command == QLatin1String("forecast"))
        return runForecast();
    if (command == QLatin1String("alerts"))
        return runAlerts();
    if (command == QLatin1String("profitability"))
        return runProfitability();
    if (command == QLatin1String("abc"))
        return runAbc();
    if (command == QLatin1String("profile"))
        return runProfile();
    if (command == QLatin1String("report"))
        return runReport();
    if (command == QLatin1String("habits"))
        return runHabits();
    return failUsage(tr("commande inconnue : %1").arg(command));
}

int Cli::fail(const Error& error)
{
    m_err << tr("erreur : %1").arg(app::ErrorText::describe(error)) << '\n';
    return kExitError;
}

int Cli::failUsage(const QString& message)
{
    m_err << tr("erreur : %1").arg(message) << '\n' << tr("Voir posteclient-cli --help.") << '\n';
    return kExitUsage;
}

void Cli::printJson(const json& value)
{
    m_out << QString::fromStdString(value.dump(2)) << '\n';
}

json Cli::errorJson(const Error& error)
{
    return {{"code", errorCodeName(error.code)},
            {"message", app::ErrorText::message(error).toStdString()},
            {"file", error.where.file.empty() ? json(nullptr) : json(error.where.file)},
            {"line", error.where.line > 0 ? json(error.where.line) : json(nullptr)},
            {"field", error.where.field.empty() ? json(nullptr) : json(error.where.field)}};
}

QString Cli::padded(const QString& text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), true);
}

core::Status Cli::openWorkspace()
{
    if (m_ws)
        return {};
    QString location = m_args.database;
    if (location.isEmpty())
        location = qEnvironmentVariable("POSTECLIENT_DB");
    if (location.isEmpty())
        location = app::DataPaths::defaultDatabase();
    auto parsed = store::DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error().inField("--db");
    std::shared_ptr<const app::Clock> clock;
    if (m_args.asOf)
        clock = std::make_shared<app::FixedClock>(*m_args.asOf);
    else
        clock = std::make_shared<app::SystemClock>();
    QString actor = m_args.user;
    if (actor.isEmpty())
        actor = qEnvironmentVariable("POSTECLIENT_USER");
    if (actor.isEmpty())
        actor = app::Workspace::systemUserName();
    auto ws = app::Workspace::open(*parsed, clock, actor);
    if (!ws)
        return ws.error();
    m_ws = std::move(ws).value();
    return {};
}

Result<Cli::Period> Cli::periodOptions(const std::function<Date(Date last)>& defaultFirst)
{
    auto from = dateOption(QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = dateOption(QStringLiteral("to"));
    if (!to)
        return to.error();
    if (auto opened = openWorkspace(); !opened)
        return opened.error();
    const Date last = to->value_or(m_ws->clock().today());
    const Date first = from->value_or(defaultFirst(last));
    if (last < first)
        return Error(ErrorCode::DateTooEarly, {last.toIso(), first.toIso()}).inField("--to");
    return Period{first, last};
}

Result<ClientFile> Cli::findClient(const QString& key)
{
    if (auto opened = openWorkspace(); !opened)
        return opened.error();
    return app::ClientService(*m_ws).find(key);
}

} // namespace pc::cli
