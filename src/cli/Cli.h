#pragma once

#include "cli/CliArguments.h"
#include "core/ClientFile.h"
#include "core/Invoice.h"
#include "core/Order.h"
#include "core/Result.h"
#include "io/StatementReader.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>

namespace pc::app {
class Workspace;
struct CreditAnalysis;
struct CreditCheckOutcome;
struct CheckApproval;
}
namespace pc::risk {
struct CreditCheckResult;
}

namespace pc::store {
struct CreditProfile;
}

namespace pc::cli {

enum ExitCode {
    kExitOk = 0,
    kExitError = 1,   // bad input, not found, store error
    kExitUsage = 2,   // the command line itself is wrong
    kExitRefused = 3, // a business rule said no (opening checklist incomplete)
};

// posteclient-cli: every use case, scriptable. Results go to stdout (text, or JSON
// with --json); errors to stderr with a non-zero exit code.
// The commands are grouped by area: IdentifierCommands.cpp, StoreCommands.cpp,
// ClientCommands.cpp, StatementCommands.cpp, RiskCommands.cpp and SalesCommands.cpp.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(CliArguments args, QTextStream& out, QTextStream& err);
    ~Cli();

    int run();
    static QString usage();

private:
    int runValidate();
    int runVatNumber();
    int runInit();
    int runDemo();
    int runClient();
    int runClientImport();
    int runClientList();
    int runClientShow();
    int runClientOpen();
    int runClientStatus();
    int runAudit();
    int runAnalyze();
    int runAnalyzeOf(qint64 clientId);
    int runLimit();
    int runCredit();
    int runTerms();
    int runStatements();
    int runStatementsImport();
    int runStatementsList();
    int runCheck();
    int runOrder();
    int runOrderAdd();
    int runOrderList();
    int runOrderAction(const QString& action);
    int runDeliver();
    int runDelivery();
    int runInvoice();
    int runCreditNote();
    int runSettings();
    int runImport();
    int runImportStatement(const QString& path);
    int runImportFec(const QString& path);
    int runImportOpenItems(const QString& path);
    int runExport();
    int runLetter();
    int runLetterAuto();
    int runLetterManual();
    int runLetterUndo();
    int runLedger();
    int runPayment();
    int runPaymentAdd();
    int runPaymentAssign();
    int runPaymentUnmatched();
    int runDunning();
    int runDunningPlan();
    int runDunningRun();
    int runDunningHistory();
    int runDunningCall();
    int runDunningLetter();
    int runPenalties();
    int runDispute();
    int runDisputeAdd();
    int runDisputeResolve(bool investigate);
    int runDisputeList();
    int runPromise();
    int runPromiseAdd();
    int runPromiseList();
    int runLegal();
    int runLegalInjonction();
    int runLegalAgency();
    int runLegalOpen(const QString& kind);
    int runLegalUpdate();
    int runLegalList();
    int runAging();
    int runKpi();
    int runExportReport(const QString& report);
    int runProvisions();
    int runProvisionsReview();
    int runProvisionsBook();
    int runProvisionsRate();
    int runProvisionsWriteOff();
    int runProvisionsJournal();
    int runForecast();
    int runAlerts();
    int runAlertsAck();
    int runProfitability();
    int runAbc();
    int runProfile();
    int runReport();
    int runHabits();
    // The client named by the word at `index`, or every client when there is none.
    core::Result<std::optional<qint64>> optionalClient(int index);
    // Prints what an import did (JSON with --json) and its errors; exit 1 when refused.
    int reportImport(const std::vector<core::Error>& errors, const QStringList& warnings,
                     const nlohmann::json& summary, const QString& text);
    core::Result<io::StatementDefaults> statementDefaults() const;
    core::Result<std::vector<core::DeliveryLine>> deliveryLines() const;
    core::Result<std::optional<core::Date>> dateOption(const QString& name) const;
    struct Period {
        core::Date first;
        core::Date last;
    };
    // --from and --to, the last day today by default and the first from it; opens the
    // workspace. Errors: the dates', the store's, DateTooEarly (--to before --from).
    core::Result<Period> periodOptions(const std::function<core::Date(core::Date last)>& defaultFirst);
    app::CheckApproval approval() const;
    void printCheck(const app::CreditCheckOutcome& outcome);
    void printInvoice(const core::Invoice& invoice);
    // An error of stages 4 to 6, with the reasons of the check that refused it; exit
    // code 3 for a refusal of a business rule.
    int failSales(const core::Error& error, const risk::CreditCheckResult* check = nullptr);
    void printAnalysis(const app::CreditAnalysis& analysis);
    core::Status applyProfileOptions(store::CreditProfile& profile) const;

    // Opens (creating and migrating if needed) the store named by --db,
    // POSTECLIENT_DB or the default data folder; once per run.
    core::Status openWorkspace();
    // The client named by a SIREN, a SIRET or an account number, in the workspace.
    core::Result<core::ClientFile> findClient(const QString& key);
    int fail(const core::Error& error);
    int failUsage(const QString& message);
    void printJson(const nlohmann::json& value);
    static nlohmann::json errorJson(const core::Error& error);
    static QString padded(const QString& text, int width);

    CliArguments m_args;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<app::Workspace> m_ws;
};

} // namespace pc::cli
