#include "io/FecWriter.h"

#include <cstdint>

namespace pc::io {
namespace {

using namespace pc::core;

// Encoding: UTF-8 without BOM. Paragraph XII 1° of article A.47 A-1 (paragraphs VI to
// XIV came with the 2013 amendment; text in the annex of the DGFiP's Test Compta Démat
// notice) allows "jeu de caractères unicode, norme ISO/CEI 10646, de type UTF-8" besides
// ASCII and ISO 8859-15, and current readers (the DGFiP's tool, accounting packages,
// readFec) take it. No BOM: it would stick to the first field name, JournalCode.
constexpr std::string_view kHeader =
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\t"
    "PieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise";

void appendText(std::string& out, std::string_view value)
{
    // Separators and line breaks cannot appear inside a field: each run of TAB, CR and
    // LF becomes one space, '|' becomes '/', and the value is trimmed (the reader trims).
    const std::size_t start = out.size();
    bool inBreak = false;
    for (const char c : value) {
        const bool isBreak = c == '\t' || c == '\r' || c == '\n';
        if (isBreak && inBreak)
            continue;
        inBreak = isBreak;
        if (isBreak || c == ' ') {
            if (out.size() > start)
                out.push_back(' ');
            continue;
        }
        out.push_back(c == '|' ? '/' : c);
    }
    while (out.size() > start && out.back() == ' ')
        out.pop_back();
}

void appendDate(std::string& out, const std::optional<Date>& date)
{
    if (!date)
        return;
    const int digits[3][2] = {{date->year(), 4}, {date->month(), 2}, {date->day(), 2}};
    for (const auto& [value, width] : digits) {
        for (int divisor = width == 4 ? 1000 : 10; divisor > 0; divisor /= 10)
            out.push_back(static_cast<char>('0' + value / divisor % 10));
    }
}

void appendAmount(std::string& out, Money amount)
{
    const std::int64_t cents = amount.cents();
    // |INT64_MIN| does not fit an int64: go through unsigned.
    const std::uint64_t magnitude =
        cents < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
    if (cents < 0)
        out.push_back('-');
    out += std::to_string(magnitude / 100);
    out.push_back(',');
    out.push_back(static_cast<char>('0' + magnitude % 100 / 10));
    out.push_back(static_cast<char>('0' + magnitude % 10));
}

} // namespace

std::string writeFec(const std::vector<FecLine>& lines)
{
    return writeFec(lines, FecWriteOptions{});
}

std::string writeFec(const std::vector<FecLine>& lines, const FecWriteOptions& options)
{
    std::string out;
    out.reserve(kHeader.size() + 16 + lines.size() * 200);
    out += kHeader;
    out += options.dueDateColumn ? "\tDateEcheance\r\n" : "\r\n";
    for (const FecLine& l : lines) {
        appendText(out, l.journalCode);
        out.push_back('\t');
        appendText(out, l.journalLib);
        out.push_back('\t');
        appendText(out, l.ecritureNum);
        out.push_back('\t');
        appendDate(out, l.ecritureDate);
        out.push_back('\t');
        appendText(out, l.compteNum);
        out.push_back('\t');
        appendText(out, l.compteLib);
        out.push_back('\t');
        appendText(out, l.compAuxNum);
        out.push_back('\t');
        appendText(out, l.compAuxLib);
        out.push_back('\t');
        appendText(out, l.pieceRef);
        out.push_back('\t');
        appendDate(out, l.pieceDate);
        out.push_back('\t');
        appendText(out, l.ecritureLib);
        out.push_back('\t');
        appendAmount(out, l.debit);
        out.push_back('\t');
        appendAmount(out, l.credit);
        out.push_back('\t');
        appendText(out, l.ecritureLet);
        out.push_back('\t');
        appendDate(out, l.dateLet);
        out.push_back('\t');
        appendDate(out, l.validDate);
        out.push_back('\t');
        if (l.montantDevise)
            appendAmount(out, *l.montantDevise);
        out.push_back('\t');
        appendText(out, l.idevise);
        if (options.dueDateColumn) {
            out.push_back('\t');
            appendDate(out, l.dueDate);
        }
        out += "\r\n";
    }
    return out;
}

std::string fecFileName(std::string_view siren, Date closingDate)
{
    std::string name;
    for (const char c : siren) {
        if (c != ' ' && c != '.' && c != '-')
            name.push_back(c);
    }
    name += "FEC";
    appendDate(name, closingDate);
    name += ".txt";
    return name;
}

} // namespace pc::io
