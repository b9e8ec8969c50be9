#pragma once

#include "app/OrderService.h"
#include "ui/CreditPageBase.h"
#include "ui/RecordTableModel.h"

#include <optional>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pc::ui {

class AddressFields;
class OrderLinesModel;

// Stage 4, the orders of the current client: the list of its orders with their status
// and what remains to deliver, and the form of a new order (purchase-order number,
// date, terms, delivery address, lines and totals), saved as a draft or confirmed
// through the credit check. On a selected order: confirm a draft, cancel, record a
// deposit, print the order confirmation.
class OrderPage : public CreditPageBase {
    Q_OBJECT

public:
    explicit OrderPage(app::Workspace& workspace, QWidget* parent = nullptr);

    // Saves the form as a draft; false, with the problem shown, when refused.
    bool saveDraft();
    // Checks the credit, asks the approval a WARN or a BLOCK needs, and saves the order
    // confirmed; false when refused or stopped.
    bool confirmNewOrder();
    // Selects the order of that number in the list; false when it is not there.
    bool selectOrder(const QString& number);
    OrderLinesModel* linesModel() const { return m_lines; }

protected:
    void showAnalysis(const app::CreditAnalysis& analysis) override;
    void clientChanging() override;

private:
    QGroupBox* makeOrdersBox();
    QGroupBox* makeFormBox();
    QWidget* makeLinesEditor(QWidget* parent);
    void resetForm();
    void showTotals();
    void updateActions();
    // The form as a draft, or none with the problem shown.
    std::optional<app::OrderDraft> readDraft();
    std::optional<core::Order> selectedOrder() const;
    // The approval of the check of `order`; none when the user stops, or when the check
    // fails (shown in `problems`).
    std::optional<app::CheckApproval> approve(const core::Order& order, const QString& operation, QLabel* problems);
    void confirmSelected();
    void cancelSelected();
    void recordDeposit();
    void exportConfirmation();
    void printConfirmation();

    RecordTableModel<core::Order>* m_orders;
    OrderLinesModel* m_lines;
    bool m_formReady = false;
    QTableView* m_ordersView = nullptr;
    QLabel* m_ordersProblem = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_deposit = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_inactive = nullptr;
    QWidget* m_form = nullptr;
    QLineEdit* m_reference = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_terms = nullptr;
    QCheckBox* m_otherAddress = nullptr;
    AddressFields* m_address = nullptr;
    QTableView* m_linesView = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_formProblem = nullptr;
};

} // namespace pc::ui
