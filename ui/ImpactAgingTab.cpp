#include "ui/ImpactAgingTab.h"

#include "app/Clock.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/Workspace.h"
#include "ui/SalesWidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <map>

namespace pc::ui {

using receivables::AgingBasis;
using receivables::AgingRow;
using store::OpenEntryDetail;

namespace {

QVariant cents(core::Money amount)
{
    return QVariant(static_cast<qlonglong>(amount.cents()));
}

QString bucketHeader(const std::string& label)
{
    if (label == "not_due")
        return ImpactAgingTab::tr("Non échu");
    return ImpactAgingTab::tr("%1 j").arg(QString::fromStdString(label));
}

void add(AgingRow& sum, const AgingRow& row)
{
    sum.buckets.resize(row.buckets.size());
    for (std::size_t i = 0; i < row.buckets.size(); ++i)
        sum.buckets[i] += row.buckets[i];
    sum.total += row.total;
    sum.disputed += row.disputed;
}

} // namespace

ImpactAgingTab::ImpactAgingTab(app::Workspace& workspace, QWidget* parent)
    : ImpactTab(workspace, parent),
      m_asOf(makeAsOfEdit("agingAsOfEdit")),
      m_basis(new QComboBox(this)),
      m_buckets(new QLineEdit(QStringLiteral("30,60,90"), this)),
      m_grouping(new QComboBox(this)),
      m_problem(makeProblemLabel("agingProblemLabel", this)),
      m_model(new ImpactTableModel<Line>([](const Line& l) { return l.total; }, this)),
      m_view(makeView(m_model, "agingView")),
      m_entriesTitle(new QLabel(this)),
      m_entries(new ImpactTableModel<OpenEntryDetail>({}, this)),
      m_entriesView(makeView(m_entries, "agingEntriesView"))
{
    setObjectName(QStringLiteral("impactAgingTab"));
    m_basis->setObjectName(QStringLiteral("agingBasisCombo"));
    m_basis->addItem(tr("Date d'échéance"), QStringLiteral("due"));
    m_basis->addItem(tr("Date de facture"), QStringLiteral("invoice"));
    m_buckets->setObjectName(QStringLiteral("agingBucketsEdit"));
    m_buckets->setToolTip(tr("Limites des tranches en jours, croissantes, séparées par des virgules"));
    m_buckets->setMaximumWidth(160);
    m_grouping->setObjectName(QStringLiteral("agingGroupingCombo"));
    m_grouping->addItem(tr("Client"), static_cast<int>(Grouping::Client));
    m_grouping->addItem(tr("Segment"), static_cast<int>(Grouping::Segment));
    m_grouping->addItem(tr("Commercial"), static_cast<int>(Grouping::SalesRep));
    m_grouping->addItem(tr("Total"), static_cast<int>(Grouping::Total));
    auto* exportButton = new QPushButton(tr("E&xporter…"), this);
    exportButton->setObjectName(QStringLiteral("agingExportButton"));
    m_entriesTitle->setObjectName(QStringLiteral("agingEntriesTitle"));
    m_entries->setColumns({
        {tr("Pièce"), [](const OpenEntryDetail& e) { return e.piece; }, {}, false},
        {tr("Libellé"), [](const OpenEntryDetail& e) { return e.label; }, {}, false},
        {tr("Date"), [](const OpenEntryDetail& e) { return app::Labels::date(e.date); },
         [](const OpenEntryDetail& e) { return QVariant(e.date.daysSinceEpoch()); }, false},
        {tr("Échéance"), [](const OpenEntryDetail& e) { return app::Labels::date(e.dueDate); },
         [](const OpenEntryDetail& e) { return QVariant(e.dueDate.daysSinceEpoch()); }, false},
        {tr("Retard (j)"), [this](const OpenEntryDetail& e) { return QString::number(std::max(0, e.dueDate.daysUntil(asOf()))); },
         [](const OpenEntryDetail& e) { return QVariant(-e.dueDate.daysSinceEpoch()); }, true},
        {tr("Ouvert"), [](const OpenEntryDetail& e) { return app::Labels::money(e.open); },
         [](const OpenEntryDetail& e) { return cents(e.open); }, true},
    });

    auto* fields = new QHBoxLayout;
    fields->addWidget(new QLabel(tr("Au"), this));
    fields->addWidget(m_asOf);
    fields->addWidget(new QLabel(tr("Âge selon"), this));
    fields->addWidget(m_basis);
    fields->addWidget(new QLabel(tr("Tranches (jours)"), this));
    fields->addWidget(m_buckets);
    fields->addWidget(new QLabel(tr("Regrouper par"), this));
    fields->addWidget(m_grouping);
    fields->addStretch(1);
    fields->addWidget(exportButton);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_entriesTitle);
    bottomLayout->addWidget(m_entriesView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);

    connect(m_basis, &QComboBox::currentIndexChanged, this, &ImpactTab::invalidate);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ImpactTab::invalidate);
    connect(m_buckets, &QLineEdit::editingFinished, this, &ImpactTab::invalidate);
    connect(exportButton, &QPushButton::clicked, this, &ImpactAgingTab::askExport);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImpactAgingTab::showEntries);
    openClientOnDoubleClick<Line>(m_view, m_model, [](const Line& l) { return l.companyId; });
}

core::Date ImpactAgingTab::asOf() const
{
    return app::fromQDate(m_asOf->date());
}

std::optional<app::AgingLayout> ImpactAgingTab::layout()
{
    auto buckets = receivables::AgingBuckets::parse(m_buckets->text().toStdString());
    if (!buckets) {
        showProblem(m_problem, tr("Tranches : %1").arg(app::ErrorText::message(buckets.error())));
        return std::nullopt;
    }
    showProblem(m_problem, {});
    const auto basis = receivables::agingBasisFromCode(m_basis->currentData().toString().toStdString());
    return app::AgingLayout{basis.value_or(AgingBasis::DueDate), *buckets};
}

void ImpactAgingTab::recompute()
{
    const auto fields = layout();
    if (!fields)
        return;
    const app::AgedBalanceView view = app::AgingService(workspace()).agedBalance(asOf(), fields->basis, fields->buckets);
    const auto grouping = static_cast<Grouping>(m_grouping->currentData().toInt());
    m_model->setColumns(columns(view.labels, grouping == Grouping::Client));
    m_model->setRecords(lines(view, grouping));
    m_entries->setRecords({});
    m_entriesTitle->setText(tr("Sélectionnez un client pour voir ses pièces ouvertes."));
    emit statusMessage(tr("Balance âgée au %1 : %2 ouverts, dont %3 en litige à part")
                           .arg(app::Labels::date(view.asOf), app::Labels::money(view.total.total),
                                app::Labels::money(view.total.disputed)));
}

std::vector<ImpactAgingTab::Line> ImpactAgingTab::lines(const app::AgedBalanceView& view, Grouping grouping)
{
    std::vector<Line> result;
    if (grouping == Grouping::Client) {
        for (const app::AgedClient& c : view.clients)
            result.push_back({c.companyId, QString::fromStdString(c.siren), QString::fromStdString(c.name), c.row});
    } else if (grouping != Grouping::Total) {
        result = groupedLines(view, grouping);
    }
    result.push_back({0, {}, tr("Total"), view.total, true});
    return result;
}

std::vector<ImpactAgingTab::Line> ImpactAgingTab::groupedLines(const app::AgedBalanceView& view, Grouping grouping)
{
    const auto labels = store::AgingRepository(workspace().db()).clientLabels();
    std::map<QString, AgingRow> groups;
    for (const app::AgedClient& c : view.clients) {
        const auto label = labels.find(c.companyId);
        QString group = label == labels.end() ? QString()
                        : grouping == Grouping::Segment ? label->second.segment
                                                        : label->second.salesRep;
        add(groups[group.isEmpty() ? tr("(non renseigné)") : group], c.row);
    }
    std::vector<Line> result;
    for (const auto& [group, row] : groups)
        result.push_back({0, {}, group, row});
    return result;
}

std::vector<ImpactTableModel<ImpactAgingTab::Line>::Column>
ImpactAgingTab::columns(const std::vector<std::string>& labels, bool byClient) const
{
    using Column = ImpactTableModel<Line>::Column;
    std::vector<Column> result;
    if (byClient)
        result.push_back({tr("SIREN"), [](const Line& l) { return l.siren; }, {}, false});
    result.push_back({byClient ? tr("Client") : tr("Groupe"), [](const Line& l) { return l.name; }, {}, false});
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto amount = [i](const Line& l) { return i < l.row.buckets.size() ? l.row.buckets[i] : core::Money(); };
        result.push_back({bucketHeader(labels[i]), [amount](const Line& l) { return app::Labels::money(amount(l)); },
                          [amount](const Line& l) { return cents(amount(l)); }, true});
    }
    result.push_back({tr("Total"), [](const Line& l) { return app::Labels::money(l.row.total); },
                      [](const Line& l) { return cents(l.row.total); }, true});
    result.push_back({tr("En litige"), [](const Line& l) { return app::Labels::money(l.row.disputed); },
                      [](const Line& l) { return cents(l.row.disputed); }, true});
    return result;
}

void ImpactAgingTab::showEntries()
{
    const int row = selectedSourceRow(m_view);
    if (row < 0 || m_model->record(row).companyId == 0) {
        m_entries->setRecords({});
        return;
    }
    const Line& line = m_model->record(row);
    m_entries->setRecords(store::AgingRepository(workspace().db()).openEntriesOf(line.companyId, asOf()));
    m_entriesTitle->setText(tr("Pièces ouvertes de %1 au %2 (double-clic sur le client : sa fiche)")
                                .arg(line.name, app::Labels::date(asOf())));
}

bool ImpactAgingTab::exportTo(const QString& path)
{
    const auto fields = layout();
    if (!fields)
        return false;
    const QString format = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("csv")
        : QStringLiteral("xlsx");
    const auto rows = app::ExportService(workspace()).exportTo(QStringLiteral("aging"), format, path, asOf(), *fields);
    if (!rows) {
        showError(tr("Export de la balance âgée"), rows.error());
        return false;
    }
    emit statusMessage(tr("Balance âgée exportée : %n client(s) dans %1", nullptr, *rows).arg(path));
    return true;
}

void ImpactAgingTab::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Exporter la balance âgée"), QStringLiteral("balance-agee-%1.xlsx").arg(QString::fromStdString(asOf().toIso())),
        tr("Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace pc::ui
