// Stage 9 from the shell: the aged balance at bucket boundaries, on a past day, by
// invoice date with other buckets, disputed amounts apart, and its bad options.

#include "cli/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>

using nlohmann::json;
using pc::test::Cli;
using pc::test::Run;

namespace {

Run ok(const Cli& cli, const QStringList& args)
{
    const Run run = cli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\nstdout: " << run.out.toStdString()
                                                   << "\nstderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

QString writeFile(const QTemporaryDir& dir, const char* name, const std::string& content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content.data(), static_cast<qint64>(content.size()));
    return path;
}

json clientOf(const json& aging, const char* siren)
{
    for (const json& c : aging["clients"])
        if (c["siren"] == siren)
            return c;
    return nullptr;
}

// As of 23/11/2026: FA-1 due that day (not due), FA-2 30 days late, FA-3 31 days late,
// FB-1 91 days late with 100,00 of it disputed.
void prepare(const Cli& cli, const QTemporaryDir& dir)
{
    ok(cli, {QStringLiteral("client"), QStringLiteral("import"),
             writeFile(dir, "clients.csv",
                       "siren;raison_sociale;compte\n552100554;Forges de Lorraine;411000101\n"
                       "732829320;Acme;411000102\n")});
    ok(cli, {QStringLiteral("import"), QStringLiteral("open-items"),
             writeFile(dir, "items.csv",
                       "siren;piece;date_piece;echeance;montant_ttc;reste_du\n"
                       "552100554;FA-1;24/09/2026;23/11/2026;1000,00;\n"
                       "552100554;FA-2;25/08/2026;24/10/2026;500,00;\n"
                       "552100554;FA-3;24/08/2026;23/10/2026;200,00;\n"
                       "732829320;FB-1;25/06/2026;24/08/2026;300,00;\n")});
    ok(cli, {QStringLiteral("dispute"), QStringLiteral("add"), QStringLiteral("732829320"), QStringLiteral("FB-1"),
             QStringLiteral("--amount"), QStringLiteral("100")});
}

json aging(const Cli& cli, QStringList args)
{
    args.prepend(QStringLiteral("aging"));
    args << QStringLiteral("--json");
    return ok(cli, args).parsed();
}

} // namespace

TEST_CASE("aged balance by due date at the bucket boundaries, disputed amounts apart", "[cli][aging]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    const json a = aging(cli, {});
    CHECK(a["as_of"] == "2026-11-23");
    CHECK(a["buckets"] == json::array({"not_due", "1-30", "31-60", "61-90", "90+"}));
    REQUIRE(a["clients"].size() == 2);
    const json forges = clientOf(a, "552100554");
    CHECK(forges["buckets_cents"] == json::array({100'000, 50'000, 20'000, 0, 0}));
    CHECK(forges["total_cents"] == 170'000);
    CHECK(forges["disputed_cents"] == 0);
    const json acme = clientOf(a, "732829320");
    CHECK(acme["buckets_cents"] == json::array({0, 0, 0, 0, 20'000}));
    CHECK(acme["total_cents"] == 20'000);
    CHECK(acme["disputed_cents"] == 10'000);
    CHECK(a["total"]["buckets_cents"] == json::array({100'000, 50'000, 20'000, 0, 20'000}));
    CHECK(a["total"]["total_cents"] == 190'000);
    CHECK(a["total"]["disputed_cents"] == 10'000);
}

TEST_CASE("aged balance on a past day and by invoice date with other buckets", "[cli][aging]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    // 23/10: FA-3 falls due that day (not due yet); FB-1 is 60 days late; the dispute
    // opened on 23/11 did not exist yet.
    const json past = aging(cli, {QStringLiteral("--as-of"), QStringLiteral("2026-10-23")});
    CHECK(clientOf(past, "552100554")["buckets_cents"] == json::array({170'000, 0, 0, 0, 0}));
    CHECK(clientOf(past, "732829320")["buckets_cents"] == json::array({0, 0, 30'000, 0, 0}));
    CHECK(past["total"]["disputed_cents"] == 0);

    // By invoice date, buckets of 60 days: FA-1 is 60 days old, FA-2 90 and FA-3 91.
    const json byInvoice = aging(cli, {QStringLiteral("--by"), QStringLiteral("invoice"), QStringLiteral("--buckets"),
                                       QStringLiteral("60")});
    CHECK(byInvoice["buckets"] == json::array({"0-60", "60+"}));
    CHECK(clientOf(byInvoice, "552100554")["buckets_cents"] == json::array({100'000, 70'000}));
}

TEST_CASE("aging refuses bad buckets and bases", "[cli][aging]")
{
    Cli cli;
    for (const QStringList& args : {QStringList{QStringLiteral("aging"), QStringLiteral("--buckets"), QStringLiteral("60,30")},
                                    QStringList{QStringLiteral("aging"), QStringLiteral("--buckets"), QStringLiteral("x")},
                                    QStringList{QStringLiteral("aging"), QStringLiteral("--by"), QStringLiteral("week")},
                                    QStringList{QStringLiteral("aging"), QStringLiteral("--as-of"), QStringLiteral("2026-13-01")}}) {
        const Run run = cli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(args.at(1)));
    }
}

TEST_CASE("kpi: DSO, best possible DSO, days delinquent, count-back DSO and overdue share", "[cli][kpi]")
{
    Cli cli;
    QTemporaryDir dir;
    ok(cli, {QStringLiteral("client"), QStringLiteral("import"),
             writeFile(dir, "clients.csv", "siren;raison_sociale;compte\n552100554;Forges de Lorraine;411000101\n")});
    // As of 23/11/2026: FA-1 1 000,00 not due, FA-2 500,00 past due, both invoiced in
    // the last 90 days.
    ok(cli, {QStringLiteral("import"), QStringLiteral("open-items"),
             writeFile(dir, "items.csv",
                       "siren;piece;date_piece;echeance;montant_ttc;reste_du\n"
                       "552100554;FA-1;01/11/2026;01/12/2026;1000,00;\n"
                       "552100554;FA-2;15/09/2026;15/10/2026;500,00;\n")});
    const json k = ok(cli, {QStringLiteral("kpi"), QStringLiteral("--json")}).parsed();
    CHECK(k["receivables_cents"] == 150'000);
    CHECK(k["current_cents"] == 100'000);
    CHECK(k["overdue_cents"] == 50'000);
    CHECK(k["sales_cents"] == 150'000);
    // 1 500 / 1 500 × 90 = 90 days; 1 000 / 1 500 × 90 = 60; 90 − 60 = 30.
    CHECK(k["dso_days"] == 90.0);
    CHECK(k["best_possible_dso_days"] == 60.0);
    CHECK(k["average_days_delinquent"] == 30.0);
    // November to the 23rd takes 1 000 (23 days), October nothing (31 days), September's
    // 500 the last 500 (30 days): 84 days.
    CHECK(k["dso_count_back_days"] == 84.0);
    CHECK(k["overdue_share_percent"] == 33.33);
}
