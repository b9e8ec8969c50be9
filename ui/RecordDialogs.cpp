#include "ui/RecordDialogs.h"

#include "app/Labels.h"
#include "core/ContactPoints.h"
#include "core/Text.h"
#include "ui/AddressFields.h"
#include "ui/FieldFeedback.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pc::ui {

using namespace pc::core;

namespace {

QLabel* makeProblemsLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color:#c0392b"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void finishLayout(QDialog* dialog, QFormLayout* form, QLabel* problems)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(problems);
    layout->addWidget(buttons);
}

bool showProblems(QLabel* label, const FormErrors& errors)
{
    if (errors.empty()) {
        label->hide();
        return true;
    }
    label->setText(errors.messages().join(QLatin1Char('\n')));
    label->show();
    if (errors.firstField())
        errors.firstField()->setFocus();
    return false;
}

} // namespace

ContactDialog::ContactDialog(QWidget* parent)
    : QDialog(parent),
      m_role(new QComboBox(this)),
      m_name(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_problems(makeProblemsLabel(this))
{
    setWindowTitle(tr("Contact"));
    for (const ContactRole role : allContactRoles())
        m_role->addItem(app::Labels::contactRole(role), QString::fromUtf8(toCode(role)));
    auto* form = new QFormLayout;
    form->addRow(tr("Rôle"), m_role);
    form->addRow(tr("Nom"), m_name);
    form->addRow(tr("Téléphone"), m_phone);
    form->addRow(tr("E-mail"), m_email);
    finishLayout(this, form, m_problems);
}

void ContactDialog::load(const Contact& c)
{
    m_role->setCurrentIndex(m_role->findData(QString::fromUtf8(toCode(c.role))));
    m_name->setText(QString::fromStdString(c.name));
    m_phone->setText(QString::fromStdString(formatPhoneNumber(c.phone)));
    m_email->setText(QString::fromStdString(c.email));
}

void ContactDialog::accept()
{
    FormErrors errors;
    Contact c;
    c.role = *contactRoleFromCode(m_role->currentData().toString().toStdString());
    c.name = m_name->text().trimmed().toStdString();
    if (c.name.empty())
        errors.add(m_name, tr("Nom"), tr("obligatoire"));
    if (!m_phone->text().trimmed().isEmpty()) {
        auto phone = parsePhoneNumber(m_phone->text().toStdString());
        if (phone)
            c.phone = *phone;
        else
            errors.add(m_phone, tr("Téléphone"), phone.error());
    }
    if (!m_email->text().trimmed().isEmpty()) {
        auto email = parseEmail(m_email->text().toStdString());
        if (email)
            c.email = *email;
        else
            errors.add(m_email, tr("E-mail"), email.error());
    }
    if (!showProblems(m_problems, errors))
        return;
    m_contact = c;
    QDialog::accept();
}

EstablishmentDialog::EstablishmentDialog(std::optional<Siren> companySiren, QWidget* parent)
    : QDialog(parent),
      m_siren(std::move(companySiren)),
      m_siret(new QLineEdit(this)),
      m_headOffice(new QCheckBox(tr("Siège social"), this)),
      m_name(new QLineEdit(this)),
      m_address(new AddressFields(this)),
      m_closed(new QCheckBox(tr("Établissement fermé"), this)),
      m_problems(makeProblemsLabel(this))
{
    setWindowTitle(tr("Établissement"));
    m_siret->setPlaceholderText(tr("14 chiffres"));
    if (m_siren)
        m_siret->setText(QString::fromStdString(m_siren->formatted()) + QLatin1Char(' '));
    auto* form = new QFormLayout;
    form->addRow(tr("SIRET"), m_siret);
    form->addRow(QString(), m_headOffice);
    form->addRow(tr("Enseigne"), m_name);
    form->addRow(tr("Adresse"), m_address);
    form->addRow(QString(), m_closed);
    finishLayout(this, form, m_problems);
}

void EstablishmentDialog::load(const Establishment& e)
{
    m_siret->setText(QString::fromStdString(e.siret.formatted()));
    m_headOffice->setChecked(e.headOffice);
    m_name->setText(QString::fromStdString(e.name));
    m_address->load(e.address);
    m_closed->setChecked(e.closed);
}

void EstablishmentDialog::accept()
{
    FormErrors errors;
    auto siret = Siret::parse(m_siret->text().toStdString());
    if (!siret)
        errors.add(m_siret, tr("SIRET"), siret.error());
    else if (m_siren && siret->siren() != *m_siren)
        errors.add(m_siret, tr("SIRET"), tr("ce SIRET n'appartient pas au SIREN %1")
                                             .arg(QString::fromStdString(m_siren->formatted())));
    const Address address = m_address->read(errors, tr("Adresse"));
    if (!showProblems(m_problems, errors))
        return;
    m_establishment = Establishment{*siret, m_headOffice->isChecked(), m_name->text().trimmed().toStdString(),
                                    address, m_closed->isChecked()};
    QDialog::accept();
}

NewClientDialog::NewClientDialog(QWidget* parent)
    : QDialog(parent), m_siren(new QLineEdit(this)), m_name(new QLineEdit(this)), m_problems(makeProblemsLabel(this))
{
    setWindowTitle(tr("Nouveau client"));
    m_siren->setObjectName(QStringLiteral("newSirenEdit"));
    m_name->setObjectName(QStringLiteral("newNameEdit"));
    m_siren->setPlaceholderText(tr("SIREN ou SIRET (vide : à identifier plus tard)"));
    auto* form = new QFormLayout;
    form->addRow(tr("SIREN"), m_siren);
    form->addRow(tr("Raison sociale"), m_name);
    finishLayout(this, form, m_problems);
}

ClientFile NewClientDialog::file() const
{
    return m_file;
}

void NewClientDialog::accept()
{
    FormErrors errors;
    ClientFile file;
    file.company.name = m_name->text().trimmed().toStdString();
    const std::string id = m_siren->text().trimmed().toStdString();
    if (!id.empty()) {
        const std::string compact = text::compactIdentifier(id);
        if (compact.size() == 14) {
            auto siret = Siret::parse(id);
            if (siret) {
                file.company.siren = siret->siren();
                file.establishments.push_back(Establishment{*siret, true, {}, {}, false});
            } else {
                errors.add(m_siren, tr("SIRET"), siret.error());
            }
        } else if (auto siren = Siren::parse(id)) {
            file.company.siren = *siren;
        } else {
            errors.add(m_siren, tr("SIREN"), siren.error());
        }
    }
    if (file.company.name.empty())
        errors.add(m_name, tr("Raison sociale"), tr("obligatoire"));
    if (!showProblems(m_problems, errors))
        return;
    m_file = file;
    QDialog::accept();
}

} // namespace pc::ui
