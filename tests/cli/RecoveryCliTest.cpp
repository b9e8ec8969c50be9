// Stage 8 from the shell: the dunning plan and run as of successive days, penalties,
// disputes pausing the dunning, promises postponing it, the injonction de payer file,
// with the JSON fields scripts rely on and the exit codes of bad input.

#include "cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <string>

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

QString writeFile(const QTemporaryDir& dir, const char* name, const std::string& content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content.data(), static_cast<qint64>(content.size()));
    return path;
}

// Forges: FA-0001 1 000,00 due 15/11/2026, FA-0002 500,00 due 30/11/2026; Acme:
// FB-0001 300,00 due 26/11/2026.
void prepare(const Cli& cli, const QTemporaryDir& dir)
{
    // The creditor every letter names.
    for (const auto& [key, value] : {std::pair{"seller.name", "Négoce Durand Emballages"},
                                     std::pair{"seller.siren", "443061841"},
                                     std::pair{"seller.address.line1", "18 rue de l'Industrie"},
                                     std::pair{"seller.address.postal_code", "69007"},
                                     std::pair{"seller.address.city", "Lyon"}})
        ok(cli, {QStringLiteral("settings"), QStringLiteral("set"), QString::fromUtf8(key), QString::fromUtf8(value)});
    ok(cli, {QStringLiteral("client"), QStringLiteral("import"),
             writeFile(dir, "clients.csv",
                       "siren;raison_sociale;compte;adresse;code_postal;ville\n"
                       "552100554;Forges de Lorraine;411000101;3 rue des Forges;57000;Metz\n"
                       "732829320;Acme;411000102;;;\n")});
    ok(cli, {QStringLiteral("import"), QStringLiteral("open-items"),
             writeFile(dir, "items.csv",
                       "siren;piece;date_piece;echeance;montant_ttc;reste_du\n"
                       "552100554;FA-0001;16/09/2026;15/11/2026;1 000,00;\n"
                       "552100554;FA-0002;01/10/2026;30/11/2026;500,00;\n"
                       "732829320;FB-0001;27/09/2026;26/11/2026;300,00;\n")});
}

json actionOf(const json& plan, const QString& siren)
{
    for (const json& a : plan["actions"])
        if (a["siren"] == siren.toStdString())
            return a;
    return nullptr;
}

json planOn(const Cli& cli, const char* day)
{
    return okJson(cli, {QStringLiteral("dunning"), QStringLiteral("plan"), QStringLiteral("--as-of"),
                        QString::fromLatin1(day)});
}

} // namespace

TEST_CASE("dunning plan and run: one action per client, each step once, documents written",
          "[cli][recovery]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);

    // 23/11: FA-0001 is 8 days late (first reminder at +5); FB-0001 falls due in 3 days
    // (courtesy reminder at -5); FA-0002 is due in 7 days: not yet.
    const json plan = planOn(cli, "2026-11-23");
    CHECK(plan["as_of"] == "2026-11-23");
    REQUIRE(plan["actions"].size() == 2);
    const json forges = actionOf(plan, kForges);
    REQUIRE(forges.is_object());
    CHECK(forges["step"] == "reminder_1");
    CHECK(forges["channel"] == "email");
    CHECK(forges["invoices"] == json::array({"FA-0001"}));
    CHECK(forges["amount_cents"] == 100'000);
    CHECK(forges["oldest_days_late"] == 8);
    const json acme = actionOf(plan, kAcme);
    CHECK(acme["step"] == "courtesy");
    CHECK(acme["invoices"] == json::array({"FB-0001"}));
    CHECK(acme["amount_cents"] == 30'000);
    // Ranked by amount at risk and age.
    CHECK(plan["actions"][0]["siren"] == kForges.toStdString());

    const QString out = dir.filePath(QStringLiteral("out"));
    const json run = okJson(cli, {QStringLiteral("dunning"), QStringLiteral("run"), QStringLiteral("--as-of"),
                                  QStringLiteral("2026-11-23"), QStringLiteral("--out"), out});
    CHECK(run["recorded"] == 2);
    for (const json& done : run["actions"]) {
        REQUIRE(done["documents"].size() == 2); // the PDF and the e-mail
        for (const json& path : done["documents"])
            CHECK(QFile::exists(QString::fromStdString(path.get<std::string>())));
    }
    const QStringList pdfs = QDir(out).entryList({QStringLiteral("*.pdf")});
    REQUIRE(pdfs.size() == 2);
    QFile pdf(QDir(out).filePath(pdfs.front()));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == "%PDF");

    // The same day again: every step has fired once.
    CHECK(planOn(cli, "2026-11-23")["actions"].empty());
    // 30/11: FA-0001 at +15 (a letter, sent two days early for the post); FA-0002 falls
    // due that day and is not claimed yet. Acme's first reminder comes at +5, on 01/12.
    const json later = planOn(cli, "2026-11-30");
    REQUIRE(later["actions"].size() == 1);
    CHECK(later["actions"][0]["step"] == "reminder_2");
    CHECK(later["actions"][0]["channel"] == "letter");
    CHECK(later["actions"][0]["invoices"] == json::array({"FA-0001"}));
    CHECK(later["actions"][0]["amount_cents"] == 100'000);
    CHECK(actionOf(planOn(cli, "2026-12-01"), kAcme)["step"] == "reminder_1");

    const json history = okJson(cli, {QStringLiteral("dunning"), QStringLiteral("history"), kForges});
    REQUIRE(history["actions"].size() == 1);
    CHECK(history["actions"][0]["step"] == "reminder_1");
    CHECK(history["actions"][0]["status"] == "done");
}

TEST_CASE("a dispute pauses the disputed invoice, a promise postpones the client", "[cli][recovery]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);

    const json dispute = okJson(cli, {QStringLiteral("dispute"), QStringLiteral("add"), kForges,
                                      QStringLiteral("FA-0001"), QStringLiteral("--reason"), QStringLiteral("quality"),
                                      QStringLiteral("--note"), QStringLiteral("Palettes abîmées")});
    const qint64 disputeId = dispute["id"].get<qint64>();
    // All of FA-0001 is disputed: nothing for the Forges on the 23rd.
    CHECK(actionOf(planOn(cli, "2026-11-23"), kForges).is_null());
    const json disputes = okJson(cli, {QStringLiteral("dispute"), QStringLiteral("list"), kForges});
    CHECK(disputes["active"] == 1);
    CHECK(disputes["active_cents"] == 100'000);
    CHECK(disputes["disputes"][0]["reason"] == "quality");

    // Acme promises 300,00 for 05/12: held until the grace period ends (3 days).
    ok(cli, {QStringLiteral("promise"), QStringLiteral("add"), kAcme, QStringLiteral("--amount"),
             QStringLiteral("300,00"), QStringLiteral("--date"), QStringLiteral("2026-12-05")});
    const json held = planOn(cli, "2026-12-02");
    CHECK(actionOf(held, kAcme).is_null());
    bool pending = false;
    for (const json& h : held["held"])
        pending = pending || (h["siren"] == kAcme.toStdString() && h["reason"] == "promise_pending"
                              && h["until"] == "2026-12-08");
    CHECK(pending);
    // Broken the day after the grace: the dunning resumes where the dates put it.
    const json broken = actionOf(planOn(cli, "2026-12-09"), kAcme);
    REQUIRE(broken.is_object());
    CHECK(broken["step"] == "reminder_2");

    // The dispute rejected, FA-0001 is dunned again.
    ok(cli, {QStringLiteral("dispute"), QStringLiteral("resolve"), QString::number(disputeId),
             QStringLiteral("--resolution"), QStringLiteral("rejected")});
    const json again = actionOf(planOn(cli, "2026-11-23"), kForges);
    REQUIRE(again.is_object());
    CHECK(again["invoices"] == json::array({"FA-0001"}));
}

TEST_CASE("penalties per invoice at the statutory rate of the half-year, and the injonction file",
          "[cli][recovery]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    const json p = okJson(cli, {QStringLiteral("penalties"), kForges, QStringLiteral("--as-of"),
                                QStringLiteral("2026-12-10")});
    REQUIRE(p["invoices"].size() == 2);
    // FA-0001: 25 days (16/11 → 10/12) at 12.15 % (ECB 2.15 % on 1 July + 10):
    // 1 000,00 × 12.15 % × 25 / 365 = 8,32.
    CHECK(p["invoices"][0]["invoice"] == "FA-0001");
    CHECK(p["invoices"][0]["days_late"] == 25);
    CHECK(p["invoices"][0]["rate_bp"] == 1215);
    CHECK(p["invoices"][0]["penalty_cents"] == 832);
    CHECK(p["invoices"][0]["indemnity_cents"] == 4000);
    // FA-0002: 10 days: 500,00 × 12.15 % × 10 / 365 = 1,66.
    CHECK(p["invoices"][1]["days_late"] == 10);
    CHECK(p["invoices"][1]["penalty_cents"] == 166);
    CHECK(p["indemnity_cents"] == 8000);

    // The formal notice states each invoice's penalty and indemnity, and the total.
    const QString notice = dir.filePath(QStringLiteral("notice.html"));
    const json letter = okJson(cli, {QStringLiteral("dunning"), QStringLiteral("letter"), kForges,
                                     QStringLiteral("--template"), QStringLiteral("formal_notice"),
                                     QStringLiteral("--as-of"), QStringLiteral("2026-12-10"), QStringLiteral("--out"),
                                     notice});
    CHECK(letter["total_cents"] == 150'000 + 998 + 8000);
    QFile html(notice);
    REQUIRE(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    CHECK(text.contains(QStringLiteral("MISE EN DEMEURE")));
    CHECK(text.contains(QStringLiteral("8,32")));
    CHECK(text.contains(QStringLiteral("1,66")));
    CHECK(text.contains(QStringLiteral("1\u00A0589,98")));

    const QString request = dir.filePath(QStringLiteral("injonction.json"));
    const json file = okJson(cli, {QStringLiteral("legal"), QStringLiteral("injonction"), kForges,
                                   QStringLiteral("--as-of"), QStringLiteral("2026-12-10"), QStringLiteral("--out"),
                                   request});
    CHECK(file["principal_cents"] == 150'000);
    CHECK(file["penalties_cents"] == 998);
    CHECK(file["indemnity_cents"] == 8000);
    CHECK(file["cerfa"] == "12946");
    QFile written(request);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const json content = json::parse(written.readAll().toStdString());
    CHECK(content["debtor"]["siren"] == kForges.toStdString());
    CHECK(content["total_cents"] == 150'000 + 998 + 8000);
    CHECK(content["invoices"].size() == 2);
    // A client in legal recovery is no longer dunned.
    CHECK(actionOf(planOn(cli, "2026-12-10"), kForges).is_null());
    const json files = okJson(cli, {QStringLiteral("legal"), QStringLiteral("list")});
    REQUIRE(files["files"].size() == 1);
    CHECK(files["files"][0]["kind"] == "injonction");
}

TEST_CASE("recovery commands refuse bad input with a message and a non-zero exit", "[cli][recovery]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    const auto refused = [&](const QStringList& args, const char* inMessage) {
        const Run run = cli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QString::fromLatin1(inMessage)));
    };
    refused({QStringLiteral("dispute"), QStringLiteral("add"), kForges, QStringLiteral("FA-9999")}, "FA-9999");
    refused({QStringLiteral("dispute"), QStringLiteral("add"), kForges, QStringLiteral("FA-0001"),
             QStringLiteral("--amount"), QStringLiteral("2000")},
            "amount");
    refused({QStringLiteral("dispute"), QStringLiteral("add"), kForges, QStringLiteral("FA-0001"),
             QStringLiteral("--reason"), QStringLiteral("weather")},
            "weather");
    refused({QStringLiteral("promise"), QStringLiteral("add"), kAcme, QStringLiteral("--amount"),
             QStringLiteral("abc"), QStringLiteral("--date"), QStringLiteral("2026-12-05")},
            "--amount");
    refused({QStringLiteral("penalties"), QStringLiteral("999999999")}, "999999999");
    refused({QStringLiteral("dunning"), QStringLiteral("run")}, "--out");
    // An amount to the tenth of a cent, an impossible day, a SIREN whose check digit is wrong.
    refused({QStringLiteral("promise"), QStringLiteral("add"), kAcme, QStringLiteral("--amount"),
             QStringLiteral("12,345"), QStringLiteral("--date"), QStringLiteral("2026-12-20")},
            "--amount");
    refused({QStringLiteral("dispute"), QStringLiteral("add"), kForges, QStringLiteral("FA-0001"),
             QStringLiteral("--amount"), QStringLiteral("1,001")},
            "--amount");
    refused({QStringLiteral("promise"), QStringLiteral("add"), kAcme, QStringLiteral("--amount"),
             QStringLiteral("12"), QStringLiteral("--date"), QStringLiteral("2026-02-30")},
            "--date");
    refused({QStringLiteral("penalties"), QStringLiteral("123456789")}, "123456789");
    refused({QStringLiteral("dunning"), QStringLiteral("plan"), QStringLiteral("--client"),
             QStringLiteral("552100555")},
            "552100555");
    refused({QStringLiteral("legal"), QStringLiteral("injonction"), kAcme, QStringLiteral("--as-of"),
             QStringLiteral("2026-12-10"), QStringLiteral("--out"), dir.filePath(QStringLiteral("acme.pdf"))},
            "company.address");
    refused({QStringLiteral("legal"), QStringLiteral("injonction"), kAcme, QStringLiteral("--as-of"),
             QStringLiteral("2026-11-01"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))},
            "");
}

TEST_CASE("the dunning settings are shared settings: a segment follows its own scenario", "[cli][recovery]")
{
    Cli cli;
    QTemporaryDir dir;
    ok(cli, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("dunning.pay_within_days"),
             QStringLiteral("15")});
    // A scenario whose first reminder comes at +2 by e-mail, for the PME segment.
    const std::string fast = R"([{"code": "standard", "steps": [{"code": "reminder_1", "offset_days": 5,
        "channel": "email", "template": "reminder"}]}, {"code": "fast", "name": "Rapide", "steps": [
        {"code": "early", "offset_days": 2, "channel": "email", "template": "reminder", "automatic": true}]}])";
    ok(cli, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("dunning.scenarios"),
             QString::fromStdString(fast)});
    ok(cli, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("dunning.segment_scenarios"),
             QStringLiteral("PME=fast")});
    const json settings = okJson(cli, {QStringLiteral("settings"), QStringLiteral("show")});
    CHECK(settings["recovery"]["pay_within_days"] == 15);
    CHECK(settings["recovery"]["segment_scenarios"]["PME"] == "fast");
    REQUIRE(settings["recovery"]["scenarios"].size() == 2);

    ok(cli, {QStringLiteral("client"), QStringLiteral("import"),
             writeFile(dir, "clients.csv",
                       "siren;raison_sociale;compte;segment\n552100554;Forges de Lorraine;411000101;PME\n"
                       "732829320;Acme;411000102;GE\n")});
    ok(cli, {QStringLiteral("import"), QStringLiteral("open-items"),
             writeFile(dir, "items.csv",
                       "siren;piece;date_piece;echeance;montant_ttc;reste_du\n"
                       "552100554;FA-0001;20/09/2026;20/11/2026;1 000,00;\n"
                       "732829320;FB-0001;20/09/2026;20/11/2026;300,00;\n")});
    // Three days late: the PME client's scenario has fired, the other's waits for +5.
    const json plan = planOn(cli, "2026-11-23");
    REQUIRE(plan["actions"].size() == 1);
    CHECK(plan["actions"][0]["siren"] == kForges.toStdString());
    CHECK(plan["actions"][0]["scenario"] == "fast");
    CHECK(plan["actions"][0]["step"] == "early");

    const Run unknown = cli({QStringLiteral("settings"), QStringLiteral("set"),
                             QStringLiteral("dunning.segment_scenarios"), QStringLiteral("PME=nowhere")});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("nowhere")));
    const Run badSteps = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("dunning.scenarios"),
                              QStringLiteral(R"([{"code": "x", "steps": [{"code": "a", "offset_days": 5,
                                  "channel": "pigeon"}]}])")});
    CHECK(badSteps.exitCode != 0);
    CHECK(badSteps.err.contains(QStringLiteral("pigeon")));
    // A value of the wrong type, or a template nobody wrote, is refused, not a crash.
    for (const char* wrong : {R"([{"code": "x", "steps": [{"code": "a", "offset_days": 5, "channel": 3}]}])",
                              R"([{"code": "x", "mail_transit_days": "2", "steps": [{"code": "a", "offset_days": 5,
                                  "channel": "email", "template": "reminder"}]}])",
                              R"([{"code": "x", "steps": [{"code": "a", "offset_days": 5, "channel": "email",
                                  "template": "poem"}]}])"}) {
        const Run run = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("dunning.scenarios"),
                             QString::fromLatin1(wrong)});
        INFO(wrong << "\nstderr: " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("dunning.scenarios")));
    }
}

TEST_CASE("a payment not yet lettered is not claimed again, in the plan, the penalties or the letter",
          "[cli][recovery]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    // 700,00 received from the Forges on the 20th, not lettered: FA-0001 owes 300,00.
    ok(cli, {QStringLiteral("payment"), QStringLiteral("add"), kForges, QStringLiteral("--amount"),
             QStringLiteral("700"), QStringLiteral("--date"), QStringLiteral("2026-11-20")});
    CHECK(actionOf(planOn(cli, "2026-11-23"), kForges)["amount_cents"] == 30'000);
    const json p = okJson(cli, {QStringLiteral("penalties"), kForges, QStringLiteral("--as-of"),
                                QStringLiteral("2026-11-23")});
    REQUIRE(p["invoices"].size() == 1);
    CHECK(p["invoices"][0]["principal_cents"] == 30'000);
    const json letter = okJson(cli, {QStringLiteral("dunning"), QStringLiteral("letter"), kForges,
                                     QStringLiteral("--template"), QStringLiteral("reminder"), QStringLiteral("--out"),
                                     dir.filePath(QStringLiteral("r.html"))});
    CHECK(letter["overdue_cents"] == 30'000);
}

TEST_CASE("a dispute cannot be resolved before it was opened", "[cli][recovery]")
{
    Cli cli;
    QTemporaryDir dir;
    prepare(cli, dir);
    const json dispute = okJson(cli, {QStringLiteral("dispute"), QStringLiteral("add"), kForges,
                                      QStringLiteral("FA-0001"), QStringLiteral("--amount"), QStringLiteral("100")});
    const Run early = cli({QStringLiteral("dispute"), QStringLiteral("resolve"),
                           QString::number(dispute["id"].get<qint64>()), QStringLiteral("--resolution"),
                           QStringLiteral("rejected"), QStringLiteral("--date"), QStringLiteral("2020-01-01")});
    CHECK(early.exitCode != 0);
    CHECK(early.err.contains(QStringLiteral("2020")));
    const Run unknown = cli({QStringLiteral("dispute"), QStringLiteral("resolve"), QStringLiteral("999"),
                             QStringLiteral("--resolution"), QStringLiteral("rejected")});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("dispute")));
}
