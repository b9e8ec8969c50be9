#include "ui/DashboardPage.h"

#include "app/ErrorText.h"
#include "app/ImpactReport.h"
#include "app/Labels.h"
#include "app/Workspace.h"
#include "ui/AlertListModel.h"
#include "ui/DashboardCharts.h"
#include "ui/DashboardLoader.h"
#include "ui/KpiTile.h"

#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pc::ui {

using app::Labels;
using core::Money;

namespace {

// "45,23 j (objectif 45 : +0,23)", red when the gap is a bad one.
std::pair<QString, bool> targetNote(const std::optional<std::int64_t>& value, const std::optional<std::int64_t>& target,
                                    bool higherIsBetter, const QString& unit)
{
    const auto gap = app::gapToTarget(value, target, higherIsBetter);
    if (!target)
        return {DashboardPage::tr("sans objectif"), false};
    if (!gap)
        return {DashboardPage::tr("objectif %1 %2").arg(Labels::hundredths(target), unit), false};
    const QString sign = *gap > 0 ? QStringLiteral("+") : QString();
    return {DashboardPage::tr("objectif %1 %2, écart %3%4").arg(Labels::hundredths(target), unit, sign,
                                                               Labels::hundredths(gap)),
            *gap > 0};
}

// part / whole in hundredths of a percent, rounded half up; empty without a whole.
std::optional<std::int64_t> shareOf(Money part, Money whole)
{
    if (!whole.isPositive())
        return std::nullopt;
    return (part.cents() * 20000 + whole.cents()) / (2 * whole.cents());
}

} // namespace

DashboardPage::DashboardPage(app::Workspace& workspace, QWidget* parent)
    : QWidget(parent),
      m_ws(workspace),
      m_loader(std::make_unique<DashboardLoader>(workspace.db().location(), workspace.sharedClock(), workspace.actor())),
      m_title(new QLabel(this)),
      m_alertModel(new AlertListModel(this)),
      m_alertView(new QTableView(this)),
      m_acknowledge(new QPushButton(tr("Prendre en compte…"), this)),
      m_abc(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto* refreshButton = new QPushButton(tr("Actualiser"), this);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    auto* reportButton = new QPushButton(tr("Rapport d'impact (PDF)…"), this);
    reportButton->setObjectName(QStringLiteral("impactReportButton"));
    connect(reportButton, &QPushButton::clicked, this, &DashboardPage::chooseImpactReport);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(reportButton);
    header->addWidget(refreshButton);

    auto* body = new QHBoxLayout;
    body->addWidget(buildCharts(), 5);
    body->addWidget(buildAlerts(), 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(buildTiles());
    layout->addLayout(body, 1);

    connect(m_loader.get(), &DashboardLoader::loaded, this, &DashboardPage::display);
    connect(m_loader.get(), &DashboardLoader::failed, this, [this](const QString& message) {
        m_title->setText(tr("Tableau de bord : %1").arg(message));
        emit statusMessage(message);
    });
    connect(&m_ws.notifier(), &app::ChangeNotifier::clientsReset, this, &DashboardPage::refresh);
}

DashboardPage::~DashboardPage() = default;

QWidget* DashboardPage::buildTiles()
{
    auto* tiles = new QWidget(this);
    auto* row = new QHBoxLayout(tiles);
    row->setContentsMargins(0, 0, 0, 0);
    const auto tile = [&](const QString& title, Detail detail) {
        auto* t = new KpiTile(title, tiles);
        connect(t, &KpiTile::clicked, this, [this, detail] { emit detailRequested(detail); });
        row->addWidget(t);
        return t;
    };
    m_receivables = tile(tr("Encours clients"), Detail::Aging);
    m_overdue = tile(tr("Échu"), Detail::Aging);
    m_dso = tile(tr("DSO"), Detail::Kpi);
    m_cei = tile(tr("CEI (90 jours)"), Detail::Kpi);
    m_add = tile(tr("Retard moyen (ADD)"), Detail::Kpi);
    m_atRisk = tile(tr("Encours à risque"), Detail::Provisions);
    m_utilisation = tile(tr("Utilisation des limites"), Detail::Profitability);
    return tiles;
}

QWidget* DashboardPage::buildCharts()
{
    auto* charts = new QWidget(this);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_aging = new DashboardChart(tr("Balance âgée (par échéance)"), charts);
    m_trend = new DashboardChart(tr("DSO sur douze mois"), charts);
    m_top = new DashboardChart(tr("Premiers encours"), charts);
    m_forecast = new DashboardChart(tr("Prévision d'encaissement"), charts);
    grid->addWidget(m_aging, 0, 0);
    grid->addWidget(m_trend, 0, 1);
    grid->addWidget(m_top, 1, 0);
    grid->addWidget(m_forecast, 1, 1);
    connect(m_aging, &DashboardChart::clicked, this, [this] { emit detailRequested(Detail::Aging); });
    connect(m_trend, &DashboardChart::clicked, this, [this] { emit detailRequested(Detail::Kpi); });
    connect(m_forecast, &DashboardChart::clicked, this, [this] { emit detailRequested(Detail::Forecast); });
    connect(m_top, &DashboardChart::clientClicked, this, &DashboardPage::clientActivated);
    return charts;
}

QWidget* DashboardPage::buildAlerts()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Alertes</b>"), panel);
    m_alertView->setModel(m_alertModel);
    m_alertView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alertView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_alertView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alertView->verticalHeader()->hide();
    m_alertView->horizontalHeader()->setStretchLastSection(true);
    m_alertView->setWordWrap(false);
    m_alertView->setMinimumWidth(260);
    m_alertView->setObjectName(QStringLiteral("dashboardAlerts"));
    connect(m_alertView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit clientActivated(index.data(AlertListModel::CompanyIdRole).toLongLong());
    });
    m_acknowledge->setEnabled(false);
    connect(m_alertView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_acknowledge->setEnabled(m_alertView->selectionModel()->hasSelection()); });
    connect(m_acknowledge, &QPushButton::clicked, this, &DashboardPage::acknowledgeSelected);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Double-cliquer ouvre le client."), panel), 1);
    buttons->addWidget(m_acknowledge);
    layout->addWidget(title);
    layout->addWidget(m_alertView, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("<b>Classement ABC (encours)</b>"), panel));
    layout->addWidget(m_abc);
    return panel;
}

void DashboardPage::refresh()
{
    m_title->setText(tr("Tableau de bord au %1 — calcul en cours…").arg(Labels::date(m_ws.clock().today())));
    m_loader->load(m_ws.clock().today());
}

void DashboardPage::display(const app::DashboardData& data)
{
    m_data = std::make_unique<app::DashboardData>(data);
    m_title->setText(tr("Tableau de bord au %1").arg(Labels::date(data.asOf)));
    showTiles(data);
    m_aging->showAging(data.agingLabels, data.agingTotal);
    m_trend->showDsoTrend(data.history, data.targets.dso);
    m_top->showTopExposures(data.topExposures);
    m_forecast->showForecast(data.forecast);
    m_alertModel->setAlerts(data.alerts);
    m_alertView->resizeColumnsToContents();
    m_acknowledge->setEnabled(false);
    QStringList abc;
    const char* names[] = {"A", "B", "C"};
    for (std::size_t i = 0; i < 3; ++i)
        abc << tr("%1 : %2 client(s), %3").arg(QLatin1String(names[i])).arg(data.abc.clients[i]).arg(Labels::money(data.abc.outstanding[i]));
    m_abc->setText(abc.join(QLatin1Char('\n')));
    emit loaded();
}

void DashboardPage::showTiles(const app::DashboardData& data)
{
    const app::PortfolioKpis& k = data.kpis;
    m_receivables->setValue(Labels::money(k.receivables), tr("dont non échu %1").arg(Labels::money(k.current)));
    const auto [overdueNote, overdueBad] = targetNote(k.overdueShare, data.targets.overdueShare, false, tr("%"));
    m_overdue->setValue(Labels::money(k.overdue), tr("%1 % — %2").arg(Labels::hundredths(k.overdueShare), overdueNote),
                        overdueBad);
    const auto [dsoNote, dsoBad] = targetNote(k.dso, data.targets.dso, false, tr("j"));
    m_dso->setValue(tr("%1 j").arg(Labels::hundredths(k.dso)), dsoNote, dsoBad);
    const auto [ceiNote, ceiBad] = targetNote(k.cei, data.targets.cei, true, tr("%"));
    m_cei->setValue(tr("%1 %").arg(Labels::hundredths(k.cei)), ceiNote, ceiBad);
    m_add->setValue(tr("%1 j").arg(Labels::hundredths(k.averageDaysDelinquent)),
                    tr("meilleur DSO possible %1 j").arg(Labels::hundredths(k.bestDso)));
    m_atRisk->setValue(Labels::money(data.atRisk), tr("procédures, contentieux et retards de plus de 90 jours"),
                       data.atRisk.isPositive());
    const auto utilisation = shareOf(data.limitedExposure, data.limits);
    m_utilisation->setValue(tr("%1 %").arg(Labels::hundredths(utilisation)),
                            tr("%1 sur %2 de limites").arg(Labels::money(data.limitedExposure), Labels::money(data.limits)),
                            utilisation && *utilisation > 10000);
}

void DashboardPage::acknowledgeSelected()
{
    const QModelIndexList rows = m_alertView->selectionModel()->selectedRows();
    const app::AlertView* alert = rows.isEmpty() ? nullptr : m_alertModel->alertAt(rows.first().row());
    if (!alert)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Prendre en compte l'alerte"),
                                               tr("%1 — %2\nNote (facultative) :")
                                                   .arg(alert->name, app::AlertService::describe(alert->alert)),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        acknowledgeRow(rows.first().row(), note);
}

bool DashboardPage::acknowledgeRow(int row, const QString& note)
{
    const app::AlertView* alert = m_alertModel->alertAt(row);
    if (!alert)
        return false;
    const auto status = app::AlertService(m_ws).acknowledge(
        alert->alert.companyId, QString::fromLatin1(receivables::toCode(alert->alert.kind)),
        QString::fromStdString(alert->alert.key), note, m_ws.clock().today());
    if (!status) {
        QMessageBox::warning(this, tr("Alerte"), app::ErrorText::describe(status.error()));
        return false;
    }
    emit statusMessage(tr("Alerte prise en compte : %1").arg(alert->name));
    refresh();
    return true;
}

} // namespace pc::ui

namespace pc::ui {

void DashboardPage::chooseImpactReport()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("impact-%1.pdf").arg(QString::fromStdString(m_ws.clock().today().toIso())));
    const QString path = QFileDialog::getSaveFileName(this, tr("Rapport d'impact"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writeImpactReport(path);
}

bool DashboardPage::writeImpactReport(const QString& path)
{
    const core::Date today = m_ws.clock().today();
    const core::Date yearStart = *core::Date::fromYmd(today.year(), 1, 1);
    auto summary = app::ImpactReport::compose(m_ws, yearStart, today, today);
    const core::Status written = summary ? app::writeImpactReport(*summary, path) : core::Status(summary.error());
    if (!written) {
        QMessageBox::warning(this, tr("Rapport d'impact"), app::ErrorText::describe(written.error()));
        return false;
    }
    emit statusMessage(tr("Rapport d'impact du %1 au %2 écrit dans %3")
                           .arg(Labels::date(yearStart), Labels::date(today), QDir::toNativeSeparators(path)));
    return true;
}

} // namespace pc::ui
