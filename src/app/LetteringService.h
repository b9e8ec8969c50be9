#pragma once

#include "app/ClientImportService.h"
#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"
#include "receivables/Ledger.h"
#include "receivables/Lettering.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pc::app {

class Workspace;

// An item the automatic lettering could not settle and a person should look at: a
// payment nobody's invoice matches, a payment short or over beyond the tolerance.
struct ItemForReview {
    qint64 companyId = 0;
    QString siren;
    QString clientName;
    qint64 entryId = 0;
    std::string piece;
    core::Money open;
    std::string reason; // receivables::LeftItem codes
    std::string detail;
};

struct LetteringReport {
    core::Date asOf;
    int clients = 0;        // clients whose open items were looked at
    int groupsLettered = 0; // groups made, balanced or partial
    int groupsBalanced = 0; // of which balanced, with a letter code
    std::map<receivables::LetteringRule, int> groupsByRule;
    std::map<receivables::LetteringRule, core::Money> amountByRule;
    int writeOffs = 0;
    core::Money writtenOff;
    int openItemsLeft = 0;
    std::vector<ItemForReview> forReview;
};

// The result of a manual lettering, to show and to undo.
struct ManualLettering {
    qint64 letteringId = 0;
    std::string code; // empty when partial
    bool balanced = false;
    core::Money writtenOff;
};

// A ledger line with what is open on it as of a date.
struct LedgerLine {
    receivables::LedgerEntry entry;
    core::Money open;
};

// Stage 7 lettering: automatic runs over one client or all, manual lettering of the
// entries a person selected, and undoing either. Each call is one transaction.
class LetteringService {
    Q_DECLARE_TR_FUNCTIONS(LetteringService)

public:
    explicit LetteringService(Workspace& workspace) : m_ws(workspace) {}

    // Letters the open items dated on or before `asOf` with the rules of the
    // settings (see receivables::autoLetter); allocations and codes are dated `asOf`.
    // Cancelling through `progress` writes nothing.
    core::Result<LetteringReport> letterAutomatically(std::optional<qint64> companyId, core::Date asOf,
                                                      const ProgressCallback& progress = {});
    // Errors: NotFound (an entry that is not an open entry of the client, field
    // "entry"), Empty, Unbalanced (see receivables::letterManually).
    core::Result<ManualLettering> letterManually(qint64 companyId, const std::vector<qint64>& entryIds, core::Date on,
                                                 bool allowPartial);
    // Undoes a balanced group by its code. Errors: NotFound.
    core::Status unletter(qint64 companyId, const std::string& code);
    // Undoes one lettering (the undo of a manual lettering).
    core::Status undo(qint64 letteringId);
    // Removes the partial allocations of an entry that carries no code.
    core::Status removePartial(qint64 entryId);

    // The client's ledger with open amounts as of `asOf`, in date order.
    std::vector<LedgerLine> ledgerOf(qint64 companyId, core::Date asOf, bool openOnly);

private:
    Workspace& m_ws;
};

} // namespace pc::app
