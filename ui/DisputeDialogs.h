#pragma once

#include "store/RecoveryRepository.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

class RecoveryClientPicker;

// "Nouveau litige": an invoice of a client (one of its open invoices), the part
// disputed (all that is open when left empty), the reason, who handles it and what the
// client says. Opened on OK through app::DisputeService, so that a refusal is shown
// here with the typing kept.
class DisputeDialog : public QDialog {
    Q_OBJECT

public:
    DisputeDialog(app::Workspace& workspace, std::optional<qint64> clientId, QWidget* parent = nullptr);

    void accept() override;

private:
    void loadInvoices();
    QWidget* fieldOf(const core::Error& error) const;
    void refuse(QWidget* field, const QString& message);

    app::Workspace& m_ws;
    RecoveryClientPicker* m_client;
    QComboBox* m_invoice;
    QLineEdit* m_amount;
    QComboBox* m_reason;
    QLineEdit* m_owner;
    QLineEdit* m_note;
    QLabel* m_problem;
};

// "Résoudre": a credit note (of the disputed amount, or of the amount typed), a
// rejection, or a partial credit note, with a note; through app::DisputeService.
class DisputeResolutionDialog : public QDialog {
    Q_OBJECT

public:
    DisputeResolutionDialog(app::Workspace& workspace, const store::DisputeRecord& record, const QString& clientName,
                            QWidget* parent = nullptr);

    void accept() override;

private:
    void statusChanged();
    void refuse(QWidget* field, const QString& message);

    app::Workspace& m_ws;
    store::DisputeRecord m_record;
    QComboBox* m_status;
    QLineEdit* m_amount;
    QLineEdit* m_note;
    QLabel* m_problem;
};

} // namespace pc::ui
