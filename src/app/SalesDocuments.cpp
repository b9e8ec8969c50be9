#include "app/SalesDocuments.h"

#include "app/Labels.h"
#include "receivables/PenaltyRate.h"

#include <QLocale>
#include <QStringList>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace pc::app {

using namespace pc::core;

namespace {

// QTextDocument reads CSS from a <style> element but no floats or flexbox: the layout
// is made of tables. Sizes are in points so that the page looks the same on any device.
const QString kStyle = QStringLiteral(R"(
body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 9pt; color: #1f2933; }
p { margin-top: 0; margin-bottom: 0; }
h1 { font-size: 17pt; color: #1d3f72; margin-top: 16pt; margin-bottom: 2pt; }
.seller { font-size: 15pt; font-weight: bold; color: #1d3f72; }
.caption { font-size: 7.5pt; color: #52606d; }
.reference { font-size: 10pt; }
table.grid { border-collapse: collapse; border-style: solid; border-color: #9aa5b1; }
table.grid th { background-color: #e4e9f0; font-weight: bold; font-size: 8pt; }
td.total { background-color: #e4e9f0; font-weight: bold; font-size: 10.5pt; }
.gap { font-size: 5pt; }
.terms { font-size: 9.5pt; }
.note { font-style: italic; }
.conditions { font-size: 8pt; }
.footer { font-size: 7pt; color: #52606d; }
)");

// Space above a table: QTextDocument ignores the margins of tables.
const QString kGap = QStringLiteral("<p class=\"gap\">&nbsp;</p>");

// A label and its value.
using Fact = std::pair<QString, QString>;

QString escaped(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

// A text typed on several lines (a description, a note) keeps its line breaks.
QString multiline(const std::string& text)
{
    return escaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString joined(const std::vector<std::string>& items)
{
    QStringList parts;
    for (const auto& item : items)
        parts << escaped(item);
    return parts.join(QStringLiteral(", "));
}

// value / 10^digits in the locale's notation without trailing zeros: "1,5", "12", "5,5".
QString decimalText(std::int64_t value, int digits)
{
    std::int64_t scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const QLocale locale;
    QString text = locale.toString(static_cast<qlonglong>(value / scale));
    QString decimals = QStringLiteral("%1").arg(static_cast<qlonglong>(value % scale), digits, 10, QLatin1Char('0'));
    while (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    if (!decimals.isEmpty())
        text += locale.decimalPoint() + decimals;
    return text;
}

// "20 %", "5,5 %", "12,15 %", as French invoices print rates.
QString percentText(Rate rate)
{
    return decimalText(rate.basisPoints(), 2) + QStringLiteral("\u00a0%");
}

QString quantityText(Quantity quantity)
{
    return decimalText(quantity.thousandths(), 3);
}

QStringList addressLines(const Address& address)
{
    QStringList lines;
    for (const std::string* part : {&address.line1, &address.line2})
        if (!part->empty())
            lines << escaped(*part);
    const QString city = escaped(address.postalCode + ' ' + address.city).trimmed();
    if (!city.isEmpty())
        lines << city;
    if (!address.country.empty() && address.country != "FR")
        lines << escaped(address.country);
    return lines;
}

QString addressHtml(const Address& address)
{
    return addressLines(address).join(QStringLiteral("<br>"));
}

// Where the invoice goes: the billing address when the account has a complete one.
const Address& billingAddress(const ClientFile& buyer)
{
    return buyer.account.billingAddress.isComplete() ? buyer.account.billingAddress : buyer.company.address;
}

QString sirenText(const std::optional<Siren>& siren)
{
    return siren ? QString::fromStdString(siren->formatted()) : QString();
}

QString vatText(const std::optional<VatNumber>& vat)
{
    return vat ? QString::fromStdString(vat->str()) : QString();
}

// `pattern` filled with `value`, or nothing when the value is unknown.
QString mention(const QString& pattern, const QString& value)
{
    return value.isEmpty() ? QString() : pattern.arg(value);
}

QString lines(QStringList items)
{
    items.removeAll(QString());
    return items.join(QStringLiteral("<br>"));
}

QString paragraph(const QString& cssClass, const QString& html)
{
    return html.isEmpty() ? QString() : QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, html);
}

// A block of the page in a thin frame: the buyer, the payment conditions.
QString framed(const QString& html)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"7\" "
                          "style=\"border-collapse: collapse; border-style: solid; border-color: #9aa5b1;\">"
                          "<tr><td>%1</td></tr></table>")
        .arg(html);
}

// Two blocks side by side, top-aligned, with a gutter: QTextDocument has no floats.
QString sideBySide(const QString& left, int leftPercent, const QString& right, int rightPercent)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"%1%\" valign=\"top\">%2</td><td width=\"%3%\"></td>"
                          "<td width=\"%4%\" valign=\"top\">%5</td></tr></table>")
        .arg(QString::number(leftPercent), left, QString::number(100 - leftPercent - rightPercent),
             QString::number(rightPercent), right);
}

QString sellerBlock(const SellerIdentity& seller)
{
    return QStringLiteral("<p class=\"seller\">%1</p><p>%2</p>")
        .arg(escaped(seller.name),
             lines({addressHtml(seller.address),
                    mention(SalesDocuments::tr("SIREN %1"), sirenText(seller.siren)),
                    mention(SalesDocuments::tr("N° TVA intracommunautaire %1"), vatText(seller.vatNumber()))}));
}

QString buyerBlock(const ClientFile& buyer)
{
    const Address& billing = billingAddress(buyer);
    QStringList items{QStringLiteral("<span class=\"caption\">%1</span>").arg(SalesDocuments::tr("Client")),
                      QStringLiteral("<b>%1</b>").arg(escaped(buyer.company.name)), addressHtml(billing),
                      mention(SalesDocuments::tr("SIREN %1"), sirenText(buyer.company.siren)),
                      mention(SalesDocuments::tr("N° TVA intracommunautaire %1"), vatText(buyer.vatNumber())),
                      mention(SalesDocuments::tr("N° client %1"), escaped(buyer.account.number))};
    // The law wants both addresses when the invoice goes elsewhere than the head office.
    if (!buyer.company.address.isEmpty() && billing != buyer.company.address)
        items << QStringLiteral("<span class=\"caption\">%1</span>").arg(SalesDocuments::tr("Siège social"))
              << addressHtml(buyer.company.address);
    return framed(lines(items));
}

QString deliveryBlock(const Address& delivery)
{
    if (delivery.isEmpty())
        return {};
    return kGap
        + QStringLiteral("<p><span class=\"caption\">%1</span><br>%2</p>")
              .arg(SalesDocuments::tr("Adresse de livraison"), addressHtml(delivery));
}

// Seller top left, buyer top right, as a window envelope expects.
QString partiesBlock(const SellerIdentity& seller, const ClientFile& buyer, const Address& delivery)
{
    return sideBySide(sellerBlock(seller), 50, buyerBlock(buyer) + deliveryBlock(delivery), 47);
}

// Label and value on each row; facts whose value is unknown are left out.
QString factsTable(const std::vector<Fact>& facts)
{
    QString rows;
    for (const auto& [label, value] : facts) {
        if (value.isEmpty())
            continue;
        // QTextDocument ignores "nowrap": no-break spaces keep "n°" beside its label.
        const QString unbroken = QString(label).replace(QLatin1Char(' '), QChar(0x00A0));
        rows += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>").arg(unbroken, value);
    }
    return QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                          "%1</table>")
        .arg(rows);
}

// The dates of the document on the left, its references on the right.
QString factsBlock(const std::vector<Fact>& dates, const std::vector<Fact>& references)
{
    return sideBySide(factsTable(dates), 44, factsTable(references), 52);
}

QString linesTable(const std::vector<DocumentLine>& items)
{
    QString rows;
    for (const DocumentLine& item : items)
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                    .arg(multiline(item.description), quantityText(item.quantity), Labels::money(item.unitPrice),
                         percentText(item.vatRate), Labels::money(item.net()));
    // <thead> repeats the header on every page of a long document.
    return QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                          "<thead><tr><th align=\"left\" width=\"44%\">%1</th><th align=\"right\" width=\"11%\">%2</th>"
                          "<th align=\"right\" width=\"18%\">%3</th><th align=\"right\" width=\"9%\">%4</th>"
                          "<th align=\"right\" width=\"18%\">%5</th></tr></thead>%6</table>")
        .arg(SalesDocuments::tr("Désignation"), SalesDocuments::tr("Quantité"), SalesDocuments::tr("Prix unitaire HT"),
             SalesDocuments::tr("TVA"), SalesDocuments::tr("Montant HT"), rows);
}

QString vatTable(const std::vector<VatLine>& byRate)
{
    QString rows;
    for (const VatLine& vat : byRate)
        rows += QStringLiteral("<tr><td align=\"right\">%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                    .arg(percentText(vat.rate), Labels::money(vat.base), Labels::money(vat.vat));
    return QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                          "<tr><th align=\"right\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th></tr>"
                          "%4</table>")
        .arg(SalesDocuments::tr("Taux de TVA"), SalesDocuments::tr("Base HT"), SalesDocuments::tr("Montant TVA"), rows);
}

// The totals; with a deposit set against the invoice, what it leaves to pay.
QString amountsTable(const DocumentTotals& totals, Money deposit)
{
    if (deposit.isPositive())
        return QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                              "<tr><td>%1</td><td align=\"right\">%2</td></tr>"
                              "<tr><td>%3</td><td align=\"right\">%4</td></tr>"
                              "<tr><td>%5</td><td align=\"right\">%6</td></tr>"
                              "<tr><td>%7</td><td align=\"right\">%8</td></tr>"
                              "<tr><td class=\"total\">%9</td><td class=\"total\" align=\"right\">%10</td></tr></table>")
            .arg(SalesDocuments::tr("Total HT"), Labels::money(totals.net), SalesDocuments::tr("Total TVA"),
                 Labels::money(totals.vat), SalesDocuments::tr("Total TTC"), Labels::money(totals.gross),
                 SalesDocuments::tr("Acompte reçu"), Labels::money(-deposit), SalesDocuments::tr("Net à payer"))
            .arg(Labels::money(totals.gross - deposit));
    return QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                          "<tr><td>%1</td><td align=\"right\">%2</td></tr>"
                          "<tr><td>%3</td><td align=\"right\">%4</td></tr>"
                          "<tr><td class=\"total\">%5</td><td class=\"total\" align=\"right\">%6</td></tr></table>")
        .arg(SalesDocuments::tr("Total HT"), Labels::money(totals.net), SalesDocuments::tr("Total TVA"),
             Labels::money(totals.vat), SalesDocuments::tr("Total TTC"), Labels::money(totals.gross));
}

// The VAT by rate on the left, the totals on the right, below the lines.
QString totalsBlock(const DocumentTotals& totals, Money deposit = {})
{
    return sideBySide(vatTable(totals.byRate), 52, amountsTable(totals, deposit), 40);
}

QString discountMention(const SellerIdentity& seller)
{
    return seller.earlyPaymentDiscount
        ? SalesDocuments::tr("Escompte pour paiement anticipé : %1").arg(percentText(*seller.earlyPaymentDiscount))
        : SalesDocuments::tr("Pas d'escompte pour paiement anticipé");
}

QString penaltyMention(const QString& rate)
{
    return SalesDocuments::tr("Taux des pénalités de retard : %1 par an, exigibles dès le lendemain de la date "
                              "d'échéance sans qu'un rappel soit nécessaire (art. L441-10 du Code de commerce)")
        .arg(rate);
}

QString indemnityMention()
{
    const QString euros = QLocale().toString(static_cast<qlonglong>(receivables::kRecoveryIndemnityCents / 100));
    return SalesDocuments::tr("Indemnité forfaitaire pour frais de recouvrement : %1 € (art. D441-5 du Code de "
                              "commerce)")
        .arg(euros);
}

QString bankMention(const SellerIdentity& seller)
{
    if (!seller.iban)
        return {};
    const QString iban = QString::fromStdString(seller.iban->formatted());
    return seller.bic ? SalesDocuments::tr("Règlement par virement — IBAN %1 — BIC %2")
                            .arg(iban, QString::fromStdString(seller.bic->str()))
                      : SalesDocuments::tr("Règlement par virement — IBAN %1").arg(iban);
}

QString natureLabel(OperationNature nature)
{
    switch (nature) {
    case OperationNature::Goods: return SalesDocuments::tr("livraison de biens");
    case OperationNature::Services: return SalesDocuments::tr("prestation de services");
    case OperationNature::Mixed: return SalesDocuments::tr("mixte (livraison de biens et prestation de services)");
    }
    return {};
}

// The two VAT mentions of the e-invoicing reform that describe the operation.
QString operationMentions(const SellerIdentity& seller)
{
    return lines({SalesDocuments::tr("Nature de l'opération : %1").arg(natureLabel(seller.nature)),
                  seller.vatOnDebits ? SalesDocuments::tr("Option pour le paiement de la taxe d'après les débits")
                                     : QString()});
}

// The seller's legal identity in small print: form, capital, register, numbers.
QString footerBlock(const SellerIdentity& seller)
{
    const QString siren = sirenText(seller.siren);
    const QString form = seller.shareCapital.empty()
        ? escaped(seller.legalForm)
        : SalesDocuments::tr("%1 au capital de %2").arg(escaped(seller.legalForm), escaped(seller.shareCapital)).trimmed();
    QStringList parts{escaped(seller.name), form,
                      seller.rcsCity.empty() ? QString() : QString(escaped(seller.rcsCity) + QLatin1Char(' ') + siren),
                      mention(SalesDocuments::tr("SIREN %1"), siren),
                      mention(SalesDocuments::tr("N° TVA intracommunautaire %1"), vatText(seller.vatNumber())),
                      addressLines(seller.address).join(QStringLiteral(", "))};
    parts.removeAll(QString());
    return QStringLiteral("<hr><p class=\"footer\" align=\"center\">%1</p>").arg(parts.join(QStringLiteral(" — ")));
}

QString page(const QString& title, const QString& body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style></head>"
                          "<body>%3</body></html>")
        .arg(title, kStyle, body);
}

QString invoiceTitle(const Invoice& invoice)
{
    return invoice.kind == InvoiceKind::CreditNote ? SalesDocuments::tr("Avoir n° %1").arg(escaped(invoice.number))
                                                   : SalesDocuments::tr("Facture n° %1").arg(escaped(invoice.number));
}

QString invoiceFacts(const Invoice& invoice)
{
    const bool isInvoice = invoice.kind == InvoiceKind::Invoice;
    return factsBlock({{SalesDocuments::tr("Date d'émission"), Labels::date(invoice.issueDate)},
                       {SalesDocuments::tr("Date de livraison"), Labels::date(invoice.deliveryDate)},
                       {SalesDocuments::tr("Date d'échéance"), isInvoice ? Labels::date(invoice.dueDate) : QString()}},
                      {{SalesDocuments::tr("Bon de commande client n°"), escaped(invoice.clientReference)},
                       {SalesDocuments::tr("Commande n°"), joined(invoice.orderNumbers)},
                       {SalesDocuments::tr("Bon de livraison n°"), joined(invoice.deliveryNumbers)}});
}

QString creditedInvoiceMention(const Invoice& invoice)
{
    if (invoice.kind != InvoiceKind::CreditNote)
        return {};
    const QString credited = SalesDocuments::tr("Avoir sur facture n° %1 — motif : %2")
                                 .arg(escaped(invoice.creditedInvoice), multiline(invoice.reason));
    return paragraph(QStringLiteral("reference"), credited) + kGap;
}

// What an invoice asks: when and how to pay, and what a late payment costs.
QString paymentBlock(const Invoice& invoice, const SellerIdentity& seller)
{
    if (invoice.kind != InvoiceKind::Invoice)
        return {};
    const QString terms = SalesDocuments::tr("Conditions de paiement : %1 — date d'échéance : %2")
                              .arg(escaped(invoice.terms.label()), Labels::date(invoice.dueDate));
    return kGap
        + framed(paragraph(QStringLiteral("terms"), lines({QStringLiteral("<b>%1</b>").arg(terms), bankMention(seller)}))
                 + paragraph(QStringLiteral("conditions"),
                             lines({discountMention(seller), penaltyMention(percentText(invoice.penaltyRate)),
                                    indemnityMention()})));
}

QString noteBlock(const std::string& note)
{
    return note.empty() ? QString() : QString(kGap + paragraph(QStringLiteral("note"), multiline(note)));
}

// Before an invoice exists the rate is the seller's contractual one, or the law's.
QString orderPenaltyRate(const SellerIdentity& seller)
{
    return seller.penaltyRate ? percentText(*seller.penaltyRate)
                              : SalesDocuments::tr("taux de refinancement de la BCE majoré de 10 points");
}

QString orderConditionsBlock(const Order& order, const SellerIdentity& seller)
{
    const QString terms = SalesDocuments::tr("Conditions de paiement : %1").arg(escaped(order.terms.label()));
    return kGap
        + framed(paragraph(QStringLiteral("terms"), QStringLiteral("<b>%1</b>").arg(terms))
                 + paragraph(QStringLiteral("conditions"),
                             lines({discountMention(seller), penaltyMention(orderPenaltyRate(seller)),
                                    indemnityMention()})));
}

} // namespace

QString SalesDocuments::orderConfirmationHtml(const Order& order, const SellerIdentity& seller, const ClientFile& buyer)
{
    const QString title = tr("Confirmation de commande n° %1").arg(escaped(order.number));
    // Without an address of its own the order is delivered to the client's.
    const Address& delivery = order.deliveryAddress.isEmpty() ? buyer.company.address : order.deliveryAddress;
    const QString facts = factsBlock({{tr("Date de commande"), Labels::date(order.orderDate)},
                                      {tr("Confirmée le"), Labels::date(order.confirmedOn)}},
                                     {{tr("Bon de commande client n°"), escaped(order.clientReference)}});
    const QString body = partiesBlock(seller, buyer, delivery) + QStringLiteral("<h1>%1</h1>").arg(title)
        + facts + kGap + linesTable(order.items()) + kGap + totalsBlock(order.totals()) + noteBlock(order.note)
        + orderConditionsBlock(order, seller) + footerBlock(seller);
    return page(title, body);
}

QString SalesDocuments::invoiceHtml(const Invoice& invoice, const SellerIdentity& seller, const ClientFile& buyer)
{
    const QString title = invoiceTitle(invoice);
    const Address delivery = invoice.deliveryAddress == billingAddress(buyer) ? Address{} : invoice.deliveryAddress;
    const QString body = partiesBlock(seller, buyer, delivery) + QStringLiteral("<h1>%1</h1>").arg(title)
        + creditedInvoiceMention(invoice) + invoiceFacts(invoice) + kGap + linesTable(invoice.lines)
        + kGap + totalsBlock(invoice.totals, invoice.depositsApplied) + paymentBlock(invoice, seller)
        + kGap + paragraph(QStringLiteral("conditions"), operationMentions(seller)) + footerBlock(seller);
    return page(title, body);
}

} // namespace pc::app
