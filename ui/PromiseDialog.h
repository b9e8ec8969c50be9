#pragma once

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

class RecoveryClientPicker;

// "Nouvelle promesse": a client's promise to pay an amount by a date, with who made
// it. Recorded on OK through app::PromiseService; while it is pending the client's
// dunning waits, and a broken one moves the client up its scenario.
class PromiseDialog : public QDialog {
    Q_OBJECT

public:
    PromiseDialog(app::Workspace& workspace, std::optional<qint64> clientId, QWidget* parent = nullptr);

    void accept() override;

private:
    void refuse(QWidget* field, const QString& message);

    app::Workspace& m_ws;
    RecoveryClientPicker* m_client;
    QLineEdit* m_amount;
    QDateEdit* m_date;
    QLineEdit* m_contact;
    QLineEdit* m_note;
    QLabel* m_problem;
};

} // namespace pc::ui
