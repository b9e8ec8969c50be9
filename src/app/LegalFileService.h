#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"
#include "receivables/LegalDeadlines.h"
#include "store/RecoveryRepository.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace pc::app {

class Workspace;

// The court an injonction de payer goes to (CPC 1406): the commercial court between
// traders, the judicial court otherwise, of the place of the debtor's seat.
struct CompetentCourt {
    std::string kind;  // "tribunal_de_commerce" or "tribunal_judiciaire"
    std::string cerfa; // "12946" or "12948"
    std::string label; // "Tribunal de commerce de Lyon (69003)": the seat's town; the
                       // court's exact name is checked against the seat's jurisdiction
};

struct LegalFileView {
    store::LegalFileRecord record;
    std::string siren;
    std::string name;
    std::vector<receivables::LegalDeadline> deadlines; // from the dates the file knows
};

// An invoice open for long enough that its prescription comes near.
struct PrescriptionWarning {
    qint64 companyId = 0;
    std::string siren;
    std::string name;
    std::string piece;
    core::Date dueDate;
    core::Date prescribedOn;
    core::Money open;
};

struct PreparedFile {
    qint64 fileId = 0;
    QString document; // the file written
    core::Money principal;
    core::Money penalties;
    core::Money indemnity;
    CompetentCourt court;
};

// Stage 8 legal recovery: the injonction de payer request with what the court form
// asks for, the hand-over to a collection agency, the protective attachment and the
// claim declared in collective proceedings, each with its deadlines; prescription
// warnings.
class LegalFileService {
    Q_DECLARE_TR_FUNCTIONS(LegalFileService)

public:
    explicit LegalFileService(Workspace& workspace) : m_ws(workspace) {}

    static CompetentCourt courtFor(const std::string& legalForm, const std::string& postalCode,
                                   const std::string& city);

    // Writes the request (PDF, or JSON when `outPath` ends in .json) and records the
    // file as prepared. Errors: NotFound (client), Empty (nothing overdue),
    // InvalidTransition (the debtor is under collective proceedings: declare the
    // claim instead), IoError.
    core::Result<PreparedFile> prepareInjonction(const QString& client, core::Date asOf, const QString& outPath);
    // Hands the client's overdue items to a collection agency: writes the file for the
    // agency (client, invoices, history of actions, documents) as JSON and records it.
    core::Result<PreparedFile> handOverToAgency(const QString& client, const std::string& agency, core::Date asOf,
                                                const QString& outPath);
    // A protective attachment (saisie conservatoire) or a claim declaration: recorded
    // with the overdue items; a claim's publication date comes from the client file's
    // proceedings date. Errors: NotFound, Empty, InvalidTransition (a claim without
    // collective proceedings).
    core::Result<qint64> openFile(const QString& client, receivables::LegalFileKind kind, core::Date asOf,
                                  const std::string& note);
    // Moves a file on: filed, granted (order date), served (service date), closed.
    // Errors: NotFound, UnknownValue (status).
    core::Status update(qint64 fileId, const std::string& status, const receivables::LegalDates& dates,
                        const std::string& note);

    std::vector<LegalFileView> files(std::optional<qint64> companyId);
    std::vector<PrescriptionWarning> prescriptionWarnings(core::Date asOf, std::optional<qint64> companyId = std::nullopt);

private:
    Workspace& m_ws;
};

} // namespace pc::app
