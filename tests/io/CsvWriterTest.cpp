// The CSV export: French Excel conventions (BOM, ';', CRLF, decimal comma, dd/mm/yyyy),
// RFC 4180 quoting, and the guard against formula injection.

#include "io/CsvWriter.h"

#include "io/CsvReader.h"

#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <string>
#include <vector>

using namespace pc::io;
using pc::test::date;

namespace {

const std::string kBom = "\xEF\xBB\xBF";

// One text column and its single cell, as the CSV writes them.
std::string textRow(const std::string& text)
{
    const std::string csv = writeCsv({"t", {{"Libellé", ColumnKind::Text}}, {{text}}});
    const std::string head = kBom + "Libellé\r\n";
    REQUIRE(csv.substr(0, head.size()) == head);
    return csv.substr(head.size());
}

} // namespace

TEST_CASE("the CSV has a BOM, a ';' header, CRLF rows, decimal commas and French dates", "[io][csv-writer]")
{
    const ReportTable table{"Grand livre",
                            {{"SIREN", ColumnKind::Text},
                             {"Date", ColumnKind::Date},
                             {"Montant", ColumnKind::Money},
                             {"DSO", ColumnKind::Hundredths},
                             {"Lignes", ColumnKind::Integer}},
                            {{std::string("732829320"), date("2026-11-03"), std::int64_t{123456}, std::int64_t{4567},
                              std::int64_t{12}},
                             {std::string("552100554"), date("2026-01-31"), std::int64_t{-1250}, std::int64_t{-5},
                              std::int64_t{-3}},
                             {std::monostate{}, std::monostate{}, std::int64_t{0}, std::int64_t{100000000},
                              std::monostate{}}}};
    CHECK(writeCsv(table)
          == kBom
                 + "SIREN;Date;Montant;DSO;Lignes\r\n"
                   "732829320;03/11/2026;1234,56;45,67;12\r\n"
                   "552100554;31/01/2026;-12,50;-0,05;-3\r\n"
                   ";;0,00;1000000,00;\r\n");
}

TEST_CASE("the CSV gives every row as many fields as columns", "[io][csv-writer]")
{
    const ReportTable table{"t",
                            {{"A", ColumnKind::Text}, {"B", ColumnKind::Text}, {"C", ColumnKind::Text}},
                            {{std::string("a")},
                             {std::string("a"), std::string("b"), std::string("c"), std::string("d")}}};
    CHECK(writeCsv(table) == kBom + "A;B;C\r\na;;\r\na;b;c\r\n");
    CHECK(writeCsv({"empty", {{"A", ColumnKind::Money}}, {}}) == kBom + "A\r\n");
}

TEST_CASE("CSV fields with ';', quotes or line breaks are quoted per RFC 4180", "[io][csv-writer]")
{
    CHECK(textRow("Dupont; Fils") == "\"Dupont; Fils\"\r\n");
    CHECK(textRow("Le \"Grand\" Café") == "\"Le \"\"Grand\"\" Café\"\r\n");
    CHECK(textRow("ligne 1\nligne 2") == "\"ligne 1\nligne 2\"\r\n");
    CHECK(textRow("ligne 1\r\nligne 2") == "\"ligne 1\r\nligne 2\"\r\n");
    CHECK(textRow("plain, with comma") == "plain, with comma\r\n");
    CHECK(textRow("") == "\r\n");
}

TEST_CASE("text starting like a formula is prefixed with a quote; numbers are not", "[io][csv-writer][injection]")
{
    CHECK(textRow("=HYPERLINK(\"http://x\";\"clic\")") == "\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\"\r\n");
    CHECK(textRow("=1+1") == "'=1+1\r\n");
    CHECK(textRow("+33 1 23 45 67 89") == "'+33 1 23 45 67 89\r\n");
    CHECK(textRow("-12,50") == "'-12,50\r\n");
    CHECK(textRow("@SUM(A1:A2)") == "'@SUM(A1:A2)\r\n");
    CHECK(textRow("\t=cmd") == "'\t=cmd\r\n");
    CHECK(textRow("\r=cmd") == "\"'\r=cmd\"\r\n");
    // Only the first character matters.
    CHECK(textRow("A=B-C") == "A=B-C\r\n");
    CHECK(textRow(" =1+1") == " =1+1\r\n");

    // A header is text too.
    const std::string header = writeCsv({"t", {{"=cmd|' /C calc'!A0", ColumnKind::Text}}, {}});
    CHECK(header == kBom + "'=cmd|' /C calc'!A0\r\n");

    // A negative amount, hundredths or whole number stays a number.
    const ReportTable numbers{"t",
                              {{"M", ColumnKind::Money}, {"H", ColumnKind::Hundredths}, {"I", ColumnKind::Integer}},
                              {{std::int64_t{-1250}, std::int64_t{-101}, std::int64_t{-7}}}};
    CHECK(writeCsv(numbers) == kBom + "M;H;I\r\n-12,50;-1,01;-7\r\n");
    CHECK(startsLikeFormula("=x"));
    CHECK_FALSE(startsLikeFormula(""));
    CHECK_FALSE(startsLikeFormula("x="));
}

TEST_CASE("the CSV reader reads the written CSV back, guard included", "[io][csv-writer]")
{
    const ReportTable table{"t",
                            {{"Client", ColumnKind::Text},
                             {"Libellé", ColumnKind::Text},
                             {"Solde", ColumnKind::Money}},
                            {{std::string("Dupont; Fils"), std::string("dit \"le Grand\"\nà Lyon"), std::int64_t{-99}},
                             {std::string("Café Ça"), std::string("=2+3"), std::int64_t{100}}}};
    const std::string csv = writeCsv(table);
    auto read = readCsv(std::string_view(csv).substr(kBom.size()));
    REQUIRE(read.ok());
    CHECK(read->header == std::vector<std::string>{"Client", "Libellé", "Solde"});
    REQUIRE(read->records.size() == 2);
    CHECK(read->records[0].fields == std::vector<std::string>{"Dupont; Fils", "dit \"le Grand\"\nà Lyon", "-0,99"});
    CHECK(read->records[1].fields == std::vector<std::string>{"Café Ça", "'=2+3", "1,00"});
}
