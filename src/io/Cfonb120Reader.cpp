// CFONB "relevé de compte 120 caractères": records 01 (ancien solde), 04 (mouvement),
// 05 (complément du mouvement), 07 (nouveau solde). Layout and amount encoding: see
// shared/fixtures/FORMATS.md section 2 and the CFONB "Evolution du relevé 120" (2010).

#include "io/BankStatement.h"

#include "core/Iban.h"
#include "core/Text.h"
#include "io/BankStatementSupport.h"
#include "io/TextDecoding.h"

#include <array>
#include <optional>

namespace pc::io {
namespace {

using namespace pc::core;

constexpr std::size_t kRecordLength = 120;
constexpr std::size_t kAmountEnd = 104;    // an 01/04/07 needs its amount
constexpr std::size_t kQualifierEnd = 48;  // a 05 needs its qualifier

// One 120-character record, decoded to UTF-8, addressed by 1-based character position.
class Record {
public:
    Record(int line, std::string text) : m_line(line), m_text(std::move(text))
    {
        for (std::size_t i = 0; i < m_text.size(); ++i)
            if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
                m_starts.push_back(i);
        m_starts.push_back(m_text.size());
    }

    int line() const { return m_line; }
    std::size_t length() const { return m_starts.size() - 1; }
    // Characters pos … pos+len-1; what lies beyond the end of a short record is empty.
    std::string_view raw(std::size_t pos, std::size_t len) const
    {
        const std::size_t first = std::min(pos - 1, length());
        const std::size_t last = std::min(pos - 1 + len, length());
        return std::string_view(m_text).substr(m_starts[first], m_starts[last] - m_starts[first]);
    }
    std::string field(std::size_t pos, std::size_t len) const { return std::string(text::trim(raw(pos, len))); }
    std::string type() const { return std::string(raw(1, 2)); }

private:
    int m_line;
    std::string m_text;
    std::vector<std::size_t> m_starts;
};

bool isSpaces(std::string_view s)
{
    return s.find_first_not_of(" \t\x1A") == std::string_view::npos;
}

bool isRecordType(std::string_view code)
{
    return code == "01" || code == "04" || code == "05" || code == "07";
}

// Lines of the file, each split into records: a line holding several records one after
// the other (a file without line breaks) is cut every 120 characters. When the whole
// file is one such line, records are numbered 1, 2, … instead of by line.
std::vector<Record> splitRecords(const std::string& text)
{
    struct Line {
        int number;
        std::string text;
    };
    std::vector<Line> lines;
    int number = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        ++number;
        std::string line = text.substr(start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == '\x1A'))
            line.pop_back();
        if (!isSpaces(line))
            lines.push_back({number, std::move(line)});
        start = end + 1;
    }

    std::vector<Record> records;
    const bool singleLine = lines.size() == 1;
    for (Line& line : lines) {
        Record whole(line.number, line.text);
        std::string_view trimmedEnd = line.text;
        while (!trimmedEnd.empty() && trimmedEnd.back() == ' ')
            trimmedEnd.remove_suffix(1);
        const std::size_t chars = Record(line.number, std::string(trimmedEnd)).length();
        bool split = chars > kRecordLength;
        for (std::size_t pos = 1; split && pos <= chars; pos += kRecordLength)
            split = isRecordType(whole.raw(pos, 2));
        if (!split) {
            records.push_back(std::move(whole));
            continue;
        }
        int ordinal = 0;
        for (std::size_t pos = 1; pos <= chars; pos += kRecordLength) {
            ++ordinal;
            records.emplace_back(singleLine ? ordinal : line.number, std::string(whole.raw(pos, kRecordLength)));
        }
    }
    return records;
}

// JJMMAA; years 80-99 are 1980-1999, 00-79 are 2000-2079.
std::optional<Date> parseShortDate(std::string_view s)
{
    if (s.size() != 6 || !text::isDigits(s))
        return std::nullopt;
    const int day = (s[0] - '0') * 10 + (s[1] - '0');
    const int month = (s[2] - '0') * 10 + (s[3] - '0');
    const int yy = (s[4] - '0') * 10 + (s[5] - '0');
    return Date::fromYmd(yy >= 80 ? 1900 + yy : 2000 + yy, month, day);
}

// 13 digits and a last character carrying the last digit and the sign:
// '{' 'A'…'I' = +0…+9, '}' 'J'…'R' = −0…−9; `decimals` from position 20.
struct AmountProblem {
    ErrorCode code;
    std::string field;
};

std::optional<Money> parseAmount(std::string_view amount, std::string_view decimalsText, AmountProblem& problem)
{
    int decimals = 2;
    if (!isSpaces(decimalsText)) {
        if (decimalsText.size() != 1 || !text::isDigits(decimalsText)) {
            problem = {ErrorCode::InvalidNumber, "decimals"};
            return std::nullopt;
        }
        decimals = decimalsText[0] - '0';
    }
    problem = {ErrorCode::InvalidNumber, "amount"};
    if (amount.size() != 14 || !text::isDigits(amount.substr(0, 13)))
        return std::nullopt;
    static constexpr std::string_view kPositive = "{ABCDEFGHI";
    static constexpr std::string_view kNegative = "}JKLMNOPQR";
    const char last = amount[13];
    std::int64_t sign = 1;
    std::size_t digit = kPositive.find(last);
    if (digit == std::string_view::npos) {
        digit = kNegative.find(last);
        sign = -1;
    }
    if (digit == std::string_view::npos)
        return std::nullopt;
    std::int64_t value = 0;
    for (const char c : amount.substr(0, 13))
        value = value * 10 + (c - '0');
    value = value * 10 + static_cast<std::int64_t>(digit);
    for (int d = decimals; d < 2; ++d)
        value *= 10; // at most 14 digits + 2: no overflow
    for (int d = decimals; d > 2; --d) {
        if (value % 10 != 0) {
            problem = {ErrorCode::TooManyDecimals, "amount"};
            return std::nullopt;
        }
        value /= 10;
    }
    return Money::fromCents(sign * value);
}

// What the 05 records of one movement say, sorted out when the movement ends (which
// party is the counterparty depends on the sign).
struct Party {
    std::string name, ultimateName, id, idType, account;
    bool empty() const { return name.empty() && ultimateName.empty() && id.empty() && account.empty(); }
};

struct Complements {
    Party payer, payee; // NPY/IPY/NPO/CPY and NBE/IBE/NBU/CBE
    std::string lcc, lc2;
    bool lccFull = false;
    std::vector<std::string> structured;
};

class Cfonb120Reader {
public:
    Cfonb120Reader(std::string_view bytes, const std::string& fileName) : m_fileName(fileName)
    {
        m_result.format = BankFormat::Cfonb120;
        m_records = splitRecords(decodeText(bytes).utf8);
    }

    BankStatementFile read()
    {
        for (const Record& record : m_records)
            readRecord(record);
        endOperation();
        if (m_open) {
            fail(ErrorCode::MissingLine, {"01", "07"}, m_open->line, "record_type");
            m_result.statements.push_back(std::move(*m_open));
            m_open.reset();
        }
        return std::move(m_result);
    }

private:
    enum class After { Nothing, Operation, OrphanOperation, OrphanDetail };

    void fail(ErrorCode code, std::vector<std::string> args, int line, std::string field)
    {
        m_result.errors.push_back(Error(code, std::move(args)).inFile(m_fileName).atLine(line).inField(std::move(field)));
    }

    // False (with the error) when the record is too short for its mandatory zones or
    // has something beyond 120 characters.
    bool checkLength(const Record& r)
    {
        const std::size_t minimum = r.type() == "05" ? kQualifierEnd : kAmountEnd;
        const bool tooLong = r.length() > kRecordLength && !isSpaces(r.raw(kRecordLength + 1, r.length()));
        if (r.length() >= minimum && !tooLong)
            return true;
        fail(ErrorCode::InvalidLength, {std::to_string(r.length()), std::to_string(kRecordLength)}, r.line(), "record");
        return false;
    }

    void readRecord(const Record& r)
    {
        const std::string type = r.type();
        if (!isRecordType(type)) {
            fail(ErrorCode::UnknownLineCode, {std::string(text::trim(r.raw(1, 2)))}, r.line(), "record_type");
            return;
        }
        const bool usable = checkLength(r);
        if (type == "01")
            startStatement(r, usable);
        else if (type == "04")
            readOperation(r, usable);
        else if (type == "05")
            readComplement(r, usable);
        else
            endStatement(r, usable);
    }

    std::optional<Date> readDate(const Record& r, std::size_t pos, const std::string& field, bool optional)
    {
        const std::string_view raw = r.raw(pos, 6);
        if (optional && (isSpaces(raw) || raw == "000000"))
            return std::nullopt;
        auto date = parseShortDate(raw);
        if (!date)
            fail(ErrorCode::InvalidDate, {std::string(text::trim(raw))}, r.line(), field);
        return date;
    }

    std::optional<Money> readAmount(const Record& r)
    {
        AmountProblem problem{};
        auto amount = parseAmount(r.raw(91, 14), r.raw(20, 1), problem);
        if (!amount)
            fail(problem.code, {std::string(problem.field == "decimals" ? r.raw(20, 1) : r.raw(91, 14))}, r.line(),
                 problem.field);
        return amount;
    }

    // The record belongs to the open statement: same account and currency.
    void checkSameAccount(const Record& r)
    {
        if (!m_open)
            return;
        const std::string account = r.field(22, 11);
        if (account != m_openAccount)
            fail(ErrorCode::InconsistentFields, {account, m_openAccount}, r.line(), "account");
        const std::string currency = r.field(17, 3);
        if (!currency.empty() && !m_open->currency.empty() && currency != m_open->currency)
            fail(ErrorCode::InconsistentFields, {currency, m_open->currency}, r.line(), "currency");
    }

    void startStatement(const Record& r, bool usable)
    {
        endOperation();
        if (m_open) {
            fail(ErrorCode::MissingLine, {"01", "07"}, r.line(), "record_type");
            m_result.statements.push_back(std::move(*m_open));
        }
        m_open = BankStatement{};
        m_errorsAtOpen = m_result.errors.size() - (usable ? 0 : 1);
        m_after = After::Nothing;
        BankStatement& s = *m_open;
        s.line = r.line();
        const std::string bank = r.field(3, 5), branch = r.field(12, 5);
        m_openAccount = r.field(22, 11);
        s.account = bank + " " + branch + " " + m_openAccount;
        if (auto iban = Iban::fromFrenchRib(bank, branch, m_openAccount))
            s.iban = iban->str();
        s.currency = r.field(17, 3);
        if (s.currency.empty())
            s.currency = "EUR"; // some banks (LCL) leave it blank
        if (!usable)
            return;
        s.openingDate = readDate(r, 35, "date", false);
        s.openingBalance = readAmount(r);
    }

    void endStatement(const Record& r, bool usable)
    {
        endOperation();
        m_after = After::Nothing;
        if (!m_open) {
            fail(ErrorCode::MissingLine, {"07", "01"}, r.line(), "record_type");
            if (usable) {
                (void)readDate(r, 35, "date", false);
                (void)readAmount(r);
            }
            return;
        }
        checkSameAccount(r);
        BankStatement& s = *m_open;
        if (usable) {
            s.closingDate = readDate(r, 35, "date", false);
            s.closingBalance = readAmount(r);
        }
        if (s.transactions.empty())
            bank::addWarning(m_result, Error(ErrorCode::Empty, {s.account}).inFile(m_fileName).atLine(s.line).inField("record_type"));
        if (m_result.errors.size() == m_errorsAtOpen)
            bank::checkBalances(m_result, s, m_fileName, "amount");
        m_result.statements.push_back(std::move(s));
        m_open.reset();
    }

    void readOperation(const Record& r, bool usable)
    {
        endOperation();
        BankTransaction scratch;
        BankTransaction* t = &scratch;
        if (!m_open) {
            fail(ErrorCode::MissingLine, {"04", "01"}, r.line(), "record_type");
            m_after = After::OrphanOperation;
        } else {
            checkSameAccount(r);
            m_open->transactions.emplace_back();
            t = &m_open->transactions.back();
            m_after = After::Operation;
            m_complements = Complements{};
        }
        t->line = r.line();
        if (!usable)
            return;
        t->operationCode = r.field(33, 2);
        if (auto booking = readDate(r, 35, "booking_date", false))
            t->bookingDate = *booking;
        t->valueDate = readDate(r, 43, "value_date", true);
        t->label = r.field(49, 31);
        if (auto amount = readAmount(r))
            t->amount = *amount;
        t->reference = r.field(105, 16);
    }

    void readComplement(const Record& r, bool usable)
    {
        if (m_after == After::OrphanOperation || m_after == After::OrphanDetail)
            return; // the error was given once, at the 04 or the first 05
        if (m_after == After::Nothing) {
            fail(ErrorCode::MissingLine, {"05", "04"}, r.line(), "record_type");
            m_after = After::OrphanDetail;
            return;
        }
        checkSameAccount(r);
        if (!usable)
            return;
        BankTransaction& t = m_open->transactions.back();
        Complements& c = m_complements;
        const std::string qualifier = r.field(46, 3);
        const std::string info = r.field(49, 70);
        const std::string first = r.field(49, 35), second = r.field(84, 35);
        if (qualifier.empty() || qualifier == "LIB") {
            if (!info.empty())
                t.label += t.label.empty() ? info : " " + info;
        } else if (qualifier == "NPY") {
            c.payer.name = info;
        } else if (qualifier == "NBE") {
            c.payee.name = info;
        } else if (qualifier == "NPO") {
            c.payer.ultimateName = info;
        } else if (qualifier == "NBU") {
            c.payee.ultimateName = info;
        } else if (qualifier == "IPY") {
            c.payer.id = first;
            c.payer.idType = second;
        } else if (qualifier == "IBE") {
            c.payee.id = first;
            c.payee.idType = second;
        } else if (qualifier == "CPY") {
            c.payer.account = first;
        } else if (qualifier == "CBE") {
            c.payee.account = first;
        } else if (qualifier == "LCC") {
            const std::string_view raw = r.raw(49, 70);
            c.lcc = info;
            c.lccFull = raw.size() >= 70 && raw.back() != ' ';
        } else if (qualifier == "LC2") {
            c.lc2 = info;
        } else if (qualifier == "LCS") {
            c.structured.push_back(first);
        } else if (qualifier == "RCN") {
            if (first != "NOTPROVIDED")
                bank::appendPart(t.reference, first);
        } else if (qualifier == "REF") {
            bank::appendPart(t.reference, first);
            bank::appendPart(t.reference, second);
        }
        // MMO (original amount), RUM (mandate), FEE and other qualifiers are not kept.
    }

    // Sorts out the 05 records of the movement just read.
    void endOperation()
    {
        if (m_after != After::Operation || !m_open || m_open->transactions.empty())
            return;
        BankTransaction& t = m_open->transactions.back();
        const Complements& c = m_complements;
        std::string unstructured = c.lcc;
        if (!c.lc2.empty())
            unstructured += c.lccFull ? c.lc2 : (unstructured.empty() ? "" : " ") + c.lc2;
        bank::appendPart(t.remittance, unstructured);
        for (const std::string& s : c.structured)
            bank::appendPart(t.remittance, s);

        // Money in: the counterparty is the payer; money out: the payee. Banks do not
        // always follow this (an SDD debited with the creditor as NPY): the other side is
        // taken when the expected one is not given.
        const bool moneyIn = !t.amount.isNegative();
        const Party* party = moneyIn ? &c.payer : &c.payee;
        if (party->empty())
            party = moneyIn ? &c.payee : &c.payer;
        t.counterpartyName = party->name.empty() ? party->ultimateName : party->name;
        t.ultimateCounterpartyName = party->ultimateName;
        t.counterpartyId = party->id;
        t.counterpartyIdScheme = party->idType;
        if (!party->account.empty())
            if (auto iban = Iban::parse(party->account))
                t.counterpartyIban = iban->str();
        m_after = After::Nothing;
    }

    std::string m_fileName;
    BankStatementFile m_result;
    std::vector<Record> m_records;
    std::optional<BankStatement> m_open;
    std::string m_openAccount;
    std::size_t m_errorsAtOpen = 0;
    After m_after = After::Nothing;
    Complements m_complements;
};

} // namespace

BankStatementFile readCfonb120(std::string_view bytes, const std::string& fileName)
{
    return Cfonb120Reader(bytes, fileName).read();
}

} // namespace pc::io
