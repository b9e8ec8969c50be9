// order, check, deliver, delivery, invoice, credit-note, settings: stages 4 to 6 from
// the shell. A refusal of the credit check exits with 3 and lists its reasons.

#include "cli/Cli.h"

#include "app/CreditCheckService.h"
#include "app/DeliveryService.h"
#include "app/InvoiceService.h"
#include "app/Labels.h"
#include "app/OrderService.h"
#include "app/SalesJson.h"
#include "app/SalesLabels.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "io/OrderReader.h"

namespace pc::cli {

using nlohmann::json;
using namespace pc::core;

namespace {

bool isRefusal(ErrorCode code)
{
    return code == ErrorCode::CreditBlocked || code == ErrorCode::ConfirmationRequired ||
           code == ErrorCode::NotAllowed || code == ErrorCode::AccountNotActive;
}

QString money(Money amount)
{
    return app::Labels::money(amount);
}

} // namespace

int Cli::failSales(const Error& error, const risk::CreditCheckResult* check)
{
    const int code = fail(error);
    if (check)
        for (const risk::CheckReason& r : check->reasons)
            m_err << "  - [" << QString::fromLatin1(risk::toCode(r.severity).data()) << "] "
                  << QString::fromStdString(r.code) << QStringLiteral(" : ") << app::SalesLabels::reason(r) << '\n';
    return isRefusal(error.code) ? kExitRefused : code;
}

Result<std::optional<Date>> Cli::dateOption(const QString& name) const
{
    const QString text = m_args.option(name);
    if (text.isEmpty())
        return std::optional<Date>();
    auto date = Date::parse(text.toStdString());
    if (!date)
        return date.error().inField("--" + name.toStdString());
    return std::optional<Date>(*date);
}

app::CheckApproval Cli::approval() const
{
    // The shell cannot ask: warnings are accepted (and printed), a BLOCK needs the reason.
    return {true, m_args.option(QStringLiteral("override-reason"))};
}

void Cli::printCheck(const app::CreditCheckOutcome& outcome)
{
    const risk::CreditCheckResult& r = outcome.result;
    m_out << QString::fromStdString(outcome.client.company.name) << QStringLiteral(" — ")
          << app::SalesLabels::decision(r.decision) << " (" << QString::fromLatin1(risk::toCode(r.decision).data()) << ")\n";
    const auto row = [&](const QString& label, const QString& value) { m_out << "  " << padded(label, 34) << value << '\n'; };
    row(tr("Limite"), r.limit ? money(*r.limit) : tr("aucune"));
    row(tr("Créances ouvertes"), money(r.exposure.receivables));
    row(tr("Livré non facturé"), money(r.exposure.deliveredNotInvoiced));
    row(tr("Commandes en cours"), money(r.exposure.openOrders));
    row(tr("Acomptes reçus"), money(-r.exposure.deposits));
    row(tr("Encours total"), money(r.exposure.total));
    row(tr("Disponible"), r.available ? money(*r.available) : tr("—"));
    row(tr("Montant demandé"), money(r.amount));
    row(tr("Échu impayé"), money(r.overdue));
    row(tr("Classe de risque"), r.riskClass ? QString(QLatin1Char(*r.riskClass)) : tr("—"));
    row(tr("Litiges ouverts"), QString::number(r.openDisputes));
    for (const risk::CheckReason& reason : r.reasons)
        m_out << "  - [" << QString::fromLatin1(risk::toCode(reason.severity).data()) << "] "
              << app::SalesLabels::reason(reason) << '\n';
}

int Cli::runCheck()
{
    if (m_args.words.size() != 2)
        return failUsage(tr("check attend un SIREN, un SIRET ou un numéro de compte"));
    Money amount;
    if (const QString text = m_args.option(QStringLiteral("amount")); !text.isEmpty()) {
        auto parsed = Money::parse(text.toStdString());
        if (!parsed)
            return fail(parsed.error().inField("--amount"));
        if (parsed->isNegative())
            return fail(Error(ErrorCode::InvalidNumber, {text.toStdString()}).inField("--amount"));
        amount = *parsed;
    }
    auto client = findClient(m_args.word(1));
    if (!client)
        return fail(client.error());
    auto outcome = app::CreditCheckService(*m_ws).check(client->id, amount);
    if (!outcome)
        return fail(outcome.error());
    if (m_args.json)
        printJson(app::toJson(*outcome));
    else
        printCheck(*outcome);
    return kExitOk;
}

int Cli::runOrder()
{
    const QString sub = m_args.word(1);
    if (sub == QLatin1String("add"))
        return runOrderAdd();
    if (sub == QLatin1String("list"))
        return runOrderList();
    if (sub == QLatin1String("show") || sub == QLatin1String("confirm") || sub == QLatin1String("cancel") ||
        sub == QLatin1String("deposit") || sub == QLatin1String("pdf"))
        return runOrderAction(sub);
    return failUsage(tr("sous-commande de order inconnue : %1 (add, list, show, confirm, cancel, deposit, pdf)").arg(sub));
}

int Cli::runOrderAdd()
{
    if (m_args.words.size() != 3)
        return failUsage(tr("order add attend un fichier JSON"));
    auto file = io::readOrderFile(m_args.word(2));
    if (!file)
        return fail(file.error());
    auto client = findClient(QString::fromStdString(file->clientKey));
    if (!client)
        return fail(client.error().inField("siren"));
    app::OrderDraft draft;
    draft.clientId = client->id;
    draft.clientReference = file->clientReference;
    draft.orderDate = file->date;
    draft.lines = file->lines;
    if (!file->paymentTerms.empty())
        draft.terms = *PaymentTerms::parse(file->paymentTerms);
    draft.deliveryAddress = file->deliveryAddress;
    draft.note = file->note;
    draft.deposit = file->deposit;
    const bool confirm = !file->draft && !m_args.options.contains(QStringLiteral("draft"));
    app::OrderService orders(*m_ws);
    if (confirm) {
        // The check the order will meet, so that a refusal can say why.
        core::Order preview;
        preview.clientId = client->id;
        for (const DocumentLine& line : draft.lines)
            preview.lines.push_back({0, line, {}});
        auto check = app::CreditCheckService(*m_ws).checkOrder(preview);
        if (check) {
            if (auto status = app::CreditCheckService(*m_ws).approve(check->result, approval()); !status) {
                if (m_args.json)
                    printJson({{"created", false}, {"check", app::toJson(*check)}});
                return failSales(status.error(), &check->result);
            }
        }
    }
    auto outcome = orders.add(draft, confirm, approval());
    if (!outcome)
        return failSales(outcome.error());
    if (m_args.json) {
        json out = app::toJson(outcome->order);
        out["check"] = outcome->check ? app::toJson(*outcome->check) : json(nullptr);
        printJson(out);
        return kExitOk;
    }
    m_out << tr("Commande %1 enregistrée (%2), %3 TTC.")
                 .arg(QString::fromStdString(outcome->order.number),
                      app::SalesLabels::orderStatus(outcome->order.status), money(outcome->order.totals().gross))
          << '\n';
    if (outcome->check)
        printCheck(*outcome->check);
    return kExitOk;
}

int Cli::runOrderList()
{
    if (m_args.words.size() != 3)
        return failUsage(tr("order list attend un SIREN, un SIRET ou un numéro de compte"));
    auto client = findClient(m_args.word(2));
    if (!client)
        return fail(client.error());
    const auto orders = app::OrderService(*m_ws).ordersOf(client->id);
    if (m_args.json) {
        json list = json::array();
        for (const Order& o : orders)
            list.push_back(app::toJson(o));
        printJson(list);
        return kExitOk;
    }
    for (const Order& o : orders)
        m_out << padded(QString::fromStdString(o.number), 12) << padded(app::Labels::date(o.orderDate), 12)
              << padded(app::SalesLabels::orderStatus(o.status), 20) << padded(QString::fromStdString(o.clientReference), 20)
              << money(o.totals().gross) << '\n';
    return kExitOk;
}

int Cli::runOrderAction(const QString& action)
{
    const bool deposit = action == QLatin1String("deposit");
    if (m_args.words.size() != (deposit ? 4 : 3))
        return failUsage(deposit ? tr("order deposit attend un numéro de commande et un montant")
                                 : tr("order %1 attend un numéro de commande").arg(action));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    app::OrderService orders(*m_ws);
    auto order = orders.find(m_args.word(2));
    if (!order)
        return fail(order.error());
    if (action == QLatin1String("confirm")) {
        auto outcome = orders.confirm(order->id, approval());
        if (!outcome) {
            if (!isRefusal(outcome.error().code))
                return fail(outcome.error());
            // The draft is not in the exposure yet: this is the check it met.
            auto check = app::CreditCheckService(*m_ws).checkOrder(*order);
            if (m_args.json && check)
                printJson({{"confirmed", false}, {"check", app::toJson(*check)}});
            return failSales(outcome.error(), check ? &check->result : nullptr);
        }
        order = outcome->order;
    } else if (action == QLatin1String("cancel")) {
        if (auto status = orders.cancel(order->id, m_args.option(QStringLiteral("reason"))); !status)
            return fail(status.error());
        order = *orders.byId(order->id);
    } else if (deposit) {
        auto amount = Money::parse(m_args.word(3).toStdString());
        if (!amount)
            return fail(amount.error().inField("amount"));
        auto date = dateOption(QStringLiteral("date"));
        if (!date)
            return fail(date.error());
        if (auto id = orders.recordDeposit(order->id, *amount, *date); !id)
            return fail(id.error());
    } else if (action == QLatin1String("pdf")) {
        const QString out = m_args.option(QStringLiteral("out"));
        if (out.isEmpty())
            return failUsage(tr("order pdf attend --out FICHIER"));
        if (auto status = orders.writeConfirmationPdf(m_args.word(2), out); !status)
            return fail(status.error());
        m_out << tr("Confirmation de commande écrite dans %1").arg(out) << '\n';
        return kExitOk;
    }
    if (m_args.json) {
        json out = app::toJson(*order);
        out["deposits_cents"] = orders.depositsOf(order->id).cents();
        printJson(out);
        return kExitOk;
    }
    m_out << tr("Commande %1 : %2, %3 TTC, reste à livrer %4")
                 .arg(QString::fromStdString(order->number), app::SalesLabels::orderStatus(order->status),
                      money(order->totals().gross), money(order->remainingGross()))
          << '\n';
    for (const OrderLine& l : order->lines)
        m_out << "  " << l.lineNo << ". " << padded(QString::fromStdString(l.item.description), 40)
              << padded(app::SalesLabels::quantity(l.item.quantity), 10) << padded(money(l.item.unitPrice), 14)
              << tr("livré %1").arg(app::SalesLabels::quantity(l.delivered)) << '\n';
    return kExitOk;
}

Result<std::vector<DeliveryLine>> Cli::deliveryLines() const
{
    std::vector<DeliveryLine> lines;
    const QString text = m_args.option(QStringLiteral("lines"));
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char(':'));
        bool ok = false;
        const int lineNo = pair.value(0).trimmed().toInt(&ok);
        if (!ok || pair.size() != 2)
            return Error(ErrorCode::InvalidFormat, {part.toStdString()}).inField("--lines");
        auto quantity = Quantity::parse(pair.at(1).toStdString());
        if (!quantity)
            return quantity.error().inField("--lines");
        lines.push_back({lineNo, *quantity});
    }
    return lines;
}

int Cli::runDeliver()
{
    if (m_args.words.size() != 2)
        return failUsage(tr("deliver attend un numéro de commande"));
    auto lines = deliveryLines();
    if (!lines)
        return fail(lines.error());
    auto date = dateOption(QStringLiteral("date"));
    auto signedOn = dateOption(QStringLiteral("signed-on"));
    if (!date || !signedOn)
        return fail(!date ? date.error() : signedOn.error());
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto order = app::OrderService(*m_ws).find(m_args.word(1));
    if (!order)
        return fail(order.error());
    app::DeliveryRequest request{order->id, *date, *lines, *signedOn, m_args.option(QStringLiteral("signed-by"))};
    app::DeliveryService deliveries(*m_ws);
    auto preview = deliveries.preview(request);
    if (!preview)
        return fail(preview.error());
    auto outcome = deliveries.deliver(request, approval());
    if (!outcome) {
        if (m_args.json)
            printJson({{"delivered", false}, {"check", app::toJson(*preview)}});
        return failSales(outcome.error(), &preview->result);
    }
    if (m_args.json) {
        json out = app::toJson(outcome->delivery);
        out["order"] = order->number;
        out["check"] = app::toJson(outcome->check);
        printJson(out);
        return kExitOk;
    }
    m_out << tr("Bon de livraison %1 pour la commande %2.")
                 .arg(QString::fromStdString(outcome->delivery.number), QString::fromStdString(order->number))
          << '\n';
    printCheck(outcome->check);
    return kExitOk;
}

int Cli::runDelivery()
{
    const QString sub = m_args.word(1);
    if (sub == QLatin1String("sign")) {
        if (m_args.words.size() != 3)
            return failUsage(tr("delivery sign attend un numéro de bon de livraison"));
        auto on = dateOption(QStringLiteral("on"));
        if (!on)
            return fail(on.error());
        if (auto opened = openWorkspace(); !opened)
            return fail(opened.error());
        const Date day = on->value_or(m_ws->clock().today());
        if (auto status = app::DeliveryService(*m_ws).sign(m_args.word(2), day, m_args.option(QStringLiteral("by")));
            !status)
            return fail(status.error());
        m_out << tr("Bon de livraison %1 signé le %2.").arg(m_args.word(2).toUpper(), app::Labels::date(day)) << '\n';
        return kExitOk;
    }
    if (sub == QLatin1String("list")) {
        if (m_args.words.size() != 3)
            return failUsage(tr("delivery list attend un SIREN, un SIRET ou un numéro de compte"));
        auto client = findClient(m_args.word(2));
        if (!client)
            return fail(client.error());
        const auto list = app::DeliveryService(*m_ws).deliveriesOf(client->id);
        if (m_args.json) {
            json out = json::array();
            for (const Delivery& d : list)
                out.push_back(app::toJson(d));
            printJson(out);
            return kExitOk;
        }
        for (const Delivery& d : list)
            m_out << padded(QString::fromStdString(d.number), 12) << padded(app::Labels::date(d.date), 12)
                  << padded(d.invoicedOn ? tr("facturé") : tr("à facturer"), 14)
                  << (d.signedOn ? tr("signé par %1").arg(QString::fromStdString(d.signatory)) : tr("non signé")) << '\n';
        return kExitOk;
    }
    return failUsage(tr("sous-commande de delivery inconnue : %1 (sign, list)").arg(sub));
}

void Cli::printInvoice(const Invoice& inv)
{
    if (m_args.json) {
        printJson(app::toJson(inv));
        return;
    }
    m_out << tr("%1 %2 du %3, échéance %4 : %5 HT, %6 TVA, %7 TTC")
                 .arg(app::SalesLabels::invoiceKind(inv.kind), QString::fromStdString(inv.number),
                      app::Labels::date(inv.issueDate), app::Labels::date(inv.dueDate), money(inv.totals.net),
                      money(inv.totals.vat), money(inv.totals.gross))
          << '\n';
}

int Cli::runInvoice()
{
    const QString sub = m_args.word(1);
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    app::InvoiceService invoices(*m_ws);
    if (sub == QLatin1String("create")) {
        const QStringList numbers = m_args.option(QStringLiteral("deliveries")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (numbers.isEmpty())
            return failUsage(tr("invoice create attend --deliveries BL1,BL2"));
        auto date = dateOption(QStringLiteral("date"));
        if (!date)
            return fail(date.error());
        auto invoice = invoices.invoiceDeliveries(numbers, *date);
        if (!invoice)
            return fail(invoice.error());
        printInvoice(*invoice);
        return kExitOk;
    }
    if (sub == QLatin1String("show") || sub == QLatin1String("pdf")) {
        if (m_args.words.size() != 3)
            return failUsage(tr("invoice %1 attend un numéro de facture").arg(sub));
        if (sub == QLatin1String("pdf")) {
            const QString out = m_args.option(QStringLiteral("out"));
            if (out.isEmpty())
                return failUsage(tr("invoice pdf attend --out FICHIER"));
            if (auto status = invoices.writePdf(m_args.word(2), out); !status)
                return fail(status.error());
            m_out << tr("Facture écrite dans %1").arg(out) << '\n';
            return kExitOk;
        }
        auto found = invoices.find(m_args.word(2));
        if (!found)
            return fail(found.error());
        printInvoice(found->invoice);
        return kExitOk;
    }
    if (sub == QLatin1String("list")) {
        if (m_args.words.size() != 3)
            return failUsage(tr("invoice list attend un SIREN, un SIRET ou un numéro de compte"));
        auto client = findClient(m_args.word(2));
        if (!client)
            return fail(client.error());
        const auto list = invoices.invoicesOf(client->id);
        if (m_args.json) {
            json out = json::array();
            for (const Invoice& inv : list) {
                json item = app::toJson(inv);
                item["open_cents"] = invoices.openAmount(inv).cents();
                out.push_back(item);
            }
            printJson(out);
            return kExitOk;
        }
        for (const Invoice& inv : list)
            printInvoice(inv);
        return kExitOk;
    }
    return failUsage(tr("sous-commande de invoice inconnue : %1 (create, list, show, pdf)").arg(sub));
}

int Cli::runCreditNote()
{
    if (m_args.words.size() != 2)
        return failUsage(tr("credit-note attend un numéro de facture"));
    std::optional<Money> amount;
    if (const QString text = m_args.option(QStringLiteral("amount")); !text.isEmpty()) {
        auto parsed = Money::parse(text.toStdString());
        if (!parsed)
            return fail(parsed.error().inField("--amount"));
        amount = *parsed;
    }
    auto date = dateOption(QStringLiteral("date"));
    if (!date)
        return fail(date.error());
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto note = app::InvoiceService(*m_ws).creditNote(m_args.word(1), amount, m_args.option(QStringLiteral("reason")), *date);
    if (!note)
        return fail(note.error());
    printInvoice(*note);
    return kExitOk;
}

int Cli::runSettings()
{
    const QString sub = m_args.word(1);
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    app::SharedSettings settings(*m_ws);
    if (sub == QLatin1String("set")) {
        if (m_args.words.size() != 4)
            return failUsage(tr("settings set attend une clé et une valeur (%1)").arg(app::SharedSettings::keys().join(QStringLiteral(", "))));
        if (auto status = settings.set(m_args.word(2), m_args.word(3)); !status)
            return fail(status.error());
    } else if (sub != QLatin1String("show")) {
        return failUsage(tr("sous-commande de settings inconnue : %1 (show, set)").arg(sub));
    }
    m_out << QString::fromStdString(settings.toJson().dump(2)) << '\n';
    return kExitOk;
}

} // namespace pc::cli
