// The XLSX export read back from the file: cells typed as strings, numbers and dates
// with their formats, the header frozen and filtered, sheet names Excel accepts, and
// text that looks like a formula kept inert. The .xlsx (a zip) is opened with Python's
// zipfile, which Debian's python3 brings with the build dependencies.

#include "io/XlsxWriter.h"

#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>

#include <string>
#include <vector>

using namespace pc::io;
using pc::core::ErrorCode;
using pc::test::date;

namespace {

// One member of a zip file, read with python3.
QString zipMember(const QString& zipPath, const QString& member)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile; "
                                 "sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
                  zipPath, member});
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitStatus() == QProcess::NormalExit);
    REQUIRE(python.exitCode() == 0);
    return QString::fromUtf8(python.readAllStandardOutput());
}

// The XML of one cell ("B2") of a worksheet, empty when the cell was not written.
QString cellXml(const QString& sheetXml, const QString& ref)
{
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"[^>]*(/>|>.*?</c>)").arg(ref));
    return cell.match(sheetXml).captured(0);
}

// A numeric cell: no type attribute (or t="n"), a <v>, no formula.
QString numberOf(const QString& xml)
{
    INFO(xml.toStdString());
    CHECK_FALSE(xml.contains(QStringLiteral(" t=\"")));
    CHECK_FALSE(xml.contains(QStringLiteral("<f>")));
    const QRegularExpression value(QStringLiteral("<v>([^<]*)</v>"));
    return value.match(xml).captured(1);
}

// A string cell (inline or shared): its text, unescaped for the few entities used.
bool isStringCell(const QString& xml)
{
    return !xml.contains(QStringLiteral("<f>"))
           && (xml.contains(QStringLiteral("t=\"inlineStr\"")) || xml.contains(QStringLiteral("t=\"s\"")));
}

struct Workbook {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("export.xlsx"));

    void write(const std::vector<ReportTable>& tables)
    {
        const auto written = writeXlsx(path.toStdString(), tables);
        REQUIRE(written.ok());
    }
    QString sheet(int n) { return zipMember(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(n)); }
};

ReportTable ledger()
{
    return {"Grand livre",
            {{"Client", ColumnKind::Text},
             {"Date", ColumnKind::Date},
             {"Montant", ColumnKind::Money},
             {"DSO", ColumnKind::Hundredths},
             {"Lignes", ColumnKind::Integer}},
            {{std::string("=HYPERLINK(\"http://evil.example\",\"clic\")"), date("2026-11-23"), std::int64_t{123456},
              std::int64_t{4567}, std::int64_t{12}},
             {std::string("-12,50"), date("1900-03-01"), std::int64_t{-1250}, std::int64_t{-5}, std::monostate{}},
             {std::string("Boulangerie Ça & Fils <SARL>"), std::monostate{}, std::int64_t{0}, std::int64_t{0},
              std::int64_t{0}}}};
}

} // namespace

TEST_CASE("XLSX text that looks like a formula is a string cell, never a formula", "[io][xlsx][injection]")
{
    Workbook book;
    book.write({ledger()});
    const QString xml = book.sheet(1);
    CHECK_FALSE(xml.contains(QStringLiteral("<f>")));
    CHECK_FALSE(xml.contains(QStringLiteral("<f ")));
    const QString hyperlink = cellXml(xml, QStringLiteral("A2"));
    INFO(hyperlink.toStdString());
    CHECK(isStringCell(hyperlink));
    CHECK(hyperlink.contains(QStringLiteral("=HYPERLINK(")));
    // Written as it is: no quote prefix, which XLSX does not need.
    CHECK_FALSE(hyperlink.contains(QStringLiteral("'=HYPERLINK")));
    CHECK(isStringCell(cellXml(xml, QStringLiteral("A3"))));
    CHECK(cellXml(xml, QStringLiteral("A4")).contains(QStringLiteral("Boulangerie Ça &amp; Fils &lt;SARL&gt;")));
}

TEST_CASE("XLSX money, hundredths, whole numbers and dates are numbers with their formats", "[io][xlsx]")
{
    Workbook book;
    book.write({ledger()});
    const QString xml = book.sheet(1);
    CHECK(numberOf(cellXml(xml, QStringLiteral("C2"))) == QStringLiteral("1234.56"));
    CHECK(numberOf(cellXml(xml, QStringLiteral("C3"))) == QStringLiteral("-12.5"));
    CHECK(numberOf(cellXml(xml, QStringLiteral("C4"))) == QStringLiteral("0"));
    CHECK(numberOf(cellXml(xml, QStringLiteral("D2"))) == QStringLiteral("45.67"));
    CHECK(numberOf(cellXml(xml, QStringLiteral("D3"))) == QStringLiteral("-0.05"));
    CHECK(numberOf(cellXml(xml, QStringLiteral("E2"))) == QStringLiteral("12"));
    // Excel's serial day: 1 is 1900-01-01, with the phantom 29 February 1900.
    CHECK(numberOf(cellXml(xml, QStringLiteral("B2"))) == QStringLiteral("46349"));
    CHECK(numberOf(cellXml(xml, QStringLiteral("B3"))) == QStringLiteral("61"));
    // Empty cells are not written.
    CHECK(cellXml(xml, QStringLiteral("B4")).isEmpty());
    CHECK(cellXml(xml, QStringLiteral("E3")).isEmpty());

    const QString styles = zipMember(book.path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains(QStringLiteral("formatCode=\"#,##0.00 &quot;€&quot;\"")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"#,##0.00\"")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"dd/mm/yyyy\"")));
    // Money, date and hundredths cells each carry a style (their number format).
    const QRegularExpression styled(QStringLiteral(" s=\"(\\d+)\""));
    const QString money = styled.match(cellXml(xml, QStringLiteral("C2"))).captured(1);
    const QString day = styled.match(cellXml(xml, QStringLiteral("B2"))).captured(1);
    const QString hundredths = styled.match(cellXml(xml, QStringLiteral("D2"))).captured(1);
    CHECK_FALSE(money.isEmpty());
    CHECK_FALSE(day.isEmpty());
    CHECK_FALSE(hundredths.isEmpty());
    CHECK(money != day);
    CHECK(money != hundredths);
}

TEST_CASE("the XLSX header is bold, frozen and filtered; columns fit their content", "[io][xlsx]")
{
    Workbook book;
    book.write({ledger()});
    const QString xml = book.sheet(1);
    CHECK(xml.contains(QStringLiteral("<autoFilter ref=\"A1:E4\"/>")));
    CHECK(xml.contains(QStringLiteral("ySplit=\"1\"")));
    CHECK(xml.contains(QStringLiteral("state=\"frozen\"")));
    const QString header = cellXml(xml, QStringLiteral("A1"));
    CHECK(isStringCell(header));
    CHECK(header.contains(QStringLiteral(" s=\"")));
    CHECK(zipMember(book.path, QStringLiteral("xl/styles.xml")).contains(QStringLiteral("<b/>")));
    // Column A holds the longest text (42 characters), column E only "Lignes".
    const QRegularExpression col(QStringLiteral("<col min=\"(\\d)\" max=\"\\d\" width=\"([\\d.]+)\""));
    std::vector<double> widths;
    for (auto it = col.globalMatch(xml); it.hasNext();)
        widths.push_back(it.next().captured(2).toDouble());
    REQUIRE(widths.size() == 5);
    CHECK(widths[0] > 40);
    CHECK(widths[0] > widths[4]);
    CHECK(widths[4] >= 9); // "Lignes" + the filter's button
}

TEST_CASE("XLSX sheets are named after their titles, cleaned and made unique", "[io][xlsx]")
{
    Workbook book;
    ReportTable empty{"Indicateurs", {{"Indicateur", ColumnKind::Text}}, {}};
    ReportTable odd{"Balance âgée: 2026/11 [test] * très longue", {{"A", ColumnKind::Text}}, {{std::string("x")}}};
    ReportTable nameless{"", {}, {}};
    book.write({empty, odd, empty, nameless});
    const QString workbook = zipMember(book.path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains(QStringLiteral("name=\"Indicateurs\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"Balance âgée 2026 11 test très\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"Indicateurs (2)\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"Sheet4\"")));
    // An empty table still has its header and a filter over it alone.
    const QString first = book.sheet(1);
    CHECK(isStringCell(cellXml(first, QStringLiteral("A1"))));
    CHECK(first.contains(QStringLiteral("<autoFilter ref=\"A1\"/>")));
}

TEST_CASE("an XLSX that cannot be written is an IoError naming the path", "[io][xlsx]")
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("missing/folder/export.xlsx")).toStdString();
    const auto written = writeXlsx(path, {ledger()});
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == ErrorCode::IoError);
    CHECK(written.error().arg(0) == path);
    CHECK_FALSE(written.error().arg(1).empty());
    CHECK_FALSE(QDir(dir.path()).exists(QStringLiteral("missing")));
}
