#include "app/ClientImportService.h"

#include "app/ClientService.h"
#include "app/Workspace.h"
#include "core/AccountLifecycle.h"
#include "io/ClientCsvReader.h"
#include "store/AuditLog.h"
#include "store/ImportJournal.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace pc::app {

using namespace pc::core;

namespace {

// The stored file with what the file gives written over it; empty cells keep the
// stored value.
ClientFile merged(ClientFile stored, const ClientFile& incoming)
{
    const auto take = [](std::string& target, const std::string& value) {
        if (!value.empty())
            target = value;
    };
    Company& c = stored.company;
    const Company& in = incoming.company;
    take(c.name, in.name);
    take(c.legalForm, in.legalForm);
    take(c.nafCode, in.nafCode);
    if (in.siren)
        c.siren = in.siren;
    if (in.creationDate)
        c.creationDate = in.creationDate;
    if (in.address.isComplete())
        c.address = in.address;
    ClientAccount& a = stored.account;
    const ClientAccount& ia = incoming.account;
    take(a.segment, ia.segment);
    take(a.salesRep, ia.salesRep);
    if (ia.paymentMethod)
        a.paymentMethod = ia.paymentMethod;
    if (ia.iban)
        a.iban = ia.iban;
    if (ia.bic)
        a.bic = ia.bic;
    if (ia.kbisDate)
        a.kbisDate = ia.kbisDate;
    if (ia.termsSignedDate)
        a.termsSignedDate = ia.termsSignedDate;
    if (ia.billingAddress.isComplete())
        a.billingAddress = ia.billingAddress;
    for (const Establishment& e : incoming.establishments) {
        const bool known = std::any_of(stored.establishments.begin(), stored.establishments.end(),
                                       [&](const Establishment& s) { return s.siret == e.siret; });
        if (!known)
            stored.establishments.push_back(e);
    }
    if (const Contact* contact = incoming.accountsPayableContact()) {
        auto it = std::find_if(stored.contacts.begin(), stored.contacts.end(),
                               [](const Contact& s) { return s.role == ContactRole::AccountsPayable; });
        if (it == stored.contacts.end()) {
            stored.contacts.push_back(*contact);
        } else {
            take(it->name, contact->name);
            take(it->phone, contact->phone);
            take(it->email, contact->email);
        }
    }
    return stored;
}

Error atRow(Error error, const QString& fileName, int line)
{
    return error.inFile(fileName.toStdString()).atLine(line);
}

} // namespace

ClientImportReport ClientImportService::importFile(const QString& path, DuplicatePolicy policy,
                                                   const ProgressCallback& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ClientImportReport report;
        report.errors.push_back(Error(ErrorCode::IoError, {path.toStdString(), file.errorString().toStdString()}));
        return report;
    }
    return importBytes(file.readAll(), QFileInfo(path).fileName(), policy, progress);
}

ClientImportReport ClientImportService::importBytes(const QByteArray& bytes, const QString& fileName,
                                                    DuplicatePolicy policy, const ProgressCallback& progress)
{
    ClientImportReport report;
    const io::ClientCsvResult parsed
        = io::readClientCsv(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                            fileName.toStdString());
    report.encoding = QString::fromLatin1(io::encodingName(parsed.encoding));
    report.rowsRead = static_cast<int>(parsed.rows.size());
    report.errors = parsed.errors;
    for (const std::string& column : parsed.ignoredColumns)
        report.warnings << tr("Colonne « %1 » non reconnue : ignorée").arg(QString::fromStdString(column));
    if (!report.ok())
        return report;

    ClientService clients(m_ws);
    const auto outcome = guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::ClientRepository repo(m_ws.db());
        const int total = static_cast<int>(parsed.rows.size());
        int done = 0;
        // Rows that bring their account number go first, so that the numbers given to
        // the others never take one the file asks for further down.
        std::vector<const io::ClientCsvRow*> ordered;
        for (const io::ClientCsvRow& row : parsed.rows)
            ordered.push_back(&row);
        std::stable_partition(ordered.begin(), ordered.end(),
                              [](const io::ClientCsvRow* row) { return !row->file.account.number.empty(); });
        for (const io::ClientCsvRow* rowPointer : ordered) {
            const io::ClientCsvRow& row = *rowPointer;
            if (progress && done % 50 == 0 && !progress(done, total))
                return Error(ErrorCode::Cancelled, {});
            ++done;
            std::optional<qint64> existingId;
            if (row.file.company.siren)
                existingId = repo.idBySiren(*row.file.company.siren);
            if (!existingId && !row.file.account.number.empty())
                existingId = repo.idByAccountNumber(QString::fromStdString(row.file.account.number));

            ClientFile incoming = row.file;
            if (existingId) {
                const ClientFile stored = *repo.findById(*existingId);
                if (policy == DuplicatePolicy::Refuse) {
                    report.errors.push_back(atRow(Error(ErrorCode::AlreadyExists,
                                                        {stored.company.siren ? stored.company.siren->str()
                                                                              : stored.account.number,
                                                         stored.account.number + " " + stored.company.name}),
                                                  fileName, row.line)
                                                .inField("siren"));
                    continue;
                }
                if (policy == DuplicatePolicy::Skip) {
                    ++report.skipped;
                    continue;
                }
                incoming = merged(stored, row.file);
            } else {
                incoming.account.status = AccountStatus::Prospect;
            }

            if (row.requestedStatus && *row.requestedStatus != incoming.account.status) {
                const AccountStatus wanted = *row.requestedStatus;
                const OpeningChecklist checklist = clients.checklist(incoming);
                if (wanted == AccountStatus::Active && !checklist.isComplete()) {
                    incoming.account.status = AccountStatus::Pending;
                    report.warnings << tr("%1:%2: compte non activé, dossier d'ouverture incomplet "
                                          "(%n point(s) manquant(s)) : mis en attente",
                                          nullptr, static_cast<int>(checklist.missing().size()))
                                           .arg(fileName)
                                           .arg(row.line);
                } else {
                    incoming.account.status = wanted;
                    if (wanted == AccountStatus::Active && !incoming.account.openedOn)
                        incoming.account.openedOn = m_ws.clock().today();
                }
            }

            if (auto status = clients.checkUnique(incoming); !status) {
                report.errors.push_back(atRow(status.error(), fileName, row.line));
                continue;
            }
            if (existingId) {
                const ClientFile stored = *repo.findById(*existingId);
                if (incoming == stored)
                    continue;
                if (auto status = clients.updateAudited(stored, incoming, QStringLiteral("client.import_update"),
                                                        fileName);
                    !status)
                    return status;
                ++report.updated;
            } else {
                if (incoming.account.number.empty())
                    incoming.account.number = repo.nextAccountNumber().toStdString();
                auto id = repo.insert(incoming, m_ws.clock().now());
                if (!id)
                    return id.error();
                ++report.created;
            }
        }
        if (!report.errors.empty())
            return Error(ErrorCode::Cancelled, {});

        store::AuditEntry entry{0, m_ws.clock().now(), m_ws.actor(), QStringLiteral("client.import"),
                                QStringLiteral("import"), fileName, {}, nullptr,
                                {{"file", fileName.toStdString()},
                                 {"created", report.created},
                                 {"updated", report.updated},
                                 {"skipped", report.skipped}}};
        if (auto status = store::AuditLog(m_ws.db()).record(entry); !status)
            return status;
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (auto status = store::ImportJournal(m_ws.db()).record(
                {0, QStringLiteral("clients"), fileName, hash, m_ws.clock().now(), m_ws.actor(),
                 report.created + report.updated});
            !status)
            return status;
        if (progress)
            progress(total, total);
        return tx.commit();
    });
    if (!outcome) {
        if (report.errors.empty())
            report.errors.push_back(outcome.error());
        std::stable_sort(report.errors.begin(), report.errors.end(),
                         [](const Error& a, const Error& b) { return a.where.line < b.where.line; });
        report.created = report.updated = report.skipped = 0;
        return report;
    }
    emit m_ws.notifier().clientsReset();
    return report;
}

} // namespace pc::app
