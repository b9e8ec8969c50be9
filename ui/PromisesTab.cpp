#include "ui/PromisesTab.h"

#include "app/Labels.h"
#include "app/PromiseService.h"
#include "ui/PromiseDialog.h"
#include "ui/RecoverySession.h"
#include "ui/SalesWidgets.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pc::ui {

using receivables::PromiseState;

PromisesTab::PromisesTab(RecoverySession& session, QWidget* parent)
    : RecoveryTab(session, parent),
      m_model(RecoveryColumns::promiseModel(session, true, this)),
      m_summary(new QLabel(this)),
      m_pendingOnly(new QCheckBox(tr("En attente s&eulement"), this)),
      m_view(makeDocumentView(m_model, "promisesView", this))
{
    setObjectName(QStringLiteral("promisesTab"));
    m_summary->setObjectName(QStringLiteral("promiseSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_pendingOnly->setObjectName(QStringLiteral("pendingPromisesCheck"));
    auto* create = new QPushButton(tr("&Nouvelle promesse…"), this);
    create->setObjectName(QStringLiteral("newPromiseButton"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_pendingOnly);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(create);
    bottom->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_pendingOnly, &QCheckBox::toggled, this, &PromisesTab::refresh);
    connect(create, &QPushButton::clicked, this, &PromisesTab::newPromise);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        this->session().setClient(m_model->records()[static_cast<std::size_t>(index.row())].record.companyId);
    });
}

void PromisesTab::refresh()
{
    std::vector<app::PromiseView> promises =
        app::PromiseService(session().workspace()).promises(std::nullopt, session().asOf());
    updateSummary(promises);
    if (m_pendingOnly->isChecked())
        std::erase_if(promises, [](const app::PromiseView& p) { return p.status.state != PromiseState::Pending; });
    m_model->setRecords(std::move(promises));
}

void PromisesTab::updateSummary(const std::vector<app::PromiseView>& promises)
{
    int pending = 0;
    int broken = 0;
    int kept = 0;
    core::Money pendingAmount;
    for (const app::PromiseView& p : promises) {
        switch (p.status.state) {
        case PromiseState::Pending:
            ++pending;
            pendingAmount += p.record.promise.amount - p.status.received;
            break;
        case PromiseState::Broken: ++broken; break;
        case PromiseState::Kept: ++kept; break;
        }
    }
    m_summary->setText(
        tr("<b>%n promesse(s) en attente</b> pour %1", nullptr, pending).arg(app::Labels::money(pendingAmount))
        + tr(" · %n tenue(s)", nullptr, kept) + tr(" · %n non tenue(s)", nullptr, broken));
}

void PromisesTab::newPromise()
{
    PromiseDialog dialog(session().workspace(), session().client(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Promesse enregistrée : les relances du client attendent son échéance."));
}

} // namespace pc::ui
