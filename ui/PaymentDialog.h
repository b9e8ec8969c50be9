#pragma once

#include "core/ClientFile.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

// A payment received, entered by hand (a cheque, a transfer seen on the bank's site):
// date, amount, method, reference and label. It is recorded on OK through
// app::PaymentService::record, so that a refusal is shown here with the typing kept.
class PaymentDialog : public QDialog {
    Q_OBJECT

public:
    // `method`: the one proposed, the client's usual method.
    PaymentDialog(app::Workspace& workspace, qint64 clientId, const QString& clientName,
                  std::optional<core::PaymentMethod> method, QWidget* parent = nullptr);

    // The ledger entry written, once accepted.
    std::optional<qint64> recorded() const { return m_recorded; }

    void accept() override;

private:
    QWidget* fieldOf(const core::Error& error) const;
    void refuse(QWidget* field, const QString& message);

    app::Workspace& m_ws;
    qint64 m_client;
    QDateEdit* m_date;
    QLineEdit* m_amount;
    QComboBox* m_method;
    QLineEdit* m_reference;
    QLineEdit* m_label;
    QLabel* m_problem;
    std::optional<qint64> m_recorded;
};

} // namespace pc::ui
