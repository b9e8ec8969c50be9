#include "ui/ImpactTab.h"

#include "app/Clock.h"
#include "app/ErrorText.h"
#include "app/Workspace.h"
#include "ui/FieldFeedback.h"
#include "ui/SalesWidgets.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>

#include <limits>

namespace pc::ui {

namespace {

// Sorts by kImpactSortRole and keeps the total row last in both orders.
class ImpactSortProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        // Qt reverses lessThan in descending order: the total answers so as to end last.
        if (left.data(kImpactTotalRole).toBool())
            return sortOrder() == Qt::DescendingOrder;
        if (right.data(kImpactTotalRole).toBool())
            return sortOrder() == Qt::AscendingOrder;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

ImpactTab::ImpactTab(app::Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace) {}

void ImpactTab::invalidate()
{
    m_stale = true;
    if (isVisible()) {
        m_stale = false;
        recompute();
    }
}

void ImpactTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        recompute();
    }
}

core::Date ImpactTab::today() const
{
    return m_ws.clock().today();
}

QDateEdit* ImpactTab::makeAsOfEdit(const char* name)
{
    QDateEdit* edit = makeDateEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setDate(app::toQDate(today()));
    connect(edit, &QDateEdit::dateChanged, this, &ImpactTab::invalidate);
    return edit;
}

QTableView* ImpactTab::makeView(QAbstractItemModel* model, const char* name)
{
    auto* proxy = new ImpactSortProxy(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(kImpactSortRole);
    QTableView* view = makeDocumentView(proxy, name, this);
    view->setSortingEnabled(true);
    // Unsorted until the user clicks a header: the services' order (by SIREN, by date).
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    return view;
}

int ImpactTab::sourceRow(const QModelIndex& viewIndex)
{
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(viewIndex.model());
    if (!viewIndex.isValid() || proxy == nullptr)
        return -1;
    return proxy->mapToSource(viewIndex).row();
}

int ImpactTab::selectedSourceRow(const QTableView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : sourceRow(rows.first());
}

void ImpactTab::showError(const QString& what, const core::Error& error)
{
    showError(what, app::ErrorText::describe(error));
}

void ImpactTab::showError(const QString& what, const QString& why)
{
    emit statusMessage(tr("%1 : %2").arg(what, why));
    if (!isVisible())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, what, why, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("impactErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
}

QString hundredthsText(const std::optional<std::int64_t>& value, const QString& unit)
{
    if (!value)
        return QStringLiteral("—");
    return QStringLiteral("%1 %2").arg(QLocale().toString(static_cast<double>(*value) / 100.0, 'f', 2), unit);
}

QVariant hundredthsKey(const std::optional<std::int64_t>& value)
{
    return value ? QVariant(static_cast<qlonglong>(*value)) : QVariant(std::numeric_limits<qlonglong>::min());
}

} // namespace pc::ui
