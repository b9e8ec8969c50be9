#pragma once

#include "core/Money.h"

#include <QDialog>
#include <QString>

#include <optional>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

// Who a call was made to, and why.
struct CallTarget {
    qint64 companyId = 0;
    QString clientName;
    QString clientKey; // SIREN or account number, for the promise
    // The call of the scenario it completes; none: a call outside the scenario.
    std::optional<qint64> taskId;
    core::Money owed; // proposed as the amount promised
};

// "Noter l'appel": the outcome of a call with a note and the day to act next, and the
// promise to pay the client made, if any. Recorded on OK (the promise through
// app::PromiseService, then the call through app::DunningService), so that a refusal
// is shown here with the typing kept.
class DunningCallDialog : public QDialog {
    Q_OBJECT

public:
    DunningCallDialog(app::Workspace& workspace, CallTarget target, QWidget* parent = nullptr);

    // The promise recorded, once accepted with one.
    std::optional<qint64> promise() const { return m_promise; }

    void accept() override;

private:
    bool recordPromise();
    bool recordCall();
    void refuse(QWidget* field, const QString& message);

    app::Workspace& m_ws;
    CallTarget m_target;
    QComboBox* m_outcome;
    QLineEdit* m_note;
    QDateEdit* m_next;
    QGroupBox* m_promiseBox;
    QLineEdit* m_amount;
    QDateEdit* m_promisedFor;
    QLineEdit* m_contact;
    QLabel* m_problem;
    std::optional<qint64> m_promise;
};

} // namespace pc::ui
