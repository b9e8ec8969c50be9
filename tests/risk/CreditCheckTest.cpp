// The credit check before an order, a delivery or a quote: the exposure by category,
// every reason code alone with its arguments and its boundaries, and how reasons
// combine into the decision.

#include "risk/CreditCheck.h"
#include "support/TestPrinters.h"

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::risk;

namespace Catch {
template <>
struct StringMaker<CheckDecision> {
    static std::string convert(CheckDecision d) { return std::string(toCode(d)); }
};
} // namespace Catch

namespace {

using Args = std::vector<std::string>;

Date iso(const std::string& text)
{
    const auto date = Date::parseIso(text);
    REQUIRE(date.ok());
    return *date;
}

Money cents(std::int64_t c)
{
    return Money::fromCents(c);
}

Money euros(std::int64_t e)
{
    return Money::fromEuros(e);
}

const Date kAsOf = *Date::fromYmd(2025, 6, 15);

// An active client with a limit of 10 000.00 reviewed at the end of the year, class B,
// nothing owed, nothing overdue: every check passes.
CreditSubject healthy()
{
    CreditSubject s;
    s.accountStatus = AccountStatus::Active;
    s.companyStatus = CompanyStatus::Active;
    s.proceedings = Proceedings::None;
    s.limit = euros(10'000);
    s.limitReviewDate = iso("2025-12-31");
    s.riskClass = 'B';
    return s;
}

std::vector<std::string> codes(const CreditCheckResult& r)
{
    std::vector<std::string> result;
    for (const CheckReason& reason : r.reasons)
        result.push_back(reason.code);
    return result;
}

// The check has exactly this one reason.
const CheckReason& only(const CreditCheckResult& r, const std::string& code)
{
    INFO("reasons: " << Catch::Detail::stringify(codes(r)));
    REQUIRE(r.reasons.size() == 1);
    REQUIRE(r.reasons[0].code == code);
    return r.reasons[0];
}

} // namespace

TEST_CASE("decisions have stable codes", "[risk][check]")
{
    CHECK(toCode(CheckDecision::Ok) == "OK");
    CHECK(toCode(CheckDecision::Warn) == "WARN");
    CHECK(toCode(CheckDecision::Block) == "BLOCK");
}

TEST_CASE("the default policy", "[risk][check]")
{
    const CreditCheckPolicy p;
    CHECK(p.include.receivables);
    CHECK(p.include.deliveredNotInvoiced);
    CHECK(p.include.openOrders);
    CHECK(p.include.deposits);
    CHECK(p.limitTolerance == Rate::fromBasisPoints(500));
    CHECK(p.overdueAmountThreshold == Money());
    CHECK(p.overdueDaysLimit == 30);
    CHECK_FALSE(p.disputesBlock);
    CHECK(p.minimumClass == 'D');
}

TEST_CASE("a healthy client within its limit is OK, with the figures of the check", "[risk][check]")
{
    CreditSubject s = healthy();
    s.receivables = euros(4'000);
    s.deliveredNotInvoiced = euros(1'000);
    s.openOrders = euros(2'000);
    s.deposits = euros(500);
    s.disputedAmount = euros(99); // no open dispute counted: no reason
    const CreditCheckResult r = checkCredit(s, euros(1'234), kAsOf, {});
    CHECK(r.decision == CheckDecision::Ok);
    CHECK(r.reasons.empty());
    CHECK(r.reason("limit_exceeded") == nullptr);
    CHECK(r.exposure.receivables == euros(4'000));
    CHECK(r.exposure.deliveredNotInvoiced == euros(1'000));
    CHECK(r.exposure.openOrders == euros(2'000));
    CHECK(r.exposure.deposits == euros(500));
    CHECK(r.exposure.total == euros(6'500));
    CHECK(r.amount == euros(1'234));
    CHECK(r.projected == euros(7'734));
    REQUIRE(r.limit);
    CHECK(*r.limit == euros(10'000));
    REQUIRE(r.available);
    CHECK(*r.available == euros(3'500)); // the limit less the exposure, before the amount
    REQUIRE(r.riskClass);
    CHECK(*r.riskClass == 'B');
    CHECK(r.overdue == Money());
    CHECK(r.oldestOverdueDays == 0);
    CHECK(r.openDisputes == 0);
    CHECK(r.disputedAmount == euros(99));
}

TEST_CASE("an account that is not active blocks, with its status", "[risk][check]")
{
    const auto [status, code] = GENERATE(table<AccountStatus, std::string>({
        {AccountStatus::Prospect, "prospect"},
        {AccountStatus::Pending, "pending"},
        {AccountStatus::Closed, "closed"},
    }));
    CreditSubject s = healthy();
    s.accountStatus = status;
    const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
    CHECK(r.decision == CheckDecision::Block);
    const CheckReason& reason = only(r, "account_not_active");
    CHECK(reason.severity == CheckDecision::Block);
    CHECK(reason.args == Args{code});
}

TEST_CASE("a blocked account blocks", "[risk][check]")
{
    CreditSubject s = healthy();
    s.accountStatus = AccountStatus::Blocked;
    const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
    CHECK(r.decision == CheckDecision::Block);
    const CheckReason& reason = only(r, "account_blocked");
    CHECK(reason.severity == CheckDecision::Block);
    CHECK(reason.args.empty());
}

TEST_CASE("a ceased company blocks", "[risk][check]")
{
    CreditSubject s = healthy();
    s.companyStatus = CompanyStatus::Ceased;
    const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
    CHECK(r.decision == CheckDecision::Block);
    const CheckReason& reason = only(r, "company_ceased");
    CHECK(reason.severity == CheckDecision::Block);
    CHECK(reason.args.empty());
}

TEST_CASE("collective proceedings: safeguard warns, receivership and liquidation block", "[risk][check]")
{
    const auto [proceedings, code, severity] = GENERATE(table<Proceedings, std::string, CheckDecision>({
        {Proceedings::Safeguard, "safeguard", CheckDecision::Warn},
        {Proceedings::Receivership, "receivership", CheckDecision::Block},
        {Proceedings::Liquidation, "liquidation", CheckDecision::Block},
    }));
    CreditSubject s = healthy();
    s.proceedings = proceedings;
    const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
    CHECK(r.decision == severity);
    const CheckReason& reason = only(r, "collective_proceedings");
    CHECK(reason.severity == severity);
    CHECK(reason.args == Args{code});
}

TEST_CASE("no limit blocks, and then the limit is neither reviewed nor compared", "[risk][check]")
{
    CreditSubject s = healthy();
    s.limit.reset();
    s.limitReviewDate = iso("2020-01-01");
    s.receivables = euros(1'000'000);
    const CreditCheckResult r = checkCredit(s, euros(5), kAsOf, {});
    CHECK(r.decision == CheckDecision::Block);
    const CheckReason& reason = only(r, "no_limit");
    CHECK(reason.severity == CheckDecision::Block);
    CHECK(reason.args.empty());
    CHECK_FALSE(r.limit.has_value());
    CHECK_FALSE(r.available.has_value());
    CHECK(r.projected == cents(100'000'500));
}

TEST_CASE("a limit of zero is a limit: nothing may be added to it", "[risk][check]")
{
    CreditSubject s = healthy();
    s.limit = Money();
    CHECK(checkCredit(s, Money(), kAsOf, {}).decision == CheckDecision::Ok);
    const CreditCheckResult r = checkCredit(s, cents(1), kAsOf, {});
    CHECK(r.decision == CheckDecision::Block);
    CHECK(only(r, "limit_exceeded").args == Args{"1", "0", "1", "0"});
    REQUIRE(r.available);
    CHECK(*r.available == Money());
}

TEST_CASE("a review date before the day of the check is overdue, the day itself is not", "[risk][check]")
{
    CreditSubject s = healthy();

    SECTION("the day before")
    {
        s.limitReviewDate = iso("2025-06-14");
        const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
        CHECK(r.decision == CheckDecision::Warn);
        const CheckReason& reason = only(r, "limit_review_overdue");
        CHECK(reason.severity == CheckDecision::Warn);
        CHECK(reason.args == Args{"2025-06-14"});
    }
    SECTION("the day itself")
    {
        s.limitReviewDate = kAsOf;
        const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
        CHECK(r.decision == CheckDecision::Ok);
        CHECK(r.reasons.empty());
    }
    SECTION("no review date")
    {
        s.limitReviewDate.reset();
        CHECK(checkCredit(s, Money(), kAsOf, {}).reasons.empty());
    }
}

TEST_CASE("the review date is judged as of the day asked, not today", "[risk][check]")
{
    CreditSubject s = healthy();
    s.limitReviewDate = iso("2025-03-31");
    CHECK(checkCredit(s, Money(), iso("2025-03-30"), {}).decision == CheckDecision::Ok);
    CHECK(checkCredit(s, Money(), iso("2025-03-31"), {}).decision == CheckDecision::Ok);
    const CreditCheckResult r = checkCredit(s, Money(), iso("2025-04-01"), {});
    CHECK(r.decision == CheckDecision::Warn);
    CHECK(only(r, "limit_review_overdue").args == Args{"2025-03-31"});
    // Years later, still the same review date in the message.
    CHECK(only(checkCredit(s, Money(), iso("2030-01-01"), {}), "limit_review_overdue").args == Args{"2025-03-31"});
}

TEST_CASE("the limit is exceeded only strictly above it, tolerated up to 5 % included", "[risk][check]")
{
    // Limit 10 000.00, exposure 6 000.00: the tolerance is 500.00.
    CreditSubject s = healthy();
    s.receivables = euros(6'000);

    SECTION("exactly at the limit")
    {
        const CreditCheckResult r = checkCredit(s, euros(4'000), kAsOf, {});
        CHECK(r.decision == CheckDecision::Ok);
        CHECK(r.reasons.empty());
        CHECK(r.projected == euros(10'000));
    }
    SECTION("one cent over")
    {
        const CreditCheckResult r = checkCredit(s, cents(400'001), kAsOf, {});
        CHECK(r.decision == CheckDecision::Warn);
        const CheckReason& reason = only(r, "limit_exceeded");
        CHECK(reason.severity == CheckDecision::Warn);
        CHECK(reason.args == Args{"1000001", "1000000", "1", "50000"});
    }
    SECTION("exactly the limit plus the tolerance")
    {
        const CreditCheckResult r = checkCredit(s, euros(4'500), kAsOf, {});
        CHECK(r.decision == CheckDecision::Warn);
        CHECK(only(r, "limit_exceeded").args == Args{"1050000", "1000000", "50000", "50000"});
    }
    SECTION("one cent beyond the tolerance")
    {
        const CreditCheckResult r = checkCredit(s, cents(450'001), kAsOf, {});
        CHECK(r.decision == CheckDecision::Block);
        const CheckReason& reason = only(r, "limit_exceeded");
        CHECK(reason.severity == CheckDecision::Block);
        CHECK(reason.args == Args{"1050001", "1000000", "50001", "50000"});
    }
    SECTION("the exposure alone over the limit, nothing added")
    {
        s.receivables = euros(10'200);
        const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
        CHECK(r.decision == CheckDecision::Warn);
        CHECK(only(r, "limit_exceeded").args == Args{"1020000", "1000000", "20000", "50000"});
        REQUIRE(r.available);
        CHECK(*r.available == euros(-200));
    }
}

TEST_CASE("without tolerance one cent over the limit blocks", "[risk][check]")
{
    CreditSubject s = healthy();
    s.receivables = euros(6'000);
    CreditCheckPolicy p;
    p.limitTolerance = Rate();
    CHECK(checkCredit(s, euros(4'000), kAsOf, p).decision == CheckDecision::Ok);
    const CreditCheckResult r = checkCredit(s, cents(400'001), kAsOf, p);
    CHECK(r.decision == CheckDecision::Block);
    CHECK(only(r, "limit_exceeded").args == Args{"1000001", "1000000", "1", "0"});
}

TEST_CASE("the tolerance amount is rounded down to the cent", "[risk][check]")
{
    // 5 % of 333.33 is 16.6665: 16.66 tolerated (half up would give 16.67).
    CreditSubject s = healthy();
    s.limit = cents(33'333);
    const CreditCheckResult within = checkCredit(s, cents(34'999), kAsOf, {});
    CHECK(within.decision == CheckDecision::Warn);
    CHECK(only(within, "limit_exceeded").args == Args{"34999", "33333", "1666", "1666"});
    const CreditCheckResult beyond = checkCredit(s, cents(35'000), kAsOf, {});
    CHECK(beyond.decision == CheckDecision::Block);
    CHECK(only(beyond, "limit_exceeded").args == Args{"35000", "33333", "1667", "1666"});
}

TEST_CASE("a larger tolerance is honoured", "[risk][check]")
{
    CreditSubject s = healthy();
    CreditCheckPolicy p;
    p.limitTolerance = Rate::fromBasisPoints(2'000); // 2 000.00 on 10 000.00
    CHECK(checkCredit(s, euros(12'000), kAsOf, p).decision == CheckDecision::Warn);
    CHECK(checkCredit(s, cents(1'200'001), kAsOf, p).decision == CheckDecision::Block);
}

TEST_CASE("overdue amounts warn only strictly above the threshold", "[risk][check]")
{
    CreditSubject s = healthy();

    SECTION("default threshold of zero: any overdue cent warns")
    {
        s.overdue = cents(1);
        const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
        CHECK(r.decision == CheckDecision::Warn);
        const CheckReason& reason = only(r, "overdue_amount");
        CHECK(reason.severity == CheckDecision::Warn);
        CHECK(reason.args == Args{"1", "0"});
        CHECK(r.overdue == cents(1));
    }
    SECTION("a threshold of 1 000.00")
    {
        CreditCheckPolicy p;
        p.overdueAmountThreshold = euros(1'000);
        s.overdue = euros(1'000);
        CHECK(checkCredit(s, Money(), kAsOf, p).reasons.empty());
        s.overdue = cents(100'001);
        const CreditCheckResult r = checkCredit(s, Money(), kAsOf, p);
        CHECK(r.decision == CheckDecision::Warn);
        CHECK(only(r, "overdue_amount").args == Args{"100001", "100000"});
    }
    SECTION("nothing overdue")
    {
        CHECK(checkCredit(s, Money(), kAsOf, {}).reasons.empty());
    }
}

TEST_CASE("an overdue item older than the days limit blocks, at the limit it does not", "[risk][check]")
{
    CreditSubject s = healthy();

    SECTION("default limit of 30 days")
    {
        s.oldestOverdueDays = 30;
        CHECK(checkCredit(s, Money(), kAsOf, {}).reasons.empty());
        s.oldestOverdueDays = 31;
        const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
        CHECK(r.decision == CheckDecision::Block);
        const CheckReason& reason = only(r, "overdue_age");
        CHECK(reason.severity == CheckDecision::Block);
        CHECK(reason.args == Args{"31", "30"});
        CHECK(r.oldestOverdueDays == 31);
    }
    SECTION("a limit of 0 days")
    {
        CreditCheckPolicy p;
        p.overdueDaysLimit = 0;
        s.oldestOverdueDays = 0;
        CHECK(checkCredit(s, Money(), kAsOf, p).reasons.empty());
        s.oldestOverdueDays = 1;
        CHECK(only(checkCredit(s, Money(), kAsOf, p), "overdue_age").args == Args{"1", "0"});
    }
}

TEST_CASE("open disputes warn, or block when the policy says so", "[risk][check]")
{
    CreditSubject s = healthy();
    s.openDisputes = 2;
    s.disputedAmount = cents(35'050);

    const CreditCheckResult warn = checkCredit(s, Money(), kAsOf, {});
    CHECK(warn.decision == CheckDecision::Warn);
    const CheckReason& w = only(warn, "open_disputes");
    CHECK(w.severity == CheckDecision::Warn);
    CHECK(w.args == Args{"2", "35050"});
    CHECK(warn.openDisputes == 2);
    CHECK(warn.disputedAmount == cents(35'050));

    CreditCheckPolicy p;
    p.disputesBlock = true;
    const CreditCheckResult block = checkCredit(s, Money(), kAsOf, p);
    CHECK(block.decision == CheckDecision::Block);
    const CheckReason& b = only(block, "open_disputes");
    CHECK(b.severity == CheckDecision::Block);
    CHECK(b.args == Args{"2", "35050"});

    s.openDisputes = 0;
    CHECK(checkCredit(s, Money(), kAsOf, p).reasons.empty());
}

TEST_CASE("a risk class worse than the minimum blocks, the minimum itself passes", "[risk][check]")
{
    const auto [riskClass, minimum, blocked] = GENERATE(table<char, char, bool>({
        {'A', 'D', false},
        {'C', 'D', false},
        {'D', 'D', false},
        {'E', 'D', true},
        {'C', 'B', true},
        {'B', 'B', false},
        {'E', 'E', false},
        {'B', 'A', true},
    }));
    INFO(riskClass << " against " << minimum);
    CreditSubject s = healthy();
    s.riskClass = riskClass;
    CreditCheckPolicy p;
    p.minimumClass = minimum;
    const CreditCheckResult r = checkCredit(s, Money(), kAsOf, p);
    if (blocked) {
        CHECK(r.decision == CheckDecision::Block);
        const CheckReason& reason = only(r, "risk_class");
        CHECK(reason.severity == CheckDecision::Block);
        CHECK(reason.args == Args{std::string(1, riskClass), std::string(1, minimum)});
    } else {
        CHECK(r.decision == CheckDecision::Ok);
        CHECK(r.reasons.empty());
    }
}

TEST_CASE("a client without a risk class is not judged on it", "[risk][check]")
{
    CreditSubject s = healthy();
    s.riskClass.reset();
    const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
    CHECK(r.reasons.empty());
    CHECK_FALSE(r.riskClass.has_value());
}

TEST_CASE("the decision is the worst reason; reasons come worst first, then in their order", "[risk][check]")
{
    CreditSubject s = healthy();
    s.accountStatus = AccountStatus::Pending;         // BLOCK
    s.proceedings = Proceedings::Safeguard;           // WARN
    s.limitReviewDate = iso("2025-01-31");            // WARN
    s.receivables = euros(10'100);                    // over by 100.00: WARN
    s.overdue = euros(700);                           // WARN
    s.oldestOverdueDays = 45;                         // BLOCK
    s.openDisputes = 1;                               // WARN
    s.disputedAmount = euros(80);
    s.riskClass = 'E';                                // BLOCK
    const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
    CHECK(r.decision == CheckDecision::Block);
    CHECK(codes(r)
          == std::vector<std::string>{"account_not_active", "overdue_age", "risk_class", "collective_proceedings",
                                      "limit_review_overdue", "limit_exceeded", "overdue_amount", "open_disputes"});
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(r.reasons[i].severity == CheckDecision::Block);
    for (std::size_t i = 3; i < r.reasons.size(); ++i)
        CHECK(r.reasons[i].severity == CheckDecision::Warn);
    REQUIRE(r.reason("overdue_age") != nullptr);
    CHECK(r.reason("overdue_age")->args == Args{"45", "30"});
    REQUIRE(r.reason("limit_exceeded") != nullptr);
    CHECK(r.reason("limit_exceeded")->args == Args{"1010000", "1000000", "10000", "50000"});
    CHECK(r.reason("no_limit") == nullptr);
}

TEST_CASE("warnings alone make a WARN, in the documented order", "[risk][check]")
{
    CreditSubject s = healthy();
    s.openDisputes = 3;                     // open_disputes
    s.overdue = cents(1);                   // overdue_amount
    s.receivables = cents(1'000'001);       // limit_exceeded, within the tolerance
    s.limitReviewDate = iso("2025-06-01");  // limit_review_overdue
    s.proceedings = Proceedings::Safeguard; // collective_proceedings
    const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
    CHECK(r.decision == CheckDecision::Warn);
    CHECK(codes(r)
          == std::vector<std::string>{"collective_proceedings", "limit_review_overdue", "limit_exceeded",
                                      "overdue_amount", "open_disputes"});
}

TEST_CASE("blocking account reasons stack in their order", "[risk][check]")
{
    CreditSubject s = healthy();
    s.accountStatus = AccountStatus::Blocked;
    s.companyStatus = CompanyStatus::Ceased;
    s.proceedings = Proceedings::Liquidation;
    s.limit.reset();
    const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
    CHECK(r.decision == CheckDecision::Block);
    CHECK(codes(r) == std::vector<std::string>{"account_blocked", "company_ceased", "collective_proceedings", "no_limit"});
}

TEST_CASE("a switched-off category counts as zero in the exposure", "[risk][check]")
{
    CreditSubject s = healthy();
    s.receivables = euros(4'000);
    s.deliveredNotInvoiced = euros(1'000);
    s.openOrders = euros(2'000);
    s.deposits = euros(500);

    const auto [r, d, o, dep, total] = GENERATE(table<bool, bool, bool, bool, std::int64_t>({
        {true, true, true, true, 6'500},
        {false, true, true, true, 2'500},
        {true, false, true, true, 5'500},
        {true, true, false, true, 4'500},
        {true, true, true, false, 7'000},
        {false, false, false, false, 0},
        {false, false, false, true, -500},
        {true, false, false, false, 4'000},
    }));
    const ExposureCategories include{r, d, o, dep};
    const Exposure e = exposureOf(s, include);
    CHECK(e.receivables == (r ? euros(4'000) : Money()));
    CHECK(e.deliveredNotInvoiced == (d ? euros(1'000) : Money()));
    CHECK(e.openOrders == (o ? euros(2'000) : Money()));
    CHECK(e.deposits == (dep ? euros(500) : Money()));
    CHECK(e.total == euros(total));
    CHECK(e.total == e.receivables + e.deliveredNotInvoiced + e.openOrders - e.deposits);

    // The check uses the same exposure.
    CreditCheckPolicy p;
    p.include = include;
    const CreditCheckResult check = checkCredit(s, euros(10), kAsOf, p);
    CHECK(check.exposure.total == euros(total));
    CHECK(check.projected == euros(total + 10));
    REQUIRE(check.available);
    CHECK(*check.available == euros(10'000 - total));
}

TEST_CASE("switching a category off can clear or raise a limit excess", "[risk][check]")
{
    CreditSubject s = healthy();
    s.receivables = euros(9'000);
    s.openOrders = euros(2'000);
    // 11 000.00: over by 1 000.00, beyond the 500.00 tolerated.
    CHECK(checkCredit(s, Money(), kAsOf, {}).decision == CheckDecision::Block);
    CreditCheckPolicy withoutOrders;
    withoutOrders.include.openOrders = false;
    CHECK(checkCredit(s, Money(), kAsOf, withoutOrders).decision == CheckDecision::Ok);

    // Deposits lower the exposure: 10 500.00 − 600.00 = 9 900.00.
    CreditSubject d = healthy();
    d.receivables = euros(10'500);
    d.deposits = euros(600);
    CHECK(checkCredit(d, Money(), kAsOf, {}).decision == CheckDecision::Ok);
    CreditCheckPolicy withoutDeposits;
    withoutDeposits.include.deposits = false;
    const CreditCheckResult r = checkCredit(d, Money(), kAsOf, withoutDeposits);
    CHECK(r.decision == CheckDecision::Warn);
    CHECK(only(r, "limit_exceeded").args == Args{"1050000", "1000000", "50000", "50000"});
}

TEST_CASE("the amount checked is added to the projected exposure, not to what is available", "[risk][check]")
{
    CreditSubject s = healthy();
    s.receivables = euros(2'000);
    s.deposits = euros(3'000); // more deposits than receivables: a negative exposure
    const CreditCheckResult r = checkCredit(s, euros(11'000), kAsOf, {});
    CHECK(r.exposure.total == euros(-1'000));
    CHECK(r.projected == euros(10'000));
    CHECK(r.decision == CheckDecision::Ok);
    REQUIRE(r.available);
    CHECK(*r.available == euros(11'000));

    const CreditCheckResult over = checkCredit(s, cents(1'100'001), kAsOf, {});
    CHECK(over.projected == cents(1'000'001));
    CHECK(over.decision == CheckDecision::Warn);
}

TEST_CASE("reason() finds a reason by its code", "[risk][check]")
{
    CreditSubject s = healthy();
    s.overdue = euros(5);
    s.oldestOverdueDays = 40;
    const CreditCheckResult r = checkCredit(s, Money(), kAsOf, {});
    REQUIRE(r.reason("overdue_amount") != nullptr);
    CHECK(r.reason("overdue_amount")->severity == CheckDecision::Warn);
    REQUIRE(r.reason("overdue_age") != nullptr);
    CHECK(r.reason("overdue_age")->severity == CheckDecision::Block);
    CHECK(r.reason("risk_class") == nullptr);
    CHECK(r.reason("") == nullptr);
}
