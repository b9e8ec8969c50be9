#include "store/RecoveryRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {

using core::Date;
using core::Error;
using core::ErrorCode;
using core::Money;

namespace {

// `WHERE … AND company_id = ?` when a client is given, for the reads of one or all.
QString forClient(const std::optional<qint64>& companyId, const char* column)
{
    return companyId ? QStringLiteral(" AND %1 = ?").arg(QLatin1String(column)) : QString();
}

void bindClient(SqlQuery& q, const std::optional<qint64>& companyId)
{
    if (companyId)
        q.bind(*companyId);
}

const QString kSelectDispute = QStringLiteral(
    "SELECT d.id, d.entry_id, d.amount_cents, d.reason_code, d.status, d.owner, d.opened_on, d.closed_on, "
    "d.company_id, COALESCE(e.piece, ''), d.reason, d.resolution_note, d.credit_entry_id "
    "FROM disputes d LEFT JOIN ledger_entries e ON e.id = d.entry_id WHERE 1 = 1");

DisputeRecord readDispute(const SqlQuery& q)
{
    DisputeRecord r;
    r.dispute.id = q.integer(0);
    r.dispute.entryId = q.integer(1);
    r.dispute.amount = Money::fromCents(q.integer(2));
    r.dispute.reason = receivables::disputeReasonFromCode(q.stdText(3)).value_or(receivables::DisputeReason::Other);
    r.dispute.status = receivables::disputeStatusFromCode(q.stdText(4)).value_or(receivables::DisputeStatus::Open);
    r.dispute.owner = q.stdText(5);
    r.dispute.openedOn = q.date(6);
    r.dispute.resolvedOn = q.optDate(7);
    r.companyId = q.integer(8);
    r.piece = q.stdText(9);
    r.note = q.stdText(10);
    r.resolutionNote = q.stdText(11);
    if (!q.isNull(12))
        r.creditEntryId = q.integer(12);
    return r;
}

const QString kSelectAction = QStringLiteral(
    "SELECT id, company_id, scenario_code, step_code, step_index, channel, status, planned_on, done_on, "
    "amount_cents, outcome, note, next_action_on, document, created_by FROM dunning_actions WHERE 1 = 1");

ActionRecord readAction(const SqlQuery& q)
{
    ActionRecord r;
    r.id = q.integer(0);
    r.companyId = q.integer(1);
    r.scenarioCode = q.stdText(2);
    r.stepCode = q.stdText(3);
    r.stepIndex = static_cast<int>(q.integer(4));
    r.channel = q.stdText(5);
    r.status = q.stdText(6);
    r.plannedOn = q.date(7);
    r.doneOn = q.optDate(8);
    r.amount = Money::fromCents(q.integer(9));
    r.outcome = q.stdText(10);
    r.note = q.stdText(11);
    r.nextActionOn = q.optDate(12);
    r.document = q.stdText(13);
    r.createdBy = q.stdText(14);
    return r;
}

const QString kSelectLegal = QStringLiteral(
    "SELECT id, company_id, kind, status, opened_on, principal_cents, penalties_cents, indemnity_cents, court, "
    "counterpart, reference, order_on, served_on, published_on, closed_on, note, document FROM legal_files "
    "WHERE 1 = 1");

LegalFileRecord readLegal(const SqlQuery& q)
{
    LegalFileRecord r;
    r.id = q.integer(0);
    r.companyId = q.integer(1);
    r.kind = receivables::legalFileKindFromCode(q.stdText(2)).value_or(receivables::LegalFileKind::Injonction);
    r.status = q.stdText(3);
    r.openedOn = q.date(4);
    r.principal = Money::fromCents(q.integer(5));
    r.penalties = Money::fromCents(q.integer(6));
    r.indemnity = Money::fromCents(q.integer(7));
    r.court = q.stdText(8);
    r.counterpart = q.stdText(9);
    r.reference = q.stdText(10);
    r.dates.orderOn = q.optDate(11);
    r.dates.servedOn = q.optDate(12);
    r.dates.publishedOn = q.optDate(13);
    r.closedOn = q.optDate(14);
    r.note = q.stdText(15);
    r.document = q.stdText(16);
    return r;
}

// The invoices an action or a legal file covers: the same shape in two tables.
struct ItemTable {
    const char* insertName;
    const char* readName;
    QString insertSql;
    QString readSql;
};

const ItemTable kActionItems{
    "dunning_action_items.add", "dunning_action_items.of",
    QStringLiteral("INSERT INTO dunning_action_items (action_id, entry_id, amount_cents) VALUES (?, ?, ?)"),
    QStringLiteral("SELECT i.entry_id, i.amount_cents, e.piece FROM dunning_action_items i JOIN ledger_entries e "
                   "ON e.id = i.entry_id WHERE i.action_id = ? ORDER BY e.due_date, e.id")};

const ItemTable kLegalItems{
    "legal_file_items.add", "legal_file_items.of",
    QStringLiteral("INSERT INTO legal_file_items (legal_file_id, entry_id, amount_cents) VALUES (?, ?, ?)"),
    QStringLiteral("SELECT i.entry_id, i.amount_cents, e.piece FROM legal_file_items i JOIN ledger_entries e "
                   "ON e.id = i.entry_id WHERE i.legal_file_id = ? ORDER BY e.due_date, e.id")};

core::Status writeItems(Database& db, const ItemTable& table, qint64 owner, const std::vector<ActionItem>& items)
{
    SqlQuery insert(db, table.insertName, table.insertSql);
    for (const ActionItem& i : items) {
        insert.bind(owner).bind(i.entryId).bind(i.amount.cents());
        if (auto status = insert.exec(); !status)
            return status;
    }
    return {};
}

std::vector<ActionItem> readItems(Database& db, const ItemTable& table, qint64 owner)
{
    SqlQuery q(db, table.readName, table.readSql);
    q.bind(owner).run();
    std::vector<ActionItem> items;
    while (q.next())
        items.push_back({q.integer(0), Money::fromCents(q.integer(1)), q.stdText(2)});
    return items;
}

} // namespace

// -- disputes ---------------------------------------------------------------------------

core::Result<qint64> RecoveryRepository::addDispute(const DisputeRecord& r, const Stamp& stamp)
{
    SqlQuery insert(m_db, "disputes.add",
                    QStringLiteral("INSERT INTO disputes (company_id, invoice_id, entry_id, amount_cents, reason, "
                                   "reason_code, status, owner, opened_on, closed_on, resolution_note, "
                                   "credit_entry_id, created_at, created_by) VALUES (?, (SELECT invoice_id FROM "
                                   "ledger_entries WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(r.companyId).bind(r.dispute.entryId).bind(r.dispute.entryId).bind(r.dispute.amount.cents());
    insert.bind(r.note).bind(std::string(toCode(r.dispute.reason))).bind(std::string(toCode(r.dispute.status)));
    insert.bind(r.dispute.owner).bindDate(r.dispute.openedOn).bindDate(r.dispute.resolvedOn).bind(r.resolutionNote);
    insert.bindId(r.creditEntryId).bind(stamp.atText()).bind(stamp.actor);
    return insert.execReturningId();
}

core::Status RecoveryRepository::updateDispute(const DisputeRecord& r)
{
    SqlQuery update(m_db, "disputes.update",
                    QStringLiteral("UPDATE disputes SET amount_cents = ?, reason = ?, reason_code = ?, status = ?, "
                                   "owner = ?, closed_on = ?, resolution_note = ?, credit_entry_id = ? WHERE id = ?"));
    update.bind(r.dispute.amount.cents()).bind(r.note).bind(std::string(toCode(r.dispute.reason)));
    update.bind(std::string(toCode(r.dispute.status))).bind(r.dispute.owner).bindDate(r.dispute.resolvedOn);
    update.bind(r.resolutionNote).bindId(r.creditEntryId).bind(r.dispute.id);
    return update.exec();
}

std::optional<DisputeRecord> RecoveryRepository::dispute(qint64 id)
{
    SqlQuery q(m_db, "disputes.one", kSelectDispute + QStringLiteral(" AND d.id = ?"));
    q.bind(id).run();
    if (!q.next())
        return std::nullopt;
    return readDispute(q);
}

std::vector<DisputeRecord> RecoveryRepository::disputes(std::optional<qint64> companyId)
{
    SqlQuery q(m_db, "disputes.list",
               kSelectDispute + forClient(companyId, "d.company_id") + QStringLiteral(" ORDER BY d.opened_on DESC, d.id DESC"));
    bindClient(q, companyId);
    q.run();
    std::vector<DisputeRecord> rows;
    while (q.next())
        rows.push_back(readDispute(q));
    return rows;
}

std::map<std::int64_t, Money> RecoveryRepository::disputedOn(std::optional<qint64> companyId, Date asOf)
{
    std::vector<receivables::Dispute> all;
    for (const DisputeRecord& r : disputes(companyId))
        all.push_back(r.dispute);
    return receivables::disputedByEntry(all, asOf);
}

// -- promises ---------------------------------------------------------------------------

core::Result<qint64> RecoveryRepository::addPromise(const PromiseRecord& r, const Stamp& stamp)
{
    SqlQuery insert(m_db, "promises.add",
                    QStringLiteral("INSERT INTO payment_promises (company_id, amount_cents, made_on, promised_for, "
                                   "contact, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(r.companyId).bind(r.promise.amount.cents()).bindDate(r.promise.madeOn).bindDate(r.promise.promisedFor);
    insert.bind(r.contact).bind(r.note).bind(stamp.atText()).bind(stamp.actor);
    return insert.execReturningId();
}

std::vector<PromiseRecord> RecoveryRepository::promises(std::optional<qint64> companyId)
{
    SqlQuery q(m_db, "promises.list",
               QStringLiteral("SELECT id, company_id, amount_cents, made_on, promised_for, contact, note FROM "
                              "payment_promises WHERE 1 = 1")
                   + forClient(companyId, "company_id") + QStringLiteral(" ORDER BY made_on DESC, id DESC"));
    bindClient(q, companyId);
    q.run();
    std::vector<PromiseRecord> rows;
    while (q.next()) {
        PromiseRecord r;
        r.promise.id = q.integer(0);
        r.companyId = q.integer(1);
        r.promise.amount = Money::fromCents(q.integer(2));
        r.promise.madeOn = q.date(3);
        r.promise.promisedFor = q.date(4);
        r.contact = q.stdText(5);
        r.note = q.stdText(6);
        rows.push_back(std::move(r));
    }
    return rows;
}

// -- dunning actions --------------------------------------------------------------------

core::Result<qint64> RecoveryRepository::addAction(const ActionRecord& a, const Stamp& stamp)
{
    SqlQuery insert(m_db, "dunning_actions.add",
                    QStringLiteral("INSERT INTO dunning_actions (company_id, scenario_code, step_code, step_index, "
                                   "channel, status, planned_on, done_on, amount_cents, outcome, note, next_action_on, "
                                   "document, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "RETURNING id"));
    insert.bind(a.companyId).bind(a.scenarioCode).bind(a.stepCode).bind(a.stepIndex).bind(a.channel).bind(a.status);
    insert.bindDate(a.plannedOn).bindDate(a.doneOn).bind(a.amount.cents()).bind(a.outcome).bind(a.note);
    insert.bindDate(a.nextActionOn).bind(a.document).bind(stamp.atText()).bind(stamp.actor);
    auto id = insert.execReturningId();
    if (!id)
        return id;
    if (auto status = writeItems(m_db, kActionItems, *id, a.items); !status)
        return status.error();
    return id;
}

core::Status RecoveryRepository::completeAction(qint64 id, const std::string& status, Date doneOn,
                                                const std::string& outcome, const std::string& note,
                                                std::optional<Date> nextActionOn)
{
    SqlQuery update(m_db, "dunning_actions.complete",
                    QStringLiteral("UPDATE dunning_actions SET status = ?, done_on = ?, outcome = ?, note = ?, "
                                   "next_action_on = ? WHERE id = ?"));
    update.bind(status).bindDate(doneOn).bind(outcome).bind(note).bindDate(nextActionOn).bind(id);
    if (auto s = update.exec(); !s)
        return s;
    if (update.rowsAffected() != 1)
        return Error(ErrorCode::NotFound, {std::to_string(id)}).inField("action");
    return {};
}

core::Status RecoveryRepository::setActionDocument(qint64 id, const std::string& document)
{
    SqlQuery update(m_db, "dunning_actions.document", QStringLiteral("UPDATE dunning_actions SET document = ? WHERE id = ?"));
    update.bind(document).bind(id);
    return update.exec();
}

std::vector<ActionItem> RecoveryRepository::actionItems(qint64 actionId)
{
    return readItems(m_db, kActionItems, actionId);
}

std::optional<ActionRecord> RecoveryRepository::action(qint64 id)
{
    SqlQuery q(m_db, "dunning_actions.one", kSelectAction + QStringLiteral(" AND id = ?"));
    q.bind(id).run();
    if (!q.next())
        return std::nullopt;
    ActionRecord r = readAction(q);
    r.items = actionItems(r.id);
    return r;
}

std::vector<ActionRecord> RecoveryRepository::actions(std::optional<qint64> companyId)
{
    SqlQuery q(m_db, "dunning_actions.list",
               kSelectAction + forClient(companyId, "company_id") + QStringLiteral(" ORDER BY planned_on DESC, id DESC"));
    bindClient(q, companyId);
    q.run();
    std::vector<ActionRecord> rows;
    while (q.next())
        rows.push_back(readAction(q));
    for (ActionRecord& r : rows)
        r.items = actionItems(r.id);
    return rows;
}

std::vector<ActionRecord> RecoveryRepository::openTasks(Date asOf)
{
    SqlQuery q(m_db, "dunning_actions.todo",
               kSelectAction
                   + QStringLiteral(" AND status = 'todo' AND COALESCE(next_action_on, planned_on) <= ? "
                                    "ORDER BY planned_on, id"));
    q.bindDate(asOf).run();
    std::vector<ActionRecord> rows;
    while (q.next())
        rows.push_back(readAction(q));
    for (ActionRecord& r : rows)
        r.items = actionItems(r.id);
    return rows;
}

std::map<qint64, std::map<std::string, int>> RecoveryRepository::lastStepDone(std::optional<qint64> companyId,
                                                                             Date asOf)
{
    SqlQuery q(m_db, "dunning_actions.last_step",
               QStringLiteral("SELECT i.entry_id, a.scenario_code, MAX(a.step_index) FROM dunning_action_items i "
                              "JOIN dunning_actions a ON a.id = i.action_id WHERE a.status <> 'cancelled' "
                              "AND a.planned_on <= ?")
                   + forClient(companyId, "a.company_id") + QStringLiteral(" GROUP BY i.entry_id, a.scenario_code"));
    q.bindDate(asOf);
    bindClient(q, companyId);
    q.run();
    std::map<qint64, std::map<std::string, int>> steps;
    while (q.next())
        steps[q.integer(0)][q.stdText(1)] = static_cast<int>(q.integer(2));
    return steps;
}

std::map<qint64, Date> RecoveryRepository::lastActionOn(std::optional<qint64> companyId, Date asOf)
{
    SqlQuery q(m_db, "dunning_actions.last_on",
               QStringLiteral("SELECT company_id, MAX(planned_on) FROM dunning_actions WHERE status <> 'cancelled' "
                              "AND planned_on <= ?")
                   + forClient(companyId, "company_id") + QStringLiteral(" GROUP BY company_id"));
    q.bindDate(asOf);
    bindClient(q, companyId);
    q.run();
    std::map<qint64, Date> days;
    while (q.next())
        days[q.integer(0)] = q.date(1);
    return days;
}

// -- legal files ------------------------------------------------------------------------

core::Result<qint64> RecoveryRepository::addLegalFile(const LegalFileRecord& r, const Stamp& stamp)
{
    SqlQuery insert(m_db, "legal_files.add",
                    QStringLiteral("INSERT INTO legal_files (company_id, kind, status, opened_on, principal_cents, "
                                   "penalties_cents, indemnity_cents, court, counterpart, reference, order_on, "
                                   "served_on, published_on, closed_on, note, document, created_at, created_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(r.companyId).bind(std::string(toCode(r.kind))).bind(r.status).bindDate(r.openedOn);
    insert.bind(r.principal.cents()).bind(r.penalties.cents()).bind(r.indemnity.cents()).bind(r.court);
    insert.bind(r.counterpart).bind(r.reference).bindDate(r.dates.orderOn).bindDate(r.dates.servedOn);
    insert.bindDate(r.dates.publishedOn).bindDate(r.closedOn).bind(r.note).bind(r.document).bind(stamp.atText());
    insert.bind(stamp.actor);
    auto id = insert.execReturningId();
    if (!id)
        return id;
    if (auto status = writeItems(m_db, kLegalItems, *id, r.items); !status)
        return status.error();
    return id;
}

core::Status RecoveryRepository::updateLegalFile(const LegalFileRecord& r)
{
    SqlQuery update(m_db, "legal_files.update",
                    QStringLiteral("UPDATE legal_files SET status = ?, court = ?, counterpart = ?, reference = ?, "
                                   "order_on = ?, served_on = ?, published_on = ?, closed_on = ?, note = ?, "
                                   "document = ? WHERE id = ?"));
    update.bind(r.status).bind(r.court).bind(r.counterpart).bind(r.reference).bindDate(r.dates.orderOn);
    update.bindDate(r.dates.servedOn).bindDate(r.dates.publishedOn).bindDate(r.closedOn).bind(r.note);
    update.bind(r.document).bind(r.id);
    if (auto s = update.exec(); !s)
        return s;
    if (update.rowsAffected() != 1)
        return Error(ErrorCode::NotFound, {std::to_string(r.id)}).inField("legal_file");
    return {};
}

std::vector<ActionItem> RecoveryRepository::legalItems(qint64 fileId)
{
    return readItems(m_db, kLegalItems, fileId);
}

std::optional<LegalFileRecord> RecoveryRepository::legalFile(qint64 id)
{
    SqlQuery q(m_db, "legal_files.one", kSelectLegal + QStringLiteral(" AND id = ?"));
    q.bind(id).run();
    if (!q.next())
        return std::nullopt;
    LegalFileRecord r = readLegal(q);
    r.items = legalItems(r.id);
    return r;
}

std::vector<LegalFileRecord> RecoveryRepository::legalFiles(std::optional<qint64> companyId)
{
    SqlQuery q(m_db, "legal_files.list",
               kSelectLegal + forClient(companyId, "company_id") + QStringLiteral(" ORDER BY opened_on DESC, id DESC"));
    bindClient(q, companyId);
    q.run();
    std::vector<LegalFileRecord> rows;
    while (q.next())
        rows.push_back(readLegal(q));
    for (LegalFileRecord& r : rows)
        r.items = legalItems(r.id);
    return rows;
}

std::map<qint64, receivables::LegalFileKind> RecoveryRepository::clientsInLegalRecovery()
{
    SqlQuery q(m_db, "legal_files.open",
               QStringLiteral("SELECT company_id, kind FROM legal_files WHERE status <> 'closed' ORDER BY id"));
    q.run();
    std::map<qint64, receivables::LegalFileKind> clients;
    while (q.next())
        clients[q.integer(0)] =
            receivables::legalFileKindFromCode(q.stdText(1)).value_or(receivables::LegalFileKind::Injonction);
    return clients;
}

std::set<qint64> RecoveryRepository::clientsInProceedings()
{
    SqlQuery q(m_db, "recovery.proceedings", QStringLiteral("SELECT id FROM companies WHERE proceedings <> 'none'"));
    q.run();
    std::set<qint64> clients;
    while (q.next())
        clients.insert(q.integer(0));
    return clients;
}

// -- the ledger as dunning reads it -----------------------------------------------------

std::vector<DunnedEntry> RecoveryRepository::dunnedEntries(std::optional<qint64> companyId, Date asOf)
{
    // What was open on `asOf` is what is open today plus what was allocated after it.
    SqlQuery q(m_db, "recovery.dunned_entries",
               QStringLiteral("SELECT e.company_id, e.id, e.piece, e.entry_date, COALESCE(e.due_date, e.entry_date), "
                              "e.debit_cents - e.credit_cents, e.open_cents + COALESCE(later.cents, 0) "
                              "FROM ledger_entries e LEFT JOIN (SELECT debit_entry_id AS id, SUM(amount_cents) AS cents "
                              "FROM ledger_allocations WHERE allocated_on > ? GROUP BY debit_entry_id) later "
                              "ON later.id = e.id WHERE e.debit_cents > e.credit_cents AND e.entry_date <= ? "
                              "AND (e.open_cents > 0 OR later.cents IS NOT NULL)")
                   + forClient(companyId, "e.company_id") + QStringLiteral(" ORDER BY e.company_id, e.id"));
    q.bindDate(asOf).bindDate(asOf);
    bindClient(q, companyId);
    q.run();
    std::vector<DunnedEntry> rows;
    while (q.next())
        rows.push_back({q.integer(0), q.integer(1), q.stdText(2), q.date(3), q.date(4), Money::fromCents(q.integer(5)),
                        Money::fromCents(q.integer(6))});
    return rows;
}

std::map<qint64, Money> RecoveryRepository::unappliedCredits(std::optional<qint64> companyId, Date asOf)
{
    SqlQuery q(m_db, "recovery.unapplied",
               QStringLiteral("SELECT e.company_id, SUM(e.open_cents + COALESCE((SELECT SUM(a.amount_cents) FROM "
                              "ledger_allocations a WHERE a.credit_entry_id = e.id AND a.allocated_on > ?), 0)) "
                              "FROM ledger_entries e WHERE e.credit_cents > e.debit_cents AND e.entry_date <= ? "
                              "AND e.kind <> 'deposit'")
                   + forClient(companyId, "e.company_id") + QStringLiteral(" GROUP BY e.company_id"));
    q.bindDate(asOf).bindDate(asOf);
    bindClient(q, companyId);
    q.run();
    std::map<qint64, Money> credits;
    while (q.next())
        if (q.integer(1) > 0)
            credits[q.integer(0)] = Money::fromCents(q.integer(1));
    return credits;
}

std::optional<qint64> RecoveryRepository::invoiceOfEntry(qint64 entryId)
{
    SqlQuery q(m_db, "recovery.invoice_of_entry",
               QStringLiteral("SELECT invoice_id FROM ledger_entries WHERE id = ? AND invoice_id IS NOT NULL"));
    q.bind(entryId).run();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

std::map<qint64, std::vector<receivables::Receipt>> RecoveryRepository::receipts(std::optional<qint64> companyId,
                                                                                  Date since, Date asOf)
{
    SqlQuery q(m_db, "recovery.receipts",
               QStringLiteral("SELECT company_id, entry_date, credit_cents - debit_cents FROM ledger_entries WHERE "
                              "kind = 'payment' AND entry_date >= ? AND entry_date <= ?")
                   + forClient(companyId, "company_id") + QStringLiteral(" ORDER BY company_id, entry_date, id"));
    q.bindDate(since).bindDate(asOf);
    bindClient(q, companyId);
    q.run();
    std::map<qint64, std::vector<receivables::Receipt>> rows;
    while (q.next())
        rows[q.integer(0)].push_back({q.date(1), Money::fromCents(q.integer(2))});
    return rows;
}

} // namespace pc::store
