#include "app/LetteringService.h"

#include "app/ClientService.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "receivables/LetterCode.h"
#include "store/AuditLog.h"
#include "store/ClientRepository.h"
#include "store/LedgerRepository.h"
#include "store/LetteringRepository.h"
#include "store/Transaction.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace pc::app {

using core::Date;
using core::Error;
using core::ErrorCode;
using core::Money;
using core::Status;
using receivables::LetteringGroup;
using receivables::LetteringRule;

namespace {

// Writes the groups of one client: a lettering per group, its allocations, the entry
// of a payment difference written off, and the next letter code when it balances.
// One writer serves a whole run, so its prepared statements are prepared once.
class GroupWriter {
public:
    GroupWriter(Workspace& ws, Date on) : m_ledger(ws.db()), m_letterings(ws.db()), m_on(on), m_stamp(ws.stamp()) {}

    void startClient(qint64 companyId, std::string lastCode)
    {
        m_companyId = companyId;
        m_lastCode = std::move(lastCode);
        m_codesUsed = false;
    }

    // `partlyAllocated`: entries settled before this run, whose earlier partners join
    // the group's code.
    core::Result<ManualLettering> write(const LetteringGroup& group, const std::set<qint64>& partlyAllocated)
    {
        auto letteringId = m_letterings.create(m_companyId, group.rule, m_on, m_stamp);
        if (!letteringId)
            return letteringId.error();
        ManualLettering written{*letteringId, {}, group.balanced, {}};
        for (const auto& a : group.allocations)
            if (auto status = m_ledger.addAllocation({a.debitId, a.creditId, a.amount, m_on}, m_stamp, *letteringId);
                !status)
                return status.error();
        std::set<qint64> members(group.entries.begin(), group.entries.end());
        if (group.writeOff) {
            auto entryId = writeOff(*group.writeOff, *letteringId);
            if (!entryId)
                return entryId.error();
            members.insert(*entryId);
            written.writtenOff = group.writeOff->amount;
        }
        if (!group.balanced)
            return written;
        const bool extends = std::any_of(members.begin(), members.end(),
                                         [&](qint64 id) { return partlyAllocated.contains(id); });
        if (extends)
            members = m_letterings.settledGroupOf(members);
        m_lastCode = receivables::nextLetterCode(m_lastCode);
        for (const qint64 id : members)
            if (auto status = m_letterings.setLetter(id, m_lastCode, m_on); !status)
                return status.error();
        written.code = m_lastCode;
        m_codesUsed = true;
        return written;
    }

    Status saveSeries()
    {
        return m_codesUsed ? m_letterings.saveLastCode(m_companyId, m_lastCode) : Status();
    }

private:
    // The difference becomes an adjustment entry (journal OD) set against what is
    // left of the entry, so that the group closes at zero.
    core::Result<qint64> writeOff(const receivables::WriteOff& w, qint64 letteringId)
    {
        receivables::LedgerEntry entry;
        entry.kind = receivables::EntryKind::Adjustment;
        entry.journal = "OD";
        entry.date = m_on;
        entry.piece = "ECART";
        entry.label = w.reason == "payment_over" ? "Écart de règlement (trop-perçu)" : "Écart de règlement";
        (w.debit ? entry.debit : entry.credit) = w.amount;
        store::EntrySource source;
        source.letteringId = letteringId;
        auto id = m_ledger.addEntry(m_companyId, entry, source, m_stamp);
        if (!id)
            return id;
        const receivables::Allocation allocation{w.debit ? *id : w.entryId, w.debit ? w.entryId : *id, w.amount, m_on};
        if (auto status = m_ledger.addAllocation(allocation, m_stamp, letteringId); !status)
            return status.error();
        return id;
    }

    store::LedgerRepository m_ledger;
    store::LetteringRepository m_letterings;
    qint64 m_companyId = 0;
    std::string m_lastCode;
    Date m_on;
    store::Stamp m_stamp;
    bool m_codesUsed = false;
};

std::set<qint64> partlyAllocatedOf(const std::vector<store::OpenEntry>& rows, std::size_t begin, std::size_t end)
{
    std::set<qint64> ids;
    for (std::size_t i = begin; i < end; ++i)
        if (rows[i].partlyAllocated)
            ids.insert(rows[i].item.id);
    return ids;
}

nlohmann::json reportJson(const LetteringReport& r)
{
    nlohmann::json byRule = nlohmann::json::object();
    for (const auto& [rule, count] : r.groupsByRule)
        byRule[std::string(receivables::toCode(rule))] = count;
    return {{"as_of", r.asOf.toIso()},     {"clients", r.clients},          {"groups", r.groupsLettered},
            {"balanced", r.groupsBalanced}, {"by_rule", byRule},              {"write_offs", r.writeOffs},
            {"written_off_cents", r.writtenOff.cents()}, {"open_items_left", r.openItemsLeft}};
}

} // namespace

core::Result<LetteringReport> LetteringService::letterAutomatically(std::optional<qint64> companyId, Date asOf,
                                                                    const ProgressCallback& progress)
{
    const receivables::LetteringPolicy policy = SharedSettings(m_ws).collectPolicy().lettering;
    LetteringReport report;
    report.asOf = asOf;
    for (const LetteringRule rule :
         {LetteringRule::Reference, LetteringRule::Amount, LetteringRule::Combination, LetteringRule::Partial}) {
        report.groupsByRule[rule] = 0;
        report.amountByRule[rule] = Money();
    }
    auto outcome = guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::LedgerRepository ledger(m_ws.db());
        store::LetteringRepository letterings(m_ws.db());
        store::ClientRepository clients(m_ws.db());
        const std::vector<store::OpenEntry> rows = ledger.openEntries(companyId, asOf);
        const std::map<qint64, std::string> lastCodes = letterings.lastCodes();
        const int total = static_cast<int>(rows.size());
        GroupWriter writer(m_ws, asOf);
        std::size_t begin = 0;
        while (begin < rows.size()) {
            const qint64 client = rows[begin].companyId;
            std::size_t end = begin;
            std::vector<receivables::OpenItem> items;
            while (end < rows.size() && rows[end].companyId == client)
                items.push_back(rows[end++].item);
            if (progress && !progress(static_cast<int>(begin), total))
                return Error(ErrorCode::Cancelled, {});
            const auto found = lastCodes.find(client);
            writer.startClient(client, found == lastCodes.end() ? std::string() : found->second);
            const std::set<qint64> partly = partlyAllocatedOf(rows, begin, end);
            std::unordered_map<qint64, const receivables::OpenItem*> byId;
            for (const auto& item : items)
                byId.emplace(item.id, &item);
            const receivables::LetteringOutcome lettered = receivables::autoLetter(items, policy);
            for (const LetteringGroup& group : lettered.groups) {
                auto written = writer.write(group, partly);
                if (!written)
                    return written.error();
                ++report.groupsLettered;
                report.groupsBalanced += group.balanced ? 1 : 0;
                ++report.groupsByRule[group.rule];
                for (const auto& a : group.allocations)
                    report.amountByRule[group.rule] += a.amount;
                if (group.writeOff) {
                    ++report.writeOffs;
                    report.writtenOff += group.writeOff->amount;
                }
            }
            if (auto status = writer.saveSeries(); !status)
                return status;
            report.openItemsLeft += static_cast<int>(lettered.left.size());
            std::optional<store::ClientSummary> summary;
            for (const receivables::LeftItem& left : lettered.left) {
                const auto item = byId.find(left.id);
                // Unpaid invoices and deposits waiting for their invoice are the normal
                // course of business, not questions for a person.
                const bool waitingDeposit
                    = item != byId.end() && item->second->kind == receivables::EntryKind::Deposit;
                if (left.reason == "awaiting_payment" || waitingDeposit)
                    continue;
                if (!summary)
                    summary = clients.summaryById(client);
                report.forReview.push_back({client, summary ? summary->siren : QString(),
                                            summary ? summary->name : QString(), left.id,
                                            item == byId.end() ? std::string() : item->second->piece, left.open,
                                            left.reason, left.detail});
            }
            ++report.clients;
            begin = end;
        }
        store::AuditEntry entry{0, m_ws.clock().now(), m_ws.actor(), QStringLiteral("lettering.auto"),
                                QStringLiteral("ledger"), QStringLiteral("auto"), {}, nullptr, reportJson(report)};
        if (auto status = store::AuditLog(m_ws.db()).record(entry); !status)
            return status;
        if (progress)
            progress(total, total);
        return tx.commit();
    });
    if (!outcome)
        return outcome.error();
    if (report.groupsLettered > 0 && companyId)
        emit m_ws.notifier().salesChanged(*companyId);
    else if (report.groupsLettered > 0)
        emit m_ws.notifier().ledgerChanged();
    return report;
}

core::Result<ManualLettering> LetteringService::letterManually(qint64 companyId, const std::vector<qint64>& entryIds,
                                                               Date on, bool allowPartial)
{
    const Money tolerance = SharedSettings(m_ws).collectPolicy().lettering.writeOffTolerance;
    std::optional<ManualLettering> result;
    auto outcome = guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::LedgerRepository ledger(m_ws.db());
        const std::vector<store::OpenEntry> rows = ledger.openEntries(companyId, Date::fromYmd(2199, 12, 31).value());
        std::vector<receivables::OpenItem> selected;
        std::set<qint64> partly;
        for (const qint64 id : entryIds) {
            const auto row = std::find_if(rows.begin(), rows.end(),
                                          [id](const store::OpenEntry& r) { return r.item.id == id; });
            if (row == rows.end())
                return Error(ErrorCode::NotFound, {std::to_string(id)}).inField("entry");
            selected.push_back(row->item);
            if (row->partlyAllocated)
                partly.insert(id);
        }
        auto group = receivables::letterManually(selected, allowPartial, tolerance);
        if (!group)
            return group.error();
        group.value().rule = LetteringRule::Manual;
        const auto lastCode = store::LetteringRepository(m_ws.db()).lastCode(companyId);
        GroupWriter writer(m_ws, on);
        writer.startClient(companyId, lastCode.value_or(std::string()));
        auto written = writer.write(*group, partly);
        if (!written)
            return written.error();
        if (auto status = writer.saveSeries(); !status)
            return status;
        result = *written;
        store::AuditEntry entry{0, m_ws.clock().now(), m_ws.actor(), QStringLiteral("lettering.manual"),
                                QStringLiteral("lettering"), QString::number(written->letteringId), {}, nullptr,
                                {{"company_id", companyId}, {"entries", entryIds}, {"code", written->code}}};
        if (auto status = store::AuditLog(m_ws.db()).record(entry); !status)
            return status;
        return tx.commit();
    });
    if (!outcome)
        return outcome.error();
    emit m_ws.notifier().salesChanged(companyId);
    return *result;
}

namespace {

template <class Body>
Status inTransaction(Workspace& ws, const QString& action, const QString& key, Body&& body)
{
    auto outcome = guardStore([&]() -> Status {
        store::Transaction tx(ws.db());
        if (!tx.started())
            return tx.startStatus();
        if (auto status = body(); !status)
            return status;
        store::AuditEntry entry{0, ws.clock().now(), ws.actor(), action, QStringLiteral("lettering"), key, {}, nullptr,
                                nullptr};
        if (auto status = store::AuditLog(ws.db()).record(entry); !status)
            return status;
        return tx.commit();
    });
    if (outcome)
        emit ws.notifier().ledgerChanged();
    return outcome;
}

} // namespace

Status LetteringService::unletter(qint64 companyId, const std::string& code)
{
    return inTransaction(m_ws, QStringLiteral("lettering.unletter"),
                         QString::number(companyId) + QLatin1Char('/') + QString::fromStdString(code),
                         [&] { return store::LetteringRepository(m_ws.db()).unletter(companyId, code); });
}

Status LetteringService::undo(qint64 letteringId)
{
    return inTransaction(m_ws, QStringLiteral("lettering.undo"), QString::number(letteringId),
                         [&] { return store::LetteringRepository(m_ws.db()).removeLettering(letteringId); });
}

Status LetteringService::removePartial(qint64 entryId)
{
    return inTransaction(m_ws, QStringLiteral("lettering.remove_partial"), QString::number(entryId), [&]() -> Status {
        const auto entry = store::LedgerRepository(m_ws.db()).entry(entryId);
        if (!entry)
            return Error(ErrorCode::NotFound, {std::to_string(entryId)}).inField("entry");
        if (!entry->letter.empty())
            return Error(ErrorCode::InvalidTransition, {entry->letter, "partial"}).inField("entry");
        return store::LetteringRepository(m_ws.db()).removePartialAllocations(entryId);
    });
}

std::vector<LedgerLine> LetteringService::ledgerOf(qint64 companyId, Date asOf, bool openOnly)
{
    store::LedgerRepository ledger(m_ws.db());
    const auto entries = ledger.entriesOf(companyId);
    std::unordered_map<std::int64_t, Money> allocated;
    for (const receivables::Allocation& a : ledger.allocationsOf(companyId)) {
        if (a.date > asOf)
            continue;
        allocated[a.debitEntryId] += a.amount;
        allocated[a.creditEntryId] += a.amount;
    }
    std::vector<LedgerLine> lines;
    for (const receivables::LedgerEntry& e : entries) {
        if (e.date > asOf)
            continue;
        const auto it = allocated.find(e.id);
        const Money open = e.amount() - (it == allocated.end() ? Money() : it->second);
        if (openOnly && open.isZero())
            continue;
        LedgerLine line{e, open};
        // A code given after `asOf` did not exist yet.
        if (e.letteredOn && *e.letteredOn > asOf) {
            line.entry.letter.clear();
            line.entry.letteredOn.reset();
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace pc::app
