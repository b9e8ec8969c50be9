#pragma once

#include "app/RecoveryPolicy.h"
#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"
#include "receivables/DunningPlan.h"
#include "store/RecoveryRepository.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pc::app {

class Workspace;

// An item of a planned action as the worklist shows it.
struct DunnedItemView {
    qint64 entryId = 0;
    std::string piece;
    core::Date dueDate;
    core::Money open;
    core::Money disputed;
    int daysLate = 0;
};

// A planned action with its client, for the collector's worklist.
struct WorklistAction {
    receivables::PlannedAction planned;
    std::string scenarioCode;
    qint64 companyId = 0;
    std::string siren;
    std::string name;
    std::string segment;
    std::string salesRep;
    bool needsConfirmation = true;
    std::vector<DunnedItemView> items;
};

struct HeldClient {
    receivables::DunningHold hold;
    std::string siren;
    std::string name;
};

struct DunningPlanView {
    core::Date asOf;
    std::vector<WorklistAction> actions; // ranked: amount at risk and age
    std::vector<HeldClient> held;        // open items but nothing to do today, and why
    // Each client's next step date, for the worklist's "next action" column.
    std::map<qint64, core::Date> nextStepOn;
};

// What a run or a confirmation did.
struct DoneAction {
    qint64 actionId = 0;
    qint64 companyId = 0;
    std::string siren;
    std::string stepCode;
    std::string channel;
    core::Money amount;
    QStringList documents; // files written: the PDF, and the .eml of an e-mail
    bool task = false;     // a call or a hand-over left for a person
};

struct DunningRunReport {
    core::Date asOf;
    std::vector<DoneAction> done;
    int waitingConfirmation = 0; // documents left for a person (automatic-only runs)
};

// The outcomes a collector notes after a call.
enum class CallOutcome { Reached, NoAnswer, Promise, Dispute, WrongContact, Refused };
std::string_view toCode(CallOutcome outcome);
std::optional<CallOutcome> callOutcomeFromCode(std::string_view code);

// Stage 8 dunning: the plan of the day from each client's scenario, the documents it
// writes, the actions it records, and the collector's notes.
class DunningService {
    Q_DECLARE_TR_FUNCTIONS(DunningService)

public:
    explicit DunningService(Workspace& workspace) : m_ws(workspace) {}

    // The actions due on `asOf` (every client, or one).
    DunningPlanView plan(core::Date asOf, std::optional<qint64> companyId = std::nullopt);

    // Carries out the plan of `asOf`: writes the documents into `outDir`, records every
    // action (calls and hand-overs as tasks to do) in one transaction; a document that
    // cannot be written leaves the store as it was; no `outDir`: records only (a
    // replayed history). `automaticOnly`: only the steps that
    // need no confirmation. `progress(done, total)` returns false to cancel.
    core::Result<DunningRunReport> run(core::Date asOf, const QString& outDir, bool automaticOnly,
                                       const std::function<bool(int, int)>& progress = {});
    // Carries out one planned action (a person confirmed it).
    core::Result<DoneAction> carryOut(const WorklistAction& action, core::Date asOf, const QString& outDir);

    // Notes the outcome of a task (a call made). Errors: NotFound, InvalidTransition (done).
    core::Status completeTask(qint64 actionId, CallOutcome outcome, const std::string& note,
                              std::optional<core::Date> nextActionOn);
    // A call or a note outside the scenario. Errors: NotFound (client).
    core::Result<qint64> noteCall(qint64 companyId, CallOutcome outcome, const std::string& note,
                                  std::optional<core::Date> nextActionOn);

    std::vector<store::ActionRecord> history(qint64 companyId);
    std::vector<store::ActionRecord> openTasks(core::Date asOf);

private:
    core::Result<DoneAction> write(const WorklistAction& action, core::Date asOf, const QString& outDir,
                                   std::vector<QString>& written);
    Workspace& m_ws;
};

} // namespace pc::app
