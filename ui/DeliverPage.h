#pragma once

#include "app/DeliveryService.h"
#include "ui/CreditPageBase.h"
#include "ui/RecordTableModel.h"

#include <map>
#include <optional>

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pc::ui {

class CheckDecisionView;
class DeliveryQuantitiesModel;

// Stage 5, deliveries of the current client: its orders still to deliver; for the one
// selected, the quantity to deliver on each line (all that remains by default), the
// delivery date and the signed note if it is already back; the credit check the
// delivery would meet, shown live; the delivery itself, asking the approval a WARN or
// a BLOCK needs; and the client's deliveries, where a signed note is recorded later.
class DeliverPage : public CreditPageBase {
    Q_OBJECT

public:
    explicit DeliverPage(app::Workspace& workspace, QWidget* parent = nullptr);
    ~DeliverPage() override;

    // Selects the order of that number among those to deliver; false when not there.
    bool selectOrder(const QString& number);
    // Delivers what the form says; false when refused, or stopped at the credit check.
    bool deliver();
    CheckDecisionView* preview() const { return m_preview; }

protected:
    void showAnalysis(const app::CreditAnalysis& analysis) override;
    void clientChanging() override;

private:
    QGroupBox* makeOrdersBox();
    QGroupBox* makeDeliveryBox();
    QGroupBox* makePreviewBox();
    QGroupBox* makeDeliveriesBox();
    std::optional<core::Order> selectedOrder() const;
    // The selected order's lines, with all that remains, and the check they would meet.
    void orderChosen();
    void updatePreview();
    // The delivery the form describes; none with the problem in `problem`.
    std::optional<app::DeliveryRequest> request(QString& problem) const;
    void signSelected();
    QString orderNumber(qint64 orderId) const;

    RecordTableModel<core::Order>* m_orders;
    DeliveryQuantitiesModel* m_quantities;
    RecordTableModel<core::Delivery>* m_deliveries;
    std::map<qint64, QString> m_orderNumbers;
    QTableView* m_ordersView = nullptr;
    QLabel* m_noOrders = nullptr;
    QTableView* m_quantitiesView = nullptr;
    QDateEdit* m_date = nullptr;
    QDateEdit* m_signedOn = nullptr;
    QLineEdit* m_signatory = nullptr;
    QPushButton* m_deliver = nullptr;
    QLabel* m_problem = nullptr;
    CheckDecisionView* m_preview = nullptr;
    QTableView* m_deliveriesView = nullptr;
    QPushButton* m_sign = nullptr;
    QLabel* m_deliveriesProblem = nullptr;
};

} // namespace pc::ui
