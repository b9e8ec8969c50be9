// Stage 8 on paper and by e-mail: the recovery letters are filled from Mustache
// templates in French or English, the team's edited templates replace the built-in
// ones, and a letter leaves as a draft e-mail with its PDF attached.

#include "app/PdfWriter.h"
#include "app/RecoveryLetter.h"
#include "store/AuditLog.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::app;
using pc::test::date;
using pc::test::TempWorkspace;

namespace {

Money euros(std::int64_t cents)
{
    return Money::fromCents(cents);
}

// 900 € claimed (300 € of 1,200 € disputed) 73 days late and 10,345.67 € 51 days
// late at 12.15 %: 21.87 € and 175.63 € of penalties (L441-10), 40 € of indemnity each.
RecoveryLetter sampleLetter(const std::string& templateCode, const std::string& language)
{
    RecoveryLetter l;
    l.templateCode = templateCode;
    l.language = language;
    l.date = date("2026-11-23");
    l.reference = "MED-2026-0042";
    l.creditor = {"Fournitures Rhône-Alpes", "732829320", "SAS", {"12 rue de la République", "69002 Lyon"},
                  "recouvrement@fra.example", ""};
    l.debtor = {"Dupont & Fils <b>SARL</b>", "552081317", "SARL", {"18 rue Lafayette", "75009 Paris"},
                "compta@dupont.example", "Mme Claire Dupont"};
    l.salesRep = "Julie Martin";
    l.overdue = {{"F2026-0142", date("2026-08-12"), date("2026-09-11"), euros(120000), euros(120000), euros(30000), 73,
                  Rate::fromBasisPoints(1215), euros(2187), euros(4000)},
                 {"F2026-0187", date("2026-09-03"), date("2026-10-03"), euros(1234567), euros(1034567), Money(), 51,
                  Rate::fromBasisPoints(1215), euros(17563), euros(4000)}};
    l.notDue = {{"F2026-0230", date("2026-11-02"), date("2026-12-02"), euros(48000), euros(48000), Money(), 0, Rate(),
                 Money(), Money()}};
    l.totalOverdue = euros(90000 + 1034567);
    l.totalNotDue = euros(48000);
    l.totalDisputed = euros(30000);
    l.totalPenalties = euros(2187 + 17563);
    l.totalIndemnities = euros(8000);
    l.totalClaimed = l.totalOverdue + l.totalPenalties + l.totalIndemnities;
    l.payWithinDays = 8;
    l.payBy = date("2026-12-01");
    l.creditorIban = "FR7630006000011234567890189";
    l.creditorBic = "AGRIFRPP882";
    l.court = "Tribunal de commerce de Paris";
    l.supportingDocuments = {"Facture F2026-0142", "Facture F2026-0187", "Conditions générales de vente"};
    l.deadlines = {{"Signification de l'ordonnance", date("2027-06-01")}};
    return l;
}

RenderedLetter rendered(const RecoveryLetter& letter)
{
    const auto text = DocumentTemplates::builtIn(QString::fromStdString(letter.templateCode),
                                                 QString::fromStdString(letter.language));
    const auto result = renderLetter(letter, text);
    if (!result.ok())
        FAIL(result.error().arg(0));
    return *result;
}

// French amounts and rates keep their parts together with no-break spaces.
QString fr(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(0x00A0));
}

QStringList pieces(const QString& text)
{
    return {QStringLiteral("F2026-0142"), QStringLiteral("F2026-0187"), text};
}

} // namespace

TEST_CASE("every built-in template renders in both languages", "[app][recovery-letter]")
{
    for (const QString& language : DocumentTemplates::languages()) {
        for (const QString& code : DocumentTemplates::codes()) {
            CAPTURE(code.toStdString(), language.toStdString());
            const auto text = DocumentTemplates::builtIn(code, language);
            REQUIRE_FALSE(text.subject.isEmpty());
            REQUIRE(text.body.contains(QStringLiteral("<html>")));
            const auto letter = rendered(sampleLetter(code.toStdString(), language.toStdString()));
            const QString total = language == QLatin1String("fr") ? fr(QStringLiteral("11 245,67 €"))
                                                                   : QStringLiteral("€11,245.67");
            for (const QString& expected : pieces(total))
                CHECK(letter.html.contains(expected));
            CHECK_FALSE(letter.subject.contains(QLatin1Char('\n')));
            CHECK_FALSE(letter.subject.contains(QStringLiteral("{{")));
            CHECK_FALSE(letter.html.contains(QStringLiteral("{{")));
            // Values are escaped in the HTML; the text of the e-mail reads them back.
            CHECK(letter.html.contains(QStringLiteral("Dupont &amp; Fils &lt;b&gt;SARL&lt;/b&gt;")));
            CHECK_FALSE(letter.html.contains(QStringLiteral("<b>SARL</b>")));
            CHECK(letter.plainText.contains(QStringLiteral("Dupont & Fils <b>SARL</b>")));
            CHECK_FALSE(letter.plainText.contains(QStringLiteral("<td")));
            CHECK_FALSE(letter.plainText.contains(QStringLiteral("&nbsp;")));
        }
    }
}

TEST_CASE("the French formal notice states penalties, indemnities and the total claimed", "[app][recovery-letter]")
{
    const auto letter = rendered(sampleLetter("formal_notice", "fr"));
    CHECK(letter.html.contains(QStringLiteral("MISE EN DEMEURE")));
    CHECK(letter.subject
          == QStringLiteral("Mise en demeure de payer — Fournitures Rhône-Alpes — réf. MED-2026-0042"));
    for (const char* amount : {"21,87 €", "175,63 €", "197,50 €", "80,00 €", "11 523,17 €", "12,15 %"})
        CHECK(letter.html.contains(fr(QString::fromUtf8(amount))));
    CHECK(letter.html.count(fr(QStringLiteral("40,00 €"))) >= 2);
    for (const char* mention : {"L441-10", "D441-5", "1344", "1344-1", "8 jours", "01/12/2026", "injonction de payer",
                                "FR76 3000 6000 0112 3456 7890 189", "SIREN 732 829 320",
                                "Banque centrale européenne", "10 points"}) {
        CAPTURE(mention);
        CHECK((letter.html.contains(QString::fromUtf8(mention))
               || letter.plainText.contains(QString::fromUtf8(mention))));
    }
    // The disputed part is named and left out of the demand.
    CHECK(letter.plainText.contains(QStringLiteral("F2026-0142\u00a0: ") + fr(QStringLiteral("300,00 €"))
                                    + QStringLiteral(" en litige")));
    CHECK(letter.html.contains(fr(QStringLiteral("900,00 €"))));
}

TEST_CASE("the English formal notice says the same in English", "[app][recovery-letter]")
{
    const auto letter = rendered(sampleLetter("formal_notice", "en"));
    CHECK(letter.html.contains(QStringLiteral("FORMAL NOTICE")));
    for (const char* value : {"€21.87", "€175.63", "€197.50", "€80.00", "€11,523.17", "12.15%", "1 Dec 2026",
                              "23 Nov 2026", "L441-10", "D441-5", "1344-1", "8 days"})
        CHECK(letter.html.contains(QString::fromUtf8(value)));
    CHECK(letter.html.count(QStringLiteral("€40.00")) >= 2);
}

TEST_CASE("the statement shows overdue and not-due items and the disputed amount apart", "[app][recovery-letter]")
{
    const auto letter = rendered(sampleLetter("statement", "fr"));
    CHECK(letter.html.contains(QStringLiteral("F2026-0230")));
    CHECK(letter.html.contains(fr(QStringLiteral("480,00 €"))));
    CHECK(letter.html.contains(fr(QStringLiteral("11 725,67 €"))));
    CHECK(letter.plainText.contains(QStringLiteral("En litige, exclu de la relance   ")
                                    + fr(QStringLiteral("300,00 €"))));
}

TEST_CASE("the reminder lists the items and the bank details", "[app][recovery-letter]")
{
    const auto letter = rendered(sampleLetter("reminder", "fr"));
    CHECK(letter.html.contains(QStringLiteral("F2026-0230")));
    CHECK(letter.html.contains(QStringLiteral("AGRIFRPP882")));
    CHECK(letter.html.contains(QStringLiteral("s'est croisé")));
    // A courtesy reminder before the due date speaks of nothing overdue.
    auto courtesy = sampleLetter("reminder", "fr");
    courtesy.overdue.clear();
    const auto early = rendered(courtesy);
    CHECK(early.subject.startsWith(QStringLiteral("Prochaines échéances")));
    CHECK_FALSE(early.html.contains(QStringLiteral("F2026-0142")));
    CHECK(early.html.contains(QStringLiteral("F2026-0230")));
}

TEST_CASE("the injonction request carries the court, the breakdown and the supporting documents",
          "[app][recovery-letter]")
{
    const auto fr = rendered(sampleLetter("injonction", "fr"));
    for (const char* text : {"12946", "Tribunal de commerce de Paris", "1407", "L441-10", "Pièce n°\u00a03",
                             "Conditions générales de vente", "Signification de l'ordonnance   01/06/2027",
                             "six mois", "dans le mois qui suit la signification", "SIREN   552 081 317"}) {
        CAPTURE(text);
        CHECK(fr.plainText.contains(QString::fromUtf8(text)));
    }
    const auto en = rendered(sampleLetter("injonction", "en"));
    for (const char* text : {"12946", "Exhibit 3", "1 Jun 2027", "six months", "one month", "€11,523.17"})
        CHECK(en.plainText.contains(QString::fromUtf8(text)));
}

TEST_CASE("a value is escaped even in a triple-mustache tag, and the subject stays plain", "[app][recovery-letter]")
{
    const auto result = renderLetter(sampleLetter("reminder", "fr"),
                                     {QStringLiteral("Relance {{debtor.name}}"),
                                      QStringLiteral("<p>{{{debtor.name}}} {{& debtor.name}}</p>")});
    REQUIRE(result.ok());
    CHECK(result->html.count(QStringLiteral("&lt;b&gt;SARL&lt;/b&gt;")) == 2);
    CHECK_FALSE(result->html.contains(QStringLiteral("<b>")));
    CHECK(result->subject == QStringLiteral("Relance Dupont & Fils <b>SARL</b>"));
}

TEST_CASE("a broken template is refused", "[app][recovery-letter]")
{
    const auto rendering = renderLetter(sampleLetter("reminder", "fr"),
                                        {QStringLiteral("Relance"), QStringLiteral("{{#overdue}}<p>{{piece}}</p>")});
    REQUIRE_FALSE(rendering.ok());
    CHECK(rendering.error().code == ErrorCode::InvalidFormat);
    CHECK(rendering.error().where.field == "body");

    TempWorkspace t;
    DocumentTemplates templates(t.ws());
    const auto body = templates.save(QStringLiteral("reminder"), QStringLiteral("fr"),
                                     {QStringLiteral("Relance"), QStringLiteral("{{#overdue}}<p>{{piece}}</p>")});
    REQUIRE_FALSE(body.ok());
    CHECK(body.error().code == ErrorCode::InvalidFormat);
    CHECK(body.error().where.field == "body");
    CHECK_FALSE(body.error().arg(0).empty());
    const auto subject = templates.save(QStringLiteral("reminder"), QStringLiteral("fr"),
                                        {QStringLiteral("Relance {{/x}}"), QStringLiteral("<p></p>")});
    REQUIRE_FALSE(subject.ok());
    CHECK(subject.error().where.field == "subject");
    CHECK_FALSE(templates.isEdited(QStringLiteral("reminder"), QStringLiteral("fr")));

    const auto unknownCode = templates.save(QStringLiteral("summons"), QStringLiteral("fr"), {});
    REQUIRE_FALSE(unknownCode.ok());
    CHECK(unknownCode.error().code == ErrorCode::UnknownValue);
    const auto unknownLanguage = templates.reset(QStringLiteral("reminder"), QStringLiteral("de"));
    REQUIRE_FALSE(unknownLanguage.ok());
    CHECK(unknownLanguage.error().code == ErrorCode::UnknownValue);
}

TEST_CASE("an edited template takes precedence until it is reset", "[app][recovery-letter]")
{
    TempWorkspace t;
    DocumentTemplates templates(t.ws());
    const QString code = QStringLiteral("formal_notice");
    const QString language = QStringLiteral("fr");
    const TemplateText builtIn = DocumentTemplates::builtIn(code, language);
    CHECK_FALSE(templates.isEdited(code, language));
    CHECK(templates.effective(code, language).body == builtIn.body);

    const TemplateText edited{QStringLiteral("Mise en demeure {{reference}}"),
                              QStringLiteral("<p>Sommation : {{totalClaimed}} avant le {{payBy}}.</p>")};
    REQUIRE(templates.save(code, language, edited).ok());
    CHECK(templates.isEdited(code, language));
    CHECK(templates.effective(code, language).body == edited.body);
    const QString english = QStringLiteral("en");
    CHECK(templates.effective(code, english).body == DocumentTemplates::builtIn(code, english).body);
    const auto letter = renderLetter(sampleLetter("formal_notice", "fr"), templates.effective(code, language));
    REQUIRE(letter.ok());
    CHECK(letter->subject == QStringLiteral("Mise en demeure MED-2026-0042"));
    CHECK(letter->html == QStringLiteral("<p>Sommation : ") + fr(QStringLiteral("11 523,17 €"))
                              + QStringLiteral(" avant le 01/12/2026.</p>"));

    // A second save replaces the first.
    REQUIRE(templates.save(code, language, {edited.subject, QStringLiteral("<p>v2</p>")}).ok());
    CHECK(templates.effective(code, language).body == QStringLiteral("<p>v2</p>"));

    REQUIRE(templates.reset(code, language).ok());
    CHECK_FALSE(templates.isEdited(code, language));
    CHECK(templates.effective(code, language).body == builtIn.body);
    CHECK(templates.effective(code, language).subject == builtIn.subject);
    const auto audit = pc::store::AuditLog(t->db()).entriesFor(QStringLiteral("document_template"),
                                                              QStringLiteral("formal_notice/fr"));
    CHECK(audit.size() == 3);
}

namespace {

// The value of a header, unfolded.
QByteArray headerValue(const QByteArray& headers, const QByteArray& name)
{
    const QByteArray unfolded = QByteArray(headers).replace("\r\n ", " ");
    for (const QByteArray& line : unfolded.split('\n'))
        if (line.startsWith(QByteArray(name + ": ")))
            return line.mid(name.size() + 2).trimmed();
    return {};
}

QString decodedWords(const QByteArray& value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QByteArray bytes;
    for (auto it = word.globalMatch(QString::fromLatin1(value)); it.hasNext();)
        bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}

struct MimePart {
    QByteArray headers;
    QByteArray body;
};

std::vector<MimePart> parts(const QByteArray& body, const QByteArray& boundary)
{
    const QByteArray opening = "--" + boundary + "\r\n";
    const QByteArray delimiter = "\r\n--" + boundary;
    std::vector<MimePart> out;
    for (qsizetype from = body.indexOf(opening); from >= 0;) {
        const qsizetype start = from + opening.size();
        const qsizetype end = body.indexOf(delimiter, start);
        const QByteArray part = body.mid(start, end + 2 - start);
        const qsizetype split = part.indexOf("\r\n\r\n");
        out.push_back({part.left(split + 2), part.mid(split + 4)});
        from = body.indexOf(opening, end);
    }
    return out;
}

} // namespace

TEST_CASE("a letter becomes a draft e-mail with its PDF attached", "[app][recovery-letter]")
{
    const auto letter = rendered(sampleLetter("formal_notice", "fr"));
    QByteArray pdf("%PDF-1.4\n");
    for (int i = 0; i < 2000; ++i)
        pdf += static_cast<char>(i % 256);
    const QByteArray eml = emlMessage(QStringLiteral("Fournitures Rhône-Alpes <recouvrement@fra.example>"),
                                      QStringLiteral("compta@dupont.example"),
                                      {QStringLiteral("Julie Martin <julie.martin@fra.example>"),
                                       QStringLiteral("Direction, Finances <daf@fra.example>")},
                                      letter, pdf, QStringLiteral("mise-en-demeure.pdf"), date("2026-11-23"));

    // CRLF everywhere, lines short enough for any relay.
    CHECK(eml.count('\n') == eml.count("\r\n"));
    for (const QByteArray& line : eml.split('\n')) {
        CAPTURE(line.toStdString());
        CHECK(line.size() <= 79);
    }

    const qsizetype split = eml.indexOf("\r\n\r\n");
    REQUIRE(split > 0);
    const QByteArray headers = eml.left(split + 2);
    CHECK(decodedWords(headerValue(headers, "From")) == QStringLiteral("Fournitures Rhône-Alpes"));
    CHECK(headerValue(headers, "From").endsWith("<recouvrement@fra.example>"));
    CHECK(headerValue(headers, "To") == "compta@dupont.example");
    CHECK(headerValue(headers, "Cc")
          == "Julie Martin <julie.martin@fra.example>, \"Direction, Finances\" <daf@fra.example>");
    CHECK(decodedWords(headerValue(headers, "Subject")) == letter.subject);
    CHECK(headerValue(headers, "Date") == "Mon, 23 Nov 2026 09:00:00 +0100");
    CHECK(headerValue(headers, "MIME-Version") == "1.0");
    CHECK(headerValue(headers, "X-Unsent") == "1");
    const QByteArray contentType = headerValue(headers, "Content-Type");
    REQUIRE(contentType.startsWith("multipart/mixed; boundary=\""));
    const QByteArray boundary = contentType.mid(contentType.indexOf('"') + 1).chopped(1);
    CHECK(eml.endsWith(QByteArray("--" + boundary + "--\r\n")));

    const auto mime = parts(eml.mid(split + 4), boundary);
    REQUIRE(mime.size() == 2);
    CHECK(headerValue(mime[0].headers, "Content-Type") == "text/plain; charset=UTF-8");
    CHECK(headerValue(mime[0].headers, "Content-Transfer-Encoding") == "base64");
    const QString text = QString::fromUtf8(QByteArray::fromBase64(mime[0].body));
    CHECK(text == QString(letter.plainText).replace(QLatin1Char('\n'), QStringLiteral("\r\n")));
    CHECK(text.contains(QStringLiteral("MISE EN DEMEURE")));

    CHECK(headerValue(mime[1].headers, "Content-Type") == "application/pdf; name=\"mise-en-demeure.pdf\"");
    CHECK(headerValue(mime[1].headers, "Content-Disposition") == "attachment; filename=\"mise-en-demeure.pdf\"");
    for (const QByteArray& line : mime[1].body.split('\n'))
        CHECK(line.size() <= 77);
    CHECK(QByteArray::fromBase64(mime[1].body) == pdf);
}

TEST_CASE("an attachment named with accents is named the RFC 2231 way", "[app][recovery-letter]")
{
    const QByteArray eml = emlMessage(QStringLiteral("a@b.example"), QStringLiteral("c@d.example"), {},
                                      {QStringLiteral("Relevé"), QStringLiteral("<p>x</p>"), QStringLiteral("x\n")},
                                      QByteArray("%PDF"), QStringLiteral("relevé.pdf"), date("2026-11-23"));
    CHECK(eml.contains("filename*=UTF-8''relev%C3%A9.pdf"));
    CHECK_FALSE(eml.contains("\r\nCc:"));
}

TEST_CASE("the French formal notice prints to PDF", "[app][recovery-letter]")
{
    const auto letter = rendered(sampleLetter("formal_notice", "fr"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mise-en-demeure.pdf"));
    REQUIRE(writePdf(letter.html, path, letter.subject).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
}
