#include "ui/CycleNavigator.h"

namespace pc::ui {
namespace {

constexpr int kPageRole = Qt::UserRole + 1;

const Page kPages[] = {Page::Dashboard, Page::Portfolio, Page::ClientFile, Page::Inform, Page::CreditLine, Page::OpenAccount,
                       Page::Order,     Page::Deliver,    Page::Invoice, Page::Collect,   Page::Recover, Page::Impact};

} // namespace

CycleNavigator::CycleNavigator(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("cycleNavigator"));
    setSpacing(2);
    setUniformItemSizes(true);
    setStyleSheet(QStringLiteral(
        "QListWidget { background: #1f2d3d; color: #ecf0f1; border: none; padding: 6px; }"
        "QListWidget::item { padding: 7px 10px; border-radius: 4px; }"
        "QListWidget::item:selected { background: #2e86c1; color: white; }"
        "QListWidget::item:disabled { color: #6c7a89; }"));
    for (const Page page : kPages) {
        auto* item = new QListWidgetItem(title(page), this);
        item->setData(kPageRole, static_cast<int>(page));
        if (stageNumber(page) == 1) {
            auto* header = new QListWidgetItem(tr("CYCLE CLIENT"));
            header->setFlags(Qt::NoItemFlags);
            QFont font = header->font();
            font.setPointSizeF(font.pointSizeF() * 0.8);
            font.setBold(true);
            header->setFont(font);
            insertItem(row(item), header);
        }
    }
    setFixedWidth(260);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        if (current && current->data(kPageRole).isValid())
            emit pageRequested(static_cast<Page>(current->data(kPageRole).toInt()));
    });
}

int CycleNavigator::stageNumber(Page page)
{
    const int index = static_cast<int>(page) - static_cast<int>(Page::Inform);
    return index >= 0 ? index + 1 : 0;
}

QString CycleNavigator::title(Page page)
{
    switch (page) {
    case Page::Dashboard: return tr("Tableau de bord");
    case Page::Portfolio: return tr("Portefeuille clients");
    case Page::ClientFile: return tr("Fiche client");
    case Page::Inform: return tr("1  S'informer");
    case Page::CreditLine: return tr("2  Ligne de crédit");
    case Page::OpenAccount: return tr("3  Ouvrir le compte");
    case Page::Order: return tr("4  Commandes");
    case Page::Deliver: return tr("5  Livraisons");
    case Page::Invoice: return tr("6  Facturation");
    case Page::Collect: return tr("7  Encaissements");
    case Page::Recover: return tr("8  Recouvrement");
    case Page::Impact: return tr("9  Impacts financiers");
    }
    return {};
}

QListWidgetItem* CycleNavigator::itemFor(Page page) const
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* it = item(i);
        if (it->data(kPageRole).isValid() && it->data(kPageRole).toInt() == static_cast<int>(page))
            return it;
    }
    return nullptr;
}

void CycleNavigator::setPageEnabled(Page page, bool enabled)
{
    QListWidgetItem* it = itemFor(page);
    it->setFlags(enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    it->setToolTip(enabled ? QString() : tr("Cette étape arrive dans une prochaine version."));
}

bool CycleNavigator::isPageEnabled(Page page) const
{
    return itemFor(page)->flags().testFlag(Qt::ItemIsEnabled);
}

void CycleNavigator::select(Page page)
{
    const QSignalBlocker blocker(this);
    setCurrentItem(itemFor(page));
}

} // namespace pc::ui
