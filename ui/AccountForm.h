#pragma once

#include "core/ClientFile.h"
#include "ui/FieldFeedback.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace pc::ui {

class AddressFields;

// Stage 3: the client account — number, segment, sales rep, payment method, bank
// details, Kbis, terms of sale, billing address.
class AccountForm : public QWidget {
    Q_OBJECT

public:
    // `registeredOffice` gives the address the "same as registered office" button copies.
    explicit AccountForm(std::function<core::Address()> registeredOffice, QWidget* parent = nullptr);

    void load(const core::ClientAccount& account);
    void apply(core::ClientAccount& account, FormErrors& errors) const;
    // Segments and sales reps already in use, offered in the combo boxes.
    void setChoices(const QStringList& segments, const QStringList& salesReps);

signals:
    void edited();

private:
    QLineEdit* m_number;
    QComboBox* m_segment;
    QComboBox* m_salesRep;
    QComboBox* m_paymentMethod;
    QLineEdit* m_iban;
    QLineEdit* m_bic;
    QDateEdit* m_kbis;
    QDateEdit* m_terms;
    AddressFields* m_billing;
    std::function<core::Address()> m_registeredOffice;
};

// The accounts-payable contact: the person invoices and reminders go to.
class PayablesContactForm : public QWidget {
    Q_OBJECT

public:
    explicit PayablesContactForm(QWidget* parent = nullptr);

    void load(const std::vector<core::Contact>& contacts);
    // Updates (or adds, or removes when all fields are empty) the first
    // accounts-payable contact of `contacts`.
    void apply(std::vector<core::Contact>& contacts, FormErrors& errors) const;

signals:
    void edited();

private:
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
};

} // namespace pc::ui
