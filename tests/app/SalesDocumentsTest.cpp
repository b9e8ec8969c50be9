// Stages 4 and 6 on paper: the order confirmation, the invoice and the credit note are
// rendered to PDF, and the text read back from the PDF must carry every mention French
// law requires (Code de commerce L441-9, CGI ann. II 242 nonies A, décret 2022-1299).

#include "app/PdfWriter.h"
#include "app/SalesDocuments.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::app;
using pc::test::date;

namespace {

// French amounts and dates for the test, whatever the machine's locale.
class FrenchLocale {
public:
    FrenchLocale() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }
    ~FrenchLocale() { QLocale::setDefault(m_previous); }
    FrenchLocale(const FrenchLocale&) = delete;
    FrenchLocale& operator=(const FrenchLocale&) = delete;

private:
    QLocale m_previous;
};

template <class T>
T valid(const Result<T>& result)
{
    REQUIRE(result.ok());
    return *result;
}

Address address(std::string line1, std::string line2, std::string postalCode, std::string city)
{
    Address a;
    a.line1 = std::move(line1);
    a.line2 = std::move(line2);
    a.postalCode = std::move(postalCode);
    a.city = std::move(city);
    return a;
}

SellerIdentity seller()
{
    SellerIdentity s;
    s.name = "Fournitures Rhône-Alpes";
    s.legalForm = "SAS";
    s.shareCapital = "150 000 €";
    s.siren = valid(Siren::parse("732829320"));
    s.rcsCity = "RCS Lyon";
    s.address = address("12 rue de la République", "", "69002", "Lyon");
    s.iban = valid(Iban::parse("FR7630006000011234567890189"));
    s.bic = valid(Bic::parse("AGRIFRPP882"));
    s.nature = OperationNature::Goods;
    s.vatOnDebits = true;
    return s;
}

ClientFile buyer()
{
    ClientFile c;
    c.company.siren = valid(Siren::parse("552081317"));
    c.company.name = "Dupont & Fils";
    c.company.address = address("5 avenue Foch", "", "75008", "Paris");
    c.account.number = "411000123";
    c.account.billingAddress = address("Service comptabilité", "18 rue Lafayette", "75009", "Paris");
    return c;
}

DocumentLine line(std::string description, std::int64_t thousandths, std::int64_t unitCents, std::int64_t vatBp)
{
    return DocumentLine{std::move(description), Quantity::fromThousandths(thousandths), Money::fromCents(unitCents),
                        Rate::fromBasisPoints(vatBp)};
}

std::vector<DocumentLine> invoiceLines()
{
    return {line("Ramette papier A4 80 g", 120'000, 435, 2000), line("Imprimante laser XR-200", 2'000, 124'900, 2000),
            line("Manuel d'utilisation", 3'000, 1'890, 550), line("Vis <M6> & écrous", 1'500, 1'000, 2000)};
}

Invoice invoice()
{
    Invoice i;
    i.number = "FA000042";
    i.issueDate = date("2026-02-12");
    i.dueDate = date("2026-03-14");
    i.deliveryDate = date("2026-02-10");
    i.terms = valid(PaymentTerms::netDays(30));
    i.lines = invoiceLines();
    i.totals = totalsOf(i.lines);
    i.clientReference = "PO-2026-117";
    i.orderNumbers = {"CMD000017"};
    i.deliveryNumbers = {"BL000023", "BL000024"};
    i.penaltyRate = Rate::fromBasisPoints(1215);
    i.deliveryAddress = address("Entrepôt Nord", "ZI des Chanteraines", "92230", "Gennevilliers");
    return i;
}

Invoice creditNote()
{
    Invoice c;
    c.kind = InvoiceKind::CreditNote;
    c.number = "FA000043";
    c.issueDate = date("2026-02-20");
    c.dueDate = date("2026-02-20");
    c.terms = valid(PaymentTerms::netDays(30));
    c.lines = {line("Imprimante laser XR-200", 1'000, 124'900, 2000)};
    c.totals = totalsOf(c.lines);
    c.creditedInvoice = "FA000042";
    c.reason = "Imprimante retournée";
    c.penaltyRate = Rate::fromBasisPoints(1215);
    return c;
}

Order order()
{
    Order o;
    o.number = "CMD000017";
    o.clientReference = "PO-2026-117";
    o.orderDate = date("2026-02-02");
    o.confirmedOn = date("2026-02-03");
    o.terms = valid(PaymentTerms::netDays(30));
    const auto items = invoiceLines();
    for (std::size_t n = 0; n < items.size(); ++n)
        o.lines.push_back(OrderLine{static_cast<int>(n) + 1, items[n], {}});
    o.status = OrderStatus::Confirmed;
    o.note = "Livraison sur rendez-vous\nQuai n° 3";
    return o;
}

QByteArray runTool(const QString& tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " (poppler-utils) is needed to read the PDF back");
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30'000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

// The PDF's text on one line: French amounts hold no-break spaces (U+00A0, U+202F) and
// columns are padded, so every run of white space becomes one space.
QString pdfText(const QString& pdf)
{
    QString text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
                                             {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                              pdf, QStringLiteral("-")}));
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text.simplified();
}

struct Rendered {
    QString text;
    QString info; // pdfinfo's report: title, creator, page size
};

Rendered render(const QString& html, const QString& title)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("document.pdf"));
    const Status written = writePdf(html, pdf, title);
    REQUIRE(written.ok());
    return {pdfText(pdf), QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf})).simplified()};
}

void checkAll(const QString& text, const QStringList& expected)
{
    for (const QString& piece : expected) {
        INFO("expected in the PDF: " << piece.toStdString());
        CHECK(text.contains(piece));
    }
}

} // namespace

TEST_CASE("an invoice PDF carries every mandatory mention", "[app][documents]")
{
    const FrenchLocale french;
    const Rendered pdf =
        render(SalesDocuments::invoiceHtml(invoice(), seller(), buyer()), QStringLiteral("Facture FA000042"));
    INFO(pdf.text.toStdString());

    SECTION("the title, the dates and the references")
    {
        checkAll(pdf.text, {QStringLiteral("Facture n° FA000042"), QStringLiteral("12/02/2026"),
                              QStringLiteral("10/02/2026"), QStringLiteral("Date d'échéance"),
                              QStringLiteral("14/03/2026"), QStringLiteral("Bon de commande client n°"),
                              QStringLiteral("PO-2026-117"), QStringLiteral("CMD000017"),
                              QStringLiteral("BL000023, BL000024"), QStringLiteral("411000123")});
    }
    SECTION("the seller's identity")
    {
        checkAll(pdf.text, {QStringLiteral("Fournitures Rhône-Alpes"), QStringLiteral("SAS au capital de 150 000 €"),
                              QStringLiteral("RCS Lyon 732 829 320"), QStringLiteral("SIREN 732 829 320"),
                              QStringLiteral("N° TVA intracommunautaire FR44732829320"),
                              QStringLiteral("12 rue de la République"), QStringLiteral("69002 Lyon")});
    }
    SECTION("the buyer, its billing address and the delivery address")
    {
        checkAll(pdf.text, {QStringLiteral("Dupont & Fils"), QStringLiteral("SIREN 552 081 317"),
                              QStringLiteral("N° TVA intracommunautaire FR03552081317"),
                              QStringLiteral("18 rue Lafayette"), QStringLiteral("75009 Paris"),
                              QStringLiteral("Siège social"), QStringLiteral("5 avenue Foch"),
                              QStringLiteral("Adresse de livraison"), QStringLiteral("ZI des Chanteraines"),
                              QStringLiteral("92230 Gennevilliers")});
    }
    SECTION("one row per line: description, quantity, unit price, VAT rate, amount excluding VAT")
    {
        checkAll(pdf.text, {QStringLiteral("Ramette papier A4 80 g 120 4,35 € 20 % 522,00 €"),
                              QStringLiteral("Imprimante laser XR-200 2 1 249,00 € 20 % 2 498,00 €"),
                              QStringLiteral("Manuel d'utilisation 3 18,90 € 5,5 % 56,70 €"),
                              QStringLiteral("Vis <M6> & écrous 1,5 10,00 € 20 % 15,00 €")});
    }
    SECTION("the VAT by rate and the totals")
    {
        checkAll(pdf.text, {QStringLiteral("5,5 % 56,70 € 3,12 €"), QStringLiteral("20 % 3 035,00 € 607,00 €"),
                              QStringLiteral("Total HT 3 091,70 €"), QStringLiteral("Total TVA 610,12 €"),
                              QStringLiteral("Total TTC 3 701,82 €")});
    }
    SECTION("the payment terms, the late-payment costs and the VAT mentions")
    {
        checkAll(pdf.text, {QStringLiteral("Conditions de paiement : 30 jours nets — date d'échéance : 14/03/2026"),
                              QStringLiteral("IBAN FR76 3000 6000 0112 3456 7890 189 — BIC AGRIFRPP882"),
                              QStringLiteral("Pas d'escompte pour paiement anticipé"),
                              QStringLiteral("Taux des pénalités de retard : 12,15 % par an"),
                              QStringLiteral("Indemnité forfaitaire pour frais de recouvrement : 40 €"),
                              QStringLiteral("Nature de l'opération : livraison de biens"),
                              QStringLiteral("Option pour le paiement de la taxe d'après les débits")});
    }
    SECTION("an A4 page titled for the reader")
    {
        checkAll(pdf.info, {QStringLiteral("Title: Facture FA000042"), QStringLiteral("Creator: PosteClient"),
                              QStringLiteral("Pages: 1"), QStringLiteral("(A4)")});
    }
}

TEST_CASE("an invoice states the seller's discount and leaves out what it does not have", "[app][documents]")
{
    const FrenchLocale french;
    SellerIdentity s = seller();
    s.earlyPaymentDiscount = Rate::fromBasisPoints(150);
    s.vatOnDebits = false;
    s.nature = OperationNature::Services;
    s.iban.reset();
    Invoice i = invoice();
    i.deliveryAddress = {};
    const QString text = render(SalesDocuments::invoiceHtml(i, s, buyer()), QStringLiteral("FA000042")).text;
    INFO(text.toStdString());
    checkAll(text, {QStringLiteral("Escompte pour paiement anticipé : 1,5 %"),
                      QStringLiteral("Nature de l'opération : prestation de services")});
    CHECK_FALSE(text.contains(QStringLiteral("Pas d'escompte")));
    CHECK_FALSE(text.contains(QStringLiteral("d'après les débits")));
    CHECK_FALSE(text.contains(QStringLiteral("IBAN")));
    CHECK_FALSE(text.contains(QStringLiteral("Adresse de livraison")));
}

TEST_CASE("a long invoice runs onto several pages, the lines' header on each", "[app][documents]")
{
    const FrenchLocale french;
    Invoice i = invoice();
    i.lines.clear();
    for (int n = 1; n <= 80; ++n)
        i.lines.push_back(line("Article " + std::to_string(n), 1'000, 1'000, 2000));
    i.totals = totalsOf(i.lines);
    const Rendered pdf = render(SalesDocuments::invoiceHtml(i, seller(), buyer()), QStringLiteral("FA000042"));
    INFO(pdf.info.toStdString());
    CHECK_FALSE(pdf.info.contains(QStringLiteral("Pages: 1 ")));
    CHECK(pdf.text.count(QStringLiteral("Désignation Quantité Prix unitaire HT TVA Montant HT")) >= 2);
    checkAll(pdf.text, {QStringLiteral("Article 80 1 10,00 € 20 % 10,00 €"), QStringLiteral("Total TTC 960,00 €"),
                          QStringLiteral("Indemnité forfaitaire pour frais de recouvrement : 40 €")});
}

TEST_CASE("a credit note says so and names the invoice it credits", "[app][documents]")
{
    const FrenchLocale french;
    const QString text = render(SalesDocuments::invoiceHtml(creditNote(), seller(), buyer()), QStringLiteral("FA000043")).text;
    INFO(text.toStdString());
    checkAll(text, {QStringLiteral("Avoir n° FA000043"),
                      QStringLiteral("Avoir sur facture n° FA000042 — motif : Imprimante retournée"),
                      QStringLiteral("20/02/2026"), QStringLiteral("Imprimante laser XR-200 1 1 249,00 € 20 % 1 249,00 €"),
                      QStringLiteral("Total TTC 1 498,80 €"), QStringLiteral("SIREN 552 081 317"),
                      QStringLiteral("Nature de l'opération : livraison de biens")});
    CHECK_FALSE(text.contains(QStringLiteral("Facture n°")));
    CHECK_FALSE(text.contains(QStringLiteral("Date d'échéance")));
}

TEST_CASE("an order confirmation shows the order, its lines and the conditions of sale", "[app][documents]")
{
    const FrenchLocale french;
    const QString text =
        render(SalesDocuments::orderConfirmationHtml(order(), seller(), buyer()), QStringLiteral("CMD000017")).text;
    INFO(text.toStdString());
    checkAll(text, {QStringLiteral("Confirmation de commande n° CMD000017"), QStringLiteral("02/02/2026"),
                      QStringLiteral("03/02/2026"), QStringLiteral("PO-2026-117"), QStringLiteral("Dupont & Fils"),
                      QStringLiteral("Imprimante laser XR-200 2 1 249,00 € 20 % 2 498,00 €"),
                      QStringLiteral("5,5 % 56,70 € 3,12 €"), QStringLiteral("Total TTC 3 701,82 €"),
                      // Without an address of its own, the order goes to the client's.
                      QStringLiteral("Adresse de livraison"), QStringLiteral("75008 Paris"),
                      QStringLiteral("Livraison sur rendez-vous Quai n° 3"),
                      QStringLiteral("Conditions de paiement : 30 jours nets"),
                      QStringLiteral("taux de refinancement de la BCE majoré de 10 points"),
                      QStringLiteral("Indemnité forfaitaire pour frais de recouvrement : 40 €"),
                      QStringLiteral("SIREN 732 829 320")});
}

TEST_CASE("text typed by users is escaped, never read as HTML", "[app][documents]")
{
    const FrenchLocale french;
    ClientFile b = buyer();
    b.company.name = "<b>Martin</b> & Cie";
    Invoice i = invoice();
    i.clientReference = "<i>PO</i>";
    const QString html = SalesDocuments::invoiceHtml(i, seller(), b);
    CHECK(html.contains(QStringLiteral("&lt;b&gt;Martin&lt;/b&gt; &amp; Cie")));
    CHECK(html.contains(QStringLiteral("Vis &lt;M6&gt; &amp; écrous")));
    CHECK_FALSE(html.contains(QStringLiteral("<M6>")));

    const QString text = render(html, QStringLiteral("FA000042")).text;
    INFO(text.toStdString());
    checkAll(text, {QStringLiteral("<b>Martin</b> & Cie"), QStringLiteral("<i>PO</i>"),
                      QStringLiteral("Vis <M6> & écrous")});
}

TEST_CASE("a PDF that cannot be written is an IoError naming the path", "[app][documents]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A file where a folder should be: refused even to root, unlike a read-only folder.
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("not-a-folder/invoice.pdf"));

    const Status written = writePdf(QStringLiteral("<p>x</p>"), path, QStringLiteral("x"));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == ErrorCode::IoError);
    CHECK(written.error().arg(0) == path.toStdString());
    CHECK_FALSE(QFile::exists(path));
}
