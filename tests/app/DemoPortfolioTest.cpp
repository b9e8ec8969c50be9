#include "app/CreditCheckService.h"
#include "app/CreditService.h"
#include "app/DemoPortfolio.h"
#include "app/ReferenceTables.h"
#include "app/StatementService.h"
#include "core/Invoice.h"
#include "core/OpeningChecklist.h"
#include "store/ClientRepository.h"
#include "store/SettingsRepository.h"
#include "store/SqlQuery.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <map>
#include <set>
#include <string>
#include <vector>

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

namespace {

struct DemoDocument {
    std::string number;
    qint64 client = 0;
    std::int64_t grossCents = 0;
    std::string date;
    bool operator==(const DemoDocument&) const = default;
};

// Every invoice and credit note of a demo store, by number.
std::vector<DemoDocument> demoDocuments(pc::app::Workspace& ws)
{
    pc::store::SqlQuery q(ws.db(), "test.documents",
                          QStringLiteral("SELECT number, company_id, gross_cents, issue_date FROM invoices ORDER BY number"));
    q.run();
    std::vector<DemoDocument> documents;
    while (q.next())
        documents.push_back({q.stdText(0), q.integer(1), q.integer(2), q.stdText(3)});
    return documents;
}

qint64 demoCount(pc::app::Workspace& ws, const char* sql)
{
    pc::store::SqlQuery q(ws.db(), "test.count", QString::fromLatin1(sql));
    q.run();
    REQUIRE(q.next());
    return q.integer(0);
}

} // namespace

TEST_CASE("the demo trades with orders and invoices and replays the same history", "[app][demo][sales]")
{
    pc::test::TempWorkspace t;
    REQUIRE(DemoPortfolio::install(t.ws(), 120).ok());
    CHECK(demoCount(t.ws(), "SELECT COUNT(*) FROM orders") > 40);
    CHECK(demoCount(t.ws(), "SELECT COUNT(*) FROM deliveries") > 40);
    CHECK(demoCount(t.ws(), "SELECT COUNT(*) FROM invoices WHERE kind = 'invoice'") > 20);
    CHECK(demoCount(t.ws(), "SELECT COUNT(*) FROM invoices WHERE kind = 'credit_note'") >= 1);
    CHECK(demoCount(t.ws(), "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'payment'") >= 1);

    // One gapless series, numbered in the order of the dates.
    const std::vector<DemoDocument> documents = demoDocuments(t.ws());
    REQUIRE_FALSE(documents.empty());
    for (std::size_t i = 0; i < documents.size(); ++i) {
        INFO(documents[i].number);
        CHECK(documents[i].number == pc::core::documentNumber("FA", static_cast<std::int64_t>(i) + 1));
        if (i > 0)
            CHECK(documents[i - 1].date <= documents[i].date);
    }
    CHECK(pc::store::NumberSeries(t->db()).last(QStringLiteral("invoice")) == static_cast<qint64>(documents.size()));

    // The credit manager has something to see: a client over its limit, a blocked account.
    pc::app::CreditCheckService checks(t.ws());
    bool overLimit = false;
    bool blocked = false;
    for (const auto& summary : pc::store::ClientRepository(t->db()).summaries()) {
        auto outcome = checks.check(summary.id, Money());
        REQUIRE(outcome.ok());
        const auto& result = outcome->result;
        if (result.decision != pc::risk::CheckDecision::Block)
            continue;
        const auto* limit = result.reason("limit_exceeded");
        overLimit = overLimit || (limit && limit->severity == pc::risk::CheckDecision::Block);
        blocked = blocked || result.reason("account_blocked") != nullptr;
    }
    CHECK(overLimit);
    CHECK(blocked);

    // Same seed, same day: the same documents.
    pc::test::TempWorkspace again;
    REQUIRE(DemoPortfolio::install(again.ws(), 120).ok());
    CHECK(demoDocuments(again.ws()) == documents);
}
