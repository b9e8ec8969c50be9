#pragma once

#include "core/ClientFile.h"

#include <string_view>
#include <vector>

namespace pc::core {

// What a credit manager weighs when choosing how a client pays: what the method costs
// the seller, how fast the money is on the account, whether payment at the due date
// is secured, and who triggers it. Typical French B2B figures, not bank tariffs.
struct PaymentMethodProfile {
    PaymentMethod method = PaymentMethod::Transfer;
    int costLevel = 1;             // 1 cheap .. 3 expensive for the seller (bank fees, handling)
    int daysToCash = 1;            // typical days from the payment to cash on the seller's account
    bool guaranteed = false;       // payment secured at the due date, whatever the buyer then does
    bool sellerInitiative = false; // the seller triggers the collection (direct debit, LCR, card)
    std::string_view note;         // one English sentence
};

// The profile of each method; every PaymentMethod has one.
const PaymentMethodProfile& profileOf(PaymentMethod method);
// In the order of allPaymentMethods().
const std::vector<PaymentMethodProfile>& allPaymentMethodProfiles();

// The method a credit manager would ask of a client of a risk class, 1 (best) to 5
// (worst); out-of-range classes are clamped. The rule: a good payer pays by transfer
// (cheapest, and the buyer's initiative is no risk); from class 3 the seller should
// hold the initiative, by SEPA direct debit; classes 4 and 5 sign LCRs, which the
// client accepts (an exchange-law commitment, no defence against the bearer), which
// the seller can discount, and which class 5 should have backed by a bank (aval).
// Prepayment and deposits are terms, decided by the risk policy, not a method.
PaymentMethod recommendedMethodForRiskClass(int riskClass);
// The same for the risk engine's letter classes 'A' (= 1) to 'E' (= 5).
PaymentMethod recommendedMethodForRiskClass(char riskClass);

} // namespace pc::core
