#pragma once

#include "core/Bic.h"
#include "core/Date.h"
#include "core/Iban.h"
#include "core/Siren.h"
#include "core/Siret.h"
#include "core/VatNumber.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::core {

// The client file: everything known about one client company, keyed by its SIREN
// (a client brought in from a ledger may not have its SIREN yet). Records hold
// validated values only: an IBAN here has passed its checks.

enum class AccountStatus { Prospect, Pending, Active, Blocked, Closed };
enum class PaymentMethod { Transfer, SepaDirectDebit, Lcr, Cheque, Card, BillOfExchange };
enum class ContactRole { AccountsPayable, Purchasing, Management, Accounting, Sales, Other };
// Administrative state in the company register (INSEE: A active, C ceased).
enum class CompanyStatus { Active, Ceased };
// Collective proceedings opened against the company (BODACC).
enum class Proceedings { None, Safeguard, Receivership, Liquidation };

struct Address {
    std::string line1;
    std::string line2;
    std::string postalCode;
    std::string city;
    std::string country = "FR";

    bool isComplete() const { return !line1.empty() && !postalCode.empty() && !city.empty(); }
    bool isEmpty() const { return line1.empty() && line2.empty() && postalCode.empty() && city.empty(); }
    bool operator==(const Address&) const = default;
};

struct Company {
    std::optional<Siren> siren;
    std::string name;
    // INSEE legal category code, e.g. "5710" (SAS), "5499" (SARL).
    std::string legalForm;
    // NAF rev. 2 code, "62.01Z".
    std::string nafCode;
    std::optional<Date> creationDate;
    CompanyStatus status = CompanyStatus::Active;
    Proceedings proceedings = Proceedings::None;
    std::optional<Date> proceedingsDate;
    Address address;

    bool operator==(const Company&) const = default;
};

struct Establishment {
    Siret siret;
    bool headOffice = false;
    std::string name;
    Address address;
    bool closed = false;

    bool operator==(const Establishment&) const = default;
};

struct ClientAccount {
    // Auxiliary account of the receivables ledger ("411000123").
    std::string number;
    AccountStatus status = AccountStatus::Prospect;
    std::string segment;
    std::string salesRep;
    std::optional<PaymentMethod> paymentMethod;
    std::optional<Iban> iban;
    std::optional<Bic> bic;
    // Date of the Kbis extract received (proof of registration).
    std::optional<Date> kbisDate;
    // Date the client signed the terms of sale.
    std::optional<Date> termsSignedDate;
    Address billingAddress;
    std::optional<Date> openedOn;

    bool operator==(const ClientAccount&) const = default;
};

struct Contact {
    ContactRole role = ContactRole::Other;
    std::string name;
    // E.164, see parsePhoneNumber.
    std::string phone;
    std::string email;

    bool operator==(const Contact&) const = default;
};

struct ClientFile {
    std::int64_t id = 0;
    Company company;
    std::vector<Establishment> establishments;
    ClientAccount account;
    std::vector<Contact> contacts;

    // Computed from the SIREN, never typed in.
    std::optional<VatNumber> vatNumber() const;
    // The first accounts-payable contact, the one dunning letters go to.
    const Contact* accountsPayableContact() const;
    const Establishment* headOffice() const;

    bool operator==(const ClientFile&) const = default;
};

// Stable codes used in the database, CSV files and JSON ("active", "sepa_direct_debit").
std::string_view toCode(AccountStatus status);
std::string_view toCode(PaymentMethod method);
std::string_view toCode(ContactRole role);
std::string_view toCode(CompanyStatus status);
std::string_view toCode(Proceedings proceedings);
std::optional<AccountStatus> accountStatusFromCode(std::string_view code);
std::optional<PaymentMethod> paymentMethodFromCode(std::string_view code);
std::optional<ContactRole> contactRoleFromCode(std::string_view code);
std::optional<CompanyStatus> companyStatusFromCode(std::string_view code);
std::optional<Proceedings> proceedingsFromCode(std::string_view code);

// Every value of each enumeration, in display order.
const std::vector<AccountStatus>& allAccountStatuses();
const std::vector<PaymentMethod>& allPaymentMethods();
const std::vector<ContactRole>& allContactRoles();

// "6201z", "62.01 Z" -> "62.01Z". Errors: Empty, InvalidFormat.
Result<std::string> parseNafCode(std::string_view input);

} // namespace pc::core
