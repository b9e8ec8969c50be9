#include "ui/AddressFields.h"

#include "core/Text.h"

#include <QGridLayout>
#include <QLineEdit>

namespace pc::ui {

AddressFields::AddressFields(QWidget* parent)
    : QWidget(parent),
      m_line1(new QLineEdit(this)),
      m_line2(new QLineEdit(this)),
      m_postalCode(new QLineEdit(this)),
      m_city(new QLineEdit(this)),
      m_country(new QLineEdit(this))
{
    m_line1->setPlaceholderText(tr("Numéro et voie"));
    m_line2->setPlaceholderText(tr("Complément (bâtiment, BP…)"));
    m_postalCode->setPlaceholderText(tr("Code postal"));
    m_postalCode->setMaxLength(10);
    m_city->setPlaceholderText(tr("Ville"));
    m_country->setPlaceholderText(tr("Pays"));
    m_country->setMaxLength(2);
    m_country->setMaximumWidth(48);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line1, 0, 0, 1, 3);
    layout->addWidget(m_line2, 1, 0, 1, 3);
    layout->addWidget(m_postalCode, 2, 0);
    layout->addWidget(m_city, 2, 1);
    layout->addWidget(m_country, 2, 2);
    layout->setColumnStretch(1, 1);
    m_postalCode->setMaximumWidth(90);
    for (QLineEdit* edit : {m_line1, m_line2, m_postalCode, m_city, m_country}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            markValid(edit);
            emit edited();
        });
    }
}

void AddressFields::load(const core::Address& a)
{
    m_line1->setText(QString::fromStdString(a.line1));
    m_line2->setText(QString::fromStdString(a.line2));
    m_postalCode->setText(QString::fromStdString(a.postalCode));
    m_city->setText(QString::fromStdString(a.city));
    m_country->setText(QString::fromStdString(a.country));
}

core::Address AddressFields::read(FormErrors& errors, const QString& label) const
{
    core::Address a;
    a.line1 = m_line1->text().trimmed().toStdString();
    a.line2 = m_line2->text().trimmed().toStdString();
    a.postalCode = m_postalCode->text().trimmed().toStdString();
    a.city = m_city->text().trimmed().toStdString();
    a.country = m_country->text().trimmed().toUpper().toStdString();
    if (a.country.empty())
        a.country = "FR";
    if (a.country == "FR" && !a.postalCode.empty()
        && (a.postalCode.size() != 5 || !core::text::isDigits(a.postalCode)))
        errors.add(m_postalCode, label, tr("le code postal « %1 » doit avoir cinq chiffres")
                                            .arg(QString::fromStdString(a.postalCode)));
    return a;
}

} // namespace pc::ui
