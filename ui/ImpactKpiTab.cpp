#include "ui/ImpactKpiTab.h"

#include "app/Clock.h"
#include "app/Labels.h"

#include <QBarCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace pc::ui {

using app::AbcClient;
using receivables::ProfileRow;

namespace {

QVariant cents(core::Money amount)
{
    return QVariant(static_cast<qlonglong>(amount.cents()));
}

QString days(const std::optional<std::int64_t>& value)
{
    return hundredthsText(value, ImpactKpiTab::tr("j"));
}

QString confidenceText(receivables::Confidence confidence)
{
    switch (confidence) {
    case receivables::Confidence::High: return ImpactKpiTab::tr("régulier");
    case receivables::Confidence::Medium: return ImpactKpiTab::tr("assez régulier");
    case receivables::Confidence::Low: return ImpactKpiTab::tr("peu d'historique ou irrégulier");
    }
    return {};
}

QString percent(const std::optional<std::int64_t>& value)
{
    return hundredthsText(value, QStringLiteral("%"));
}

QString groupName(const QString& group)
{
    return group.isEmpty() ? ImpactKpiTab::tr("(non renseigné)") : group;
}

QString sizeName(const std::string& code)
{
    if (code == "micro")
        return ImpactKpiTab::tr("Microentreprise");
    if (code == "pme")
        return ImpactKpiTab::tr("PME");
    if (code == "eti")
        return ImpactKpiTab::tr("ETI");
    if (code == "ge")
        return ImpactKpiTab::tr("Grande entreprise");
    return ImpactKpiTab::tr("(inconnue)");
}

} // namespace

ImpactKpiTab::ImpactKpiTab(app::Workspace& workspace, QWidget* parent)
    : ImpactTab(workspace, parent),
      m_asOf(makeAsOfEdit("kpiAsOfEdit")),
      m_board(new QGridLayout),
      m_chart(new QChartView(this)),
      m_groupBy(new QComboBox(this)),
      m_groups(new ImpactTableModel<Group>({}, this)),
      m_profileBy(new QComboBox(this)),
      m_profile(new ImpactTableModel<ProfileRow>({}, this)),
      m_abcBasis(new QComboBox(this)),
      m_abc(new ImpactTableModel<AbcClient>({}, this)),
      m_habits(new ImpactTableModel<app::ClientHabit>({}, this))
{
    setObjectName(QStringLiteral("impactKpiTab"));
    m_chart->setObjectName(QStringLiteral("kpiHistoryChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(420, 240);
    m_chart->chart()->setAnimationOptions(QChart::NoAnimation);
    m_chart->chart()->setLocalizeNumbers(true);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_chart->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_groupBy->setObjectName(QStringLiteral("kpiGroupCombo"));
    m_groupBy->addItem(tr("Par commercial"), static_cast<int>(app::KpiDimension::SalesRep));
    m_groupBy->addItem(tr("Par segment"), static_cast<int>(app::KpiDimension::Segment));
    m_profileBy->setObjectName(QStringLiteral("profileDimensionCombo"));
    m_profileBy->addItem(tr("Par segment"), static_cast<int>(app::ProfileDimension::Segment));
    m_profileBy->addItem(tr("Par section NAF"), static_cast<int>(app::ProfileDimension::NafSection));
    m_profileBy->addItem(tr("Par région"), static_cast<int>(app::ProfileDimension::Region));
    m_profileBy->addItem(tr("Par taille"), static_cast<int>(app::ProfileDimension::Size));
    m_profileBy->addItem(tr("Par commercial"), static_cast<int>(app::ProfileDimension::SalesRep));
    m_abcBasis->setObjectName(QStringLiteral("abcBasisCombo"));
    m_abcBasis->addItem(tr("Sur l'encours"), static_cast<int>(app::AbcBasis::Outstanding));
    m_abcBasis->addItem(tr("Sur les ventes des 12 derniers mois"), static_cast<int>(app::AbcBasis::Sales));
    setUpGroupColumns();
    setUpProfileColumns();
    setUpAbcColumns();
    setUpHabitColumns();
    QTableView* habitView = makeView(m_habits, "habitView");
    openClientOnDoubleClick<app::ClientHabit>(habitView, m_habits,
                                              [](const app::ClientHabit& c) { return c.companyId; });
    QTableView* abcView = makeView(m_abc, "abcView");
    openClientOnDoubleClick<AbcClient>(abcView, m_abc, [](const AbcClient& c) { return c.row.companyId; });

    auto* tables = new QTabWidget(this);
    tables->setObjectName(QStringLiteral("kpiTables"));
    tables->addTab(makeTable(m_groupBy, makeView(m_groups, "kpiGroupView")), tr("Commerciaux et segments"));
    tables->addTab(makeTable(m_profileBy, makeView(m_profile, "profileView")), tr("Profil des retardataires"));
    tables->addTab(makeTable(m_abcBasis, abcView), tr("Classement ABC"));
    tables->addTab(habitView, tr("Habitudes de paiement"));
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(new QLabel(tr("Au"), this));
    dateRow->addWidget(m_asOf);
    dateRow->addStretch(1);
    auto* boardColumn = new QVBoxLayout;
    boardColumn->addLayout(dateRow);
    boardColumn->addLayout(m_board);
    boardColumn->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addLayout(boardColumn);
    top->addWidget(m_chart, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 2);
    layout->addWidget(tables, 3);

    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &ImpactKpiTab::showGroups);
    connect(m_profileBy, &QComboBox::currentIndexChanged, this, &ImpactKpiTab::showProfile);
    connect(m_abcBasis, &QComboBox::currentIndexChanged, this, &ImpactKpiTab::showAbc);
}

QWidget* ImpactKpiTab::makeTable(QComboBox* combo, QTableView* view)
{
    auto* page = new QWidget(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(combo);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    return page;
}

QChart* ImpactKpiTab::historyChart() const
{
    return m_chart->chart();
}

void ImpactKpiTab::setUpGroupColumns()
{
    using Column = ImpactTableModel<Group>::Column;
    const auto money = [](const QString& header, core::Money app::PortfolioKpis::*field) {
        return Column{header, [field](const Group& g) { return app::Labels::money(g.second.*field); },
                      [field](const Group& g) { return cents(g.second.*field); }, true};
    };
    const auto measure = [](const QString& header, std::optional<std::int64_t> app::PortfolioKpis::*field,
                            QString (*text)(const std::optional<std::int64_t>&)) {
        return Column{header, [field, text](const Group& g) { return text(g.second.*field); },
                      [field](const Group& g) { return hundredthsKey(g.second.*field); }, true};
    };
    m_groups->setColumns({
        {tr("Groupe"), [](const Group& g) { return groupName(g.first); }, {}, false},
        money(tr("Encours"), &app::PortfolioKpis::receivables),
        money(tr("Échu"), &app::PortfolioKpis::overdue),
        money(tr("Ventes (période)"), &app::PortfolioKpis::sales),
        measure(tr("DSO"), &app::PortfolioKpis::dso, days),
        measure(tr("Meilleur DSO"), &app::PortfolioKpis::bestDso, days),
        measure(tr("Retard moyen (ADD)"), &app::PortfolioKpis::averageDaysDelinquent, days),
        measure(tr("DSO count-back"), &app::PortfolioKpis::countBackDso, days),
        measure(tr("CEI"), &app::PortfolioKpis::cei, percent),
        measure(tr("Part échue"), &app::PortfolioKpis::overdueShare, percent),
    });
}

void ImpactKpiTab::setUpProfileColumns()
{
    using Column = ImpactTableModel<ProfileRow>::Column;
    const auto money = [](const QString& header, core::Money ProfileRow::*field) {
        return Column{header, [field](const ProfileRow& r) { return app::Labels::money(r.*field); },
                      [field](const ProfileRow& r) { return cents(r.*field); }, true};
    };
    m_profile->setColumns({
        {tr("Groupe"),
         [this](const ProfileRow& r) {
             return static_cast<app::ProfileDimension>(m_profileBy->currentData().toInt()) == app::ProfileDimension::Size
                 ? sizeName(r.group)
                 : groupName(QString::fromStdString(r.group));
         },
         {}, false},
        {tr("Clients"), [](const ProfileRow& r) { return QString::number(r.clients); },
         [](const ProfileRow& r) { return QVariant(r.clients); }, true},
        money(tr("Encours"), &ProfileRow::outstanding),
        money(tr("Échu"), &ProfileRow::overdue),
        {tr("Part échue"), [](const ProfileRow& r) { return percent(r.overdueShare); },
         [](const ProfileRow& r) { return hundredthsKey(r.overdueShare); }, true},
        {tr("Délai de paiement"), [](const ProfileRow& r) { return days(r.daysToPay); },
         [](const ProfileRow& r) { return hundredthsKey(r.daysToPay); }, true},
        {tr("Retard moyen"), [](const ProfileRow& r) { return days(r.daysLate); },
         [](const ProfileRow& r) { return hundredthsKey(r.daysLate); }, true},
    });
}

void ImpactKpiTab::setUpAbcColumns()
{
    m_abc->setColumns({
        {tr("Classe"), [](const AbcClient& c) { return QString::fromUtf8(receivables::toCode(c.row.abc).data()); }, {}, false},
        {tr("Client"), [](const AbcClient& c) { return QString::fromStdString(c.name); }, {}, false},
        {tr("SIREN"), [](const AbcClient& c) { return QString::fromStdString(c.row.siren); }, {}, false},
        {tr("Valeur"), [](const AbcClient& c) { return app::Labels::money(c.row.value); },
         [](const AbcClient& c) { return cents(c.row.value); }, true},
        {tr("Part"), [](const AbcClient& c) { return percent(c.row.share); },
         [](const AbcClient& c) { return QVariant(static_cast<qlonglong>(c.row.share)); }, true},
        {tr("Cumul"), [](const AbcClient& c) { return percent(c.row.cumulative); },
         [](const AbcClient& c) { return QVariant(static_cast<qlonglong>(c.row.cumulative)); }, true},
    });
}

core::Date ImpactKpiTab::asOf() const
{
    return app::fromQDate(m_asOf->date());
}

void ImpactKpiTab::recompute()
{
    app::KpiService kpis(workspace());
    showBoard(kpis.portfolio(asOf()), kpis.targets());
    showHistory(asOf());
    showGroups();
    showProfile();
    showAbc();
    showHabits();
}

void ImpactKpiTab::showBoard(const app::PortfolioKpis& k, const app::KpiTargets& t)
{
    const QString d = tr("j");
    const QString p = QStringLiteral("%");
    const std::vector<Indicator> indicators{
        {QStringLiteral("dso"), tr("DSO"), d, k.dso, t.dso, false},
        {QStringLiteral("best_dso"), tr("Meilleur DSO"), d, k.bestDso, {}, false},
        {QStringLiteral("add"), tr("Retard moyen (ADD)"), d, k.averageDaysDelinquent, {}, false},
        {QStringLiteral("count_back_dso"), tr("DSO count-back"), d, k.countBackDso, {}, false},
        {QStringLiteral("cei"), tr("CEI (efficacité du recouvrement)"), p, k.cei, t.cei, true},
        {QStringLiteral("overdue_share"), tr("Part échue de l'encours"), p, k.overdueShare, t.overdueShare, false},
    };
    const QStringList headers{tr("Indicateur"), tr("Valeur"), tr("Objectif"), tr("Écart")};
    for (int c = 0; c < headers.size(); ++c) {
        if (m_board->itemAtPosition(0, c) == nullptr)
            m_board->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c]), this), 0, c);
    }
    for (std::size_t i = 0; i < indicators.size(); ++i)
        showIndicator(static_cast<int>(i) + 1, indicators[i]);
}

void ImpactKpiTab::showIndicator(int row, const Indicator& indicator)
{
    const auto cell = [this, row, &indicator](int column, const char* part) {
        if (QLayoutItem* item = m_board->itemAtPosition(row, column))
            return static_cast<QLabel*>(item->widget());
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("kpi_%1_%2").arg(indicator.key, QLatin1String(part)));
        if (column > 0)
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_board->addWidget(label, row, column);
        return label;
    };
    cell(0, "label")->setText(indicator.label);
    cell(1, "value")->setText(hundredthsText(indicator.value, indicator.unit));
    cell(2, "target")->setText(indicator.target ? hundredthsText(indicator.target, indicator.unit) : QString());
    // Positive is worse whatever the direction of the indicator.
    const auto gap = app::gapToTarget(indicator.value, indicator.target, indicator.higherIsBetter);
    QLabel* gapLabel = cell(3, "gap");
    gapLabel->setText(gap ? hundredthsText(gap, indicator.unit) : QString());
    gapLabel->setStyleSheet(!gap ? QString()
                            : *gap > 0 ? QStringLiteral("color:#c0392b; font-weight:bold")
                                       : QStringLiteral("color:#27ae60"));
}

void ImpactKpiTab::showHistory(core::Date asOf)
{
    const std::vector<app::PortfolioKpis> months = app::KpiService(workspace()).history(asOf, 12);
    QChart* c = historyChart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    auto* xAxis = new QBarCategoryAxis;
    auto* dso = new QLineSeries;
    dso->setName(tr("DSO"));
    auto* countBack = new QLineSeries;
    countBack->setName(tr("DSO count-back"));
    double high = 1.0;
    for (std::size_t i = 0; i < months.size(); ++i) {
        xAxis->append(app::toQDate(months[i].asOf).toString(QStringLiteral("MM/yy")));
        // A month without sales gets no point: never a silent zero.
        for (auto [series, value] : {std::pair{dso, months[i].dso}, std::pair{countBack, months[i].countBackDso}}) {
            if (!value)
                continue;
            series->append(static_cast<double>(i), static_cast<double>(*value) / 100.0);
            high = std::max(high, static_cast<double>(*value) / 100.0);
        }
    }
    auto* yAxis = new QValueAxis;
    yAxis->setTitleText(tr("jours"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setRange(0.0, high);
    yAxis->applyNiceNumbers();
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    for (QLineSeries* series : {dso, countBack}) {
        series->setPointsVisible(true);
        c->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    c->setTitle(tr("DSO sur 12 mois"));
}

void ImpactKpiTab::showGroups()
{
    const auto dimension = static_cast<app::KpiDimension>(m_groupBy->currentData().toInt());
    std::vector<Group> groups;
    for (const auto& [name, kpis] : app::KpiService(workspace()).byGroup(asOf(), dimension))
        groups.emplace_back(QString::fromStdString(name), kpis);
    m_groups->setRecords(std::move(groups));
}

void ImpactKpiTab::showProfile()
{
    const auto dimension = static_cast<app::ProfileDimension>(m_profileBy->currentData().toInt());
    m_profile->setRecords(app::AnalyticsService(workspace()).latePayerProfile(asOf(), dimension));
}

void ImpactKpiTab::showHabits()
{
    m_habits->setRecords(app::AnalyticsService(workspace()).habits(asOf()).clients);
}

void ImpactKpiTab::setUpHabitColumns()
{
    using app::ClientHabit;
    m_habits->setColumns({
        {tr("Client"), [](const ClientHabit& c) { return QString::fromStdString(c.name); }, {}, false},
        {tr("SIREN"), [](const ClientHabit& c) { return QString::fromStdString(c.siren); }, {}, false},
        {tr("Factures réglées"), [](const ClientHabit& c) { return QString::number(c.habit.invoices); },
         [](const ClientHabit& c) { return QVariant(c.habit.invoices); }, true},
        {tr("Montant réglé"), [](const ClientHabit& c) { return app::Labels::money(c.habit.settled); },
         [](const ClientHabit& c) { return cents(c.habit.settled); }, true},
        {tr("Délai de paiement"), [](const ClientHabit& c) { return hundredthsText(c.habit.daysToPay, tr("j")); },
         [](const ClientHabit& c) { return QVariant(static_cast<qlonglong>(c.habit.daysToPay)); }, true},
        {tr("Retard moyen"), [](const ClientHabit& c) { return hundredthsText(c.habit.daysLate, tr("j")); },
         [](const ClientHabit& c) { return QVariant(static_cast<qlonglong>(c.habit.daysLate)); }, true},
        {tr("Écart moyen"), [](const ClientHabit& c) { return hundredthsText(c.habit.deviation, tr("j")); },
         [](const ClientHabit& c) { return QVariant(static_cast<qlonglong>(c.habit.deviation)); }, true},
        {tr("Régularité"), [](const ClientHabit& c) { return confidenceText(c.habit.confidence); }, {}, false},
    });
}

void ImpactKpiTab::showAbc()
{
    const auto basis = static_cast<app::AbcBasis>(m_abcBasis->currentData().toInt());
    m_abc->setRecords(app::AnalyticsService(workspace()).abc(asOf(), basis));
}

} // namespace pc::ui
