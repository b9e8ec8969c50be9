// Stages 1 and 2 as use cases: statements imported and checked, analysis, policy
// file, credit profile and limit decisions with their audit entries.

#include "app/ClientService.h"
#include "app/CreditService.h"
#include "app/RiskPolicyFile.h"
#include "app/StatementService.h"
#include "store/AuditLog.h"
#include "store/StatementRepository.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pc::core;
using namespace pc::app;
using pc::test::TempWorkspace;

namespace {

struct Fixture {
    TempWorkspace t;
    qint64 clientId = 0;

    Fixture()
    {
        auto id = ClientService(t.ws()).create(pc::test::completeClient("41234567", "Ateliers du Forez"));
        REQUIRE(id.ok());
        clientId = *id;
    }

    StatementImportReport importStatements(const QString& file = QStringLiteral("statements/forez_three_years.json"))
    {
        return StatementService(t.ws()).importFile(pc::test::testDataPath(file));
    }
};

// Points POSTECLIENT_DATA_DIR at a folder of the test while it lives.
class DataFolder {
public:
    DataFolder() { qputenv("POSTECLIENT_DATA_DIR", m_dir.path().toUtf8()); }
    ~DataFolder() { qunsetenv("POSTECLIENT_DATA_DIR"); }
    void write(const char* name, const QByteArray& bytes) const
    {
        QFile f(QDir(m_dir.path()).filePath(QString::fromLatin1(name)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_CASE("three years of statements are imported, then analysed", "[app][credit]")
{
    Fixture f;
    const StatementImportReport report = f.importStatements();
    INFO((report.errors.empty() ? std::string() : report.errors.front().args.front()));
    REQUIRE(report.ok());
    CHECK(report.saved.size() == 3);

    auto a = CreditService(f.t.ws()).analyze(f.clientId);
    REQUIRE(a.ok());
    CHECK(a->statements.size() == 3);
    CHECK(a->years.size() == 3);
    REQUIRE(a->analysedYear == 2025);
    const pc::risk::YearRatios* y = a->analysedRatios();
    REQUIRE(y != nullptr);
    CHECK(y->find("ebe")->amount == Money::fromEuros(150'000));
    REQUIRE(a->score("altman_z_prime") != nullptr);
    CHECK(a->score("altman_z_prime")->ok());
    CHECK(a->score("altman_z")->error == "needs_market_value");
    CHECK(a->internal.policyVersion == 1);
    CHECK(a->internal.contributions.size() == a->policy.factors.size());

    SECTION("an earlier year can be analysed")
    {
        auto earlier = CreditService(f.t.ws()).analyze(f.clientId, 2023);
        REQUIRE(earlier.ok());
        CHECK(earlier->analysedRatios()->find("turnover_growth")->error == "no_previous_year");
        CHECK(CreditService(f.t.ws()).analyze(f.clientId, 2010).error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("a statement file with an error is refused whole", "[app][credit]")
{
    Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unbalanced.json"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(R"([{"siren": "412345670", "closing_date": "2024-12-31",
                   "lines": {"CO": 100, "EE": 100, "DL": 50, "FL": 10, "GG": 1, "HN": 1}},
                  {"siren": "412345670", "closing_date": "2025-12-31",
                   "lines": {"CO": 100, "EE": 90, "DL": 50, "FL": 10, "GG": 1, "HN": 1}}])");
    out.close();
    const StatementImportReport report = StatementService(f.t.ws()).importFile(path);
    REQUIRE_FALSE(report.ok());
    CHECK(report.errors.front().code == ErrorCode::Unbalanced);
    CHECK(report.errors.front().where.file == "unbalanced.json");
    CHECK(report.saved.empty());
    CHECK(pc::store::StatementRepository(f.t->db()).count() == 0);
}

TEST_CASE("statements of a company that is not a client are refused", "[app][credit]")
{
    TempWorkspace t;
    const StatementImportReport report =
        StatementService(t.ws()).importFile(pc::test::testDataPath(QStringLiteral("statements/forez_three_years.json")));
    REQUIRE_FALSE(report.ok());
    CHECK(report.errors.front().code == ErrorCode::NotFound);
    CHECK(report.errors.front().where.field == "siren");
}

TEST_CASE("a limit is decided with an approver, a reason and a review date, and audited", "[app][credit]")
{
    Fixture f;
    REQUIRE(f.importStatements().ok());
    CreditService credit(f.t.ws());
    const Date review = *Date::fromYmd(2027, 11, 23);

    CHECK(credit.setLimit(f.clientId, {Money::fromEuros(10'000), QStringLiteral("D. Martin"), QString(), review})
              .error()
              .code
          == ErrorCode::ReasonRequired);
    CHECK(credit.setLimit(f.clientId, {Money::fromEuros(10'000), QString(), QStringLiteral("x"), review})
              .error()
              .code
          == ErrorCode::MissingField);
    CHECK(credit.setLimit(f.clientId, {Money::fromEuros(10'000), QStringLiteral("D. Martin"), QStringLiteral("x"),
                                       pc::test::testToday()})
              .error()
              .code
          == ErrorCode::DateTooEarly);
    CHECK(pc::store::AuditLog(f.t->db()).recent().front().action != QStringLiteral("credit.limit"));

    REQUIRE(credit.setLimit(f.clientId, {Money::fromEuros(10'000), QStringLiteral("D. Martin"),
                                         QStringLiteral("first order"), review})
                .ok());
    auto a = credit.analyze(f.clientId);
    REQUIRE(a.ok());
    REQUIRE(a->currentLimit);
    CHECK(a->currentLimit->amount == Money::fromEuros(10'000));
    CHECK(a->currentLimit->recommended == a->recommendation.limit);
    CHECK(a->currentLimit->riskClass == std::string(1, a->internal.riskClass));
    CHECK(a->history.size() == 1);

    const auto entry = pc::store::AuditLog(f.t->db()).recent().front();
    CHECK(entry.action == QStringLiteral("credit.limit"));
    CHECK(entry.actor == QStringLiteral("tester"));
    CHECK(entry.reason == QStringLiteral("first order"));
    CHECK(entry.before.is_null());
    CHECK(entry.after["amount_cents"] == 1'000'000);
    CHECK(entry.after["approver"] == "D. Martin");
}

TEST_CASE("the credit profile is saved and audited", "[app][credit]")
{
    Fixture f;
    pc::store::CreditProfile p;
    p.paymentTerms = "eom:45";
    p.expectedAnnualPurchases = Money::fromEuros(73'000);
    REQUIRE(CreditService(f.t.ws()).saveProfile(f.clientId, p).ok());
    auto a = CreditService(f.t.ws()).analyze(f.clientId);
    REQUIRE(a.ok());
    REQUIRE(a->terms);
    CHECK(a->terms->label() == "45 jours fin de mois");
    CHECK(pc::store::AuditLog(f.t->db()).recent().front().action == QStringLiteral("credit.profile"));
    // Without statements the score rests on neutral shares, and the need still counts.
    CHECK(a->statements.empty());
    CHECK_FALSE(a->analysedYear);
}

TEST_CASE("a risk policy in the data folder replaces the built-in one", "[app][credit][policy]")
{
    auto builtIn = RiskPolicyFile::loadFile(RiskPolicyFile::builtInPath());
    REQUIRE(builtIn.ok());
    CHECK(builtIn->version == 1);
    CHECK(builtIn->classes.front().riskClass == 'A');
    double weights = 0;
    for (const auto& factor : builtIn->factors)
        weights += factor.weight;
    CHECK(weights == Approx(100.0));

    DataFolder folder;
    folder.write("risk_policy.json", R"({"version": 7, "factors": [{"key": "financial_autonomy", "weight": 100,
        "bands": [{"below": 50, "share": 0}, {"share": 1}]}], "classes": [{"class": "A", "minimum_score": 50},
        {"class": "E", "minimum_score": 0}], "limits": [{"class": "A", "net_worth_share": 10},
        {"class": "E", "prepayment": true}]})");
    CHECK(RiskPolicyFile::activePath() == RiskPolicyFile::userPath());
    auto user = RiskPolicyFile::load();
    REQUIRE(user.ok());
    CHECK(user->version == 7);
    CHECK(user->limitRule('A')->netWorthShare == Rate::fromBasisPoints(1000));

    folder.write("risk_policy.json", R"({"version": 8, "classes": []})");
    auto broken = RiskPolicyFile::load();
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == ErrorCode::MissingField);
    CHECK(broken.error().where.file == "risk_policy.json");
}

TEST_CASE("a risk policy that is not JSON is refused with its file name", "[app][credit][policy]")
{
    auto garbage = RiskPolicyFile::parse("{\"version\": 1, \"factors\": [", "risk_policy.json");
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().code == ErrorCode::InvalidFormat);
    CHECK(garbage.error().where.file == "risk_policy.json");
    auto wrongType = RiskPolicyFile::parse(R"({"version": "one", "factors": [], "classes": [], "limits": []})",
                                           "risk_policy.json");
    REQUIRE_FALSE(wrongType.ok());
    CHECK(wrongType.error().code == ErrorCode::InvalidFormat);
}
