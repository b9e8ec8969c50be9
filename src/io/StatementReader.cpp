#include "io/StatementReader.h"

#include "core/Money.h"
#include "core/Siren.h"
#include "core/Text.h"
#include "io/CsvReader.h"
#include "io/TextDecoding.h"

#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <utility>

namespace pc::io {
namespace {

using core::Error;
using core::ErrorCode;
using core::Money;
using nlohmann::json;
using risk::FinancialStatement;
using risk::Regime;

// ---------------------------------------------------------------------------------
// Where things are in a JSON text.

// nlohmann tells neither where a value was in the text nor how a number was written.
// This scan of the text (already validated by nlohmann) records the line of each key
// and the text of each number, by path ("lines/FL", "2/lines/FL" in an array), so that
// errors name their line and amounts are read from the digits written, never from a
// double that may have lost a cent.
class JsonPositions {
public:
    explicit JsonPositions(std::string_view text) { scan(text); }

    // Line of a key, or of the opening brace of the object at that path; 0 if unknown.
    int lineOf(const std::string& path) const
    {
        const auto it = m_lines.find(path);
        return it == m_lines.end() ? 0 : it->second;
    }

    std::optional<std::string> numberText(const std::string& path) const
    {
        const auto it = m_numbers.find(path);
        return it == m_numbers.end() ? std::nullopt : std::optional<std::string>(it->second);
    }

private:
    struct Frame {
        bool isArray = false;
        int index = 0;
        std::string key;
    };

    void scan(std::string_view text)
    {
        int line = 1;
        std::string lastString;
        int lastStringLine = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '\n') {
                ++line;
            } else if (c == '"') {
                lastString = readString(text, i);
                lastStringLine = line;
            } else if (c == ':' && !m_frames.empty()) {
                m_frames.back().key = lastString;
                m_lines[path()] = lastStringLine;
            } else if (c == '{' || c == '[') {
                m_lines.emplace(path(), line);
                m_frames.push_back({c == '[', 0, {}});
            } else if ((c == '}' || c == ']') && !m_frames.empty()) {
                m_frames.pop_back();
            } else if (c == ',' && !m_frames.empty() && m_frames.back().isArray) {
                ++m_frames.back().index;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                const std::size_t end = std::min(text.find_first_not_of("+-.0123456789eE", i), text.size());
                m_numbers[path()] = std::string(text.substr(i, end - i));
                i = end - 1;
            }
        }
    }

    // The raw text of the string opening at text[i]; leaves i on its closing quote.
    static std::string readString(std::string_view text, std::size_t& i)
    {
        std::string out;
        for (++i; i < text.size() && text[i] != '"'; ++i) {
            if (text[i] == '\\' && i + 1 < text.size())
                ++i;
            out.push_back(text[i]);
        }
        return out;
    }

    std::string path() const
    {
        std::string out;
        for (const Frame& f : m_frames) {
            if (!out.empty())
                out.push_back('/');
            out += f.isArray ? std::to_string(f.index) : f.key;
        }
        return out;
    }

    std::vector<Frame> m_frames;
    std::map<std::string, int> m_lines;
    std::map<std::string, std::string> m_numbers;
};

std::string_view viewOf(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

std::string joinPath(const std::string& prefix, const std::string& key)
{
    return prefix.empty() ? key : prefix + "/" + key;
}

// The text of line `line` (1-based), shortened: what the user sees of a syntax error.
std::string lineExcerpt(std::string_view text, int line)
{
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) {
        const std::size_t newline = text.find('\n', start);
        if (newline == std::string_view::npos)
            return {};
        start = newline + 1;
    }
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view excerpt = core::text::trim(text.substr(start, end - start));
    constexpr std::size_t kMax = 60;
    if (excerpt.size() > kMax) {
        std::size_t cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(excerpt[cut]) & 0xC0) == 0x80)
            --cut; // not in the middle of a UTF-8 character
        excerpt = excerpt.substr(0, cut);
    }
    return std::string(excerpt);
}

// Parses JSON text, or says at which line it is broken.
core::Result<json> parseJson(const std::string& text, const std::string& file)
{
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        const std::size_t upTo = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
        const auto newlines = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(upTo), '\n');
        const int line = 1 + static_cast<int>(newlines);
        return Error(ErrorCode::InvalidFormat, {lineExcerpt(text, line)}).inFile(file).atLine(line);
    }
}

// The text of a scalar: strings as they are, numbers as written in the file.
std::optional<std::string> scalarText(const json& value, const std::string& path, const JsonPositions& positions)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_float())
        return positions.numberText(path).value_or(value.dump());
    if (value.is_number())
        return value.dump();
    return std::nullopt;
}

// ---------------------------------------------------------------------------------
// Metadata names, shared by both formats.

enum class Meta { Siren, ClosingDate, Months, RegimeName, Source, Currency };
constexpr std::size_t kMetaCount = 6;

struct MetaName {
    Meta meta;
    const char* canonical;
    std::string_view names; // folded names separated by '|'
};

constexpr std::array<MetaName, kMetaCount> kMetaNames{{
    {Meta::Siren, "siren", "siren|numerosiren|nsiren"},
    {Meta::ClosingDate, "closing_date", "closingdate|datecloture|datedecloture|cloture|datearrete|datefinexercice"},
    {Meta::Months, "months", "months|duree|dureeexercice|dureedelexercice|mois|nombredemois"},
    {Meta::RegimeName, "regime", "regime|regimefiscal"},
    {Meta::Source, "source", "source|origine"},
    {Meta::Currency, "currency", "currency|devise|monnaie"},
}};

// "Date de clôture", "date_cloture" and "DATE-CLOTURE" all give "datecloture".
std::string fold(std::string_view name)
{
    std::string folded = core::text::foldForSearch(name);
    std::erase_if(folded, [](char c) { return c == ' ' || c == '_'; });
    return folded;
}

bool inList(std::string_view folded, std::string_view names)
{
    while (!names.empty()) {
        const std::size_t bar = names.find('|');
        if (names.substr(0, bar) == folded)
            return true;
        names = bar == std::string_view::npos ? std::string_view() : names.substr(bar + 1);
    }
    return false;
}

std::optional<Meta> metaFor(std::string_view name)
{
    const std::string folded = fold(name);
    for (const MetaName& m : kMetaNames) {
        if (inList(folded, m.names))
            return m.meta;
    }
    return std::nullopt;
}

const char* canonicalName(Meta meta)
{
    return kMetaNames[static_cast<std::size_t>(meta)].canonical;
}

std::optional<Regime> regimeFromText(std::string_view text)
{
    const std::string folded = fold(text);
    if (inList(folded, "normal|reelnormal|rn"))
        return Regime::Normal;
    if (inList(folded, "simplified|simplifie|simplifiee|reelsimplifie|rsi|rs"))
        return Regime::Simplified;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------
// A statement as read from the file, before its values are checked.

struct Value {
    std::string text;
    int line = 0;
    bool given = false;
};

struct AmountLine {
    std::string code;
    std::string text;
    int line = 0;
};

struct Draft {
    std::array<Value, kMetaCount> meta;
    std::vector<AmountLine> lines;
    int line = 0; // where the statement starts: the line of what is missing

    const Value& get(Meta m) const { return meta[static_cast<std::size_t>(m)]; }
    Value& get(Meta m) { return meta[static_cast<std::size_t>(m)]; }
};

bool isLineCode(std::string_view code)
{
    return !code.empty() && code.size() <= 4 && std::all_of(code.begin(), code.end(), core::text::isAsciiAlnum);
}

// Turns a draft into a statement, reporting every bad or conflicting value.
class StatementBuilder {
public:
    StatementBuilder(std::string file, const StatementDefaults& defaults, std::vector<Error>& errors)
        : m_file(std::move(file)), m_defaults(defaults), m_errors(errors)
    {
    }

    std::optional<FinancialStatement> build(const Draft& d)
    {
        const std::size_t errorsBefore = m_errors.size();
        FinancialStatement s;
        s.siren = siren(d).value_or(std::string());
        s.closingDate = closingDate(d).value_or(core::Date());
        s.months = months(d);
        s.regime = regime(d);
        s.source = d.get(Meta::Source).given ? d.get(Meta::Source).text : defaultSource();
        checkCurrency(d);
        readLines(d, s);
        if (m_errors.size() != errorsBefore)
            return std::nullopt;
        return s;
    }

private:
    void fail(Error error, int line, const std::string& field)
    {
        m_errors.push_back(std::move(error.inFile(m_file).atLine(line).inField(field)));
    }

    std::string defaultSource() const
    {
        return "import:" + QFileInfo(QString::fromStdString(m_file)).fileName().toStdString();
    }

    // A value given both in the file and by the caller must be the same.
    template <class T, class ToText>
    std::optional<T> resolve(const std::optional<T>& fromFile, const std::optional<T>& given, const Value& v,
                             Meta meta, ToText toText)
    {
        if (fromFile && given && !(*fromFile == *given)) {
            fail(Error(ErrorCode::ConflictingValues, {toText(*fromFile), toText(*given)}), v.line,
                 canonicalName(meta));
            return std::nullopt;
        }
        return fromFile ? fromFile : given;
    }

    std::optional<std::string> siren(const Draft& d)
    {
        const Value& v = d.get(Meta::Siren);
        std::optional<std::string> fromFile;
        std::optional<std::string> given;
        if (v.given) {
            auto parsed = core::Siren::parse(v.text);
            if (!parsed) {
                fail(parsed.error(), v.line, "siren");
                return std::nullopt;
            }
            fromFile = parsed->str();
        }
        if (!m_defaults.siren.empty()) {
            auto parsed = core::Siren::parse(m_defaults.siren);
            if (!parsed) {
                fail(parsed.error(), 0, "siren");
                return std::nullopt;
            }
            given = parsed->str();
        }
        if (!fromFile && !given)
            fail(Error(ErrorCode::MissingField, {"siren"}), d.line, "siren");
        return resolve(fromFile, given, v, Meta::Siren, [](const std::string& x) { return x; });
    }

    std::optional<core::Date> closingDate(const Draft& d)
    {
        const Value& v = d.get(Meta::ClosingDate);
        std::optional<core::Date> fromFile;
        if (v.given) {
            auto parsed = core::Date::parse(v.text);
            if (!parsed) {
                fail(parsed.error(), v.line, "closing_date");
                return std::nullopt;
            }
            fromFile = *parsed;
        }
        if (!fromFile && !m_defaults.closingDate)
            fail(Error(ErrorCode::MissingField, {"closing_date"}), d.line, "closing_date");
        return resolve(fromFile, m_defaults.closingDate, v, Meta::ClosingDate,
                       [](const core::Date& x) { return x.toIso(); });
    }

    int months(const Draft& d)
    {
        const Value& v = d.get(Meta::Months);
        std::optional<int> fromFile;
        if (v.given) {
            const std::string_view text = core::text::trim(v.text);
            if (text.empty() || text.size() > 3 || !core::text::isDigits(text)) {
                fail(Error(ErrorCode::InvalidFormat, {v.text}), v.line, "months");
                return 12;
            }
            fromFile = std::stoi(std::string(text));
        }
        return resolve(fromFile, m_defaults.months, v, Meta::Months, [](int x) { return std::to_string(x); })
            .value_or(12);
    }

    Regime regime(const Draft& d)
    {
        const Value& v = d.get(Meta::RegimeName);
        std::optional<Regime> fromFile;
        if (v.given) {
            fromFile = regimeFromText(v.text);
            if (!fromFile) {
                fail(Error(ErrorCode::UnknownValue, {v.text}), v.line, "regime");
                return Regime::Normal;
            }
        }
        const auto name = [](Regime x) { return std::string(toCode(x)); };
        return resolve(fromFile, m_defaults.regime, v, Meta::RegimeName, name).value_or(Regime::Normal);
    }

    // Amounts are euros: another currency cannot be compared with the rest.
    void checkCurrency(const Draft& d)
    {
        const Value& v = d.get(Meta::Currency);
        if (v.given && core::text::toUpperAscii(core::text::trim(v.text)) != "EUR")
            fail(Error(ErrorCode::UnknownValue, {v.text}), v.line, "currency");
    }

    void readLines(const Draft& d, FinancialStatement& s)
    {
        std::map<std::string, int> seen;
        for (const AmountLine& l : d.lines) {
            const std::string code = core::text::toUpperAscii(core::text::trim(l.code));
            if (!isLineCode(code)) {
                fail(Error(ErrorCode::UnknownField, {l.code}), l.line, l.code);
                continue;
            }
            if (const auto [it, inserted] = seen.emplace(code, l.line); !inserted) {
                fail(Error(ErrorCode::DuplicateKey, {code, std::to_string(it->second)}), l.line, code);
                continue;
            }
            auto amount = Money::parse(l.text);
            if (!amount)
                fail(amount.error(), l.line, code);
            else
                s.lines[code] = *amount;
        }
        if (d.lines.empty())
            fail(Error(ErrorCode::Empty, {"lines"}), d.line, "lines");
    }

    std::string m_file;
    const StatementDefaults& m_defaults;
    std::vector<Error>& m_errors;
};

void sortByLine(std::vector<Error>& errors)
{
    std::stable_sort(errors.begin(), errors.end(),
                     [](const Error& a, const Error& b) { return a.where.line < b.where.line; });
}

// ---------------------------------------------------------------------------------
// JSON.

class JsonStatementReader {
public:
    JsonStatementReader(const std::string& file, const JsonPositions& positions, std::vector<Error>& errors)
        : m_file(file), m_positions(positions), m_errors(errors)
    {
    }

    Draft read(const json& object, const std::string& prefix)
    {
        Draft d;
        d.line = m_positions.lineOf(prefix);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::string path = joinPath(prefix, it.key());
            if (fold(it.key()) == "lines")
                readLines(*it, path, d);
            else
                readMeta(it.key(), *it, path, d);
        }
        return d;
    }

private:
    void fail(Error error, const std::string& path, const std::string& field)
    {
        m_errors.push_back(std::move(error.inFile(m_file).atLine(m_positions.lineOf(path)).inField(field)));
    }

    void readMeta(const std::string& key, const json& value, const std::string& path, Draft& d)
    {
        const auto meta = metaFor(key);
        if (!meta)
            return fail(Error(ErrorCode::UnknownField, {key}), path, key);
        if (value.is_null())
            return;
        const auto text = scalarText(value, path, m_positions);
        if (!text)
            return fail(Error(ErrorCode::InvalidFormat, {value.dump()}), path, canonicalName(*meta));
        d.get(*meta) = {*text, m_positions.lineOf(path), !core::text::trim(*text).empty()};
    }

    void readLines(const json& lines, const std::string& path, Draft& d)
    {
        if (!lines.is_object())
            return fail(Error(ErrorCode::InvalidFormat, {"lines"}), path, "lines");
        for (auto it = lines.begin(); it != lines.end(); ++it) {
            const std::string linePath = joinPath(path, it.key());
            if (it->is_null())
                continue; // unknown, as an absent line
            const auto text = scalarText(*it, linePath, m_positions);
            if (!text)
                fail(Error(ErrorCode::InvalidNumber, {it->dump()}), linePath, it.key());
            else if (!core::text::trim(*text).empty())
                d.lines.push_back({it.key(), *text, m_positions.lineOf(linePath)});
        }
    }

    const std::string& m_file;
    const JsonPositions& m_positions;
    std::vector<Error>& m_errors;
};

// Two objects of one file for the same company and year.
void reportDuplicateYears(const std::vector<std::pair<FinancialStatement, int>>& read, const std::string& file,
                          std::vector<Error>& errors)
{
    std::map<std::pair<std::string, core::Date>, int> seen;
    for (const auto& [statement, line] : read) {
        const auto [it, inserted] = seen.emplace(std::make_pair(statement.siren, statement.closingDate), line);
        if (!inserted)
            errors.push_back(Error(ErrorCode::DuplicateKey, {statement.closingDate.toIso(), std::to_string(it->second)})
                                 .inFile(file).atLine(line).inField("closing_date"));
    }
}

// ---------------------------------------------------------------------------------
// CSV.

// A semicolon never appears in an amount, so its presence decides; then tab, then
// comma. (CsvReader guesses from the first line only, which may be "FL;1,234.56".)
char chooseDelimiter(std::string_view text)
{
    if (text.find(';') != std::string_view::npos)
        return ';';
    if (text.find('\t') != std::string_view::npos)
        return '\t';
    return ',';
}

struct CsvLayout {
    std::size_t code = 0;
    std::size_t amount = 1;
    std::size_t width = 2;
};

std::optional<CsvLayout> headerLayout(const std::vector<std::string>& fields)
{
    std::optional<std::size_t> code;
    std::optional<std::size_t> amount;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string folded = fold(fields[i]);
        if (inList(folded, "code|codeligne|ligne|rubrique|codeliasse|line"))
            code = i;
        else if (inList(folded, "montant|amount|valeur|value|montantn|exercicen|montanteuros"))
            amount = i;
    }
    if (!code || !amount)
        return std::nullopt;
    return CsvLayout{*code, *amount, fields.size()};
}

std::string fieldAt(const CsvRecord& record, std::size_t i)
{
    return i < record.fields.size() ? std::string(core::text::trim(record.fields[i])) : std::string();
}

// The amount of a row. With ',' as delimiter, "FL,1250000,50" is three fields: when
// the amount is the last column, the rest of the row is the amount ("1250000,50").
std::string amountOf(const CsvRecord& record, const CsvLayout& layout, char delimiter)
{
    if (delimiter != ',' || layout.amount + 1 != layout.width || record.fields.size() <= layout.width)
        return fieldAt(record, layout.amount);
    std::string joined;
    for (std::size_t i = layout.amount; i < record.fields.size(); ++i)
        joined += (i == layout.amount ? "" : ",") + std::string(core::text::trim(record.fields[i]));
    return joined;
}

class CsvStatementReader {
public:
    CsvStatementReader(const std::string& file, char delimiter, std::vector<Error>& errors)
        : m_file(file), m_delimiter(delimiter), m_errors(errors)
    {
    }

    void readRecord(const CsvRecord& record, int line, Draft& d)
    {
        const std::string first = fieldAt(record, 0);
        if (first.starts_with('#'))
            return;
        if (const auto meta = metaFor(first))
            return readMeta(*meta, first, fieldAt(record, 1), line, d);
        if (const auto header = headerLayout(record.fields)) {
            m_layout = *header;
            return;
        }
        const std::string code = fieldAt(record, m_layout.code);
        const std::string amount = amountOf(record, m_layout, m_delimiter);
        if (code.empty() && !amount.empty())
            m_errors.push_back(Error(ErrorCode::MissingField, {"code"}).inFile(m_file).atLine(line).inField("code"));
        else if (!code.empty() && !amount.empty())
            d.lines.push_back({code, amount, line});
    }

private:
    void readMeta(Meta meta, const std::string& name, const std::string& value, int line, Draft& d)
    {
        Value& slot = d.get(meta);
        if (slot.given)
            m_errors.push_back(
                Error(ErrorCode::DuplicateField, {name}).inFile(m_file).atLine(line).inField(canonicalName(meta)));
        else if (!value.empty())
            slot = {value, line, true};
    }

    const std::string& m_file;
    char m_delimiter;
    std::vector<Error>& m_errors;
    CsvLayout m_layout;
};

bool looksLikeJson(const QByteArray& bytes)
{
    const std::string text = decodeText(viewOf(bytes)).utf8;
    const std::string_view body = core::text::trim(text);
    return body.starts_with('{') || body.starts_with('[');
}

// ---------------------------------------------------------------------------------
// The code table.

class CodeTableReader {
public:
    CodeTableReader(const std::string& file, const JsonPositions& positions) : m_file(file), m_positions(positions) {}

    core::Result<risk::LiasseCode> read(const json& entry, const std::string& path)
    {
        if (!entry.is_object())
            return located(Error(ErrorCode::InvalidFormat, {entry.dump()}), path, "");
        risk::LiasseCode c;
        std::string regime, section, column;
        const std::array<std::pair<const char*, std::string*>, 6> texts{{
            {"code", &c.code}, {"form", &c.form}, {"regime", &regime},
            {"label", &c.label}, {"section", &section}, {"column", &column},
        }};
        for (const auto& [name, target] : texts) {
            if (!entry.contains(name) || !entry[name].is_string())
                return located(Error(ErrorCode::MissingField, {name}), path, name);
            *target = entry[name].get<std::string>();
        }
        const auto r = risk::regimeFromCode(regime);
        const auto s = risk::liasseSectionFromCode(section);
        const auto k = risk::liasseColumnFromCode(column);
        if (!r || !s || !k) {
            const char* bad = !r ? "regime" : !s ? "section" : "column";
            return located(Error(ErrorCode::UnknownValue, {entry[bad].get<std::string>()}), path, bad);
        }
        c.regime = *r;
        c.section = *s;
        c.column = *k;
        return readOptional(entry, path, std::move(c));
    }

private:
    core::Result<risk::LiasseCode> readOptional(const json& entry, const std::string& path, risk::LiasseCode c)
    {
        if (entry.contains("required") && !entry["required"].is_boolean())
            return located(Error(ErrorCode::InvalidFormat, {entry["required"].dump()}), path, "required");
        c.required = entry.value("required", false);
        if (entry.contains("normal") && !entry["normal"].is_string())
            return located(Error(ErrorCode::InvalidFormat, {entry["normal"].dump()}), path, "normal");
        c.normal = entry.value("normal", std::string());
        if (entry.contains("total_of")) {
            const json& terms = entry["total_of"];
            const auto isText = [](const json& t) { return t.is_string(); };
            if (!terms.is_array() || !std::all_of(terms.begin(), terms.end(), isText))
                return located(Error(ErrorCode::InvalidFormat, {terms.dump()}), path, "total_of");
            for (const json& term : terms)
                c.totalOf.push_back(term.get<std::string>());
        }
        return c;
    }

    Error located(Error error, const std::string& path, const std::string& key)
    {
        const int line = m_positions.lineOf(key.empty() ? path : joinPath(path, key));
        return std::move(error.inFile(m_file).atLine(line).inField(key));
    }

    const std::string& m_file;
    const JsonPositions& m_positions;
};

// The file as UTF-8, with its encoding noted in the result; nothing, and the error
// recorded, when it holds no text at all.
std::optional<std::string> decodedText(const QByteArray& bytes, const std::string& file, StatementReadResult& result)
{
    DecodedText decoded = decodeText(viewOf(bytes));
    result.encoding = QString::fromLatin1(encodingName(decoded.encoding));
    if (core::text::trim(decoded.utf8).empty()) {
        result.errors.push_back(Error(ErrorCode::Empty, {}).inFile(file));
        return std::nullopt;
    }
    return std::move(decoded.utf8);
}

} // namespace

StatementReadResult readStatementJson(const QByteArray& bytes, const QString& fileName,
                                      const StatementDefaults& defaults)
{
    StatementReadResult result;
    const std::string file = fileName.toStdString();
    const auto text = decodedText(bytes, file, result);
    if (!text)
        return result;
    auto document = parseJson(*text, file);
    if (!document) {
        result.errors.push_back(document.error());
        return result;
    }
    const JsonPositions positions(*text);
    JsonStatementReader reader(file, positions, result.errors);
    StatementBuilder builder(file, defaults, result.errors);
    std::vector<std::pair<FinancialStatement, int>> read;
    const auto readOne = [&](const json& object, const std::string& prefix) {
        if (!object.is_object()) {
            result.errors.push_back(Error(ErrorCode::InvalidFormat, {object.dump()}).inFile(file));
            return;
        }
        const std::size_t errorsBefore = result.errors.size();
        const Draft d = reader.read(object, prefix);
        auto statement = builder.build(d);
        if (statement && result.errors.size() == errorsBefore)
            read.emplace_back(std::move(*statement), d.line);
    };
    if (document->is_array()) {
        if (document->empty())
            result.errors.push_back(Error(ErrorCode::Empty, {}).inFile(file).atLine(1));
        for (std::size_t i = 0; i < document->size(); ++i)
            readOne((*document)[i], std::to_string(i));
    } else {
        readOne(*document, "");
    }
    reportDuplicateYears(read, file, result.errors);
    for (auto& entry : read)
        result.statements.push_back(std::move(entry.first));
    sortByLine(result.errors);
    return result;
}

StatementReadResult readStatementCsv(const QByteArray& bytes, const QString& fileName,
                                     const StatementDefaults& defaults)
{
    StatementReadResult result;
    const std::string file = fileName.toStdString();
    const auto text = decodedText(bytes, file, result);
    if (!text)
        return result;
    // CsvReader takes its delimiter from the first line: a comment line of our own
    // choosing imposes it, and every line number is then one too many.
    const char delimiter = chooseDelimiter(*text);
    auto table = readCsv(std::string("#") + delimiter + "\n" + *text);
    if (!table) {
        result.errors.push_back(std::move(table.error().inFile(file).atLine(table.error().where.line - 1)));
        return result;
    }
    Draft d;
    d.line = 1;
    CsvStatementReader reader(file, delimiter, result.errors);
    for (const CsvRecord& record : table->records)
        reader.readRecord(record, record.line - 1, d);
    auto statement = StatementBuilder(file, defaults, result.errors).build(d);
    if (statement && result.errors.empty())
        result.statements.push_back(std::move(*statement));
    sortByLine(result.errors);
    return result;
}

StatementReadResult readStatementFile(const QString& path, const StatementDefaults& defaults)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        StatementReadResult result;
        result.errors.push_back(Error(ErrorCode::IoError, {path.toStdString(), file.errorString().toStdString()})
                                    .inFile(path.toStdString()));
        return result;
    }
    const QByteArray bytes = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool json = suffix == QStringLiteral("json")
        || (suffix != QStringLiteral("csv") && suffix != QStringLiteral("txt") && looksLikeJson(bytes));
    return json ? readStatementJson(bytes, path, defaults) : readStatementCsv(bytes, path, defaults);
}

core::Result<risk::LiasseCodeTable> readLiasseCodeTable(const QByteArray& bytes, const QString& fileName)
{
    const std::string file = fileName.toStdString();
    const std::string text = decodeText(viewOf(bytes)).utf8;
    auto document = parseJson(text, file);
    if (!document)
        return document.error();
    if (!document->is_object() || !document->contains("codes") || !(*document)["codes"].is_array())
        return Error(ErrorCode::MissingField, {"codes"}).inFile(file).inField("codes");
    const JsonPositions positions(text);
    CodeTableReader reader(file, positions);
    risk::LiasseCodeTable table;
    if (document->contains("version") && (*document)["version"].is_number_integer())
        table.version = (*document)["version"].get<int>();
    const json& codes = (*document)["codes"];
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const std::string path = "codes/" + std::to_string(i);
        auto code = reader.read(codes[i], path);
        if (!code)
            return code.error();
        if (auto added = table.add(std::move(code).value()); !added)
            return std::move(added.error().inFile(file).atLine(positions.lineOf(path + "/code")));
    }
    if (auto problems = table.validate(); !problems.empty())
        return std::move(problems.front().inFile(file));
    return table;
}

} // namespace pc::io
