#include "app/FecImportService.h"

#include "app/ClientService.h"
#include "app/ImportedFile.h"
#include "app/Workspace.h"
#include "io/FecReader.h"
#include "receivables/LetterCode.h"
#include "store/AuditLog.h"
#include "store/ClientRepository.h"
#include "store/ImportJournal.h"
#include "store/LedgerRepository.h"
#include "store/LetteringRepository.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"
#include "core/Text.h"

#include <QFileInfo>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace pc::app {

using core::Date;
using core::Error;
using core::ErrorCode;
using core::Money;
using core::Status;
using receivables::EntryKind;

namespace {

const QString kImportKind = QStringLiteral("fec");

// A 411 line on its way to the ledger.
struct Pending {
    const io::FecLine* line = nullptr;
    qint64 companyId = 0;
    Money open;
    std::string letter;
    std::optional<Date> letteredOn;
    qint64 entryId = 0;
};

struct PendingAllocation {
    std::size_t debit = 0;
    std::size_t credit = 0;
    Money amount;
};

struct LetterGroup {
    qint64 companyId = 0;
    std::string code;
    std::vector<std::size_t> members;
    std::vector<PendingAllocation> allocations;
    Date on;
};

using GroupKey = std::pair<qint64, std::string>; // client, letter code

struct GroupKeyHash {
    std::size_t operator()(const GroupKey& key) const noexcept
    {
        return std::hash<std::string>()(key.second) * 1'000'003U ^ std::hash<qint64>()(key.first);
    }
};

// The client account of a 411 line: its auxiliary account, or a detailed 411 account
// ("411DUPONT"); the collective account alone names nobody.
std::string clientAccountOf(const io::FecLine& line)
{
    if (!line.compAuxNum.empty())
        return line.compAuxNum;
    const std::string rest = line.compteNum.substr(3);
    const bool collective = std::all_of(rest.begin(), rest.end(), [](char c) { return c == '0'; });
    return collective ? std::string() : line.compteNum;
}

// Sales journals (VE, VT, VTE…) hold invoices and credit notes, "AN" the opening
// balances, banks and cash the payments; what is left is an adjustment.
EntryKind kindOf(const io::FecLine& line)
{
    const std::string journal = core::text::toUpperAscii(line.journalCode);
    const bool debit = line.debit > line.credit;
    if (journal == "AN" || journal == "RAN" || journal == "ANO")
        return EntryKind::Imported;
    if (journal.starts_with('V'))
        return debit ? EntryKind::Invoice : EntryKind::CreditNote;
    if (journal.starts_with('B') || journal.starts_with("CA") || journal.starts_with("CH"))
        return debit ? EntryKind::Refund : EntryKind::Payment;
    return EntryKind::Adjustment;
}

// Sets the credits of a group against its debits, oldest first, lowering what is open.
std::vector<PendingAllocation> allocate(std::vector<Pending>& pending, const std::vector<std::size_t>& members)
{
    std::vector<std::size_t> debits;
    std::vector<std::size_t> credits;
    for (const std::size_t i : members)
        (pending[i].line->debit > pending[i].line->credit ? debits : credits).push_back(i);
    const auto older = [&](std::size_t a, std::size_t b) {
        return std::pair(pending[a].line->ecritureDate, a) < std::pair(pending[b].line->ecritureDate, b);
    };
    std::sort(debits.begin(), debits.end(), older);
    std::sort(credits.begin(), credits.end(), older);
    std::vector<PendingAllocation> allocations;
    std::size_t d = 0;
    for (const std::size_t c : credits) {
        while (pending[c].open.isPositive() && d < debits.size()) {
            const Money amount = std::min(pending[c].open, pending[debits[d]].open);
            allocations.push_back({debits[d], c, amount});
            pending[c].open -= amount;
            pending[debits[d]].open -= amount;
            if (pending[debits[d]].open.isZero())
                ++d;
        }
    }
    return allocations;
}

// INSERT … RETURNING (ledger entries, letterings) keeps the row it returns in a
// temporary table. With SQLite's default temp_store (a file) that costs as much as the
// insert itself once the ledger holds a million rows (bench/, docs/PERFORMANCE.md): the
// import keeps temporaries in memory while it runs, then puts the setting back. The
// setting cannot change inside a transaction: within a caller's, it stays as it is.
class TemporariesInMemory {
public:
    explicit TemporariesInMemory(store::Database& db) : m_db(db)
    {
        if (db.backend() != store::Backend::Sqlite || db.transactionDepth() > 0)
            return;
        store::SqlQuery current(db, "pragma.temp_store", QStringLiteral("PRAGMA temp_store"));
        if (!current.exec() || !current.next())
            return;
        const qint64 previous = current.integer(0);
        current.finish();
        if (previous != kMemory
            && store::SqlQuery(db, "pragma.temp_store", QStringLiteral("PRAGMA temp_store = 2")).exec())
            m_previous = previous;
    }
    ~TemporariesInMemory()
    {
        if (m_previous && m_db.transactionDepth() == 0)
            (void)store::SqlQuery(m_db, "pragma.temp_store", QStringLiteral("PRAGMA temp_store = %1").arg(*m_previous))
                .exec();
    }
    TemporariesInMemory(const TemporariesInMemory&) = delete;
    TemporariesInMemory& operator=(const TemporariesInMemory&) = delete;

private:
    static constexpr qint64 kMemory = 2;
    store::Database& m_db;
    std::optional<qint64> m_previous;
};

} // namespace

FecImportReport FecImportService::importFile(const QString& path, const ProgressCallback& progress)
{
    auto bytes = readImportFile(path);
    if (!bytes) {
        FecImportReport report;
        report.errors.push_back(bytes.error());
        return report;
    }
    return importBytes(*bytes, QFileInfo(path).fileName(), progress);
}

FecImportReport FecImportService::importBytes(const QByteArray& bytes, const QString& fileName,
                                              const ProgressCallback& progress)
{
    FecImportReport report;
    const io::FecFile parsed
        = io::readFec(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), fileName.toStdString());
    report.encoding = QString::fromLatin1(io::encodingName(parsed.encoding));
    report.linesRead = static_cast<int>(parsed.lines.size());
    report.errors = parsed.errors;
    for (const std::string& warning : parsed.warnings)
        report.warnings << QString::fromStdString(warning);
    if (!report.ok())
        return report;

    const TemporariesInMemory temporaries(m_ws.db());
    const auto outcome = guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::ImportJournal journal(m_ws.db());
        auto importId = recordImport(m_ws, kImportKind, fileName, bytes);
        if (!importId)
            return importId.error();
        store::ClientRepository clients(m_ws.db());
        store::LedgerRepository ledger(m_ws.db());
        store::LetteringRepository letterings(m_ws.db());
        const store::Stamp stamp = m_ws.stamp();

        // Which client each line belongs to; unknown accounts become clients.
        std::unordered_map<std::string, qint64> companyOf;
        const auto companyFor = [&](const io::FecLine& line, const std::string& account) -> core::Result<qint64> {
            if (const auto it = companyOf.find(account); it != companyOf.end())
                return it->second;
            std::optional<qint64> id = clients.idByAccountNumber(QString::fromStdString(account));
            if (id) {
                ++report.clientsLinked;
            } else {
                core::ClientFile created;
                created.company.name = !line.compAuxLib.empty() ? line.compAuxLib
                                       : !line.compteLib.empty() ? line.compteLib
                                                                 : account;
                created.account.number = account;
                created.account.status = core::AccountStatus::Prospect;
                auto inserted = clients.insert(created, m_ws.clock().now());
                if (!inserted)
                    return inserted.error();
                id = *inserted;
                report.clientsCreated.push_back(
                    {QString::fromStdString(account), QString::fromStdString(created.company.name)});
            }
            companyOf.emplace(account, *id);
            return *id;
        };

        std::unordered_set<std::string> known;
        for (std::string& key : ledger.entryKeys())
            known.insert(std::move(key));
        std::vector<Pending> pending;
        pending.reserve(parsed.lines.size());
        // The file's groups by client and code: found by hash line after line, then
        // sorted by client and code for what follows.
        std::unordered_map<GroupKey, std::size_t, GroupKeyHash> groupOf;
        std::vector<std::pair<GroupKey, LetterGroup>> groups;
        std::set<std::pair<qint64, std::string>> groupsTouchingOld;
        for (const io::FecLine& line : parsed.lines) {
            if (!line.isClientLine())
                continue;
            ++report.clientLines;
            const std::string account = clientAccountOf(line);
            if (account.empty()) {
                ++report.withoutAccount;
                continue;
            }
            auto companyId = companyFor(line, account);
            if (!companyId)
                return Error(companyId.error()).inFile(fileName.toStdString()).atLine(line.line);
            // Only what the ledger held before this file: two equal lines of this file
            // (an invoice due in two equal instalments) are two entries.
            const bool old = !known.empty() && !line.ecritureNum.empty()
                             && known.contains(store::importedEntryKey(line.journalCode, line.ecritureNum,
                                                                       line.compteNum, *companyId, line.debit,
                                                                       line.credit));
            if (old) {
                ++report.alreadyImported;
                if (!line.ecritureLet.empty())
                    groupsTouchingOld.insert({*companyId, line.ecritureLet});
                continue;
            }
            Pending p{&line, *companyId, (line.debit - line.credit).abs(), {}, {}, 0};
            if (!line.ecritureLet.empty()) {
                const auto [found, added] = groupOf.try_emplace(GroupKey(*companyId, line.ecritureLet), groups.size());
                if (added)
                    groups.emplace_back(found->first, LetterGroup());
                LetterGroup& group = groups[found->second].second;
                group.companyId = *companyId;
                group.code = line.ecritureLet;
                group.members.push_back(pending.size());
                group.on = std::max(group.on, line.dateLet.value_or(line.ecritureDate));
            }
            pending.push_back(std::move(p));
        }
        std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

        // The file's lettering, computed before writing so that entries go in with
        // their open amounts and codes.
        std::map<qint64, std::string> lastCodes = letterings.lastCodes();
        std::set<qint64> seriesChanged;
        const std::set<std::pair<qint64, std::string>> codesInUse = ledger.lettersInUse();
        for (auto& [key, group] : groups) {
            if (groupsTouchingOld.contains(key)) {
                ++report.groupsNotApplied;
                group.members.clear();
                continue;
            }
            group.allocations = allocate(pending, group.members);
            const bool balanced = std::all_of(group.members.begin(), group.members.end(),
                                              [&](std::size_t i) { return pending[i].open.isZero(); });
            if (!balanced) {
                ++report.partialGroups;
                continue;
            }
            ++report.letteredGroups;
            // A code the client's ledger already uses would merge two groups: the file's
            // group takes the client's next code instead.
            if (codesInUse.contains(key)) {
                std::string& last = lastCodes[group.companyId];
                last = receivables::nextLetterCode(last);
                group.code = last;
                seriesChanged.insert(group.companyId);
                ++report.lettersRenamed;
            }
            for (const std::size_t i : group.members) {
                pending[i].letter = group.code;
                pending[i].letteredOn = group.on;
            }
            if (receivables::isLetterCode(group.code)) {
                std::string& last = lastCodes[group.companyId];
                if (last.empty() || receivables::letterCodeBefore(last, group.code)) {
                    last = group.code;
                    seriesChanged.insert(group.companyId);
                }
            }
        }

        const int total = static_cast<int>(pending.size());
        for (std::size_t i = 0; i < pending.size(); ++i) {
            if (progress && i % 2000 == 0 && !progress(static_cast<int>(i), total))
                return Error(ErrorCode::Cancelled, {});
            Pending& p = pending[i];
            const io::FecLine& line = *p.line;
            receivables::LedgerEntry entry;
            entry.kind = kindOf(line);
            entry.journal = line.journalCode;
            entry.date = line.ecritureDate;
            entry.piece = line.pieceRef;
            entry.label = line.ecritureLib;
            entry.debit = line.debit;
            entry.credit = line.credit;
            entry.dueDate = line.dueDate;
            entry.letter = p.letter;
            entry.letteredOn = p.letteredOn;
            store::EntrySource source;
            source.importId = *importId;
            source.entryNumber = line.ecritureNum;
            source.account = line.compteNum;
            source.open = p.open;
            auto id = ledger.addEntry(p.companyId, entry, source, stamp);
            if (!id)
                return Error(id.error()).inFile(fileName.toStdString()).atLine(line.line);
            p.entryId = *id;
        }
        // Letterings and allocations in the order of the entries they join, so that the
        // indexes of the allocations (debit, credit, lettering) grow at their end rather
        // than all over: a lettered ledger is as many allocations as entries, nearly.
        std::vector<const LetterGroup*> toWrite;
        for (const auto& [key, group] : groups)
            if (!group.allocations.empty())
                toWrite.push_back(&group);
        std::sort(toWrite.begin(), toWrite.end(),
                  [](const LetterGroup* a, const LetterGroup* b) { return a->members.front() < b->members.front(); });
        for (const LetterGroup* written : toWrite) {
            const LetterGroup& group = *written;
            auto letteringId = letterings.create(group.companyId, receivables::LetteringRule::Imported, group.on, stamp);
            if (!letteringId)
                return letteringId.error();
            for (const PendingAllocation& a : group.allocations)
                if (auto status = ledger.addSettledAllocation(
                        {pending[a.debit].entryId, pending[a.credit].entryId, a.amount, group.on}, stamp, *letteringId);
                    !status)
                    return status;
        }
        for (const qint64 companyId : seriesChanged)
            if (auto status = letterings.saveLastCode(companyId, lastCodes[companyId]); !status)
                return status;

        report.entries = total;
        if (auto status = journal.setRows(*importId, total); !status)
            return status;
        store::AuditEntry audit{0, m_ws.clock().now(), m_ws.actor(), QStringLiteral("fec.import"),
                                QStringLiteral("import"), fileName, {}, nullptr,
                                {{"file", fileName.toStdString()},
                                 {"entries", report.entries},
                                 {"clients_created", report.clientsCreated.size()},
                                 {"lettered_groups", report.letteredGroups}}};
        if (auto status = store::AuditLog(m_ws.db()).record(audit); !status)
            return status;
        if (progress)
            progress(total, total);
        return tx.commit();
    });
    if (!outcome) {
        report.errors.push_back(outcome.error());
        report.entries = report.clientsLinked = report.letteredGroups = report.partialGroups = 0;
        report.clientsCreated.clear();
        return report;
    }
    if (report.withoutAccount > 0)
        report.warnings << tr("%n ligne(s) du compte collectif 411 sans compte auxiliaire : ignorée(s)", nullptr,
                              report.withoutAccount);
    if (report.alreadyImported > 0)
        report.warnings << tr("%n écriture(s) déjà importée(s) par un fichier précédent : ignorée(s)", nullptr,
                              report.alreadyImported);
    if (report.partialGroups > 0)
        report.warnings << tr("%n code(s) de lettrage dont les lignes ne s'équilibrent pas : imputés sans code", nullptr,
                              report.partialGroups);
    if (report.lettersRenamed > 0)
        report.warnings << tr("%n code(s) de lettrage déjà utilisé(s) au compte du client : groupe(s) relettré(s) sous un "
                              "nouveau code",
                              nullptr, report.lettersRenamed);
    if (report.groupsNotApplied > 0)
        report.warnings << tr("%n code(s) de lettrage touchant des écritures déjà importées : non repris", nullptr,
                              report.groupsNotApplied);
    if (!report.clientsCreated.empty())
        report.warnings << tr("%n client(s) créé(s) sans SIREN, à compléter", nullptr,
                              static_cast<int>(report.clientsCreated.size()));
    if (report.entries > 0)
        emit m_ws.notifier().clientsReset();
    return report;
}

} // namespace pc::app
