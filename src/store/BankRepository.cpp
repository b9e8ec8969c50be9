#include "store/BankRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {

using core::Money;

const char* toCode(BankLineStatus status)
{
    switch (status) {
    case BankLineStatus::Payment:
        return "payment";
    case BankLineStatus::Unmatched:
        return "unmatched";
    case BankLineStatus::Outgoing:
        return "outgoing";
    }
    return "unmatched";
}

namespace {

BankLineStatus statusFromCode(const std::string& code)
{
    if (code == "payment")
        return BankLineStatus::Payment;
    if (code == "outgoing")
        return BankLineStatus::Outgoing;
    return BankLineStatus::Unmatched;
}

const QString kSelectLine = QStringLiteral(
    "SELECT b.id, b.import_id, b.line_no, b.bank_account, b.booking_date, b.value_date, b.amount_cents, b.label, "
    "b.remittance, b.counterparty_name, b.counterparty_iban, b.counterparty_id, b.reference, b.operation_code, "
    "b.status, b.matched_by, b.company_id, b.entry_id, i.file_name FROM bank_lines b "
    "JOIN imports i ON i.id = b.import_id ");

BankLineRecord readLine(const SqlQuery& q)
{
    BankLineRecord r;
    r.id = q.integer(0);
    r.importId = q.integer(1);
    r.lineNo = static_cast<int>(q.integer(2));
    r.bankAccount = q.stdText(3);
    r.bookingDate = q.date(4);
    r.valueDate = q.optDate(5);
    r.amount = Money::fromCents(q.integer(6));
    r.label = q.stdText(7);
    r.remittance = q.stdText(8);
    r.counterpartyName = q.stdText(9);
    r.counterpartyIban = q.stdText(10);
    r.counterpartyId = q.stdText(11);
    r.reference = q.stdText(12);
    r.operationCode = q.stdText(13);
    r.status = statusFromCode(q.stdText(14));
    r.matchedBy = q.stdText(15);
    if (!q.isNull(16))
        r.companyId = q.integer(16);
    if (!q.isNull(17))
        r.entryId = q.integer(17);
    r.fileName = q.text(18);
    return r;
}

} // namespace

core::Result<qint64> BankRepository::addLine(const BankLineRecord& r)
{
    SqlQuery insert(m_db, "bank_lines.insert",
                    QStringLiteral("INSERT INTO bank_lines (import_id, line_no, bank_account, booking_date, value_date, "
                                   "amount_cents, label, remittance, counterparty_name, counterparty_iban, "
                                   "counterparty_id, reference, operation_code, status, matched_by, company_id, "
                                   "entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(r.importId)
        .bind(r.lineNo)
        .bind(r.bankAccount)
        .bind(r.bookingDate.toIso())
        .bindDate(r.valueDate)
        .bind(r.amount.cents())
        .bind(r.label)
        .bind(r.remittance)
        .bind(r.counterpartyName)
        .bind(r.counterpartyIban)
        .bind(r.counterpartyId)
        .bind(r.reference)
        .bind(r.operationCode)
        .bind(std::string(toCode(r.status)))
        .bind(r.matchedBy)
        .bindId(r.companyId)
        .bindId(r.entryId);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return core::Error(core::ErrorCode::StoreError, {"bank_lines.insert", "no id returned"});
    return insert.integer(0);
}

core::Status BankRepository::addPayment(qint64 entryId, const PaymentDetails& d)
{
    SqlQuery insert(m_db, "payments.insert",
                    QStringLiteral("INSERT INTO payments (entry_id, method, bank_reference, remittance, payer_name, "
                                   "payer_iban, value_date, bank_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(entryId)
        .bindText(d.method ? std::optional(std::string(core::toCode(*d.method))) : std::nullopt)
        .bind(d.bankReference)
        .bind(d.remittance)
        .bind(d.payerName)
        .bind(d.payerIban)
        .bindDate(d.valueDate)
        .bindId(d.bankLineId);
    return insert.exec();
}

std::optional<PaymentDetails> BankRepository::payment(qint64 entryId)
{
    SqlQuery q(m_db, "payments.of_entry",
               QStringLiteral("SELECT method, bank_reference, remittance, payer_name, payer_iban, value_date, "
                              "bank_line_id FROM payments WHERE entry_id = ?"));
    q.bind(entryId).run();
    if (!q.next())
        return std::nullopt;
    PaymentDetails d;
    if (const auto method = q.optText(0))
        d.method = core::paymentMethodFromCode(*method);
    d.bankReference = q.stdText(1);
    d.remittance = q.stdText(2);
    d.payerName = q.stdText(3);
    d.payerIban = q.stdText(4);
    d.valueDate = q.optDate(5);
    if (!q.isNull(6))
        d.bankLineId = q.integer(6);
    return d;
}

std::vector<BankLineRecord> BankRepository::unmatchedLines()
{
    SqlQuery q(m_db, "bank_lines.unmatched",
               kSelectLine + QStringLiteral("WHERE b.status = 'unmatched' ORDER BY b.booking_date, b.id"));
    q.run();
    std::vector<BankLineRecord> lines;
    while (q.next())
        lines.push_back(readLine(q));
    return lines;
}

std::optional<BankLineRecord> BankRepository::line(qint64 id)
{
    SqlQuery q(m_db, "bank_lines.by_id", kSelectLine + QStringLiteral("WHERE b.id = ?"));
    q.bind(id).run();
    return q.next() ? std::optional(readLine(q)) : std::nullopt;
}

bool BankRepository::hasLine(const BankLineRecord& r)
{
    SqlQuery q(m_db, "bank_lines.exists",
               QStringLiteral("SELECT 1 FROM bank_lines WHERE bank_account = ? AND booking_date = ? AND amount_cents = ? "
                              "AND reference = ? AND label = ? AND import_id <> ? LIMIT 1"));
    q.bind(r.bankAccount).bind(r.bookingDate.toIso()).bind(r.amount.cents()).bind(r.reference).bind(r.label)
        .bind(r.importId)
        .run();
    return q.next();
}

core::Status BankRepository::markPaid(qint64 lineId, qint64 companyId, qint64 entryId, const std::string& matchedBy)
{
    SqlQuery update(m_db, "bank_lines.mark_paid",
                    QStringLiteral("UPDATE bank_lines SET status = 'payment', company_id = ?, entry_id = ?, "
                                   "matched_by = ? WHERE id = ? AND status = 'unmatched'"));
    update.bind(companyId).bind(entryId).bind(matchedBy).bind(lineId);
    if (auto status = update.exec(); !status)
        return status;
    if (update.rowsAffected() != 1)
        return core::Error(core::ErrorCode::InvalidTransition, {std::to_string(lineId), "payment"});
    return {};
}

std::optional<qint64> BankRepository::companyByIban(const std::string& iban)
{
    SqlQuery q(m_db, "accounts.by_iban", QStringLiteral("SELECT company_id FROM accounts WHERE iban = ? LIMIT 2"));
    q.bind(iban).run();
    if (!q.next())
        return std::nullopt;
    const qint64 id = q.integer(0);
    return q.next() ? std::nullopt : std::optional(id);
}

std::optional<qint64> BankRepository::companyByFoldedName(const std::string& foldedName)
{
    SqlQuery q(m_db, "companies.by_folded_name",
               QStringLiteral("SELECT id FROM companies WHERE search_name = ? LIMIT 2"));
    q.bind(foldedName).run();
    if (!q.next())
        return std::nullopt;
    const qint64 id = q.integer(0);
    return q.next() ? std::nullopt : std::optional(id);
}

} // namespace pc::store
