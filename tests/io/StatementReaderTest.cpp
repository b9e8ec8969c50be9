// The statement reader, on the files of tests/data/statements (see its README.md) and
// on small texts built here; and the code table of resources/liasse.

#include "io/StatementReader.h"

#include "risk/StatementCheck.h"
#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/TestSupport.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace pc::core;
using namespace pc::io;
using pc::risk::FinancialStatement;
using pc::risk::Regime;
using pc::test::date;

namespace {

QString codeTablePath()
{
    return QStringLiteral(POSTECLIENT_TEST_DATA "/../../resources/liasse/liasse_codes.json");
}

QByteArray codeTableBytes()
{
    QFile file(codeTablePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

pc::risk::LiasseCodeTable codeTable()
{
    auto table = readLiasseCodeTable(codeTableBytes(), codeTablePath());
    INFO((table.ok() ? std::string() : table.error().where.field + " " + table.error().arg(0)));
    REQUIRE(table.ok());
    return *table;
}

StatementReadResult readFile(const std::string& name, const StatementDefaults& defaults = {})
{
    return readStatementFile(pc::test::testDataPath(QStringLiteral("statements/") + QString::fromStdString(name)),
                             defaults);
}

StatementReadResult readJson(const std::string& text, const StatementDefaults& defaults = {})
{
    return readStatementJson(QByteArray::fromStdString(text), QStringLiteral("inline.json"), defaults);
}

StatementReadResult readCsvText(const std::string& text, const StatementDefaults& defaults = {})
{
    return readStatementCsv(QByteArray::fromStdString(text), QStringLiteral("inline.csv"), defaults);
}

Money euros(const std::string& text)
{
    auto parsed = Money::parse(text);
    REQUIRE(parsed.ok());
    return *parsed;
}

std::string describe(const std::vector<Error>& errors)
{
    std::string out;
    for (const Error& e : errors) {
        out += e.where.file + ":" + std::to_string(e.where.line) + " [" + e.where.field + "] " + errorCodeName(e.code);
        for (const std::string& a : e.args)
            out += " '" + a + "'";
        out += "\n";
    }
    return out;
}

// The only error of a result, which must have read nothing.
Error onlyError(const StatementReadResult& result)
{
    INFO(describe(result.errors));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.statements.empty());
    return result.errors.front();
}

const std::string kMinimal = R"({"siren": "552100554", "closing_date": "2025-12-31", "lines": {"FL": 10}})";

} // namespace

TEST_CASE("a JSON statement is read with exact amounts", "[io][statement]")
{
    const auto result = readFile("good.json");
    INFO(describe(result.errors));
    REQUIRE(result.ok());
    REQUIRE(result.statements.size() == 1);
    CHECK(result.encoding == QStringLiteral("UTF-8"));
    const FinancialStatement& s = result.statements.front();
    CHECK(s.siren == "552100554");
    CHECK(s.closingDate == date("2025-12-31"));
    CHECK(s.months == 12);
    CHECK(s.regime == Regime::Normal);
    CHECK(s.source == "liasse 2025 (test)");
    CHECK(s.currency == "EUR");
    CHECK(s.lines.size() == 32);
    CHECK(s.line("FL")->cents() == 125000050);
    CHECK(s.line("CF")->cents() == 7500050);
    CHECK(s.line("DL")->cents() == 25000050); // a string in French notation
    CHECK(s.line("HN")->cents() == 4000000);  // a string in English notation
    CHECK(s.line("FF")->isZero());
    CHECK(s.line("1A")->cents() == 15500000);

    const auto problems = pc::risk::checkStatement(s, codeTable());
    INFO(describe(problems));
    CHECK(problems.empty());
}

TEST_CASE("a JSON array holds several years", "[io][statement]")
{
    const auto result = readFile("three_years.json");
    INFO(describe(result.errors));
    REQUIRE(result.ok());
    REQUIRE(result.statements.size() == 3);
    CHECK(result.statements[0].fiscalYear() == 2023);
    CHECK(result.statements[0].siren == "552100554"); // written with spaces
    CHECK(result.statements[1].closingDate == date("2024-12-31")); // written the French way
    CHECK(result.statements[1].line("HN") == euros("-12 500,00"));
    CHECK(result.statements[1].line("FL") == euros("1 000 000"));
    CHECK(result.statements[2].regime == Regime::Simplified);
    CHECK(result.statements[2].months == 18);
    CHECK(result.statements[2].line("110")->cents() == 60000010);
    CHECK(result.statements[2].line("232")->cents() == 150000099);
    CHECK(result.statements[2].line("310")->cents() == 3000001);
    CHECK(result.statements[0].source == "import:three_years.json");

    const auto table = codeTable();
    for (const FinancialStatement& s : result.statements) {
        INFO(s.fiscalYear() << "\n" << describe(pc::risk::checkStatement(s, table)));
        CHECK(pc::risk::checkStatement(s, table).empty());
    }
}

TEST_CASE("JSON numbers are read from their digits, not through a double", "[io][statement]")
{
    // 12345678901234.56 is not a double: going through one would change the cents.
    const auto result = readJson(R"({"siren": "552100554", "closing_date": "2025-12-31",
        "lines": {"FL": 12345678901234.56, "HN": -0.07, "DL": 3, "EE": 1e2}})");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].where.field == "EE"); // exponents are not amounts
    CHECK(result.errors[0].where.line == 2);

    const auto good = readJson(R"({"siren": "552100554", "closing_date": "2025-12-31",
        "lines": {"FL": 12345678901234.56, "HN": -0.07, "DL": 3}})");
    REQUIRE(good.ok());
    const FinancialStatement& s = good.statements.front();
    CHECK(s.line("FL")->cents() == 1234567890123456);
    CHECK(s.line("HN")->cents() == -7);
    CHECK(s.line("DL")->cents() == 300);
}

TEST_CASE("a JSON amount with three decimals is refused at its line", "[io][statement]")
{
    const Error e = onlyError(readFile("three_decimals.json"));
    CHECK(e.code == ErrorCode::TooManyDecimals);
    CHECK(e.where.line == 7);
    CHECK(e.where.field == "FL");
    CHECK(e.args.at(0) == "1250000.505");
    CHECK(e.where.file.ends_with("statements/three_decimals.json"));
}

TEST_CASE("a JSON statement with a wrong SIREN is refused", "[io][statement]")
{
    const Error e = onlyError(readFile("bad_siren.json"));
    CHECK(e.code == ErrorCode::InvalidChecksum);
    CHECK(e.where.line == 2);
    CHECK(e.where.field == "siren");
}

TEST_CASE("missing JSON metadata is named, or taken from the caller", "[io][statement]")
{
    const auto missing = readJson("{\n  \"lines\": {\"FL\": 10}\n}");
    INFO(describe(missing.errors));
    REQUIRE(missing.errors.size() == 2);
    CHECK(missing.errors[0].code == ErrorCode::MissingField);
    CHECK(missing.errors[0].where.field == "siren");
    CHECK(missing.errors[0].where.line == 1);
    CHECK(missing.errors[1].where.field == "closing_date");

    StatementDefaults defaults;
    defaults.siren = "552 100 554";
    defaults.closingDate = date("2025-12-31");
    defaults.months = 9;
    defaults.regime = Regime::Normal;
    const auto given = readJson(R"({"lines": {"FL": 10}})", defaults);
    REQUIRE(given.ok());
    CHECK(given.statements.front().siren == "552100554");
    CHECK(given.statements.front().months == 9);

    // The same values in the file and from the caller agree; different ones do not.
    CHECK(readJson(kMinimal, defaults).ok());
    defaults.siren = "732829320";
    const Error conflict = onlyError(readJson(kMinimal, defaults));
    CHECK(conflict.code == ErrorCode::ConflictingValues);
    CHECK(conflict.where.field == "siren");
    CHECK(conflict.args == std::vector<std::string>{"552100554", "732829320"});
}

TEST_CASE("bad JSON values are each reported in their field", "[io][statement]")
{
    const auto result = readJson(R"({
  "siren": "552100554",
  "closing_date": "2025-02-30",
  "months": "douze",
  "regime": "micro",
  "currency": "USD",
  "colour": "blue",
  "lines": {"FL": true, "fl": 1, "FL ": 2, "Chiffre d'affaires": 3}
})");
    INFO(describe(result.errors));
    CHECK(result.statements.empty());
    std::vector<std::pair<int, std::string>> where;
    for (const Error& e : result.errors)
        where.emplace_back(e.where.line, e.where.field);
    std::sort(where.begin(), where.end());
    const std::vector<std::pair<int, std::string>> expected{
        {3, "closing_date"}, {4, "months"}, {5, "regime"}, {6, "currency"}, {7, "colour"},
        {8, "Chiffre d'affaires"}, {8, "FL"}, {8, "FL"},
    };
    CHECK(where == expected);
}

TEST_CASE("an unknown JSON key alone refuses the statement", "[io][statement]")
{
    // A misspelt "closing-date" must not pass unnoticed.
    const Error e = onlyError(readJson(R"({"siren": "552100554", "closing_date": "2025-12-31",
        "comment": "x", "lines": {"FL": 10}})"));
    CHECK(e.code == ErrorCode::UnknownField);
    CHECK(e.where.field == "comment");
    CHECK(e.where.line == 2);
}

TEST_CASE("a JSON syntax error names its line", "[io][statement]")
{
    const Error e = onlyError(readJson("{\n  \"siren\": \"552100554\",\n  \"lines\": {\"FL\": 12,5}\n}"));
    CHECK(e.code == ErrorCode::InvalidFormat);
    CHECK(e.where.line == 3);
    CHECK(e.args.at(0) == "\"lines\": {\"FL\": 12,5}");
}

TEST_CASE("two objects for the same year are refused", "[io][statement]")
{
    const auto result = readJson("[" + kMinimal + ",\n" + kMinimal + "]");
    INFO(describe(result.errors));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].code == ErrorCode::DuplicateKey);
    CHECK(result.errors[0].where.line == 2);
    CHECK(result.errors[0].args == std::vector<std::string>{"2025-12-31", "1"});
}

TEST_CASE("a semicolon CSV with metadata rows is read", "[io][statement]")
{
    const auto result = readFile("good_semicolon.csv");
    INFO(describe(result.errors));
    REQUIRE(result.ok());
    REQUIRE(result.statements.size() == 1);
    const FinancialStatement& s = result.statements.front();
    CHECK(s.siren == "552100554");
    CHECK(s.closingDate == date("2025-12-31"));
    CHECK(s.regime == Regime::Normal);
    CHECK(s.lines.size() == 12);
    CHECK(s.line("FL")->cents() == 125000050);
    CHECK(s.line("CO")->cents() == 80500050);
    CHECK(s.source == "import:good_semicolon.csv");
    CHECK(pc::risk::checkStatement(s, codeTable()).empty());
}

TEST_CASE("a Windows-1252 CSV with comma decimals is read", "[io][statement]")
{
    const auto result = readFile("windows1252_comma_decimal.csv");
    INFO(describe(result.errors));
    REQUIRE(result.ok());
    CHECK(result.encoding == QStringLiteral("Windows-1252"));
    const FinancialStatement& s = result.statements.front();
    CHECK(s.closingDate == date("2024-12-31")); // "Date de clôture"
    CHECK(s.months == 12);                     // "Durée"
    CHECK(s.regime == Regime::Simplified);     // "simplifié"
    CHECK(s.line("210")->cents() == 125000050); // no-break spaces between thousands
    CHECK(s.line("310")->cents() == -250075);

    const auto table = codeTable();
    CHECK(pc::risk::checkStatement(s, table).empty());
    // On normal codes, the ratios find what they need.
    const FinancialStatement normal = pc::risk::toNormalCodes(s, table);
    CHECK(normal.line("FL")->cents() == 125000050);
    CHECK(normal.line("HN")->cents() == -250075);
    CHECK(pc::risk::checkStatement(normal, table).empty());
}

TEST_CASE("a garbage CSV amount is reported at its line, in its code", "[io][statement]")
{
    const Error e = onlyError(readFile("garbage_amount.csv"));
    CHECK(e.code == ErrorCode::InvalidNumber);
    CHECK(e.where.line == 7);
    CHECK(e.where.field == "FL");
    CHECK(e.args.at(0) == "12x,50");
}

TEST_CASE("CSV variants: comma delimiter, English notation, header, comments", "[io][statement]")
{
    StatementDefaults defaults;
    defaults.siren = "552100554";
    defaults.closingDate = date("2025-12-31");

    // With ',' as delimiter a French amount is split in two fields: joined again.
    const auto comma = readCsvText("FL,1250000,50\nHN,\"-1 234,56\"\nDL,1200.5\n", defaults);
    INFO(describe(comma.errors));
    REQUIRE(comma.ok());
    CHECK(comma.statements.front().line("FL")->cents() == 125000050);
    CHECK(comma.statements.front().line("HN")->cents() == -123456);
    CHECK(comma.statements.front().line("DL")->cents() == 120050);

    // The first line has more commas than semicolons: the delimiter is still ';'.
    const auto english = readCsvText("FL;1,234,567.89\n# a comment\nlibelle;code;montant\nCA;hn;12\n", defaults);
    INFO(describe(english.errors));
    REQUIRE(english.ok());
    CHECK(english.statements.front().line("FL")->cents() == 123456789);
    CHECK(english.statements.front().line("HN")->cents() == 1200);

    const auto blank = readCsvText("FL;\nHN;5\n", defaults);
    REQUIRE(blank.ok());
    CHECK_FALSE(blank.statements.front().has("FL")); // an empty amount is unknown
}

TEST_CASE("CSV duplicates and conflicts are refused", "[io][statement]")
{
    const Error duplicate = onlyError(readCsvText("siren;552100554\nclosing_date;2025-12-31\nFL;1\nfl;2\n"));
    CHECK(duplicate.code == ErrorCode::DuplicateKey);
    CHECK(duplicate.where.line == 4);
    CHECK(duplicate.args == std::vector<std::string>{"FL", "3"});

    StatementDefaults defaults;
    defaults.closingDate = date("2024-12-31");
    const Error conflict = onlyError(readCsvText("siren;552100554\ndate_cloture;2025-12-31\nFL;1\n", defaults));
    CHECK(conflict.code == ErrorCode::ConflictingValues);
    CHECK(conflict.where.line == 2);
    CHECK(conflict.where.field == "closing_date");
    CHECK(conflict.args == std::vector<std::string>{"2025-12-31", "2024-12-31"});

    const Error twice = onlyError(readCsvText("siren;552100554\nclosing_date;2025-12-31\nsiren;552100554\nFL;1\n"));
    CHECK(twice.code == ErrorCode::DuplicateField);
    CHECK(twice.where.line == 3);

    const Error unclosed = onlyError(readCsvText("siren;552100554\nFL;\"12\n"));
    CHECK(unclosed.code == ErrorCode::InvalidFormat);
    CHECK(unclosed.where.line == 2);

    const Error noLines = onlyError(readCsvText("siren;552100554\nclosing_date;2025-12-31\n"));
    CHECK(noLines.code == ErrorCode::Empty);
    CHECK(noLines.where.field == "lines");
}

TEST_CASE("the file format follows the extension, then the content", "[io][statement]")
{
    QTemporaryDir dir;
    const QString noExtension = dir.filePath(QStringLiteral("liasse"));
    QFile out(noExtension);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString("  " + kMinimal));
    out.close();
    const auto json = readStatementFile(noExtension);
    INFO(describe(json.errors));
    REQUIRE(json.ok());
    CHECK(json.statements.front().line("FL")->cents() == 1000);

    const Error missing = onlyError(readStatementFile(dir.filePath(QStringLiteral("absent.csv"))));
    CHECK(missing.code == ErrorCode::IoError);
    CHECK(onlyError(readCsvText("")).code == ErrorCode::Empty);
    CHECK(onlyError(readJson(" \n")).code == ErrorCode::Empty);
}

TEST_CASE("the liasse code table is consistent", "[io][statement]")
{
    const nlohmann::json document = nlohmann::json::parse(codeTableBytes().toStdString());
    CHECK(document.at("version") == 1);
    REQUIRE(document.at("sources").is_array());
    const nlohmann::json& codes = document.at("codes");
    REQUIRE(codes.size() > 200);

    std::set<std::pair<std::string, std::string>> known; // (regime, code)
    for (const auto& entry : codes) {
        const std::pair<std::string, std::string> key{entry.at("regime").get<std::string>(),
                                                      entry.at("code").get<std::string>()};
        INFO(key.first << " " << key.second);
        CHECK(known.insert(key).second); // unique per regime
    }
    for (const auto& entry : codes) {
        const std::string regime = entry.at("regime").get<std::string>();
        INFO(regime << " " << entry.at("code").get<std::string>());
        for (const auto& term : entry.value("total_of", nlohmann::json::array())) {
            const std::string code = term.get<std::string>();
            CHECK(known.count({regime, code.starts_with('-') ? code.substr(1) : code}) == 1);
        }
        if (entry.contains("normal")) {
            CHECK(regime == "simplified");
            CHECK(known.count({"normal", entry.at("normal").get<std::string>()}) == 1);
        }
    }

    // The same file through the reader the application uses.
    const auto table = codeTable();
    CHECK(table.version == 1);
    CHECK(table.validate().empty());
    const auto codesOf = [&](Regime regime) {
        std::vector<std::string> out;
        for (const auto* c : table.required(regime))
            out.push_back(c->code);
        return out;
    };
    CHECK(codesOf(Regime::Normal) == std::vector<std::string>{"CO", "DL", "EE", "FL", "GG", "HN"});
    CHECK(codesOf(Regime::Simplified) == std::vector<std::string>{"110", "142", "180", "232", "270", "310"});
    for (const Regime regime : {Regime::Normal, Regime::Simplified}) {
        const auto balance = pc::risk::balanceCodes(regime);
        CHECK(table.find(balance.assets, regime));
        CHECK(table.find(balance.depreciation, regime));
        CHECK(table.find(balance.liabilities, regime));
    }
}

TEST_CASE("a broken code table is refused at its line", "[io][statement]")
{
    const auto broken = readLiasseCodeTable(QByteArray(R"({"version": 1, "codes": [
  {"code": "FL", "form": "2052", "regime": "normal", "label": "CA", "section": "income", "column": "total"},
  {"code": "FC", "form": "2052", "regime": "normal", "label": "Ventes", "section": "revenue", "column": "total"}
]})"),
                                            QStringLiteral("codes.json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == ErrorCode::UnknownValue);
    CHECK(broken.error().where.line == 3);
    CHECK(broken.error().where.field == "section");
    CHECK(broken.error().args.at(0) == "revenue");
}
