#include "io/CsvReader.h"

#include "core/Text.h"

#include <algorithm>

namespace pc::io {
namespace {

bool isBlank(const std::vector<std::string>& fields)
{
    return std::all_of(fields.begin(), fields.end(),
                       [](const std::string& f) { return core::text::trim(f).empty(); });
}

} // namespace

char detectDelimiter(std::string_view headerLine)
{
    char best = ';';
    long bestCount = 0;
    for (const char candidate : {';', ',', '\t'}) {
        const long n = std::count(headerLine.begin(), headerLine.end(), candidate);
        if (n > bestCount) {
            best = candidate;
            bestCount = n;
        }
    }
    return best;
}

core::Result<CsvTable> readCsv(std::string_view text)
{
    CsvTable table;
    // The header is the first line that is not blank.
    const std::size_t headerStart = std::min(text.find_first_not_of("\r\n"), text.size());
    const std::size_t headerEnd = std::min(text.find_first_of("\r\n", headerStart), text.size());
    table.delimiter = detectDelimiter(text.substr(headerStart, headerEnd - headerStart));

    std::vector<CsvRecord> records;
    CsvRecord current{1, {}};
    std::string field;
    int line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int quoteLine = 0;
    const auto endField = [&] {
        current.fields.push_back(fieldWasQuoted ? field : std::string(core::text::trim(field)));
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!isBlank(current.fields))
            records.push_back(std::move(current));
        current = CsvRecord{line, {}};
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field.push_back('"');
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                if (c == '\n')
                    ++line;
                field.push_back(c);
            }
        } else if (c == '"' && core::text::trim(field).empty()) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
            field.clear();
        } else if (c == table.delimiter) {
            endField();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            ++line;
            endRecord();
        } else {
            field.push_back(c);
        }
    }
    if (inQuotes)
        return core::Error(core::ErrorCode::InvalidFormat, {"unterminated quote"}).atLine(quoteLine);
    endRecord();

    if (records.empty())
        return core::Error(core::ErrorCode::Empty, {});
    table.header = std::move(records.front().fields);
    table.headerLine = records.front().line;
    table.records.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    return table;
}

} // namespace pc::io
