#pragma once

#include "core/Invoice.h"
#include "core/Order.h"
#include "receivables/Ledger.h"
#include "ui/CreditPageBase.h"
#include "ui/RecordTableModel.h"

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace pc::ui {

// Stage 6, invoicing: the client's deliveries not invoiced yet, to tick and invoice on
// a date; its invoices and credit notes, to preview, save as PDF, print or credit; and
// its receivables ledger with what remains open on each entry. Posted documents are
// never edited: a mistake is corrected by a credit note.
class InvoicePage : public CreditPageBase {
    Q_OBJECT

public:
    explicit InvoicePage(app::Workspace& workspace, QWidget* parent = nullptr);
    ~InvoicePage() override;

    // Invoices the ticked deliveries on the date of the form; false, with the reason
    // shown, when refused.
    bool invoiceChecked();
    // The number of the document selected in the list of invoices, empty when none.
    QString selectedInvoice() const;
    void selectInvoice(const QString& number);
    // Asks for the amount, reason and date of a credit note on the selected invoice.
    void askCreditNote();
    // Writes the selected document as a PDF at `path`; false, with the reason shown, when it fails.
    bool savePdf(const QString& path);

protected:
    void showAnalysis(const app::CreditAnalysis& analysis) override;
    void clientChanging() override;

private:
    struct DeliveryRow {
        core::Delivery delivery;
        QString orderNumber;
        core::Money gross;
    };
    class DeliveryModel;
    struct InvoiceRow {
        core::Invoice invoice;
        core::Money open;
        core::Money creditable; // what a credit note may still take back (invoices only)
    };
    struct LedgerRow {
        receivables::LedgerEntry entry;
        core::Money open;
    };

    QWidget* makeDeliveriesBox();
    QWidget* makeInvoicesBox();
    QWidget* makeLedgerBox();
    void setupInvoiceRoles();
    void setupLedgerRoles();
    void showSellerState();
    void loadDeliveries(qint64 clientId);
    void loadInvoices(qint64 clientId);
    void loadLedger(qint64 clientId);
    void updateActions();
    const InvoiceRow* selectedRow() const;
    void preview();
    void choosePdf();
    void print();
    void showProblem(const QString& message);

    DeliveryModel* m_deliveries;
    RecordTableModel<InvoiceRow>* m_invoices;
    RecordTableModel<LedgerRow>* m_ledger;
    QLabel* m_sellerWarning = nullptr;
    QLabel* m_problem = nullptr;
    QDateEdit* m_invoiceDate = nullptr;
    QPushButton* m_invoiceButton = nullptr;
    QTableView* m_invoicesView = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_creditButton = nullptr;
    QLabel* m_balance = nullptr;
    bool m_sellerComplete = false;
};

} // namespace pc::ui
