#include "ui/DisputesTab.h"

#include "app/DisputeService.h"
#include "app/Labels.h"
#include "app/Workspace.h"
#include "ui/DisputeDialogs.h"
#include "app/RecoveryLabels.h"
#include "ui/RecoverySession.h"
#include "ui/SalesWidgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

DisputesTab::DisputesTab(RecoverySession& session, QWidget* parent)
    : RecoveryTab(session, parent),
      m_model(RecoveryColumns::disputeModel(session, true, this)),
      m_stats(new QLabel(this)),
      m_filter(new QComboBox(this)),
      m_view(makeDocumentView(m_model, "disputesView", this)),
      m_investigate(button(tr("En cours d'anal&yse"), "investigateDisputeButton", this)),
      m_resolve(button(tr("&Résoudre…"), "resolveDisputeButton", this))
{
    setObjectName(QStringLiteral("disputesTab"));
    m_stats->setObjectName(QStringLiteral("disputeStatsLabel"));
    m_stats->setTextFormat(Qt::RichText);
    m_filter->setObjectName(QStringLiteral("disputeFilterCombo"));
    m_filter->addItem(tr("Litiges en cours"), true);
    m_filter->addItem(tr("Tous les litiges"), false);
    m_investigate->setToolTip(tr("Le litige passe à l'analyse, à votre nom"));
    QPushButton* create = button(tr("&Nouveau litige…"), "newDisputeButton", this);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_stats, 1);
    top->addWidget(m_filter);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(create);
    bottom->addWidget(m_investigate);
    bottom->addWidget(m_resolve);
    bottom->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &DisputesTab::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DisputesTab::updateButtons);
    connect(m_view, &QTableView::activated, this, &DisputesTab::resolveSelected);
    connect(create, &QPushButton::clicked, this, &DisputesTab::newDispute);
    connect(m_investigate, &QPushButton::clicked, this, &DisputesTab::investigateSelected);
    connect(m_resolve, &QPushButton::clicked, this, &DisputesTab::resolveSelected);
    updateButtons();
}

void DisputesTab::refresh()
{
    const bool activeOnly = m_filter->currentData().toBool();
    std::vector<store::DisputeRecord> disputes = app::DisputeService(session().workspace()).disputes(std::nullopt);
    if (activeOnly)
        std::erase_if(disputes, [this](const store::DisputeRecord& d) { return !d.dispute.activeOn(session().asOf()); });
    m_model->setRecords(std::move(disputes));
    updateStats();
    updateButtons();
}

void DisputesTab::updateStats()
{
    const receivables::DisputeStats s = app::DisputeService(session().workspace()).stats(std::nullopt, session().asOf());
    QStringList reasons;
    for (const auto& [reason, count] : s.activeByReason)
        reasons << QStringLiteral("%1 : %2").arg(app::RecoveryLabels::disputeReason(reason)).arg(count);
    m_stats->setToolTip(reasons.isEmpty()
                            ? QString()
                            : tr("Litiges en cours par motif :\n%1").arg(reasons.join(QLatin1Char('\n'))));
    QString text =
        tr("<b>%n litige(s) en cours</b> pour <b>%1</b>", nullptr, s.active).arg(app::Labels::money(s.activeAmount));
    if (s.active > 0)
        text += tr(" · âge moyen %n jour(s)", nullptr, s.averageAgeDays)
            + tr(", le plus ancien %n jour(s)", nullptr, s.oldestAgeDays);
    text += tr(" · %n résolu(s)", nullptr, s.resolved);
    if (s.resolved > 0)
        text += tr(", en %n jour(s) en moyenne", nullptr, s.averageResolutionDays);
    m_stats->setText(text);
}

const store::DisputeRecord* DisputesTab::selected() const
{
    const int row = selectedRow(m_view);
    return row < 0 ? nullptr : &m_model->records()[static_cast<std::size_t>(row)];
}

void DisputesTab::updateButtons()
{
    const store::DisputeRecord* d = selected();
    const bool open = d && !receivables::isResolution(d->dispute.status);
    m_investigate->setEnabled(open && d->dispute.status == receivables::DisputeStatus::Open);
    m_resolve->setEnabled(open);
}

void DisputesTab::newDispute()
{
    DisputeDialog dialog(session().workspace(), session().client(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Litige ouvert : son montant sort des relances jusqu'à sa résolution."));
}

bool DisputesTab::investigateSelected()
{
    const store::DisputeRecord* d = selected();
    if (!d)
        return false;
    const qint64 id = d->dispute.id;
    const QString piece = QString::fromStdString(d->piece);
    const std::string owner = session().workspace().actor().toStdString();
    if (auto status = app::DisputeService(session().workspace()).investigate(id, owner); !status) {
        showError(tr("Litige non modifié"), status.error());
        return false;
    }
    emit statusMessage(tr("Litige sur %1 en cours d'analyse par %2.").arg(piece, session().workspace().actor()));
    return true;
}

void DisputesTab::resolveSelected()
{
    const store::DisputeRecord* d = selected();
    if (!d || receivables::isResolution(d->dispute.status))
        return;
    DisputeResolutionDialog dialog(session().workspace(), *d, session().clientName(d->companyId), this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Litige résolu."));
}

} // namespace pc::ui
