// Stage 9 exports on a small store: the aged balance, the KPIs and the ledger as of a
// day, written as CSV and XLSX, with their rows and amounts; errors for an unknown
// report or format and an unwritable path.

#include "app/ClientService.h"
#include "app/DisputeService.h"
#include "app/ExportService.h"
#include "app/LetteringService.h"
#include "app/PaymentService.h"
#include "core/Siren.h"
#include "store/LedgerRepository.h"
#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/ResultChecks.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::app;
using pc::io::ColumnKind;
using pc::io::ReportCell;
using pc::io::ReportRow;
using pc::receivables::EntryKind;
using pc::test::date;
using pc::test::TempWorkspace;

using pc::test::valid;

namespace {

ReportCell cents(std::int64_t value)
{
    return value;
}

const std::string kBom = "\xEF\xBB\xBF";

// Two clients: a bakery with a settled invoice and one not due, a joinery with an old
// invoice partly disputed and a recent one whose label looks like a formula.
struct Store {
    TempWorkspace t;
    std::string bakery = Siren::fromPayload("73282932").str();
    std::string joinery = Siren::fromPayload("55210055").str();
    qint64 bakeryId = 0;
    qint64 joineryId = 0;

    Workspace& ws() { return t.ws(); }

    Store()
    {
        bakeryId = valid(ClientService(ws()).create(pc::test::completeClient("73282932", "Boulangerie Martin")));
        joineryId = valid(ClientService(ws()).create(pc::test::completeClient("55210055", "Menuiserie Caron")));
        const qint64 settled = invoice(bakeryId, "FA000001", "2026-09-01", 120'000, "Facture FA000001");
        invoice(bakeryId, "FA000002", "2026-11-10", 50'000, "Facture FA000002");
        PaymentInput transfer;
        transfer.companyId = bakeryId;
        transfer.date = date("2026-11-15");
        transfer.amount = Money::fromCents(120'000);
        transfer.method = PaymentMethod::Transfer;
        transfer.reference = "VIR1";
        transfer.label = "Virement";
        const qint64 payment = valid(PaymentService(ws()).record(transfer));
        valid(LetteringService(ws()).letterManually(bakeryId, {settled, payment}, date("2026-11-16"), false));
        invoice(joineryId, "FB000001", "2026-08-01", 80'000, "Facture FB000001");
        invoice(joineryId, "FB000003", "2026-11-20", 10'000, "=HYPERLINK(\"http://evil.example\";\"clic\")");
        invoice(joineryId, "FB000002", "2026-11-30", 99'900, "Facture après le jour");
        DisputeInput dispute;
        dispute.client = QString::fromStdString(joinery);
        dispute.invoice = QStringLiteral("FB000001");
        dispute.amount = Money::fromCents(30'000);
        dispute.owner = "tester";
        dispute.openedOn = date("2026-11-20");
        valid(DisputeService(ws()).open(dispute));
    }

    qint64 invoice(qint64 company, const std::string& piece, const std::string& day, std::int64_t amount,
                   const std::string& label)
    {
        pc::receivables::LedgerEntry e;
        e.kind = EntryKind::Invoice;
        e.journal = "VE";
        e.date = date(day);
        e.dueDate = e.date.addDays(30);
        e.piece = piece;
        e.label = label;
        e.debit = Money::fromCents(amount);
        return valid(pc::store::LedgerRepository(ws().db()).addEntry(company, e, {}, ws().stamp()));
    }

    QString path(const char* name) const { return t.folder() + QLatin1Char('/') + QLatin1String(name); }
};

std::vector<std::string> headersOf(const pc::io::ReportTable& table)
{
    std::vector<std::string> headers;
    for (const auto& column : table.columns)
        headers.push_back(column.header);
    return headers;
}

std::string readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().toStdString();
}

// The first worksheet of an .xlsx, read with python3's zipfile.
QString firstSheet(const QString& xlsxPath)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile; sys.stdout.buffer.write("
                                 "zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml'))"),
                  xlsxPath});
    REQUIRE(python.waitForFinished(30000));
    REQUIRE(python.exitCode() == 0);
    return QString::fromUtf8(python.readAllStandardOutput());
}

QString cellValue(const QString& sheetXml, const QString& ref)
{
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"[^>]*><v>([^<]*)</v></c>").arg(ref));
    return cell.match(sheetXml).captured(1);
}

} // namespace

TEST_CASE("the aged balance export has one row per client, buckets, total and disputed apart", "[app][export]")
{
    Store s;
    const pc::io::ReportTable table = ExportService(s.ws()).agingTable(date("2026-11-23"));
    CHECK(headersOf(table)
          == std::vector<std::string>{"SIREN", "Client", "Non échu", "1-30 jours", "31-60 jours", "61-90 jours",
                                      "90+ jours", "Total", "En litige"});
    CHECK(table.columns[2].kind == ColumnKind::Money);
    REQUIRE(table.rows.size() == 2);
    // By SIREN: 552… before 732….
    CHECK(table.rows[0] == ReportRow{s.joinery, std::string("Menuiserie Caron"), cents(10'000), cents(0), cents(0),
                                     cents(50'000), cents(0), cents(60'000), cents(30'000)});
    CHECK(table.rows[1] == ReportRow{s.bakery, std::string("Boulangerie Martin"), cents(50'000), cents(0), cents(0),
                                     cents(0), cents(0), cents(50'000), cents(0)});

    const pc::io::ReportTable byInvoice =
        ExportService(s.ws()).agingTable(date("2026-11-23"), {pc::receivables::AgingBasis::InvoiceDate, {}});
    CHECK(headersOf(byInvoice).at(2) == "0-30 jours");
}

TEST_CASE("the KPI export has one row per indicator with its value and unit", "[app][export]")
{
    Store s;
    const pc::io::ReportTable table = ExportService(s.ws()).kpiTable(date("2026-11-23"));
    CHECK(headersOf(table) == std::vector<std::string>{"Indicateur", "Valeur", "Unité"});
    CHECK(table.columns[1].kind == ColumnKind::Hundredths);
    REQUIRE(table.rows.size() == 10);
    CHECK(table.rows[0] == ReportRow{std::string("Encours"), cents(140'000), std::string("€")});
    CHECK(table.rows[1] == ReportRow{std::string("Non échu"), cents(60'000), std::string("€")});
    CHECK(table.rows[2] == ReportRow{std::string("Échu"), cents(80'000), std::string("€")});
    // Sales of 26/08–23/11: 1 200 + 500 + 100.
    CHECK(table.rows[3] == ReportRow{std::string("Ventes des 90 derniers jours"), cents(180'000), std::string("€")});
    // 800 / 1 400 = 57,14 %.
    CHECK(table.rows[4] == ReportRow{std::string("Part échue de l'encours"), std::int64_t{5714}, std::string("%")});
    CHECK(std::get<std::string>(table.rows[5][2]) == "jours");
}

TEST_CASE("the KPI export leaves a ratio empty when there are no sales", "[app][export]")
{
    TempWorkspace t;
    const pc::io::ReportTable table = ExportService(t.ws()).kpiTable(date("2026-11-23"));
    REQUIRE(table.rows.size() == 10);
    CHECK(table.rows[0][1] == cents(0));
    CHECK(std::holds_alternative<std::monostate>(table.rows[5][1])); // DSO
}

TEST_CASE("the ledger export lists every entry up to the day with its open amount and letter", "[app][export]")
{
    Store s;
    const pc::io::ReportTable table = ExportService(s.ws()).ledgerTable(date("2026-11-23"));
    CHECK(headersOf(table)
          == std::vector<std::string>{"SIREN", "Client", "Date", "Pièce", "Nature", "Libellé", "Débit", "Crédit",
                                      "Échéance", "Lettrage", "Reste dû"});
    // FB000002, dated after the day, is left out.
    REQUIRE(table.rows.size() == 5);
    CHECK(table.rows[0] == ReportRow{s.joinery, std::string("Menuiserie Caron"), date("2026-08-01"),
                                     std::string("FB000001"), std::string("Facture"), std::string("Facture FB000001"),
                                     cents(80'000), cents(0), date("2026-08-31"), std::string(), cents(80'000)});
    CHECK(table.rows[2] == ReportRow{s.bakery, std::string("Boulangerie Martin"), date("2026-09-01"),
                                     std::string("FA000001"), std::string("Facture"), std::string("Facture FA000001"),
                                     cents(120'000), cents(0), date("2026-10-01"), std::string("AA"), cents(0)});
    const ReportRow& payment = table.rows[4];
    CHECK(payment[3] == ReportCell(std::string("VIR1")));
    CHECK(payment[4] == ReportCell(std::string("Règlement")));
    CHECK(payment[7] == cents(120'000));
    CHECK(payment[9] == ReportCell(std::string("AA")));
    CHECK(payment[10] == cents(0));

    // The day before the lettering: both open, the payment as a credit, no letter yet.
    const pc::io::ReportTable before = ExportService(s.ws()).ledgerTable(date("2026-11-15"));
    REQUIRE(before.rows.size() == 4);
    CHECK(before.rows[1][3] == ReportCell(std::string("FA000001")));
    CHECK(before.rows[1][9] == ReportCell(std::string()));
    CHECK(before.rows[1][10] == cents(120'000));
    CHECK(before.rows[3][10] == cents(-120'000));
}

TEST_CASE("exports are written as CSV with French amounts and the formula guard", "[app][export]")
{
    Store s;
    ExportService service(s.ws());
    const Date today = date("2026-11-23");

    CHECK(valid(service.exportTo(QStringLiteral("aging"), QStringLiteral("csv"), s.path("aging.csv"), today)) == 2);
    const std::string aging = readAll(s.path("aging.csv"));
    CHECK(aging.rfind(kBom + "SIREN;Client;Non échu;", 0) == 0);
    CHECK(aging.find("\r\n" + s.joinery + ";Menuiserie Caron;100,00;0,00;0,00;500,00;0,00;600,00;300,00\r\n")
          != std::string::npos);

    CHECK(valid(service.exportTo(QStringLiteral("kpi"), QStringLiteral("csv"), s.path("kpi.csv"), today)) == 10);
    CHECK(readAll(s.path("kpi.csv")).find("\r\nEncours;1400,00;€\r\n") != std::string::npos);

    CHECK(valid(service.exportTo(QStringLiteral("ledger"), QStringLiteral("csv"), s.path("ledger.csv"), today)) == 5);
    const std::string ledger = readAll(s.path("ledger.csv"));
    CHECK(ledger.find("\r\n" + s.bakery
                      + ";Boulangerie Martin;01/09/2026;FA000001;Facture;Facture FA000001;1200,00;0,00;01/10/2026;AA;"
                        "0,00\r\n")
          != std::string::npos);
    CHECK(ledger.find(";\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"clic\"\")\";100,00;") != std::string::npos);
}

TEST_CASE("exports are written as XLSX: rows counted, amounts as numbers, formulas inert", "[app][export]")
{
    Store s;
    ExportService service(s.ws());
    const Date today = date("2026-11-23");

    CHECK(valid(service.exportTo(QStringLiteral("aging"), QStringLiteral("xlsx"), s.path("aging.xlsx"), today)) == 2);
    const QString aging = firstSheet(s.path("aging.xlsx"));
    CHECK(cellValue(aging, QStringLiteral("H2")) == QStringLiteral("600"));
    CHECK(cellValue(aging, QStringLiteral("I2")) == QStringLiteral("300"));

    CHECK(valid(service.exportTo(QStringLiteral("kpi"), QStringLiteral("xlsx"), s.path("kpi.xlsx"), today)) == 10);
    CHECK(cellValue(firstSheet(s.path("kpi.xlsx")), QStringLiteral("B6")) == QStringLiteral("57.14"));

    CHECK(valid(service.exportTo(QStringLiteral("ledger"), QStringLiteral("xlsx"), s.path("ledger.xlsx"), today)) == 5);
    const QString ledger = firstSheet(s.path("ledger.xlsx"));
    CHECK(cellValue(ledger, QStringLiteral("G4")) == QStringLiteral("1200"));
    CHECK(cellValue(ledger, QStringLiteral("K6")) == QStringLiteral("0"));
    CHECK(ledger.contains(QStringLiteral("=HYPERLINK(")));
    CHECK_FALSE(ledger.contains(QStringLiteral("<f>")));
}

TEST_CASE("an unknown report or format, or an unwritable path, is refused", "[app][export]")
{
    Store s;
    ExportService service(s.ws());
    const Date today = date("2026-11-23");
    auto unknownReport = service.exportTo(QStringLiteral("sales"), QStringLiteral("csv"), s.path("x.csv"), today);
    REQUIRE_FALSE(unknownReport.ok());
    CHECK(unknownReport.error().code == ErrorCode::UnknownValue);
    CHECK(unknownReport.error().where.field == "report");
    auto unknownFormat = service.exportTo(QStringLiteral("kpi"), QStringLiteral("ods"), s.path("x.ods"), today);
    REQUIRE_FALSE(unknownFormat.ok());
    CHECK(unknownFormat.error().where.field == "format");
    CHECK(unknownFormat.error().arg(0) == "ods");
    for (const char* format : {"csv", "xlsx"}) {
        const QString path = s.path("missing/folder/export");
        auto failed = service.exportTo(QStringLiteral("kpi"), QLatin1String(format), path, today);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().code == ErrorCode::IoError);
        CHECK(failed.error().arg(0) == path.toStdString());
    }
}
