// posteclient-cli run as a process, as scripts run it: exit codes, stdout, stderr.

#include "cli/CliRunner.h"

using nlohmann::json;

using pc::test::Cli;
using pc::test::data;
using pc::test::Run;

TEST_CASE("cli: validate answers in JSON with the normalized value or the error", "[cli]")
{
    Cli cli;
    struct Case {
        const char* kind;
        const char* input;
        bool valid;
        const char* normalized;
    };
    const Case cases[] = {
        {"siren", " 732 829 320 ", true, "732829320"},
        {"siren", "123456789", false, "123456789"},
        {"siren", "43336767", false, "43336767"},
        {"siret", "356 000 000 49837", true, "35600000049837"},
        {"siret", "73282932000079", false, "73282932000079"},
        {"vat", "Fr 40 303 265 045", true, "FR40303265045"},
        {"vat", "84 323 140 391", false, "84323140391"},
        {"iban", "FR76 3000 6000 0112 3456 7890 189", true, "FR7630006000011234567890189"},
        {"iban", "FR76 3000 6000 0112 3456 7890 188", false, "FR7630006000011234567890188"},
        {"bic", "abna be 2a", true, "ABNABE2A"},
        {"bic", "AGRIF2PP", false, "AGRIF2PP"},
    };
    for (const Case& c : cases) {
        INFO(c.kind << " " << c.input);
        const Run run = cli({QStringLiteral("validate"), QString::fromLatin1(c.kind), QString::fromLatin1(c.input),
                             QStringLiteral("--json")});
        CHECK(run.exitCode == (c.valid ? 0 : 1));
        const json j = run.parsed();
        CHECK(j["kind"] == c.kind);
        CHECK(j["input"] == c.input);
        CHECK(j["valid"] == c.valid);
        CHECK(j["normalized"] == c.normalized);
        CHECK(j["error"].is_null() == c.valid);
        if (!c.valid)
            CHECK_FALSE(run.err.isEmpty());
    }
}

TEST_CASE("cli: vat-number computes the French VAT number", "[cli]")
{
    Cli cli;
    const Run text = cli({QStringLiteral("vat-number"), QStringLiteral("552 081 317")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.trimmed() == QStringLiteral("FR03552081317"));
    const json j = cli({QStringLiteral("vat-number"), QStringLiteral("732829320"), QStringLiteral("--json")}).parsed();
    CHECK(j["vat_number"] == "FR44732829320");
    const Run bad = cli({QStringLiteral("vat-number"), QStringLiteral("732829321")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.contains(QStringLiteral("732829321")));
}

TEST_CASE("cli: init, demo and client list", "[cli]")
{
    Cli cli;
    const json init = cli({QStringLiteral("init"), QStringLiteral("--json")}).parsed();
    CHECK(init["schema_version"].get<int>() >= 2);
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("120")});
    REQUIRE(demo.exitCode == 0);
    const json list = cli({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")}).parsed();
    REQUIRE(list.is_array());
    REQUIRE(list.size() == 120);
    for (const json& c : list) {
        CHECK(c["siren"].get<std::string>().size() == 9);
        CHECK_FALSE(c["name"].get<std::string>().empty());
        CHECK(c["account"].get<std::string>().rfind("411", 0) == 0);
        CHECK(c.contains("status"));
    }
    const json blocked = cli({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--status"),
                              QStringLiteral("blocked"), QStringLiteral("--json")})
                             .parsed();
    for (const json& c : blocked)
        CHECK(c["status"] == "blocked");
    const Run again = cli({QStringLiteral("demo")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("120")));
}

TEST_CASE("cli: client import, show and open through the checklist", "[cli]")
{
    Cli cli;
    const Run imported = cli({QStringLiteral("client"), QStringLiteral("import"), data("clients_good.csv"),
                              QStringLiteral("--json")});
    REQUIRE(imported.exitCode == 0);
    const json report = imported.parsed();
    CHECK(report["created"] == 4);
    CHECK(report["errors"].empty());
    CHECK(report["warnings"].size() == 1);

    const json shown = cli({QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("412 345 670"),
                            QStringLiteral("--json")})
                           .parsed();
    CHECK(shown["siren"] == "412345670");
    CHECK(shown["name"] == "Ateliers Mécaniques du Forez");
    CHECK(shown["vat_number"] == "FR96412345670");
    CHECK(shown["account"]["status"] == "active");
    CHECK(shown["account"]["iban"] == "FR7630004008230001234567819");
    CHECK(shown["checklist"]["complete"] == true);
    CHECK(shown["establishments"][0]["siret"] == "41234567000019");

    // Pending: the opening is refused with exit code 3 and what is missing on stderr.
    const Run refused = cli({QStringLiteral("client"), QStringLiteral("open"), QStringLiteral("523456788"),
                             QStringLiteral("--json")});
    CHECK(refused.exitCode == 3);
    const json outcome = refused.parsed();
    CHECK(outcome["activated"] == false);
    CHECK(outcome["status"] == "pending");
    CHECK(outcome["checklist"]["complete"] == false);
    CHECK(refused.err.contains(QStringLiteral("Kbis")));

    // Texts follow the shell's language.
    const Run french = cli({QStringLiteral("client"), QStringLiteral("open"), QStringLiteral("523456788")},
                           QStringLiteral("fr"));
    CHECK(french.err.contains(QStringLiteral("Extrait Kbis récent")));

    const json audit = cli({QStringLiteral("audit"), QStringLiteral("--json")}).parsed();
    REQUIRE(audit.size() == 1);
    CHECK(audit[0]["action"] == "client.import");
    CHECK(audit[0]["actor"] == "cli-tester");
    CHECK(audit[0]["after"]["created"] == 4);
}

TEST_CASE("cli: a broken import changes nothing and says where", "[cli]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("client"), QStringLiteral("import"), data("clients_good.csv")}).exitCode == 0);
    const Run broken = cli({QStringLiteral("client"), QStringLiteral("import"), data("clients_broken.csv")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("clients_broken.csv:3:siren")));
    CHECK(broken.err.contains(QStringLiteral("clients_broken.csv:4:iban")));
    CHECK(broken.err.contains(QStringLiteral("clients_broken.csv:6:code_postal")));
    const json list = cli({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")}).parsed();
    CHECK(list.size() == 4);
}

TEST_CASE("cli: status changes need a reason", "[cli]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("client"), QStringLiteral("import"), data("clients_good.csv")}).exitCode == 0);
    const Run noReason = cli({QStringLiteral("client"), QStringLiteral("status"), QStringLiteral("412345670"),
                              QStringLiteral("blocked")});
    CHECK(noReason.exitCode == 1);
    const Run blocked = cli({QStringLiteral("client"), QStringLiteral("status"), QStringLiteral("412345670"),
                             QStringLiteral("blocked"), QStringLiteral("--reason"), QStringLiteral("impayés"),
                             QStringLiteral("--json")});
    CHECK(blocked.exitCode == 0);
    CHECK(blocked.parsed()["status"] == "blocked");
    const Run invalid = cli({QStringLiteral("client"), QStringLiteral("status"), QStringLiteral("634567895"),
                             QStringLiteral("blocked"), QStringLiteral("--reason"), QStringLiteral("x")});
    CHECK(invalid.exitCode == 3);
}

TEST_CASE("cli: usage errors and unknown clients", "[cli]")
{
    Cli cli;
    CHECK(cli({}).exitCode == 2);
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode == 2);
    CHECK(cli({QStringLiteral("validate"), QStringLiteral("siren")}).exitCode == 2);
    CHECK(cli({QStringLiteral("validate"), QStringLiteral("nir"), QStringLiteral("1")}).exitCode == 2);
    const Run unknown = cli({QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("552081317")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(QStringLiteral("552081317")));
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("client import")));
}
