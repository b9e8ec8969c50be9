#include "app/CreditService.h"
#include "app/DemoPortfolio.h"
#include "app/ReferenceTables.h"
#include "app/StatementService.h"
#include "core/OpeningChecklist.h"
#include "store/ClientRepository.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <map>
#include <set>

using namespace pc::core;
using pc::app::DemoPortfolio;

TEST_CASE("the demo portfolio is the same for the same seed and day", "[app][demo]")
{
    const auto a = DemoPortfolio::generate(50, 7, pc::test::testToday());
    const auto b = DemoPortfolio::generate(50, 7, pc::test::testToday());
    const auto c = DemoPortfolio::generate(50, 8, pc::test::testToday());
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("the demo portfolio is realistic and consistent", "[app][demo]")
{
    const Date today = pc::test::testToday();
    const auto files = DemoPortfolio::generate(DemoPortfolio::kDefaultSize, 2026, today);
    REQUIRE(files.size() == static_cast<std::size_t>(DemoPortfolio::kDefaultSize));
    std::set<std::string> sirens, accounts;
    std::map<AccountStatus, int> statuses;
    for (const ClientFile& f : files) {
        REQUIRE(f.company.siren);
        CHECK(sirens.insert(f.company.siren->str()).second);
        CHECK(accounts.insert(f.account.number).second);
        CHECK(pc::app::reference::isKnownNafCode(QString::fromStdString(f.company.nafCode)));
        REQUIRE_FALSE(f.establishments.empty());
        CHECK(f.headOffice());
        for (const Establishment& e : f.establishments)
            CHECK(e.siret.siren() == *f.company.siren);
        ++statuses[f.account.status];
        // Accounts that were opened had a complete file on their opening day.
        if (f.account.openedOn) {
            INFO(f.company.name);
            CHECK(OpeningChecklist::evaluate(f, *f.account.openedOn).isComplete()
                  == (f.company.status == CompanyStatus::Active));
        }
    }
    for (const AccountStatus s : allAccountStatuses()) {
        INFO(toCode(s));
        CHECK(statuses[s] >= 5);
    }
    // Some pending accounts have their opening file almost complete, some not.
    int pendingIncomplete = 0;
    for (const ClientFile& f : files) {
        if (f.account.status == AccountStatus::Pending && !OpeningChecklist::evaluate(f, today).isComplete())
            ++pendingIncomplete;
    }
    CHECK(pendingIncomplete >= 5);
}

TEST_CASE("the demo portfolio goes into an empty store only", "[app][demo]")
{
    pc::test::TempWorkspace t;
    REQUIRE(DemoPortfolio::install(t.ws(), 40).ok());
    CHECK(pc::store::ClientRepository(t.ws().db()).count() == 40);
    const auto again = DemoPortfolio::install(t.ws(), 40);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::StoreNotEmpty);
    CHECK(pc::store::ClientRepository(t.ws().db()).count() == 40);
}

TEST_CASE("demo statements pass every check and spread over the risk classes", "[app][demo]")
{
    pc::test::TempWorkspace t;
    REQUIRE(pc::app::DemoPortfolio::install(t.ws(), 120).ok());
    pc::app::StatementService statements(t.ws());
    pc::app::CreditService credit(t.ws());
    std::set<char> classes;
    int analysed = 0;
    for (const auto& summary : pc::store::ClientRepository(t->db()).summaries()) {
        auto a = credit.analyze(summary.id);
        REQUIRE(a.ok());
        for (const auto& s : a->statements) {
            const auto problems = statements.check(s);
            INFO(summary.name.toStdString() << " " << s.closingDate.toIso());
            CHECK(problems.empty());
        }
        if (a->statements.size() == 3) {
            ++analysed;
            classes.insert(a->internal.riskClass);
            // Equity follows from the previous year: two thirds of a profit retained.
            const auto* retained = a->analysedRatios()->find("retained_share");
            if (retained->ok())
                CHECK(*retained->value == Approx(66.67).margin(0.1));
        }
    }
    CHECK(analysed > 100);
    CHECK(classes.count('A') == 1);
    CHECK(classes.size() >= 4);
}
