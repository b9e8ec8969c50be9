// Stages 1 and 2 from the shell: statements import, analyze, credit profile, limit
// set and terms due-date, with the JSON fields scripts rely on.

#include "cli/CliRunner.h"

using nlohmann::json;
using pc::test::Cli;
using pc::test::Run;

namespace {

QString statements(const char* name)
{
    return pc::test::testDataPath(QStringLiteral("statements/") + QString::fromLatin1(name));
}

// A store holding the clients of clients_good.csv and three years of statements of
// the first one (SIREN 412345670).
void prepare(const Cli& cli)
{
    REQUIRE(cli({QStringLiteral("client"), QStringLiteral("import"), pc::test::data("clients_good.csv")}).exitCode == 0);
    const Run imported = cli({QStringLiteral("statements"), QStringLiteral("import"),
                              statements("forez_three_years.json"), QStringLiteral("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.parsed()["statements"].size() == 3);
}

} // namespace

TEST_CASE("cli: analyze gives ratios, scores with zones, class and recommended limit", "[cli][risk]")
{
    Cli cli;
    prepare(cli);
    const Run run = cli({QStringLiteral("analyze"), QStringLiteral("412345670"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const json a = run.parsed();
    CHECK(a["year"] == 2025);
    const std::string riskClass = a["class"].get<std::string>();
    CHECK(riskClass.size() == 1);
    CHECK(std::string("ABCDE").find(riskClass) != std::string::npos);
    CHECK(a["recommended_limit_cents"].is_number_integer());

    // Ratios keyed by name, each with a value or an error.
    const json& ratios = a["ratios"];
    CHECK(ratios["turnover"]["value_cents"] == 120'000'000);
    CHECK(ratios["ebe"]["value_cents"] == 15'000'000);
    CHECK(ratios["financial_autonomy"]["value"].get<double>() == Approx(200'000.0 / 705'000 * 100));
    CHECK(ratios["turnover_growth"]["value"].get<double>() == Approx(100.0 / 9));
    for (const auto& [name, ratio] : ratios.items()) {
        INFO(name);
        CHECK((ratio.contains("value") != ratio.contains("error")));
    }

    // Scores on their own scales, each with value and zone.
    const json& scores = a["scores"];
    for (const char* key : {"altman_z_prime", "altman_z2", "altman_z2_em", "conan_holder", "internal"}) {
        INFO(key);
        REQUIRE(scores.contains(key));
        CHECK(scores[key].contains("value"));
        CHECK(scores[key].contains("zone"));
    }
    const double z2 = scores["altman_z2"]["value"].get<double>();
    CHECK(scores["altman_z2_em"]["value"].get<double>() == Approx(z2 + 3.25));
    CHECK(scores["conan_holder"]["value"].get<double>() < 1.0); // decimal scale
    CHECK(scores["internal"]["zone"] == riskClass);
    CHECK(a["explanation"].size() >= 5);
}

TEST_CASE("cli: analyze of a year without statement, or of an unknown client, fails", "[cli][risk]")
{
    Cli cli;
    prepare(cli);
    const Run noYear = cli({QStringLiteral("analyze"), QStringLiteral("412345670"), QStringLiteral("--year"),
                            QStringLiteral("2019")});
    CHECK(noYear.exitCode == 1);
    CHECK(noYear.err.contains(QStringLiteral("2019")));
    CHECK(cli({QStringLiteral("analyze"), QStringLiteral("732829320")}).exitCode == 1);
}

TEST_CASE("cli: a refused statement file changes nothing and says where", "[cli][risk]")
{
    Cli cli;
    prepare(cli);
    const Run bad = cli({QStringLiteral("statements"), QStringLiteral("import"), statements("garbage_amount.csv"),
                         QStringLiteral("--siren"), QStringLiteral("412345670")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("garbage_amount.csv:7")));
    const Run list = cli({QStringLiteral("statements"), QStringLiteral("list"), QStringLiteral("412345670"),
                          QStringLiteral("--json")});
    CHECK(list.parsed().size() == 3);
}

TEST_CASE("cli: limit set records the decision and analyze shows it", "[cli][risk]")
{
    Cli cli;
    prepare(cli);
    const Run missingReason = cli({QStringLiteral("limit"), QStringLiteral("set"), QStringLiteral("412345670"),
                                   QStringLiteral("25000"), QStringLiteral("--review"), QStringLiteral("2027-11-23")});
    CHECK(missingReason.exitCode == 1);
    const Run pastReview = cli({QStringLiteral("limit"), QStringLiteral("set"), QStringLiteral("412345670"),
                                QStringLiteral("25000"), QStringLiteral("--reason"), QStringLiteral("first order"),
                                QStringLiteral("--review"), QStringLiteral("2026-01-01")});
    CHECK(pastReview.exitCode == 1);

    const Run set = cli({QStringLiteral("limit"), QStringLiteral("set"), QStringLiteral("412345670"),
                         QStringLiteral("25 000,00"), QStringLiteral("--reason"), QStringLiteral("first order"),
                         QStringLiteral("--review"), QStringLiteral("2027-11-23"), QStringLiteral("--approver"),
                         QStringLiteral("D. Martin"), QStringLiteral("--json")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.parsed()["amount_cents"] == 2'500'000);

    const json a = cli({QStringLiteral("analyze"), QStringLiteral("412345670"), QStringLiteral("--json")}).parsed();
    CHECK(a["current_limit"]["amount_cents"] == 2'500'000);
    CHECK(a["current_limit"]["approver"] == "D. Martin");
    CHECK(a["current_limit"]["review_date"] == "2027-11-23");

    const json audit = cli({QStringLiteral("audit"), QStringLiteral("412345670"), QStringLiteral("--json")}).parsed();
    REQUIRE_FALSE(audit.empty());
    CHECK(audit[0]["action"] == "credit.limit");
    CHECK(audit[0]["reason"] == "first order");
}

TEST_CASE("cli: the credit profile feeds the need-based limit", "[cli][risk]")
{
    Cli cli;
    prepare(cli);
    const Run run = cli({QStringLiteral("credit"), QStringLiteral("profile"), QStringLiteral("412345670"),
                         QStringLiteral("--terms"), QStringLiteral("60 jours nets"), QStringLiteral("--purchases"),
                         QStringLiteral("36500"), QStringLiteral("--delay"), QStringLiteral("10"),
                         QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const json a = run.parsed();
    CHECK(a["terms"]["code"] == "net:60");
    // 36 500 € a year × (60 + 10) days / 365 = 7 000 €, the lowest rule for this client.
    CHECK(a["recommended_limit_cents"] == 700'000);
    CHECK(a["recommendation"]["binding_rule"] == "need");

    CHECK(cli({QStringLiteral("credit"), QStringLiteral("profile"), QStringLiteral("412345670"),
               QStringLiteral("--terms"), QStringLiteral("bientôt")})
              .exitCode
          == 1);
}

TEST_CASE("cli: terms due-date by both end-of-month methods, with the legal maximum", "[cli][risk]")
{
    Cli cli;
    const auto due = [&](const char* terms, const char* method) {
        QStringList args{QStringLiteral("terms"), QStringLiteral("due-date"), QStringLiteral("--invoice-date"),
                         QStringLiteral("2025-01-15"), QStringLiteral("--terms"), QString::fromUtf8(terms),
                         QStringLiteral("--json")};
        if (method != nullptr)
            args << QStringLiteral("--method") << QString::fromLatin1(method);
        const Run run = cli(args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.parsed();
    };
    const json b = due("45 jours fin de mois", "eom-then-45");
    CHECK(b["due_date"] == "2025-03-17");
    CHECK(b["compliant"] == true);
    const json a = due("45 jours fin de mois", "45-then-eom");
    CHECK(a["due_date"] == "2025-03-31");
    CHECK(a["legal_max_date"] == "2025-03-31");
    CHECK(a["compliant"] == true);
    const json late = due("90 jours", nullptr);
    CHECK(late["due_date"] == "2025-04-15");
    CHECK(late["legal_max_date"] == "2025-03-16");
    CHECK(late["compliant"] == false);

    const Run bad = cli({QStringLiteral("terms"), QStringLiteral("due-date"), QStringLiteral("--invoice-date"),
                         QStringLiteral("2025-02-30"), QStringLiteral("--terms"), QStringLiteral("30 jours")});
    CHECK(bad.exitCode == 1);
    CHECK_FALSE(bad.err.isEmpty());
}

TEST_CASE("cli: bad amounts, dates and numbers of stages 1 and 2 are refused on stderr", "[cli][risk]")
{
    Cli cli;
    prepare(cli);
    const QString siren = QStringLiteral("412345670");
    const auto refused = [&](const QStringList& args, const char* where) {
        const Run run = cli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QString::fromLatin1(where)));
        CHECK(run.out.isEmpty());
    };
    refused({QStringLiteral("limit"), QStringLiteral("set"), siren, QStringLiteral("25000,125"), QStringLiteral("--reason"),
             QStringLiteral("x"), QStringLiteral("--review"), QStringLiteral("2027-11-23")},
            "25000,125");
    refused({QStringLiteral("limit"), QStringLiteral("set"), siren, QStringLiteral("25000"), QStringLiteral("--reason"),
             QStringLiteral("x"), QStringLiteral("--review"), QStringLiteral("2027-02-30")},
            "2027-02-30");
    refused({QStringLiteral("limit"), QStringLiteral("set"), siren, QStringLiteral("-5"), QStringLiteral("--reason"),
             QStringLiteral("x"), QStringLiteral("--review"), QStringLiteral("2027-11-23")},
            "-5");
    refused({QStringLiteral("analyze"), siren, QStringLiteral("--year"), QStringLiteral("deux-mille")}, "--year");
    refused({QStringLiteral("credit"), QStringLiteral("profile"), siren, QStringLiteral("--purchases"),
             QStringLiteral("12 000,999")},
            "12 000,999");
    refused({QStringLiteral("credit"), QStringLiteral("profile"), siren, QStringLiteral("--delay"), QStringLiteral("-3")},
            "-3");
    refused({QStringLiteral("statements"), QStringLiteral("import"), statements("three_decimals.json")}, "three_decimals.json:7");
    refused({QStringLiteral("statements"), QStringLiteral("import"), statements("good_semicolon.csv"),
             QStringLiteral("--closing-date"), QStringLiteral("31/02/2025")},
            "31/02/2025");

    // Nothing was written by the refusals.
    const json a = cli({QStringLiteral("analyze"), siren, QStringLiteral("--json")}).parsed();
    CHECK(a["current_limit"].is_null());
    CHECK(a["terms"]["code"] == "net:30");
}
