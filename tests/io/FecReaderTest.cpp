// The FEC reader, on the real exports of ../shared/fixtures/fec/samples (Odoo copied
// into tests/data/fec, Tryton read in place: GPL), on the hand-made files of
// tests/data/fec (see its README.md) and on small texts built here.

#include "io/FecReader.h"

#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/TestSupport.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <chrono>
#include <numeric>
#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::io;
using pc::test::date;

namespace {

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

FecFile readFile(const std::string& name)
{
    const QByteArray bytes = pc::test::readTestData(QStringLiteral("fec/") + QString::fromStdString(name));
    return readFec(view(bytes), "fec/" + name);
}

// A file of ../shared/fixtures/fec, or nothing when the folder is not beside the checkout.
std::optional<FecFile> readShared(const std::string& relativePath)
{
    const QString path = pc::test::sharedFixturePath(QStringLiteral("fec/") + QString::fromStdString(relativePath));
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    return readFec(view(bytes), relativePath);
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

void checkErrors(const FecFile& result, const std::string& file, const std::vector<Expected>& expected)
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

void checkBalanced(const FecFile& f)
{
    const auto debit = std::accumulate(f.lines.begin(), f.lines.end(), Money(),
                                       [](Money sum, const FecLine& l) { return sum + l.debit; });
    const auto credit = std::accumulate(f.lines.begin(), f.lines.end(), Money(),
                                        [](Money sum, const FecLine& l) { return sum + l.credit; });
    CHECK(debit == credit);
}

const std::string kHeader = "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|"
                            "CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|"
                            "ValidDate|Montantdevise|Idevise";

// One line of the 18 columns with the given amounts and otherwise ordinary values.
std::string line(const std::string& number, const std::string& account, const std::string& debit,
                 const std::string& credit, const std::string& date = "20250115", const std::string& devise = "")
{
    return "VE|Ventes|" + number + "|" + date + "|" + account + "|Compte|||P" + number + "|" + date + "|Libellé|"
        + debit + "|" + credit + "|||20250131|" + devise + "|";
}

} // namespace

// ---------------------------------------------------------------------------------
// Real exports

TEST_CASE("FEC: Odoo's export, French labels", "[io][fec]")
{
    const FecFile f = readFile("odoo_fr_labels.txt");
    INFO(describe(f.errors));
    REQUIRE(f.ok());
    CHECK(f.separator == '|');
    CHECK(f.encoding == SourceEncoding::Utf8);
    CHECK_FALSE(f.amountAndDirection);
    CHECK(f.warnings.empty());
    CHECK(f.ignoredColumns.empty());
    REQUIRE(f.lines.size() == 5);
    for (std::size_t i = 0; i < f.lines.size(); ++i)
        CHECK(f.lines[i].line == static_cast<int>(i) + 2);
    checkBalanced(f);

    const FecLine& first = f.lines[0];
    CHECK(first.journalCode == "INV");
    CHECK(first.journalLib == "Customer Invoices");
    CHECK(first.ecritureNum == "INV/2021/00001");
    CHECK(first.ecritureDate == date("2021-05-02"));
    CHECK(first.compteNum == "701100");
    CHECK(first.compteLib == "Ventes de produits finis (ou groupe) A");
    CHECK(first.compAuxNum.empty());
    CHECK(first.pieceRef == "-");
    CHECK(first.pieceDate == date("2021-05-02"));
    CHECK(first.ecritureLib == "Hello Darkness");
    CHECK(first.debit == Money());
    CHECK(first.credit == cents(143712)); // " 000000000001437,12"
    CHECK(first.ecritureLet.empty());
    CHECK_FALSE(first.dateLet.has_value());
    CHECK(first.validDate == date("2021-05-02"));
    CHECK(first.montantDevise == cents(-143712)); // "-000000000001437,12"
    CHECK(first.idevise == "EUR");
    CHECK_FALSE(first.dueDate.has_value());
    CHECK_FALSE(first.isClientLine());

    CHECK(f.lines[3].compteLib == "TVA collectée");
    CHECK(f.lines[3].ecritureLib == "TVA 20,0%");
    CHECK(f.lines[3].credit == cents(129341));

    const FecLine& client = f.lines[4];
    CHECK(client.line == 6);
    CHECK(client.isClientLine());
    CHECK(client.compteNum == "411100");
    CHECK(client.compteLib == "Clients - Ventes de biens ou de prestations de services");
    CHECK(client.compAuxNum == "7");
    CHECK(client.compAuxLib == "partner_a");
    CHECK(client.ecritureLib == "INV/2021/00001");
    CHECK(client.debit == cents(776045));
    CHECK(client.credit == Money());
    CHECK(client.montantDevise == cents(776045));
}

TEST_CASE("FEC: Odoo's export, English labels, a miscellaneous entry", "[io][fec]")
{
    const FecFile f = readFile("odoo_en_labels.txt");
    INFO(describe(f.errors));
    REQUIRE(f.ok());
    REQUIRE(f.lines.size() == 7);
    checkBalanced(f);
    CHECK(f.lines[4].compteLib == "Customers - Sales of goods or services");
    CHECK(f.lines[4].compAuxNum == "7");
    const FecLine& misc = f.lines[6];
    CHECK(misc.line == 8); // the last line has no line break
    CHECK(misc.journalCode == "MISC");
    CHECK(misc.ecritureNum == "MISC/2021/05/0001");
    CHECK(misc.isClientLine());
    CHECK(misc.compAuxNum.empty());
    CHECK(misc.ecritureLib == "/");
    CHECK(misc.credit == cents(50000));
    CHECK(misc.montantDevise == cents(-50000));
    CHECK(f.lines[5].debit == cents(50000));
    CHECK(f.lines[5].compteNum == "400000");
}

TEST_CASE("FEC: every sample of the shared fixtures", "[io][fec]")
{
    const QString folder = pc::test::sharedFixturePath(QStringLiteral("fec/samples"));
    if (folder.isEmpty()) {
        WARN("../shared/fixtures/fec/samples is absent: the Tryton samples (GPL) are not tested");
        return;
    }
    const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    CHECK(names.size() == 4);
    for (const QString& name : names) {
        const auto f = readShared("samples/" + name.toStdString());
        REQUIRE(f);
        INFO(name.toStdString() << "\n" << describe(f->errors));
        CHECK(f->ok());
        CHECK_FALSE(f->lines.empty());
        checkBalanced(*f);
    }

    SECTION("Tryton: TAB, CRLF, an auxiliary account on 4967")
    {
        const auto f = readShared("samples/tryton_account_fr_FEC.csv");
        REQUIRE(f);
        REQUIRE(f->ok());
        CHECK(f->separator == '\t');
        CHECK(f->warnings.empty());
        REQUIRE(f->lines.size() == 4);
        const FecLine& aux = f->lines[1];
        CHECK(aux.line == 3);
        CHECK(aux.journalCode == "Deferral");
        CHECK(aux.ecritureNum == "0");
        CHECK(aux.ecritureDate == date("2018-01-01"));
        CHECK(aux.compteNum == "4967");
        CHECK(aux.compteLib == "Autres comptes débiteurs");
        CHECK(aux.compAuxNum == "2");
        CHECK(aux.compAuxLib == "Party");
        CHECK(aux.pieceRef == "-");
        CHECK(aux.debit == cents(500));
        CHECK(aux.credit == Money());
        CHECK_FALSE(aux.montantDevise.has_value());
        CHECK(aux.idevise.empty());
        CHECK_FALSE(aux.isClientLine());
        CHECK(f->lines[2].journalCode == "REV");
        CHECK(f->lines[2].credit == cents(1000));
        CHECK(f->lines[3].debit == cents(1000));
    }
    SECTION("Tryton: the previous year")
    {
        const auto f = readShared("samples/tryton_account_fr_FEC-previous.csv");
        REQUIRE(f);
        REQUIRE(f->ok());
        REQUIRE(f->lines.size() == 2);
        CHECK(f->lines[0].ecritureDate == date("2017-01-01"));
        CHECK(f->lines[0].credit == cents(500));
        CHECK(f->lines[1].compAuxNum == "2");
    }
}

TEST_CASE("FEC: the DGFiP's XML schemas and field list are not FEC text", "[io][fec]")
{
    const QString folder = pc::test::sharedFixturePath(QStringLiteral("fec/dgfip_test_compta_demat"));
    if (folder.isEmpty()) {
        WARN("../shared/fixtures/fec/dgfip_test_compta_demat is absent");
        return;
    }
    for (const char* name : {"formatA47A-I-VII-1.xsd", "formatA47A-I-VIII-3.xsd", "fmt_arrete_field_list.utf8.txt"}) {
        const auto f = readShared(std::string("dgfip_test_compta_demat/") + name);
        REQUIRE(f);
        INFO(name << "\n" << describe(f->errors));
        REQUIRE(f->errors.size() == 1);
        CHECK(f->errors[0].code == ErrorCode::InvalidFormat);
        CHECK(f->errors[0].where.line == 1);
        CHECK(f->lines.empty());
    }
}

// ---------------------------------------------------------------------------------
// Hand-made files

TEST_CASE("FEC: a lettered 411 ledger in Windows-1252 with pipes", "[io][fec]")
{
    const FecFile f = readFile("lettered_411_cp1252_pipe.txt");
    INFO(describe(f.errors));
    REQUIRE(f.ok());
    CHECK(f.encoding == SourceEncoding::Windows1252);
    CHECK(f.separator == '|');
    CHECK(f.warnings.empty());
    REQUIRE(f.lines.size() == 13);
    checkBalanced(f);

    std::vector<int> clientLines;
    for (const FecLine& l : f.lines) {
        if (l.isClientLine())
            clientLines.push_back(l.line);
    }
    CHECK(clientLines == std::vector<int>{2, 5, 8, 12, 14});

    const FecLine& invoice = f.lines[0];
    CHECK(invoice.compAuxNum == "CLI001");
    CHECK(invoice.compAuxLib == "Société Générale de Bâtiment");
    CHECK(invoice.pieceRef == "FA2025-001");
    CHECK(invoice.debit == cents(120000));
    CHECK(invoice.ecritureLet == "AA");
    CHECK(invoice.dateLet == date("2025-02-20"));
    CHECK(invoice.validDate == date("2025-01-31"));
    CHECK_FALSE(invoice.montantDevise.has_value());

    CHECK(f.lines[2].compteLib == "TVA collectée");
    CHECK(f.lines[3].compAuxLib == "Crèmerie Müller & Fils");
    CHECK(f.lines[3].ecritureLet == "ab"); // partial lettering, lower case as in the file
    const FecLine& creditNote = f.lines[6];
    CHECK(creditNote.line == 8);
    CHECK(creditNote.ecritureLib == "Avoir AV2025-001 \u2014 remise"); // byte 0x97
    CHECK(creditNote.credit == cents(12000));
    CHECK(creditNote.ecritureLet.empty());
    CHECK_FALSE(creditNote.dateLet.has_value());
    CHECK(f.lines[9].journalLib == "Banque Crédit Agricole");
    CHECK(f.lines[10].ecritureLet == "AA");
    CHECK(f.lines[10].credit == cents(120000));
    CHECK(f.lines[11].ecritureLib == "Acompte 300 \u20AC Crèmerie"); // byte 0x80
    CHECK(f.lines[12].ecritureLet == "ab");
    CHECK(f.lines[12].line == 14);
}

TEST_CASE("FEC: TAB, UTF-8 with BOM, ISO and French dates, a due date column", "[io][fec]")
{
    const FecFile f = readFile("good_tab_bom_due_date.txt");
    INFO(describe(f.errors));
    REQUIRE(f.ok());
    CHECK(f.separator == '\t');
    CHECK(f.encoding == SourceEncoding::Utf8);
    CHECK(f.ignoredColumns == std::vector<std::string>{"ModeRglt"});
    REQUIRE(f.lines.size() == 5);
    CHECK(f.lines[0].journalCode == "VT"); // no BOM stuck to the first header or value

    const FecLine& client = f.lines[0];
    CHECK(client.line == 2);
    CHECK(client.ecritureDate == date("2025-03-01"));
    CHECK(client.pieceDate == date("2025-03-01"));
    CHECK(client.validDate == date("2025-03-02"));
    CHECK(client.dueDate == date("2025-04-30"));
    CHECK(client.compteNum == "411DUPONT");
    CHECK(client.isClientLine());
    CHECK(client.debit == cents(144000)); // "1440.00"
    CHECK(client.credit == Money());      // empty
    CHECK(client.montantDevise == cents(156025));
    CHECK(client.idevise == "USD");

    CHECK(f.lines[1].credit == cents(120000));
    CHECK(f.lines[1].montantDevise == cents(-130021)); // sign last: "1300.21-"
    CHECK_FALSE(f.lines[1].dueDate.has_value());
    CHECK(f.lines[2].montantDevise == cents(-26004));
    CHECK(f.lines[2].compteLib.empty());
    CHECK_FALSE(f.lines[2].validDate.has_value());

    CHECK(f.lines[3].line == 6); // after a blank line
    CHECK(f.lines[3].credit == cents(50)); // "+0,50"
    CHECK(f.lines[3].ecritureLib == "Écart de règlement");
    CHECK(f.lines[4].debit == cents(50)); // "0000000,50"

    // CompteLib and ValidDate empty on line 4: tolerated, told.
    REQUIRE(f.warnings.size() == 2);
    CHECK(f.warnings[0].find("CompteLib") != std::string::npos);
    CHECK(f.warnings[0].find("ligne 4") != std::string::npos);
    CHECK(f.warnings[1].find("ValidDate") != std::string::npos);
    REQUIRE(f.notices.size() == 2);
    CHECK(f.notices[0].kind == FecNotice::Kind::EmptyField);
    CHECK(f.notices[0].field == "CompteLib");
    CHECK(f.notices[0].count == 1);
    CHECK(f.notices[0].firstLine == 4);
    CHECK(f.notices[1].field == "ValidDate");
}

TEST_CASE("FEC: the Montant and Sens variant, CR line ends", "[io][fec]")
{
    const FecFile f = readFile("montant_sens_cr.txt");
    INFO(describe(f.errors));
    REQUIRE(f.ok());
    CHECK(f.amountAndDirection);
    REQUIRE(f.lines.size() == 5);
    CHECK(f.lines[0].line == 2);
    CHECK(f.lines[0].credit == cents(12000)); // C
    CHECK(f.lines[0].debit == Money());
    CHECK(f.lines[1].debit == cents(10000)); // D
    CHECK(f.lines[2].debit == cents(2000));  // +1
    CHECK(f.lines[3].debit == cents(6000));
    CHECK(f.lines[4].credit == cents(6000)); // -1
    CHECK(f.lines[4].line == 6);
    checkBalanced(f);
}

TEST_CASE("FEC: broken files", "[io][fec]")
{
    struct Case {
        std::string file;
        std::vector<Expected> errors;
    };
    const std::vector<Case> cases{
        {"broken_header_missing.txt", {{1, ErrorCode::MissingField, "CompteLib", {"CompteLib, EcritureLib"}}}},
        {"broken_header_order.txt", {{1, ErrorCode::InvalidFormat, "Debit", {"Debit, Credit"}}}},
        {"broken_17_columns.txt", {{3, ErrorCode::MissingField, "Idevise", {"Idevise"}}}},
        {"broken_bad_date.txt", {{3, ErrorCode::InvalidDate, "EcritureDate", {"20250231"}}}},
        {"broken_three_decimals.txt", {{2, ErrorCode::TooManyDecimals, "Debit", {"1200,005"}}}},
        {"broken_debit_and_credit.txt", {{4, ErrorCode::InconsistentFields, "Debit", {"200.00", "200.00"}}}},
        {"broken_unbalanced.txt", {{4, ErrorCode::Unbalanced, "EcritureNum", {"1200.00", "1100.00", "VE", "2"}}}},
        {"broken_mandatory.txt",
         {{2, ErrorCode::MissingField, "JournalCode", {}},
          {3, ErrorCode::InvalidFormat, "CompteNum", {"C41100"}},
          {5, ErrorCode::MissingField, "EcritureDate", {}}}},
        {"broken_sens.txt", {{2, ErrorCode::UnknownValue, "Sens", {"X"}}}},
    };
    for (const Case& c : cases) {
        INFO(c.file);
        const FecFile f = readFile(c.file);
        CHECK_FALSE(f.ok());
        checkErrors(f, "fec/" + c.file, c.errors);
    }

    SECTION("a broken header reads nothing further")
    {
        CHECK(readFile("broken_header_missing.txt").lines.empty());
        CHECK(readFile("broken_header_order.txt").lines.empty());
    }
    SECTION("the lines in error are left out, the others read")
    {
        const FecFile f = readFile("broken_mandatory.txt");
        std::vector<int> read;
        for (const FecLine& l : f.lines)
            read.push_back(l.line);
        CHECK(read == std::vector<int>{4, 6});
    }
    SECTION("an entry split over distant lines is balanced as a whole")
    {
        // VE 1 is on lines 2, 3 and 9; BQ 2 shares its number with VE 2 but balances.
        const FecFile f = readFile("broken_unbalanced.txt");
        CHECK(f.lines.size() == 8);
    }
}

// ---------------------------------------------------------------------------------
// Texts built here

TEST_CASE("FEC: amounts as exporters write them", "[io][fec]")
{
    const std::vector<std::pair<std::string, std::int64_t>> amounts{
        {"1234,56", 123456},
        {"1234.56", 123456},
        {"12,5", 1250},
        {"12", 1200},
        {"", 0},
        {"0,00", 0},
        {" 000000000001437,12", 143712},
        {"-000000000001437,12", -143712},
        {"1437,12-", -143712},
        {"+1437,12", 143712},
        {"1 234,56", 123456},
        {"\"15,00\"", 1500},
        {",5", 50},
    };
    for (const auto& [text, expected] : amounts) {
        INFO("« " << text << " »");
        const std::string fec = kHeader + "\n" + line("1", "411000", "0,00", "0,00", "20250115", text) + "\n";
        const FecFile f = readFec(fec, "t.txt");
        INFO(describe(f.errors));
        REQUIRE(f.ok());
        REQUIRE(f.lines.size() == 1);
        if (text.empty())
            CHECK_FALSE(f.lines[0].montantDevise.has_value());
        else
            CHECK(f.lines[0].montantDevise == cents(expected));
    }

    SECTION("refused")
    {
        const std::vector<std::pair<std::string, ErrorCode>> bad{
            {"12,345", ErrorCode::TooManyDecimals},
            {"12x", ErrorCode::InvalidNumber},
            {"1,2,3", ErrorCode::InvalidNumber},
            {"--5", ErrorCode::InvalidNumber},
            {"-", ErrorCode::InvalidNumber},
            {"99999999999999999999,00", ErrorCode::Overflow},
        };
        for (const auto& [text, code] : bad) {
            INFO("« " << text << " »");
            const std::string fec = kHeader + "\n" + line("1", "411000", text, "0,00") + "\n";
            const FecFile f = readFec(fec, "t.txt");
            INFO(describe(f.errors));
            REQUIRE(f.errors.size() == 1);
            CHECK(f.errors[0].code == code);
            CHECK(f.errors[0].where.line == 2);
            CHECK(f.errors[0].where.field == "Debit");
            CHECK(f.errors[0].arg(0) == text);
        }
    }
    SECTION("a Montantdevise with three decimals is dropped with a warning")
    {
        const std::string fec = kHeader + "\n" + line("1", "411000", "0,00", "0,00", "20250115", "12,345") + "\n";
        const FecFile f = readFec(fec, "t.txt");
        REQUIRE(f.ok());
        REQUIRE(f.lines.size() == 1);
        CHECK_FALSE(f.lines[0].montantDevise.has_value());
        REQUIRE(f.warnings.size() == 1);
        CHECK(f.warnings[0].find("Montantdevise") != std::string::npos);
    }
    SECTION("a negative debit is a credit, with a warning")
    {
        const std::string fec = kHeader + "\n" + line("1", "411000", "-50,00", "") + "\n"
            + line("1", "706000", "-50,00", "0,00") + "\n";
        const FecFile f = readFec(fec, "t.txt");
        // Two credits of 50: unbalanced, but read as credits.
        REQUIRE(f.lines.size() == 2);
        CHECK(f.lines[0].credit == cents(5000));
        CHECK(f.lines[0].debit == Money());
        REQUIRE(f.warnings.size() == 1);
        CHECK(f.warnings[0].find("2 ligne(s)") != std::string::npos);
        checkErrors(f, "t.txt", {{2, ErrorCode::Unbalanced, "EcritureNum", {"0.00", "100.00", "VE", "1"}}});
    }
}

TEST_CASE("FEC: dates", "[io][fec]")
{
    for (const std::string text : {"20250115", "2025-01-15", "15/01/2025"}) {
        INFO(text);
        const std::string fec = kHeader + "\n" + line("1", "411000", "0,00", "0,00", text) + "\n";
        const FecFile f = readFec(fec, "t.txt");
        INFO(describe(f.errors));
        REQUIRE(f.ok());
        CHECK(f.lines[0].ecritureDate == date("2025-01-15"));
        CHECK(f.lines[0].pieceDate == date("2025-01-15"));
    }
    const std::vector<std::pair<std::string, ErrorCode>> bad{
        {"20251301", ErrorCode::InvalidDate},
        {"2025011", ErrorCode::InvalidDate},
        {"18991231", ErrorCode::DateOutOfRange},
        {"hier", ErrorCode::InvalidDate},
    };
    for (const auto& [text, code] : bad) {
        INFO(text);
        const std::string fec = kHeader + "\n" + line("1", "411000", "0,00", "0,00", text) + "\n";
        const FecFile f = readFec(fec, "t.txt");
        // EcritureDate and PieceDate both carry it.
        checkErrors(f, "t.txt", {{2, code, "EcritureDate", {text}}, {2, code, "PieceDate", {text}}});
    }
}

// A line of separators only is blank too.
TEST_CASE("FEC: line ends, header case, trailing separators, blank lines", "[io][fec]")
{
    const std::string a = line("1", "411000", "10,00", "0,00");
    const std::string b = line("1", "706000", "0,00", "10,00");
    for (const std::string eol : {"\n", "\r\n", "\r"}) {
        const FecFile f = readFec(kHeader + eol + a + eol + "||||||||||||||||| " + eol + b + eol, "t.txt");
        INFO(describe(f.errors));
        REQUIRE(f.ok());
        REQUIRE(f.lines.size() == 2);
        CHECK(f.lines[0].line == 2);
        CHECK(f.lines[1].line == 4);
        CHECK(f.lines[1].compteNum == "706000");
        CHECK(f.lines[1].idevise.empty());
    }
    SECTION("header names in any case, a trailing separator everywhere")
    {
        std::string header = kHeader;
        for (char& c : header)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        const FecFile f = readFec(header + "|\n" + a + "|\n" + b + "\n", "t.txt");
        INFO(describe(f.errors));
        REQUIRE(f.ok());
        CHECK(f.lines.size() == 2);
        CHECK(f.ignoredColumns.empty());
    }
    SECTION("too many values")
    {
        const FecFile f = readFec(kHeader + "\n" + a + "|x\n" + b + "\n", "t.txt");
        checkErrors(f, "t.txt", {{2, ErrorCode::TooManyFields, "", {"19", "18"}}});
    }
    SECTION("an extra column after the 18 is ignored, named")
    {
        const FecFile f = readFec(kHeader + "|NatOp|Date d'échéance\n" + a + "|X|31/01/2025\n" + b + "||\n", "t.txt");
        INFO(describe(f.errors));
        REQUIRE(f.ok());
        CHECK(f.ignoredColumns == std::vector<std::string>{"NatOp"});
        CHECK(f.lines[0].dueDate == date("2025-01-31"));
        CHECK_FALSE(f.lines[1].dueDate.has_value());
    }
    SECTION("empty, header only, no separator")
    {
        checkErrors(readFec("", "t.txt"), "t.txt", {{1, ErrorCode::Empty, "", {}}});
        checkErrors(readFec("\r\n \r\n", "t.txt"), "t.txt", {{1, ErrorCode::Empty, "", {}}});
        const FecFile headerOnly = readFec(kHeader + "\r\n", "t.txt");
        CHECK(headerOnly.ok());
        CHECK(headerOnly.lines.empty());
        const FecFile commas = readFec("JournalCode;JournalLib\n", "t.txt");
        checkErrors(commas, "t.txt", {{1, ErrorCode::InvalidFormat, "", {"JournalCode;JournalLib"}}});
    }
    SECTION("a blank line before the header")
    {
        const FecFile f = readFec("\n" + kHeader + "\n" + a + "\n" + line("1", "4", "0,00", "10,00") + "\n", "t.txt");
        checkErrors(f, "t.txt", {{4, ErrorCode::InvalidFormat, "CompteNum", {"4"}}});
        REQUIRE(f.lines.size() == 1);
        CHECK(f.lines[0].line == 3);
    }
}

TEST_CASE("FEC: entries balance within their journal", "[io][fec]")
{
    // The same number in two journals, each balanced; a third one off by a cent.
    const std::string fec = kHeader + "\n" + line("1", "411000", "10,00", "0,00") + "\n"
        + line("1", "706000", "0,00", "10,00") + "\n" + "BQ|Banque|1|20250120|512000|Banque|||R|20250120|x|5,00|0,00|||20250131||\n"
        + "BQ|Banque|1|20250120|411000|Clients|||R|20250120|x|0,00|5,00|||20250131||\n"
        + "BQ|Banque|2|20250120|512000|Banque|||R|20250120|x|5,00|0,00|||20250131||\n"
        + "BQ|Banque|2|20250120|411000|Clients|||R|20250120|x|0,00|4,99|||20250131||\n";
    const FecFile f = readFec(fec, "t.txt");
    checkErrors(f, "t.txt", {{6, ErrorCode::Unbalanced, "EcritureNum", {"5.00", "4.99", "BQ", "2"}}});
    CHECK(f.lines.size() == 6); // the lines themselves are sound
}

TEST_CASE("FEC: keeping only the customer lines", "[io][fec]")
{
    const QByteArray bytes = pc::test::readTestData(QStringLiteral("fec/lettered_411_cp1252_pipe.txt"));
    const FecFile all = readFec(view(bytes), "l.txt");
    const FecFile clients = readFec(view(bytes), "l.txt", FecReadOptions{true});
    REQUIRE(clients.ok());
    std::vector<int> lines;
    for (const FecLine& l : clients.lines) {
        CHECK(l.isClientLine());
        lines.push_back(l.line);
    }
    CHECK(lines == std::vector<int>{2, 5, 8, 12, 14});
    CHECK(clients.lines[1].compAuxLib == all.lines[3].compAuxLib);
    CHECK(clients.lines[1].debit == all.lines[3].debit);
    CHECK(clients.lines[4].ecritureLet == "ab");

    SECTION("the other lines are still checked and balanced")
    {
        const QByteArray unbalanced = pc::test::readTestData(QStringLiteral("fec/broken_unbalanced.txt"));
        checkErrors(readFec(view(unbalanced), "u.txt", FecReadOptions{true}), "u.txt",
                    {{4, ErrorCode::Unbalanced, "EcritureNum", {"1200.00", "1100.00", "VE", "2"}}});
        const QByteArray mandatory = pc::test::readTestData(QStringLiteral("fec/broken_mandatory.txt"));
        const FecFile f = readFec(view(mandatory), "m.txt", FecReadOptions{true});
        checkErrors(f, "m.txt",
                    {{2, ErrorCode::MissingField, "JournalCode", {}},
                     {3, ErrorCode::InvalidFormat, "CompteNum", {"C41100"}},
                     {5, ErrorCode::MissingField, "EcritureDate", {}}});
        CHECK(f.lines.empty()); // 411000 on lines 2 and 5, both in error
    }
}

TEST_CASE("FEC: errors are capped, the rest counted", "[io][fec]")
{
    std::string fec = kHeader + "\n";
    for (int i = 0; i < 1200; ++i)
        fec += line(std::to_string(i), "ABC", "0,00", "0,00") + "\n";
    const FecFile f = readFec(fec, "t.txt");
    CHECK(f.errors.size() == FecFile::kMaxErrors);
    CHECK(f.errors.back().where.line == static_cast<int>(FecFile::kMaxErrors) + 1);
    REQUIRE(f.notices.size() == 1);
    CHECK(f.notices[0].kind == FecNotice::Kind::ErrorsNotListed);
    CHECK(f.notices[0].count == 200);
    CHECK(f.warnings.size() == 1);
}

// A million lines in well under two seconds in a Release build. Hidden: run with
// io_tests "[.fecbench]" on a Release build.
TEST_CASE("FEC: parse speed on a million lines", "[.fecbench]")
{
    std::string fec = kHeader + "\r\n";
    fec.reserve(200'000'000);
    for (int entry = 0; entry < 333'334; ++entry) {
        const std::string number = std::to_string(entry + 1);
        fec += "VE|Ventes|" + number + "|20250115|411000|Clients|C" + number
            + "|Société cliente numéro " + number + "|FA" + number
            + "|20250115|Facture FA" + number + " prestations de services|1200,00|0,00|AA|20250220|20250131||\r\n";
        fec += "VE|Ventes|" + number + "|20250115|706000|Prestations de services|||FA" + number
            + "|20250115|Facture FA" + number + " prestations de services|0,00|1000,00|||20250131||\r\n";
        fec += "VE|Ventes|" + number + "|20250115|445710|TVA collectée|||FA" + number + "|20250115|TVA 20 %|0,00|200,00|||20250131||\r\n";
    }
    const auto start = std::chrono::steady_clock::now();
    const FecFile f = readFec(fec, "big.txt");
    const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    WARN("readFec: " << f.lines.size() << " lines, " << fec.size() / 1'000'000 << " MB in " << elapsed << " s");
    CHECK(f.ok());
    CHECK(f.lines.size() == 1'000'002);
}
