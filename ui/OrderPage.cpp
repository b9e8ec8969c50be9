#include "ui/OrderPage.h"

#include "app/Clock.h"
#include "app/CreditService.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/SalesLabels.h"
#include "app/Workspace.h"
#include "core/PaymentTerms.h"
#include "ui/AddressFields.h"
#include "ui/CheckApprovalDialog.h"
#include "ui/FieldFeedback.h"
#include "ui/OrderLinesModel.h"
#include "ui/SalesWidgets.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

using core::Order;
using core::OrderStatus;

namespace {

constexpr int kOrdersRows = 6;
constexpr int kLinesRows = 5;

QString number(const Order& order)
{
    return QString::fromStdString(order.number);
}

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

// The order the credit check weighs before it has a number: its client and its lines.
Order orderOf(const app::OrderDraft& draft)
{
    Order order;
    order.clientId = draft.clientId;
    order.clientReference = draft.clientReference;
    order.orderDate = draft.orderDate.value_or(core::Date());
    order.terms = draft.terms.value_or(core::PaymentTerms());
    order.deliveryAddress = draft.deliveryAddress;
    int lineNo = 0;
    for (const core::DocumentLine& item : draft.lines)
        order.lines.push_back({++lineNo, item, {}});
    return order;
}

void setRowsHeight(QTableView* view, int rows)
{
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height()
                         + rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth());
}

} // namespace

OrderPage::OrderPage(app::Workspace& workspace, QWidget* parent)
    : CreditPageBase(workspace, parent),
      m_orders(new RecordTableModel<Order>(
          {{tr("Commande"), [](const Order& o) { return number(o); }},
           {tr("Date"), [](const Order& o) { return app::Labels::date(o.orderDate); }},
           {tr("Réf. client"), [](const Order& o) { return QString::fromStdString(o.clientReference); }},
           {tr("Statut"), [](const Order& o) { return app::SalesLabels::orderStatus(o.status); }},
           {tr("Total TTC"), [](const Order& o) { return app::Labels::money(o.totals().gross); }},
           {tr("Reste à livrer TTC"), [](const Order& o) { return app::Labels::money(o.remainingGross()); }},
           {tr("Conditions"), [](const Order& o) { return QString::fromStdString(o.terms.label()); }}},
          this)),
      m_lines(new OrderLinesModel(this))
{
    m_orders->setRoleProvider([](const Order&, int column, int role) {
        return role == Qt::TextAlignmentRole && (column == 4 || column == 5) ? rightAligned() : QVariant();
    });
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeOrdersBox());
    layout->addWidget(makeFormBox());
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    body()->addWidget(scroll);
}

QGroupBox* OrderPage::makeOrdersBox()
{
    auto* box = new QGroupBox(tr("Commandes du client"), this);
    m_ordersView = makeDocumentView(m_orders, "ordersView", box);
    setRowsHeight(m_ordersView, kOrdersRows);
    m_ordersProblem = makeProblemLabel("ordersProblemLabel", box);
    m_confirm = new QPushButton(tr("Confirmer le brouillon"), box);
    m_confirm->setObjectName(QStringLiteral("confirmDraftButton"));
    m_cancel = new QPushButton(tr("Annuler la commande…"), box);
    m_cancel->setObjectName(QStringLiteral("cancelOrderButton"));
    m_deposit = new QPushButton(tr("Enregistrer un acompte…"), box);
    m_deposit->setObjectName(QStringLiteral("depositButton"));
    m_pdf = new QPushButton(tr("Confirmation PDF…"), box);
    m_pdf->setObjectName(QStringLiteral("confirmationPdfButton"));
    m_print = new QPushButton(tr("Imprimer…"), box);
    m_print->setObjectName(QStringLiteral("printConfirmationButton"));

    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_confirm, m_cancel, m_deposit, m_pdf, m_print})
        actions->addWidget(button);
    actions->addStretch(1);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_ordersView);
    boxLayout->addLayout(actions);
    boxLayout->addWidget(m_ordersProblem);

    connect(m_ordersView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrderPage::updateActions);
    connect(m_confirm, &QPushButton::clicked, this, &OrderPage::confirmSelected);
    connect(m_cancel, &QPushButton::clicked, this, &OrderPage::cancelSelected);
    connect(m_deposit, &QPushButton::clicked, this, &OrderPage::recordDeposit);
    connect(m_pdf, &QPushButton::clicked, this, &OrderPage::exportConfirmation);
    connect(m_print, &QPushButton::clicked, this, &OrderPage::printConfirmation);
    return box;
}

QGroupBox* OrderPage::makeFormBox()
{
    auto* box = new QGroupBox(tr("Nouvelle commande"), this);
    m_inactive = makeHintLabel(box);
    m_inactive->setObjectName(QStringLiteral("inactiveAccountLabel"));
    m_inactive->setStyleSheet(QStringLiteral("color:#c0392b"));
    m_form = new QWidget(box);

    m_reference = new QLineEdit(m_form);
    m_reference->setObjectName(QStringLiteral("clientReferenceEdit"));
    m_reference->setPlaceholderText(tr("numéro du bon de commande du client, facultatif"));
    m_date = makeDateEdit(m_form);
    m_date->setObjectName(QStringLiteral("orderDateEdit"));
    m_terms = new QLineEdit(m_form);
    m_terms->setObjectName(QStringLiteral("orderTermsEdit"));
    m_terms->setPlaceholderText(tr("45 jours fin de mois, 30 jours nets, comptant…"));
    auto* fields = new QFormLayout;
    fields->addRow(tr("Bon de commande client :"), m_reference);
    fields->addRow(tr("Date de la commande :"), m_date);
    fields->addRow(tr("Conditions de paiement :"), m_terms);

    m_otherAddress = new QCheckBox(tr("Livrer à une autre adresse que celle du client"), m_form);
    m_otherAddress->setObjectName(QStringLiteral("otherAddressCheck"));
    m_address = new AddressFields(m_form);
    m_address->hide();
    connect(m_otherAddress, &QCheckBox::toggled, m_address, &QWidget::setVisible);
    auto* address = new QVBoxLayout;
    address->addWidget(m_otherAddress);
    address->addWidget(m_address);
    address->addStretch(1);

    auto* head = new QHBoxLayout;
    head->addLayout(fields, 1);
    head->addLayout(address, 1);

    m_formProblem = makeProblemLabel("orderProblemLabel", m_form);
    auto* draft = new QPushButton(tr("Enregistrer en brouillon"), m_form);
    draft->setObjectName(QStringLiteral("saveDraftButton"));
    auto* confirm = new QPushButton(tr("Confirmer la commande"), m_form);
    confirm->setObjectName(QStringLiteral("confirmOrderButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(draft);
    buttons->addWidget(confirm);

    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(head);
    formLayout->addWidget(makeLinesEditor(m_form));
    formLayout->addWidget(m_formProblem);
    formLayout->addLayout(buttons);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_inactive);
    boxLayout->addWidget(m_form);

    connect(draft, &QPushButton::clicked, this, &OrderPage::saveDraft);
    connect(confirm, &QPushButton::clicked, this, &OrderPage::confirmNewOrder);
    return box;
}

QWidget* OrderPage::makeLinesEditor(QWidget* parent)
{
    auto* editor = new QWidget(parent);
    m_linesView = new QTableView(editor);
    m_linesView->setObjectName(QStringLiteral("orderLinesView"));
    m_linesView->setModel(m_lines);
    m_linesView->setEditTriggers(kEditTriggers);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_linesView->verticalHeader()->setDefaultSectionSize(m_linesView->fontMetrics().height() + 10);
    QHeaderView* header = m_linesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OrderLinesModel::Description, QHeaderView::Stretch);
    for (const int column : {OrderLinesModel::QuantityColumn, OrderLinesModel::VatRate})
        header->resizeSection(column, 90);
    for (const int column : {OrderLinesModel::UnitPrice, OrderLinesModel::Net})
        header->resizeSection(column, 150);
    setRowsHeight(m_linesView, kLinesRows);

    auto* add = new QPushButton(tr("Ajouter une ligne"), editor);
    add->setObjectName(QStringLiteral("addLineButton"));
    auto* remove = new QPushButton(tr("Supprimer la ligne"), editor);
    remove->setObjectName(QStringLiteral("removeLineButton"));
    m_totals = new QLabel(editor);
    m_totals->setObjectName(QStringLiteral("orderTotalsLabel"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* under = new QHBoxLayout;
    under->addWidget(add);
    under->addWidget(remove);
    under->addWidget(m_totals, 1);

    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_linesView);
    layout->addLayout(under);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_lines->addLine();
        m_linesView->setCurrentIndex(m_lines->index(row, OrderLinesModel::Description));
        m_linesView->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_lines->removeLine(m_linesView->currentIndex().row());
        if (m_lines->rowCount() == 0)
            m_lines->addLine();
    });
    connect(m_lines, &OrderLinesModel::linesChanged, this, &OrderPage::showTotals);
    return editor;
}

void OrderPage::clientChanging()
{
    m_formReady = false;
    showProblem(m_ordersProblem, {});
}

void OrderPage::showAnalysis(const app::CreditAnalysis& analysis)
{
    const auto selected = selectedOrder();
    m_orders->setRecords(app::OrderService(workspace()).ordersOf(*clientId()));
    if (selected)
        selectOrder(number(*selected));
    const core::AccountStatus status = analysis.client.account.status;
    const bool active = status == core::AccountStatus::Active;
    m_form->setEnabled(active);
    m_inactive->setVisible(!active);
    m_inactive->setText(tr("Le compte de ce client est « %1 » : une commande ne s'enregistre que pour un compte actif "
                           "(ouvrez-le à l'étape 3).")
                            .arg(app::Labels::accountStatus(status)));
    if (!m_formReady)
        resetForm();
    updateActions();
}

void OrderPage::resetForm()
{
    for (QWidget* field : {static_cast<QWidget*>(m_reference), static_cast<QWidget*>(m_terms),
                           static_cast<QWidget*>(m_linesView)})
        markValid(field);
    m_reference->clear();
    m_date->setDate(app::toQDate(workspace().clock().today()));
    m_terms->setText(QString::fromStdString(app::OrderService(workspace()).defaultTerms(*clientId()).label()));
    m_otherAddress->setChecked(false);
    m_address->load({});
    m_lines->reset();
    showProblem(m_formProblem, {});
    m_formReady = true;
}

void OrderPage::showTotals()
{
    const core::DocumentTotals totals = m_lines->totals();
    m_totals->setText(tr("Total HT : %1 &nbsp;&nbsp; TVA : %2 &nbsp;&nbsp; <b>Total TTC : %3</b>")
                          .arg(app::Labels::money(totals.net), app::Labels::money(totals.vat),
                               app::Labels::money(totals.gross)));
}

std::optional<app::OrderDraft> OrderPage::readDraft()
{
    for (QWidget* field : {static_cast<QWidget*>(m_terms), static_cast<QWidget*>(m_linesView)})
        markValid(field);
    FormErrors errors;
    app::OrderDraft draft;
    draft.clientId = *clientId();
    draft.clientReference = m_reference->text().trimmed().toStdString();
    draft.orderDate = app::fromQDate(m_date->date());
    if (const auto terms = core::PaymentTerms::parse(m_terms->text().toStdString()))
        draft.terms = *terms;
    else
        errors.add(m_terms, tr("Conditions de paiement"), terms.error());
    if (m_otherAddress->isChecked())
        draft.deliveryAddress = m_address->read(errors, tr("Adresse de livraison"));
    if (const auto lines = m_lines->lines())
        draft.lines = *lines;
    else
        errors.add(m_linesView, tr("Lignes"), app::ErrorText::describe(lines.error()));
    showProblem(m_formProblem, errors.messages().join(QLatin1Char('\n')));
    if (errors.firstField())
        errors.firstField()->setFocus();
    return errors.empty() ? std::optional(draft) : std::nullopt;
}

bool OrderPage::saveDraft()
{
    const auto draft = readDraft();
    if (!draft)
        return false;
    const auto saved = app::OrderService(workspace()).add(*draft, false);
    if (!saved) {
        showProblem(m_formProblem, app::ErrorText::describe(saved.error()));
        return false;
    }
    resetForm();
    selectOrder(number(saved->order));
    emit statusMessage(tr("Commande %1 enregistrée en brouillon.").arg(number(saved->order)));
    return true;
}

bool OrderPage::confirmNewOrder()
{
    const auto draft = readDraft();
    if (!draft)
        return false;
    const Order order = orderOf(*draft);
    if (const core::Status valid = core::checkOrder(order); !valid) {
        showProblem(m_formProblem, app::ErrorText::describe(valid.error()));
        return false;
    }
    const auto approval = approve(order, tr("confirmer la commande"), m_formProblem);
    if (!approval)
        return false;
    const auto saved = app::OrderService(workspace()).add(*draft, true, *approval);
    if (!saved) {
        showProblem(m_formProblem, app::ErrorText::describe(saved.error()));
        return false;
    }
    resetForm();
    selectOrder(number(saved->order));
    emit statusMessage(tr("Commande %1 confirmée : %2 TTC.")
                           .arg(number(saved->order), app::Labels::money(saved->order.totals().gross)));
    return true;
}

std::optional<app::CheckApproval> OrderPage::approve(const Order& order, const QString& operation, QLabel* problems)
{
    const auto check = app::CreditCheckService(workspace()).checkOrder(order);
    if (!check) {
        showProblem(problems, app::ErrorText::describe(check.error()));
        return std::nullopt;
    }
    auto approval = CheckApprovalDialog::ask(workspace(), *check, operation, this);
    if (!approval)
        emit statusMessage(tr("Commande non confirmée : le contrôle de crédit n'a pas été accepté."));
    return approval;
}

bool OrderPage::selectOrder(const QString& wanted)
{
    const auto& orders = m_orders->records();
    for (std::size_t row = 0; row < orders.size(); ++row) {
        if (number(orders[row]) == wanted) {
            m_ordersView->selectRow(static_cast<int>(row));
            return true;
        }
    }
    return false;
}

std::optional<Order> OrderPage::selectedOrder() const
{
    const int row = selectedRow(m_ordersView);
    if (row < 0)
        return std::nullopt;
    return m_orders->records()[static_cast<std::size_t>(row)];
}

void OrderPage::updateActions()
{
    const auto order = selectedOrder();
    const auto is = [&](std::initializer_list<OrderStatus> statuses) {
        return order && std::find(statuses.begin(), statuses.end(), order->status) != statuses.end();
    };
    m_confirm->setEnabled(is({OrderStatus::Draft}));
    m_cancel->setEnabled(is({OrderStatus::Draft, OrderStatus::Confirmed, OrderStatus::PartlyDelivered}));
    m_deposit->setEnabled(is({OrderStatus::Draft, OrderStatus::Confirmed, OrderStatus::PartlyDelivered,
                              OrderStatus::Delivered}));
    m_pdf->setEnabled(is({OrderStatus::Confirmed, OrderStatus::PartlyDelivered, OrderStatus::Delivered,
                          OrderStatus::Invoiced}));
    m_print->setEnabled(m_pdf->isEnabled());
}

void OrderPage::confirmSelected()
{
    const auto order = selectedOrder();
    if (!order)
        return;
    showProblem(m_ordersProblem, {});
    const auto approval = approve(*order, tr("confirmer la commande %1").arg(number(*order)), m_ordersProblem);
    if (!approval)
        return;
    if (const auto confirmed = app::OrderService(workspace()).confirm(order->id, *approval); !confirmed) {
        showProblem(m_ordersProblem, app::ErrorText::describe(confirmed.error()));
        return;
    }
    emit statusMessage(tr("Commande %1 confirmée.").arg(number(*order)));
}

void OrderPage::cancelSelected()
{
    const auto order = selectedOrder();
    if (!order)
        return;
    showProblem(m_ordersProblem, {});
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Annuler la commande %1").arg(number(*order)),
                                                 tr("Motif de l'annulation :"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (const auto cancelled = app::OrderService(workspace()).cancel(order->id, reason); !cancelled) {
        showProblem(m_ordersProblem, app::ErrorText::describe(cancelled.error()));
        return;
    }
    emit statusMessage(tr("Commande %1 annulée.").arg(number(*order)));
}

void OrderPage::recordDeposit()
{
    const auto order = selectedOrder();
    if (!order)
        return;
    showProblem(m_ordersProblem, {});
    const auto input = askDateAndText(this, tr("Acompte sur la commande %1").arg(number(*order)),
                                      tr("Montant reçu (TTC) :"), tr("Reçu le :"), workspace().clock().today());
    if (!input)
        return;
    const auto amount = core::Money::parse(input->text.toStdString());
    if (!amount) {
        showProblem(m_ordersProblem, tr("Acompte : %1").arg(app::ErrorText::message(amount.error())));
        return;
    }
    if (const auto recorded = app::OrderService(workspace()).recordDeposit(order->id, *amount, input->date);
        !recorded) {
        showProblem(m_ordersProblem, app::ErrorText::describe(recorded.error()));
        return;
    }
    emit statusMessage(tr("Acompte de %1 enregistré sur la commande %2.")
                           .arg(app::Labels::money(*amount), number(*order)));
}

void OrderPage::exportConfirmation()
{
    const auto order = selectedOrder();
    if (!order)
        return;
    showProblem(m_ordersProblem, {});
    const QString path = QFileDialog::getSaveFileName(this, tr("Confirmation de commande"),
                                                      QDir::home().filePath(number(*order) + QStringLiteral(".pdf")),
                                                      tr("Documents PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const auto written = app::OrderService(workspace()).writeConfirmationPdf(number(*order), path); !written) {
        showProblem(m_ordersProblem, app::ErrorText::describe(written.error()));
        return;
    }
    emit statusMessage(tr("Confirmation de la commande %1 enregistrée : %2").arg(number(*order), path));
}

void OrderPage::printConfirmation()
{
    const auto order = selectedOrder();
    if (!order)
        return;
    auto html = app::OrderService(workspace()).confirmationHtml(number(*order));
    if (!html) {
        showProblem(m_ordersProblem, app::ErrorText::describe(html.error()));
        return;
    }
    if (printDocument(*html, number(*order), this))
        emit statusMessage(tr("Confirmation de la commande %1 envoyée à l'imprimante").arg(number(*order)));
}

} // namespace pc::ui
