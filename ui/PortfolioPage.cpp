#include "ui/PortfolioPage.h"

#include "app/ClientListModel.h"
#include "app/ClientService.h"
#include "app/Labels.h"
#include "app/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pc::ui {

PortfolioPage::PortfolioPage(app::Workspace& workspace, QWidget* parent)
    : QWidget(parent),
      m_model(new app::ClientListModel([&workspace] { return app::ClientService(workspace).list(); }, this)),
      m_proxy(new app::ClientFilterProxy(this)),
      m_filter(new QLineEdit(this)),
      m_status(new QComboBox(this)),
      m_view(new QTableView(this)),
      m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(app::ClientListModel::SortRole);
    m_filter->setObjectName(QStringLiteral("portfolioFilter"));
    m_filter->setPlaceholderText(tr("Filtrer : nom, SIREN, compte, ville…"));
    m_filter->setClearButtonEnabled(true);
    m_status->addItem(tr("Tous les statuts"), QString());
    for (const core::AccountStatus s : core::allAccountStatuses())
        m_status->addItem(app::Labels::accountStatus(s), QString::fromUtf8(core::toCode(s)));

    m_view->setObjectName(QStringLiteral("portfolioView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(app::ClientListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(app::ClientListModel::SirenColumn, 110);
    m_view->setColumnWidth(app::ClientListModel::NameColumn, 280);
    m_view->setColumnWidth(app::ClientListModel::AccountColumn, 100);
    m_view->setColumnWidth(app::ClientListModel::StatusColumn, 160);
    m_view->setColumnWidth(app::ClientListModel::CityColumn, 160);
    m_view->setColumnWidth(app::ClientListModel::SegmentColumn, 110);

    auto* newClient = new QPushButton(tr("Nouveau client…"), this);
    auto* import = new QPushButton(tr("Importer…"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_status);
    top->addWidget(newClient);
    top->addWidget(import);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusCode(m_status->currentData().toString());
        updateCount();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit clientActivated(m_proxy->data(index, app::ClientListModel::IdRole).toLongLong());
    });
    connect(newClient, &QPushButton::clicked, this, &PortfolioPage::newClientRequested);
    connect(import, &QPushButton::clicked, this, &PortfolioPage::importRequested);
    connect(&workspace.notifier(), &app::ChangeNotifier::clientsReset, m_model, &app::ClientListModel::reload);
    connect(&workspace.notifier(), &app::ChangeNotifier::clientChanged, m_model, &app::ClientListModel::reload);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PortfolioPage::updateCount);
    updateCount();
}

void PortfolioPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void PortfolioPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n client(s)", nullptr, total)
                                    : tr("%1 client(s) affiché(s) sur %2").arg(shown).arg(total));
}

} // namespace pc::ui
