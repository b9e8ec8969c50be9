#include "ui/CheckDecisionView.h"

#include "app/Labels.h"
#include "app/SalesLabels.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pc::ui {

using core::Money;
using risk::CheckDecision;

namespace {

// The traffic light of the other pages (CreditLinePage), dark enough for white text.
QString bannerColor(CheckDecision decision)
{
    switch (decision) {
    case CheckDecision::Ok: return QStringLiteral("#1e8449");
    case CheckDecision::Warn: return QStringLiteral("#d68910");
    case CheckDecision::Block: return QStringLiteral("#c0392b");
    }
    return {};
}

QString severityColor(CheckDecision severity)
{
    return severity == CheckDecision::Block ? QStringLiteral("#c0392b") : QStringLiteral("#b9770e");
}

// The reasons are written to follow a colon ("le compte client est bloqué"); alone on
// their line they start with a capital.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString moneyOrDash(const std::optional<Money>& amount)
{
    return amount ? app::Labels::money(*amount) : QStringLiteral("—");
}

} // namespace

CheckDecisionView::CheckDecisionView(QWidget* parent)
    : QWidget(parent), m_banner(new QLabel(this)), m_figures(new QWidget(this)), m_reasons(new QLabel(this))
{
    setObjectName(QStringLiteral("checkDecisionView"));
    m_banner->setObjectName(QStringLiteral("decisionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMinimumHeight(m_banner->fontMetrics().height() * 2 + 12);
    m_reasons->setObjectName(QStringLiteral("reasonsLabel"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);

    auto* grid = new QGridLayout(m_figures);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    m_limit = addFigure(grid, 0, 0, tr("Limite de crédit"), "limitValue");
    m_receivables = addFigure(grid, 1, 0, tr("Créances ouvertes"), "receivablesValue");
    m_deliveredNotInvoiced = addFigure(grid, 2, 0, tr("Livré non facturé"), "deliveredNotInvoicedValue");
    m_openOrders = addFigure(grid, 3, 0, tr("Commandes en cours"), "openOrdersValue");
    m_deposits = addFigure(grid, 4, 0, tr("Acomptes reçus (déduits)"), "depositsValue");
    m_exposure = addFigure(grid, 5, 0, tr("Encours total"), "exposureValue");
    m_amount = addFigure(grid, 0, 2, tr("Montant demandé (TTC)"), "amountValue");
    m_projected = addFigure(grid, 1, 2, tr("Encours après l'opération"), "projectedValue");
    m_available = addFigure(grid, 2, 2, tr("Disponible sur la limite"), "availableValue");
    m_overdue = addFigure(grid, 3, 2, tr("Échu non réglé"), "overdueValue");
    m_riskClass = addFigure(grid, 4, 2, tr("Classe de risque"), "riskClassValue");
    m_disputes = addFigure(grid, 5, 2, tr("Litiges ouverts"), "disputesValue");
    for (QLabel* total : {m_exposure, m_available})
        total->setStyleSheet(QStringLiteral("font-weight:bold"));
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_figures);
    layout->addWidget(line);
    layout->addWidget(m_reasons);
    clear();
}

QLabel* CheckDecisionView::addFigure(QGridLayout* grid, int row, int column, const QString& label, const char* name)
{
    auto* value = new QLabel(m_figures);
    value->setObjectName(QString::fromLatin1(name));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(new QLabel(label + tr(" :"), m_figures), row, column);
    grid->addWidget(value, row, column + 1);
    return value;
}

void CheckDecisionView::clear()
{
    m_decision.reset();
    m_banner->setText(tr("Pas encore de contrôle de crédit."));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background:#eaeded; color:#5d6d7e; padding:6px 10px; "
                                           "border-radius:4px; }"));
    m_figures->hide();
    m_reasons->clear();
    m_reasons->hide();
}

void CheckDecisionView::showOutcome(const app::CreditCheckOutcome& outcome)
{
    const risk::CreditCheckResult& result = outcome.result;
    m_decision = result.decision;
    m_banner->setText(tr("%1 — %2, au %3")
                          .arg(app::SalesLabels::decision(result.decision),
                               QString::fromStdString(outcome.client.company.name), app::Labels::date(outcome.asOf)));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background:%1; color:white; font-weight:bold; font-size:13pt; "
                                           "padding:6px 10px; border-radius:4px; }")
                                .arg(bannerColor(result.decision)));
    showFigures(result);
    showReasons(result);
}

void CheckDecisionView::showFigures(const risk::CreditCheckResult& result)
{
    const risk::Exposure& e = result.exposure;
    m_limit->setText(moneyOrDash(result.limit));
    m_receivables->setText(app::Labels::money(e.receivables));
    m_deliveredNotInvoiced->setText(app::Labels::money(e.deliveredNotInvoiced));
    m_openOrders->setText(app::Labels::money(e.openOrders));
    m_deposits->setText(app::Labels::money(-e.deposits));
    m_exposure->setText(app::Labels::money(e.total));
    m_amount->setText(app::Labels::money(result.amount));
    m_projected->setText(app::Labels::money(result.projected));
    m_available->setText(moneyOrDash(result.available));
    const bool over = result.available && result.available->isNegative();
    m_available->setStyleSheet(over ? QStringLiteral("font-weight:bold; color:#c0392b")
                                    : QStringLiteral("font-weight:bold"));
    m_overdue->setText(result.overdue.isZero()
                           ? app::Labels::money(result.overdue)
                           : tr("%1 (le plus ancien : %n jour(s))", nullptr, result.oldestOverdueDays)
                                 .arg(app::Labels::money(result.overdue)));
    m_riskClass->setText(result.riskClass ? QString(QLatin1Char(*result.riskClass)) : QStringLiteral("—"));
    m_disputes->setText(result.openDisputes == 0
                            ? QStringLiteral("0")
                            : tr("%n pour %1", nullptr, result.openDisputes).arg(app::Labels::money(result.disputedAmount)));
    m_figures->show();
}

void CheckDecisionView::showReasons(const risk::CreditCheckResult& result)
{
    if (result.reasons.empty()) {
        m_reasons->setText(tr("Aucune alerte : l'opération tient dans la limite."));
        m_reasons->show();
        return;
    }
    QString items;
    for (const risk::CheckReason& reason : result.reasons)
        items += QStringLiteral("<li><span style='color:%1'><b>%2</b></span> %3</li>")
                     .arg(severityColor(reason.severity), app::SalesLabels::decision(reason.severity).toHtmlEscaped(),
                          sentence(app::SalesLabels::reason(reason)).toHtmlEscaped());
    m_reasons->setText(QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(items));
    m_reasons->show();
}

} // namespace pc::ui
