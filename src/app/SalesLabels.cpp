#include "app/SalesLabels.h"

#include "app/Labels.h"

#include <QLocale>

namespace pc::app {

namespace {

QString money(const std::string& cents)
{
    return Labels::money(core::Money::fromCents(std::stoll(cents.empty() ? "0" : cents)));
}

QString isoDate(const std::string& iso)
{
    return Labels::date(core::Date::parseIso(iso).valueOr(core::Date()));
}

QString arg(const risk::CheckReason& r, std::size_t i)
{
    return i < r.args.size() ? QString::fromStdString(r.args[i]) : QString();
}

// Exact decimal text in the locale's writing: rates and quantities never go
// through a floating-point number.
QString localDecimal(std::string text)
{
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    return QString::fromStdString(text).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

} // namespace

QString SalesLabels::orderStatus(core::OrderStatus status)
{
    switch (status) {
    case core::OrderStatus::Draft: return tr("brouillon");
    case core::OrderStatus::Confirmed: return tr("confirmée");
    case core::OrderStatus::PartlyDelivered: return tr("livrée en partie");
    case core::OrderStatus::Delivered: return tr("livrée");
    case core::OrderStatus::Invoiced: return tr("facturée");
    case core::OrderStatus::Cancelled: return tr("annulée");
    }
    return {};
}

QString SalesLabels::decision(risk::CheckDecision decision)
{
    switch (decision) {
    case risk::CheckDecision::Ok: return tr("Accordé");
    case risk::CheckDecision::Warn: return tr("À confirmer");
    case risk::CheckDecision::Block: return tr("Bloqué");
    }
    return {};
}

QString SalesLabels::reason(const risk::CheckReason& r)
{
    const std::string& c = r.code;
    const auto a = [&](std::size_t i) { return i < r.args.size() ? r.args[i] : std::string(); };
    if (c == "account_not_active")
        return tr("le compte client n'est pas actif (statut « %1 »)").arg(Labels::accountStatus(arg(r, 0)));
    if (c == "account_blocked")
        return tr("le compte client est bloqué");
    if (c == "company_ceased")
        return tr("l'entreprise a cessé son activité");
    if (c == "collective_proceedings") {
        const auto kind = core::proceedingsFromCode(a(0)).value_or(core::Proceedings::None);
        return tr("procédure collective en cours : %1").arg(Labels::proceedings(kind));
    }
    if (c == "no_limit")
        return tr("aucune limite de crédit n'est accordée");
    if (c == "limit_review_overdue")
        return tr("la limite devait être revue le %1").arg(isoDate(a(0)));
    if (c == "limit_exceeded")
        return tr("l'encours atteindrait %1 pour une limite de %2 (dépassement de %3, tolérance %4)")
            .arg(money(a(0)), money(a(1)), money(a(2)), money(a(3)));
    if (c == "overdue_amount")
        return tr("%1 échus non réglés (seuil %2)").arg(money(a(0)), money(a(1)));
    if (c == "overdue_age")
        return tr("la plus ancienne échéance impayée a %1 jours de retard (maximum %2)").arg(arg(r, 0), arg(r, 1));
    if (c == "open_disputes")
        return tr("%n litige(s) ouvert(s) pour %1", nullptr, arg(r, 0).toInt()).arg(money(a(1)));
    if (c == "risk_class")
        return tr("classe de risque %1, moins bonne que le minimum %2").arg(arg(r, 0), arg(r, 1));
    return QString::fromStdString(c);
}

QString SalesLabels::invoiceKind(core::InvoiceKind kind)
{
    return kind == core::InvoiceKind::Invoice ? tr("Facture") : tr("Avoir");
}

QString SalesLabels::nature(core::OperationNature nature)
{
    switch (nature) {
    case core::OperationNature::Goods: return tr("livraison de biens");
    case core::OperationNature::Services: return tr("prestation de services");
    case core::OperationNature::Mixed: return tr("livraison de biens et prestation de services");
    }
    return {};
}

QString SalesLabels::vatRate(core::Rate rate)
{
    return localDecimal(rate.toString()) + QStringLiteral("\u00a0%");
}

QString SalesLabels::quantity(core::Quantity quantity)
{
    return localDecimal(quantity.toString());
}

} // namespace pc::app
