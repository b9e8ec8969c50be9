// The FEC writer: exact output, text sanitising, the legal file name, and the round
// trip through readFec on the files of tests/data/fec.

#include "io/FecWriter.h"

#include "io/FecReader.h"

#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/TestSupport.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::io;
using pc::test::date;

namespace {

FecFile readFile(const std::string& name)
{
    const QByteArray bytes = pc::test::readTestData(QStringLiteral("fec/") + QString::fromStdString(name));
    return readFec(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), name);
}

// Every field but the line number and the due date (not an A.47 A-1 column).
void checkSame(const FecLine& a, const FecLine& b)
{
    INFO("line " << a.line);
    CHECK(a.journalCode == b.journalCode);
    CHECK(a.journalLib == b.journalLib);
    CHECK(a.ecritureNum == b.ecritureNum);
    CHECK(a.ecritureDate == b.ecritureDate);
    CHECK(a.compteNum == b.compteNum);
    CHECK(a.compteLib == b.compteLib);
    CHECK(a.compAuxNum == b.compAuxNum);
    CHECK(a.compAuxLib == b.compAuxLib);
    CHECK(a.pieceRef == b.pieceRef);
    CHECK(a.pieceDate == b.pieceDate);
    CHECK(a.ecritureLib == b.ecritureLib);
    CHECK(a.debit == b.debit);
    CHECK(a.credit == b.credit);
    CHECK(a.ecritureLet == b.ecritureLet);
    CHECK(a.dateLet == b.dateLet);
    CHECK(a.validDate == b.validDate);
    CHECK(a.montantDevise == b.montantDevise);
    CHECK(a.idevise == b.idevise);
}

void checkRoundTrip(const std::vector<FecLine>& lines)
{
    const std::string written = writeFec(lines);
    const FecFile again = readFec(written, "written.txt");
    REQUIRE(again.ok());
    CHECK(again.separator == '\t');
    CHECK(again.encoding == SourceEncoding::Utf8);
    REQUIRE(again.lines.size() == lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CHECK(again.lines[i].line == static_cast<int>(i) + 2);
        checkSame(again.lines[i], lines[i]);
    }
}

FecLine sample()
{
    FecLine l;
    l.journalCode = "VE";
    l.journalLib = "Ventes";
    l.ecritureNum = "VE000001";
    l.ecritureDate = date("2025-01-15");
    l.compteNum = "411000";
    l.compteLib = "Clients";
    l.compAuxNum = "CLI001";
    l.compAuxLib = "Société Générale";
    l.pieceRef = "FA2025-001";
    l.pieceDate = date("2025-01-14");
    l.ecritureLib = "Facture FA2025-001";
    l.debit = Money::fromCents(123456);
    l.ecritureLet = "AA";
    l.dateLet = date("2025-02-20");
    l.validDate = date("2025-01-31");
    l.montantDevise = Money::fromCents(-143712);
    l.idevise = "USD";
    return l;
}

} // namespace

TEST_CASE("FEC writer: exact text", "[io][fec][fecwriter]")
{
    FecLine credit = sample();
    credit.compteNum = "706000";
    credit.compteLib = "Prestations de services";
    credit.compAuxNum.clear();
    credit.compAuxLib.clear();
    credit.debit = Money();
    credit.credit = Money::fromCents(5);
    credit.ecritureLet.clear();
    credit.dateLet.reset();
    credit.pieceDate.reset();
    credit.validDate.reset();
    credit.montantDevise.reset();
    credit.idevise.clear();
    credit.dueDate = date("2025-03-31"); // not written

    const std::string text = writeFec({sample(), credit});
    CHECK(text
          == "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\t"
             "PieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\t"
             "Idevise\r\n"
             "VE\tVentes\tVE000001\t20250115\t411000\tClients\tCLI001\tSociété Générale\tFA2025-001\t20250114\t"
             "Facture FA2025-001\t1234,56\t0,00\tAA\t20250220\t20250131\t-1437,12\tUSD\r\n"
             "VE\tVentes\tVE000001\t20250115\t706000\tPrestations de services\t\t\tFA2025-001\t\t"
             "Facture FA2025-001\t0,00\t0,05\t\t\t\t\t\r\n");
    CHECK_FALSE(text.starts_with("\xEF\xBB\xBF"));
}

TEST_CASE("FEC writer: text fields lose separators and line breaks", "[io][fec][fecwriter]")
{
    FecLine l = sample();
    l.journalLib = "  Ventes\tFrance ";
    l.compteLib = "Clients | France";
    l.compAuxLib = "Martin\r\n& Fils";
    l.ecritureLib = "Facture\n\nFA2025-001\r";
    l.pieceRef = "A|B";
    const std::string text = writeFec({l});
    const std::string body = text.substr(text.find("\r\n") + 2);
    CHECK(body.find('|') == std::string::npos);
    CHECK(std::count(body.begin(), body.end(), '\t') == 17);
    CHECK(std::count(body.begin(), body.end(), '\n') == 1);
    CHECK(std::count(body.begin(), body.end(), '\r') == 1);

    FecLine counterpart = sample();
    counterpart.debit = Money();
    counterpart.credit = l.debit;
    const FecFile again = readFec(writeFec({l, counterpart}), "t.txt");
    REQUIRE(again.ok());
    REQUIRE(again.lines.size() == 2);
    CHECK(again.lines[0].journalLib == "Ventes France");
    CHECK(again.lines[0].compteLib == "Clients / France");
    CHECK(again.lines[0].compAuxLib == "Martin & Fils");
    CHECK(again.lines[0].ecritureLib == "Facture FA2025-001");
    CHECK(again.lines[0].pieceRef == "A/B");
    CHECK(again.lines[0].montantDevise == Money::fromCents(-143712));
}

TEST_CASE("FEC writer: round trips through the reader", "[io][fec][fecwriter]")
{
    SECTION("a lettered ledger read from Windows-1252 with pipes")
    {
        const FecFile f = readFile("lettered_411_cp1252_pipe.txt");
        REQUIRE(f.ok());
        checkRoundTrip(f.lines);
    }
    SECTION("Odoo's export: negative Montantdevise, fixed-width amounts")
    {
        const FecFile f = readFile("odoo_en_labels.txt");
        REQUIRE(f.ok());
        CHECK(f.lines[0].montantDevise == Money::fromCents(-143712));
        checkRoundTrip(f.lines);
    }
    SECTION("TAB with due dates and foreign currency")
    {
        const FecFile f = readFile("good_tab_bom_due_date.txt");
        REQUIRE(f.ok());
        checkRoundTrip(f.lines);
    }
    SECTION("the Montant and Sens variant comes back as Debit and Credit")
    {
        const FecFile f = readFile("montant_sens_cr.txt");
        REQUIRE(f.ok());
        checkRoundTrip(f.lines);
        CHECK_FALSE(readFec(writeFec(f.lines), "w.txt").amountAndDirection);
    }
    SECTION("large amounts")
    {
        FecLine debit = sample();
        debit.debit = Money::fromCents(99'999'999'999'999);
        debit.montantDevise = Money::fromCents(-1);
        FecLine credit = sample();
        credit.debit = Money();
        credit.credit = debit.debit;
        credit.montantDevise = Money::fromCents(7);
        checkRoundTrip({debit, credit});
        CHECK(writeFec({debit}).find("\t999999999999,99\t0,00\t") != std::string::npos);
        CHECK(writeFec({debit}).find("\t-0,01\tUSD\r\n") != std::string::npos);
    }
    SECTION("no lines: the header alone")
    {
        const std::string text = writeFec({});
        CHECK(std::count(text.begin(), text.end(), '\n') == 1);
        const FecFile f = readFec(text, "w.txt");
        CHECK(f.ok());
        CHECK(f.lines.empty());
    }
}

TEST_CASE("FEC writer: an optional due date column", "[io][fec][fecwriter]")
{
    FecLine debit = sample();
    debit.dueDate = date("2025-03-31");
    FecLine credit = sample();
    credit.debit = Money();
    credit.credit = debit.debit;
    const std::string text = writeFec({debit, credit}, FecWriteOptions{true});
    CHECK(text.starts_with("JournalCode\t"));
    CHECK(text.find("\tIdevise\tDateEcheance\r\n") != std::string::npos);
    CHECK(text.find("\tUSD\t20250331\r\n") != std::string::npos);
    CHECK(text.ends_with("\tUSD\t\r\n"));
    const FecFile again = readFec(text, "w.txt");
    REQUIRE(again.ok());
    REQUIRE(again.lines.size() == 2);
    CHECK(again.lines[0].dueDate == date("2025-03-31"));
    CHECK_FALSE(again.lines[1].dueDate.has_value());
    CHECK(writeFec({debit, credit}) == writeFec({debit, credit}, FecWriteOptions{}));
}

TEST_CASE("FEC writer: the legal file name", "[io][fec][fecwriter]")
{
    CHECK(fecFileName("732829320", date("2024-12-31")) == "732829320FEC20241231.txt");
    CHECK(fecFileName("732 829 320", date("2025-06-30")) == "732829320FEC20250630.txt");
}
