#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pc::app {
struct Settings;
}

namespace pc::ui {

// The user's settings: language, name in the audit log, Kbis age accepted at
// account opening, and where the store lives (a file, or a PostgreSQL server).
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const app::Settings& settings, QWidget* parent = nullptr);
    void accept() override;

private:
    const app::Settings& m_settings;
    QComboBox* m_language;
    QLineEdit* m_userName;
    QSpinBox* m_kbisAge;
    QLineEdit* m_database;
};

} // namespace pc::ui
