#include "core/ClientFile.h"

#include "core/Text.h"

#include <array>
#include <utility>

namespace pc::core {
namespace {

template <class Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, std::string_view>, N>;

constexpr CodeTable<AccountStatus, 5> kAccountStatuses{{
    {AccountStatus::Prospect, "prospect"},
    {AccountStatus::Pending, "pending"},
    {AccountStatus::Active, "active"},
    {AccountStatus::Blocked, "blocked"},
    {AccountStatus::Closed, "closed"},
}};

constexpr CodeTable<PaymentMethod, 6> kPaymentMethods{{
    {PaymentMethod::Transfer, "transfer"},
    {PaymentMethod::SepaDirectDebit, "sepa_direct_debit"},
    {PaymentMethod::Lcr, "lcr"},
    {PaymentMethod::Cheque, "cheque"},
    {PaymentMethod::Card, "card"},
    {PaymentMethod::BillOfExchange, "bill_of_exchange"},
}};

constexpr CodeTable<ContactRole, 6> kContactRoles{{
    {ContactRole::AccountsPayable, "accounts_payable"},
    {ContactRole::Purchasing, "purchasing"},
    {ContactRole::Management, "management"},
    {ContactRole::Accounting, "accounting"},
    {ContactRole::Sales, "sales"},
    {ContactRole::Other, "other"},
}};

constexpr CodeTable<CompanyStatus, 2> kCompanyStatuses{{
    {CompanyStatus::Active, "active"},
    {CompanyStatus::Ceased, "ceased"},
}};

constexpr CodeTable<Proceedings, 4> kProceedings{{
    {Proceedings::None, "none"},
    {Proceedings::Safeguard, "safeguard"},
    {Proceedings::Receivership, "receivership"},
    {Proceedings::Liquidation, "liquidation"},
}};

template <class Enum, std::size_t N>
std::string_view codeOf(const CodeTable<Enum, N>& table, Enum value)
{
    for (const auto& [e, code] : table) {
        if (e == value)
            return code;
    }
    return {};
}

template <class Enum, std::size_t N>
std::optional<Enum> fromCode(const CodeTable<Enum, N>& table, std::string_view code)
{
    const std::string lower = text::toLowerAscii(text::trim(code));
    for (const auto& [e, c] : table) {
        if (c == lower)
            return e;
    }
    return std::nullopt;
}

template <class Enum, std::size_t N>
std::vector<Enum> valuesOf(const CodeTable<Enum, N>& table)
{
    std::vector<Enum> out;
    for (const auto& entry : table)
        out.push_back(entry.first);
    return out;
}

} // namespace

std::optional<VatNumber> ClientFile::vatNumber() const
{
    if (!company.siren)
        return std::nullopt;
    return VatNumber::fromSiren(*company.siren);
}

const Contact* ClientFile::accountsPayableContact() const
{
    for (const Contact& c : contacts) {
        if (c.role == ContactRole::AccountsPayable)
            return &c;
    }
    return nullptr;
}

const Establishment* ClientFile::headOffice() const
{
    for (const Establishment& e : establishments) {
        if (e.headOffice)
            return &e;
    }
    return nullptr;
}

std::string_view toCode(AccountStatus v) { return codeOf(kAccountStatuses, v); }
std::string_view toCode(PaymentMethod v) { return codeOf(kPaymentMethods, v); }
std::string_view toCode(ContactRole v) { return codeOf(kContactRoles, v); }
std::string_view toCode(CompanyStatus v) { return codeOf(kCompanyStatuses, v); }
std::string_view toCode(Proceedings v) { return codeOf(kProceedings, v); }
std::optional<AccountStatus> accountStatusFromCode(std::string_view c) { return fromCode(kAccountStatuses, c); }
std::optional<PaymentMethod> paymentMethodFromCode(std::string_view c) { return fromCode(kPaymentMethods, c); }
std::optional<ContactRole> contactRoleFromCode(std::string_view c) { return fromCode(kContactRoles, c); }
std::optional<CompanyStatus> companyStatusFromCode(std::string_view c) { return fromCode(kCompanyStatuses, c); }
std::optional<Proceedings> proceedingsFromCode(std::string_view c) { return fromCode(kProceedings, c); }

const std::vector<AccountStatus>& allAccountStatuses()
{
    static const std::vector<AccountStatus> values = valuesOf(kAccountStatuses);
    return values;
}

const std::vector<PaymentMethod>& allPaymentMethods()
{
    static const std::vector<PaymentMethod> values = valuesOf(kPaymentMethods);
    return values;
}

const std::vector<ContactRole>& allContactRoles()
{
    static const std::vector<ContactRole> values = valuesOf(kContactRoles);
    return values;
}

Result<std::string> parseNafCode(std::string_view input)
{
    const std::string compact = text::compactIdentifier(input);
    if (compact.empty())
        return Error(ErrorCode::Empty, {std::string(input)});
    if (compact.size() != 5 || !text::isDigits(compact.substr(0, 4)) || compact[4] < 'A' || compact[4] > 'Z')
        return Error(ErrorCode::InvalidFormat, {std::string(input)});
    return compact.substr(0, 2) + "." + compact.substr(2);
}

} // namespace pc::core
