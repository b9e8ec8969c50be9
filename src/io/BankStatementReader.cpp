// Bank statements: format detection and what the camt.053 and CFONB 120 readers share.

#include "io/BankStatement.h"

#include "core/Text.h"
#include "io/BankStatementSupport.h"
#include "io/TextDecoding.h"

#include <QByteArray>
#include <QXmlStreamReader>

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace pc::io {

using namespace pc::core;

const char* bankFormatName(BankFormat format)
{
    switch (format) {
    case BankFormat::Camt053:
        return "camt.053";
    case BankFormat::Cfonb120:
        return "CFONB 120";
    }
    return "?";
}

int BankStatementFile::transactionCount() const
{
    return std::accumulate(statements.begin(), statements.end(), 0,
                           [](int n, const BankStatement& s) { return n + static_cast<int>(s.transactions.size()); });
}

namespace bank {

void appendPart(std::string& out, std::string_view part, std::string_view separator)
{
    part = text::trim(part);
    if (part.empty())
        return;
    if (out.empty()) {
        out = std::string(part);
        return;
    }
    // A part already there whole (the same reference given twice) adds nothing.
    std::string_view rest = out;
    for (std::size_t at = rest.find(part); at != std::string_view::npos; at = rest.find(part, at + 1)) {
        const bool startOk = at == 0 || rest.substr(0, at).ends_with(separator);
        const bool endOk = at + part.size() == rest.size() || rest.substr(at + part.size()).starts_with(separator);
        if (startOk && endOk)
            return;
    }
    out.append(separator);
    out.append(part);
}

std::string describe(const Error& error)
{
    std::string out = error.where.file + ":" + std::to_string(error.where.line) + " [" + error.where.field + "] "
        + errorCodeName(error.code);
    for (const std::string& arg : error.args)
        out += " " + arg;
    return out;
}

void addWarning(BankStatementFile& file, Error warning)
{
    file.warnings.push_back(describe(warning));
    file.warningDetails.push_back(std::move(warning));
}

bool checkBalances(BankStatementFile& file, const BankStatement& statement, const std::string& fileName,
                   const std::string& field)
{
    if (!statement.openingBalance || !statement.closingBalance)
        return true;
    try {
        Money expected = *statement.openingBalance;
        for (const BankTransaction& t : statement.transactions)
            expected += t.amount;
        if (expected == *statement.closingBalance)
            return true;
        addWarning(file, Error(ErrorCode::TotalMismatch, {expected.toString(), statement.closingBalance->toString()})
                             .inFile(fileName)
                             .atLine(statement.line)
                             .inField(field));
    } catch (const std::overflow_error&) {
        file.errors.push_back(Error(ErrorCode::Overflow, {statement.openingBalance->toString()})
                                  .inFile(fileName)
                                  .atLine(statement.line)
                                  .inField(field));
    }
    return false;
}

} // namespace bank

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\x1A';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The local name of the root element of an XML text, or empty when there is none.
std::string xmlRootName(std::string_view bytes)
{
    QXmlStreamReader reader(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            return reader.name().toString().toStdString();
    }
    return {};
}

bool looksLikeCfonb120(std::string_view firstLine)
{
    if (firstLine.size() < 48)
        return false;
    const std::string_view code = firstLine.substr(0, 2);
    if (code != "01" && code != "04" && code != "05" && code != "07")
        return false;
    for (std::size_t i = 2; i < 7; ++i)
        if (!isDigit(firstLine[i]))
            return false;
    return true;
}

} // namespace

BankStatementFile readBankStatement(std::string_view bytes, const std::string& fileName)
{
    std::string_view content = bytes;
    if (content.starts_with("\xEF\xBB\xBF"))
        content.remove_prefix(3);
    int line = 1;
    std::size_t start = 0;
    while (start < content.size() && isBlank(content[start])) {
        if (content[start] == '\n')
            ++line;
        ++start;
    }
    content.remove_prefix(start);

    BankStatementFile refused;
    if (content.empty()) {
        refused.errors.push_back(Error(ErrorCode::Empty, {}).inFile(fileName).inField("format"));
        return refused;
    }

    std::string_view firstLine = content.substr(0, content.find('\n'));
    if (firstLine.ends_with('\r'))
        firstLine.remove_suffix(1);

    std::string recognised;
    if (content.front() == '<') {
        const std::string root = xmlRootName(content);
        if (root == "OFX")
            recognised = "OFX";
        else
            return readCamt053(bytes, fileName); // camt.053, camt.054, or a clear refusal
    } else if (looksLikeCfonb120(firstLine)) {
        return readCfonb120(bytes, fileName);
    } else if (firstLine.starts_with("OFXHEADER")) {
        recognised = "OFX";
    } else if (content.front() == '{' || content.front() == '[') {
        recognised = "JSON";
    } else if (firstLine.size() == 240 && firstLine.front() == '3') {
        recognised = "CFONB 240";
    }

    std::string excerpt = decodeText(firstLine.substr(0, 200)).utf8;
    std::size_t cut = std::min<std::size_t>(excerpt.size(), 24);
    while (cut > 0 && cut < excerpt.size() && (static_cast<unsigned char>(excerpt[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    excerpt = std::string(text::trim(std::string_view(excerpt).substr(0, cut)));
    std::vector<std::string> args{excerpt};
    if (!recognised.empty())
        args.push_back(recognised);
    refused.errors.push_back(Error(ErrorCode::InvalidFormat, std::move(args)).inFile(fileName).atLine(line).inField("format"));
    return refused;
}

} // namespace pc::io
