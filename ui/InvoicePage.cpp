#include "ui/InvoicePage.h"

#include "ui/SalesWidgets.h"

#include "app/Clock.h"
#include "app/DeliveryService.h"
#include "app/ErrorText.h"
#include "app/InvoiceService.h"
#include "app/Labels.h"
#include "app/OrderService.h"
#include "app/PdfWriter.h"
#include "app/SalesLabels.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "store/LedgerRepository.h"
#include "ui/FieldFeedback.h"

#include <QBrush>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace pc::ui {

using core::Money;

namespace {

const QColor kRed(0xc0, 0x39, 0x2b);

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

QString moneyOrBlank(Money amount)
{
    return amount.isZero() ? QString() : app::Labels::money(amount);
}

// A document list that keeps a few rows visible, so that an empty list still reads
// as a list.
QTableView* makeTable(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    QTableView* view = makeDocumentView(model, name, parent);
    view->setMinimumHeight(view->horizontalHeader()->sizeHint().height()
                           + 3 * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth());
    return view;
}

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

QString missingMentionText(const std::string& field)
{
    if (field == "seller.name")
        return InvoicePage::tr("la raison sociale");
    if (field == "seller.siren")
        return InvoicePage::tr("le SIREN");
    return InvoicePage::tr("l'adresse");
}

// The amount, reason and date of a credit note; the credit note is made on OK, so
// that a refusal (too much, a date too early) is shown here and the typing is kept.
class CreditNoteDialog : public QDialog {
public:
    CreditNoteDialog(app::Workspace& ws, const core::Invoice& invoice, Money creditable, QWidget* parent)
        : QDialog(parent), m_ws(ws), m_number(QString::fromStdString(invoice.number))
    {
        setObjectName(QStringLiteral("creditNoteDialog"));
        setWindowTitle(InvoicePage::tr("Avoir sur la facture %1").arg(m_number));
        m_full = new QRadioButton(
            InvoicePage::tr("Tout ce qui reste à créditer : %1").arg(app::Labels::money(creditable)), this);
        m_full->setObjectName(QStringLiteral("fullCreditRadio"));
        m_full->setChecked(true);
        m_partial = new QRadioButton(InvoicePage::tr("Un montant TTC :"), this);
        m_partial->setObjectName(QStringLiteral("partialCreditRadio"));
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(QStringLiteral("creditAmountEdit"));
        m_amount->setPlaceholderText(InvoicePage::tr("ex. 1 234,56"));
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("creditReasonEdit"));
        m_reason->setPlaceholderText(InvoicePage::tr("obligatoire : retour, remise, erreur de prix…"));
        m_date = makeDateEdit(this);
        m_date->setObjectName(QStringLiteral("creditDateEdit"));
        m_date->setDate(app::toQDate(ws.clock().today()));
        m_problem = makeProblemLabel("creditProblemLabel", this);
        layOut(invoice);
        // Typing an amount means a partial credit note.
        connect(m_amount, &QLineEdit::textEdited, m_partial, [this] { m_partial->setChecked(true); });
    }

    std::optional<core::Invoice> created() const { return m_created; }

    void accept() override
    {
        for (QWidget* field : {static_cast<QWidget*>(m_amount), static_cast<QWidget*>(m_reason)})
            markValid(field);
        std::optional<Money> amount;
        if (m_partial->isChecked()) {
            const auto parsed = Money::parse(m_amount->text().trimmed().toStdString());
            if (!parsed)
                return refuse(m_amount, app::ErrorText::message(parsed.error()));
            amount = *parsed;
        }
        auto note =
            app::InvoiceService(m_ws).creditNote(m_number, amount, m_reason->text(), app::fromQDate(m_date->date()));
        if (!note) {
            return refuse(fieldOf(note.error()), app::ErrorText::describe(note.error()));
        }
        m_created = *note;
        QDialog::accept();
    }

private:
    void layOut(const core::Invoice& invoice)
    {
        auto* grid = new QGridLayout;
        grid->addWidget(m_full, 0, 0, 1, 2);
        grid->addWidget(m_partial, 1, 0);
        grid->addWidget(m_amount, 1, 1);
        auto* reasonLabel = new QLabel(InvoicePage::tr("Motif :"), this);
        reasonLabel->setBuddy(m_reason);
        grid->addWidget(reasonLabel, 2, 0);
        grid->addWidget(m_reason, 2, 1);
        auto* dateLabel = new QLabel(InvoicePage::tr("Date de l'avoir :"), this);
        dateLabel->setBuddy(m_date);
        grid->addWidget(dateLabel, 3, 0);
        grid->addWidget(m_date, 3, 1);
        grid->setColumnStretch(1, 1);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(InvoicePage::tr("Établir l'avoir"));
        buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createCreditNoteButton"));
        connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* intro = new QLabel(InvoicePage::tr("Facture %1 du %2, %3 TTC. Une facture émise n'est jamais modifiée : "
                                                 "l'avoir la corrige et vient en déduction de ce qu'elle laisse dû.")
                                     .arg(m_number, app::Labels::date(invoice.issueDate),
                                          app::Labels::money(invoice.totals.gross)),
                                 this);
        intro->setWordWrap(true);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addLayout(grid);
        layout->addWidget(m_problem);
        layout->addWidget(buttons);
        setMinimumWidth(520);
    }

    // The field a refusal of the service is about, none when it is about the invoice.
    QWidget* fieldOf(const core::Error& error) const
    {
        if (error.where.field == "amount" || error.code == core::ErrorCode::InvalidNumber)
            return m_amount;
        if (error.code == core::ErrorCode::ReasonRequired)
            return m_reason;
        if (error.code == core::ErrorCode::DateTooEarly)
            return m_date;
        return nullptr;
    }

    void refuse(QWidget* field, const QString& message)
    {
        if (field) {
            markInvalid(field, message);
            field->setFocus();
        }
        m_problem->setText(message);
        m_problem->show();
    }

    app::Workspace& m_ws;
    QString m_number;
    QRadioButton* m_full;
    QRadioButton* m_partial;
    QLineEdit* m_amount;
    QLineEdit* m_reason;
    QDateEdit* m_date;
    QLabel* m_problem;
    std::optional<core::Invoice> m_created;
};

} // namespace

// The deliveries to invoice, each with a box to tick on its number.
class InvoicePage::DeliveryModel : public RecordTableModel<DeliveryRow> {
public:
    using RecordTableModel::RecordTableModel;

    void setDeliveries(std::vector<DeliveryRow> rows)
    {
        m_checked.clear();
        setRecords(std::move(rows));
    }

    QStringList checkedNumbers() const
    {
        QStringList numbers;
        for (const DeliveryRow& row : records())
            if (m_checked.contains(row.delivery.number))
                numbers << QString::fromStdString(row.delivery.number);
        return numbers;
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        const Qt::ItemFlags flags = RecordTableModel::flags(index);
        return index.column() == 0 ? flags | Qt::ItemIsUserCheckable : flags;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::CheckStateRole && index.column() == 0 && index.row() < rowCount())
            return m_checked.contains(numberAt(index.row())) ? Qt::Checked : Qt::Unchecked;
        return RecordTableModel::data(index, role);
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role) override
    {
        if (role != Qt::CheckStateRole || index.column() != 0 || index.row() >= rowCount())
            return false;
        if (value.value<Qt::CheckState>() == Qt::Checked)
            m_checked.insert(numberAt(index.row()));
        else
            m_checked.erase(numberAt(index.row()));
        emit dataChanged(index, index, {Qt::CheckStateRole});
        return true;
    }

private:
    const std::string& numberAt(int row) const { return records()[static_cast<std::size_t>(row)].delivery.number; }

    std::set<std::string> m_checked;
};

InvoicePage::InvoicePage(app::Workspace& workspace, QWidget* parent)
    : CreditPageBase(workspace, parent),
      m_deliveries(new DeliveryModel(
          {{tr("Livraison"), [](const DeliveryRow& r) { return QString::fromStdString(r.delivery.number); }},
           {tr("Date"), [](const DeliveryRow& r) { return app::Labels::date(r.delivery.date); }},
           {tr("Commande"), [](const DeliveryRow& r) { return r.orderNumber; }},
           {tr("Montant TTC"), [](const DeliveryRow& r) { return app::Labels::money(r.gross); }}},
          this)),
      m_invoices(new RecordTableModel<InvoiceRow>(
          {{tr("Numéro"), [](const InvoiceRow& r) { return QString::fromStdString(r.invoice.number); }},
           {tr("Nature"), [](const InvoiceRow& r) { return app::SalesLabels::invoiceKind(r.invoice.kind); }},
           {tr("Date"), [](const InvoiceRow& r) { return app::Labels::date(r.invoice.issueDate); }},
           {tr("Échéance"), [](const InvoiceRow& r) { return app::Labels::date(r.invoice.dueDate); }},
           {tr("HT"), [](const InvoiceRow& r) { return app::Labels::money(r.invoice.totals.net); }},
           {tr("TVA"), [](const InvoiceRow& r) { return app::Labels::money(r.invoice.totals.vat); }},
           {tr("TTC"), [](const InvoiceRow& r) { return app::Labels::money(r.invoice.totals.gross); }},
           {tr("Reste ouvert"), [](const InvoiceRow& r) { return app::Labels::money(r.open); }},
           {tr("Facture créditée"),
            [](const InvoiceRow& r) { return QString::fromStdString(r.invoice.creditedInvoice); }}},
          this)),
      m_ledger(new RecordTableModel<LedgerRow>(
          {{tr("Date"), [](const LedgerRow& r) { return app::Labels::date(r.entry.date); }},
           {tr("Journal"), [](const LedgerRow& r) { return QString::fromStdString(r.entry.journal); }},
           {tr("Pièce"), [](const LedgerRow& r) { return QString::fromStdString(r.entry.piece); }},
           {tr("Libellé"), [](const LedgerRow& r) { return QString::fromStdString(r.entry.label); }},
           {tr("Débit"), [](const LedgerRow& r) { return moneyOrBlank(r.entry.debit); }},
           {tr("Crédit"), [](const LedgerRow& r) { return moneyOrBlank(r.entry.credit); }},
           {tr("Échéance"), [](const LedgerRow& r) { return app::Labels::date(r.entry.dueDate); }},
           {tr("Reste ouvert"), [](const LedgerRow& r) { return moneyOrBlank(r.open); }}},
          this))
{
    m_deliveries->setRoleProvider([](const DeliveryRow&, int column, int role) -> QVariant {
        return role == Qt::TextAlignmentRole && column == 3 ? rightAligned() : QVariant();
    });
    setupInvoiceRoles();
    setupLedgerRoles();

    m_sellerWarning = makeProblemLabel("sellerWarningLabel", this);
    m_sellerWarning->setStyleSheet(QStringLiteral("QLabel { color:#c0392b; background:#fdecea; padding:6px; "
                                                  "border:1px solid #e6b0aa; border-radius:4px; }"));
    m_problem = makeProblemLabel("invoiceProblemLabel", this);
    auto* documents = new QSplitter(Qt::Vertical, this);
    documents->setChildrenCollapsible(false);
    documents->addWidget(makeInvoicesBox());
    documents->addWidget(makeLedgerBox());
    body()->addWidget(m_sellerWarning);
    body()->addWidget(makeDeliveriesBox());
    body()->addWidget(m_problem);
    body()->addWidget(documents, 1);
    clientChanging();
}

InvoicePage::~InvoicePage() = default;

void InvoicePage::setupInvoiceRoles()
{
    m_invoices->setRoleProvider([this](const InvoiceRow& r, int column, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole && column >= 4 && column <= 7)
            return rightAligned();
        if (role == Qt::ForegroundRole && column == 1 && r.invoice.kind == core::InvoiceKind::CreditNote)
            return QBrush(kRed);
        const bool overdue = r.open.isPositive() && r.invoice.kind == core::InvoiceKind::Invoice
            && r.invoice.dueDate < workspace().clock().today();
        if (role == Qt::ForegroundRole && column == 7 && overdue)
            return QBrush(kRed);
        if (role == Qt::ToolTipRole && column == 8 && !r.invoice.reason.empty())
            return QString::fromStdString(r.invoice.reason);
        return {};
    });
}

void InvoicePage::setupLedgerRoles()
{
    m_ledger->setRoleProvider([this](const LedgerRow& r, int column, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole && (column == 4 || column == 5 || column == 7))
            return rightAligned();
        const bool overdue = r.entry.isDebit() && r.open.isPositive()
            && r.entry.dueDate.value_or(r.entry.date) < workspace().clock().today();
        if (role == Qt::ForegroundRole && overdue && (column == 6 || column == 7))
            return QBrush(kRed);
        if (role == Qt::ToolTipRole && column == 3)
            return QString::fromStdString(r.entry.label);
        return {};
    });
}

QWidget* InvoicePage::makeDeliveriesBox()
{
    auto* box = new QGroupBox(tr("Livraisons à facturer"), this);
    auto* view = makeTable(m_deliveries, "deliveriesView", box);
    view->setMaximumHeight(view->minimumHeight() + view->verticalHeader()->defaultSectionSize());
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* hint = new QLabel(tr("Cochez les bons de livraison à reprendre sur une même facture."), box);
    hint->setStyleSheet(QStringLiteral("color:#5d6d7e"));
    m_invoiceDate = makeDateEdit(box);
    m_invoiceDate->setObjectName(QStringLiteral("invoiceDateEdit"));
    m_invoiceButton = button(tr("Établir la facture"), "createInvoiceButton", box);
    auto* dateLabel = new QLabel(tr("Date de la facture :"), box);
    dateLabel->setBuddy(m_invoiceDate);

    auto* actions = new QHBoxLayout;
    actions->addWidget(hint, 1);
    actions->addWidget(dateLabel);
    actions->addWidget(m_invoiceDate);
    actions->addWidget(m_invoiceButton);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(view);
    layout->addLayout(actions);
    connect(m_deliveries, &QAbstractItemModel::dataChanged, this, &InvoicePage::updateActions);
    connect(m_deliveries, &QAbstractItemModel::modelReset, this, &InvoicePage::updateActions);
    connect(m_invoiceButton, &QPushButton::clicked, this, &InvoicePage::invoiceChecked);
    return box;
}

QWidget* InvoicePage::makeInvoicesBox()
{
    auto* box = new QGroupBox(tr("Factures et avoirs"), this);
    m_invoicesView = makeTable(m_invoices, "invoicesView", box);
    m_previewButton = button(tr("Aperçu"), "previewInvoiceButton", box);
    m_pdfButton = button(tr("PDF…"), "pdfInvoiceButton", box);
    m_printButton = button(tr("Imprimer…"), "printInvoiceButton", box);
    m_creditButton = button(tr("Avoir…"), "creditNoteButton", box);
    m_creditButton->setToolTip(tr("Une facture émise ne se modifie pas : un avoir l'annule en tout ou partie."));

    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    for (QPushButton* b : {m_previewButton, m_pdfButton, m_printButton, m_creditButton})
        actions->addWidget(b);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_invoicesView, 1);
    layout->addLayout(actions);
    connect(m_invoicesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvoicePage::updateActions);
    connect(m_invoices, &QAbstractItemModel::modelReset, this, &InvoicePage::updateActions);
    connect(m_invoicesView, &QTableView::doubleClicked, this, &InvoicePage::preview);
    connect(m_previewButton, &QPushButton::clicked, this, &InvoicePage::preview);
    connect(m_pdfButton, &QPushButton::clicked, this, &InvoicePage::choosePdf);
    connect(m_printButton, &QPushButton::clicked, this, &InvoicePage::print);
    connect(m_creditButton, &QPushButton::clicked, this, &InvoicePage::askCreditNote);
    return box;
}

QWidget* InvoicePage::makeLedgerBox()
{
    auto* box = new QGroupBox(tr("Compte client (411)"), this);
    auto* view = makeTable(m_ledger, "ledgerView", box);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_balance = new QLabel(box);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_balance->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_balance->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(view, 1);
    layout->addWidget(m_balance);
    return box;
}

void InvoicePage::clientChanging()
{
    m_invoiceDate->setDate(app::toQDate(workspace().clock().today()));
    m_problem->hide();
}

void InvoicePage::showAnalysis(const app::CreditAnalysis&)
{
    const qint64 id = *clientId();
    showSellerState();
    loadDeliveries(id);
    loadInvoices(id);
    loadLedger(id);
    updateActions();
}

void InvoicePage::showSellerState()
{
    const auto missing = core::missingSellerMention(app::SharedSettings(workspace()).seller());
    m_sellerComplete = !missing;
    if (missing)
        m_sellerWarning->setText(tr("L'identité du vendeur est incomplète : %1 manque. Renseignez-la dans Fichier › "
                                    "Paramètres de l'entreprise avant d'établir une facture ou un avoir ; elle figure sur chaque "
                                    "document.")
                                     .arg(missingMentionText(*missing)));
    m_sellerWarning->setVisible(missing.has_value());
}

void InvoicePage::loadDeliveries(qint64 clientId)
{
    app::OrderService orders(workspace());
    std::map<qint64, std::optional<core::Order>> byId;
    std::vector<DeliveryRow> rows;
    for (core::Delivery& delivery : app::DeliveryService(workspace()).toInvoice(clientId)) {
        auto [at, added] = byId.try_emplace(delivery.orderId);
        if (added)
            at->second = orders.byId(delivery.orderId);
        DeliveryRow row{std::move(delivery), {}, {}};
        if (const auto& order = at->second) {
            row.orderNumber = QString::fromStdString(order->number);
            row.gross = core::totalsOf(core::deliveredItems(*order, row.delivery)).gross;
        }
        rows.push_back(std::move(row));
    }
    m_deliveries->setDeliveries(std::move(rows));
}

void InvoicePage::loadInvoices(qint64 clientId)
{
    const QString selected = selectedInvoice();
    app::InvoiceService service(workspace());
    const std::vector<core::Invoice> documents = service.invoicesOf(clientId);
    std::map<std::string, Money> credited;
    for (const core::Invoice& d : documents)
        if (d.kind == core::InvoiceKind::CreditNote)
            credited[d.creditedInvoice] += d.totals.gross;
    std::vector<InvoiceRow> rows;
    for (const core::Invoice& d : documents) {
        const Money creditable = d.kind == core::InvoiceKind::Invoice ? d.totals.gross - credited[d.number] : Money();
        rows.push_back({d, service.openAmount(d), creditable});
    }
    m_invoices->setRecords(std::move(rows));
    selectInvoice(selected);
}

void InvoicePage::loadLedger(qint64 clientId)
{
    store::LedgerRepository ledger(workspace().db());
    const auto allocations = ledger.allocationsOf(clientId);
    const core::Date today = workspace().clock().today();
    std::vector<LedgerRow> rows;
    Money balance;
    Money overdue;
    for (receivables::LedgerEntry& entry : ledger.entriesOf(clientId)) {
        const Money open = receivables::openAmount(entry, allocations, today);
        balance += entry.debit - entry.credit;
        if (entry.isDebit() && entry.dueDate.value_or(entry.date) < today)
            overdue += open;
        rows.push_back({std::move(entry), open});
    }
    m_ledger->setRecords(std::move(rows));
    QString text = balance.isNegative()
        ? tr("Solde : <b>%1</b> en faveur du client").arg(app::Labels::money(-balance))
        : tr("Solde dû par le client : <b>%1</b>").arg(app::Labels::money(balance));
    if (overdue.isPositive())
        text += QStringLiteral(" — <span style='color:#c0392b'>%1</span>")
                    .arg(tr("dont échu au %1 : %2").arg(app::Labels::date(today), app::Labels::money(overdue)));
    m_balance->setText(text);
}

void InvoicePage::updateActions()
{
    m_invoiceButton->setEnabled(m_sellerComplete && !m_deliveries->checkedNumbers().isEmpty());
    const InvoiceRow* row = selectedRow();
    for (QPushButton* b : {m_previewButton, m_pdfButton, m_printButton})
        b->setEnabled(row != nullptr);
    m_creditButton->setEnabled(m_sellerComplete && row && row->creditable.isPositive());
}

bool InvoicePage::invoiceChecked()
{
    const QStringList numbers = m_deliveries->checkedNumbers();
    if (!clientId() || numbers.isEmpty())
        return false;
    auto invoice = app::InvoiceService(workspace()).invoiceDeliveries(numbers, app::fromQDate(m_invoiceDate->date()));
    if (!invoice) {
        showProblem(tr("Facture refusée : %1").arg(app::ErrorText::describe(invoice.error())));
        return false;
    }
    m_problem->hide();
    // The service's notification has refreshed the lists: show the new invoice.
    selectInvoice(QString::fromStdString(invoice->number));
    emit statusMessage(tr("Facture %1 établie : %2 TTC, échéance le %3")
                           .arg(QString::fromStdString(invoice->number), app::Labels::money(invoice->totals.gross),
                                app::Labels::date(invoice->dueDate)));
    return true;
}

const InvoicePage::InvoiceRow* InvoicePage::selectedRow() const
{
    const QModelIndexList rows = m_invoicesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_invoices->records()[static_cast<std::size_t>(rows.front().row())];
}

QString InvoicePage::selectedInvoice() const
{
    const InvoiceRow* row = selectedRow();
    return row ? QString::fromStdString(row->invoice.number) : QString();
}

void InvoicePage::selectInvoice(const QString& number)
{
    const auto& records = m_invoices->records();
    for (std::size_t row = 0; row < records.size(); ++row) {
        if (QString::fromStdString(records[row].invoice.number) == number) {
            m_invoicesView->selectRow(static_cast<int>(row));
            return;
        }
    }
    m_invoicesView->clearSelection();
}

void InvoicePage::preview()
{
    const QString number = selectedInvoice();
    auto html = app::InvoiceService(workspace()).html(number);
    if (!html) {
        showProblem(app::ErrorText::describe(html.error()));
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("invoicePreviewDialog"));
    dialog->setWindowTitle(tr("Aperçu de %1").arg(number));
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("invoicePreview"));
    browser->setHtml(*html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(820, 900);
    dialog->show();
}

void InvoicePage::choosePdf()
{
    const QString number = selectedInvoice();
    const QString path = QFileDialog::getSaveFileName(this, tr("Enregistrer %1 en PDF").arg(number),
                                                      QDir::home().filePath(number + QStringLiteral(".pdf")),
                                                      tr("Documents PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

bool InvoicePage::savePdf(const QString& path)
{
    const QString number = selectedInvoice();
    if (auto written = app::InvoiceService(workspace()).writePdf(number, path); !written) {
        showProblem(app::ErrorText::describe(written.error()));
        return false;
    }
    m_problem->hide();
    emit statusMessage(tr("%1 enregistrée : %2").arg(number, QDir::toNativeSeparators(path)));
    return true;
}

void InvoicePage::print()
{
    const QString number = selectedInvoice();
    auto html = app::InvoiceService(workspace()).html(number);
    if (!html) {
        showProblem(app::ErrorText::describe(html.error()));
        return;
    }
    if (!printDocument(*html, number, this))
        return;
    emit statusMessage(tr("%1 envoyée à l'imprimante").arg(number));
}

void InvoicePage::askCreditNote()
{
    const InvoiceRow* row = selectedRow();
    if (!row || !row->creditable.isPositive())
        return;
    CreditNoteDialog dialog(workspace(), row->invoice, row->creditable, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Invoice note = *dialog.created();
    selectInvoice(QString::fromStdString(note.number));
    emit statusMessage(tr("Avoir %1 établi sur la facture %2 : %3 TTC")
                           .arg(QString::fromStdString(note.number), QString::fromStdString(note.creditedInvoice),
                                app::Labels::money(note.totals.gross)));
}

void InvoicePage::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

} // namespace pc::ui
