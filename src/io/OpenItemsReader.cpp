#include "io/OpenItemsReader.h"

#include "core/Text.h"
#include "io/CsvReader.h"

#include <algorithm>
#include <array>
#include <map>

namespace pc::io {
namespace {

using namespace pc::core;

enum class Column { Siren, Account, Piece, PieceDate, DueDate, Amount, Remaining, Label };

struct ColumnName {
    Column column;
    std::string_view canonical; // the name used in errors when the column is absent
    std::string_view names;     // header names separated by '|', folded before use
};

constexpr std::array<ColumnName, 8> kColumns{{
    {Column::Siren, "siren", "siren|numero_siren|n_siren|no_siren|siren_client"},
    {Column::Account, "compte",
     "compte|compte_client|compte_auxiliaire|numero_compte|n_compte|account|customer_account|compauxnum|code_client"},
    {Column::Piece, "piece",
     "piece|numero_piece|n_piece|no_piece|num_piece|piece_ref|pieceref|facture|numero_facture|n_facture|document|"
     "document_number|invoice|invoice_number|reference"},
    {Column::PieceDate, "date_piece",
     "date_piece|date_de_piece|piecedate|date_facture|date_document|document_date|invoice_date|date"},
    {Column::DueDate, "echeance", "echeance|date_echeance|date_d_echeance|due_date|duedate|echeance_date"},
    {Column::Amount, "montant_ttc", "montant_ttc|montant|total_ttc|ttc|amount|amount_incl_tax|total"},
    {Column::Remaining, "reste_du",
     "reste_du|restant_du|reste|reste_a_payer|solde|open_amount|remaining|remaining_amount|amount_due|residual|"
     "balance"},
    {Column::Label, "libelle", "libelle|label|description|designation"},
}};

// Lower case, without accents, spaces, underscores or apostrophes: "Reste dû",
// "RESTE_DU" and "ResteDu" all give "restedu".
std::string foldHeader(std::string_view header)
{
    std::string folded = text::foldForSearch(header);
    std::erase_if(folded, [](char c) { return c == ' ' || c == '_' || c == '\''; });
    return folded;
}

std::optional<Column> columnFor(std::string_view header)
{
    const std::string folded = foldHeader(header);
    if (folded.empty())
        return std::nullopt;
    for (const ColumnName& entry : kColumns) {
        std::string_view names = entry.names;
        while (!names.empty()) {
            const std::size_t bar = names.find('|');
            if (foldHeader(names.substr(0, bar)) == folded)
                return entry.column;
            names = bar == std::string_view::npos ? std::string_view() : names.substr(bar + 1);
        }
    }
    return std::nullopt;
}

std::string_view canonicalName(Column c)
{
    for (const ColumnName& entry : kColumns) {
        if (entry.column == c)
            return entry.canonical;
    }
    return {};
}

class RowReader {
public:
    RowReader(const std::string& fileName, const std::vector<std::optional<Column>>& columns,
              const std::vector<std::string>& headers, const CsvRecord& record, std::vector<Error>& errors)
        : m_fileName(fileName), m_columns(columns), m_headers(headers), m_record(record), m_errors(errors)
    {
    }

    std::optional<OpenItemRow> read()
    {
        const std::size_t errorsBefore = m_errors.size();
        OpenItemRow row;
        row.line = m_record.line;
        if (m_record.fields.size() > m_columns.size())
            fail(Error(ErrorCode::TooManyFields,
                       {std::to_string(m_record.fields.size()), std::to_string(m_columns.size())}),
                 "");

        if (const std::string_view siren = value(Column::Siren); !siren.empty()) {
            auto parsed = Siren::parse(siren);
            if (parsed)
                row.siren = *parsed;
            else
                fail(parsed.error(), header(Column::Siren));
        }
        readAccount(row);
        if (value(Column::Siren).empty() && value(Column::Account).empty())
            fail(Error(ErrorCode::MissingField), header(Column::Siren));

        row.piece = std::string(value(Column::Piece));
        if (row.piece.empty())
            fail(Error(ErrorCode::MissingField), header(Column::Piece));
        if (const auto date = requiredDate(Column::PieceDate))
            row.pieceDate = *date;
        row.dueDate = optionalDate(Column::DueDate);
        row.label = std::string(value(Column::Label));
        readAmounts(row);

        if (m_errors.size() != errorsBefore)
            return std::nullopt;
        return row;
    }

private:
    std::optional<std::size_t> index(Column c) const
    {
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            if (m_columns[i] == c)
                return i;
        }
        return std::nullopt;
    }

    std::string_view value(Column c) const
    {
        const auto i = index(c);
        if (!i || *i >= m_record.fields.size())
            return {};
        return text::trim(m_record.fields[*i]);
    }

    // The header as written in the file, or the canonical name of an absent column.
    std::string header(Column c) const
    {
        const auto i = index(c);
        return i ? m_headers[*i] : std::string(canonicalName(c));
    }

    void fail(Error error, const std::string& field)
    {
        error.inFile(m_fileName).atLine(m_record.line).inField(field);
        m_errors.push_back(std::move(error));
    }

    std::optional<Date> optionalDate(Column c)
    {
        const std::string_view text = value(c);
        if (text.empty())
            return std::nullopt;
        auto result = Date::parse(text);
        if (!result) {
            fail(result.error(), header(c));
            return std::nullopt;
        }
        return *result;
    }

    std::optional<Date> requiredDate(Column c)
    {
        if (value(c).empty()) {
            fail(Error(ErrorCode::MissingField), header(c));
            return std::nullopt;
        }
        return optionalDate(c);
    }

    std::optional<Money> money(Column c)
    {
        const std::string_view text = value(c);
        if (text.empty())
            return std::nullopt;
        auto result = Money::parse(text);
        if (!result) {
            fail(result.error(), header(c));
            return std::nullopt;
        }
        return *result;
    }

    void readAccount(OpenItemRow& row)
    {
        const std::string number = text::toUpperAscii(value(Column::Account));
        if (!std::all_of(number.begin(), number.end(), [](char c) { return text::isAsciiAlnum(c); }))
            fail(Error(ErrorCode::InvalidFormat, {number}), header(Column::Account));
        else if (number.size() > 20)
            fail(Error(ErrorCode::InvalidLength, {number, "20"}), header(Column::Account));
        else
            row.account = number;
    }

    void readAmounts(OpenItemRow& row)
    {
        if (value(Column::Amount).empty()) {
            fail(Error(ErrorCode::MissingField), header(Column::Amount));
            return;
        }
        const auto amount = money(Column::Amount);
        const bool remainingGiven = !value(Column::Remaining).empty();
        const auto remaining = money(Column::Remaining);
        if (!amount || (remainingGiven && !remaining))
            return;
        row.amount = *amount;
        row.remaining = remaining.value_or(*amount);
        const bool sameSign = row.remaining.isNegative() == row.amount.isNegative();
        if (row.remaining.isZero() || !sameSign || row.remaining.abs() > row.amount.abs())
            fail(Error(ErrorCode::InconsistentFields, {row.remaining.toString(), row.amount.toString()}),
                 header(remainingGiven ? Column::Remaining : Column::Amount));
    }

    const std::string& m_fileName;
    const std::vector<std::optional<Column>>& m_columns;
    const std::vector<std::string>& m_headers;
    const CsvRecord& m_record;
    std::vector<Error>& m_errors;
};

// The same piece twice for one client (its SIREN, else its account number).
void reportDuplicates(const std::string& fileName, const std::string& pieceHeader,
                      const std::vector<OpenItemRow>& rows, std::vector<Error>& errors)
{
    std::map<std::string, int> seen;
    for (const OpenItemRow& row : rows) {
        const std::string client = row.siren ? "S" + row.siren->str() : "A" + row.account;
        const auto [it, inserted] = seen.emplace(client + '\x1F' + row.piece, row.line);
        if (!inserted)
            errors.push_back(Error(ErrorCode::DuplicateKey, {row.piece, std::to_string(it->second)})
                                 .inFile(fileName).atLine(row.line).inField(pieceHeader));
    }
}

} // namespace

OpenItemsFile readOpenItemsCsv(std::string_view bytes, const std::string& fileName)
{
    OpenItemsFile result;
    const DecodedText decoded = decodeText(bytes);
    result.encoding = decoded.encoding;
    auto table = readCsv(decoded.utf8);
    if (!table) {
        result.errors.push_back(table.error().inFile(fileName));
        return result;
    }
    result.delimiter = table->delimiter;

    std::vector<std::optional<Column>> columns;
    for (const std::string& header : table->header) {
        const auto column = columnFor(header);
        if (column && std::find(columns.begin(), columns.end(), column) != columns.end())
            result.errors.push_back(Error(ErrorCode::DuplicateField, {header})
                                        .inFile(fileName).atLine(table->headerLine).inField(header));
        if (!column && !text::trim(header).empty())
            result.ignoredColumns.push_back(header);
        columns.push_back(column);
    }
    const auto has = [&](Column c) { return std::find(columns.begin(), columns.end(), c) != columns.end(); };
    const auto requireColumn = [&](Column c) {
        if (!has(c)) {
            const std::string name(canonicalName(c));
            result.errors.push_back(
                Error(ErrorCode::MissingField, {name}).inFile(fileName).atLine(table->headerLine).inField(name));
        }
    };
    if (!has(Column::Siren) && !has(Column::Account))
        requireColumn(Column::Siren);
    requireColumn(Column::Piece);
    requireColumn(Column::PieceDate);
    requireColumn(Column::Amount);
    if (!result.errors.empty())
        return result;

    for (const CsvRecord& record : table->records) {
        RowReader reader(fileName, columns, table->header, record, result.errors);
        if (auto row = reader.read())
            result.rows.push_back(std::move(*row));
    }
    const auto pieceColumn = std::find(columns.begin(), columns.end(), Column::Piece) - columns.begin();
    reportDuplicates(fileName, table->header[static_cast<std::size_t>(pieceColumn)], result.rows, result.errors);
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const Error& a, const Error& b) { return a.where.line < b.where.line; });
    return result;
}

} // namespace pc::io
