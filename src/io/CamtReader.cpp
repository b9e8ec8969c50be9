// ISO 20022 camt.053 bank-to-customer statements (and camt.054 notifications, read the
// same way), through QXmlStreamReader. Elements are matched by local name, so versions
// 001.02 to 001.13 read alike; where a later version wraps a party in Pty, both are read.

#include "io/BankStatement.h"

#include "core/Text.h"
#include "io/BankStatementSupport.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

#include <initializer_list>
#include <limits>
#include <optional>
#include <stdexcept>

namespace pc::io {
namespace {

using namespace pc::core;

constexpr int kMaxDepth = 64;

// The document as a small tree: local name, trimmed text, the Ccy attribute, line.
struct Node {
    std::string name;
    std::string text;
    std::string ccy;
    bool hasCcy = false;
    int line = 0;
    std::vector<Node> children;

    const Node* child(std::string_view childName) const
    {
        for (const Node& c : children)
            if (c.name == childName)
                return &c;
        return nullptr;
    }
    std::vector<const Node*> all(std::string_view childName) const
    {
        std::vector<const Node*> out;
        for (const Node& c : children)
            if (c.name == childName)
                out.push_back(&c);
        return out;
    }
    const Node* at(std::initializer_list<std::string_view> path) const
    {
        const Node* n = this;
        for (std::string_view step : path) {
            n = n->child(step);
            if (!n)
                return nullptr;
        }
        return n;
    }
    std::string textAt(std::initializer_list<std::string_view> path) const
    {
        const Node* n = at(path);
        return n ? n->text : std::string();
    }
};

std::string toStd(QStringView s)
{
    return s.toString().toStdString();
}

// Reads the element the reader is on, with its content, into node.
void readElement(QXmlStreamReader& reader, Node& node, int depth)
{
    node.name = toStd(reader.name());
    node.line = static_cast<int>(reader.lineNumber());
    for (const QXmlStreamAttribute& attribute : reader.attributes()) {
        if (attribute.name() == QLatin1String("Ccy")) {
            node.ccy = attribute.value().toString().trimmed().toStdString();
            node.hasCcy = true;
        }
    }
    QString text;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (depth >= kMaxDepth) {
                reader.raiseError(QStringLiteral("elements nested too deep"));
                return;
            }
            node.children.emplace_back();
            readElement(reader, node.children.back(), depth + 1);
        } else if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    node.text = text.trimmed().toStdString();
}

// xs:decimal of a camt amount (non-negative, at most 5 decimals in the schemas) in
// cents: decimals beyond the cents must be zeros.
std::optional<std::int64_t> parseCents(std::string_view s, ErrorCode& problem)
{
    problem = ErrorCode::InvalidNumber;
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    const std::size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    if ((whole.empty() && fraction.empty()) || (!whole.empty() && !text::isDigits(whole))
        || (!fraction.empty() && !text::isDigits(fraction)))
        return std::nullopt;
    std::int64_t cents = 0;
    constexpr std::int64_t kLimit = std::numeric_limits<std::int64_t>::max() / 1000;
    for (const char c : whole) {
        cents = cents * 10 + (c - '0');
        if (cents > kLimit) {
            problem = ErrorCode::Overflow;
            return std::nullopt;
        }
    }
    for (std::size_t i = 0; i < 2; ++i)
        cents = cents * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
    if (fraction.size() > 2 && fraction.substr(2).find_first_not_of('0') != std::string_view::npos) {
        problem = ErrorCode::TooManyDecimals;
        return std::nullopt;
    }
    return cents;
}

// "2014-12-31", "2014-12-31+01:00" or the date of "2014-01-05T00:00:00.000Z".
std::optional<Date> parseXmlDate(std::string_view s)
{
    if (s.size() < 10 || (s.size() > 10 && std::string_view("T+-Z").find(s[10]) == std::string_view::npos))
        return std::nullopt;
    auto date = Date::parseIso(s.substr(0, 10));
    return date ? std::optional<Date>(*date) : std::nullopt;
}

// A party of RltdPties: Dbtr or Cdtr (their Pty in later versions), its account, and
// the ultimate party.
struct Party {
    std::string name, ultimateName, iban, otherAccount, id, idScheme;
    bool empty() const { return name.empty() && ultimateName.empty() && iban.empty() && id.empty(); }
};

Party readParty(const Node* related, std::string_view who, std::string_view account, std::string_view ultimate)
{
    Party p;
    if (!related)
        return p;
    if (const Node* party = related->child(who)) {
        if (const Node* inner = party->child("Pty"))
            party = inner;
        p.name = party->textAt({"Nm"});
        if (const Node* org = party->at({"Id", "OrgId"})) {
            if (const Node* other = org->child("Othr")) {
                p.id = other->textAt({"Id"});
                p.idScheme = other->textAt({"SchmeNm", "Cd"});
                if (p.idScheme.empty())
                    p.idScheme = other->textAt({"SchmeNm", "Prtry"});
            } else {
                for (std::string_view bic : {"AnyBIC", "BICOrBEI"}) {
                    if (const Node* b = org->child(bic); b && p.id.empty()) {
                        p.id = b->text;
                        p.idScheme = "BIC";
                    }
                }
            }
        }
        // A SEPA creditor identifier (ICS) comes as a private identification.
        if (p.id.empty()) {
            for (const Node* other : party->at({"Id", "PrvtId"}) ? party->at({"Id", "PrvtId"})->all("Othr")
                                                                  : std::vector<const Node*>{}) {
                if (other->textAt({"SchmeNm", "Prtry"}) == "SEPA" && p.id.empty()) {
                    p.id = other->textAt({"Id"});
                    p.idScheme = "SEPA";
                }
            }
        }
    }
    if (const Node* acct = related->child(account)) {
        p.iban = acct->textAt({"Id", "IBAN"});
        p.otherAccount = acct->textAt({"Id", "Othr", "Id"});
    }
    if (const Node* u = related->child(ultimate)) {
        if (const Node* inner = u->child("Pty"))
            u = inner;
        p.ultimateName = u->textAt({"Nm"});
    }
    return p;
}

std::string transactionCode(const Node* bkTxCd)
{
    if (!bkTxCd)
        return {};
    if (const Node* domain = bkTxCd->child("Domn")) {
        std::string code = domain->textAt({"Cd"});
        const std::string family = domain->textAt({"Fmly", "Cd"});
        const std::string subFamily = domain->textAt({"Fmly", "SubFmlyCd"});
        if (!family.empty())
            code += "/" + family;
        if (!subFamily.empty())
            code += "/" + subFamily;
        if (!code.empty())
            return code;
    }
    return bkTxCd->textAt({"Prtry", "Cd"});
}

class CamtReader {
public:
    CamtReader(std::string_view bytes, const std::string& fileName) : m_bytes(bytes), m_fileName(fileName)
    {
        m_result.format = BankFormat::Camt053;
    }

    BankStatementFile read()
    {
        Node root;
        QString rootNamespace;
        QXmlStreamReader reader(QByteArray(m_bytes.data(), static_cast<qsizetype>(m_bytes.size())));
        bool found = false;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement) {
                rootNamespace = reader.namespaceUri().toString();
                readElement(reader, root, 0);
                found = true;
                break;
            }
        }
        while (!reader.atEnd())
            reader.readNext();
        if (reader.hasError() || !found) {
            const std::string message = reader.hasError() ? reader.errorString().toStdString() : "no element";
            fail(ErrorCode::InvalidFormat, {message}, static_cast<int>(reader.lineNumber()), "xml");
            return std::move(m_result);
        }
        readDocument(root, rootNamespace.toStdString());
        return std::move(m_result);
    }

private:
    void fail(ErrorCode code, std::vector<std::string> args, int line, std::string field)
    {
        m_result.errors.push_back(Error(code, std::move(args)).inFile(m_fileName).atLine(line).inField(std::move(field)));
    }
    void warn(ErrorCode code, std::vector<std::string> args, int line, std::string field)
    {
        bank::addWarning(m_result, Error(code, std::move(args)).inFile(m_fileName).atLine(line).inField(std::move(field)));
    }

    void readDocument(const Node& root, const std::string& ns)
    {
        static constexpr std::string_view kPrefix = "urn:iso:std:iso:20022:tech:xsd:";
        std::string message;
        if (std::string_view(ns).starts_with(kPrefix))
            message = ns.substr(kPrefix.size());
        else if (ns.empty() && root.name == "Document" && root.child("BkToCstmrStmt"))
            message = "camt.053";
        else if (ns.empty() && root.name == "Document" && root.child("BkToCstmrDbtCdtNtfctn"))
            message = "camt.054";
        m_result.messageName = message;

        const bool statement = root.name == "Document" && message.starts_with("camt.053");
        const bool notification = root.name == "Document" && message.starts_with("camt.054");
        if (!statement && !notification) {
            const std::string found = !message.empty() ? message : !ns.empty() ? ns : root.name;
            fail(ErrorCode::InvalidFormat, {found, "camt.053"}, root.line, "format");
            return;
        }
        if (notification)
            warn(ErrorCode::InvalidFormat, {message, "camt.053"}, root.line, "format");

        const std::string_view containerName = statement ? "BkToCstmrStmt" : "BkToCstmrDbtCdtNtfctn";
        const std::string_view itemName = statement ? "Stmt" : "Ntfctn";
        const Node* container = root.child(containerName);
        if (!container) {
            fail(ErrorCode::MissingField, {}, root.line, std::string(containerName));
            return;
        }
        const std::vector<const Node*> items = container->all(itemName);
        if (items.empty()) {
            fail(ErrorCode::MissingField, {}, container->line, std::string(itemName));
            return;
        }
        for (const Node* item : items)
            readStatement(*item, notification);
    }

    // An amount with its currency and CdtDbtInd, signed; nullopt after an error.
    std::optional<Money> readAmount(const Node& owner, const Node* amountNode, bool signRequired)
    {
        if (!amountNode) {
            fail(ErrorCode::MissingField, {}, owner.line, "Amt");
            return std::nullopt;
        }
        ErrorCode problem{};
        const auto cents = parseCents(amountNode->text, problem);
        if (!cents) {
            fail(problem, {amountNode->text}, amountNode->line, "Amt");
            return std::nullopt;
        }
        const Node* indicator = owner.child("CdtDbtInd");
        if (!indicator) {
            if (!signRequired || *cents == 0)
                return Money::fromCents(*cents);
            fail(ErrorCode::MissingField, {}, owner.line, "CdtDbtInd");
            return std::nullopt;
        }
        if (indicator->text == "CRDT")
            return Money::fromCents(*cents);
        if (indicator->text == "DBIT")
            return Money::fromCents(-*cents);
        fail(ErrorCode::UnknownValue, {indicator->text}, indicator->line, "CdtDbtInd");
        return std::nullopt;
    }

    std::optional<Date> readDate(const Node& holder, const std::string& field)
    {
        const Node* value = holder.child("Dt");
        if (!value)
            value = holder.child("DtTm");
        if (!value) {
            fail(ErrorCode::MissingField, {}, holder.line, field);
            return std::nullopt;
        }
        auto date = parseXmlDate(value->text);
        if (!date)
            fail(ErrorCode::InvalidDate, {value->text}, value->line, field);
        return date;
    }

    void readStatement(const Node& stmt, bool notification)
    {
        const std::size_t errorsBefore = m_result.errors.size();
        BankStatement s;
        s.line = stmt.line;
        if (const Node* account = stmt.child("Acct")) {
            s.iban = account->textAt({"Id", "IBAN"});
            s.account = !s.iban.empty() ? s.iban : account->textAt({"Id", "Othr", "Id"});
            s.currency = account->textAt({"Ccy"});
        }
        readBalances(stmt, s);
        const std::vector<const Node*> entries = stmt.all("Ntry");
        if (s.currency.empty() && !entries.empty())
            if (const Node* amount = entries.front()->child("Amt"))
                s.currency = amount->ccy;
        if (!s.openingDate)
            if (auto from = parseXmlDate(stmt.textAt({"FrToDt", "FrDtTm"})))
                s.openingDate = from;
        if (!s.closingDate)
            if (auto to = parseXmlDate(stmt.textAt({"FrToDt", "ToDtTm"})))
                s.closingDate = to;

        for (const Node* entry : entries)
            readEntry(*entry, s);
        if (entries.empty())
            warn(ErrorCode::Empty, {s.account}, stmt.line, "Ntry");
        if (!notification && m_result.errors.size() == errorsBefore)
            bank::checkBalances(m_result, s, m_fileName, "Bal");
        m_result.statements.push_back(std::move(s));
    }

    void readBalances(const Node& stmt, BankStatement& s)
    {
        struct Found {
            const Node* node = nullptr;
            int rank = 0;
        };
        Found opening, closing;
        for (const Node* balance : stmt.all("Bal")) {
            std::string code = balance->textAt({"Tp", "CdOrPrtry", "Cd"});
            if (code.empty())
                code = balance->textAt({"Tp", "CdOrPrtry", "Prtry"});
            // OPBD is the opening balance; PRCD (previous closing) stands in for it.
            if (code == "OPBD" && opening.rank < 2)
                opening = {balance, 2};
            else if (code == "PRCD" && opening.rank < 1)
                opening = {balance, 1};
            else if (code == "CLBD" && closing.rank < 1)
                closing = {balance, 1};
        }
        if (s.currency.empty()) {
            for (const Found& f : {opening, closing}) {
                if (f.node && s.currency.empty())
                    if (const Node* amount = f.node->child("Amt"))
                        s.currency = amount->ccy;
            }
        }
        auto read = [&](const Node* balance, std::optional<Money>& amount, std::optional<Date>& date) {
            if (!balance)
                return;
            const Node* amountNode = balance->child("Amt");
            auto value = readAmount(*balance, amountNode, true);
            std::optional<Date> day;
            if (const Node* dateNode = balance->child("Dt"))
                day = readDate(*dateNode, "Dt");
            if (value && amountNode->hasCcy && amountNode->ccy != s.currency) {
                warn(ErrorCode::InconsistentFields, {amountNode->ccy, s.currency}, amountNode->line, "Ccy");
                return;
            }
            amount = value;
            date = day;
        };
        read(opening.node, s.openingBalance, s.openingDate);
        read(closing.node, s.closingBalance, s.closingDate);
    }

    void readEntry(const Node& entry, BankStatement& s)
    {
        const std::size_t errorsBefore = m_result.errors.size();
        const Node* amountNode = entry.child("Amt");
        const auto amount = readAmount(entry, amountNode, true);
        if (amount && amountNode->hasCcy && !s.currency.empty() && amountNode->ccy != s.currency)
            fail(ErrorCode::InconsistentFields, {amountNode->ccy, s.currency}, amountNode->line, "Ccy");
        std::optional<Date> booking;
        if (const Node* b = entry.child("BookgDt"))
            booking = readDate(*b, "BookgDt");
        else
            fail(ErrorCode::MissingField, {}, entry.line, "BookgDt");
        std::optional<Date> value;
        if (const Node* v = entry.child("ValDt"))
            value = readDate(*v, "ValDt");
        if (m_result.errors.size() != errorsBefore)
            return;

        std::string status = entry.textAt({"Sts"});
        if (status.empty())
            status = entry.textAt({"Sts", "Cd"});
        if (!status.empty() && status != "BOOK") {
            warn(ErrorCode::UnknownValue, {status}, entry.line, "Sts");
            return;
        }

        const std::string reversalText = entry.textAt({"RvslInd"});
        const bool reversal = reversalText == "true" || reversalText == "1";

        std::vector<const Node*> details;
        for (const Node* entryDetails : entry.all("NtryDtls"))
            for (const Node* tx : entryDetails->all("TxDtls"))
                details.push_back(tx);

        BankTransaction base;
        base.line = entry.line;
        base.bookingDate = *booking;
        base.valueDate = value;
        base.amount = *amount;
        base.reversal = reversal;
        bank::appendPart(base.label, entry.textAt({"AddtlNtryInf"}));
        bank::appendPart(base.reference, entry.textAt({"AcctSvcrRef"}));
        base.operationCode = transactionCode(entry.child("BkTxCd"));

        if (details.size() > 1) {
            if (auto split = splitBatch(entry, details, base, s)) {
                for (BankTransaction& t : *split)
                    s.transactions.push_back(std::move(t));
                return;
            }
        }
        // One movement of the entry amount, described by its first TxDtls (remittance
        // information of every TxDtls when a batch could not be split).
        BankTransaction t = base;
        if (!details.empty())
            describe(*details.front(), t, s);
        for (std::size_t i = 1; i < details.size(); ++i)
            appendRemittance(*details[i], t.remittance);
        finish(t);
        s.transactions.push_back(std::move(t));
    }

    // One movement per TxDtls, or nullopt (with a warning) when their amounts are not
    // all there, in the statement currency, adding up to the entry amount.
    std::optional<std::vector<BankTransaction>> splitBatch(const Node& entry, const std::vector<const Node*>& details,
                                                           const BankTransaction& base, const BankStatement& s)
    {
        std::vector<BankTransaction> out;
        Money sum;
        for (const Node* tx : details) {
            const Node* amountNode = tx->child("Amt");
            if (!amountNode)
                amountNode = tx->at({"AmtDtls", "TxAmt", "Amt"});
            if (!amountNode) {
                warn(ErrorCode::MissingField, {}, tx->line, "TxDtls");
                return std::nullopt;
            }
            if (amountNode->hasCcy && amountNode->ccy != s.currency) {
                warn(ErrorCode::InconsistentFields, {amountNode->ccy, s.currency}, amountNode->line, "TxDtls");
                return std::nullopt;
            }
            ErrorCode problem{};
            const auto cents = parseCents(amountNode->text, problem);
            if (!cents) {
                fail(problem, {amountNode->text}, amountNode->line, "Amt");
                return std::nullopt;
            }
            const std::string indicator = tx->textAt({"CdtDbtInd"});
            const bool negative = indicator.empty() ? base.amount.isNegative() : indicator == "DBIT";
            BankTransaction t = base;
            t.amount = Money::fromCents(negative ? -*cents : *cents);
            try {
                sum += t.amount;
            } catch (const std::overflow_error&) {
                fail(ErrorCode::Overflow, {amountNode->text}, amountNode->line, "Amt");
                return std::nullopt;
            }
            describe(*tx, t, s);
            finish(t);
            out.push_back(std::move(t));
        }
        if (sum != base.amount) {
            warn(ErrorCode::TotalMismatch, {sum.toString(), base.amount.toString()}, entry.line, "TxDtls");
            return std::nullopt;
        }
        return out;
    }

    static void appendRemittance(const Node& tx, std::string& remittance)
    {
        const Node* info = tx.child("RmtInf");
        if (!info)
            return;
        std::string unstructured;
        for (const Node* line : info->all("Ustrd"))
            bank::appendPart(unstructured, line->text, " ");
        bank::appendPart(remittance, unstructured);
        for (const Node* structured : info->all("Strd")) {
            for (const Node* document : structured->all("RfrdDocInf"))
                bank::appendPart(remittance, document->textAt({"Nb"}));
            bank::appendPart(remittance, structured->textAt({"CdtrRefInf", "Ref"}));
        }
    }

    // Fills t from one TxDtls: label, remittance, references, code and counterparty.
    static void describe(const Node& tx, BankTransaction& t, const BankStatement& s)
    {
        bank::appendPart(t.label, tx.textAt({"AddtlTxInf"}));
        appendRemittance(tx, t.remittance);
        bank::appendPart(t.reference, tx.textAt({"Refs", "AcctSvcrRef"}));
        const std::string endToEnd = tx.textAt({"Refs", "EndToEndId"});
        if (endToEnd != "NOTPROVIDED")
            bank::appendPart(t.reference, endToEnd);
        if (const std::string code = transactionCode(tx.child("BkTxCd")); !code.empty())
            t.operationCode = code;

        // Money in: the counterparty is the debtor; money out: the creditor. The parties
        // of a reversal are those of the original movement, of the other direction. When
        // that side is absent, the other one is taken unless it is this account.
        const Node* related = tx.child("RltdPties");
        const Party debtor = readParty(related, "Dbtr", "DbtrAcct", "UltmtDbtr");
        const Party creditor = readParty(related, "Cdtr", "CdtrAcct", "UltmtCdtr");
        const bool debtorSide = t.amount.isNegative() == t.reversal;
        const Party* party = debtorSide ? &debtor : &creditor;
        const Party* other = debtorSide ? &creditor : &debtor;
        const auto isOwnAccount = [&s](const Party& p) {
            return !s.account.empty() && (p.iban == s.account || p.otherAccount == s.account);
        };
        if (party->empty() && !other->empty() && !isOwnAccount(*other))
            party = other;
        t.counterpartyName = party->name.empty() ? party->ultimateName : party->name;
        t.ultimateCounterpartyName = party->ultimateName;
        t.counterpartyIban = party->iban;
        t.counterpartyId = party->id;
        t.counterpartyIdScheme = party->idScheme;
    }

    static void finish(BankTransaction& t)
    {
        if (t.reversal)
            t.label = t.label.empty() ? "[Reversal]" : "[Reversal] " + t.label;
    }

    std::string_view m_bytes;
    std::string m_fileName;
    BankStatementFile m_result;
};

} // namespace

BankStatementFile readCamt053(std::string_view bytes, const std::string& fileName)
{
    return CamtReader(bytes, fileName).read();
}

} // namespace pc::io
