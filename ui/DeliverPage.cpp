#include "ui/DeliverPage.h"

#include "app/Clock.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/OrderService.h"
#include "app/SalesLabels.h"
#include "app/Workspace.h"
#include "ui/CheckApprovalDialog.h"
#include "ui/CheckDecisionView.h"
#include "ui/FieldFeedback.h"
#include "ui/SalesWidgets.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace pc::ui {

using core::Delivery;
using core::Order;
using core::OrderStatus;

// The quantities to deliver on each line of one order, typed as text and read with
// Quantity::parse; a line left at zero or blank is not delivered.
class DeliveryQuantitiesModel : public QAbstractTableModel {
public:
    enum Column { Line, Description, Ordered, Delivered, Remaining, ToDeliver, Net, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setOrder(const std::optional<Order>& order)
    {
        beginResetModel();
        m_lines = order ? order->lines : std::vector<core::OrderLine>();
        m_typed.clear();
        for (const core::OrderLine& line : m_lines)
            m_typed.push_back(line.remaining().isPositive() ? app::SalesLabels::quantity(line.remaining()) : QString());
        endResetModel();
    }

    // The lines to deliver, or the first quantity that does not read.
    core::Result<std::vector<core::DeliveryLine>> lines() const
    {
        std::vector<core::DeliveryLine> lines;
        for (std::size_t i = 0; i < m_lines.size(); ++i) {
            const auto quantity = typed(i);
            if (!quantity)
                return core::Error(quantity.error()).inField("lines[" + std::to_string(m_lines[i].lineNo) + "].quantity");
            if (quantity->isPositive())
                lines.push_back({m_lines[i].lineNo, *quantity});
        }
        return lines;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const auto row = static_cast<std::size_t>(index.row());
        const auto quantity = typed(row);
        switch (role) {
        case Qt::DisplayRole: return display(row, index.column());
        case Qt::EditRole: return index.column() == ToDeliver ? QVariant(m_typed[row]) : display(row, index.column());
        case Qt::TextAlignmentRole:
            return index.column() == Description ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::BackgroundRole:
            return index.column() == ToDeliver && !quantity ? QVariant(QBrush(QColor(0xfa, 0xdb, 0xd8))) : QVariant();
        case Qt::ToolTipRole:
            return index.column() == ToDeliver && !quantity ? QVariant(app::ErrorText::message(quantity.error()))
                                                            : QVariant();
        default: return {};
        }
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role) override
    {
        if (!index.isValid() || index.column() != ToDeliver || role != Qt::EditRole)
            return false;
        m_typed[static_cast<std::size_t>(index.row())] = value.toString();
        emit dataChanged(this->index(index.row(), ToDeliver), this->index(index.row(), Net));
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        return index.column() == ToDeliver ? flags | Qt::ItemIsEditable : flags;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case Line: return DeliverPage::tr("Ligne");
        case Description: return DeliverPage::tr("Désignation");
        case Ordered: return DeliverPage::tr("Commandé");
        case Delivered: return DeliverPage::tr("Déjà livré");
        case Remaining: return DeliverPage::tr("Reste");
        case ToDeliver: return DeliverPage::tr("À livrer");
        case Net: return DeliverPage::tr("Montant HT");
        default: return {};
        }
    }

private:
    // A blank cell delivers nothing on its line.
    core::Result<core::Quantity> typed(std::size_t row) const
    {
        const QString text = m_typed[row].trimmed();
        if (text.isEmpty())
            return core::Quantity();
        return core::Quantity::parse(text.toStdString());
    }

    QVariant display(std::size_t row, int column) const
    {
        const core::OrderLine& line = m_lines[row];
        switch (column) {
        case Line: return line.lineNo;
        case Description: return QString::fromStdString(line.item.description);
        case Ordered: return app::SalesLabels::quantity(line.item.quantity);
        case Delivered: return app::SalesLabels::quantity(line.delivered);
        case Remaining: return app::SalesLabels::quantity(line.remaining());
        case ToDeliver: return m_typed[row];
        case Net: {
            const auto quantity = typed(row);
            return quantity ? app::Labels::money(quantity->times(line.item.unitPrice)) : QString();
        }
        default: return {};
        }
    }

    std::vector<core::OrderLine> m_lines;
    std::vector<QString> m_typed;
};

namespace {

QString number(const std::string& text)
{
    return QString::fromStdString(text);
}

QString invoicing(const Delivery& d)
{
    return d.invoicedOn ? DeliverPage::tr("facturée le %1").arg(app::Labels::date(*d.invoicedOn))
                        : DeliverPage::tr("à facturer");
}

bool toDeliver(const Order& order)
{
    return order.status == OrderStatus::Confirmed || order.status == OrderStatus::PartlyDelivered;
}

} // namespace

DeliverPage::DeliverPage(app::Workspace& workspace, QWidget* parent)
    : CreditPageBase(workspace, parent),
      m_orders(new RecordTableModel<Order>(
          {{tr("Commande"), [](const Order& o) { return number(o.number); }},
           {tr("Date"), [](const Order& o) { return app::Labels::date(o.orderDate); }},
           {tr("Réf. client"), [](const Order& o) { return number(o.clientReference); }},
           {tr("Statut"), [](const Order& o) { return app::SalesLabels::orderStatus(o.status); }},
           {tr("Reste à livrer TTC"), [](const Order& o) { return app::Labels::money(o.remainingGross()); }}},
          this)),
      m_quantities(new DeliveryQuantitiesModel(this)),
      m_deliveries(new RecordTableModel<Delivery>(
          {{tr("Livraison"), [](const Delivery& d) { return number(d.number); }},
           {tr("Date"), [](const Delivery& d) { return app::Labels::date(d.date); }},
           {tr("Commande"), [this](const Delivery& d) { return orderNumber(d.orderId); }},
           {tr("Bon signé le"), [](const Delivery& d) { return app::Labels::date(d.signedOn); }},
           {tr("Signataire"), [](const Delivery& d) { return number(d.signatory); }},
           {tr("Facturation"), [](const Delivery& d) { return invoicing(d); }},
           {tr("Dérogation au contrôle"), [](const Delivery& d) { return number(d.overrideReason); }}},
          this))
{
    m_orders->setRoleProvider([](const Order&, int column, int role) {
        return role == Qt::TextAlignmentRole && column == 4 ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                            : QVariant();
    });
    // The order and the check it meets side by side; the lines get the whole width.
    auto* top = new QHBoxLayout;
    top->addWidget(makeOrdersBox(), 1);
    top->addWidget(makePreviewBox(), 1);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(makeDeliveryBox());
    layout->addWidget(makeDeliveriesBox());
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    body()->addWidget(scroll);
    clientChanging();
}

DeliverPage::~DeliverPage() = default;

QGroupBox* DeliverPage::makeOrdersBox()
{
    auto* box = new QGroupBox(tr("Commandes à livrer"), this);
    m_ordersView = makeDocumentView(m_orders, "ordersToDeliverView", box);
    m_ordersView->setFixedHeight(m_ordersView->verticalHeader()->defaultSectionSize() * 5
                                 + m_ordersView->horizontalHeader()->sizeHint().height() + 4);
    m_noOrders = makeHintLabel(box);
    m_noOrders->setText(tr("Aucune commande confirmée à livrer : confirmez une commande à l'étape 4."));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_ordersView);
    layout->addWidget(m_noOrders);
    layout->addStretch(1);
    connect(m_ordersView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeliverPage::orderChosen);
    return box;
}

QGroupBox* DeliverPage::makeDeliveryBox()
{
    auto* box = new QGroupBox(tr("Livraison"), this);
    m_quantitiesView = new QTableView(box);
    m_quantitiesView->setObjectName(QStringLiteral("deliveryQuantitiesView"));
    m_quantitiesView->setModel(m_quantities);
    m_quantitiesView->setEditTriggers(kEditTriggers);
    m_quantitiesView->verticalHeader()->hide();
    m_quantitiesView->verticalHeader()->setDefaultSectionSize(m_quantitiesView->fontMetrics().height() + 10);
    m_quantitiesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_quantitiesView->horizontalHeader()->setSectionResizeMode(DeliveryQuantitiesModel::Description,
                                                               QHeaderView::Stretch);
    m_quantitiesView->setFixedHeight(m_quantitiesView->verticalHeader()->defaultSectionSize() * 4
                                     + m_quantitiesView->horizontalHeader()->sizeHint().height() + 4);

    m_date = makeDateEdit(box);
    m_date->setObjectName(QStringLiteral("deliveryDateEdit"));
    m_signedOn = makeOptionalDateEdit(box);
    m_signedOn->setObjectName(QStringLiteral("signedOnEdit"));
    m_signatory = new QLineEdit(box);
    m_signatory->setObjectName(QStringLiteral("signatoryEdit"));
    m_signatory->setPlaceholderText(tr("si le bon signé est déjà revenu"));
    m_signatory->setMinimumWidth(260);
    m_problem = makeProblemLabel("deliveryProblemLabel", box);
    m_deliver = new QPushButton(tr("Livrer"), box);
    m_deliver->setObjectName(QStringLiteral("deliverButton"));
    // One row under the lines: the date, the signed note if already back, and the button.
    auto* under = new QHBoxLayout;
    const auto addField = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, box);
        label->setBuddy(field);
        under->addWidget(label);
        under->addWidget(field);
        under->addSpacing(12);
    };
    addField(tr("Date de livraison :"), m_date);
    addField(tr("Bon signé le :"), m_signedOn);
    addField(tr("Signataire :"), m_signatory);
    under->addStretch(1);
    under->addWidget(m_deliver);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_quantitiesView);
    layout->addLayout(under);
    layout->addWidget(m_problem);

    connect(m_quantities, &QAbstractItemModel::dataChanged, this, &DeliverPage::updatePreview);
    connect(m_deliver, &QPushButton::clicked, this, &DeliverPage::deliver);
    return box;
}

QGroupBox* DeliverPage::makePreviewBox()
{
    auto* box = new QGroupBox(tr("Contrôle de crédit de cette livraison"), this);
    m_preview = new CheckDecisionView(box);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_preview);
    layout->addStretch(1);
    return box;
}

QGroupBox* DeliverPage::makeDeliveriesBox()
{
    auto* box = new QGroupBox(tr("Livraisons du client"), this);
    m_deliveriesView = makeDocumentView(m_deliveries, "deliveriesView", box);
    m_deliveriesView->setMinimumHeight(m_deliveriesView->verticalHeader()->defaultSectionSize() * 4
                                       + m_deliveriesView->horizontalHeader()->sizeHint().height() + 4);
    m_sign = new QPushButton(tr("Enregistrer le bon signé…"), box);
    m_sign->setObjectName(QStringLiteral("signDeliveryButton"));
    m_deliveriesProblem = makeProblemLabel("deliveriesProblemLabel", box);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_sign);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_deliveriesView);
    layout->addLayout(actions);
    layout->addWidget(m_deliveriesProblem);
    connect(m_deliveriesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_sign->setEnabled(selectedRow(m_deliveriesView) >= 0);
    });
    connect(m_sign, &QPushButton::clicked, this, &DeliverPage::signSelected);
    return box;
}

void DeliverPage::clientChanging()
{
    m_date->setDate(app::toQDate(workspace().clock().today()));
    m_signatory->clear();
    setOptionalDate(m_signedOn, std::nullopt);
    showProblem(m_problem, {});
    showProblem(m_deliveriesProblem, {});
}

void DeliverPage::showAnalysis(const app::CreditAnalysis&)
{
    const auto selected = selectedOrder();
    std::vector<Order> pending;
    m_orderNumbers.clear();
    for (Order& order : app::OrderService(workspace()).ordersOf(*clientId())) {
        m_orderNumbers[order.id] = number(order.number);
        if (toDeliver(order))
            pending.push_back(std::move(order));
    }
    m_orders->setRecords(std::move(pending));
    m_noOrders->setVisible(m_orders->rowCount() == 0);
    if (!selected || !selectOrder(number(selected->number)))
        m_ordersView->selectRow(0);
    m_deliveries->setRecords(app::DeliveryService(workspace()).deliveriesOf(*clientId()));
    m_sign->setEnabled(false);
    orderChosen();
}

QString DeliverPage::orderNumber(qint64 orderId) const
{
    const auto found = m_orderNumbers.find(orderId);
    return found == m_orderNumbers.end() ? QString() : found->second;
}

bool DeliverPage::selectOrder(const QString& wanted)
{
    const auto& orders = m_orders->records();
    for (std::size_t row = 0; row < orders.size(); ++row) {
        if (number(orders[row].number) == wanted) {
            m_ordersView->selectRow(static_cast<int>(row));
            return true;
        }
    }
    return false;
}

std::optional<Order> DeliverPage::selectedOrder() const
{
    const int row = selectedRow(m_ordersView);
    if (row < 0)
        return std::nullopt;
    return m_orders->records()[static_cast<std::size_t>(row)];
}

void DeliverPage::orderChosen()
{
    const auto order = selectedOrder();
    m_quantities->setOrder(order);
    m_deliver->setEnabled(order.has_value());
    showProblem(m_problem, {});
    updatePreview();
}

std::optional<app::DeliveryRequest> DeliverPage::request(QString& problem) const
{
    const auto order = selectedOrder();
    if (!order) {
        problem = tr("Choisissez une commande à livrer.");
        return std::nullopt;
    }
    const auto lines = m_quantities->lines();
    if (!lines) {
        problem = app::ErrorText::describe(lines.error());
        return std::nullopt;
    }
    // An empty list would mean "all that remains" to the service: say it instead.
    if (lines->empty()) {
        problem = tr("Aucune quantité à livrer.");
        return std::nullopt;
    }
    app::DeliveryRequest request;
    request.orderId = order->id;
    request.date = app::fromQDate(m_date->date());
    request.lines = *lines;
    request.signedOn = optionalDate(m_signedOn);
    request.signatory = m_signatory->text().trimmed();
    return request;
}

void DeliverPage::updatePreview()
{
    QString problem;
    const auto wanted = request(problem);
    if (!wanted) {
        m_preview->clear();
        return;
    }
    const auto check = app::DeliveryService(workspace()).preview(*wanted);
    if (!check) {
        m_preview->clear();
        showProblem(m_problem, app::ErrorText::describe(check.error()));
        return;
    }
    showProblem(m_problem, {});
    m_preview->showOutcome(*check);
}

bool DeliverPage::deliver()
{
    QString problem;
    const auto wanted = request(problem);
    if (!wanted) {
        showProblem(m_problem, problem);
        return false;
    }
    app::DeliveryService deliveries(workspace());
    const auto check = deliveries.preview(*wanted);
    if (!check) {
        showProblem(m_problem, app::ErrorText::describe(check.error()));
        return false;
    }
    m_preview->showOutcome(*check);
    const QString order = number(selectedOrder()->number);
    const auto approval =
        CheckApprovalDialog::ask(workspace(), *check, tr("livrer la commande %1").arg(order), this);
    if (!approval) {
        emit statusMessage(tr("Livraison de la commande %1 non effectuée : le contrôle de crédit l'arrête.").arg(order));
        return false;
    }
    const auto delivered = deliveries.deliver(*wanted, *approval);
    if (!delivered) {
        showProblem(m_problem, app::ErrorText::describe(delivered.error()));
        return false;
    }
    m_signatory->clear();
    setOptionalDate(m_signedOn, std::nullopt);
    emit statusMessage(tr("Livraison %1 enregistrée pour la commande %2.").arg(number(delivered->delivery.number), order));
    return true;
}

void DeliverPage::signSelected()
{
    const int row = selectedRow(m_deliveriesView);
    if (row < 0)
        return;
    const Delivery& delivery = m_deliveries->records()[static_cast<std::size_t>(row)];
    const QString deliveryNumber = number(delivery.number);
    const auto input = askDateAndText(this, tr("Bon signé de la livraison %1").arg(deliveryNumber), tr("Signataire :"),
                                      tr("Signé le :"), workspace().clock().today());
    if (!input)
        return;
    if (const auto signedNote = app::DeliveryService(workspace()).sign(deliveryNumber, input->date, input->text);
        !signedNote) {
        showProblem(m_deliveriesProblem, app::ErrorText::describe(signedNote.error()));
        return;
    }
    showProblem(m_deliveriesProblem, {});
    emit statusMessage(tr("Bon signé de la livraison %1 enregistré.").arg(deliveryNumber));
}

} // namespace pc::ui
