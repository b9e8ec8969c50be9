// The client file: stable codes, NAF codes, legal forms, derived values.

#include "core/ClientFile.h"
#include "core/Error.h"
#include "core/LegalForm.h"
#include "support/TestPrinters.h"
#include "core/Text.h"

#include <set>
#include <string>

using namespace pc::core;

TEST_CASE("AccountStatus codes round trip", "[core][clientfile][codes]")
{
    const auto [value, code] = GENERATE(table<AccountStatus, std::string>({
        {AccountStatus::Prospect, "prospect"},
        {AccountStatus::Pending, "pending"},
        {AccountStatus::Active, "active"},
        {AccountStatus::Blocked, "blocked"},
        {AccountStatus::Closed, "closed"},
    }));
    CHECK(toCode(value) == code);
    CHECK(accountStatusFromCode(code) == value);
    CHECK(accountStatusFromCode(" " + text::toUpperAscii(code) + " ") == value);
}

TEST_CASE("PaymentMethod codes round trip", "[core][clientfile][codes]")
{
    const auto [value, code] = GENERATE(table<PaymentMethod, std::string>({
        {PaymentMethod::Transfer, "transfer"},
        {PaymentMethod::SepaDirectDebit, "sepa_direct_debit"},
        {PaymentMethod::Lcr, "lcr"},
        {PaymentMethod::Cheque, "cheque"},
        {PaymentMethod::Card, "card"},
        {PaymentMethod::BillOfExchange, "bill_of_exchange"},
    }));
    CHECK(toCode(value) == code);
    CHECK(paymentMethodFromCode(code) == value);
    CHECK(paymentMethodFromCode(text::toUpperAscii(code)) == value);
}

TEST_CASE("ContactRole codes round trip", "[core][clientfile][codes]")
{
    const auto [value, code] = GENERATE(table<ContactRole, std::string>({
        {ContactRole::AccountsPayable, "accounts_payable"},
        {ContactRole::Purchasing, "purchasing"},
        {ContactRole::Management, "management"},
        {ContactRole::Accounting, "accounting"},
        {ContactRole::Sales, "sales"},
        {ContactRole::Other, "other"},
    }));
    CHECK(toCode(value) == code);
    CHECK(contactRoleFromCode(code) == value);
}

TEST_CASE("CompanyStatus and Proceedings codes round trip", "[core][clientfile][codes]")
{
    CHECK(toCode(CompanyStatus::Active) == "active");
    CHECK(toCode(CompanyStatus::Ceased) == "ceased");
    CHECK(companyStatusFromCode("active") == CompanyStatus::Active);
    CHECK(companyStatusFromCode("ceased") == CompanyStatus::Ceased);

    const auto [value, code] = GENERATE(table<Proceedings, std::string>({
        {Proceedings::None, "none"},
        {Proceedings::Safeguard, "safeguard"},
        {Proceedings::Receivership, "receivership"},
        {Proceedings::Liquidation, "liquidation"},
    }));
    CHECK(toCode(value) == code);
    CHECK(proceedingsFromCode(code) == value);
}

TEST_CASE("Unknown codes give nothing", "[core][clientfile][codes]")
{
    const std::string code = GENERATE(as<std::string>{}, "", " ", "actif", "sepa", "unknown", "active_", "pros pect");
    INFO('"' << code << '"');
    CHECK_FALSE(accountStatusFromCode(code).has_value());
    CHECK_FALSE(paymentMethodFromCode(code).has_value());
    CHECK_FALSE(contactRoleFromCode(code).has_value());
    CHECK_FALSE(companyStatusFromCode(code).has_value());
    CHECK_FALSE(proceedingsFromCode(code).has_value());
}

TEST_CASE("Every enumeration value, in display order, with distinct codes", "[core][clientfile][codes]")
{
    CHECK(allAccountStatuses()
          == std::vector<AccountStatus>{AccountStatus::Prospect, AccountStatus::Pending, AccountStatus::Active,
                                        AccountStatus::Blocked, AccountStatus::Closed});
    CHECK(allPaymentMethods()
          == std::vector<PaymentMethod>{PaymentMethod::Transfer, PaymentMethod::SepaDirectDebit, PaymentMethod::Lcr,
                                        PaymentMethod::Cheque, PaymentMethod::Card, PaymentMethod::BillOfExchange});
    CHECK(allContactRoles()
          == std::vector<ContactRole>{ContactRole::AccountsPayable, ContactRole::Purchasing,
                                      ContactRole::Management, ContactRole::Accounting, ContactRole::Sales,
                                      ContactRole::Other});
    std::set<std::string_view> codes;
    for (const AccountStatus s : allAccountStatuses()) {
        CHECK(accountStatusFromCode(toCode(s)) == s);
        codes.insert(toCode(s));
    }
    CHECK(codes.size() == allAccountStatuses().size());
    codes.clear();
    for (const PaymentMethod m : allPaymentMethods()) {
        CHECK(paymentMethodFromCode(toCode(m)) == m);
        codes.insert(toCode(m));
    }
    CHECK(codes.size() == allPaymentMethods().size());
    codes.clear();
    for (const ContactRole r : allContactRoles()) {
        CHECK(contactRoleFromCode(toCode(r)) == r);
        codes.insert(toCode(r));
    }
    CHECK(codes.size() == allContactRoles().size());
}

TEST_CASE("parseNafCode", "[core][clientfile][naf]")
{
    const auto [input, code] = GENERATE(table<std::string, std::string>({
        {"6201z", "62.01Z"},
        {"62.01 Z", "62.01Z"},
        {"62.01Z", "62.01Z"},
        {"  4711D ", "47.11D"},
        {"47-11-d", "47.11D"},
        {"0111Z", "01.11Z"},
    }));
    INFO(input);
    const auto parsed = parseNafCode(input);
    REQUIRE(parsed.ok());
    CHECK(*parsed == code);
}

TEST_CASE("parseNafCode refusals", "[core][clientfile][naf]")
{
    const auto [bad, error] = GENERATE(table<std::string, ErrorCode>({
        {"", ErrorCode::Empty},
        {"  ", ErrorCode::Empty},
        {"6201", ErrorCode::InvalidFormat},
        {"62011", ErrorCode::InvalidFormat},
        {"A201Z", ErrorCode::InvalidFormat},
        {"62.01ZZ", ErrorCode::InvalidFormat},
        {"620Z", ErrorCode::InvalidFormat},
        {"62.01\xC3\x89", ErrorCode::InvalidFormat},
    }));
    INFO(bad);
    const auto refused = parseNafCode(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == error);
    CHECK(refused.error().arg(0) == bad);
}

TEST_CASE("Legal forms: code from abbreviation and back", "[core][clientfile][legalform]")
{
    const auto [input, code] = GENERATE(table<std::string, std::string>({
        {"SAS", "5710"},
        {"sas", "5710"},
        {" Sas ", "5710"},
        {"SASU", "5720"},
        {"sarl", "5499"},
        {"EURL", "5498"},
        {"SA", "5599"},
        {"SNC", "5202"},
        {"SCI", "6540"},
        {"SELARL", "5485"},
        {"EI", "1000"},
        {"Association", "9220"},
        {"GIE", "6220"},
        {"Collectivit\xC3\xA9", "7229"},
        {"collectivite", "7229"},
        {"5710", "5710"},
        {"5 710", "5710"},
        {"1234", "1234"},
    }));
    INFO(input);
    const auto found = legalFormCode(input);
    REQUIRE(found.has_value());
    CHECK(*found == code);
}

TEST_CASE("Legal forms: unknown abbreviations", "[core][clientfile][legalform]")
{
    const std::string unknown = GENERATE(as<std::string>{}, "", "XYZ", "57100", "571", "SASS", "S");
    INFO(unknown);
    CHECK_FALSE(legalFormCode(unknown).has_value());
}

TEST_CASE("Legal forms: abbreviations", "[core][clientfile][legalform]")
{
    CHECK(legalFormAbbreviation("5710") == "SAS");
    CHECK(legalFormAbbreviation("5499") == "SARL");
    CHECK(legalFormAbbreviation("5599") == "SA");
    CHECK(legalFormAbbreviation("5699") == "SA");
    CHECK(legalFormAbbreviation("0000").empty());
    CHECK(legalFormAbbreviation("").empty());
    // Every common form's abbreviation leads back to a code with that abbreviation.
    REQUIRE(commonLegalForms().size() >= 10);
    for (const LegalForm& form : commonLegalForms()) {
        INFO(form.code << ' ' << form.abbreviation);
        CHECK(form.code.size() == 4);
        const auto code = legalFormCode(form.abbreviation);
        REQUIRE(code.has_value());
        CHECK(legalFormAbbreviation(*code) == form.abbreviation);
        CHECK(legalFormCode(form.code) == std::string(form.code));
    }
}

TEST_CASE("ClientFile derived values", "[core][clientfile]")
{
    ClientFile file;
    CHECK_FALSE(file.vatNumber().has_value());
    CHECK(file.accountsPayableContact() == nullptr);
    CHECK(file.headOffice() == nullptr);

    file.company.siren = *Siren::parse("732829320");
    REQUIRE(file.vatNumber().has_value());
    CHECK(file.vatNumber()->str() == "FR44732829320");

    file.contacts.push_back({ContactRole::Purchasing, "Achats", "+33123456789", "achats@example.fr"});
    CHECK(file.accountsPayableContact() == nullptr);
    file.contacts.push_back({ContactRole::AccountsPayable, "Compta 1", "", ""});
    file.contacts.push_back({ContactRole::AccountsPayable, "Compta 2", "", ""});
    REQUIRE(file.accountsPayableContact() != nullptr);
    CHECK(file.accountsPayableContact()->name == "Compta 1");

    file.establishments.push_back({*Siret::parse("73282932000074"), false, "Agence", {}, false});
    CHECK(file.headOffice() == nullptr);
    file.establishments.push_back({Siret::fromPayload(*file.company.siren, "0001"), true, "Si\xC3\xA8ge", {}, false});
    REQUIRE(file.headOffice() != nullptr);
    CHECK(file.headOffice()->name == "Si\xC3\xA8ge");
    CHECK(file.headOffice()->siret.nic().substr(0, 4) == "0001");

    ClientFile copy = file;
    CHECK(copy == file);
    copy.contacts[1].email = "x@example.fr";
    CHECK_FALSE(copy == file);
}

TEST_CASE("Address completeness", "[core][clientfile]")
{
    Address a;
    CHECK(a.isEmpty());
    CHECK_FALSE(a.isComplete());
    CHECK(a.country == "FR");
    a.line1 = "12 rue de la Paix";
    CHECK_FALSE(a.isEmpty());
    CHECK_FALSE(a.isComplete());
    a.postalCode = "75002";
    CHECK_FALSE(a.isComplete());
    a.city = "Paris";
    CHECK(a.isComplete());
    a.line1.clear();
    CHECK_FALSE(a.isComplete());
    Address onlyLine2;
    onlyLine2.line2 = "B\xC3\xA2timent B";
    CHECK_FALSE(onlyLine2.isEmpty());
}

TEST_CASE("Error codes have distinct stable names", "[core][error]")
{
    std::set<std::string> names;
    for (int i = static_cast<int>(ErrorCode::Empty); i <= static_cast<int>(ErrorCode::StoreNotEmpty); ++i)
        names.insert(errorCodeName(static_cast<ErrorCode>(i)));
    CHECK(names.size() == static_cast<std::size_t>(ErrorCode::StoreNotEmpty) + 1);
    CHECK(names.count("unknown") == 0);
    CHECK(std::string(errorCodeName(ErrorCode::InvalidChecksum)) == "invalid_checksum");
    CHECK(std::string(errorCodeName(ErrorCode::DuplicateKey)) == "duplicate_key");
    CHECK(std::string(errorCodeName(ErrorCode::ChecklistIncomplete)) == "checklist_incomplete");

    Error e(ErrorCode::InvalidDate, {"31/02/2026"});
    e.inFile("clients.csv").atLine(12).inField("date_kbis");
    CHECK(e.where.file == "clients.csv");
    CHECK(e.where.line == 12);
    CHECK(e.where.field == "date_kbis");
    CHECK_FALSE(e.where.empty());
    CHECK(e.arg(0) == "31/02/2026");
    CHECK(e.arg(1).empty());
    CHECK(Location{}.empty());
}
