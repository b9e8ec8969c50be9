#include "core/PaymentMethodProfile.h"

#include <algorithm>
#include <stdexcept>

namespace pc::core {
namespace {

// The choices, in short:
// - Only the card is guaranteed: once authorised (and authenticated) the acquirer pays.
//   Every other method can come back unpaid at the due date.
// - SEPA direct debit is not guaranteed either: a CORE debit can be refunded on the
//   payer's request for 8 weeks (13 months if unauthorised), and a B2B debit, which
//   cannot be refunded once authorised, can still be rejected for lack of funds or a
//   closed account. The enumeration does not tell CORE from B2B, so the profile takes
//   the weaker.
// - An LCR or a bill accepted by the client is an exchange-law commitment (no defence
//   against the bearer, protest, quicker court order) but not a guarantee; only a
//   bank's aval makes it one, and then it is a term of the deal, not the method.
// - Card fees are a percentage of the amount (commercial cards are not capped), hence
//   the most expensive for B2B amounts; paper bills and cheques cost handling.
const std::vector<PaymentMethodProfile>& profiles()
{
    static const std::vector<PaymentMethodProfile> values{
        {PaymentMethod::Transfer, 1, 1, false, false,
         "A SEPA credit transfer is cheap and fast, but the client decides when to send it."},
        {PaymentMethod::SepaDirectDebit, 1, 1, false, true,
         "The seller collects on the due date under a mandate; a CORE debit can be refunded for 8 weeks, a B2B one "
         "cannot but may still be rejected for lack of funds."},
        {PaymentMethod::Lcr, 2, 2, false, true,
         "The seller draws an electronic bill collected on the due date; accepted, it binds the client under exchange "
         "law and can be discounted, but is only guaranteed when a bank backs it."},
        {PaymentMethod::Cheque, 2, 3, false, false,
         "The client chooses when to post the cheque, which must be handled and remitted and can still bounce after "
         "being credited."},
        {PaymentMethod::Card, 3, 2, true, true,
         "An authorised card payment is guaranteed by the acquirer, at a fee proportional to the amount."},
        {PaymentMethod::BillOfExchange, 3, 3, false, true,
         "A paper bill the client must accept and return before it is remitted, secured only when a bank backs it."},
    };
    return values;
}

} // namespace

const PaymentMethodProfile& profileOf(PaymentMethod method)
{
    for (const PaymentMethodProfile& p : profiles())
        if (p.method == method)
            return p;
    // Reached only for a value outside the enumeration: a broken invariant.
    throw std::out_of_range("no profile for this payment method");
}

const std::vector<PaymentMethodProfile>& allPaymentMethodProfiles()
{
    return profiles();
}

PaymentMethod recommendedMethodForRiskClass(int riskClass)
{
    const int clamped = std::clamp(riskClass, 1, 5);
    if (clamped <= 2)
        return PaymentMethod::Transfer;
    if (clamped == 3)
        return PaymentMethod::SepaDirectDebit;
    return PaymentMethod::Lcr;
}

PaymentMethod recommendedMethodForRiskClass(char riskClass)
{
    const char upper = riskClass >= 'a' && riskClass <= 'z' ? static_cast<char>(riskClass - 'a' + 'A') : riskClass;
    // Unknown letters are read as the worst class, as the risk engine defaults to 'E'.
    const int index = upper >= 'A' && upper <= 'E' ? upper - 'A' + 1 : 5;
    return recommendedMethodForRiskClass(index);
}

} // namespace pc::core
