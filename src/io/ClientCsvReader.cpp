#include "io/ClientCsvReader.h"

#include "core/ContactPoints.h"
#include "core/LegalForm.h"
#include "core/Text.h"
#include "io/CsvReader.h"

#include <algorithm>
#include <array>
#include <map>

namespace pc::io {
namespace {

using namespace pc::core;

enum class Column {
    Siren, Siret, Name, Account, Address1, Address2, PostalCode, City, Country, Email, Phone, ContactName,
    Iban, Bic, LegalFormColumn, Naf, CreationDate, Segment, SalesRep, PaymentMethodColumn, Status, KbisDate,
    TermsDate,
};

struct ColumnName {
    Column column;
    std::string_view names; // folded header names separated by '|'
};

constexpr std::array<ColumnName, 23> kColumns{{
    {Column::Siren, "siren|numero_siren|n_siren|no_siren"},
    {Column::Siret, "siret|numero_siret|n_siret|no_siret"},
    {Column::Name, "raison_sociale|nom|denomination|societe|name|company|nom_client|client"},
    {Column::Account, "compte|compte_client|compte_auxiliaire|numero_compte|n_compte|account|compauxnum|code_client"},
    {Column::Address1, "adresse|adresse1|adresse_1|adresse_ligne_1|address|address1|rue"},
    {Column::Address2, "adresse2|adresse_2|adresse_ligne_2|complement_adresse|complement|address2"},
    {Column::PostalCode, "code_postal|cp|postal_code|zip|codepostal"},
    {Column::City, "ville|commune|city|localite"},
    {Column::Country, "pays|country|code_pays"},
    {Column::Email, "email|e_mail|courriel|mail|adresse_email|email_comptabilite"},
    {Column::Phone, "telephone|tel|phone|ligne_directe|telephone_comptabilite"},
    {Column::ContactName, "contact|nom_contact|interlocuteur|contact_comptabilite"},
    {Column::Iban, "iban"},
    {Column::Bic, "bic|swift|code_bic"},
    {Column::LegalFormColumn, "forme_juridique|forme|categorie_juridique|legal_form"},
    {Column::Naf, "code_naf|naf|ape|code_ape|activite_principale"},
    {Column::CreationDate, "date_creation|creation|date_de_creation"},
    {Column::Segment, "segment"},
    {Column::SalesRep, "commercial|sales_rep|vendeur|representant"},
    {Column::PaymentMethodColumn, "mode_paiement|mode_de_paiement|mode_reglement|mode_de_reglement|payment_method"},
    {Column::Status, "statut|status|etat"},
    {Column::KbisDate, "date_kbis|kbis"},
    {Column::TermsDate, "date_cgv|cgv_signees|date_signature_cgv|cgv"},
}};

// Lower case, without accents and without separators: "Raison Sociale",
// "RAISON-SOCIALE" and "RaisonSociale" all give "raisonsociale".
std::string foldHeader(std::string_view header)
{
    std::string folded = text::foldForSearch(header);
    std::erase_if(folded, [](char c) { return c == ' ' || c == '_'; });
    return folded;
}

std::optional<Column> columnFor(std::string_view header)
{
    const std::string folded = foldHeader(header);
    for (const ColumnName& entry : kColumns) {
        std::string_view names = entry.names;
        while (!names.empty()) {
            const std::size_t bar = names.find('|');
            if (foldHeader(names.substr(0, bar)) == folded)
                return entry.column;
            names = bar == std::string_view::npos ? std::string_view() : names.substr(bar + 1);
        }
    }
    return std::nullopt;
}

std::optional<PaymentMethod> paymentMethodFromText(std::string_view value)
{
    if (auto code = paymentMethodFromCode(value))
        return code;
    static const std::map<std::string, PaymentMethod> kWords{
        {"virement", PaymentMethod::Transfer},
        {"vir", PaymentMethod::Transfer},
        {"prelevement", PaymentMethod::SepaDirectDebit},
        {"prelevement sepa", PaymentMethod::SepaDirectDebit},
        {"sepa", PaymentMethod::SepaDirectDebit},
        {"prlv", PaymentMethod::SepaDirectDebit},
        {"lcr", PaymentMethod::Lcr},
        {"cheque", PaymentMethod::Cheque},
        {"chq", PaymentMethod::Cheque},
        {"carte", PaymentMethod::Card},
        {"cb", PaymentMethod::Card},
        {"carte bancaire", PaymentMethod::Card},
        {"effet", PaymentMethod::BillOfExchange},
        {"traite", PaymentMethod::BillOfExchange},
        {"lettre de change", PaymentMethod::BillOfExchange},
    };
    const auto it = kWords.find(text::foldForSearch(value));
    return it == kWords.end() ? std::nullopt : std::optional<PaymentMethod>(it->second);
}

std::optional<AccountStatus> statusFromText(std::string_view value)
{
    if (auto code = accountStatusFromCode(value))
        return code;
    static const std::map<std::string, AccountStatus> kWords{
        {"en attente", AccountStatus::Pending}, {"attente", AccountStatus::Pending},
        {"actif", AccountStatus::Active},       {"bloque", AccountStatus::Blocked},
        {"clos", AccountStatus::Closed},        {"ferme", AccountStatus::Closed},
    };
    const auto it = kWords.find(text::foldForSearch(value));
    return it == kWords.end() ? std::nullopt : std::optional<AccountStatus>(it->second);
}

// Reads one line into a client file, collecting every problem of the line.
class RowReader {
public:
    RowReader(const std::string& fileName, const std::vector<std::optional<Column>>& columns,
              const std::vector<std::string>& headers, const CsvRecord& record, std::vector<Error>& errors)
        : m_fileName(fileName), m_columns(columns), m_headers(headers), m_record(record), m_errors(errors)
    {
    }

    std::optional<ClientCsvRow> read()
    {
        const std::size_t errorsBefore = m_errors.size();
        ClientCsvRow row;
        row.line = m_record.line;
        ClientFile& f = row.file;
        if (m_record.fields.size() > m_columns.size())
            fail(Error(ErrorCode::TooManyFields, {std::to_string(m_record.fields.size()),
                                                  std::to_string(m_columns.size())}), "");

        f.company.name = std::string(value(Column::Name));
        if (f.company.name.empty())
            fail(Error(ErrorCode::MissingField, {}), header(Column::Name));
        f.company.siren = parsed<Siren>(Column::Siren);
        const auto siret = parsed<Siret>(Column::Siret);
        if (siret) {
            if (f.company.siren && siret->siren() != *f.company.siren)
                fail(Error(ErrorCode::InconsistentFields, {siret->str(), f.company.siren->str()}),
                     header(Column::Siret));
            if (!f.company.siren)
                f.company.siren = siret->siren();
        }
        readAccountNumber(f);
        if (value(Column::Siren).empty() && value(Column::Siret).empty() && value(Column::Account).empty())
            fail(Error(ErrorCode::MissingField, {}), index(Column::Siren) ? header(Column::Siren) : "siren");

        readAddress(f.company.address);
        f.account.billingAddress = f.company.address;
        if (siret)
            f.establishments.push_back(Establishment{*siret, false, {}, f.company.address, false});
        readContact(f);
        readCompanyDetails(f.company);
        readAccountDetails(f.account);
        if (const std::string_view status = value(Column::Status); !status.empty()) {
            row.requestedStatus = statusFromText(status);
            if (!row.requestedStatus)
                fail(Error(ErrorCode::UnknownValue, {std::string(status)}), header(Column::Status));
        }
        if (m_errors.size() != errorsBefore)
            return std::nullopt;
        return row;
    }

private:
    std::optional<std::size_t> index(Column c) const
    {
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            if (m_columns[i] == c)
                return i;
        }
        return std::nullopt;
    }

    std::string_view value(Column c) const
    {
        const auto i = index(c);
        if (!i || *i >= m_record.fields.size())
            return {};
        return text::trim(m_record.fields[*i]);
    }

    std::string header(Column c) const
    {
        const auto i = index(c);
        return i ? m_headers[*i] : std::string();
    }

    void fail(Error error, const std::string& field)
    {
        error.inFile(m_fileName).atLine(m_record.line).inField(field);
        m_errors.push_back(std::move(error));
    }

    template <class T>
    std::optional<T> parsed(Column c)
    {
        const std::string_view text = value(c);
        if (text.empty())
            return std::nullopt;
        auto result = T::parse(text);
        if (!result) {
            fail(result.error(), header(c));
            return std::nullopt;
        }
        return *result;
    }

    std::optional<Date> date(Column c)
    {
        const std::string_view text = value(c);
        if (text.empty())
            return std::nullopt;
        auto result = Date::parse(text);
        if (!result) {
            fail(result.error(), header(c));
            return std::nullopt;
        }
        return *result;
    }

    void readAccountNumber(ClientFile& f)
    {
        const std::string number = text::toUpperAscii(value(Column::Account));
        for (const char c : number) {
            if (!text::isAsciiAlnum(c)) {
                fail(Error(ErrorCode::InvalidFormat, {number}), header(Column::Account));
                return;
            }
        }
        if (number.size() > 20)
            fail(Error(ErrorCode::InvalidLength, {number, "20"}), header(Column::Account));
        else
            f.account.number = number;
    }

    void readAddress(Address& a)
    {
        a.line1 = std::string(value(Column::Address1));
        a.line2 = std::string(value(Column::Address2));
        a.postalCode = std::string(value(Column::PostalCode));
        a.city = std::string(value(Column::City));
        const std::string country = text::toUpperAscii(value(Column::Country));
        a.country = country.empty() || country == "FRANCE" ? "FR" : country;
        if (a.country == "FR" && !a.postalCode.empty()
            && (a.postalCode.size() != 5 || !text::isDigits(a.postalCode)))
            fail(Error(ErrorCode::InvalidFormat, {a.postalCode}), header(Column::PostalCode));
    }

    void readContact(ClientFile& f)
    {
        Contact contact;
        contact.role = ContactRole::AccountsPayable;
        contact.name = std::string(value(Column::ContactName));
        if (const std::string_view phone = value(Column::Phone); !phone.empty()) {
            auto parsedPhone = parsePhoneNumber(phone);
            if (parsedPhone)
                contact.phone = *parsedPhone;
            else
                fail(parsedPhone.error(), header(Column::Phone));
        }
        if (const std::string_view email = value(Column::Email); !email.empty()) {
            auto parsedEmail = parseEmail(email);
            if (parsedEmail)
                contact.email = *parsedEmail;
            else
                fail(parsedEmail.error(), header(Column::Email));
        }
        if (!contact.name.empty() || !contact.phone.empty() || !contact.email.empty())
            f.contacts.push_back(std::move(contact));
    }

    void readCompanyDetails(Company& c)
    {
        if (const std::string_view form = value(Column::LegalFormColumn); !form.empty()) {
            if (auto code = legalFormCode(form))
                c.legalForm = *code;
            else
                fail(Error(ErrorCode::UnknownValue, {std::string(form)}), header(Column::LegalFormColumn));
        }
        if (const std::string_view naf = value(Column::Naf); !naf.empty()) {
            auto code = parseNafCode(naf);
            if (code)
                c.nafCode = *code;
            else
                fail(code.error(), header(Column::Naf));
        }
        c.creationDate = date(Column::CreationDate);
    }

    void readAccountDetails(ClientAccount& a)
    {
        a.segment = std::string(value(Column::Segment));
        a.salesRep = std::string(value(Column::SalesRep));
        if (const std::string_view method = value(Column::PaymentMethodColumn); !method.empty()) {
            a.paymentMethod = paymentMethodFromText(method);
            if (!a.paymentMethod)
                fail(Error(ErrorCode::UnknownValue, {std::string(method)}), header(Column::PaymentMethodColumn));
        }
        a.iban = parsed<Iban>(Column::Iban);
        a.bic = parsed<Bic>(Column::Bic);
        a.kbisDate = date(Column::KbisDate);
        a.termsSignedDate = date(Column::TermsDate);
    }

    const std::string& m_fileName;
    const std::vector<std::optional<Column>>& m_columns;
    const std::vector<std::string>& m_headers;
    const CsvRecord& m_record;
    std::vector<Error>& m_errors;
};

// The same SIREN, SIRET or account number on two lines of the file.
void reportDuplicates(const std::string& fileName, std::vector<ClientCsvRow>& rows, std::vector<Error>& errors)
{
    std::map<std::string, int> sirens, sirets, accounts;
    const auto check = [&](std::map<std::string, int>& seen, const std::string& key, int line, const char* field) {
        if (key.empty())
            return true;
        const auto [it, inserted] = seen.emplace(key, line);
        if (!inserted)
            errors.push_back(Error(ErrorCode::DuplicateKey, {key, std::to_string(it->second)})
                                 .inFile(fileName).atLine(line).inField(field));
        return inserted;
    };
    for (const ClientCsvRow& row : rows) {
        check(sirens, row.file.company.siren ? row.file.company.siren->str() : std::string(), row.line, "siren");
        for (const Establishment& e : row.file.establishments)
            check(sirets, e.siret.str(), row.line, "siret");
        check(accounts, row.file.account.number, row.line, "compte");
    }
}

} // namespace

ClientCsvResult readClientCsv(std::string_view bytes, const std::string& fileName)
{
    ClientCsvResult result;
    const DecodedText decoded = decodeText(bytes);
    result.encoding = decoded.encoding;
    auto table = readCsv(decoded.utf8);
    if (!table) {
        result.errors.push_back(table.error().inFile(fileName));
        return result;
    }
    result.delimiter = table->delimiter;

    std::vector<std::optional<Column>> columns;
    for (std::size_t i = 0; i < table->header.size(); ++i) {
        const std::string& header = table->header[i];
        const auto column = columnFor(header);
        if (column && std::find(columns.begin(), columns.end(), column) != columns.end()) {
            result.errors.push_back(Error(ErrorCode::DuplicateField, {header})
                                        .inFile(fileName).atLine(table->headerLine).inField(header));
        }
        if (!column && !text::trim(header).empty())
            result.ignoredColumns.push_back(header);
        columns.push_back(column);
    }
    const auto has = [&](Column c) { return std::find(columns.begin(), columns.end(), c) != columns.end(); };
    if (!has(Column::Name))
        result.errors.push_back(Error(ErrorCode::MissingField, {"raison_sociale"})
                                    .inFile(fileName).atLine(table->headerLine).inField("raison_sociale"));
    if (!has(Column::Siren) && !has(Column::Siret) && !has(Column::Account))
        result.errors.push_back(Error(ErrorCode::MissingField, {"siren"})
                                    .inFile(fileName).atLine(table->headerLine).inField("siren"));
    if (!result.errors.empty())
        return result;

    for (const CsvRecord& record : table->records) {
        RowReader reader(fileName, columns, table->header, record, result.errors);
        if (auto row = reader.read())
            result.rows.push_back(std::move(*row));
    }
    reportDuplicates(fileName, result.rows, result.errors);
    // In the order of the file, as the user reads it.
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const Error& a, const Error& b) { return a.where.line < b.where.line; });
    return result;
}

} // namespace pc::io
