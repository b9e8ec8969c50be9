// Stage 9 from the shell, on a small ledger computed by hand: the KPI targets, groups
// and history, provisions and write-offs with their journal, the cash-in forecast,
// alerts, profitability, ABC classes, the late payers' profile, the exports and the
// impact report, and the bad options of each.

#include "cli/CliRunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <set>

using nlohmann::json;
using pc::test::Cli;
using pc::test::Run;

namespace {

const QString kForges = QStringLiteral("552100554");
const QString kAcme = QStringLiteral("732829320");

Run ok(const Cli& cli, const QStringList& args)
{
    const Run run = cli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\nstdout: " << run.out.toStdString()
                                                   << "\nstderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

json okJson(const Cli& cli, QStringList args)
{
    args << QStringLiteral("--json");
    return ok(cli, args).parsed();
}

// The command fails with `exitCode`, naming `mention` (an option, a field) on stderr
// and printing nothing on stdout.
void fails(const Cli& cli, const QStringList& args, int exitCode, const QString& mention)
{
    const Run run = cli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\nstdout: " << run.out.toStdString()
                                                   << "\nstderr: " << run.err.toStdString());
    CHECK(run.exitCode == exitCode);
    CHECK(run.err.contains(mention));
    CHECK(run.out.isEmpty());
}

QString writeFile(const QTemporaryDir& dir, const char* name, const std::string& content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content.data(), static_cast<qint64>(content.size()));
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

json findIn(const json& list, const char* key, const std::string& value)
{
    for (const json& item : list)
        if (item[key] == value)
            return item;
    return nullptr;
}

std::int64_t sumOf(const json& list, const char* key)
{
    std::int64_t sum = 0;
    for (const json& item : list)
        sum += item[key].get<std::int64_t>();
    return sum;
}

// As of 23/11/2026 (the runner's day):
//   Forges de Lorraine (PME, Alice, Nancy: Grand Est)
//     FA-1 1 000,00 invoiced 01/11/2026, due 01/12/2026: not due;
//     FA-2   500,00 invoiced 15/09/2026, due 15/10/2026: 39 days late;
//   Acme (GE, Bob, Lyon: Auvergne-Rhône-Alpes)
//     FB-1 1 200,00 invoiced 01/02/2026, due 01/04/2026: 236 days late, doubtful by age
//     (≥ 180 days: 50 % of 1 000,00 excl. VAT at the default 20 %).
// Receivables 2 700,00, of which 1 000,00 current and 1 700,00 overdue; sales of the
// last 90 days (26/08 to 23/11) 1 500,00; on 25/08 only FB-1 was open (1 200,00).
void prepare(const Cli& cli, const QTemporaryDir& dir)
{
    ok(cli, {QStringLiteral("client"), QStringLiteral("import"),
             writeFile(dir, "clients.csv",
                       "siren;raison_sociale;compte;segment;commercial;code_postal;ville\n"
                       "552100554;Forges de Lorraine;411000101;PME;Alice;54000;Nancy\n"
                       "732829320;Acme;411000102;GE;Bob;69007;Lyon\n")});
    ok(cli, {QStringLiteral("import"), QStringLiteral("open-items"),
             writeFile(dir, "items.csv",
                       "siren;piece;date_piece;echeance;montant_ttc;reste_du\n"
                       "552100554;FA-1;01/11/2026;01/12/2026;1000,00;\n"
                       "552100554;FA-2;15/09/2026;15/10/2026;500,00;\n"
                       "732829320;FB-1;01/02/2026;01/04/2026;1200,00;\n")});
}

} // namespace

// -- kpi -------------------------------------------------------------------------------

TEST_CASE("kpi --json: targets and gaps, positive when worse, from the settings", "[cli][stage9][kpi]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    const json k = okJson(cli, {QStringLiteral("kpi")});
    CHECK(k["receivables_cents"] == 270'000);
    CHECK(k["current_cents"] == 100'000);
    CHECK(k["overdue_cents"] == 170'000);
    CHECK(k["sales_cents"] == 150'000);
    // 2 700 / 1 500 × 90 = 162 days; 1 700 / 2 700 = 62.96 %.
    CHECK(k["dso_days"] == 162.0);
    CHECK(k["overdue_share_percent"] == 62.96);
    // (1 200 + 1 500 / 3 − 2 700) / (1 200 + 500 − 1 000) = −1 000 / 700.
    CHECK(k["cei_percent"] == -142.86);

    // The defaults: 45 days, 15 %, 80 %.
    CHECK(k["targets"] == json({{"dso_days", 45.0}, {"overdue_share_percent", 15.0}, {"cei_percent", 80.0}}));
    // DSO and overdue share above their targets, CEI below its own: all worse, positive.
    CHECK(k["gaps"]["dso_days"] == 117.0);             // 162 − 45
    CHECK(k["gaps"]["overdue_share_percent"] == 47.96); // 62.96 − 15
    CHECK(k["gaps"]["cei_percent"] == 222.86);          // 80 − (−142.86)
    CHECK_FALSE(k.contains("groups"));
    CHECK_FALSE(k.contains("history"));

    ok(cli, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("kpi.target_dso"), QStringLiteral("30")});
    const json tighter = okJson(cli, {QStringLiteral("kpi")});
    CHECK(tighter["targets"]["dso_days"] == 30.0);
    CHECK(tighter["gaps"]["dso_days"] == 132.0); // 162 − 30
    CHECK(tighter["targets"]["overdue_share_percent"] == 15.0);

    // A target beyond the DSO: better than the target, a negative gap.
    ok(cli, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("kpi.target_dso"), QStringLiteral("200")});
    ok(cli, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("kpi.target_overdue_share"),
             QStringLiteral("70")});
    const json looser = okJson(cli, {QStringLiteral("kpi")});
    CHECK(looser["gaps"]["dso_days"] == -38.0);               // 162 − 200
    CHECK(looser["gaps"]["overdue_share_percent"] == -7.04); // 62.96 − 70
}

TEST_CASE("kpi --by sales_rep|segment: groups adding up to the portfolio", "[cli][stage9][kpi]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    const json byRep = okJson(cli, {QStringLiteral("kpi"), QStringLiteral("--by"), QStringLiteral("sales_rep")});
    CHECK(byRep["by"] == "sales_rep");
    REQUIRE(byRep["groups"].size() == 2);
    const json alice = findIn(byRep["groups"], "group", "Alice");
    const json bob = findIn(byRep["groups"], "group", "Bob");
    REQUIRE(alice.is_object());
    REQUIRE(bob.is_object());
    CHECK(alice["receivables_cents"] == 150'000);
    CHECK(alice["overdue_cents"] == 50'000);
    CHECK(alice["sales_cents"] == 150'000);
    CHECK(alice["dso_days"] == 90.0); // 1 500 / 1 500 × 90
    CHECK(alice["overdue_share_percent"] == 33.33);
    CHECK(bob["receivables_cents"] == 120'000);
    CHECK(bob["overdue_share_percent"] == 100.0);
    CHECK(bob["dso_days"].is_null()); // no sales in the period
    CHECK(sumOf(byRep["groups"], "receivables_cents") == byRep["receivables_cents"].get<std::int64_t>());
    CHECK(sumOf(byRep["groups"], "overdue_cents") == byRep["overdue_cents"].get<std::int64_t>());
    CHECK(sumOf(byRep["groups"], "sales_cents") == byRep["sales_cents"].get<std::int64_t>());
    // The portfolio's own figures and targets are still there.
    CHECK(byRep["receivables_cents"] == 270'000);
    CHECK(byRep.contains("targets"));

    const json bySegment = okJson(cli, {QStringLiteral("kpi"), QStringLiteral("--by"), QStringLiteral("segment")});
    CHECK(bySegment["by"] == "segment");
    REQUIRE(bySegment["groups"].size() == 2);
    CHECK(findIn(bySegment["groups"], "group", "PME")["receivables_cents"] == 150'000);
    CHECK(findIn(bySegment["groups"], "group", "GE")["receivables_cents"] == 120'000);
    CHECK(sumOf(bySegment["groups"], "receivables_cents") == 270'000);
}

TEST_CASE("kpi --history 3: the last two month ends, then the day", "[cli][stage9][kpi]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    const json k = okJson(cli, {QStringLiteral("kpi"), QStringLiteral("--history"), QStringLiteral("3")});
    REQUIRE(k["history"].size() == 3);
    CHECK(k["history"][0]["as_of"] == "2026-09-30");
    CHECK(k["history"][1]["as_of"] == "2026-10-31");
    CHECK(k["history"][2]["as_of"] == "2026-11-23");
    // FA-1 was invoiced on 01/11: before, FA-2 and FB-1 only.
    CHECK(k["history"][0]["receivables_cents"] == 170'000);
    CHECK(k["history"][1]["receivables_cents"] == 170'000);
    CHECK(k["history"][2]["receivables_cents"] == 270'000);
    CHECK(k["history"][2]["dso_days"] == k["dso_days"]);
}

TEST_CASE("kpi refuses a bad --by or --history, naming the option", "[cli][stage9][kpi]")
{
    Cli cli;
    fails(cli, {QStringLiteral("kpi"), QStringLiteral("--by"), QStringLiteral("region")}, 1, QStringLiteral("--by"));
    fails(cli, {QStringLiteral("kpi"), QStringLiteral("--history"), QStringLiteral("0")}, 1,
          QStringLiteral("--history"));
    fails(cli, {QStringLiteral("kpi"), QStringLiteral("--history"), QStringLiteral("61")}, 1,
          QStringLiteral("--history"));
    fails(cli, {QStringLiteral("kpi"), QStringLiteral("--history"), QStringLiteral("x")}, 1,
          QStringLiteral("--history"));
    fails(cli, {QStringLiteral("kpi"), QStringLiteral("extra")}, 2, QStringLiteral("kpi"));
}

// -- provisions ------------------------------------------------------------------------

namespace {

json review(const Cli& cli)
{
    return okJson(cli, {QStringLiteral("provisions")});
}

} // namespace

TEST_CASE("provisions: review, booking twice, a user's rate, a write-off", "[cli][stage9][provisions]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);

    const json r = review(cli);
    CHECK(r["as_of"] == "2026-11-23");
    REQUIRE(r["items"].size() == 1);
    const json item = r["items"][0];
    CHECK(item["siren"] == "732829320");
    CHECK(item["piece"] == "FB-1");
    REQUIRE(item["entry_id"].is_number_integer());
    CHECK(item["days_past_due"] == 236); // 01/04 → 23/11
    CHECK(item["open_cents"] == 120'000);
    CHECK(item["base_cents"] == 100'000); // 1 200 / 1.2
    CHECK(item["vat_cents"] == 20'000);
    CHECK(item["rate_percent"] == 50.0);
    CHECK(item["provision_cents"] == 50'000);
    CHECK(item["booked_cents"] == 0);
    CHECK(item["movement_cents"] == 50'000);
    CHECK(r["total"]["doubtful_cents"] == 120'000);
    CHECK(r["total"]["provision_stock_cents"] == 50'000);
    CHECK(r["total"]["dotation_cents"] == 50'000);
    CHECK(r["total"]["reversal_cents"] == 0);
    const QString entry = QString::number(item["entry_id"].get<std::int64_t>());

    // Booking is idempotent: the second run finds nothing left to book.
    const json first = okJson(cli, {QStringLiteral("provisions"), QStringLiteral("book")});
    CHECK(first["classified"] == 1);
    CHECK(first["dotations"] == 1);
    CHECK(first["dotation_cents"] == 50'000);
    CHECK(first["reversal_cents"] == 0);
    const json second = okJson(cli, {QStringLiteral("provisions"), QStringLiteral("book")});
    CHECK(second["classified"] == 0);
    CHECK(second["dotations"] == 0);
    CHECK(second["reversals"] == 0);
    CHECK(second["dotation_cents"] == 0);
    CHECK(second["reversal_cents"] == 0);
    const json booked = review(cli);
    REQUIRE(booked["items"].size() == 1);
    CHECK(booked["items"][0]["booked_cents"] == 50'000);
    CHECK(booked["items"][0]["movement_cents"] == 0);
    CHECK(booked["total"]["provision_stock_cents"] == 50'000);
    CHECK(booked["total"]["dotation_cents"] == 0);

    // The user's 80 % wins over the age rule: 800,00 to hold, 300,00 more to book.
    const json rate = okJson(cli, {QStringLiteral("provisions"), QStringLiteral("rate"), entry, QStringLiteral("80")});
    CHECK(rate["entry_id"] == item["entry_id"]);
    CHECK(rate["rate_percent"] == 80.0);
    const json manual = review(cli);
    REQUIRE(manual["items"].size() == 1);
    CHECK(manual["items"][0]["rate_percent"] == 80.0);
    CHECK(manual["items"][0]["reason"] == "manual");
    CHECK(manual["items"][0]["provision_cents"] == 80'000);
    CHECK(manual["items"][0]["movement_cents"] == 30'000);
    CHECK(manual["total"]["dotation_cents"] == 30'000);

    // none gives the entry back to the rules.
    const json none = okJson(cli, {QStringLiteral("provisions"), QStringLiteral("rate"), entry, QStringLiteral("none")});
    CHECK(none["rate_percent"].is_null());
    const json rules = review(cli);
    CHECK(rules["items"][0]["rate_percent"] == 50.0);
    CHECK(rules["items"][0]["reason"] == "age");
    CHECK(rules["items"][0]["provision_cents"] == 50'000);
    CHECK(rules["items"][0]["movement_cents"] == 0);

    fails(cli, {QStringLiteral("provisions"), QStringLiteral("rate"), QStringLiteral("x"), QStringLiteral("80")}, 1,
          QStringLiteral("entry"));
    fails(cli, {QStringLiteral("provisions"), QStringLiteral("rate"), entry, QStringLiteral("150")}, 1,
          QStringLiteral("rate"));
    fails(cli, {QStringLiteral("provisions"), QStringLiteral("rate"), QStringLiteral("99999"), QStringLiteral("80")}, 1,
          QStringLiteral("entry"));
    fails(cli, {QStringLiteral("provisions"), QStringLiteral("rate"), entry}, 2, QStringLiteral("provisions rate"));
    fails(cli, {QStringLiteral("provisions"), QStringLiteral("nowhere")}, 2, QStringLiteral("provisions"));

    // A write-off needs its reason.
    fails(cli, {QStringLiteral("provisions"), QStringLiteral("write-off"), entry}, 1, QStringLiteral("reason"));
    CHECK(findIn(okJson(cli, {QStringLiteral("aging")})["clients"], "siren", "732829320").is_object());

    const json off = okJson(cli, {QStringLiteral("provisions"), QStringLiteral("write-off"), entry,
                                  QStringLiteral("--reason"), QStringLiteral("Liquidation clôturée pour insuffisance d'actif")});
    CHECK(off["entry_id"] == item["entry_id"]);
    CHECK(off["date"] == "2026-11-23");
    const json aging = okJson(cli, {QStringLiteral("aging")});
    REQUIRE(aging["clients"].size() == 1);
    CHECK(aging["clients"][0]["siren"] == "552100554");
    CHECK(aging["total"]["total_cents"] == 150'000);
    const json after = review(cli);
    CHECK(after["items"].empty());
    CHECK(after["total"]["doubtful_cents"] == 0);
    CHECK(after["total"]["provision_stock_cents"] == 0);
    // Twice: the entry is closed.
    fails(cli, {QStringLiteral("provisions"), QStringLiteral("write-off"), entry, QStringLiteral("--reason"),
                QStringLiteral("again")},
          1, QStringLiteral("entry"));
}

TEST_CASE("provisions journal: balanced entries, as JSON and as an FEC", "[cli][stage9][provisions]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    const QString entry = QString::number(review(cli)["items"][0]["entry_id"].get<std::int64_t>());
    ok(cli, {QStringLiteral("provisions"), QStringLiteral("book")});
    ok(cli, {QStringLiteral("provisions"), QStringLiteral("write-off"), entry, QStringLiteral("--reason"),
             QStringLiteral("Liquidation clôturée")});

    const json j = okJson(cli, {QStringLiteral("provisions"), QStringLiteral("journal")});
    CHECK(j["to"] == "2026-11-23");
    CHECK(j["from"] == "2025-12-01"); // twelve months by default
    // Transfer to 416 (1 200,00), dotation (500,00), write-off (1 000,00 + 200,00 of
    // VAT), reversal of the provision (500,00).
    REQUIRE(j["entries"].size() == 4);
    std::set<std::string> kinds;
    std::size_t lineCount = 0;
    for (const json& e : j["entries"]) {
        INFO(e.dump());
        kinds.insert(e["kind"].get<std::string>());
        CHECK(e["piece"] == "FB-1");
        CHECK(e["date"] == "2026-11-23");
        CHECK(sumOf(e["lines"], "debit_cents") == sumOf(e["lines"], "credit_cents"));
        lineCount += e["lines"].size();
    }
    CHECK(kinds == std::set<std::string>{"transfer", "dotation", "write_off", "reversal"});
    const json transfer = findIn(j["entries"], "kind", "transfer");
    CHECK(sumOf(transfer["lines"], "debit_cents") == 120'000);
    CHECK(findIn(transfer["lines"], "account", "416000")["debit_cents"] == 120'000);
    CHECK(findIn(transfer["lines"], "account", "411000")["credit_cents"] == 120'000);
    const json writeOff = findIn(j["entries"], "kind", "write_off");
    CHECK(findIn(writeOff["lines"], "account", "654000")["debit_cents"] == 100'000);
    CHECK(findIn(writeOff["lines"], "account", "445710")["debit_cents"] == 20'000);
    CHECK(findIn(writeOff["lines"], "account", "416000")["credit_cents"] == 120'000);
    CHECK(sumOf(findIn(j["entries"], "kind", "dotation")["lines"], "debit_cents") == 50'000);
    CHECK(sumOf(findIn(j["entries"], "kind", "reversal")["lines"], "debit_cents") == 50'000);

    const QString fec = dir.filePath(QStringLiteral("provisions.fec"));
    ok(cli, {QStringLiteral("provisions"), QStringLiteral("journal"), QStringLiteral("--out"), fec});
    const QStringList lines = QString::fromUtf8(readFile(fec)).split(QRegularExpression(QStringLiteral("\r?\n")),
                                                                       Qt::SkipEmptyParts);
    REQUIRE(lines.size() == static_cast<qsizetype>(lineCount) + 1);
    const QStringList header = lines.first().split(QLatin1Char('\t'));
    CHECK(header.size() == 18);
    CHECK(header.first().endsWith(QStringLiteral("JournalCode")));
    CHECK(header.last() == QStringLiteral("Idevise"));
    for (const QString& line : lines.mid(1)) {
        INFO(line.toStdString());
        CHECK(line.split(QLatin1Char('\t')).size() == 18);
        CHECK(line.startsWith(QStringLiteral("OD\t")));
    }

    // An empty period, and one that ends before it starts.
    const json empty = okJson(cli, {QStringLiteral("provisions"), QStringLiteral("journal"), QStringLiteral("--to"),
                                    QStringLiteral("2026-10-31")});
    CHECK(empty["entries"].empty());
    fails(cli, {QStringLiteral("provisions"), QStringLiteral("journal"), QStringLiteral("--from"),
                QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-11-01")},
          1, QStringLiteral("--to"));
}

// -- forecast --------------------------------------------------------------------------

TEST_CASE("forecast: periods, beyond, disputed and in proceedings add up to the open debits",
          "[cli][stage9][forecast]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    // FA-3 300,00 due far after the horizon; 100,00 of FA-2 disputed.
    ok(cli, {QStringLiteral("import"), QStringLiteral("open-items"),
             writeFile(dir, "more.csv",
                       "siren;piece;date_piece;echeance;montant_ttc;reste_du\n"
                       "552100554;FA-3;20/11/2026;30/06/2027;300,00;\n")});
    ok(cli, {QStringLiteral("dispute"), QStringLiteral("add"), kForges, QStringLiteral("FA-2"), QStringLiteral("--amount"),
             QStringLiteral("100")});

    const json f = okJson(cli, {QStringLiteral("forecast")});
    CHECK(f["by"] == "month");
    REQUIRE(f["periods"].size() == 6);
    const json nov = f["periods"][0];
    CHECK(nov["label"] == "2026-11");
    CHECK(nov["start"] == "2026-11-01");
    CHECK(nov["end"] == "2026-11-30");
    // Without a payment history, what is overdue is expected now: FA-2's undisputed
    // 400,00 and FB-1's 1 200,00; FA-1 on its due date, 01/12.
    CHECK(nov["total_cents"] == 160'000);
    CHECK(f["periods"][1]["label"] == "2026-12");
    CHECK(f["periods"][1]["total_cents"] == 100'000);
    CHECK(f["periods"][5]["label"] == "2027-04");
    for (const json& p : f["periods"]) {
        INFO(p.dump());
        CHECK(p["high_cents"].get<std::int64_t>() + p["medium_cents"].get<std::int64_t>()
                  + p["low_cents"].get<std::int64_t>()
              == p["total_cents"].get<std::int64_t>());
    }
    CHECK(f["total_cents"] == 260'000);
    CHECK(sumOf(f["periods"], "total_cents") == f["total_cents"].get<std::int64_t>());
    CHECK(f["beyond_cents"] == 30'000);
    CHECK(f["disputed_cents"] == 10'000);
    CHECK(f["in_proceedings_cents"] == 0);
    // 1 000 + 500 + 1 200 + 300.
    CHECK(sumOf(f["periods"], "total_cents") + f["beyond_cents"].get<std::int64_t>()
              + f["disputed_cents"].get<std::int64_t>() + f["in_proceedings_cents"].get<std::int64_t>()
          == 300'000);

    const json w = okJson(cli, {QStringLiteral("forecast"), QStringLiteral("--by"), QStringLiteral("week")});
    CHECK(w["by"] == "week");
    REQUIRE(w["periods"].size() == 13);
    CHECK(w["periods"][0]["start"] == "2026-11-23"); // a Monday
    CHECK(w["periods"][0]["end"] == "2026-11-29");
    CHECK(w["periods"][0]["total_cents"] == 160'000);
    CHECK(w["periods"][1]["start"] == "2026-11-30");
    CHECK(w["periods"][1]["total_cents"] == 100'000);
    CHECK(w["total_cents"] == 260'000);
    CHECK(w["beyond_cents"] == 30'000);

    const json short_ = okJson(cli, {QStringLiteral("forecast"), QStringLiteral("--horizon"), QStringLiteral("1")});
    REQUIRE(short_["periods"].size() == 1);
    CHECK(short_["beyond_cents"] == 130'000); // FA-1 and FA-3
}

TEST_CASE("forecast refuses a bad --by or --horizon", "[cli][stage9][forecast]")
{
    Cli cli;
    fails(cli, {QStringLiteral("forecast"), QStringLiteral("--by"), QStringLiteral("day")}, 1, QStringLiteral("--by"));
    for (const char* h : {"0", "105", "x"})
        fails(cli, {QStringLiteral("forecast"), QStringLiteral("--horizon"), QString::fromLatin1(h)}, 1,
              QStringLiteral("--horizon"));
    fails(cli, {QStringLiteral("forecast"), QStringLiteral("extra")}, 2, QStringLiteral("forecast"));
}

// -- alerts ----------------------------------------------------------------------------

TEST_CASE("alerts: a limit exceeded, acknowledged, then only with --all", "[cli][stage9][alerts]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    // 1 500,00 open against a limit of 1 000,00.
    ok(cli, {QStringLiteral("limit"), QStringLiteral("set"), kForges, QStringLiteral("1000"), QStringLiteral("--reason"),
             QStringLiteral("test"), QStringLiteral("--review"), QStringLiteral("2027-06-30")});
    const json a = okJson(cli, {QStringLiteral("alerts")});
    CHECK(a["as_of"] == "2026-11-23");
    json limit;
    for (const json& alert : a["alerts"])
        if (alert["kind"] == "limit_exceeded")
            limit = alert;
    REQUIRE(limit.is_object());
    CHECK(limit["siren"] == "552100554");
    CHECK(limit["amount_cents"] == 50'000); // the excess
    CHECK(limit["acknowledged"] == false);
    const QString key = QString::fromStdString(limit["key"].get<std::string>());
    REQUIRE_FALSE(key.isEmpty());
    // FB-1, 236 days past due, is over the 60 days of the default threshold.
    const json overdue = findIn(a["alerts"], "kind", "overdue");
    REQUIRE(overdue.is_object());
    CHECK(overdue["siren"] == "732829320");
    CHECK(overdue["amount_cents"] == 120'000);

    fails(cli, {QStringLiteral("alerts"), QStringLiteral("ack"), kForges, QStringLiteral("limit_exceeded"),
                QStringLiteral("limit:1:2026-01-01")},
          1, QStringLiteral("key"));
    fails(cli, {QStringLiteral("alerts"), QStringLiteral("ack"), kForges, QStringLiteral("nope"), key}, 1,
          QStringLiteral("kind"));
    fails(cli, {QStringLiteral("alerts"), QStringLiteral("ack"), kForges, QStringLiteral("limit_exceeded")}, 2,
          QStringLiteral("alerts ack"));

    const json acked = okJson(cli, {QStringLiteral("alerts"), QStringLiteral("ack"), kForges,
                                    QStringLiteral("limit_exceeded"), key, QStringLiteral("--note"), QStringLiteral("x")});
    CHECK(acked["acknowledged"] == true);
    const json open = okJson(cli, {QStringLiteral("alerts")});
    CHECK(findIn(open["alerts"], "kind", "limit_exceeded").is_null());
    CHECK(findIn(open["alerts"], "kind", "overdue").is_object());
    const json all = okJson(cli, {QStringLiteral("alerts"), QStringLiteral("--all")});
    const json shown = findIn(all["alerts"], "kind", "limit_exceeded");
    REQUIRE(shown.is_object());
    CHECK(shown["acknowledged"] == true);
    CHECK(shown["key"] == key.toStdString());
    CHECK(findIn(all["alerts"], "kind", "overdue")["acknowledged"] == false);
    // Twice: refused.
    const Run again = cli({QStringLiteral("alerts"), QStringLiteral("ack"), kForges, QStringLiteral("limit_exceeded"), key});
    CHECK(again.exitCode == 1);
}

// -- profitability, ABC, profile -------------------------------------------------------

TEST_CASE("profitability: each client's cost of credit, the total their sum", "[cli][stage9][profitability]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    const json p = okJson(cli, {QStringLiteral("profitability"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-11-23")});
    CHECK(p["from"] == "2026-01-01");
    CHECK(p["to"] == "2026-11-23");
    REQUIRE(p["clients"].size() == 2);
    // 327 days. Forges: FA-2 500,00 × 70 days + FA-1 1 000,00 × 23 days = 5 800 000
    // cent-days: 17 737 on average; financing 5 800 000 × 4.5 % / 365 = 715; margin 25 %
    // of 1 500,00; unrated: expected loss 3 % of the 1 500,00 exposure.
    const json forges = findIn(p["clients"], "siren", "552100554");
    CHECK(forges["sales_cents"] == 150'000);
    CHECK(forges["average_outstanding_cents"] == 17'737);
    CHECK(forges["financing_cents"] == 715);
    CHECK(forges["collection_cents"] == 0);
    CHECK(forges["margin_cents"] == 37'500);
    CHECK(forges["expected_loss_cents"] == 4'500);
    CHECK(forges["profit_cents"] == 32'285); // 37 500 − 715 − 0 − 4 500
    // Acme: FB-1 1 200,00 × 296 days = 35 520 000 cent-days: 108 624 on average,
    // financing 4 379; expected loss 3 % of 1 200,00.
    const json acme = findIn(p["clients"], "siren", "732829320");
    CHECK(acme["sales_cents"] == 120'000);
    CHECK(acme["average_outstanding_cents"] == 108'624);
    CHECK(acme["financing_cents"] == 4'379);
    CHECK(acme["expected_loss_cents"] == 3'600);
    CHECK(acme["profit_cents"] == 22'021);
    for (const char* field : {"sales_cents", "average_outstanding_cents", "financing_cents", "collection_cents",
                              "expected_loss_cents", "margin_cents", "profit_cents"}) {
        INFO(field);
        CHECK(p["total"][field].get<std::int64_t>() == sumOf(p["clients"], field));
    }
    fails(cli, {QStringLiteral("profitability"), QStringLiteral("--from"), QStringLiteral("2026-11-23"),
                QStringLiteral("--to"), QStringLiteral("2026-01-01")},
          1, QStringLiteral("--to"));
    fails(cli, {QStringLiteral("profitability"), QStringLiteral("--from"), QStringLiteral("2026-02-30")}, 1,
          QStringLiteral("from"));
}

TEST_CASE("abc: A up to 80 %, B up to 95 %, C after, the cumulative share ends at 100", "[cli][stage9][abc]")
{
    Cli cli;
    QTemporaryDir dir;
    ok(cli, {QStringLiteral("client"), QStringLiteral("import"),
             writeFile(dir, "clients.csv",
                       "siren;raison_sociale;compte\n552100554;Forges de Lorraine;411000101\n"
                       "732829320;Acme;411000102\n412345670;Atelier du Forez;411000103\n")});
    ok(cli, {QStringLiteral("import"), QStringLiteral("open-items"),
             writeFile(dir, "items.csv",
                       "siren;piece;date_piece;echeance;montant_ttc;reste_du\n"
                       "552100554;FA-1;01/11/2026;01/12/2026;8000,00;\n"
                       "732829320;FB-1;01/11/2026;01/12/2026;1500,00;\n"
                       "412345670;FC-1;01/11/2026;01/12/2026;500,00;\n")});
    const json abc = okJson(cli, {QStringLiteral("abc")});
    CHECK(abc["basis"] == "outstanding");
    REQUIRE(abc["clients"].size() == 3);
    const json& c = abc["clients"];
    CHECK(c[0]["siren"] == "552100554");
    CHECK(c[0]["class"] == "A");
    CHECK(c[0]["share_percent"] == 80.0);
    CHECK(c[0]["cumulative_percent"] == 80.0);
    CHECK(c[1]["siren"] == "732829320");
    CHECK(c[1]["class"] == "B"); // 80 % before it
    CHECK(c[1]["cumulative_percent"] == 95.0);
    CHECK(c[2]["siren"] == "412345670");
    CHECK(c[2]["class"] == "C"); // 95 % before it
    CHECK(c[2]["cumulative_percent"] == 100.0);
    CHECK(sumOf(c, "value_cents") == 1'000'000);

    const json sales = okJson(cli, {QStringLiteral("abc"), QStringLiteral("--basis"), QStringLiteral("sales")});
    CHECK(sales["basis"] == "sales");
    REQUIRE(sales["clients"].size() == 3);
    CHECK(sales["clients"][2]["cumulative_percent"] == 100.0);
    fails(cli, {QStringLiteral("abc"), QStringLiteral("--basis"), QStringLiteral("margin")}, 1,
          QStringLiteral("--basis"));
}

TEST_CASE("profile --by region groups the late payers by region", "[cli][stage9][profile]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    const json p = okJson(cli, {QStringLiteral("profile"), QStringLiteral("--by"), QStringLiteral("region")});
    CHECK(p["by"] == "region");
    REQUIRE(p["groups"].size() == 2);
    const json est = findIn(p["groups"], "group", "Grand Est"); // 54000 Nancy
    REQUIRE(est.is_object());
    CHECK(est["clients"] == 1);
    CHECK(est["outstanding_cents"] == 150'000);
    CHECK(est["overdue_cents"] == 50'000);
    CHECK(est["overdue_share_percent"] == 33.33);
    const json aura = findIn(p["groups"], "group", "Auvergne-Rhône-Alpes"); // 69007 Lyon
    REQUIRE(aura.is_object());
    CHECK(aura["outstanding_cents"] == 120'000);
    CHECK(aura["overdue_share_percent"] == 100.0);

    const json bySegment = okJson(cli, {QStringLiteral("profile")});
    CHECK(bySegment["by"] == "segment");
    CHECK(findIn(bySegment["groups"], "group", "PME")["outstanding_cents"] == 150'000);
    fails(cli, {QStringLiteral("profile"), QStringLiteral("--by"), QStringLiteral("planet")}, 1, QStringLiteral("--by"));
}

// -- exports ---------------------------------------------------------------------------

TEST_CASE("export aging|ledger to CSV and Excel; bad format, missing --out", "[cli][stage9][export]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);

    const QString csv = dir.filePath(QStringLiteral("aging.csv"));
    const json written = okJson(cli, {QStringLiteral("export"), QStringLiteral("aging"), QStringLiteral("--format"),
                                      QStringLiteral("csv"), QStringLiteral("--out"), csv});
    CHECK(written["rows"] == 2);
    const QByteArray bytes = readFile(csv);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.section(QLatin1Char('\n'), 0, 0).startsWith(QStringLiteral("SIREN;")));
    // Buckets not due, 1-30, 31-60, 61-90, 90+, total, disputed; French decimals.
    CHECK(text.contains(QStringLiteral("552100554;Forges de Lorraine;1000,00;0,00;500,00;0,00;0,00;1500,00;0,00")));
    CHECK(text.contains(QStringLiteral("732829320;Acme;0,00;0,00;0,00;0,00;1200,00;1200,00;0,00")));

    const QString xlsx = dir.filePath(QStringLiteral("ledger.xlsx"));
    ok(cli, {QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--format"), QStringLiteral("xlsx"),
             QStringLiteral("--out"), xlsx});
    CHECK(readFile(xlsx).startsWith("PK"));

    const QString pdf = dir.filePath(QStringLiteral("kpi.pdf"));
    fails(cli, {QStringLiteral("export"), QStringLiteral("kpi"), QStringLiteral("--format"), QStringLiteral("pdf"),
                QStringLiteral("--out"), pdf},
          1, QStringLiteral("format"));
    CHECK_FALSE(QFile::exists(pdf));
    fails(cli, {QStringLiteral("export"), QStringLiteral("aging")}, 2, QStringLiteral("--out"));
    fails(cli, {QStringLiteral("export"), QStringLiteral("aging"), QStringLiteral("--format"), QStringLiteral("csv")}, 2,
          QStringLiteral("--out"));
    fails(cli, {QStringLiteral("export"), QStringLiteral("aging"), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--by"), QStringLiteral("week"), QStringLiteral("--out"), csv},
          1, QStringLiteral("--by"));
}

// -- report impact ---------------------------------------------------------------------

TEST_CASE("report impact: a PDF, consistent JSON figures, its usage errors", "[cli][stage9][report]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);

    const QString pdf = dir.filePath(QStringLiteral("impact.pdf"));
    ok(cli, {QStringLiteral("report"), QStringLiteral("impact"), QStringLiteral("--out"), pdf});
    CHECK(readFile(pdf).startsWith("%PDF"));

    const json r = okJson(cli, {QStringLiteral("report"), QStringLiteral("impact")});
    CHECK(r["from"] == "2026-01-01");
    CHECK(r["to"] == "2026-11-23");
    const json& bs = r["balance_sheet"];
    CHECK(bs["gross_cents"] == 270'000);
    CHECK(bs["current_cents"] == 100'000);
    CHECK(bs["overdue_cents"] == 170'000);
    CHECK(bs["doubtful_cents"] == 120'000);
    // Nothing booked yet: the review asks for the 500,00 of FB-1.
    CHECK(bs["provision_booked_cents"] == 0);
    CHECK(bs["provision_to_book_cents"] == 50'000);
    CHECK(bs["provision_stock_cents"] == 50'000);
    CHECK(bs["net_cents"] == 220'000);
    CHECK(bs["gross_cents"].get<std::int64_t>() - bs["provision_stock_cents"].get<std::int64_t>()
          == bs["net_cents"].get<std::int64_t>());
    CHECK(bs["current_cents"].get<std::int64_t>() + bs["overdue_cents"].get<std::int64_t>()
          == bs["gross_cents"].get<std::int64_t>());
    const json& cash = r["cash"];
    CHECK(cash["open_debits_cents"] == 270'000);
    CHECK(cash["expected_cents"].get<std::int64_t>() + cash["beyond_cents"].get<std::int64_t>()
              + cash["disputed_cents"].get<std::int64_t>() + cash["in_proceedings_cents"].get<std::int64_t>()
          == cash["open_debits_cents"].get<std::int64_t>());
    CHECK(r["dso"]["dso_days"] == 162.0);
    CHECK(r["dso"]["target_days"] == 45.0);
    CHECK(r["dso"]["gap_days"] == 117.0);

    // Once booked, the stock is what the books hold.
    ok(cli, {QStringLiteral("provisions"), QStringLiteral("book")});
    const json booked = okJson(cli, {QStringLiteral("report"), QStringLiteral("impact")});
    CHECK(booked["balance_sheet"]["provision_booked_cents"] == 50'000);
    CHECK(booked["balance_sheet"]["provision_to_book_cents"] == 0);
    CHECK(booked["balance_sheet"]["provision_stock_cents"] == 50'000);
    CHECK(booked["balance_sheet"]["net_cents"] == 220'000);
    CHECK(booked["profit_and_loss"]["provision_charge_cents"] == 50'000);

    fails(cli, {QStringLiteral("report"), QStringLiteral("impact")}, 2, QStringLiteral("--out"));
    fails(cli, {QStringLiteral("report")}, 2, QStringLiteral("impact"));
    const QString late = dir.filePath(QStringLiteral("late.pdf"));
    fails(cli, {QStringLiteral("report"), QStringLiteral("impact"), QStringLiteral("--out"), late,
                QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-10-01")},
          1, QStringLiteral("--to"));
    CHECK_FALSE(QFile::exists(late));
}

// -- habits ----------------------------------------------------------------------------

TEST_CASE("habits: each client's days to pay and days late from what it settled", "[cli][stage9][habits]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    // FA-2 (500,00, invoiced 15/09, due 15/10) paid on 25/10: 40 days to pay, 10 late.
    ok(cli, {QStringLiteral("payment"), QStringLiteral("add"), kForges, QStringLiteral("--amount"),
             QStringLiteral("500"), QStringLiteral("--date"), QStringLiteral("2026-10-25")});
    ok(cli, {QStringLiteral("letter"), QStringLiteral("auto")});
    const json h = okJson(cli, {QStringLiteral("habits")});
    REQUIRE(h["clients"].size() == 1);
    const json forges = h["clients"][0];
    CHECK(forges["siren"] == kForges.toStdString());
    CHECK(forges["invoices"] == 1);
    CHECK(forges["settled_cents"] == 50'000);
    CHECK(forges["days_to_pay"] == 40.0);
    CHECK(forges["days_late"] == 10.0);
    CHECK(forges["confidence"] == "low"); // one invoice seen
    CHECK(h["portfolio"]["days_late"] == 10.0);
    // The day before the payment, nothing was settled yet.
    const json before = okJson(cli, {QStringLiteral("habits"), QStringLiteral("--as-of"), QStringLiteral("2026-10-24")});
    CHECK(before["clients"].empty());
    fails(cli, {QStringLiteral("habits"), QStringLiteral("extra")}, 2, QStringLiteral("habits"));
}

// -- bad input -------------------------------------------------------------------------

TEST_CASE("stage 9 commands refuse a wrong SIREN, an impossible date, a rate of three decimals",
          "[cli][stage9][bad-input]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    // 552100555: the Luhn check digit of 55210055 is 4.
    fails(cli, {QStringLiteral("alerts"), QStringLiteral("ack"), QStringLiteral("552100555"),
                QStringLiteral("limit_exceeded"), QStringLiteral("limit:1")},
          1, QStringLiteral("552100555"));
    // 30 February does not exist.
    fails(cli, {QStringLiteral("report"), QStringLiteral("impact"), QStringLiteral("--json"), QStringLiteral("--from"),
                QStringLiteral("2026-02-30")},
          1, QStringLiteral("2026-02-30"));
    fails(cli, {QStringLiteral("profitability"), QStringLiteral("--to"), QStringLiteral("2026-13-01")}, 1,
          QStringLiteral("2026-13-01"));
    // A rate is kept in basis points: 12,345 % cannot be.
    const json review = okJson(cli, {QStringLiteral("provisions")});
    const QString entry = QString::number(review["items"][0]["entry_id"].get<qint64>());
    fails(cli, {QStringLiteral("provisions"), QStringLiteral("rate"), entry, QStringLiteral("12,345")}, 1,
          QStringLiteral("12,345"));
    // Buckets that are not whole ascending days, for the export as for aging.
    fails(cli, {QStringLiteral("export"), QStringLiteral("aging"), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--out"), dir.filePath(QStringLiteral("a.csv")), QStringLiteral("--buckets"),
                QStringLiteral("30,x")},
          1, QStringLiteral("--buckets"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("a.csv"))));
}
