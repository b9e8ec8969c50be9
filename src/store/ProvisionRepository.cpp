#include "store/ProvisionRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {

using core::Date;
using core::Error;
using core::ErrorCode;
using core::Money;
using core::Rate;

namespace {

// The columns of ReceivableParty for the entry `e`, read by readParty from `first`.
const QString kPartyColumns =
    QStringLiteral("e.company_id, COALESCE(c.siren, ''), c.name, COALESCE(a.number, ''), e.piece");
const QString kPartyJoins = QStringLiteral(" JOIN ledger_entries e ON e.id = x.entry_id "
                                           "JOIN companies c ON c.id = e.company_id "
                                           "LEFT JOIN accounts a ON a.company_id = e.company_id");

ReceivableParty readParty(const SqlQuery& q, int first)
{
    return {q.integer(first), q.stdText(first + 1), q.stdText(first + 2), q.stdText(first + 3),
            q.stdText(first + 4)};
}

// The proceedings count from their judgment; one without a date counts at once.
core::Proceedings proceedingsOn(const SqlQuery& q, int codeColumn, Date asOf)
{
    const auto since = q.optDate(codeColumn + 1);
    if (since && *since > asOf)
        return core::Proceedings::None;
    return core::proceedingsFromCode(q.stdText(codeColumn)).value_or(core::Proceedings::None);
}

std::string_view bookingCode(BookingKind kind)
{
    return kind == BookingKind::Dotation ? "dotation" : "reversal";
}

} // namespace

// -- what a review reads --------------------------------------------------------------

std::vector<ProvisionCandidate> ProvisionRepository::candidates(Date asOf)
{
    return readCandidates(asOf, std::nullopt);
}

std::optional<ProvisionCandidate> ProvisionRepository::candidate(qint64 entryId, Date asOf)
{
    auto rows = readCandidates(asOf, entryId);
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::vector<ProvisionCandidate> ProvisionRepository::readCandidates(Date asOf, std::optional<qint64> entryId)
{
    // Open on the day = open today + what was allocated to the entry after it.
    SqlQuery q(m_db, "provisions.candidates",
               QStringLiteral(
                   "SELECT e.company_id, COALESCE(c.siren, ''), c.name, COALESCE(a.number, ''), e.piece, e.id, "
                   "e.entry_date, COALESCE(e.due_date, e.entry_date), e.debit_cents - e.credit_cents, "
                   "e.open_cents + COALESCE(later.cents, 0), i.net_cents, i.vat_cents, c.proceedings, "
                   "c.proceedings_date FROM ledger_entries e JOIN companies c ON c.id = e.company_id "
                   "LEFT JOIN accounts a ON a.company_id = e.company_id "
                   "LEFT JOIN invoices i ON i.id = e.invoice_id AND i.kind = 'invoice' "
                   "LEFT JOIN (SELECT debit_entry_id AS id, SUM(amount_cents) AS cents FROM ledger_allocations "
                   "WHERE allocated_on > ? GROUP BY debit_entry_id) later ON later.id = e.id "
                   "WHERE e.debit_cents > e.credit_cents AND e.kind <> 'deposit' AND e.entry_date <= ? "
                   "AND NOT EXISTS (SELECT 1 FROM write_offs w WHERE w.entry_id = e.id AND w.written_off_on <= ?) "
                   "AND (e.open_cents > 0 OR later.cents IS NOT NULL OR EXISTS (SELECT 1 FROM provision_bookings b "
                   "WHERE b.entry_id = e.id AND b.booked_on <= ? GROUP BY b.entry_id HAVING SUM(CASE WHEN "
                   "b.kind = 'dotation' THEN b.amount_cents ELSE -b.amount_cents END) <> 0))")
                   + (entryId ? QStringLiteral(" AND e.id = ?") : QString())
                   + QStringLiteral(" ORDER BY e.company_id, e.id"));
    q.bindDate(asOf).bindDate(asOf).bindDate(asOf).bindDate(asOf);
    if (entryId)
        q.bind(*entryId);
    q.run();
    std::vector<ProvisionCandidate> rows;
    while (q.next()) {
        ProvisionCandidate c;
        c.party = readParty(q, 0);
        c.entryId = q.integer(5);
        c.date = q.date(6);
        c.dueDate = q.date(7);
        c.amount = Money::fromCents(q.integer(8));
        c.open = Money::fromCents(q.integer(9));
        if (!q.isNull(10) && !q.isNull(11)) {
            c.invoiceNet = Money::fromCents(q.integer(10));
            c.invoiceVat = Money::fromCents(q.integer(11));
        }
        c.proceedings = proceedingsOn(q, 12, asOf);
        rows.push_back(std::move(c));
    }
    return rows;
}

LegalCover ProvisionRepository::legalCoverOn(Date asOf)
{
    // A file closed without a date of closing counts as closed on any day.
    SqlQuery q(m_db, "provisions.legal_cover",
               QStringLiteral("SELECT f.company_id, f.kind, i.entry_id FROM legal_files f "
                              "LEFT JOIN legal_file_items i ON i.legal_file_id = f.id WHERE f.opened_on <= ? "
                              "AND ((f.closed_on IS NULL AND f.status <> 'closed') OR f.closed_on > ?) ORDER BY f.id"));
    q.bindDate(asOf).bindDate(asOf).run();
    LegalCover cover;
    while (q.next()) {
        const auto kind = receivables::legalFileKindFromCode(q.stdText(1)).value_or(receivables::LegalFileKind::Agency);
        if (q.isNull(2))
            cover.clients[q.integer(0)] = kind;
        else
            cover.entries[q.integer(2)] = kind;
    }
    return cover;
}

// -- doubtful receivables -------------------------------------------------------------

core::Status ProvisionRepository::addDoubtful(const DoubtfulRecord& r, const Stamp& stamp)
{
    SqlQuery insert(m_db, "doubtful.add",
                    QStringLiteral("INSERT INTO doubtful_receivables (entry_id, company_id, since, rule, rule_parameter, "
                                   "rate_bp, gross_cents, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(r.entryId).bind(r.companyId).bindDate(r.since).bind(std::string(receivables::toCode(r.rule)));
    insert.bind(r.parameter).bind(r.rate.basisPoints()).bind(r.gross.cents()).bind(stamp.atText()).bind(stamp.actor);
    return insert.exec();
}

namespace {

const QString kSelectDoubtful = QStringLiteral("SELECT x.entry_id, x.company_id, x.since, x.rule, x.rule_parameter, "
                                               "x.rate_bp, x.gross_cents, ")
                                + kPartyColumns + QStringLiteral(" FROM doubtful_receivables x") + kPartyJoins;

DoubtfulRecord readDoubtful(const SqlQuery& q)
{
    DoubtfulRecord r;
    r.entryId = q.integer(0);
    r.companyId = q.integer(1);
    r.since = q.date(2);
    r.rule = receivables::doubtfulReasonFromCode(q.stdText(3)).value_or(receivables::DoubtfulReason::Manual);
    r.parameter = q.stdText(4);
    r.rate = Rate::fromBasisPoints(q.integer(5));
    r.gross = Money::fromCents(q.integer(6));
    r.party = readParty(q, 7);
    return r;
}

} // namespace

std::map<qint64, DoubtfulRecord> ProvisionRepository::doubtfulOn(Date asOf)
{
    SqlQuery q(m_db, "doubtful.on", kSelectDoubtful + QStringLiteral(" WHERE x.since <= ?"));
    q.bindDate(asOf).run();
    std::map<qint64, DoubtfulRecord> rows;
    while (q.next()) {
        DoubtfulRecord r = readDoubtful(q);
        rows.emplace(r.entryId, std::move(r));
    }
    return rows;
}

std::vector<DoubtfulRecord> ProvisionRepository::doubtfulBetween(Date from, Date to)
{
    SqlQuery q(m_db, "doubtful.between",
               kSelectDoubtful + QStringLiteral(" WHERE x.since >= ? AND x.since <= ? ORDER BY x.since, x.entry_id"));
    q.bindDate(from).bindDate(to).run();
    std::vector<DoubtfulRecord> rows;
    while (q.next())
        rows.push_back(readDoubtful(q));
    return rows;
}

// -- provision bookings ---------------------------------------------------------------

core::Result<qint64> ProvisionRepository::addBooking(const ProvisionBooking& b, const Stamp& stamp)
{
    SqlQuery insert(m_db, "provisions.book",
                    QStringLiteral("INSERT INTO provision_bookings (entry_id, booked_on, kind, base_cents, rate_bp, "
                                   "amount_cents, write_off_id, created_at, created_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(b.entryId).bindDate(b.bookedOn).bind(std::string(bookingCode(b.kind))).bind(b.base.cents());
    insert.bind(b.rate.basisPoints()).bind(b.amount.cents()).bindId(b.writeOffId).bind(stamp.atText()).bind(stamp.actor);
    return insert.execReturningId();
}

std::map<qint64, Money> ProvisionRepository::stockOn(Date asOf)
{
    SqlQuery q(m_db, "provisions.stock",
               QStringLiteral("SELECT entry_id, SUM(CASE WHEN kind = 'dotation' THEN amount_cents ELSE -amount_cents END) "
                              "FROM provision_bookings WHERE booked_on <= ? GROUP BY entry_id"));
    q.bindDate(asOf).run();
    std::map<qint64, Money> stock;
    while (q.next())
        if (q.integer(1) != 0)
            stock[q.integer(0)] = Money::fromCents(q.integer(1));
    return stock;
}

std::vector<ProvisionBooking> ProvisionRepository::bookingsBetween(Date from, Date to)
{
    SqlQuery q(m_db, "provisions.between",
               QStringLiteral("SELECT x.id, x.entry_id, x.booked_on, x.kind, x.base_cents, x.rate_bp, x.amount_cents, "
                              "x.write_off_id, ")
                   + kPartyColumns + QStringLiteral(" FROM provision_bookings x") + kPartyJoins
                   + QStringLiteral(" WHERE x.booked_on >= ? AND x.booked_on <= ? ORDER BY x.booked_on, x.id"));
    q.bindDate(from).bindDate(to).run();
    std::vector<ProvisionBooking> rows;
    while (q.next()) {
        ProvisionBooking b;
        b.id = q.integer(0);
        b.entryId = q.integer(1);
        b.bookedOn = q.date(2);
        b.kind = q.stdText(3) == "dotation" ? BookingKind::Dotation : BookingKind::Reversal;
        b.base = Money::fromCents(q.integer(4));
        b.rate = Rate::fromBasisPoints(q.integer(5));
        b.amount = Money::fromCents(q.integer(6));
        if (!q.isNull(7))
            b.writeOffId = q.integer(7);
        b.party = readParty(q, 8);
        rows.push_back(std::move(b));
    }
    return rows;
}

std::optional<Date> ProvisionRepository::lastBookedOn(std::optional<qint64> entryId)
{
    SqlQuery q(m_db, "provisions.last",
               QStringLiteral("SELECT MAX(booked_on) FROM provision_bookings")
                   + (entryId ? QStringLiteral(" WHERE entry_id = ?") : QString()));
    if (entryId)
        q.bind(*entryId);
    q.run();
    return q.next() ? q.optDate(0) : std::nullopt;
}

// -- the user's rates -----------------------------------------------------------------

core::Status ProvisionRepository::setRateOverride(qint64 entryId, std::optional<Rate> rate, const Stamp& stamp)
{
    if (!rate) {
        SqlQuery remove(m_db, "provisions.override_remove",
                        QStringLiteral("DELETE FROM provision_rate_overrides WHERE entry_id = ?"));
        remove.bind(entryId);
        return remove.exec();
    }
    SqlQuery upsert(m_db, "provisions.override_set",
                    QStringLiteral("INSERT INTO provision_rate_overrides (entry_id, rate_bp, updated_at, updated_by) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (entry_id) DO UPDATE SET rate_bp = excluded.rate_bp, "
                                   "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    upsert.bind(entryId).bind(rate->basisPoints()).bind(stamp.atText()).bind(stamp.actor);
    return upsert.exec();
}

std::map<qint64, Rate> ProvisionRepository::rateOverrides()
{
    SqlQuery q(m_db, "provisions.overrides", QStringLiteral("SELECT entry_id, rate_bp FROM provision_rate_overrides"));
    q.run();
    std::map<qint64, Rate> rates;
    while (q.next())
        rates[q.integer(0)] = Rate::fromBasisPoints(q.integer(1));
    return rates;
}

// -- write-offs -----------------------------------------------------------------------

core::Result<qint64> ProvisionRepository::addWriteOff(const WriteOffRecord& r, const Stamp& stamp)
{
    SqlQuery insert(m_db, "write_offs.add",
                    QStringLiteral("INSERT INTO write_offs (entry_id, company_id, written_off_on, net_cents, vat_cents, "
                                   "gross_cents, from_doubtful, reason, adjustment_entry_id, created_at, created_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(r.entryId).bind(r.companyId).bindDate(r.on).bind(r.net.cents()).bind(r.vat.cents());
    insert.bind(r.gross.cents()).bind(r.fromDoubtful).bind(r.reason).bind(r.adjustmentEntryId).bind(stamp.atText());
    insert.bind(stamp.actor);
    return insert.execReturningId();
}

namespace {

const QString kSelectWriteOff =
    QStringLiteral("SELECT x.id, x.entry_id, x.company_id, x.written_off_on, x.net_cents, x.vat_cents, x.gross_cents, "
                   "x.from_doubtful, x.reason, x.adjustment_entry_id, x.created_by, ")
    + kPartyColumns + QStringLiteral(" FROM write_offs x") + kPartyJoins;

WriteOffRecord readWriteOff(const SqlQuery& q)
{
    WriteOffRecord r;
    r.id = q.integer(0);
    r.entryId = q.integer(1);
    r.companyId = q.integer(2);
    r.on = q.date(3);
    r.net = Money::fromCents(q.integer(4));
    r.vat = Money::fromCents(q.integer(5));
    r.gross = Money::fromCents(q.integer(6));
    r.fromDoubtful = q.integer(7) != 0;
    r.reason = q.stdText(8);
    r.adjustmentEntryId = q.integer(9);
    r.createdBy = q.stdText(10);
    r.party = readParty(q, 11);
    return r;
}

} // namespace

std::optional<WriteOffRecord> ProvisionRepository::writeOffOf(qint64 entryId)
{
    SqlQuery q(m_db, "write_offs.of", kSelectWriteOff + QStringLiteral(" WHERE x.entry_id = ?"));
    q.bind(entryId).run();
    if (!q.next())
        return std::nullopt;
    return readWriteOff(q);
}

std::vector<WriteOffRecord> ProvisionRepository::writeOffsBetween(Date from, Date to)
{
    SqlQuery q(m_db, "write_offs.between",
               kSelectWriteOff
                   + QStringLiteral(" WHERE x.written_off_on >= ? AND x.written_off_on <= ? ORDER BY x.written_off_on, x.id"));
    q.bindDate(from).bindDate(to).run();
    std::vector<WriteOffRecord> rows;
    while (q.next())
        rows.push_back(readWriteOff(q));
    return rows;
}

} // namespace pc::store
