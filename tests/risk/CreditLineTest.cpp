// The internal score and the credit-line recommendation, on a policy built here so
// that every expected figure can be computed by hand.

#include "risk/CreditLimit.h"
#include "risk/InternalScore.h"
#include "support/CatchCompat.h"

using namespace pc::core;
using namespace pc::risk;
using Catch::Detail::Approx;

namespace {

RiskPolicy policy()
{
    RiskPolicy p;
    p.version = 7;
    p.factors = {
        {"financial_autonomy", 60.0, true, {{0.0, 0.0}, {20.0, 0.5}, {std::nullopt, 1.0}}, 0.5, {}},
        {"repayment_capacity", 40.0, false, {{3.0, 1.0}, {std::nullopt, 0.25}}, 0.5, {{"negative_caf", 0.0}}},
    };
    p.classes = {{'A', 80}, {'B', 65}, {'C', 50}, {'D', 35}, {'E', 0}};
    p.limitRules = {
        {'A', Rate::fromBasisPoints(1000), Rate::fromBasisPoints(2000), std::nullopt, {}, false},
        {'B', Rate::fromBasisPoints(3500), Rate::fromBasisPoints(10000), Money::fromEuros(500'000), {}, false},
        {'D', Rate::fromBasisPoints(500), Rate::fromBasisPoints(500), Money::fromEuros(20'000),
         Rate::fromBasisPoints(3000), false},
        {'E', {}, {}, Money(), {}, true},
    };
    p.dayBasis = 360;
    p.limitRoundingCents = 100;
    return p;
}

} // namespace

TEST_CASE("the internal score adds the points of each factor and says which were lost", "[risk][internal]")
{
    ScoringInputs in;
    in.values = {{"financial_autonomy", 25.0}, {"repayment_capacity", 5.0}};
    const InternalScore s = scoreInternally(in, policy());
    // 60 × 1.0 + 40 × 0.25 = 70 → class B.
    CHECK(s.score == Approx(70.0));
    CHECK(s.riskClass == 'B');
    CHECK(s.policyVersion == 7);
    REQUIRE(s.contributions.size() == 2);
    CHECK(s.contributions[1].key == "repayment_capacity");
    CHECK(s.contributions[1].lost() == Approx(30.0));
}

TEST_CASE("unknown factors score their neutral share, known failures their own", "[risk][internal]")
{
    ScoringInputs in;
    in.errors = {{"repayment_capacity", "negative_caf"}};
    const InternalScore s = scoreInternally(in, policy());
    // Autonomy missing: 60 × 0.5; negative CAF: 0.
    CHECK(s.score == Approx(30.0));
    CHECK(s.riskClass == 'E');
    CHECK(s.contributions[0].reason == "missing");
    CHECK(s.contributions[1].reason == "negative_caf");
}

TEST_CASE("events move the score and can force the class", "[risk][internal]")
{
    ScoringInputs in;
    in.values = {{"financial_autonomy", 40.0}, {"repayment_capacity", 1.0}};
    CHECK(scoreInternally(in, policy()).riskClass == 'A');

    in.liens = 3; // 3 × 10 capped at 20
    const InternalScore withLiens = scoreInternally(in, policy());
    CHECK(withLiens.score == Approx(80.0));
    REQUIRE(withLiens.adjustments.size() == 1);
    CHECK(withLiens.adjustments[0].points == Approx(-20.0));

    in.liens = 0;
    in.proceedings = Proceedings::Safeguard;
    const InternalScore safeguard = scoreInternally(in, policy());
    CHECK(safeguard.score == Approx(70.0));
    CHECK(safeguard.riskClass == 'D');
    CHECK(safeguard.classReason == "safeguard");

    in.proceedings = Proceedings::Receivership;
    CHECK(scoreInternally(in, policy()).riskClass == 'E');
}

TEST_CASE("rating-based cap: min(35 % of net worth, need) (mydsomanager example)", "[risk][limit]")
{
    // Need 50 000, net worth 80 000, rating B → min(28 000, 50 000) = 28 000.
    LimitInputs in;
    in.riskClass = 'B';
    in.netWorth = Money::fromEuros(80'000);
    in.expectedAnnualPurchases = Money::fromEuros(50'000 * 360 / 90);
    in.paymentTermDays = 90;
    const LimitRecommendation r = recommendLimit(in, policy());
    CHECK(r.limit == Money::fromEuros(28'000));
    CHECK(r.bindingRule == "net_worth");
}

TEST_CASE("need-based limit: 120 k€ a year paid at 90 days is 30 k€ outstanding", "[risk][limit]")
{
    LimitInputs in;
    in.riskClass = 'A';
    in.netWorth = Money::fromEuros(10'000'000);
    in.expectedAnnualPurchases = Money::fromEuros(120'000);
    in.paymentTermDays = 60;
    in.usualDelayDays = 30;
    const LimitRecommendation r = recommendLimit(in, policy());
    CHECK(r.limit == Money::fromEuros(30'000));
    CHECK(r.bindingRule == "need");
    CHECK_FALSE(r.deposit.prepayment);
}

TEST_CASE("the insurer's cover and the class ceiling bind too", "[risk][limit]")
{
    LimitInputs in;
    in.riskClass = 'D';
    in.netWorth = Money::fromEuros(1'000'000);
    in.workingCapital = Money::fromEuros(2'000'000);
    const LimitRecommendation capped = recommendLimit(in, policy());
    CHECK(capped.limit == Money::fromEuros(20'000));
    CHECK(capped.bindingRule == "class_cap");
    CHECK(capped.deposit.share == Rate::fromBasisPoints(3000));

    in.insurerCover = Money::fromEuros(15'000);
    CHECK(recommendLimit(in, policy()).bindingRule == "insurer");
}

TEST_CASE("negative equity gives no capacity; class E pays before delivery", "[risk][limit]")
{
    LimitInputs in;
    in.riskClass = 'A';
    in.netWorth = Money::fromEuros(-5'000);
    const LimitRecommendation r = recommendLimit(in, policy());
    CHECK(r.limit == Money());
    CHECK(r.bindingRule == "net_worth");

    in.riskClass = 'E';
    const LimitRecommendation e = recommendLimit(in, policy());
    CHECK(e.limit == Money());
    CHECK(e.deposit.prepayment);
}
