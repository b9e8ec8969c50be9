#include "core/OpeningChecklist.h"

#include <algorithm>

namespace pc::core {
namespace {

ChecklistLine ok(ChecklistItem item)
{
    return {item, true, {}, {}};
}

ChecklistLine gap(ChecklistItem item, std::string reason, std::vector<std::string> args = {})
{
    return {item, false, std::move(reason), std::move(args)};
}

ChecklistLine companyLine(const Company& company)
{
    if (!company.siren)
        return gap(ChecklistItem::CompanyIdentified, "missing");
    if (company.status == CompanyStatus::Ceased)
        return gap(ChecklistItem::CompanyIdentified, "ceased");
    if (company.proceedings == Proceedings::Liquidation)
        return gap(ChecklistItem::CompanyIdentified, "liquidation");
    return ok(ChecklistItem::CompanyIdentified);
}

ChecklistLine kbisLine(const ClientAccount& account, Date today, const OpeningPolicy& policy)
{
    if (!account.kbisDate)
        return gap(ChecklistItem::KbisRecent, "missing");
    const int age = account.kbisDate->daysUntil(today);
    if (age < 0)
        return gap(ChecklistItem::KbisRecent, "in_future", {account.kbisDate->toIso()});
    if (age > policy.kbisMaxAgeDays)
        return gap(ChecklistItem::KbisRecent, "too_old",
                   {account.kbisDate->toIso(), std::to_string(age), std::to_string(policy.kbisMaxAgeDays)});
    return ok(ChecklistItem::KbisRecent);
}

ChecklistLine bankLine(const ClientAccount& account)
{
    if (!account.iban && !account.bic)
        return gap(ChecklistItem::BankDetails, "missing");
    if (!account.iban)
        return gap(ChecklistItem::BankDetails, "no_iban");
    if (!account.bic)
        return gap(ChecklistItem::BankDetails, "no_bic");
    return ok(ChecklistItem::BankDetails);
}

ChecklistLine contactLine(const ClientFile& file)
{
    const Contact* contact = file.accountsPayableContact();
    if (!contact)
        return gap(ChecklistItem::AccountsPayableContact, "missing");
    if (contact->name.empty())
        return gap(ChecklistItem::AccountsPayableContact, "no_name");
    if (contact->phone.empty())
        return gap(ChecklistItem::AccountsPayableContact, "no_phone", {contact->name});
    if (contact->email.empty())
        return gap(ChecklistItem::AccountsPayableContact, "no_email", {contact->name});
    return ok(ChecklistItem::AccountsPayableContact);
}

ChecklistLine termsLine(const ClientAccount& account, Date today)
{
    if (!account.termsSignedDate)
        return gap(ChecklistItem::TermsOfSaleSigned, "missing");
    if (*account.termsSignedDate > today)
        return gap(ChecklistItem::TermsOfSaleSigned, "in_future", {account.termsSignedDate->toIso()});
    return ok(ChecklistItem::TermsOfSaleSigned);
}

} // namespace

OpeningChecklist OpeningChecklist::evaluate(const ClientFile& file, Date today, const OpeningPolicy& policy)
{
    OpeningChecklist checklist;
    auto& lines = checklist.m_lines;
    lines.push_back(companyLine(file.company));
    lines.push_back(kbisLine(file.account, today, policy));
    lines.push_back(bankLine(file.account));
    lines.push_back(file.vatNumber() ? ok(ChecklistItem::VatNumber) : gap(ChecklistItem::VatNumber, "missing"));
    lines.push_back(file.account.billingAddress.isComplete() ? ok(ChecklistItem::BillingAddress)
                                                             : gap(ChecklistItem::BillingAddress, "missing"));
    lines.push_back(contactLine(file));
    lines.push_back(termsLine(file.account, today));
    lines.push_back(file.account.paymentMethod ? ok(ChecklistItem::PaymentMethodChosen)
                                               : gap(ChecklistItem::PaymentMethodChosen, "missing"));
    return checklist;
}

bool OpeningChecklist::isComplete() const
{
    return std::all_of(m_lines.begin(), m_lines.end(), [](const ChecklistLine& l) { return l.satisfied; });
}

std::vector<ChecklistLine> OpeningChecklist::missing() const
{
    std::vector<ChecklistLine> out;
    std::copy_if(m_lines.begin(), m_lines.end(), std::back_inserter(out),
                 [](const ChecklistLine& l) { return !l.satisfied; });
    return out;
}

std::string_view toCode(ChecklistItem item)
{
    switch (item) {
    case ChecklistItem::CompanyIdentified: return "company_identified";
    case ChecklistItem::KbisRecent: return "kbis_recent";
    case ChecklistItem::BankDetails: return "bank_details";
    case ChecklistItem::VatNumber: return "vat_number";
    case ChecklistItem::BillingAddress: return "billing_address";
    case ChecklistItem::AccountsPayableContact: return "accounts_payable_contact";
    case ChecklistItem::TermsOfSaleSigned: return "terms_of_sale_signed";
    case ChecklistItem::PaymentMethodChosen: return "payment_method";
    }
    return "unknown";
}

} // namespace pc::core
