#pragma once

#include "core/ClientFile.h"
#include "core/OpeningChecklist.h"
#include "core/Result.h"
#include "store/ClientRepository.h"

#include <QString>

#include <optional>
#include <vector>

namespace pc::app {

class Workspace;

struct OpeningOutcome {
    core::OpeningChecklist checklist;
    core::AccountStatus status = core::AccountStatus::Prospect;
    bool activated = false;
};

// The client-file use cases (stages 1 and 3), shared by the GUI and the CLI. Every
// write is one transaction with its audit-log entry; the notifier speaks after commit.
class ClientService {
public:
    explicit ClientService(Workspace& workspace) : m_ws(workspace) {}

    // Finds a client by SIREN (9 digits), SIRET (14 digits) or account number.
    // Errors: the identifier's own error when it is malformed, NotFound.
    core::Result<core::ClientFile> find(const QString& key);
    std::optional<core::ClientFile> byId(qint64 id);
    std::vector<store::ClientSummary> list();
    std::vector<store::ClientSummary> search(const QString& text, int limit);
    QStringList segments();
    QStringList salesReps();

    // Creates a client file; an empty account number gets the next "411…" number.
    // The status must be prospect or pending: activation goes through open().
    // Errors: AlreadyExists (SIREN, SIRET or account number), InvalidTransition.
    core::Result<qint64> create(core::ClientFile file);
    // Saves an edited client file. Its status is left as stored: status changes go
    // through open() and changeStatus().
    core::Status update(const core::ClientFile& file);

    core::OpeningChecklist checklist(const core::ClientFile& file) const;
    // Runs the opening checklist: a complete file becomes active (opened today), an
    // incomplete one pending, and the outcome says what is missing.
    core::Result<OpeningOutcome> open(qint64 clientId);
    // Blocks, unblocks, closes or reopens an account, with the reason in the audit log.
    core::Status changeStatus(qint64 clientId, core::AccountStatus to, const QString& reason);

private:
    friend class ClientImportService;
    friend class DemoPortfolio;

    // Checks that no other client holds the file's SIREN, SIRETs or account number.
    core::Status checkUnique(const core::ClientFile& file);
    // Inside the caller's transaction: insert and audit.
    core::Result<qint64> insertAudited(core::ClientFile& file, const QString& action);
    core::Status updateAudited(const core::ClientFile& before, const core::ClientFile& after, const QString& action,
                               const QString& reason);

    Workspace& m_ws;
};

// Runs a use-case body and turns a broken store (StoreFailure) into a StoreError.
template <class F>
auto guardStore(F&& body) -> decltype(body());

} // namespace pc::app

#include "app/ClientService.inl"
