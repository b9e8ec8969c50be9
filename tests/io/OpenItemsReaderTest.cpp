// The open items reader, on the files of tests/data/open_items (see its README.md)
// and on small texts built here.

#include "io/OpenItemsReader.h"

#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/TestSupport.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::io;
using pc::test::date;

namespace {

OpenItemsFile readFile(const std::string& name)
{
    const QByteArray bytes = pc::test::readTestData(QStringLiteral("open_items/") + QString::fromStdString(name));
    return readOpenItemsCsv(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                            "open_items/" + name);
}

std::string describe(const std::vector<Error>& errors)
{
    std::string out;
    for (const Error& e : errors) {
        out += e.where.file + ":" + std::to_string(e.where.line) + " [" + e.where.field + "] "
            + errorCodeName(e.code);
        for (const std::string& a : e.args)
            out += " «" + a + "»";
        out += "\n";
    }
    return out;
}

struct Expected {
    int line;
    ErrorCode code;
    std::string field;
    std::vector<std::string> args; // checked when not empty
};

void checkErrors(const OpenItemsFile& result, const std::string& file, const std::vector<Expected>& expected)
{
    INFO(describe(result.errors));
    REQUIRE(result.errors.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("error #" << i);
        CHECK(result.errors[i].where.file == file);
        CHECK(result.errors[i].where.line == expected[i].line);
        CHECK(result.errors[i].code == expected[i].code);
        CHECK(result.errors[i].where.field == expected[i].field);
        if (!expected[i].args.empty())
            CHECK(result.errors[i].args == expected[i].args);
    }
}

Money cents(std::int64_t c)
{
    return Money::fromCents(c);
}

} // namespace

TEST_CASE("Open items: French headers, Windows-1252, French dates and amounts", "[io][openitems]")
{
    const OpenItemsFile f = readFile("good_fr_windows1252.csv");
    INFO(describe(f.errors));
    REQUIRE(f.ok());
    CHECK(f.encoding == SourceEncoding::Windows1252);
    CHECK(f.delimiter == ';');
    CHECK(f.ignoredColumns.empty());
    REQUIRE(f.rows.size() == 5);

    const OpenItemRow& first = f.rows[0];
    CHECK(first.line == 2);
    REQUIRE(first.siren.has_value());
    CHECK(first.siren->str() == "552100554");
    CHECK(first.account == "411MARTIN");
    CHECK(first.piece == "FA-2025-101");
    CHECK(first.pieceDate == date("2025-11-15"));
    CHECK(first.dueDate == date("2025-12-15"));
    CHECK(first.amount == cents(123456));
    CHECK(first.remaining == cents(123456));
    CHECK(first.label == "Facture novembre \u2014 réparations");

    CHECK(f.rows[1].amount == cents(240000));
    CHECK(f.rows[1].remaining == cents(40000));
    CHECK(f.rows[1].label == "Solde après acompte");

    const OpenItemRow& creditNote = f.rows[2];
    CHECK(creditNote.amount == cents(-12000));
    CHECK(creditNote.remaining == cents(-12000));
    CHECK_FALSE(creditNote.dueDate.has_value());

    const OpenItemRow& accountOnly = f.rows[3];
    CHECK_FALSE(accountOnly.siren.has_value());
    CHECK(accountOnly.account == "411LEFEVRE");
    CHECK(accountOnly.remaining == cents(96000)); // empty reste dû: the whole amount
    CHECK(accountOnly.label == "Prestation à Évreux");

    // The same number for another client is not a duplicate.
    CHECK(f.rows[4].piece == "FA-2025-101");
    CHECK(f.rows[4].siren->str() == "350792008");
    CHECK(f.rows[4].account.empty());
    CHECK(f.rows[4].remaining == cents(150050));
}

TEST_CASE("Open items: English headers, commas, ISO dates, points", "[io][openitems]")
{
    const OpenItemsFile f = readFile("good_en.csv");
    INFO(describe(f.errors));
    REQUIRE(f.ok());
    CHECK(f.encoding == SourceEncoding::Utf8);
    CHECK(f.delimiter == ',');
    CHECK(f.ignoredColumns == std::vector<std::string>{"currency"});
    REQUIRE(f.rows.size() == 3);
    CHECK_FALSE(f.rows[0].siren.has_value());
    CHECK(f.rows[0].account == "411DUPONT");
    CHECK(f.rows[0].piece == "INV-1");
    CHECK(f.rows[0].pieceDate == date("2025-12-01"));
    CHECK(f.rows[0].dueDate == date("2025-12-31"));
    CHECK(f.rows[0].amount == cents(123456));
    CHECK(f.rows[0].remaining == cents(100000));
    CHECK(f.rows[1].amount == cents(-5000));
    CHECK(f.rows[1].remaining == cents(-5000));
    CHECK(f.rows[2].account == "411DURAND"); // upper-cased like the client list's
    CHECK(f.rows[2].label == "Invoice, with comma");
    CHECK(f.rows[2].remaining == cents(9990));
}

TEST_CASE("Open items: broken rows", "[io][openitems]")
{
    const OpenItemsFile f = readFile("broken.csv");
    checkErrors(f, "open_items/broken.csv",
                {
                    {3, ErrorCode::MissingField, "siren", {}},
                    {4, ErrorCode::InconsistentFields, "reste_du", {"150.00", "100.00"}},
                    {5, ErrorCode::InconsistentFields, "reste_du", {"0.00", "100.00"}},
                    {6, ErrorCode::DuplicateKey, "piece", {"F-1", "2"}},
                    {7, ErrorCode::InvalidDate, "date_piece", {"31/13/2025"}},
                    {8, ErrorCode::InconsistentFields, "reste_du", {"50.00", "-100.00"}},
                    {9, ErrorCode::MissingField, "piece", {}},
                    {10, ErrorCode::InvalidChecksum, "siren", {"552100555"}},
                    {11, ErrorCode::InvalidFormat, "compte", {"411-X"}},
                    {12, ErrorCode::TooManyDecimals, "montant_ttc", {"12,345"}},
                    {13, ErrorCode::MissingField, "date_piece", {}},
                    {15, ErrorCode::DuplicateKey, "piece", {"F-1", "14"}},
                });
    std::vector<int> read;
    for (const OpenItemRow& row : f.rows)
        read.push_back(row.line);
    CHECK(read == std::vector<int>{2, 6, 14, 15});
}

TEST_CASE("Open items: headers", "[io][openitems]")
{
    SECTION("piece and date_piece missing")
    {
        checkErrors(readFile("broken_header.csv"), "open_items/broken_header.csv",
                    {{1, ErrorCode::MissingField, "piece", {"piece"}},
                     {1, ErrorCode::MissingField, "date_piece", {"date_piece"}}});
    }
    SECTION("neither siren nor compte, a column twice")
    {
        const OpenItemsFile f =
            readOpenItemsCsv("Pièce;Date pièce;Montant TTC;montant\nF1;31/12/2025;10,00;10,00\n", "t.csv");
        checkErrors(f, "t.csv",
                    {{1, ErrorCode::DuplicateField, "montant", {"montant"}},
                     {1, ErrorCode::MissingField, "siren", {"siren"}}});
        CHECK(f.rows.empty());
    }
    SECTION("header spelling: case, accents, spaces, underscores")
    {
        const OpenItemsFile f = readOpenItemsCsv(
            "SIREN;COMPTE_CLIENT;Numéro pièce;DATE_PIECE;Date d'échéance;montant ttc;Restant dû;LIBELLÉ\n"
            "552100554;411a;F1;31/12/2025;31/01/2026;10,00;5,00;x\n",
            "t.csv");
        INFO(describe(f.errors));
        REQUIRE(f.ok());
        REQUIRE(f.rows.size() == 1);
        CHECK(f.rows[0].account == "411A");
        CHECK(f.rows[0].dueDate == date("2026-01-31"));
        CHECK(f.rows[0].remaining == cents(500));
        CHECK(f.rows[0].label == "x");
    }
    SECTION("no reste_du column: the whole amount is open")
    {
        const OpenItemsFile f =
            readOpenItemsCsv("compte;piece;date_piece;montant_ttc\n411A;F1;2025-12-31;-12.50\n", "t.csv");
        REQUIRE(f.ok());
        REQUIRE(f.rows.size() == 1);
        CHECK(f.rows[0].remaining == cents(-1250));
    }
    SECTION("empty file")
    {
        checkErrors(readOpenItemsCsv("", "t.csv"), "t.csv", {{0, ErrorCode::Empty, "", {}}});
    }
}
