// Stages 4 to 6 as use cases: orders confirmed through the credit check, deliveries,
// invoices and credit notes numbered without gaps, deposits, the exposure replayed as
// of past dates, the shared settings and the JSON of a check.

#include "app/ClientService.h"
#include "app/Clock.h"
#include "app/CreditCheckService.h"
#include "app/CreditService.h"
#include "app/DeliveryService.h"
#include "app/InvoiceService.h"
#include "app/OrderService.h"
#include "app/SalesJson.h"
#include "app/SharedSettings.h"
#include "store/AuditLog.h"
#include "store/CreditRepository.h"
#include "store/InvoiceRepository.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"
#include "store/SqlQuery.h"
#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/ResultChecks.h"
#include "support/TestSupport.h"

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::app;
using pc::risk::CheckDecision;
using pc::risk::CreditCheckResult;
using pc::test::date;
using pc::test::TempWorkspace;

using pc::test::valid;

namespace {

SellerIdentity seller()
{
    SellerIdentity s;
    s.name = "Durand Emballages";
    s.legalForm = "SAS";
    s.shareCapital = "250 000 €";
    s.siren = *Siren::parse("443061841");
    s.rcsCity = "RCS Lyon";
    s.address = {"18 rue de l'Industrie", "", "69007", "Lyon", "FR"};
    return s;
}

DocumentLine line(const char* description, std::int64_t units, std::int64_t priceCents, std::int64_t vatBp = 2000)
{
    return {description, Quantity::units(units), Money::fromCents(priceCents), Rate::fromBasisPoints(vatBp)};
}

std::string firstArg(const Error& error)
{
    return error.args.empty() ? std::string() : error.args.front();
}

struct Sales {
    TempWorkspace t;
    qint64 client = 0;

    Sales()
    {
        REQUIRE(SharedSettings(t.ws()).setSeller(seller()).ok());
        client = activeClient("41234567", "Ateliers du Forez");
    }

    Workspace& ws() { return t.ws(); }

    // An active client with "45 jours fin de mois" and a limit reviewed next year.
    qint64 activeClient(const std::string& payload, const std::string& name, std::int64_t limitEuros = 10'000)
    {
        const qint64 id = valid(ClientService(ws()).create(pc::test::completeClient(payload, name)));
        const OpeningOutcome opened = valid(ClientService(ws()).open(id));
        REQUIRE(opened.activated);
        pc::store::CreditProfile profile;
        profile.paymentTerms = "eom:45";
        REQUIRE(CreditService(ws()).saveProfile(id, profile).ok());
        REQUIRE(CreditService(ws())
                    .setLimit(id, {Money::fromEuros(limitEuros), QStringLiteral("D. Martin"),
                                   QStringLiteral("ouverture de compte"), date("2027-11-23")})
                    .ok());
        return id;
    }

    void setDay(const std::string& iso) { t->setClock(std::make_shared<FixedClock>(date(iso))); }

    OrderDraft draft(std::vector<DocumentLine> lines, qint64 clientId = 0)
    {
        OrderDraft d;
        d.clientId = clientId ? clientId : client;
        d.clientReference = "BC-2026-042";
        d.lines = std::move(lines);
        return d;
    }

    // 10 × 100 € and 5 × 200 € at 20 %: 2 400 € including VAT.
    Order confirmedOrder(qint64 clientId = 0)
    {
        return valid(OrderService(ws()).add(
                         draft({line("Palette de sacs kraft", 10, 10'000), line("Maintenance (heure)", 5, 20'000)},
                               clientId),
                         true))
            .order;
    }

    Delivery deliver(qint64 orderId, std::vector<DeliveryLine> lines = {})
    {
        DeliveryRequest request;
        request.orderId = orderId;
        request.lines = std::move(lines);
        return valid(DeliveryService(ws()).deliver(request, {})).delivery;
    }

    CreditCheckResult check(std::optional<Date> asOf = std::nullopt, qint64 clientId = 0)
    {
        return valid(CreditCheckService(ws()).check(clientId ? clientId : client, Money(), asOf)).result;
    }

    qint64 count(const char* table)
    {
        pc::store::SqlQuery q(t->db(), "test.count", QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        q.run();
        REQUIRE(q.next());
        return q.integer(0);
    }

    qint64 last(const char* series) { return pc::store::NumberSeries(t->db()).last(QString::fromLatin1(series)); }

    void exec(const QString& sql)
    {
        pc::store::SqlQuery q(t->db(), "test.exec", sql);
        REQUIRE(q.exec().ok());
    }

    QString lastAction() { return pc::store::AuditLog(t->db()).recent(1).front().action; }
};

} // namespace

TEST_CASE("an order is saved as a draft or confirmed through the credit check", "[app][sales][orders]")
{
    Sales s;
    // The demo client has no statements: its class must let it through by default.
    const CreditCheckResult empty = s.check();
    INFO(reasonCodes(empty, CheckDecision::Block) << " / " << reasonCodes(empty, CheckDecision::Warn));
    REQUIRE(empty.decision == CheckDecision::Ok);
    CHECK(empty.limit == std::optional(Money::fromEuros(10'000)));
    CHECK(empty.exposure.total == Money());

    OrderService orders(s.ws());
    const OrderOutcome confirmed = valid(orders.add(s.draft({line("Palette", 1, 100'000)}), true));
    CHECK(confirmed.order.number == "CMD000001");
    CHECK(confirmed.order.status == OrderStatus::Confirmed);
    CHECK(confirmed.order.confirmedOn == std::optional(pc::test::testToday()));
    CHECK(confirmed.order.orderDate == pc::test::testToday());
    // The client's agreed terms.
    CHECK(confirmed.order.terms.label() == "45 jours fin de mois");
    REQUIRE(confirmed.check);
    CHECK(confirmed.check->result.decision == CheckDecision::Ok);
    CHECK(confirmed.check->result.amount == Money::fromEuros(1'200));
    CHECK(s.lastAction() == QStringLiteral("credit.check"));
    CHECK(orders.find(QStringLiteral("cmd000001"))->status == OrderStatus::Confirmed);
    CHECK(s.check().exposure.openOrders == Money::fromEuros(1'200));

    // A draft does not count until it is confirmed.
    const OrderOutcome draft = valid(orders.add(s.draft({line("Palette", 2, 100'000)}), false));
    CHECK(draft.order.number == "CMD000002");
    CHECK(draft.order.status == OrderStatus::Draft);
    CHECK_FALSE(draft.check);
    CHECK(s.check().exposure.openOrders == Money::fromEuros(1'200));
    const OrderOutcome later = valid(orders.confirm(draft.order.id, {}));
    CHECK(later.order.status == OrderStatus::Confirmed);
    CHECK(s.check().exposure.openOrders == Money::fromEuros(3'600));
    // Only a draft is confirmed.
    const auto twice = orders.confirm(draft.order.id, {});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::InvalidTransition);

    // An order without lines is refused before it takes a number.
    const auto noLines = orders.add(s.draft({}), true);
    REQUIRE_FALSE(noLines.ok());
    CHECK(s.last("order") == 2);
    CHECK(s.count("orders") == 2);
}

TEST_CASE("the limit and its tolerance decide whether an order is confirmed", "[app][sales][orders][check]")
{
    Sales s;
    OrderService orders(s.ws());
    // VAT-exempt lines, so that the amounts including VAT are exact.
    const auto exempt = [&](std::int64_t cents) { return s.draft({line("Prestation exonérée", 1, cents, 0)}); };

    SECTION("one cent beyond the limit and its tolerance is blocked, and nothing is written")
    {
        const auto audited = pc::store::AuditLog(s.t->db()).recent().size();
        const auto blocked = orders.add(exempt(1'050'001), true);
        REQUIRE_FALSE(blocked.ok());
        CHECK(blocked.error().code == ErrorCode::CreditBlocked);
        CHECK(firstArg(blocked.error()) == "limit_exceeded");
        CHECK(s.count("orders") == 0);
        CHECK(s.count("order_lines") == 0);
        CHECK(s.last("order") == 0);
        CHECK(pc::store::AuditLog(s.t->db()).recent().size() == audited);
        // The next order takes the first number.
        CHECK(valid(orders.add(exempt(100), true)).order.number == "CMD000001");
    }

    SECTION("exactly the limit is OK")
    {
        const OrderOutcome outcome = valid(orders.add(exempt(1'000'000), true));
        CHECK(outcome.order.status == OrderStatus::Confirmed);
        CHECK(outcome.check->result.decision == CheckDecision::Ok);
        CHECK(outcome.check->result.reason("limit_exceeded") == nullptr);
        CHECK(s.check().available == std::optional(Money()));
        // One cent more on top is over the limit, within the tolerance: a warning.
        const auto more = orders.add(exempt(1), true);
        REQUIRE_FALSE(more.ok());
        CHECK(more.error().code == ErrorCode::ConfirmationRequired);
    }

    SECTION("within the tolerance a warning asks for a confirmation")
    {
        const auto unconfirmed = orders.add(exempt(1'050'000), true);
        REQUIRE_FALSE(unconfirmed.ok());
        CHECK(unconfirmed.error().code == ErrorCode::ConfirmationRequired);
        CHECK(firstArg(unconfirmed.error()) == "limit_exceeded");
        CHECK(s.count("orders") == 0);
        CHECK(s.last("order") == 0);
        const OrderOutcome accepted = valid(orders.add(exempt(1'050'000), true, {true, QString()}));
        CHECK(accepted.order.number == "CMD000001");
        CHECK(accepted.check->result.decision == CheckDecision::Warn);
        CHECK(s.lastAction() == QStringLiteral("credit.check"));
    }

    SECTION("a BLOCK is overridden with a reason, which the audit log keeps")
    {
        const OrderOutcome outcome =
            valid(orders.add(exempt(1'050'001), true, {false, QStringLiteral("  Accord du directeur financier ")}));
        CHECK(outcome.order.status == OrderStatus::Confirmed);
        CHECK(outcome.check->result.decision == CheckDecision::Block);
        const auto entry = pc::store::AuditLog(s.t->db()).recent().front();
        CHECK(entry.action == QStringLiteral("credit.override"));
        CHECK(entry.reason == QStringLiteral("Accord du directeur financier"));
        CHECK(entry.actor == QStringLiteral("tester"));
        CHECK(entry.after["decision"] == "BLOCK");
        CHECK(entry.after["document"] == "CMD000001");
        pc::store::SqlQuery q(s.t->db(), "test.order",
                              QStringLiteral("SELECT check_decision, override_reason FROM orders"));
        q.run();
        REQUIRE(q.next());
        CHECK(q.text(0) == QStringLiteral("BLOCK"));
        CHECK(q.text(1) == QStringLiteral("Accord du directeur financier"));
    }

    SECTION("only the users listed may override")
    {
        REQUIRE(SharedSettings(s.ws()).setOverrideUsers({QStringLiteral("d.martin"), QStringLiteral("c.roux")}).ok());
        const auto refused = orders.add(exempt(1'050'001), true, {false, QStringLiteral("urgent")});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::NotAllowed);
        CHECK(firstArg(refused.error()) == "tester");
        CHECK(s.count("orders") == 0);
        CHECK(s.last("order") == 0);
        // Without a reason the BLOCK itself is the answer.
        CHECK(orders.add(exempt(1'050'001), true).error().code == ErrorCode::CreditBlocked);
        // Names are compared without case.
        REQUIRE(SharedSettings(s.ws()).setOverrideUsers({QStringLiteral("d.martin"), QStringLiteral("Tester")}).ok());
        CHECK(valid(orders.add(exempt(1'050'001), true, {false, QStringLiteral("urgent")})).order.number
              == "CMD000001");
    }

    SECTION("the exposure already there counts")
    {
        REQUIRE(orders.add(exempt(600'000), true).ok());
        CHECK(orders.add(exempt(450'001), true).error().code == ErrorCode::CreditBlocked);
        CHECK(s.count("orders") == 1);
        CHECK(orders.add(exempt(400'000), true).ok());
    }
}

TEST_CASE("only an active account may order", "[app][sales][orders]")
{
    Sales s;
    OrderService orders(s.ws());
    ClientService clients(s.ws());
    const auto refusedWith = [&](qint64 id) {
        const auto outcome = orders.add(s.draft({line("Palette", 1, 1'000)}, id), true);
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().code == ErrorCode::AccountNotActive);
        return firstArg(outcome.error());
    };

    const qint64 prospect = valid(clients.create(pc::test::completeClient("51234567", "Prospect SA")));
    CHECK(refusedWith(prospect) == "prospect");
    ClientFile pendingFile = pc::test::completeClient("61234567", "En Attente SARL");
    pendingFile.account.status = AccountStatus::Pending;
    const qint64 pending = valid(clients.create(pendingFile));
    CHECK(refusedWith(pending) == "pending");
    REQUIRE(clients.changeStatus(s.client, AccountStatus::Blocked, QStringLiteral("impayés")).ok());
    CHECK(refusedWith(s.client) == "blocked");
    // Not even a draft.
    CHECK(orders.add(s.draft({line("Palette", 1, 1'000)}, prospect), false).error().code == ErrorCode::AccountNotActive);
    CHECK(s.count("orders") == 0);
    CHECK(s.last("order") == 0);
    CHECK(orders.add(s.draft({line("Palette", 1, 1'000)}, 999'999), true).error().code == ErrorCode::NotFound);
}

TEST_CASE("deliveries and the invoice move the exposure from one category to the next", "[app][sales][invoices]")
{
    Sales s;
    const Order order = s.confirmedOrder();
    CHECK(order.totals().gross == Money::fromEuros(2'400));

    CreditCheckResult now = s.check();
    CHECK(now.exposure.openOrders == Money::fromEuros(2'400));
    CHECK(now.exposure.deliveredNotInvoiced == Money());
    CHECK(now.exposure.receivables == Money());
    CHECK(now.exposure.total == Money::fromEuros(2'400));
    CHECK(now.available == std::optional(Money::fromEuros(7'600)));

    // A partial delivery: the first line.
    s.setDay("2026-11-25");
    const Delivery first = s.deliver(order.id, {{1, Quantity::units(10)}});
    CHECK(first.number == "BL000001");
    CHECK(first.date == date("2026-11-25"));
    CHECK(OrderService(s.ws()).byId(order.id)->status == OrderStatus::PartlyDelivered);
    now = s.check();
    CHECK(now.exposure.openOrders == Money::fromEuros(1'200));
    CHECK(now.exposure.deliveredNotInvoiced == Money::fromEuros(1'200));
    CHECK(now.exposure.receivables == Money());
    CHECK(now.exposure.total == Money::fromEuros(2'400));

    // The rest.
    s.setDay("2026-11-27");
    const Delivery second = s.deliver(order.id);
    CHECK(second.number == "BL000002");
    REQUIRE(second.lines.size() == 1);
    CHECK(second.lines[0] == DeliveryLine{2, Quantity::units(5)});
    CHECK(OrderService(s.ws()).byId(order.id)->status == OrderStatus::Delivered);
    now = s.check();
    CHECK(now.exposure.openOrders == Money());
    CHECK(now.exposure.deliveredNotInvoiced == Money::fromEuros(2'400));
    // Nothing remains to deliver.
    DeliveryRequest more;
    more.orderId = order.id;
    CHECK_FALSE(DeliveryService(s.ws()).deliver(more, {}).ok());
    CHECK(s.last("delivery") == 2);

    const auto toInvoice = DeliveryService(s.ws()).toInvoice(s.client);
    REQUIRE(toInvoice.size() == 2);
    CHECK(toInvoice[0].number == "BL000001");

    // One invoice for both deliveries of the order.
    s.setDay("2026-11-30");
    InvoiceService invoices(s.ws());
    const Invoice invoice = valid(invoices.invoiceDeliveries({QStringLiteral("BL000001"), QStringLiteral("bl000002")}));
    CHECK(invoice.number == "FA000001");
    CHECK(invoice.kind == InvoiceKind::Invoice);
    CHECK(invoice.clientId == s.client);
    CHECK(invoice.issueDate == date("2026-11-30"));
    // 45 days end of month: end of November, then 45 days.
    CHECK(invoice.terms.label() == "45 jours fin de mois");
    CHECK(invoice.dueDate == date("2027-01-14"));
    CHECK(invoice.deliveryDate == std::optional(date("2026-11-27")));
    CHECK(invoice.totals.net == Money::fromEuros(2'000));
    CHECK(invoice.totals.vat == Money::fromEuros(400));
    CHECK(invoice.totals.gross == Money::fromEuros(2'400));
    CHECK(invoice.lines.size() == 2);
    CHECK(invoice.orderNumbers == std::vector<std::string>{"CMD000001"});
    CHECK(invoice.deliveryNumbers == std::vector<std::string>{"BL000001", "BL000002"});
    CHECK(invoice.clientReference == "BC-2026-042");
    CHECK(s.last("invoice") == 1);

    const auto entry = pc::store::LedgerRepository(s.t->db()).entryOfInvoice(invoice.id);
    REQUIRE(entry);
    CHECK(entry->kind == pc::receivables::EntryKind::Invoice);
    CHECK(entry->piece == "FA000001");
    CHECK(entry->debit == invoice.totals.gross);
    CHECK(entry->credit == Money());
    CHECK(entry->date == date("2026-11-30"));
    CHECK(entry->dueDate == std::optional(date("2027-01-14")));
    CHECK(invoices.openAmount(invoice) == Money::fromEuros(2'400));

    CHECK(OrderService(s.ws()).byId(order.id)->status == OrderStatus::Invoiced);
    CHECK(DeliveryService(s.ws()).toInvoice(s.client).empty());
    const Delivery invoiced = valid(DeliveryService(s.ws()).find(QStringLiteral("BL000001")));
    CHECK(invoiced.invoiceId == std::optional<std::int64_t>(invoice.id));
    CHECK(invoiced.invoicedOn == std::optional(date("2026-11-30")));
    const auto posted = valid(invoices.find(QStringLiteral("FA000001")));
    CHECK(posted.invoice.totals == invoice.totals);
    CHECK(posted.invoice.deliveryNumbers == invoice.deliveryNumbers);

    now = s.check();
    CHECK(now.exposure.openOrders == Money());
    CHECK(now.exposure.deliveredNotInvoiced == Money());
    CHECK(now.exposure.receivables == Money::fromEuros(2'400));
    CHECK(now.exposure.total == Money::fromEuros(2'400));

    // The same history replayed as of earlier days.
    const CreditCheckResult before = s.check(date("2026-11-22"));
    CHECK(before.exposure.total == Money());
    CHECK(before.exposure.openOrders == Money());
    CHECK(before.exposure.receivables == Money());
    const CreditCheckResult partly = s.check(date("2026-11-26"));
    CHECK(partly.exposure.openOrders == Money::fromEuros(1'200));
    CHECK(partly.exposure.deliveredNotInvoiced == Money::fromEuros(1'200));
    CHECK(partly.exposure.receivables == Money());
    const CreditCheckResult delivered = s.check(date("2026-11-29"));
    CHECK(delivered.exposure.openOrders == Money());
    CHECK(delivered.exposure.deliveredNotInvoiced == Money::fromEuros(2'400));
    CHECK(delivered.exposure.receivables == Money());
    // Overdue once the due date has passed.
    const CreditCheckResult late = s.check(date("2027-01-20"));
    CHECK(late.overdue == Money::fromEuros(2'400));
    CHECK(late.oldestOverdueDays == 6);
}

TEST_CASE("an invoice covers uninvoiced deliveries of one client and is dated in order", "[app][sales][invoices]")
{
    Sales s;
    const qint64 other = s.activeClient("71234567", "Boulangerie Martin");
    const Delivery ours = s.deliver(s.confirmedOrder().id);
    const Delivery theirs = s.deliver(s.confirmedOrder(other).id);
    const Delivery ours2 = s.deliver(s.confirmedOrder().id);
    InvoiceService invoices(s.ws());
    const auto number = [](const Delivery& d) { return QString::fromStdString(d.number); };

    const auto mixed = invoices.invoiceDeliveries({number(ours), number(theirs)});
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().code == ErrorCode::NotSameClient);
    CHECK(s.last("invoice") == 0);
    CHECK(s.count("invoices") == 0);

    CHECK(invoices.invoiceDeliveries({}).error().code == ErrorCode::MissingField);
    CHECK(invoices.invoiceDeliveries({QStringLiteral("BL999999")}).error().code == ErrorCode::NotFound);
    CHECK(invoices.invoiceDeliveries({number(ours), number(ours)}).error().code == ErrorCode::AlreadyExists);

    s.setDay("2026-11-25");
    CHECK(valid(invoices.invoiceDeliveries({number(ours)})).number == "FA000001");
    const auto again = invoices.invoiceDeliveries({number(ours2), number(ours)});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::AlreadyExists);
    // The other delivery of the refused invoice is still to invoice.
    CHECK(DeliveryService(s.ws()).toInvoice(s.client).size() == 1);

    const auto early = invoices.invoiceDeliveries({number(theirs)}, date("2026-11-24"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::DateTooEarly);
    CHECK(s.last("invoice") == 1);
    CHECK(s.count("invoices") == 1);
    // The same day as the last one is fine.
    const Invoice sameDay = valid(invoices.invoiceDeliveries({number(theirs)}, date("2026-11-25")));
    CHECK(sameDay.number == "FA000002");
    CHECK(sameDay.clientId == other);
    CHECK(valid(invoices.invoiceDeliveries({number(ours2)})).number == "FA000003");
}

TEST_CASE("no invoice without the seller's identity", "[app][sales][invoices]")
{
    Sales s;
    const Delivery d = s.deliver(s.confirmedOrder().id);
    SellerIdentity incomplete = seller();
    incomplete.siren.reset();
    REQUIRE(SharedSettings(s.ws()).setSeller(incomplete).ok());
    const auto refused = InvoiceService(s.ws()).invoiceDeliveries({QString::fromStdString(d.number)});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::MissingField);
    CHECK(refused.error().where.field == "seller.siren");
    CHECK(s.last("invoice") == 0);
    CHECK(DeliveryService(s.ws()).toInvoice(s.client).size() == 1);

    incomplete = seller();
    incomplete.address.city.clear();
    REQUIRE(SharedSettings(s.ws()).setSeller(incomplete).ok());
    CHECK(InvoiceService(s.ws()).invoiceDeliveries({QString::fromStdString(d.number)}).error().where.field
          == "seller.address");

    REQUIRE(SharedSettings(s.ws()).setSeller(seller()).ok());
    CHECK(valid(InvoiceService(s.ws()).invoiceDeliveries({QString::fromStdString(d.number)})).number == "FA000001");
}

TEST_CASE("an invoice that fails after taking its number leaves no gap", "[app][sales][invoices]")
{
    Sales s;
    const Order order = s.confirmedOrder();
    const Delivery first = s.deliver(order.id, {{1, Quantity::units(10)}});
    const Delivery second = s.deliver(order.id);
    const QStringList numbers{QString::fromStdString(first.number), QString::fromStdString(second.number)};
    const auto auditedBefore = pc::store::AuditLog(s.t->db()).recent().size();

    // The ledger refuses the entry: the invoice row and its number are already written.
    s.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON ledger_entries BEGIN SELECT RAISE(ABORT, 'boom'); END"));
    const auto failed = InvoiceService(s.ws()).invoiceDeliveries(numbers);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::StoreError);
    CHECK(s.last("invoice") == 0);
    CHECK(s.count("invoices") == 0);
    CHECK(s.count("invoice_lines") == 0);
    CHECK(s.count("ledger_entries") == 0);
    CHECK_FALSE(InvoiceService(s.ws()).find(QStringLiteral("FA000001")).ok());
    CHECK(DeliveryService(s.ws()).toInvoice(s.client).size() == 2);
    CHECK(OrderService(s.ws()).byId(order.id)->status == OrderStatus::Delivered);
    CHECK(pc::store::AuditLog(s.t->db()).recent().size() == auditedBefore);

    s.exec(QStringLiteral("DROP TRIGGER boom"));
    const Invoice invoice = valid(InvoiceService(s.ws()).invoiceDeliveries(numbers));
    CHECK(invoice.number == "FA000001");
    CHECK(s.last("invoice") == 1);
    CHECK(DeliveryService(s.ws()).toInvoice(s.client).empty());
}

TEST_CASE("credit notes take back part or all of what remains of an invoice", "[app][sales][credit-notes]")
{
    Sales s;
    const Delivery d = s.deliver(s.confirmedOrder().id);
    InvoiceService invoices(s.ws());
    s.setDay("2026-11-30");
    const Invoice invoice = valid(invoices.invoiceDeliveries({QString::fromStdString(d.number)}));
    REQUIRE(invoice.totals.gross == Money::fromEuros(2'400));

    s.setDay("2026-12-05");
    CHECK(invoices.creditNote(QStringLiteral("FA000001"), Money::fromEuros(300), QStringLiteral(" ")).error().code
          == ErrorCode::ReasonRequired);
    CHECK(invoices.creditNote(QStringLiteral("FA000009"), Money::fromEuros(300), QStringLiteral("x")).error().code
          == ErrorCode::NotFound);

    const Invoice partial =
        valid(invoices.creditNote(QStringLiteral("FA000001"), Money::fromCents(30'012), QStringLiteral("Remise casse")));
    CHECK(partial.number == "FA000002");
    CHECK(partial.kind == InvoiceKind::CreditNote);
    CHECK(partial.creditedInvoice == "FA000001");
    CHECK(partial.reason == "Remise casse");
    CHECK(partial.issueDate == date("2026-12-05"));
    CHECK(partial.totals.gross == Money::fromCents(30'012));
    CHECK(invoices.openAmount(invoice) == Money::fromCents(240'000 - 30'012));
    CHECK(s.check().exposure.receivables == Money::fromCents(240'000 - 30'012));
    const auto noteEntry = pc::store::LedgerRepository(s.t->db()).entryOfInvoice(partial.id);
    REQUIRE(noteEntry);
    CHECK(noteEntry->kind == pc::receivables::EntryKind::CreditNote);
    CHECK(noteEntry->credit == Money::fromCents(30'012));

    // More than what remains.
    const auto tooMuch =
        invoices.creditNote(QStringLiteral("FA000001"), Money::fromCents(240'000 - 30'012 + 1), QStringLiteral("x"));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().code == ErrorCode::TotalMismatch);
    CHECK(s.last("invoice") == 2);
    // A credit note is not credited.
    CHECK(invoices.creditNote(QStringLiteral("FA000002"), std::nullopt, QStringLiteral("x")).error().code
          == ErrorCode::InvalidTransition);
    // Nor dated before the last document.
    CHECK(invoices.creditNote(QStringLiteral("FA000001"), Money::fromEuros(1), QStringLiteral("x"), date("2026-12-01"))
              .error()
              .code
          == ErrorCode::DateTooEarly);

    // "All of it" after a partial credit note: the rest.
    const Invoice rest = valid(invoices.creditNote(QStringLiteral("FA000001"), std::nullopt, QStringLiteral("Annulation")));
    CHECK(rest.number == "FA000003");
    CHECK(rest.totals.gross == Money::fromCents(240'000 - 30'012));
    CHECK(invoices.openAmount(invoice) == Money());
    CHECK(pc::store::InvoiceRepository(s.t->db()).creditedTotal(invoice.id) == Money::fromEuros(2'400));
    CHECK(s.check().exposure.receivables == Money());
    CHECK(s.check().exposure.total == Money());
    const auto nothingLeft = invoices.creditNote(QStringLiteral("FA000001"), std::nullopt, QStringLiteral("x"));
    REQUIRE_FALSE(nothingLeft.ok());
    CHECK(nothingLeft.error().code == ErrorCode::TotalMismatch);
    CHECK(s.last("invoice") == 3);
}

TEST_CASE("a full credit note cancels the whole invoice line by line", "[app][sales][credit-notes]")
{
    Sales s;
    const Delivery d = s.deliver(s.confirmedOrder().id);
    InvoiceService invoices(s.ws());
    const Invoice invoice = valid(invoices.invoiceDeliveries({QString::fromStdString(d.number)}));
    const Invoice note = valid(invoices.creditNote(QStringLiteral("FA000001"), std::nullopt, QStringLiteral("Erreur")));
    CHECK(note.lines.size() == invoice.lines.size());
    CHECK(note.totals == invoice.totals);
    CHECK(invoices.openAmount(invoice) == Money());
}

TEST_CASE("a deposit counts in the exposure and is then set against the order's invoice", "[app][sales][deposits]")
{
    Sales s;
    OrderService orders(s.ws());
    const Order order = s.confirmedOrder();
    CHECK(orders.recordDeposit(order.id, Money()).error().code == ErrorCode::InvalidNumber);
    CHECK(orders.recordDeposit(order.id + 100, Money::fromEuros(1)).error().code == ErrorCode::NotFound);

    s.setDay("2026-11-24");
    REQUIRE(orders.recordDeposit(order.id, Money::fromEuros(500)).ok());
    CHECK(orders.depositsOf(order.id) == Money::fromEuros(500));
    CreditCheckResult now = s.check();
    CHECK(now.exposure.deposits == Money::fromEuros(500));
    CHECK(now.exposure.openOrders == Money::fromEuros(2'400));
    CHECK(now.exposure.receivables == Money());
    CHECK(now.exposure.total == Money::fromEuros(1'900));
    CHECK(s.check(date("2026-11-23")).exposure.deposits == Money());

    s.setDay("2026-11-25");
    const Delivery d = s.deliver(order.id);
    CHECK(s.check().exposure.deposits == Money::fromEuros(500));
    CHECK(s.check().exposure.total == Money::fromEuros(1'900));

    s.setDay("2026-11-30");
    InvoiceService invoices(s.ws());
    const Invoice invoice = valid(invoices.invoiceDeliveries({QString::fromStdString(d.number)}));
    CHECK(invoice.totals.gross == Money::fromEuros(2'400));
    CHECK(invoices.openAmount(invoice) == Money::fromEuros(1'900));
    now = s.check();
    CHECK(now.exposure.deposits == Money());
    CHECK(now.exposure.receivables == Money::fromEuros(1'900));
    CHECK(now.exposure.total == Money::fromEuros(1'900));
    // Before the invoice, the deposit was still open.
    CHECK(s.check(date("2026-11-29")).exposure.deposits == Money::fromEuros(500));
    // An invoiced order takes no more deposits.
    CHECK(orders.recordDeposit(order.id, Money::fromEuros(1)).error().code == ErrorCode::InvalidTransition);
    // The invoice deducts the deposit and says what is left to pay.
    CHECK(invoice.depositsApplied == Money::fromEuros(500));
    const QString html = valid(invoices.html(QString::fromStdString(invoice.number)));
    CHECK(html.contains(QStringLiteral("Acompte reçu")));
    CHECK(html.contains(QStringLiteral("Net à payer")));
}

TEST_CASE("a deposit given with a new order is written with it, or nothing is", "[app][sales][deposits]")
{
    Sales s;
    OrderDraft draft = s.draft({line("Palette de sacs kraft", 10, 10'000)});
    draft.deposit = Money::fromEuros(300);
    const OrderOutcome added = valid(OrderService(s.ws()).add(draft, true));
    CHECK(OrderService(s.ws()).depositsOf(added.order.id) == Money::fromEuros(300));

    draft.deposit = Money::fromCents(-1);
    const auto refused = OrderService(s.ws()).add(draft, true);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidNumber);
    CHECK(OrderService(s.ws()).ordersOf(s.client).size() == 1);
}

TEST_CASE("invoices are dated neither ahead of today nor before what they invoice", "[app][sales][invoices]")
{
    Sales s;
    s.setDay("2026-11-25");
    const Delivery d = s.deliver(s.confirmedOrder().id);
    InvoiceService invoices(s.ws());
    const QStringList numbers{QString::fromStdString(d.number)};
    const auto ahead = invoices.invoiceDeliveries(numbers, date("2062-11-25"));
    REQUIRE_FALSE(ahead.ok());
    CHECK(ahead.error().code == ErrorCode::DateTooLate);
    const auto before = invoices.invoiceDeliveries(numbers, date("2026-11-24"));
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().code == ErrorCode::DateTooEarly);
    const Invoice invoice = valid(invoices.invoiceDeliveries(numbers));
    const auto note = invoices.creditNote(QString::fromStdString(invoice.number), Money::fromEuros(10),
                                          QStringLiteral("remise"), date("2026-11-20"));
    REQUIRE_FALSE(note.ok());
    CHECK(note.error().code == ErrorCode::DateTooEarly);
    const Invoice credit = valid(invoices.creditNote(QString::fromStdString(invoice.number), Money::fromEuros(10),
                                                     QStringLiteral("remise")));
    // What a credit note has not settled is owed to the client: here it all settled the invoice.
    CHECK(invoices.openAmount(credit) == Money());
    CHECK(invoices.openAmount(invoice) == invoice.totals.gross - Money::fromEuros(10));
}

TEST_CASE("a posted invoice prints the buyer and seller as they were", "[app][sales][invoices]")
{
    Sales s;
    const Delivery d = s.deliver(s.confirmedOrder().id);
    InvoiceService invoices(s.ws());
    REQUIRE(invoices.invoiceDeliveries({QString::fromStdString(d.number)}).ok());

    ClientFile renamed = *ClientService(s.ws()).byId(s.client);
    renamed.company.name = "Forez Industrie Nouvelle";
    REQUIRE(ClientService(s.ws()).update(renamed).ok());
    REQUIRE(ClientService(s.ws()).byId(s.client)->company.name == "Forez Industrie Nouvelle");
    REQUIRE(SharedSettings(s.ws()).set(QStringLiteral("seller.name"), QStringLiteral("Emballages Nouveaux")).ok());

    const QString html = valid(invoices.html(QStringLiteral("FA000001")));
    CHECK(html.contains(QStringLiteral("Ateliers du Forez")));
    CHECK_FALSE(html.contains(QStringLiteral("Forez Industrie Nouvelle")));
    CHECK(html.contains(QStringLiteral("Durand Emballages")));
    CHECK_FALSE(html.contains(QStringLiteral("Emballages Nouveaux")));
    CHECK(html.contains(QStringLiteral("FA000001")));
    CHECK(html.contains(QStringLiteral("443")));
}

TEST_CASE("shared settings are set key by key and a bad value names its key", "[app][sales][settings]")
{
    TempWorkspace t;
    SharedSettings settings(t.ws());
    const auto refused = [&](const char* key, const char* value) {
        const Status status = settings.set(QString::fromLatin1(key), QString::fromUtf8(value));
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().where.field == key);
        return status.error().code;
    };
    const auto set = [&](const char* key, const char* value) {
        const Status status = settings.set(QString::fromLatin1(key), QString::fromUtf8(value));
        INFO(key << " = " << value);
        REQUIRE(status.ok());
    };

    // Every key listed can be set; unknown keys are refused.
    CHECK(SharedSettings::keys().contains(QStringLiteral("seller.siren")));
    CHECK(SharedSettings::keys().contains(QStringLiteral("check.tolerance")));
    CHECK(SharedSettings::keys().contains(QStringLiteral("check.override_users")));
    const Status unknown = settings.set(QStringLiteral("seller.shoe_size"), QStringLiteral("42"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::UnknownField);

    SECTION("the seller")
    {
        set("seller.name", "  Durand Emballages ");
        set("seller.legal_form", "SAS");
        set("seller.share_capital", "250 000 €");
        set("seller.rcs", "RCS Lyon");
        set("seller.siren", "443 061 841");
        set("seller.address.line1", "18 rue de l'Industrie");
        set("seller.address.postal_code", "69007");
        set("seller.address.city", "Lyon");
        set("seller.iban", "FR76 3000 6000 0112 3456 7890 189");
        set("seller.bic", "AGRIFRPP");
        set("seller.nature", "services");
        set("seller.penalty_rate", "12,5");
        set("seller.discount_rate", "");
        set("seller.vat_on_debits", "oui");
        const SellerIdentity s = settings.seller();
        CHECK(s.name == "Durand Emballages");
        CHECK(s.siren->str() == "443061841");
        CHECK(s.address.city == "Lyon");
        CHECK(s.iban);
        CHECK(s.bic);
        CHECK(s.nature == OperationNature::Services);
        CHECK(s.penaltyRate == std::optional(Rate::fromBasisPoints(1'250)));
        CHECK_FALSE(s.earlyPaymentDiscount);
        CHECK(s.vatOnDebits);
        CHECK_FALSE(missingSellerMention(s));
        // The VAT number follows from the SIREN: key (12 + 3 × (SIREN mod 97)) mod 97.
        CHECK(settings.toJson()["seller"]["vat_number"] == "FR64443061841");

        // Bad values leave the seller as it was.
        CHECK(refused("seller.siren", "443061842") != ErrorCode::UnknownField);
        refused("seller.iban", "FR76 3000 6000 0112 3456 7890 188");
        refused("seller.bic", "XX");
        CHECK(refused("seller.nature", "goods and more") == ErrorCode::UnknownValue);
        refused("seller.penalty_rate", "douze");
        CHECK(refused("seller.vat_on_debits", "peut-être") == ErrorCode::UnknownValue);
        CHECK(settings.seller().siren->str() == "443061841");
        CHECK(settings.seller().nature == OperationNature::Services);
        // An empty optional value clears it.
        set("seller.penalty_rate", " ");
        CHECK_FALSE(settings.seller().penaltyRate);
    }

    SECTION("the credit check")
    {
        set("check.include_receivables", "oui");
        set("check.include_delivered_not_invoiced", "false");
        set("check.include_open_orders", "non");
        set("check.include_deposits", "0");
        set("check.tolerance", "10");
        set("check.overdue_threshold", "1 500,00");
        set("check.overdue_days", "45");
        set("check.disputes_block", "yes");
        set("check.minimum_class", "c");
        const auto p = settings.checkPolicy();
        CHECK(p.include.receivables);
        CHECK_FALSE(p.include.deliveredNotInvoiced);
        CHECK_FALSE(p.include.openOrders);
        CHECK_FALSE(p.include.deposits);
        CHECK(p.limitTolerance == Rate::fromBasisPoints(1'000));
        CHECK(p.overdueAmountThreshold == Money::fromEuros(1'500));
        CHECK(p.overdueDaysLimit == 45);
        CHECK(p.disputesBlock);
        CHECK(p.minimumClass == 'C');

        CHECK(refused("check.include_open_orders", "peut-être") == ErrorCode::UnknownValue);
        refused("check.tolerance", "-1");
        refused("check.tolerance", "beaucoup");
        refused("check.overdue_threshold", "-5");
        refused("check.overdue_threshold", "abc");
        CHECK(refused("check.overdue_days", "-1") == ErrorCode::InvalidNumber);
        CHECK(refused("check.overdue_days", "trente") == ErrorCode::InvalidNumber);
        CHECK(refused("check.minimum_class", "F") == ErrorCode::UnknownValue);
        CHECK(refused("check.minimum_class", "AB") == ErrorCode::UnknownValue);
        // Unchanged by the refusals.
        CHECK(settings.checkPolicy().limitTolerance == Rate::fromBasisPoints(1'000));
        CHECK(settings.checkPolicy().overdueDaysLimit == 45);
        CHECK(settings.checkPolicy().minimumClass == 'C');
        CHECK(settings.toJson()["check"]["overdue_threshold_cents"] == 150'000);
        // The audit log keeps each change.
        CHECK(pc::store::AuditLog(t->db()).recent().front().action == QStringLiteral("settings.credit_check"));
    }

    SECTION("who may override")
    {
        CHECK(settings.mayOverride(QStringLiteral("anyone")));
        set("check.override_users", "d.martin, c.roux,,");
        CHECK(settings.overrideUsers() == QStringList{QStringLiteral("d.martin"), QStringLiteral("c.roux")});
        CHECK(settings.mayOverride(QStringLiteral("D.Martin")));
        CHECK_FALSE(settings.mayOverride(QStringLiteral("tester")));
        CHECK(settings.toJson()["check"]["override_users"].size() == 2);
        set("check.override_users", "");
        CHECK(settings.overrideUsers().isEmpty());
        CHECK(settings.mayOverride(QStringLiteral("tester")));
    }
}

TEST_CASE("the JSON of a credit check has the documented keys", "[app][sales][json]")
{
    Sales s;
    REQUIRE(OrderService(s.ws()).add(s.draft({line("Prestation", 1, 1'100'000, 0)}), true, {false, QStringLiteral("ok")})
                .ok());
    const CreditCheckOutcome outcome = valid(CreditCheckService(s.ws()).check(s.client, Money::fromEuros(100)));
    const nlohmann::json j = toJson(outcome);
    CHECK(j["decision"] == "BLOCK");
    REQUIRE(j["reasons"].is_array());
    REQUIRE_FALSE(j["reasons"].empty());
    bool limitExceeded = false;
    for (const auto& reason : j["reasons"]) {
        CHECK(reason["code"].is_string());
        CHECK(reason["message"].is_string());
        CHECK_FALSE(reason["message"].get<std::string>().empty());
        limitExceeded = limitExceeded || reason["code"] == "limit_exceeded";
    }
    CHECK(limitExceeded);
    CHECK(j["reasons"][0]["code"] == "limit_exceeded");
    const auto& e = j["exposure_cents"];
    REQUIRE(e.is_object());
    CHECK(e["receivables"] == 0);
    CHECK(e["delivered_not_invoiced"] == 0);
    CHECK(e["open_orders"] == 1'100'000);
    CHECK(e["deposits"] == 0);
    CHECK(e["total"] == 1'100'000);
    CHECK(j["limit_cents"] == 1'000'000);
    CHECK(j["available_cents"] == -100'000);
    CHECK(j["overdue_cents"] == 0);
    CHECK(j["amount_cents"] == 10'000);
    CHECK(j["as_of"] == pc::test::testToday().toIso());

    // Without a limit, the limit and what is available are null.
    const qint64 prospect = valid(ClientService(s.ws()).create(pc::test::completeClient("51234567", "Prospect SA")));
    const nlohmann::json none = toJson(valid(CreditCheckService(s.ws()).check(prospect, Money())));
    CHECK(none["limit_cents"].is_null());
    CHECK(none["available_cents"].is_null());
    CHECK(none["decision"] == "BLOCK");
}
