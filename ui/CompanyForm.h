#pragma once

#include "core/ClientFile.h"
#include "ui/FieldFeedback.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace pc::ui {

class AddressFields;

// Stage 1 identity: SIREN, name, legal form, NAF code, creation date, register
// status, collective proceedings, registered office.
class CompanyForm : public QWidget {
    Q_OBJECT

public:
    explicit CompanyForm(QWidget* parent = nullptr);

    void load(const core::Company& company);
    // Writes the fields into `company`; problems go to `errors`.
    void apply(core::Company& company, FormErrors& errors) const;

signals:
    void edited();

private:
    void refreshNafLabel();

    QLineEdit* m_siren;
    QLabel* m_vat;
    QLineEdit* m_name;
    QComboBox* m_legalForm;
    QLineEdit* m_naf;
    QLabel* m_nafLabel;
    QDateEdit* m_creation;
    QComboBox* m_status;
    QComboBox* m_proceedings;
    QDateEdit* m_proceedingsDate;
    AddressFields* m_address;
};

} // namespace pc::ui
