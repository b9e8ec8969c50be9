#include "io/FecReader.h"

#include "core/Rounding.h"
#include "core/Text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <unordered_map>

#if defined(__linux__)
#include <sys/mman.h>
#endif

// Speed matters here: a year of a mid-sized company is a million lines, and the whole
// import is compared with raw SQLite inserts. The file is read in place (or once
// decoded from Windows-1252), lines and fields are string_views into it, amounts and
// compact dates have a hand-written fast path, and entries are balanced on the fly
// (lines of an entry are contiguous in practice; a map is only touched per entry).

namespace pc::io {

bool FecLine::isClientLine() const
{
    return compteNum.starts_with("411");
}

namespace {

using namespace pc::core;

enum Col : std::size_t {
    JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef,
    PieceDate, EcritureLib, Debit, Credit, EcritureLet, DateLet, ValidDate, Montantdevise, Idevise,
    kStandardCount
};

constexpr std::array<std::string_view, kStandardCount> kStandardNames{
    "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
    "CompAuxNum",  "CompAuxLib", "PieceRef",    "PieceDate",    "EcritureLib", "Debit",
    "Credit",      "EcritureLet", "DateLet",    "ValidDate",    "Montantdevise", "Idevise"};

// Extra column names (folded) that hold a due date.
constexpr std::array<std::string_view, 7> kDueDateNames{
    "dateecheance", "echeancedate", "echeance", "dateech", "duedate", "datedecheance", "dateecheancereglement"};

// ---------------------------------------------------------------------------------
// Text helpers

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view trimSpaces(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

// A field as the reader uses it: trimmed, and without the double quotes a few
// exporters put around every value.
std::string_view cleanField(std::string_view s)
{
    s = trimSpaces(s);
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
        s = trimSpaces(s.substr(1, s.size() - 2));
    return s;
}

// Lower case, no accents, no spaces, underscores or apostrophes: "Date d'échéance"
// -> "datedecheance", "MontantDevise" -> "montantdevise".
std::string foldHeader(std::string_view name)
{
    std::string folded = text::foldForSearch(name);
    std::erase_if(folded, [](char c) { return c == ' ' || c == '_' || c == '\''; });
    return folded;
}

// The end of the run of ASCII bytes starting at i, eight bytes at a time.
std::size_t asciiRunEnd(std::string_view s, std::size_t i)
{
    const std::size_t n = s.size();
    while (i + 8 <= n) {
        std::uint64_t word = 0;
        std::memcpy(&word, s.data() + i, 8);
        if ((word & 0x8080808080808080ULL) != 0)
            break;
        i += 8;
    }
    while (i < n && static_cast<unsigned char>(s[i]) < 0x80)
        ++i;
    return i;
}

// Valid UTF-8. Multi-byte sequences only hold bytes >= 0x80, so each run of such bytes
// can be checked on its own, and the ASCII between them skipped quickly.
bool isUtf8(std::string_view s)
{
    std::size_t i = asciiRunEnd(s, 0);
    while (i < s.size()) {
        std::size_t j = i;
        while (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80)
            ++j;
        if (!isValidUtf8(s.substr(i, j - i)))
            return false;
        i = asciiRunEnd(s, j);
    }
    return true;
}

// decodeText for a text known not to be UTF-8, faster: ASCII runs are copied whole and
// only the other bytes go through decodeText one by one (a lone byte >= 0x80 is never
// UTF-8, so it is always read as Windows-1252).
std::string decodeWindows1252(std::string_view s)
{
    std::string out;
    out.reserve(s.size() + s.size() / 16);
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t j = asciiRunEnd(s, i);
        out.append(s.data() + i, j - i);
        if (j < s.size())
            out += decodeText(s.substr(j, 1)).utf8;
        i = j + 1;
    }
    return out;
}

std::size_t countByte(std::string_view s, char c)
{
    std::size_t count = 0;
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
        const void* hit = std::memchr(p, c, static_cast<std::size_t>(end - p));
        if (hit == nullptr)
            break;
        ++count;
        p = static_cast<const char*>(hit) + 1;
    }
    return count;
}

// A million lines take some 450 MB of FecLine: asking for transparent huge pages
// spares hundreds of thousands of page faults (a third of the time on a VM). Only a
// hint: nothing changes where the kernel does not offer them.
void adviseHugePages([[maybe_unused]] void* data, [[maybe_unused]] std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = 2 * 1024 * 1024;
    if (bytes < 4 * kHuge)
        return;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

std::string formatCents(Int128 cents)
{
    if (cents >= std::numeric_limits<std::int64_t>::min() && cents <= std::numeric_limits<std::int64_t>::max())
        return Money::fromCents(static_cast<std::int64_t>(cents)).toString();
    const bool negative = cents < 0;
    Int128 magnitude = negative ? -cents : cents;
    std::string digits;
    while (magnitude > 0 || digits.size() < 3) {
        digits.push_back(static_cast<char>('0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
        if (digits.size() == 2)
            digits.push_back('.');
    }
    if (negative)
        digits.push_back('-');
    std::reverse(digits.begin(), digits.end());
    return digits;
}

// ---------------------------------------------------------------------------------
// Values

enum class AmountStatus { Ok, TooManyDecimals, Other };

// The FEC ways of writing an amount: "1234,56", "1234.56", "-12,5", "12,50-",
// " 000000000001437,12", "" (zero). Other writings ("1 234,56", "1.234,56") are left
// to Money::parse. s is already trimmed.
AmountStatus fastAmount(std::string_view s, std::int64_t& cents)
{
    cents = 0;
    if (s.empty())
        return AmountStatus::Ok;
    bool negative = false;
    if (s.front() == '-' || s.front() == '+') {
        negative = s.front() == '-';
        s = trimSpaces(s.substr(1));
    } else if (s.back() == '-' || s.back() == '+') {
        negative = s.back() == '-';
        s = trimSpaces(s.substr(0, s.size() - 1));
    }
    std::int64_t integer = 0;
    std::int64_t fraction = 0;
    int significantDigits = 0;
    int fractionDigits = 0;
    bool anyDigit = false;
    bool inFraction = false;
    for (const char c : s) {
        if (c >= '0' && c <= '9') {
            anyDigit = true;
            if (inFraction) {
                if (++fractionDigits <= 2)
                    fraction = fraction * 10 + (c - '0');
            } else {
                if (integer != 0 || c != '0')
                    ++significantDigits;
                if (significantDigits > 15) // beyond, Money::parse checks the int64 range
                    return AmountStatus::Other;
                integer = integer * 10 + (c - '0');
            }
        } else if ((c == ',' || c == '.') && !inFraction) {
            inFraction = true;
        } else {
            return AmountStatus::Other;
        }
    }
    if (!anyDigit)
        return AmountStatus::Other;
    if (fractionDigits > 2)
        return AmountStatus::TooManyDecimals;
    cents = integer * 100 + (fractionDigits == 1 ? fraction * 10 : fraction);
    if (negative)
        cents = -cents;
    return AmountStatus::Ok;
}

// An amount as cents, or the error naming the text (args[0]).
Result<std::int64_t> parseAmount(std::string_view s)
{
    s = cleanField(s);
    std::int64_t cents = 0;
    const AmountStatus status = fastAmount(s, cents);
    if (status == AmountStatus::Ok)
        return cents;
    if (status == AmountStatus::TooManyDecimals)
        return Error(ErrorCode::TooManyDecimals, {std::string(s)});
    auto parsed = Money::parse(s);
    if (!parsed) {
        Error error = parsed.error();
        error.args = {std::string(s)};
        return error;
    }
    return parsed->cents();
}

int digitsValue(const char* p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i)
        value = value * 10 + (p[i] - '0');
    return value;
}

// AAAAMMJJ in the fast path, AAAA-MM-JJ and JJ/MM/AAAA through Date::parse. No date
// for an empty text: callers decide whether that is an error.
Result<std::optional<Date>> parseDate(std::string_view s)
{
    s = cleanField(s);
    if (s.empty())
        return std::optional<Date>();
    if (s.size() == 8 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        const int year = digitsValue(s.data(), 4);
        if (year >= Date::kMinYear && year <= Date::kMaxYear) {
            if (auto date = Date::fromYmd(year, digitsValue(s.data() + 4, 2), digitsValue(s.data() + 6, 2)))
                return date;
        }
    }
    auto parsed = Date::parse(s);
    if (!parsed) {
        Error error = parsed.error();
        error.args = {std::string(s)};
        return error;
    }
    return std::optional<Date>(*parsed);
}

// ---------------------------------------------------------------------------------
// The reader

struct Counter {
    int count = 0;
    int firstLine = 0;
    void hit(int line)
    {
        if (count++ == 0)
            firstLine = line;
    }
};

// Consecutive lines of one entry (EcritureNum within its JournalCode).
struct Chunk {
    std::string_view journal;
    std::string_view number;
    int firstLine = 0;
    Int128 debit = 0;
    Int128 credit = 0;
    bool tainted = false; // a line of it could not be read: its balance means nothing
};

class Reader {
public:
    // headerLine: the 1-based line of the header in the file (after blank lines).
    Reader(std::string_view text, int headerLine, const std::string& fileName, const FecReadOptions& options,
           FecFile& out)
        : m_text(text), m_headerLine(headerLine), m_fileName(fileName), m_options(options), m_out(out)
    {
    }

    void run()
    {
        const std::size_t headerEnd = std::min(m_text.find_first_of("\r\n"), m_text.size());
        m_crOnly = headerEnd < m_text.size() && m_text[headerEnd] == '\r'
            && (headerEnd + 1 >= m_text.size() || m_text[headerEnd + 1] != '\n');
        if (!readHeader(m_text.substr(0, headerEnd)))
            return;
        const std::size_t lineCount = countByte(m_text, m_crOnly ? '\r' : '\n') + 1;
        // Customer lines are a fraction of a ledger; the vector grows if they are more.
        m_out.lines.reserve(m_options.clientLinesOnly ? lineCount / 4 + 16 : lineCount);
        adviseHugePages(m_out.lines.data(), m_out.lines.capacity() * sizeof(FecLine));
        m_chunks.reserve(lineCount / 2 + 1); // entries have two lines at least
        readLines(headerEnd);
        reportUnbalanced();
        reportWarnings();
        std::stable_sort(m_out.errors.begin(), m_out.errors.end(),
                         [](const Error& a, const Error& b) { return a.where.line < b.where.line; });
    }

private:
    // -- header ---------------------------------------------------------------------

    bool readHeader(std::string_view header)
    {
        const auto tabs = std::count(header.begin(), header.end(), '\t');
        const auto bars = std::count(header.begin(), header.end(), '|');
        if (tabs == 0 && bars == 0) {
            // The start of the line, cut on a character boundary.
            std::size_t cut = std::min<std::size_t>(header.size(), 60);
            while (cut < header.size() && cut > 0 && (static_cast<unsigned char>(header[cut]) & 0xC0) == 0x80)
                --cut;
            fail(Error(ErrorCode::InvalidFormat, {std::string(header.substr(0, cut))}), m_headerLine, "");
            return false;
        }
        m_sep = tabs >= bars ? '\t' : '|';
        m_out.separator = m_sep;

        split(header);
        std::vector<std::string> folded;
        for (const std::string_view field : m_fields) {
            m_names.emplace_back(cleanField(field));
            folded.push_back(foldHeader(m_names.back()));
        }
        // Trailing separators leave empty names: those columns are tolerated and ignored.
        m_requiredCount = m_names.size();
        while (m_requiredCount > 0 && m_names[m_requiredCount - 1].empty())
            --m_requiredCount;

        const auto has = [&](std::string_view name) {
            return std::find(folded.begin(), folded.end(), foldHeader(name)) != folded.end();
        };
        m_amountAndDirection = !has("Debit") && !has("Credit") && (has("Montant") || has("Sens"));
        m_out.amountAndDirection = m_amountAndDirection;
        std::array<std::string_view, kStandardCount> expected = kStandardNames;
        if (m_amountAndDirection) {
            expected[Debit] = "Montant";
            expected[Credit] = "Sens";
        }
        std::vector<std::string> missing;
        std::vector<std::string> misplaced;
        for (std::size_t i = 0; i < kStandardCount; ++i) {
            if (!has(expected[i]))
                missing.emplace_back(expected[i]);
            else if (i >= folded.size() || folded[i] != foldHeader(expected[i]))
                misplaced.emplace_back(expected[i]);
        }
        const auto join = [](const std::vector<std::string>& names) {
            std::string joined;
            for (const std::string& name : names)
                joined += (joined.empty() ? "" : ", ") + name;
            return joined;
        };
        if (!missing.empty()) {
            fail(Error(ErrorCode::MissingField, {join(missing)}), m_headerLine, missing.front());
            return false;
        }
        if (!misplaced.empty()) {
            fail(Error(ErrorCode::InvalidFormat, {join(misplaced)}), m_headerLine, misplaced.front());
            return false;
        }
        for (std::size_t i = kStandardCount; i < m_names.size(); ++i) {
            if (m_names[i].empty())
                continue;
            if (!m_dueDateColumn
                && std::find(kDueDateNames.begin(), kDueDateNames.end(), folded[i]) != kDueDateNames.end())
                m_dueDateColumn = i;
            else
                m_out.ignoredColumns.push_back(m_names[i]);
        }
        return true;
    }

    // -- lines ----------------------------------------------------------------------

    void split(std::string_view line)
    {
        m_fields.clear();
        std::size_t start = 0;
        for (;;) {
            const void* hit = std::memchr(line.data() + start, m_sep, line.size() - start);
            if (hit == nullptr) {
                m_fields.push_back(line.substr(start));
                return;
            }
            const auto at = static_cast<std::size_t>(static_cast<const char*>(hit) - line.data());
            m_fields.push_back(line.substr(start, at - start));
            start = at + 1;
        }
    }

    void readLines(std::size_t headerEnd)
    {
        const char terminator = m_crOnly ? '\r' : '\n';
        std::size_t pos = headerEnd;
        // Past the header's own terminator.
        if (pos < m_text.size()) {
            pos = m_text[pos] == '\r' && pos + 1 < m_text.size() && m_text[pos + 1] == '\n' ? pos + 2 : pos + 1;
        }
        int lineNumber = m_headerLine;
        while (pos < m_text.size()) {
            const void* hit = std::memchr(m_text.data() + pos, terminator, m_text.size() - pos);
            const std::size_t end =
                hit == nullptr ? m_text.size() : static_cast<std::size_t>(static_cast<const char*>(hit) - m_text.data());
            std::string_view line = m_text.substr(pos, end - pos);
            pos = end + 1;
            ++lineNumber;
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            if (trimSpaces(line).empty())
                continue;
            readLine(line, lineNumber);
        }
    }

    void readLine(std::string_view text, int lineNumber)
    {
        split(text);
        // Only separators (spreadsheets save empty rows so): a blank line.
        if (cleanField(m_fields.front()).empty()
            && std::all_of(m_fields.begin(), m_fields.end(), [](std::string_view f) { return cleanField(f).empty(); }))
            return;
        while (m_fields.size() > m_requiredCount && trimSpaces(m_fields.back()).empty())
            m_fields.pop_back();
        if (m_fields.size() < m_requiredCount) {
            const std::string& absent = m_names[m_fields.size()];
            fail(Error(ErrorCode::MissingField, {absent}), lineNumber, absent);
            if (m_fields.size() > EcritureNum)
                taint(field(JournalCode), field(EcritureNum), lineNumber);
            return;
        }
        if (m_fields.size() > m_names.size()) {
            fail(Error(ErrorCode::TooManyFields, {std::to_string(m_fields.size()), std::to_string(m_names.size())}),
                 lineNumber, "");
            taint(field(JournalCode), field(EcritureNum), lineNumber);
            return;
        }

        const std::size_t errorsBefore = m_errorCount;
        // Lines the caller does not want are read (checked, balanced) into one scratch
        // line, whose strings keep their buffers: no allocation for them.
        const bool keep = !m_options.clientLinesOnly || field(CompteNum).starts_with("411");
        FecLine& l = keep ? m_out.lines.emplace_back() : resetScratch();
        l.line = lineNumber;
        const std::string_view journal = field(JournalCode);
        const std::string_view number = field(EcritureNum);
        l.journalCode.assign(required(JournalCode, lineNumber));
        l.journalLib.assign(warned(JournalLib, lineNumber));
        l.ecritureNum.assign(required(EcritureNum, lineNumber));
        if (auto d = date(EcritureDate, lineNumber, true))
            l.ecritureDate = *d;
        l.compteNum.assign(required(CompteNum, lineNumber));
        if (!l.compteNum.empty()
            && (l.compteNum.size() < 3 || !std::all_of(l.compteNum.begin(), l.compteNum.begin() + 3,
                                                       [](char c) { return c >= '0' && c <= '9'; })))
            fail(Error(ErrorCode::InvalidFormat, {l.compteNum}), lineNumber, m_names[CompteNum]);
        l.compteLib.assign(warned(CompteLib, lineNumber));
        l.compAuxNum.assign(field(CompAuxNum));
        l.compAuxLib.assign(field(CompAuxLib));
        l.pieceRef.assign(field(PieceRef));
        l.pieceDate = date(PieceDate, lineNumber, false);
        l.ecritureLib.assign(warned(EcritureLib, lineNumber));
        const bool amountsRead = m_amountAndDirection ? readAmountAndDirection(l, lineNumber)
                                                      : readDebitCredit(l, lineNumber);
        l.ecritureLet.assign(field(EcritureLet));
        l.dateLet = date(DateLet, lineNumber, false);
        l.validDate = date(ValidDate, lineNumber, false);
        if (!l.validDate && field(ValidDate).empty())
            m_emptyCounts[ValidDate].hit(lineNumber);
        readCurrencyAmount(l, lineNumber);
        l.idevise.assign(field(Idevise));
        if (m_dueDateColumn)
            l.dueDate = date(*m_dueDateColumn, lineNumber, false);

        if (!journal.empty() && !number.empty()) {
            if (amountsRead)
                addToEntry(journal, number, lineNumber, l.debit.cents(), l.credit.cents());
            else
                taint(journal, number, lineNumber);
        }
        if (keep && m_errorCount != errorsBefore)
            m_out.lines.pop_back();
    }

    // Every member that readLine does not always assign.
    FecLine& resetScratch()
    {
        m_scratch.ecritureDate = Date();
        m_scratch.debit = Money();
        m_scratch.credit = Money();
        m_scratch.montantDevise.reset();
        m_scratch.dueDate.reset();
        return m_scratch;
    }

    std::string_view field(std::size_t column) const
    {
        return column < m_fields.size() ? cleanField(m_fields[column]) : std::string_view();
    }

    std::string_view required(std::size_t column, int lineNumber)
    {
        const std::string_view value = field(column);
        if (value.empty())
            fail(Error(ErrorCode::MissingField), lineNumber, m_names[column]);
        return value;
    }

    std::string_view warned(std::size_t column, int lineNumber)
    {
        const std::string_view value = field(column);
        if (value.empty())
            m_emptyCounts[column].hit(lineNumber);
        return value;
    }

    std::optional<Date> date(std::size_t column, int lineNumber, bool mandatory)
    {
        auto value = parseDate(field(column));
        if (!value) {
            fail(std::move(value.error()), lineNumber, m_names[column]);
            return std::nullopt;
        }
        if (!*value && mandatory)
            fail(Error(ErrorCode::MissingField), lineNumber, m_names[column]);
        return *value;
    }

    bool amount(std::size_t column, int lineNumber, std::int64_t& cents)
    {
        auto value = parseAmount(field(column));
        if (!value) {
            fail(std::move(value.error()), lineNumber, m_names[column]);
            return false;
        }
        cents = *value;
        return true;
    }

    bool readDebitCredit(FecLine& l, int lineNumber)
    {
        std::int64_t debit = 0;
        std::int64_t credit = 0;
        const bool debitOk = amount(Debit, lineNumber, debit);
        const bool creditOk = amount(Credit, lineNumber, credit);
        if (!debitOk || !creditOk)
            return false;
        if (debit != 0 && credit != 0) {
            fail(Error(ErrorCode::InconsistentFields,
                       {Money::fromCents(debit).toString(), Money::fromCents(credit).toString()}),
                 lineNumber, m_names[Debit]);
            return false;
        }
        setSides(l, debit - credit, lineNumber, debit < 0 || credit < 0);
        return true;
    }

    bool readAmountAndDirection(FecLine& l, int lineNumber)
    {
        std::int64_t value = 0;
        if (!amount(Debit, lineNumber, value))
            return false;
        const std::string_view sens = field(Credit);
        int direction = 0;
        if (sens == "D" || sens == "d" || sens == "+1" || sens == "1")
            direction = 1;
        else if (sens == "C" || sens == "c" || sens == "-1")
            direction = -1;
        if (direction == 0 && sens.empty() && value == 0)
            direction = 1;
        if (direction == 0) {
            if (sens.empty())
                fail(Error(ErrorCode::MissingField), lineNumber, m_names[Credit]);
            else
                fail(Error(ErrorCode::UnknownValue, {std::string(sens)}), lineNumber, m_names[Credit]);
            return false;
        }
        setSides(l, direction * value, lineNumber, value < 0);
        return true;
    }

    // Debit minus credit, put back on one side as a positive amount.
    void setSides(FecLine& l, std::int64_t signedAmount, int lineNumber, bool hadNegative)
    {
        if (hadNegative)
            m_negativeAmounts.hit(lineNumber);
        if (signedAmount >= 0) {
            l.debit = Money::fromCents(signedAmount);
            l.credit = Money();
        } else {
            l.debit = Money();
            l.credit = Money::fromCents(-signedAmount);
        }
    }

    void readCurrencyAmount(FecLine& l, int lineNumber)
    {
        const std::string_view text = field(Montantdevise);
        if (text.empty())
            return;
        auto cents = parseAmount(text);
        if (cents) {
            l.montantDevise = Money::fromCents(*cents);
        } else if (cents.error().code == ErrorCode::TooManyDecimals) {
            // Three-decimal currencies (TND, KWD…): informative only, not kept.
            m_droppedCurrencyAmounts.hit(lineNumber);
        } else {
            fail(std::move(cents.error()), lineNumber, m_names[Montantdevise]);
        }
    }

    // -- entry balances ---------------------------------------------------------------
    // Consecutive lines of one entry make a chunk; chunks are only merged through a map
    // when one of them does not balance on its own (or could not be read), so a sound
    // file never pays for hashing.

    void addToEntry(std::string_view journal, std::string_view number, int lineNumber, std::int64_t debit,
                    std::int64_t credit)
    {
        if (m_chunks.empty() || journal != m_chunks.back().journal || number != m_chunks.back().number) {
            closeChunk();
            m_chunks.push_back(Chunk{journal, number, lineNumber, 0, 0, false});
        }
        m_chunks.back().debit += debit;
        m_chunks.back().credit += credit;
    }

    void taint(std::string_view journal, std::string_view number, int lineNumber)
    {
        if (journal.empty() || number.empty())
            return;
        addToEntry(journal, number, lineNumber, 0, 0);
        m_chunks.back().tainted = true;
    }

    void closeChunk()
    {
        if (!m_chunks.empty() && (m_chunks.back().tainted || m_chunks.back().debit != m_chunks.back().credit))
            m_suspect = true;
    }

    void reportUnbalanced()
    {
        closeChunk();
        if (!m_suspect)
            return;
        struct Key {
            std::string_view journal, number;
            bool operator==(const Key&) const = default;
        };
        struct KeyHash {
            std::size_t operator()(const Key& k) const
            {
                return std::hash<std::string_view>()(k.journal) * 31 + std::hash<std::string_view>()(k.number);
            }
        };
        std::unordered_map<Key, Chunk, KeyHash> entries;
        for (const Chunk& c : m_chunks) {
            const auto [it, inserted] = entries.try_emplace(Key{c.journal, c.number}, c);
            if (!inserted) {
                it->second.debit += c.debit;
                it->second.credit += c.credit;
                it->second.tainted = it->second.tainted || c.tainted;
            }
        }
        std::vector<const Chunk*> unbalanced;
        for (const auto& [key, totals] : entries) {
            if (!totals.tainted && totals.debit != totals.credit)
                unbalanced.push_back(&totals);
        }
        std::sort(unbalanced.begin(), unbalanced.end(),
                  [](const Chunk* a, const Chunk* b) { return a->firstLine < b->firstLine; });
        for (const Chunk* e : unbalanced) {
            fail(Error(ErrorCode::Unbalanced, {formatCents(e->debit), formatCents(e->credit),
                                               std::string(e->journal), std::string(e->number)}),
                 e->firstLine, m_names[EcritureNum]);
        }
    }

    // -- reporting ----------------------------------------------------------------------

    void fail(Error error, int lineNumber, const std::string& fieldName)
    {
        ++m_errorCount;
        if (m_out.errors.size() >= FecFile::kMaxErrors)
            return;
        error.inFile(m_fileName).atLine(lineNumber).inField(fieldName);
        m_out.errors.push_back(std::move(error));
    }

    void warn(const Counter& counter, FecNotice::Kind kind, const std::string& field, const std::string& what)
    {
        if (counter.count == 0)
            return;
        m_out.notices.push_back(FecNotice{kind, field, counter.count, counter.firstLine});
        m_out.warnings.push_back(m_fileName + " : " + what + " sur " + std::to_string(counter.count)
                                 + " ligne(s), la première ligne " + std::to_string(counter.firstLine));
    }

    void reportWarnings()
    {
        for (const std::size_t column : {JournalLib, CompteLib, EcritureLib, ValidDate})
            warn(m_emptyCounts[column], FecNotice::Kind::EmptyField, m_names[column], m_names[column] + " vide");
        warn(m_negativeAmounts, FecNotice::Kind::NegativeAmount, "", "montant négatif reporté dans l'autre sens");
        warn(m_droppedCurrencyAmounts, FecNotice::Kind::CurrencyAmountDropped, m_names[Montantdevise],
             m_names[Montantdevise] + " à plus de deux décimales, ignoré");
        if (m_errorCount > m_out.errors.size()) {
            const auto more = static_cast<int>(m_errorCount - m_out.errors.size());
            m_out.notices.push_back(FecNotice{FecNotice::Kind::ErrorsNotListed, "", more, 0});
            m_out.warnings.push_back(m_fileName + " : " + std::to_string(more)
                                     + " autre(s) erreur(s) non détaillée(s)");
        }
    }

    std::string_view m_text;
    int m_headerLine = 1;
    const std::string& m_fileName;
    FecReadOptions m_options;
    FecFile& m_out;
    FecLine m_scratch;
    bool m_crOnly = false;
    char m_sep = '\t';
    std::vector<std::string> m_names;
    std::size_t m_requiredCount = 0;
    bool m_amountAndDirection = false;
    std::optional<std::size_t> m_dueDateColumn;
    std::vector<std::string_view> m_fields;
    std::size_t m_errorCount = 0;

    std::vector<Chunk> m_chunks;
    bool m_suspect = false; // a chunk that does not balance on its own

    std::array<Counter, kStandardCount> m_emptyCounts{};
    Counter m_negativeAmounts;
    Counter m_droppedCurrencyAmounts;
};

} // namespace

FecFile readFec(std::string_view bytes, const std::string& fileName)
{
    return readFec(bytes, fileName, FecReadOptions{});
}

FecFile readFec(std::string_view bytes, const std::string& fileName, const FecReadOptions& options)
{
    FecFile out;
    std::string_view text = bytes;
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    std::string decoded;
    if (!isUtf8(text)) {
        decoded = decodeWindows1252(text);
        text = decoded;
        out.encoding = SourceEncoding::Windows1252;
    }
    // Blank lines before the header are not part of the format, but cost nothing.
    int headerLine = 1;
    while (!text.empty() && (text.front() == '\r' || text.front() == '\n')) {
        if (text.front() == '\n' || !(text.size() > 1 && text[1] == '\n'))
            ++headerLine;
        text.remove_prefix(1);
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        out.errors.push_back(Error(ErrorCode::Empty).inFile(fileName).atLine(1));
        return out;
    }
    Reader(text, headerLine, fileName, options, out).run();
    return out;
}

} // namespace pc::io
