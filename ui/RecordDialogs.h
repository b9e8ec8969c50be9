#pragma once

#include "core/ClientFile.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace pc::ui {

class AddressFields;

// Adds or edits one contact of the client file; OK only with valid values.
class ContactDialog : public QDialog {
    Q_OBJECT

public:
    explicit ContactDialog(QWidget* parent = nullptr);
    void load(const core::Contact& contact);
    const core::Contact& contact() const { return m_contact; }
    void accept() override;

private:
    QComboBox* m_role;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLabel* m_problems;
    core::Contact m_contact;
};

// Adds or edits one establishment (SIRET) of the company: the SIRET must belong to
// the company's SIREN.
class EstablishmentDialog : public QDialog {
    Q_OBJECT

public:
    EstablishmentDialog(std::optional<core::Siren> companySiren, QWidget* parent = nullptr);
    void load(const core::Establishment& establishment);
    const std::optional<core::Establishment>& establishment() const { return m_establishment; }
    void accept() override;

private:
    std::optional<core::Siren> m_siren;
    QLineEdit* m_siret;
    QCheckBox* m_headOffice;
    QLineEdit* m_name;
    AddressFields* m_address;
    QCheckBox* m_closed;
    QLabel* m_problems;
    std::optional<core::Establishment> m_establishment;
};

// A new client: its SIREN (or, for a client to identify later, none) and its name.
class NewClientDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewClientDialog(QWidget* parent = nullptr);
    core::ClientFile file() const;
    void accept() override;

private:
    QLineEdit* m_siren;
    QLineEdit* m_name;
    QLabel* m_problems;
    core::ClientFile m_file;
};

} // namespace pc::ui
