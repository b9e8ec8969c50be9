#pragma once

#include "core/ClientFile.h"
#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pc::store {

class Database;

// One line of the client list: what the list, the search and the completer show.
struct ClientSummary {
    qint64 id = 0;
    QString siren;
    QString name;
    QString accountNumber;
    QString status;
    QString postalCode;
    QString city;
    QString segment;
    QString salesRep;
    // Folded name (see core::text::foldForSearch), for accent-insensitive filtering.
    QString searchName;
};

// Reads and writes client files (company, account, establishments, contacts) as one
// aggregate. Writes run inside the caller's Transaction; reads throw StoreFailure
// when the store itself is broken.
class ClientRepository {
public:
    explicit ClientRepository(Database& db) : m_db(db) {}

    // Inserts a new client file; returns its id. Errors: StoreError (a SIREN, SIRET
    // or account number already taken is caught earlier by the use case).
    core::Result<qint64> insert(const core::ClientFile& file, const QDateTime& now);
    core::Status update(const core::ClientFile& file, const QDateTime& now);

    std::optional<core::ClientFile> findById(qint64 id);
    std::optional<core::ClientFile> findBySiren(const core::Siren& siren);
    // The client owning this establishment.
    std::optional<core::ClientFile> findBySiret(const core::Siret& siret);
    std::optional<qint64> idByAccountNumber(const QString& number);
    std::optional<qint64> idBySiren(const core::Siren& siren);
    std::optional<qint64> idBySiret(const core::Siret& siret);

    // Every client, ordered by name.
    std::vector<ClientSummary> summaries();
    std::optional<ClientSummary> summaryById(qint64 id);
    // Up to `limit` clients whose SIREN, SIRET, account number or folded name
    // matches `text`: SIREN, SIRET or account prefix for digits, every word of the
    // text somewhere in the folded name otherwise.
    std::vector<ClientSummary> search(const QString& text, int limit);
    int count();
    // The segments and sales reps in use, sorted, for the forms' choices.
    QStringList segments();
    QStringList salesReps();

    // The next free "411" + 6 digits account number.
    QString nextAccountNumber();

private:
    core::Status writeEstablishments(qint64 companyId, const std::vector<core::Establishment>& establishments);
    core::Status writeContacts(qint64 companyId, const std::vector<core::Contact>& contacts);
    std::vector<core::Establishment> readEstablishments(qint64 companyId);
    std::vector<core::Contact> readContacts(qint64 companyId);

    Database& m_db;
};

} // namespace pc::store
