#include "store/ClientRepository.h"

#include "core/Text.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {
namespace {

using namespace pc::core;

std::optional<std::string> isoOrNull(const std::optional<Date>& date)
{
    return date ? std::optional<std::string>(date->toIso()) : std::nullopt;
}

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Values read back were validated when written; one that no longer parses means
// the store was edited behind the application's back.
[[noreturn]] void corrupt(const char* field, const std::string& value)
{
    throw StoreFailure(std::string("clients.read.") + field, "stored value does not parse: " + value);
}

std::optional<Date> readDate(const SqlQuery& q, int column, const char* field)
{
    const auto text = q.optText(column);
    if (!text || text->empty())
        return std::nullopt;
    auto date = Date::parseIso(*text);
    if (!date)
        corrupt(field, *text);
    return *date;
}

template <class T>
std::optional<T> readParsed(const SqlQuery& q, int column, const char* field)
{
    const auto text = q.optText(column);
    if (!text || text->empty())
        return std::nullopt;
    auto parsed = T::parse(*text);
    if (!parsed)
        corrupt(field, *text);
    return *parsed;
}

template <class Enum>
Enum readCode(const SqlQuery& q, int column, std::optional<Enum> (*fromCode)(std::string_view), const char* field)
{
    const std::string text = q.stdText(column);
    const auto value = fromCode(text);
    if (!value)
        corrupt(field, text);
    return *value;
}

Address readAddress(const SqlQuery& q, int first)
{
    return Address{q.stdText(first), q.stdText(first + 1), q.stdText(first + 2), q.stdText(first + 3),
                   q.stdText(first + 4)};
}

void bindAddress(SqlQuery& q, const Address& a)
{
    q.bind(a.line1).bind(a.line2).bind(a.postalCode).bind(a.city).bind(a.country);
}

// The columns of companies from siren to country, in the order of the INSERT and UPDATE.
void bindCompany(SqlQuery& q, const Company& c)
{
    q.bindText(c.siren ? std::optional<std::string>(c.siren->str()) : std::nullopt)
        .bind(c.name)
        .bind(text::foldForSearch(c.name))
        .bind(c.legalForm)
        .bind(c.nafCode)
        .bindText(isoOrNull(c.creationDate))
        .bind(std::string(toCode(c.status)))
        .bind(std::string(toCode(c.proceedings)))
        .bindText(isoOrNull(c.proceedingsDate));
    bindAddress(q, c.address);
}

// The columns of accounts from number to opened_on, in the order of the INSERT and UPDATE.
void bindAccount(SqlQuery& q, const ClientAccount& a)
{
    q.bind(a.number)
        .bind(std::string(toCode(a.status)))
        .bind(a.segment)
        .bind(a.salesRep)
        .bindText(a.paymentMethod ? std::optional<std::string>(toCode(*a.paymentMethod)) : std::nullopt)
        .bindText(a.iban ? std::optional<std::string>(a.iban->str()) : std::nullopt)
        .bindText(a.bic ? std::optional<std::string>(a.bic->str()) : std::nullopt)
        .bindText(isoOrNull(a.kbisDate))
        .bindText(isoOrNull(a.termsSignedDate));
    bindAddress(q, a.billingAddress);
    q.bindText(isoOrNull(a.openedOn));
}

const QString kSelectFile = QStringLiteral(
    "SELECT c.id, c.siren, c.name, c.legal_form, c.naf_code, c.creation_date, c.status, c.proceedings, "
    "c.proceedings_date, c.address_line1, c.address_line2, c.postal_code, c.city, c.country, "
    "a.number, a.status, a.segment, a.sales_rep, a.payment_method, a.iban, a.bic, a.kbis_date, "
    "a.terms_signed_date, a.billing_line1, a.billing_line2, a.billing_postal_code, a.billing_city, "
    "a.billing_country, a.opened_on "
    "FROM companies c JOIN accounts a ON a.company_id = c.id ");

ClientFile readFile(const SqlQuery& q)
{
    ClientFile f;
    f.id = q.integer(0);
    f.company.siren = readParsed<Siren>(q, 1, "siren");
    f.company.name = q.stdText(2);
    f.company.legalForm = q.stdText(3);
    f.company.nafCode = q.stdText(4);
    f.company.creationDate = readDate(q, 5, "creation_date");
    f.company.status = readCode<CompanyStatus>(q, 6, companyStatusFromCode, "company_status");
    f.company.proceedings = readCode<Proceedings>(q, 7, proceedingsFromCode, "proceedings");
    f.company.proceedingsDate = readDate(q, 8, "proceedings_date");
    f.company.address = readAddress(q, 9);
    f.account.number = q.stdText(14);
    f.account.status = readCode<AccountStatus>(q, 15, accountStatusFromCode, "account_status");
    f.account.segment = q.stdText(16);
    f.account.salesRep = q.stdText(17);
    if (!q.isNull(18))
        f.account.paymentMethod = readCode<PaymentMethod>(q, 18, paymentMethodFromCode, "payment_method");
    f.account.iban = readParsed<Iban>(q, 19, "iban");
    f.account.bic = readParsed<Bic>(q, 20, "bic");
    f.account.kbisDate = readDate(q, 21, "kbis_date");
    f.account.termsSignedDate = readDate(q, 22, "terms_signed_date");
    f.account.billingAddress = readAddress(q, 23);
    f.account.openedOn = readDate(q, 28, "opened_on");
    return f;
}

ClientSummary readSummary(const SqlQuery& q)
{
    return ClientSummary{q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4),
                         q.text(5),    q.text(6), q.text(7), q.text(8), q.text(9)};
}

const QString kSelectSummary = QStringLiteral(
    "SELECT c.id, COALESCE(c.siren, ''), c.name, a.number, a.status, c.postal_code, c.city, a.segment, "
    "a.sales_rep, c.search_name FROM companies c JOIN accounts a ON a.company_id = c.id ");

} // namespace

core::Result<qint64> ClientRepository::insert(const ClientFile& file, const QDateTime& now)
{
    const Company& c = file.company;
    SqlQuery company(m_db, "companies.insert",
                     QStringLiteral("INSERT INTO companies (siren, name, search_name, legal_form, naf_code, "
                                    "creation_date, status, proceedings, proceedings_date, address_line1, "
                                    "address_line2, postal_code, city, country, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindCompany(company, c);
    company.bind(timestamp(now)).bind(timestamp(now));
    if (auto status = company.exec(); !status)
        return status.error();
    if (!company.next())
        return Error(ErrorCode::StoreError, {"companies.insert", "no id returned"});
    const qint64 id = company.integer(0);

    const ClientAccount& a = file.account;
    SqlQuery account(m_db, "accounts.insert",
                     QStringLiteral("INSERT INTO accounts (company_id, number, status, segment, sales_rep, "
                                    "payment_method, iban, bic, kbis_date, terms_signed_date, billing_line1, "
                                    "billing_line2, billing_postal_code, billing_city, billing_country, opened_on) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    account.bind(id);
    bindAccount(account, a);
    if (auto status = account.exec(); !status)
        return status.error();

    if (auto status = writeEstablishments(id, file.establishments); !status)
        return status.error();
    if (auto status = writeContacts(id, file.contacts); !status)
        return status.error();
    return id;
}

core::Status ClientRepository::update(const ClientFile& file, const QDateTime& now)
{
    const Company& c = file.company;
    SqlQuery company(m_db, "companies.update",
                     QStringLiteral("UPDATE companies SET siren = ?, name = ?, search_name = ?, legal_form = ?, "
                                    "naf_code = ?, creation_date = ?, status = ?, proceedings = ?, "
                                    "proceedings_date = ?, address_line1 = ?, address_line2 = ?, postal_code = ?, "
                                    "city = ?, country = ?, updated_at = ? WHERE id = ?"));
    bindCompany(company, c);
    company.bind(timestamp(now)).bind(file.id);
    if (auto status = company.exec(); !status)
        return status;

    const ClientAccount& a = file.account;
    SqlQuery account(m_db, "accounts.update",
                     QStringLiteral("UPDATE accounts SET number = ?, status = ?, segment = ?, sales_rep = ?, "
                                    "payment_method = ?, iban = ?, bic = ?, kbis_date = ?, terms_signed_date = ?, "
                                    "billing_line1 = ?, billing_line2 = ?, billing_postal_code = ?, "
                                    "billing_city = ?, billing_country = ?, opened_on = ? WHERE company_id = ?"));
    bindAccount(account, a);
    account.bind(file.id);
    if (auto status = account.exec(); !status)
        return status;

    if (auto status = writeEstablishments(file.id, file.establishments); !status)
        return status;
    return writeContacts(file.id, file.contacts);
}

core::Status ClientRepository::writeEstablishments(qint64 companyId, const std::vector<Establishment>& establishments)
{
    // Kept by SIRET: rows that stay keep their id (later records point to them).
    SqlQuery existing(m_db, "establishments.sirets",
                      QStringLiteral("SELECT siret FROM establishments WHERE company_id = ?"));
    existing.bind(companyId).run();
    QStringList stale;
    while (existing.next())
        stale << existing.text(0);

    SqlQuery upsert(m_db, "establishments.upsert",
                    QStringLiteral("INSERT INTO establishments (company_id, siret, head_office, name, address_line1, "
                                   "address_line2, postal_code, city, country, closed) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (siret) DO UPDATE SET company_id = excluded.company_id, "
                                   "head_office = excluded.head_office, name = excluded.name, "
                                   "address_line1 = excluded.address_line1, address_line2 = excluded.address_line2, "
                                   "postal_code = excluded.postal_code, city = excluded.city, "
                                   "country = excluded.country, closed = excluded.closed"));
    for (const Establishment& e : establishments) {
        stale.removeAll(QString::fromStdString(e.siret.str()));
        upsert.bind(companyId).bind(e.siret.str()).bind(e.headOffice).bind(e.name);
        bindAddress(upsert, e.address);
        upsert.bind(e.closed);
        if (auto status = upsert.exec(); !status)
            return status;
    }
    SqlQuery remove(m_db, "establishments.delete", QStringLiteral("DELETE FROM establishments WHERE siret = ?"));
    for (const QString& siret : stale) {
        if (auto status = remove.bind(siret).exec(); !status)
            return status;
    }
    return {};
}

core::Status ClientRepository::writeContacts(qint64 companyId, const std::vector<Contact>& contacts)
{
    SqlQuery clear(m_db, "contacts.clear", QStringLiteral("DELETE FROM contacts WHERE company_id = ?"));
    if (auto status = clear.bind(companyId).exec(); !status)
        return status;
    SqlQuery insert(m_db, "contacts.insert",
                    QStringLiteral("INSERT INTO contacts (company_id, position, role, name, phone, email) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const Contact& c : contacts) {
        insert.bind(companyId).bind(position++).bind(std::string(toCode(c.role))).bind(c.name).bind(c.phone)
            .bind(c.email);
        if (auto status = insert.exec(); !status)
            return status;
    }
    return {};
}

std::vector<Establishment> ClientRepository::readEstablishments(qint64 companyId)
{
    SqlQuery q(m_db, "establishments.read",
               QStringLiteral("SELECT siret, head_office, name, address_line1, address_line2, postal_code, city, "
                              "country, closed FROM establishments WHERE company_id = ? "
                              "ORDER BY head_office DESC, siret"));
    q.bind(companyId).run();
    std::vector<Establishment> out;
    while (q.next()) {
        auto siret = Siret::parse(q.stdText(0));
        if (!siret)
            corrupt("siret", q.stdText(0));
        out.push_back(Establishment{*siret, q.integer(1) != 0, q.stdText(2), readAddress(q, 3), q.integer(8) != 0});
    }
    return out;
}

std::vector<Contact> ClientRepository::readContacts(qint64 companyId)
{
    SqlQuery q(m_db, "contacts.read",
               QStringLiteral("SELECT role, name, phone, email FROM contacts WHERE company_id = ? ORDER BY position"));
    q.bind(companyId).run();
    std::vector<Contact> out;
    while (q.next())
        out.push_back(Contact{readCode<ContactRole>(q, 0, contactRoleFromCode, "contact_role"), q.stdText(1),
                              q.stdText(2), q.stdText(3)});
    return out;
}

std::optional<ClientFile> ClientRepository::findById(qint64 id)
{
    SqlQuery q(m_db, "clients.by_id", kSelectFile + QStringLiteral("WHERE c.id = ?"));
    q.bind(id).run();
    if (!q.next())
        return std::nullopt;
    ClientFile file = readFile(q);
    file.establishments = readEstablishments(id);
    file.contacts = readContacts(id);
    return file;
}

std::optional<qint64> ClientRepository::idBySiren(const Siren& siren)
{
    SqlQuery q(m_db, "clients.id_by_siren", QStringLiteral("SELECT id FROM companies WHERE siren = ?"));
    q.bind(siren.str()).run();
    return q.next() ? std::optional<qint64>(q.integer(0)) : std::nullopt;
}

std::optional<qint64> ClientRepository::idBySiret(const Siret& siret)
{
    SqlQuery q(m_db, "clients.id_by_siret", QStringLiteral("SELECT company_id FROM establishments WHERE siret = ?"));
    q.bind(siret.str()).run();
    return q.next() ? std::optional<qint64>(q.integer(0)) : std::nullopt;
}

std::optional<qint64> ClientRepository::idByAccountNumber(const QString& number)
{
    SqlQuery q(m_db, "clients.id_by_account", QStringLiteral("SELECT company_id FROM accounts WHERE number = ?"));
    q.bind(number).run();
    return q.next() ? std::optional<qint64>(q.integer(0)) : std::nullopt;
}

std::optional<ClientFile> ClientRepository::findBySiren(const Siren& siren)
{
    const auto id = idBySiren(siren);
    return id ? findById(*id) : std::nullopt;
}

std::optional<ClientFile> ClientRepository::findBySiret(const Siret& siret)
{
    const auto id = idBySiret(siret);
    return id ? findById(*id) : std::nullopt;
}

std::vector<ClientSummary> ClientRepository::summaries()
{
    SqlQuery q(m_db, "clients.summaries", kSelectSummary + QStringLiteral("ORDER BY c.search_name, c.id"));
    q.run();
    std::vector<ClientSummary> out;
    while (q.next())
        out.push_back(readSummary(q));
    return out;
}

std::optional<ClientSummary> ClientRepository::summaryById(qint64 id)
{
    SqlQuery q(m_db, "clients.summary_by_id", kSelectSummary + QStringLiteral("WHERE c.id = ?"));
    q.bind(id).run();
    return q.next() ? std::optional(readSummary(q)) : std::nullopt;
}

std::vector<ClientSummary> ClientRepository::search(const QString& input, int limit)
{
    const std::string compact = text::compactIdentifier(input.toStdString());
    std::vector<ClientSummary> out;
    if (text::isDigits(compact)) {
        // Digits: a SIREN, a SIRET or an account number being typed.
        const QString prefix = QString::fromStdString(compact.substr(0, 9)) + QLatin1Char('%');
        const QString siretPrefix = QString::fromStdString(compact) + QLatin1Char('%');
        SqlQuery q(m_db, "clients.search_number",
                   kSelectSummary
                       + QStringLiteral("WHERE c.siren LIKE ? OR a.number LIKE ? OR c.id IN "
                                        "(SELECT company_id FROM establishments WHERE siret LIKE ?) "
                                        "ORDER BY c.siren, c.id LIMIT ?"));
        q.bind(prefix).bind(siretPrefix).bind(siretPrefix).bind(limit).run();
        while (q.next())
            out.push_back(readSummary(q));
        return out;
    }
    const QStringList words = QString::fromStdString(text::foldForSearch(input.toStdString()))
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return out;
    // Every word somewhere in the name, in any order ("generale cablage" finds "Société
    // Générale de Câblage"); names starting with the first word come first.
    QStringList conditions;
    for (qsizetype i = 0; i < words.size(); ++i)
        conditions << QStringLiteral("c.search_name LIKE ?");
    SqlQuery q(m_db, "clients.search_name",
               kSelectSummary + QStringLiteral("WHERE (") + conditions.join(QStringLiteral(" AND "))
                   + QStringLiteral(") OR a.number LIKE ? "
                                    "ORDER BY CASE WHEN c.search_name LIKE ? THEN 0 ELSE 1 END, c.search_name, c.id "
                                    "LIMIT ?"));
    for (const QString& word : words)
        q.bind(QLatin1Char('%') + word + QLatin1Char('%'));
    q.bind(QString::fromStdString(compact) + QLatin1Char('%')).bind(words.first() + QLatin1Char('%')).bind(limit).run();
    while (q.next())
        out.push_back(readSummary(q));
    return out;
}

int ClientRepository::count()
{
    SqlQuery q(m_db, "clients.count", QStringLiteral("SELECT COUNT(*) FROM companies"));
    q.run();
    return q.next() ? static_cast<int>(q.integer(0)) : 0;
}

QStringList ClientRepository::segments()
{
    SqlQuery q(m_db, "accounts.segments",
               QStringLiteral("SELECT DISTINCT segment FROM accounts WHERE segment <> '' ORDER BY segment"));
    q.run();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

QStringList ClientRepository::salesReps()
{
    SqlQuery q(m_db, "accounts.sales_reps",
               QStringLiteral("SELECT DISTINCT sales_rep FROM accounts WHERE sales_rep <> '' ORDER BY sales_rep"));
    q.run();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

QString ClientRepository::nextAccountNumber()
{
    SqlQuery q(m_db, "accounts.max_number",
               QStringLiteral("SELECT number FROM accounts WHERE number LIKE '411%' AND LENGTH(number) = 9 "
                              "ORDER BY number DESC"));
    q.run();
    qint64 highest = 0;
    while (q.next()) {
        const std::string number = q.stdText(0);
        if (text::isDigits(number)) {
            highest = std::stoll(number.substr(3));
            break;
        }
    }
    return QStringLiteral("411%1").arg(highest + 1, 6, 10, QLatin1Char('0'));
}

} // namespace pc::store
