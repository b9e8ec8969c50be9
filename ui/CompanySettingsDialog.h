#pragma once

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QWidget;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

// The settings the whole team shares, kept in the store: the identity printed on the
// invoices, and the rules of the credit check (categories of the exposure, tolerance,
// overdue thresholds, minimum class, who may override a BLOCK). Each field is checked
// by the same rules as `posteclient-cli settings set`; everything is saved at once.
class CompanySettingsDialog : public QDialog {
    Q_OBJECT

public:
    CompanySettingsDialog(app::Workspace& workspace, QWidget* parent = nullptr);
    void accept() override;

    // The editor of a setting by its key ("seller.siren", "check.tolerance"), for tests.
    QWidget* field(const QString& key) const { return m_fields.value(key); }

private:
    QWidget* sellerPage();
    QWidget* checkPage();
    QLineEdit* addText(const QString& key, const QString& value);
    QCheckBox* addCheck(const QString& key, const QString& label, bool value);
    QString textOf(const QString& key) const;

    app::Workspace& m_ws;
    QMap<QString, QWidget*> m_fields;
};

} // namespace pc::ui
