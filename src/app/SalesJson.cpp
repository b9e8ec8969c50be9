#include "app/SalesJson.h"

#include "app/ClientJson.h"
#include "app/SalesLabels.h"

namespace pc::app {

using nlohmann::json;

namespace {

json dateOrNull(const std::optional<core::Date>& date)
{
    return date ? json(date->toIso()) : json(nullptr);
}

json centsOrNull(const std::optional<core::Money>& amount)
{
    return amount ? json(amount->cents()) : json(nullptr);
}

json toJson(const core::DocumentLine& line)
{
    return {{"description", line.description},
            {"quantity", line.quantity.toString()},
            {"unit_price_cents", line.unitPrice.cents()},
            {"vat_rate", line.vatRate.toString()},
            {"net_cents", line.net().cents()}};
}

json toJson(const core::DocumentTotals& totals)
{
    json byRate = json::array();
    for (const core::VatLine& v : totals.byRate)
        byRate.push_back({{"rate", v.rate.toString()}, {"base_cents", v.base.cents()}, {"vat_cents", v.vat.cents()}});
    return {{"net_cents", totals.net.cents()},
            {"vat_cents", totals.vat.cents()},
            {"gross_cents", totals.gross.cents()},
            {"vat_by_rate", byRate}};
}

} // namespace

json toJson(const CreditCheckOutcome& outcome)
{
    const risk::CreditCheckResult& r = outcome.result;
    json reasons = json::array();
    for (const risk::CheckReason& reason : r.reasons)
        reasons.push_back({{"code", reason.code},
                           {"severity", std::string(risk::toCode(reason.severity))},
                           {"message", SalesLabels::reason(reason).toStdString()}});
    const auto siren = outcome.client.company.siren;
    return {{"siren", siren ? json(siren->str()) : json(nullptr)},
            {"name", outcome.client.company.name},
            {"as_of", outcome.asOf.toIso()},
            {"decision", std::string(risk::toCode(r.decision))},
            {"reasons", reasons},
            {"amount_cents", r.amount.cents()},
            {"exposure_cents",
             {{"receivables", r.exposure.receivables.cents()},
              {"delivered_not_invoiced", r.exposure.deliveredNotInvoiced.cents()},
              {"open_orders", r.exposure.openOrders.cents()},
              {"deposits", r.exposure.deposits.cents()},
              {"total", r.exposure.total.cents()}}},
            {"projected_cents", r.projected.cents()},
            {"limit_cents", centsOrNull(r.limit)},
            {"available_cents", centsOrNull(r.available)},
            {"overdue_cents", r.overdue.cents()},
            {"oldest_overdue_days", r.oldestOverdueDays},
            {"risk_class", r.riskClass ? json(std::string(1, *r.riskClass)) : json(nullptr)},
            {"open_disputes", r.openDisputes},
            {"disputed_cents", r.disputedAmount.cents()}};
}

json toJson(const core::Order& order)
{
    json lines = json::array();
    for (const core::OrderLine& l : order.lines) {
        json line = toJson(l.item);
        line["line"] = l.lineNo;
        line["delivered"] = l.delivered.toString();
        line["remaining"] = l.remaining().toString();
        lines.push_back(line);
    }
    return {{"number", order.number},
            {"client_reference", order.clientReference},
            {"date", order.orderDate.toIso()},
            {"status", std::string(core::toCode(order.status))},
            {"payment_terms", order.terms.code()},
            {"payment_terms_label", order.terms.label()},
            {"confirmed_on", dateOrNull(order.confirmedOn)},
            {"cancelled_on", dateOrNull(order.cancelledOn)},
            {"delivery_address", order.deliveryAddress.isEmpty() ? json(nullptr) : app::toJson(order.deliveryAddress)},
            {"lines", lines},
            {"totals", toJson(order.totals())},
            {"remaining_gross_cents", order.remainingGross().cents()}};
}

json toJson(const core::Delivery& d)
{
    json lines = json::array();
    for (const core::DeliveryLine& l : d.lines)
        lines.push_back({{"line", l.lineNo}, {"quantity", l.quantity.toString()}});
    return {{"number", d.number},
            {"date", d.date.toIso()},
            {"lines", lines},
            {"signed_on", dateOrNull(d.signedOn)},
            {"signatory", d.signatory.empty() ? json(nullptr) : json(d.signatory)},
            {"override_reason", d.overrideReason.empty() ? json(nullptr) : json(d.overrideReason)},
            {"override_by", d.overrideBy.empty() ? json(nullptr) : json(d.overrideBy)},
            {"invoiced_on", dateOrNull(d.invoicedOn)}};
}

json toJson(const core::Invoice& inv)
{
    json lines = json::array();
    for (const core::DocumentLine& l : inv.lines)
        lines.push_back(toJson(l));
    return {{"number", inv.number},
            {"kind", std::string(core::toCode(inv.kind))},
            {"date", inv.issueDate.toIso()},
            {"due_date", inv.dueDate.toIso()},
            {"delivery_date", dateOrNull(inv.deliveryDate)},
            {"payment_terms", inv.terms.code()},
            {"client_reference", inv.clientReference},
            {"orders", inv.orderNumbers},
            {"deliveries", inv.deliveryNumbers},
            {"credited_invoice", inv.creditedInvoice.empty() ? json(nullptr) : json(inv.creditedInvoice)},
            {"reason", inv.reason.empty() ? json(nullptr) : json(inv.reason)},
            {"penalty_rate", inv.penaltyRate.toString()},
            {"lines", lines},
            {"totals", toJson(inv.totals)}};
}

} // namespace pc::app
