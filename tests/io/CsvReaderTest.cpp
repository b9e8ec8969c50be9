// CSV as French spreadsheets write it.

#include "io/CsvReader.h"

#include "support/CatchCompat.h"

#include <string>
#include <vector>

using namespace pc::io;
using Fields = std::vector<std::string>;

namespace {

CsvTable read(const std::string& text)
{
    auto table = readCsv(text);
    if (!table)
        FAIL("readCsv refused: " << pc::core::errorCodeName(table.error().code) << " at line "
                                 << table.error().where.line);
    return std::move(table).value();
}

std::vector<int> linesOf(const CsvTable& table)
{
    std::vector<int> lines;
    for (const CsvRecord& r : table.records)
        lines.push_back(r.line);
    return lines;
}

} // namespace

TEST_CASE("detectDelimiter picks the most frequent of ; , and tab", "[io][csv]")
{
    CHECK(detectDelimiter("a;b;c") == ';');
    CHECK(detectDelimiter("a,b,c") == ',');
    CHECK(detectDelimiter("a\tb\tc") == '\t');
    CHECK(detectDelimiter("a,b;c,d") == ',');
    CHECK(detectDelimiter("a;b,c;d") == ';');
    CHECK(detectDelimiter("montant (1,5);b;c") == ';');
    CHECK(detectDelimiter("abc") == ';');
    CHECK(detectDelimiter("") == ';');
}

TEST_CASE("readCsv: delimiters", "[io][csv]")
{
    const auto [text, delimiter] = GENERATE(table<std::string, char>({
        {"nom;ville\nAlpha;Paris\nBeta;Lyon\n", ';'},
        {"nom,ville\nAlpha,Paris\nBeta,Lyon\n", ','},
        {"nom\tville\nAlpha\tParis\nBeta\tLyon\n", '\t'},
    }));
    const CsvTable table = read(text);
    CHECK(table.delimiter == delimiter);
    CHECK(table.header == Fields{"nom", "ville"});
    CHECK(table.headerLine == 1);
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0].fields == Fields{"Alpha", "Paris"});
    CHECK(table.records[1].fields == Fields{"Beta", "Lyon"});
    CHECK(linesOf(table) == std::vector<int>{2, 3});
}

TEST_CASE("readCsv: the other delimiters are plain text", "[io][csv]")
{
    const CsvTable table = read("nom;montant\nAlpha, Beta et Cie;1,50\n");
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields == Fields{"Alpha, Beta et Cie", "1,50"});
}

TEST_CASE("readCsv: quoted fields", "[io][csv]")
{
    const CsvTable table = read("a;b;c\n"
                                "\"x;y\";\"say \"\"hi\"\"\";plain\n"
                                "\"\";\"  kept  \";  trimmed  \n"
                                "ab\"c;\"\"\"\";d\n");
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[0].fields == Fields{"x;y", "say \"hi\"", "plain"});
    // Quoted fields are kept as written, unquoted ones are trimmed.
    CHECK(table.records[1].fields == Fields{"", "  kept  ", "trimmed"});
    // A quote inside an unquoted field is an ordinary character.
    CHECK(table.records[2].fields == Fields{"ab\"c", "\"", "d"});
}

TEST_CASE("readCsv: line breaks inside quotes and line numbers", "[io][csv]")
{
    const CsvTable table = read("nom;adresse;note\n"            // 1
                                "Alpha;\"12 rue X\n"             // 2
                                "B\xC3\xA2timent B\";ok\n"       // 3
                                "Beta;\"a\n"                     // 4
                                "b\n"                            // 5
                                "c\";\"x;\n"                     // 6
                                "y\"\n"                          // 7
                                "Gamma;1 rue Z;fin\n");          // 8
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[0].fields == Fields{"Alpha", "12 rue X\nB\xC3\xA2timent B", "ok"});
    CHECK(table.records[1].fields == Fields{"Beta", "a\nb\nc", "x;\ny"});
    CHECK(table.records[2].fields == Fields{"Gamma", "1 rue Z", "fin"});
    CHECK(linesOf(table) == std::vector<int>{2, 4, 8});
}

TEST_CASE("readCsv: CRLF line ends", "[io][csv]")
{
    const CsvTable table = read("nom;ville\r\nAlpha;Paris\r\n\r\n\"Beta\r\nBis\";Lyon\r\nGamma;Nantes");
    CHECK(table.header == Fields{"nom", "ville"});
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[0].fields == Fields{"Alpha", "Paris"});
    // No stray carriage return at the end of the last field.
    CHECK(table.records[0].fields.back() == "Paris");
    CHECK(table.records[1].fields[1] == "Lyon");
    CHECK(table.records[1].fields[0].find('\n') != std::string::npos);
    CHECK(table.records[2].fields == Fields{"Gamma", "Nantes"});
    CHECK(linesOf(table) == std::vector<int>{2, 4, 6});
}

TEST_CASE("readCsv: blank lines are skipped without losing the count", "[io][csv]")
{
    const CsvTable table = read("\n"            // 1
                                "nom;ville\n"   // 2
                                "\n"            // 3
                                "Alpha;Paris\n" // 4
                                "   \n"         // 5
                                ";\n"           // 6
                                " ; \n"         // 7
                                "Beta;Lyon\n"   // 8
                                "\n\n");
    CHECK(table.headerLine == 2);
    CHECK(table.header == Fields{"nom", "ville"});
    CHECK(linesOf(table) == std::vector<int>{4, 8});
}

TEST_CASE("readCsv: the delimiter is guessed from the header line, after blank lines", "[io][csv]")
{
    const CsvTable table = read("\r\n\r\nnom,ville,cp\r\nAlpha,Paris,75002\r\n");
    CHECK(table.delimiter == ',');
    CHECK(table.header == Fields{"nom", "ville", "cp"});
    CHECK(table.headerLine == 3);
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields == Fields{"Alpha", "Paris", "75002"});
    CHECK(table.records[0].line == 4);
}

TEST_CASE("readCsv: ragged rows and a last line without line break", "[io][csv]")
{
    const CsvTable table = read("a;b;c\n1\n1;2;3;4\n;;\nx;y");
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[0].fields == Fields{"1"});
    CHECK(table.records[1].fields == Fields{"1", "2", "3", "4"});
    CHECK(table.records[2].fields == Fields{"x", "y"});
    CHECK(linesOf(table) == std::vector<int>{2, 3, 5});
}

TEST_CASE("readCsv: header only", "[io][csv]")
{
    const CsvTable table = read("siren;nom\n");
    CHECK(table.header == Fields{"siren", "nom"});
    CHECK(table.records.empty());
}

TEST_CASE("readCsv: refusals", "[io][csv]")
{
    SECTION("empty input")
    {
        const std::string text = GENERATE(as<std::string>{}, "", "\n", "\r\n\r\n", "  \n ; \n");
        const auto table = readCsv(text);
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().code == pc::core::ErrorCode::Empty);
    }
    SECTION("unterminated quote, reported at the line it opens")
    {
        const auto [text, line] = GENERATE(table<std::string, int>({
            {"a;b\n1;\"open\n2;3\n", 2},
            {"a;b\n1;2\n\n3;\"x\"\"y\n", 4},
            {"\"a;b\n1;2\n", 1},
            {"a;b\n\"1\n2\";\"3\n4;5\n", 3},
        }));
        INFO(text);
        const auto table = readCsv(text);
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().code == pc::core::ErrorCode::InvalidFormat);
        CHECK(table.error().where.line == line);
    }
}
