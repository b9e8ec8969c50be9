#include "app/RecoveryLetter.h"

#include "app/ClientService.h"
#include "app/Workspace.h"
#include "core/Iban.h"
#include "core/Siren.h"
#include "receivables/PenaltyRate.h"
#include "store/AuditLog.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <array>
#include <cstdint>

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Money;
using core::Status;
namespace mu = kainjow::mustache;

namespace {

// A built-in template file holds the e-mail subject on its first line, after
// "Subject:", and the HTML body below it.
const QString kSubjectPrefix = QStringLiteral("Subject:");

// ---------------------------------------------------------------------------------
// Values as the reader of the letter writes them. The letter's language, not the
// user's interface locale, decides, so QLocale is not used.

const std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const std::array<const char*, 7> kWeekdays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

std::string twoDigits(std::int64_t value)
{
    return {static_cast<char>('0' + value / 10 % 10), static_cast<char>('0' + value % 10)};
}

std::string grouped(std::uint64_t units, const std::string& separator)
{
    const std::string digits = std::to_string(units);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += separator;
        out += digits[i];
    }
    return out;
}

// A number of hundredths (cents, basis points) as units and two decimals, exactly.
struct Hundredths {
    std::string sign;
    std::uint64_t units = 0;
    std::string decimals;
};

Hundredths hundredths(std::int64_t value)
{
    // Through unsigned arithmetic so that the most negative value has a magnitude too.
    const std::uint64_t magnitude =
        value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    return {value < 0 ? "-" : "", magnitude / 100, twoDigits(static_cast<std::int64_t>(magnitude % 100))};
}

// French: "1 234,56 €" with no-break spaces (QTextDocument breaks lines at the narrow
// one); English: "€1,234.56".
std::string moneyText(Money amount, bool french)
{
    const Hundredths h = hundredths(amount.cents());
    if (french)
        return h.sign + grouped(h.units, "\u00A0") + "," + h.decimals + "\u00A0€";
    return h.sign + "€" + grouped(h.units, ",") + "." + h.decimals;
}

// "12,15 %" / "12.15%".
std::string rateText(core::Rate rate, bool french)
{
    const Hundredths h = hundredths(rate.basisPoints());
    const std::string units = h.sign + std::to_string(h.units);
    return french ? units + "," + h.decimals + "\u00A0%" : units + "." + h.decimals + "%";
}

// "23/11/2026" / "23 Nov 2026".
std::string dateText(core::Date date, bool french)
{
    if (french)
        return twoDigits(date.day()) + "/" + twoDigits(date.month()) + "/" + std::to_string(date.year());
    return std::to_string(date.day()) + " " + kMonths.at(static_cast<std::size_t>(date.month() - 1)) + " "
        + std::to_string(date.year());
}

std::string sirenText(const std::string& siren)
{
    const auto parsed = core::Siren::parse(siren);
    return parsed ? parsed->formatted() : siren;
}

std::string ibanText(const std::string& iban)
{
    const auto parsed = core::Iban::parse(iban);
    return parsed ? parsed->formatted() : iban;
}

std::string htmlEscaped(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        // Numeric: QTextDocument does not know "&apos;".
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------
// The Mustache values of a letter. Every text is escaped here, once, for the body,
// so that a template written with {{{x}}} cannot let a value's markup through; the
// subject is plain text and takes the values as they are.

class Values {
public:
    Values(bool french, bool html) : m_french(french), m_html(html) {}

    mu::data text(const std::string& value) const { return {m_html ? htmlEscaped(value) : value}; }
    mu::data money(Money amount) const { return text(moneyText(amount, m_french)); }
    mu::data date(core::Date date) const { return text(dateText(date, m_french)); }
    mu::data rate(core::Rate rate) const { return text(rateText(rate, m_french)); }
    mu::data number(std::int64_t value) const { return text(std::to_string(value)); }

    mu::data texts(const std::vector<std::string>& values) const
    {
        mu::data list(mu::data::type::list);
        for (const auto& value : values)
            list.push_back(text(value));
        return list;
    }

private:
    bool m_french;
    bool m_html;
};

// Mustache renders a section on any string, even an empty one: optional texts come
// with a "has…" flag.
void setOptional(mu::data& data, const std::string& name, const std::string& flag, const std::string& value,
                 const Values& v)
{
    data.set(name, v.text(value));
    data.set(flag, !value.empty());
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator)
{
    std::string out;
    for (const auto& part : parts)
        out += (out.empty() ? "" : separator) + part;
    return out;
}

mu::data partyData(const LetterParty& party, const Values& v)
{
    mu::data data;
    data.set("name", v.text(party.name));
    setOptional(data, "siren", "hasSiren", sirenText(party.siren), v);
    setOptional(data, "legalForm", "hasLegalForm", party.legalForm, v);
    setOptional(data, "email", "hasEmail", party.email, v);
    setOptional(data, "contact", "hasContact", party.contact, v);
    data.set("addressLines", v.texts(party.addressLines));
    // One line, for the small print of a footer.
    data.set("addressInline", v.text(joined(party.addressLines, ", ")));
    return data;
}

// What the letter asks for an item: its open amount less the part under dispute.
Money claimed(const LetterItem& item)
{
    const Money rest = item.open - item.disputed;
    return rest.isNegative() ? Money() : rest;
}

mu::data itemData(const LetterItem& item, const Values& v)
{
    mu::data data;
    data.set("piece", v.text(item.piece));
    data.set("date", v.date(item.date));
    data.set("dueDate", v.date(item.dueDate));
    data.set("amount", v.money(item.amount));
    data.set("open", v.money(item.open));
    data.set("disputed", v.money(item.disputed));
    data.set("hasDisputed", item.disputed.isPositive());
    data.set("claimed", v.money(claimed(item)));
    data.set("daysLate", v.number(item.daysLate));
    data.set("rate", v.rate(item.rate));
    data.set("penalty", v.money(item.penalty));
    data.set("indemnity", v.money(item.indemnity));
    data.set("total", v.money(claimed(item) + item.penalty + item.indemnity));
    return data;
}

mu::data itemsData(const std::vector<LetterItem>& items, const Values& v)
{
    mu::data list(mu::data::type::list);
    for (const auto& item : items)
        list.push_back(itemData(item, v));
    return list;
}

mu::data documentsData(const std::vector<std::string>& documents, const Values& v)
{
    mu::data list(mu::data::type::list);
    for (std::size_t i = 0; i < documents.size(); ++i) {
        mu::data document;
        document.set("number", v.number(static_cast<std::int64_t>(i + 1)));
        document.set("label", v.text(documents[i]));
        list.push_back(document);
    }
    return list;
}

mu::data deadlinesData(const std::vector<LetterDeadline>& deadlines, const Values& v)
{
    mu::data list(mu::data::type::list);
    for (const auto& deadline : deadlines) {
        mu::data item;
        item.set("label", v.text(deadline.label));
        item.set("date", v.date(deadline.date));
        list.push_back(item);
    }
    return list;
}

bool anyDisputed(const std::vector<LetterItem>& items)
{
    return std::any_of(items.begin(), items.end(), [](const LetterItem& item) { return item.disputed.isPositive(); });
}

void setTotals(mu::data& data, const RecoveryLetter& letter, const Values& v)
{
    data.set("totalOverdue", v.money(letter.totalOverdue));
    data.set("totalNotDue", v.money(letter.totalNotDue));
    data.set("totalOpen", v.money(letter.totalOverdue + letter.totalNotDue));
    data.set("totalDisputed", v.money(letter.totalDisputed));
    data.set("totalPenalties", v.money(letter.totalPenalties));
    data.set("totalIndemnities", v.money(letter.totalIndemnities));
    data.set("totalClaimed", v.money(letter.totalClaimed));
    data.set("hasDisputed",
             letter.totalDisputed.isPositive() || anyDisputed(letter.overdue) || anyDisputed(letter.notDue));
    data.set("hasPenalties", letter.totalPenalties.isPositive());
    data.set("hasIndemnities", letter.totalIndemnities.isPositive());
    data.set("indemnityAmount", v.money(Money::fromCents(receivables::kRecoveryIndemnityCents)));
}

mu::data letterData(const RecoveryLetter& letter, const Values& v)
{
    mu::data data;
    data.set("templateCode", v.text(letter.templateCode));
    data.set("language", v.text(letter.language));
    data.set("date", v.date(letter.date));
    setOptional(data, "reference", "hasReference", letter.reference, v);
    data.set("creditor", partyData(letter.creditor, v));
    data.set("debtor", partyData(letter.debtor, v));
    setOptional(data, "salesRep", "hasSalesRep", letter.salesRep, v);
    data.set("overdue", itemsData(letter.overdue, v));
    data.set("hasOverdue", !letter.overdue.empty());
    data.set("overdueCount", v.number(static_cast<std::int64_t>(letter.overdue.size())));
    data.set("notDue", itemsData(letter.notDue, v));
    data.set("hasNotDue", !letter.notDue.empty());
    setTotals(data, letter, v);
    data.set("payWithinDays", v.number(letter.payWithinDays));
    data.set("payBy", v.date(letter.payBy));
    setOptional(data, "iban", "hasIban", ibanText(letter.creditorIban), v);
    setOptional(data, "bic", "hasBic", letter.creditorBic, v);
    setOptional(data, "court", "hasCourt", letter.court, v);
    data.set("supportingDocuments", documentsData(letter.supportingDocuments, v));
    data.set("hasSupportingDocuments", !letter.supportingDocuments.empty());
    data.set("deadlines", deadlinesData(letter.deadlines, v));
    data.set("hasDeadlines", !letter.deadlines.empty());
    return data;
}

core::Result<QString> render(const QString& text, const mu::data& values, const char* field)
{
    mu::mustache tmpl(text.toStdString());
    // The values are escaped already (see Values).
    tmpl.set_custom_escape([](const std::string& value) { return value; });
    std::string out;
    if (tmpl.is_valid())
        out = tmpl.render(values);
    if (!tmpl.is_valid())
        return Error(ErrorCode::InvalidFormat, {tmpl.error_message()}).inField(field);
    return QString::fromStdString(out);
}

Status parses(const QString& text, const char* field)
{
    const mu::mustache tmpl(text.toStdString());
    if (!tmpl.is_valid())
        return Error(ErrorCode::InvalidFormat, {tmpl.error_message()}).inField(field);
    return {};
}

// ---------------------------------------------------------------------------------
// The letter as text for the body of an e-mail: one line per paragraph or table row,
// the cells of a row side by side.

QString decodedEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(?:([0-9]+)|x([0-9a-fA-F]+));"));
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const bool hex = match.captured(1).isEmpty();
        const char32_t code = match.captured(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10);
        out += text.mid(last, match.capturedStart() - last) + QString::fromUcs4(&code, 1);
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out.replace(QStringLiteral("&nbsp;"), QStringLiteral("\u00A0"))
        .replace(QStringLiteral("&euro;"), QStringLiteral("€"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

QString tidyLine(const QString& line)
{
    QStringList cells;
    for (const QString& cell : line.split(QLatin1Char('\t')))
        if (!cell.trimmed().isEmpty())
            cells << cell.trimmed();
    return cells.join(QStringLiteral("   "));
}

QString plainText(QString html)
{
    using Re = QRegularExpression;
    const auto ci = Re::CaseInsensitiveOption;
    html.remove(Re(QStringLiteral("<head\\b.*</head>"), ci | Re::DotMatchesEverythingOption));
    // HTML white space is not the document's: only the tags break lines.
    html.replace(Re(QStringLiteral("[ \\t\\r\\n]+")), QStringLiteral(" "));
    html.replace(Re(QStringLiteral("<br\\s*/?>"), ci), QStringLiteral("\n"));
    html.replace(Re(QStringLiteral("</(p|h[1-6]|table|div)>|<hr[^>]*>"), ci), QStringLiteral("\n\n"));
    html.replace(Re(QStringLiteral("</tr>"), ci), QStringLiteral("\n"));
    html.replace(Re(QStringLiteral("</t[dh]>"), ci), QStringLiteral("\t"));
    html.remove(Re(QStringLiteral("<[^>]*>")));
    QStringList lines;
    for (const QString& line : decodedEntities(html).split(QLatin1Char('\n')))
        lines << tidyLine(line);
    return lines.join(QLatin1Char('\n')).replace(Re(QStringLiteral("\n{3,}")), QStringLiteral("\n\n")).trimmed()
        + QLatin1Char('\n');
}

// ---------------------------------------------------------------------------------
// Templates: the built-in files, and the team's versions in document_templates.

Status known(const QString& code, const QString& language)
{
    if (!DocumentTemplates::codes().contains(code))
        return Error(ErrorCode::UnknownValue, {code.toStdString()}).inField("code");
    if (!DocumentTemplates::languages().contains(language))
        return Error(ErrorCode::UnknownValue, {language.toStdString()}).inField("language");
    return {};
}

std::optional<TemplateText> editedText(store::Database& db, const QString& code, const QString& language)
{
    store::SqlQuery q(db, "document_templates.get",
                      QStringLiteral("SELECT subject, body FROM document_templates WHERE code = ? AND language = ?"));
    q.bind(code).bind(language).run();
    if (!q.next())
        return std::nullopt;
    return TemplateText{q.text(0), q.text(1)};
}

Status writeText(store::Database& db, const QString& code, const QString& language, const TemplateText& text,
                 const store::Stamp& stamp)
{
    const QString at = stamp.at.toUTC().toString(Qt::ISODate);
    store::SqlQuery update(db, "document_templates.update",
                           QStringLiteral("UPDATE document_templates SET subject = ?, body = ?, updated_at = ?, "
                                          "updated_by = ? WHERE code = ? AND language = ?"));
    update.bind(text.subject).bind(text.body).bind(at).bind(stamp.actor).bind(code).bind(language);
    if (auto status = update.exec(); !status || update.rowsAffected() > 0)
        return status;
    store::SqlQuery insert(db, "document_templates.insert",
                           QStringLiteral("INSERT INTO document_templates (code, language, subject, body, updated_at, "
                                          "updated_by) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(code).bind(language).bind(text.subject).bind(text.body).bind(at).bind(stamp.actor);
    return insert.exec();
}

Status deleteText(store::Database& db, const QString& code, const QString& language)
{
    store::SqlQuery remove(db, "document_templates.delete",
                           QStringLiteral("DELETE FROM document_templates WHERE code = ? AND language = ?"));
    remove.bind(code).bind(language);
    return remove.exec();
}

nlohmann::json textJson(const std::optional<TemplateText>& text)
{
    if (!text)
        return nullptr;
    return {{"subject", text->subject.toStdString()}, {"body", text->body.toStdString()}};
}

// The templates speak for the company: who changed one, and from what, is kept.
Status audit(Workspace& ws, const QString& action, const QString& code, const QString& language,
             const std::optional<TemplateText>& before, const std::optional<TemplateText>& after)
{
    const store::Stamp stamp = ws.stamp();
    store::AuditEntry entry;
    entry.at = stamp.at;
    entry.actor = stamp.actor;
    entry.action = action;
    entry.entity = QStringLiteral("document_template");
    entry.entityKey = code + QLatin1Char('/') + language;
    entry.before = textJson(before);
    entry.after = textJson(after);
    return store::AuditLog(ws.db()).record(entry);
}

// ---------------------------------------------------------------------------------
// E-mail (RFC 5322, MIME, RFC 2047 for non-ASCII headers, RFC 2231 for the file name).

bool isAscii(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// RFC 2047 words, a character never cut in two, one per folded line: a line that holds
// an encoded word must stay within 76 characters, "Subject: " included.
QByteArray encodedWords(const QString& text)
{
    constexpr qsizetype kMaxBytes = 36; // 48 base64 characters inside "=?UTF-8?B?…?="
    QList<QByteArray> words;
    QString chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, length);
        if ((chunk + character).toUtf8().size() > kMaxBytes) {
            words << "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
            chunk.clear();
        }
        chunk += character;
        i += length - 1;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
    return words.join("\r\n ");
}

QByteArray headerText(const QString& text)
{
    return isAscii(text) ? text.toLatin1() : encodedWords(text);
}

// "Name <address>", the name encoded or quoted as it needs.
QByteArray mailbox(const QString& address)
{
    static const QRegularExpression named(QStringLiteral("^(.*?)\\s*<([^<>]+)>$"));
    static const QRegularExpression specials(QStringLiteral("[()<>\\[\\]:;@\\\\,.\"]"));
    const QString clean = address.simplified();
    const auto match = named.match(clean);
    const QString name = match.hasMatch() ? match.captured(1) : QString();
    if (name.isEmpty())
        return clean.toUtf8();
    const QByteArray angle = " <" + match.captured(2).toUtf8() + ">";
    if (!isAscii(name))
        return encodedWords(name) + angle;
    if (!name.contains(specials))
        return name.toLatin1() + angle;
    QString quoted = name;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return '"' + quoted.toLatin1() + '"' + angle;
}

QByteArray mailboxes(const QStringList& addresses)
{
    QList<QByteArray> out;
    for (const QString& address : addresses)
        out << mailbox(address);
    return out.join(",\r\n ");
}

// "Mon, 23 Nov 2026 09:00:00 +0100": the morning of the letter's date, Paris time in
// winter; the date is what matters to the reader.
QByteArray mailDate(core::Date date)
{
    return QByteArray(kWeekdays.at(static_cast<std::size_t>(date.isoWeekday() - 1))) + ", "
        + QByteArray::number(date.day()) + ' ' + kMonths.at(static_cast<std::size_t>(date.month() - 1)) + ' '
        + QByteArray::number(date.year()) + " 09:00:00 +0100";
}

QByteArray fileParameter(const char* key, const QString& fileName)
{
    static const QRegularExpression unsafe(QStringLiteral("[\"\\\\\\r\\n]"));
    if (isAscii(fileName) && !fileName.contains(unsafe))
        return QByteArray(key) + "=\"" + fileName.toLatin1() + '"';
    return QByteArray(key) + "*=UTF-8''" + QUrl::toPercentEncoding(fileName);
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QByteArray header(const char* name, const QByteArray& value)
{
    return QByteArray(name) + ": " + value + "\r\n";
}

QByteArray crlfUtf8(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return text.toUtf8();
}

QByteArray textPart(const QString& text)
{
    return header("Content-Type", "text/plain; charset=UTF-8") + header("Content-Transfer-Encoding", "base64")
        + "\r\n" + base64Lines(crlfUtf8(text));
}

QByteArray pdfPart(const QByteArray& pdf, const QString& pdfName)
{
    return header("Content-Type", "application/pdf; " + fileParameter("name", pdfName))
        + header("Content-Disposition", "attachment; " + fileParameter("filename", pdfName))
        + header("Content-Transfer-Encoding", "base64") + "\r\n" + base64Lines(pdf);
}

} // namespace

// ---------------------------------------------------------------------------------

QStringList DocumentTemplates::codes()
{
    return {QStringLiteral("reminder"), QStringLiteral("statement"), QStringLiteral("formal_notice"),
            QStringLiteral("final_notice"), QStringLiteral("injonction")};
}

QStringList DocumentTemplates::languages()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

TemplateText DocumentTemplates::builtIn(const QString& code, const QString& language)
{
    if (!known(code, language))
        return {};
    QFile file(QStringLiteral(":/templates/%1/%2.html").arg(language, code));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString content = QString::fromUtf8(file.readAll());
    const qsizetype end = content.indexOf(QLatin1Char('\n'));
    return {content.left(end).mid(kSubjectPrefix.size()).trimmed(), content.mid(end + 1)};
}

TemplateText DocumentTemplates::effective(const QString& code, const QString& language)
{
    if (auto edited = editedText(m_ws.db(), code, language))
        return *edited;
    return builtIn(code, language);
}

bool DocumentTemplates::isEdited(const QString& code, const QString& language)
{
    return editedText(m_ws.db(), code, language).has_value();
}

Status DocumentTemplates::save(const QString& code, const QString& language, const TemplateText& text)
{
    if (auto status = known(code, language); !status)
        return status;
    if (auto status = parses(text.subject, "subject"); !status)
        return status;
    if (auto status = parses(text.body, "body"); !status)
        return status;
    return guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        const auto before = editedText(m_ws.db(), code, language);
        if (auto status = writeText(m_ws.db(), code, language, text, m_ws.stamp()); !status)
            return status;
        if (auto status = audit(m_ws, QStringLiteral("template.save"), code, language, before, text); !status)
            return status;
        return tx.commit();
    });
}

Status DocumentTemplates::reset(const QString& code, const QString& language)
{
    if (auto status = known(code, language); !status)
        return status;
    return guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        const auto before = editedText(m_ws.db(), code, language);
        if (!before)
            return {};
        if (auto status = deleteText(m_ws.db(), code, language); !status)
            return status;
        if (auto status = audit(m_ws, QStringLiteral("template.reset"), code, language, before, std::nullopt); !status)
            return status;
        return tx.commit();
    });
}

core::Result<RenderedLetter> renderLetter(const RecoveryLetter& letter, const TemplateText& text)
{
    const bool french = letter.language != "en";
    auto subject = render(text.subject, letterData(letter, Values(french, false)), "subject");
    if (!subject)
        return subject.error();
    auto html = render(text.body, letterData(letter, Values(french, true)), "body");
    if (!html)
        return html.error();
    // A subject is one line: a line break in it would start a new e-mail header.
    return RenderedLetter{subject->simplified(), *html, plainText(*html)};
}

QByteArray emlMessage(const QString& from, const QString& to, const QStringList& cc, const RenderedLetter& letter,
                      const QByteArray& pdf, const QString& pdfName, core::Date date)
{
    // Base64 never contains "=_", so the boundary cannot occur in a part.
    QCryptographicHash content(QCryptographicHash::Sha1);
    content.addData(pdf);
    content.addData(letter.plainText.toUtf8());
    const QByteArray boundary = "=_PosteClient_" + content.result().toHex().left(16);
    QByteArray out = header("From", mailbox(from)) + header("To", mailbox(to));
    if (!cc.isEmpty())
        out += header("Cc", mailboxes(cc));
    out += header("Subject", headerText(letter.subject.simplified())) + header("Date", mailDate(date))
        + header("MIME-Version", "1.0")
        // Mail clients open the file as a draft to check and send.
        + header("X-Unsent", "1") + header("Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"") + "\r\n";
    out += "--" + boundary + "\r\n" + textPart(letter.plainText);
    out += "--" + boundary + "\r\n" + pdfPart(pdf, pdfName);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace pc::app
