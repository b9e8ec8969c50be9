// Stages 4 to 6 from the shell: order add, check (the JSON contract of issue 4),
// deliver with and without an override, invoice create and pdf, credit-note, and
// the refusals with their exit codes.

#include "cli/CliRunner.h"

#include <QFile>

using nlohmann::json;
using pc::test::Cli;
using pc::test::Run;

namespace {

const QString kForez = QStringLiteral("412345670");

QString order(const char* name)
{
    return pc::test::testDataPath(QStringLiteral("orders/") + QString::fromLatin1(name));
}

Run ok(const Cli& cli, const QStringList& args)
{
    const Run run = cli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// The clients of clients_good.csv (the Forez workshop is active), a seller, and a
// limit of 10 000 € for the Forez client decided on the test day.
void prepare(const Cli& cli)
{
    ok(cli, {QStringLiteral("client"), QStringLiteral("import"), pc::test::data("clients_good.csv")});
    const QList<QStringList> seller{
        {QStringLiteral("seller.name"), QStringLiteral("Négoce Durand Emballages")},
        {QStringLiteral("seller.siren"), QStringLiteral("443061841")},
        {QStringLiteral("seller.address.line1"), QStringLiteral("18 rue de l'Industrie")},
        {QStringLiteral("seller.address.postal_code"), QStringLiteral("69007")},
        {QStringLiteral("seller.address.city"), QStringLiteral("Lyon")},
    };
    for (const QStringList& kv : seller)
        ok(cli, QStringList{QStringLiteral("settings"), QStringLiteral("set")} + kv);
    ok(cli, {QStringLiteral("limit"), QStringLiteral("set"), kForez, QStringLiteral("10000"), QStringLiteral("--reason"),
             QStringLiteral("Ligne de test"), QStringLiteral("--review"), QStringLiteral("2027-06-30")});
}

json check(const Cli& cli, const QString& amount, const QStringList& extra = {})
{
    return ok(cli, QStringList{QStringLiteral("check"), kForez, QStringLiteral("--amount"), amount, QStringLiteral("--json")}
                       + extra)
        .parsed();
}

std::vector<std::string> codes(const json& result)
{
    std::vector<std::string> list;
    for (const json& r : result["reasons"])
        list.push_back(r["code"].get<std::string>());
    return list;
}

} // namespace

TEST_CASE("cli: an order is confirmed through the check and counts as an open order", "[cli][sales]")
{
    Cli cli;
    prepare(cli);
    const json added = ok(cli, {QStringLiteral("order"), QStringLiteral("add"), order("forez_order.json"),
                                QStringLiteral("--json")})
                           .parsed();
    CHECK(added["number"] == "CMD000001");
    CHECK(added["status"] == "confirmed");
    CHECK(added["client_reference"] == "PO-2026-118");
    // 3 124,00 + 444,00 at 20 % and 90,00 at 5,5 %: VAT 713,60 + 4,95.
    CHECK(added["totals"]["gross_cents"] == 437'655);
    CHECK(added["check"]["decision"] == "OK");

    const json c = check(cli, QStringLiteral("0"));
    CHECK(c["decision"] == "OK");
    CHECK(c["reasons"].empty());
    CHECK(c["exposure_cents"]["receivables"] == 0);
    CHECK(c["exposure_cents"]["delivered_not_invoiced"] == 0);
    CHECK(c["exposure_cents"]["open_orders"] == 437'655);
    CHECK(c["exposure_cents"]["deposits"] == 0);
    CHECK(c["exposure_cents"]["total"] == 437'655);
    CHECK(c["limit_cents"] == 1'000'000);
    CHECK(c["available_cents"] == 562'345);
    CHECK(c["overdue_cents"] == 0);
}

TEST_CASE("cli: check at the limit, one cent over, within and beyond the tolerance", "[cli][sales]")
{
    Cli cli;
    prepare(cli);
    ok(cli, {QStringLiteral("order"), QStringLiteral("add"), order("forez_order.json")});
    // Available 5 623,45 €; the default tolerance is 5 % of the limit (500 €).
    CHECK(check(cli, QStringLiteral("5623,45"))["decision"] == "OK");
    const json over = check(cli, QStringLiteral("5623.46"));
    CHECK(over["decision"] == "WARN");
    CHECK(codes(over) == std::vector<std::string>{"limit_exceeded"});
    CHECK(over["reasons"][0]["message"].get<std::string>().size() > 10);
    CHECK(check(cli, QStringLiteral("6123,45"))["decision"] == "WARN");
    const json beyond = check(cli, QStringLiteral("6123,46"));
    CHECK(beyond["decision"] == "BLOCK");
    CHECK(beyond["projected_cents"] == 1'050'001);
}

TEST_CASE("cli: check replays a past day", "[cli][sales]")
{
    Cli cli;
    prepare(cli);
    ok(cli, {QStringLiteral("order"), QStringLiteral("add"), order("forez_order.json")});
    // The day before: no limit decided yet and the order not confirmed.
    Run run = cli({QStringLiteral("--as-of"), QStringLiteral("2026-11-22"), QStringLiteral("check"), kForez,
                   QStringLiteral("--json")});
    // --as-of given twice: the last one wins.
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const json past = run.parsed();
    CHECK(past["as_of"] == "2026-11-22");
    CHECK(past["exposure_cents"]["open_orders"] == 0);
    CHECK(past["limit_cents"].is_null());
    CHECK(past["available_cents"].is_null());
    CHECK(past["decision"] == "BLOCK");
    CHECK(codes(past) == std::vector<std::string>{"no_limit"});
}

TEST_CASE("cli: a blocked order or delivery needs an override reason, which the audit log keeps", "[cli][sales]")
{
    Cli cli;
    prepare(cli);
    ok(cli, {QStringLiteral("order"), QStringLiteral("add"), order("forez_order.json")});

    const Run refused = cli({QStringLiteral("order"), QStringLiteral("add"), order("big_order.json")});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("limit_exceeded")));
    // Nothing was written: the next order still gets CMD000002.
    const json list = ok(cli, {QStringLiteral("order"), QStringLiteral("list"), kForez, QStringLiteral("--json")}).parsed();
    CHECK(list.size() == 1);

    const json forced = ok(cli, {QStringLiteral("order"), QStringLiteral("add"), order("big_order.json"),
                                 QStringLiteral("--override-reason"), QStringLiteral("Commande stratégique"),
                                 QStringLiteral("--json")})
                            .parsed();
    CHECK(forced["number"] == "CMD000002");
    CHECK(forced["check"]["decision"] == "BLOCK");

    const Run blocked = cli({QStringLiteral("deliver"), QStringLiteral("CMD000001"), QStringLiteral("--lines"),
                             QStringLiteral("1:4")});
    CHECK(blocked.exitCode == 3);
    CHECK(blocked.err.contains(QStringLiteral("limit_exceeded")));
    const json delivered = ok(cli, {QStringLiteral("deliver"), QStringLiteral("CMD000001"), QStringLiteral("--lines"),
                                    QStringLiteral("1:4"), QStringLiteral("--override-reason"),
                                    QStringLiteral("Client historique"), QStringLiteral("--json")})
                               .parsed();
    CHECK(delivered["number"] == "BL000001");
    CHECK(delivered["override_reason"] == "Client historique");
    CHECK(delivered["override_by"] == "cli-tester");
    CHECK(delivered["lines"] == json::parse(R"([{"line": 1, "quantity": "4"}])"));

    const Run audit = ok(cli, {QStringLiteral("audit"), kForez, QStringLiteral("--json")});
    CHECK(audit.out.contains(QStringLiteral("credit.override")));
    CHECK(audit.out.contains(QStringLiteral("Client historique")));
}

TEST_CASE("cli: invoice a delivery, print it, credit part of it", "[cli][sales]")
{
    Cli cli;
    prepare(cli);
    ok(cli, {QStringLiteral("order"), QStringLiteral("add"), order("forez_order.json")});
    ok(cli, {QStringLiteral("deliver"), QStringLiteral("CMD000001"), QStringLiteral("--lines"), QStringLiteral("1:4"),
             QStringLiteral("--signed-by"), QStringLiteral("J. Morel"), QStringLiteral("--signed-on"),
             QStringLiteral("2026-11-23")});
    const json invoice = ok(cli, {QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--deliveries"),
                                  QStringLiteral("BL000001"), QStringLiteral("--json")})
                             .parsed();
    CHECK(invoice["number"] == "FA000001");
    CHECK(invoice["kind"] == "invoice");
    // 4 × 312,40 = 1 249,60 HT, VAT 249,92.
    CHECK(invoice["totals"]["net_cents"] == 124'960);
    CHECK(invoice["totals"]["gross_cents"] == 149'952);
    // 45 days end of month from 23/11/2026: end of November, then 45 days.
    CHECK(invoice["due_date"] == "2027-01-14");
    CHECK(invoice["orders"] == json::array({"CMD000001"}));

    const json c = check(cli, QStringLiteral("0"));
    CHECK(c["exposure_cents"]["receivables"] == 149'952);
    CHECK(c["exposure_cents"]["delivered_not_invoiced"] == 0);
    CHECK(c["exposure_cents"]["open_orders"] == 437'655 - 149'952);

    QTemporaryDir dir;
    const QString pdf = QDir(dir.path()).filePath(QStringLiteral("FA000001.pdf"));
    ok(cli, {QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("FA000001"), QStringLiteral("--out"), pdf});
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    const Run noReason = cli({QStringLiteral("credit-note"), QStringLiteral("FA000001")});
    CHECK(noReason.exitCode == 1);
    const json note = ok(cli, {QStringLiteral("credit-note"), QStringLiteral("FA000001"), QStringLiteral("--amount"),
                               QStringLiteral("100"), QStringLiteral("--reason"), QStringLiteral("Remise"),
                               QStringLiteral("--json")})
                          .parsed();
    CHECK(note["number"] == "FA000002");
    CHECK(note["kind"] == "credit_note");
    CHECK(note["credited_invoice"] == "FA000001");
    CHECK(note["totals"]["gross_cents"] == 10'000);
    const json invoices = ok(cli, {QStringLiteral("invoice"), QStringLiteral("list"), kForez, QStringLiteral("--json")}).parsed();
    REQUIRE(invoices.size() == 2);
    CHECK(invoices[1]["number"] == "FA000001");
    CHECK(invoices[1]["open_cents"] == 149'952 - 10'000);
    const Run tooMuch = cli({QStringLiteral("credit-note"), QStringLiteral("FA000001"), QStringLiteral("--amount"),
                             QStringLiteral("1500"), QStringLiteral("--reason"), QStringLiteral("Trop")});
    CHECK(tooMuch.exitCode == 1);
    CHECK(tooMuch.err.contains(QStringLiteral("amount")));
}

TEST_CASE("cli: bad order files and options are refused with where and why", "[cli][sales]")
{
    Cli cli;
    prepare(cli);
    const Run price = cli({QStringLiteral("order"), QStringLiteral("add"), order("bad_price.json")});
    CHECK(price.exitCode == 1);
    CHECK(price.err.contains(QStringLiteral("bad_price.json")));
    CHECK(price.err.contains(QStringLiteral("lines[1].unit_price")));
    const Run vat = cli({QStringLiteral("order"), QStringLiteral("add"), order("bad_vat.json")});
    CHECK(vat.exitCode == 1);
    CHECK(vat.err.contains(QStringLiteral("lines[1].vat_rate")));
    const Run amount = cli({QStringLiteral("check"), kForez, QStringLiteral("--amount"), QStringLiteral("12,345")});
    CHECK(amount.exitCode == 1);
    CHECK(amount.err.contains(QStringLiteral("--amount")));
    const Run unknown = cli({QStringLiteral("check"), QStringLiteral("552100554")});
    CHECK(unknown.exitCode == 1);
    const Run noOrder = cli({QStringLiteral("deliver"), QStringLiteral("CMD999999")});
    CHECK(noOrder.exitCode == 1);
    CHECK(noOrder.err.contains(QStringLiteral("CMD999999")));
    const Run lines = cli({QStringLiteral("deliver"), QStringLiteral("CMD000001"), QStringLiteral("--lines"), QStringLiteral("1-4")});
    CHECK(lines.exitCode == 1);
    CHECK(lines.err.contains(QStringLiteral("--lines")));
    const Run day = cli({QStringLiteral("deliver"), QStringLiteral("CMD000001"), QStringLiteral("--date"), QStringLiteral("31/02/2026")});
    CHECK(day.exitCode == 1);
    CHECK(day.err.contains(QStringLiteral("--date")));
    const Run noDelivery = cli({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--deliveries"),
                                QStringLiteral("BL999999")});
    CHECK(noDelivery.exitCode == 1);
    CHECK(noDelivery.err.contains(QStringLiteral("BL999999")));
    const Run credit = cli({QStringLiteral("credit-note"), QStringLiteral("FA000001"), QStringLiteral("--amount"),
                            QStringLiteral("10,005"), QStringLiteral("--reason"), QStringLiteral("Remise")});
    CHECK(credit.exitCode == 1);
    CHECK(credit.err.contains(QStringLiteral("--amount")));
    // An account that is not active takes no order.
    QTemporaryDir dir;
    const QString pending = QDir(dir.path()).filePath(QStringLiteral("pending.json"));
    QFile file(pending);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"siren": "523456788", "lines": [{"description": "Farine", "quantity": "1", "unit_price": "21,40", "vat_rate": "5,5"}]})");
    file.close();
    const Run inactive = cli({QStringLiteral("order"), QStringLiteral("add"), pending});
    CHECK(inactive.exitCode == 3);
    const Run noSeller = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("seller.siren"), QStringLiteral("123")});
    CHECK(noSeller.exitCode == 1);
    CHECK(noSeller.err.contains(QStringLiteral("seller.siren")));
}
