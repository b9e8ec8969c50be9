#pragma once

#include "core/ClientFile.h"
#include "ui/FieldFeedback.h"

#include <QWidget>

class QLineEdit;

namespace pc::ui {

// Street, complement, postal code, city and country of a French address.
class AddressFields : public QWidget {
    Q_OBJECT

public:
    explicit AddressFields(QWidget* parent = nullptr);

    void load(const core::Address& address);
    // Reads the fields; a French postal code must have five digits.
    core::Address read(FormErrors& errors, const QString& label) const;

signals:
    void edited();

private:
    QLineEdit* m_line1;
    QLineEdit* m_line2;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QLineEdit* m_country;
};

} // namespace pc::ui
