#include "app/DemoSales.h"


#include "app/ClientService.h"
#include "app/CreditService.h"
#include "app/DeliveryService.h"
#include "app/DemoStatements.h"
#include "app/InvoiceService.h"
#include "app/LetteringService.h"
#include "app/OrderService.h"
#include "app/PaymentService.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "store/LedgerRepository.h"

#include <algorithm>
#include <array>
#include <map>
#include <random>

namespace pc::app {

using core::Date;
using core::Money;
using core::Status;

namespace {

struct Product {
    const char* description;
    std::int64_t priceCents;
    std::int64_t vatBp;
};

constexpr std::array<Product, 8> kCatalogue{{
    {"Palette de sacs kraft 50 L", 18'900, 2000},
    {"Carton double cannelure 60x40 (lot de 100)", 8'450, 2000},
    {"Film étirable 23 µ (rouleau)", 1'390, 2000},
    {"Farine T65 (sac de 25 kg)", 2'140, 550},
    {"Étiquettes thermiques (carton de 12 rouleaux)", 5'670, 2000},
    {"Maintenance préventive (heure)", 9'000, 2000},
    {"Livraison express", 4'500, 2000},
    {"Ouvrage technique", 3'800, 550},
}};

// A clock the demo moves forward, one event at a time.
class ReplayClock final : public Clock {
public:
    explicit ReplayClock(Date day) : m_day(day) {}
    Date today() const override { return m_day; }
    QDateTime now() const override { return FixedClock(m_day).now(); }
    void set(Date day) { m_day = day; }

private:
    Date m_day;
};

core::SellerIdentity demoSeller()
{
    core::SellerIdentity s;
    s.name = "Négoce Durand Emballages";
    s.legalForm = "SAS";
    s.shareCapital = "250 000 €";
    s.siren = *core::Siren::parse("443061841");
    s.rcsCity = "RCS Lyon";
    s.address = {"18 rue de l'Industrie", "", "69007", "Lyon", "FR"};
    s.iban = *core::Iban::parse("FR7630006000011234567890189");
    s.bic = *core::Bic::parse("AGRIFRPP");
    s.nature = core::OperationNature::Mixed;
    return s;
}

enum class EventKind { Limit, Order, BigOrder, Deliver, Invoice, Pay, CreditNote, Block };

struct Event {
    Date day;
    EventKind kind;
    qint64 client = 0;
    qint64 ref = 0; // the order or the invoice the event is about
};

struct ClientPlan {
    qint64 id = 0;
    int health = 50;
    Money limit;
};

class DemoHistory {
public:
    DemoHistory(Workspace& ws, std::shared_ptr<ReplayClock> clock, std::uint32_t seed)
        : m_ws(ws), m_clock(std::move(clock)), m_random(seed)
    {
    }

    Status run(const std::vector<ClientPlan>& clients, Date today)
    {
        const Date start = today.addDays(-150);
        for (std::size_t i = 0; i < clients.size(); ++i)
            plan(clients[i], start, today, i);
        // Events make later ones (an order its delivery, an invoice its payment), so
        // they are taken earliest first from a queue that grows as it is read.
        while (!m_events.empty() && m_events.begin()->first.day <= today) {
            const Event e = m_events.begin()->second;
            m_events.erase(m_events.begin());
            m_clock->set(e.day);
            if (auto status = play(e); !status)
                return status;
        }
        return {};
    }

private:
    // Same day: limits first, then orders, deliveries, invoices, payments; then in the
    // order they were scheduled, so that the history does not depend on map internals.
    struct EventKey {
        Date day;
        int kind;
        int sequence;
        auto operator<=>(const EventKey&) const = default;
    };

    void schedule(Event e) { m_events.emplace(EventKey{e.day, static_cast<int>(e.kind), ++m_sequence}, e); }

    int draw(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

    // Every tenth client from the second on tells one story the credit manager must
    // see: an order let through beyond the limit, an account blocked after repeated
    // delays, a client paying two months late.
    void plan(ClientPlan c, Date start, Date today, std::size_t index)
    {
        if (index % 10 == 3)
            c.health = 20;
        m_plans[c.id] = c;
        if (index % 10 == 1)
            schedule({today.addDays(-12), EventKind::BigOrder, c.id});
        if (index % 10 == 2)
            schedule({today.addDays(-4), EventKind::Block, c.id});
        schedule({start, EventKind::Limit, c.id});
        for (Date day = start.addDays(draw(3, 20)); day < today.addDays(-2); day = day.addDays(draw(18, 40)))
            schedule({day, EventKind::Order, c.id});
    }

    Status play(const Event& e)
    {
        switch (e.kind) {
        case EventKind::Limit: return setLimit(e);
        case EventKind::Order: return order(e);
        case EventKind::BigOrder: return bigOrder(e);
        case EventKind::Deliver: return deliver(e);
        case EventKind::Invoice: return invoice(e);
        case EventKind::Pay: return pay(e);
        case EventKind::CreditNote: return creditNote(e);
        case EventKind::Block:
            return ClientService(m_ws).changeStatus(e.client, core::AccountStatus::Blocked,
                                                    QStringLiteral("Retards de paiement répétés (démo)"));
        }
        return {};
    }

    Status setLimit(const Event& e)
    {
        const ClientPlan& c = m_plans[e.client];
        // One limit in six is past its review date by now, as in a real portfolio.
        const int review = draw(0, 5) == 0 ? 120 : 330;
        return CreditService(m_ws).setLimit(e.client, {c.limit, QStringLiteral("Démo"),
                                                       QStringLiteral("Limite initiale du portefeuille de démonstration"),
                                                       e.day.addDays(review)});
    }

    std::vector<core::DocumentLine> drawLines(const ClientPlan& c)
    {
        std::vector<core::DocumentLine> lines;
        const int count = draw(1, 3);
        // Orders are sized on the limit: a few reach beyond it.
        const std::int64_t budget = std::max<std::int64_t>(c.limit.cents() / draw(3, 8), 50'000);
        for (int i = 0; i < count; ++i) {
            const Product& p = kCatalogue[static_cast<std::size_t>(draw(0, kCatalogue.size() - 1))];
            const std::int64_t units = std::clamp<std::int64_t>(budget / count / p.priceCents, 1, 400);
            lines.push_back({p.description, core::Quantity::units(units), Money::fromCents(p.priceCents),
                             core::Rate::fromBasisPoints(p.vatBp)});
        }
        return lines;
    }

    Status order(const Event& e)
    {
        const ClientPlan& c = m_plans[e.client];
        OrderDraft draft;
        draft.clientId = e.client;
        draft.clientReference = "BC-" + std::to_string(e.day.year()) + "-" + std::to_string(draw(100, 999));
        draft.lines = drawLines(c);
        // A credit manager lets a few blocked orders through, with a reason.
        const CheckApproval approval{true, draw(0, 3) == 0 ? QStringLiteral("Client historique, accord du directeur commercial")
                                                           : QString()};
        auto outcome = OrderService(m_ws).add(draft, true, approval);
        if (!outcome)
            return isRefusal(outcome.error()) ? Status() : Status(outcome.error());
        const core::Date today = m_ws.clock().today();
        if (c.health < 40 && draw(0, 2) == 0)
            if (auto deposit = OrderService(m_ws).recordDeposit(outcome->order.id, outcome->order.totals().gross.scaled(3, 10, core::Rounding::Down));
                !deposit)
                return deposit.error();
        schedule({today.addDays(draw(2, 8)), EventKind::Deliver, e.client, outcome->order.id});
        return {};
    }

    Status bigOrder(const Event& e)
    {
        const ClientPlan& c = m_plans[e.client];
        OrderDraft draft;
        draft.clientId = e.client;
        draft.clientReference = "BC-URGENT-" + std::to_string(draw(100, 999));
        const Product& p = kCatalogue[0];
        draft.lines.push_back({p.description, core::Quantity::units(std::max<std::int64_t>(c.limit.cents() / p.priceCents, 1)),
                               Money::fromCents(p.priceCents), core::Rate::fromBasisPoints(p.vatBp)});
        auto outcome = OrderService(m_ws).add(
            draft, true, {true, QStringLiteral("Commande stratégique validée par la direction (démo)")});
        return outcome ? Status() : Status(outcome.error());
    }

    static bool isRefusal(const core::Error& error)
    {
        return error.code == core::ErrorCode::CreditBlocked || error.code == core::ErrorCode::AccountNotActive ||
               error.code == core::ErrorCode::NotAllowed;
    }

    Status deliver(const Event& e)
    {
        DeliveryRequest request;
        request.orderId = e.ref;
        auto order = OrderService(m_ws).byId(e.ref);
        if (!order || (order->status != core::OrderStatus::Confirmed && order->status != core::OrderStatus::PartlyDelivered))
            return {};
        // Big orders go out in two deliveries.
        if (order->status == core::OrderStatus::Confirmed && order->lines.size() > 1 && draw(0, 2) == 0)
            request.lines.push_back({order->lines.front().lineNo, order->lines.front().remaining()});
        request.signedOn = m_ws.clock().today().addDays(draw(0, 2));
        request.signatory = QStringLiteral("Réception marchandises");
        auto outcome = DeliveryService(m_ws).deliver(request, {true, QString()});
        if (!outcome)
            return isRefusal(outcome.error()) ? Status() : Status(outcome.error());
        schedule({m_ws.clock().today().addDays(draw(0, 3)), EventKind::Invoice, e.client});
        if (!request.lines.empty())
            schedule({m_ws.clock().today().addDays(draw(5, 12)), EventKind::Deliver, e.client, e.ref});
        return {};
    }

    Status invoice(const Event& e)
    {
        std::vector<core::Delivery> open = DeliveryService(m_ws).toInvoice(e.client);
        if (open.empty())
            return {};
        QStringList numbers;
        for (const core::Delivery& d : open)
            numbers << QString::fromStdString(d.number);
        auto invoice = InvoiceService(m_ws).invoiceDeliveries(numbers);
        if (!invoice)
            return invoice.error();
        const ClientPlan& c = m_plans[e.client];
        // Sound clients pay around the due date; fragile ones late, or not yet.
        const int delay = c.health >= 60 ? draw(-5, 6) : c.health >= 40 ? draw(0, 25) : draw(20, 90);
        const Date paid = invoice->dueDate.addDays(delay);
        m_invoices[invoice->number] = *invoice;
        schedule({std::max(paid, invoice->issueDate), EventKind::Pay, e.client,
                            invoice->id});
        if (draw(0, 14) == 0)
            schedule({invoice->issueDate.addDays(draw(3, 15)), EventKind::CreditNote, e.client,
                                invoice->id});
        return {};
    }

    Status creditNote(const Event& e)
    {
        for (const auto& [number, inv] : m_invoices)
            if (inv.id == e.ref) {
                auto note = InvoiceService(m_ws).creditNote(QString::fromStdString(number),
                                                            inv.totals.gross.scaled(1, 10, core::Rounding::Down),
                                                            QStringLiteral("Remise commerciale sur marchandise abîmée"));
                return note ? Status() : Status(note.error());
            }
        return {};
    }

    // The client pays the rest of the invoice by transfer, naming it in the remittance
    // information; the automatic lettering of that day letters it, as the accountant
    // would after importing the statement.
    Status pay(const Event& e)
    {
        store::LedgerRepository ledger(m_ws.db());
        auto entry = ledger.entryOfInvoice(e.ref);
        if (!entry)
            return {};
        const Date today = m_ws.clock().today();
        const Money open = receivables::openAmount(*entry, ledger.allocationsOf(e.client), today);
        if (!open.isPositive())
            return {};
        PaymentInput payment;
        payment.companyId = e.client;
        payment.date = today;
        payment.amount = open;
        payment.method = core::PaymentMethod::Transfer;
        payment.reference = "VIR-" + entry->piece;
        payment.label = "Virement reçu";
        payment.details.remittance = "Facture " + entry->piece;
        if (auto id = PaymentService(m_ws).record(payment); !id)
            return id.error();
        auto lettered = LetteringService(m_ws).letterAutomatically(e.client, today);
        return lettered ? Status() : Status(lettered.error());
    }

    Workspace& m_ws;
    std::shared_ptr<ReplayClock> m_clock;
    std::mt19937 m_random;
    std::map<EventKey, Event> m_events;
    int m_sequence = 0;
    std::map<qint64, ClientPlan> m_plans;
    std::map<std::string, core::Invoice> m_invoices;
};

} // namespace

Status installDemoSales(Workspace& ws, const std::vector<qint64>& activeClients, std::uint32_t seed)
{
    if (auto status = SharedSettings(ws).setSeller(demoSeller()); !status)
        return status;
    const Date today = ws.clock().today();
    std::vector<ClientPlan> plans;
    // Enough clients to show every case; the history of each costs a few credit checks.
    constexpr std::size_t kTradingClients = 40;
    for (qint64 id : activeClients) {
        if (plans.size() == kTradingClients)
            break;
        auto analysis = CreditService(ws).analyze(id);
        if (!analysis)
            continue;
        const int health = demoHealth(analysis->client, seed);
        // The credit manager follows the recommendation, with a floor for small clients.
        const Money limit = std::max(analysis->recommendation.limit, Money::fromEuros(5'000));
        plans.push_back({id, health, limit});
    }
    const std::shared_ptr<const Clock> previous = ws.sharedClock();
    auto clock = std::make_shared<ReplayClock>(today);
    ws.setClock(clock);
    const Status status = DemoHistory(ws, clock, seed).run(plans, today);
    ws.setClock(previous);
    return status;
}

} // namespace pc::app
