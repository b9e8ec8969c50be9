// What each payment method costs, how fast it pays, whether it is secured, and the
// method asked of each risk class.

#include "core/PaymentMethodProfile.h"
#include "support/TestPrinters.h"

#include <set>

using namespace pc::core;

TEST_CASE("every payment method has one profile, in the order of the methods", "[core][payment-method]")
{
    const auto& profiles = allPaymentMethodProfiles();
    const auto& methods = allPaymentMethods();
    REQUIRE(profiles.size() == methods.size());
    for (std::size_t i = 0; i < methods.size(); ++i) {
        CAPTURE(toCode(methods[i]));
        CHECK(profiles[i].method == methods[i]);
        CHECK(&profileOf(methods[i]) == &profiles[i]);
        CHECK(profiles[i].costLevel >= 1);
        CHECK(profiles[i].costLevel <= 3);
        CHECK(profiles[i].daysToCash >= 0);
        CHECK_FALSE(profiles[i].note.empty());
        CHECK(profiles[i].note.back() == '.');
    }
}

TEST_CASE("payment method profiles say who collects and what is secured", "[core][payment-method]")
{
    // The buyer decides when a transfer or a cheque leaves; the seller collects the others.
    CHECK_FALSE(profileOf(PaymentMethod::Transfer).sellerInitiative);
    CHECK_FALSE(profileOf(PaymentMethod::Cheque).sellerInitiative);
    CHECK(profileOf(PaymentMethod::SepaDirectDebit).sellerInitiative);
    CHECK(profileOf(PaymentMethod::Lcr).sellerInitiative);
    CHECK(profileOf(PaymentMethod::BillOfExchange).sellerInitiative);

    // Only an authorised card payment is secured: a direct debit can be rejected (and a
    // CORE one refunded), a bill or LCR is secured only when a bank backs it.
    std::set<PaymentMethod> guaranteed;
    for (const auto& p : allPaymentMethodProfiles())
        if (p.guaranteed)
            guaranteed.insert(p.method);
    CHECK(guaranteed == std::set<PaymentMethod>{PaymentMethod::Card});

    // Transfers and direct debits are the cheapest, card fees are a share of the amount.
    CHECK(profileOf(PaymentMethod::Transfer).costLevel == 1);
    CHECK(profileOf(PaymentMethod::SepaDirectDebit).costLevel == 1);
    CHECK(profileOf(PaymentMethod::Card).costLevel == 3);
    CHECK(profileOf(PaymentMethod::Cheque).daysToCash > profileOf(PaymentMethod::Transfer).daysToCash);
}

TEST_CASE("the method asked of a client follows its risk class", "[core][payment-method]")
{
    CHECK(recommendedMethodForRiskClass(1) == PaymentMethod::Transfer);
    CHECK(recommendedMethodForRiskClass(2) == PaymentMethod::Transfer);
    CHECK(recommendedMethodForRiskClass(3) == PaymentMethod::SepaDirectDebit);
    CHECK(recommendedMethodForRiskClass(4) == PaymentMethod::Lcr);
    CHECK(recommendedMethodForRiskClass(5) == PaymentMethod::Lcr);
    // Out of range: clamped.
    CHECK(recommendedMethodForRiskClass(0) == PaymentMethod::Transfer);
    CHECK(recommendedMethodForRiskClass(9) == PaymentMethod::Lcr);
    // From class 3 on, the seller holds the initiative.
    for (int riskClass = 3; riskClass <= 5; ++riskClass)
        CHECK(profileOf(recommendedMethodForRiskClass(riskClass)).sellerInitiative);

    // The risk engine's letters A (best) to E.
    CHECK(recommendedMethodForRiskClass('A') == PaymentMethod::Transfer);
    CHECK(recommendedMethodForRiskClass('B') == PaymentMethod::Transfer);
    CHECK(recommendedMethodForRiskClass('C') == PaymentMethod::SepaDirectDebit);
    CHECK(recommendedMethodForRiskClass('d') == PaymentMethod::Lcr);
    CHECK(recommendedMethodForRiskClass('E') == PaymentMethod::Lcr);
    CHECK(recommendedMethodForRiskClass('?') == PaymentMethod::Lcr);
}
