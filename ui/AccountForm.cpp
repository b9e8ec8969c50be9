#include "ui/AccountForm.h"

#include "app/Labels.h"
#include "core/ContactPoints.h"
#include "ui/AddressFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pc::ui {

using namespace pc::core;

namespace {

template <class T>
std::optional<T> parseOptional(QLineEdit* edit, const QString& label, FormErrors& errors)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = T::parse(text.toStdString());
    if (!parsed) {
        errors.add(edit, label, parsed.error());
        return std::nullopt;
    }
    return *parsed;
}

} // namespace

AccountForm::AccountForm(std::function<Address()> registeredOffice, QWidget* parent)
    : QWidget(parent),
      m_number(new QLineEdit(this)),
      m_segment(new QComboBox(this)),
      m_salesRep(new QComboBox(this)),
      m_paymentMethod(new QComboBox(this)),
      m_iban(new QLineEdit(this)),
      m_bic(new QLineEdit(this)),
      m_kbis(makeOptionalDateEdit(this)),
      m_terms(makeOptionalDateEdit(this)),
      m_billing(new AddressFields(this)),
      m_registeredOffice(std::move(registeredOffice))
{
    m_number->setObjectName(QStringLiteral("accountNumberEdit"));
    m_number->setPlaceholderText(tr("attribué à l'enregistrement (411…)"));
    m_number->setMaximumWidth(220);
    m_segment->setEditable(true);
    m_salesRep->setEditable(true);
    m_paymentMethod->setObjectName(QStringLiteral("paymentMethodCombo"));
    m_paymentMethod->addItem(QString(), QString());
    for (const PaymentMethod method : allPaymentMethods())
        m_paymentMethod->addItem(app::Labels::paymentMethod(method), QString::fromUtf8(toCode(method)));
    for (QComboBox* combo : {m_segment, m_salesRep, m_paymentMethod})
        combo->setMaximumWidth(320);
    m_iban->setMaximumWidth(320);
    m_iban->setObjectName(QStringLiteral("ibanEdit"));
    m_iban->setPlaceholderText(tr("FR76 …"));
    m_bic->setObjectName(QStringLiteral("bicEdit"));
    m_bic->setMaximumWidth(160);
    m_kbis->setObjectName(QStringLiteral("kbisDateEdit"));
    m_terms->setObjectName(QStringLiteral("termsDateEdit"));

    auto* copyOffice = new QPushButton(tr("Reprendre l'adresse du siège"), this);
    auto* billing = new QWidget(this);
    auto* billingLayout = new QVBoxLayout(billing);
    billingLayout->setContentsMargins(0, 0, 0, 0);
    billingLayout->addWidget(m_billing);
    billingLayout->addWidget(copyOffice, 0, Qt::AlignLeft);

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Compte auxiliaire"), m_number);
    form->addRow(tr("Segment"), m_segment);
    form->addRow(tr("Commercial"), m_salesRep);
    form->addRow(tr("Mode de paiement"), m_paymentMethod);
    form->addRow(tr("IBAN"), m_iban);
    form->addRow(tr("BIC"), m_bic);
    form->addRow(tr("Date de l'extrait Kbis"), m_kbis);
    form->addRow(tr("CGV signées le"), m_terms);
    form->addRow(tr("Adresse de facturation"), billing);

    const auto changed = [this] { emit edited(); };
    for (QLineEdit* edit : {m_number, m_iban, m_bic}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            markValid(edit);
            emit edited();
        });
    }
    connect(m_segment, &QComboBox::currentTextChanged, this, changed);
    connect(m_salesRep, &QComboBox::currentTextChanged, this, changed);
    connect(m_paymentMethod, &QComboBox::currentIndexChanged, this, changed);
    connect(m_kbis, &QDateEdit::dateChanged, this, changed);
    connect(m_terms, &QDateEdit::dateChanged, this, changed);
    connect(m_billing, &AddressFields::edited, this, changed);
    connect(copyOffice, &QPushButton::clicked, this, [this] {
        m_billing->load(m_registeredOffice());
        emit edited();
    });
}

void AccountForm::setChoices(const QStringList& segments, const QStringList& salesReps)
{
    const QString segment = m_segment->currentText();
    const QString rep = m_salesRep->currentText();
    const QSignalBlocker b1(m_segment);
    const QSignalBlocker b2(m_salesRep);
    m_segment->clear();
    m_segment->addItems(segments);
    m_segment->setCurrentText(segment);
    m_salesRep->clear();
    m_salesRep->addItems(salesReps);
    m_salesRep->setCurrentText(rep);
}

void AccountForm::load(const ClientAccount& a)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_number), QSignalBlocker(m_segment), QSignalBlocker(m_salesRep),
                                       QSignalBlocker(m_paymentMethod), QSignalBlocker(m_iban), QSignalBlocker(m_bic),
                                       QSignalBlocker(m_kbis), QSignalBlocker(m_terms), QSignalBlocker(m_billing)};
    m_number->setText(QString::fromStdString(a.number));
    m_segment->setCurrentText(QString::fromStdString(a.segment));
    m_salesRep->setCurrentText(QString::fromStdString(a.salesRep));
    m_paymentMethod->setCurrentIndex(
        a.paymentMethod ? m_paymentMethod->findData(QString::fromUtf8(toCode(*a.paymentMethod))) : 0);
    m_iban->setText(a.iban ? QString::fromStdString(a.iban->formatted()) : QString());
    m_bic->setText(a.bic ? QString::fromStdString(a.bic->str()) : QString());
    setOptionalDate(m_kbis, a.kbisDate);
    setOptionalDate(m_terms, a.termsSignedDate);
    m_billing->load(a.billingAddress);
    for (QLineEdit* edit : {m_number, m_iban, m_bic})
        markValid(edit);
}

void AccountForm::apply(ClientAccount& a, FormErrors& errors) const
{
    const QString number = m_number->text().trimmed().toUpper();
    if (!number.isEmpty() && (number.size() > 20 || !QRegularExpression(QStringLiteral("^[A-Z0-9]+$")).match(number).hasMatch()))
        errors.add(m_number, tr("Compte auxiliaire"), tr("lettres et chiffres seulement, 20 au plus"));
    else
        a.number = number.toStdString();
    a.segment = m_segment->currentText().trimmed().toStdString();
    a.salesRep = m_salesRep->currentText().trimmed().toStdString();
    a.paymentMethod = paymentMethodFromCode(m_paymentMethod->currentData().toString().toStdString());
    a.iban = parseOptional<Iban>(m_iban, tr("IBAN"), errors);
    a.bic = parseOptional<Bic>(m_bic, tr("BIC"), errors);
    a.kbisDate = optionalDate(m_kbis);
    a.termsSignedDate = optionalDate(m_terms);
    a.billingAddress = m_billing->read(errors, tr("Adresse de facturation"));
}

PayablesContactForm::PayablesContactForm(QWidget* parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_email(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("payablesNameEdit"));
    m_phone->setObjectName(QStringLiteral("payablesPhoneEdit"));
    m_email->setObjectName(QStringLiteral("payablesEmailEdit"));
    m_phone->setPlaceholderText(tr("ligne directe, ex. 01 23 45 67 89"));
    m_email->setPlaceholderText(tr("ex. compta.fournisseurs@client.fr"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Nom"), m_name);
    form->addRow(tr("Ligne directe"), m_phone);
    form->addRow(tr("E-mail"), m_email);
    for (QLineEdit* edit : {m_name, m_phone, m_email}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            markValid(edit);
            emit edited();
        });
    }
}

void PayablesContactForm::load(const std::vector<Contact>& contacts)
{
    const auto it = std::find_if(contacts.begin(), contacts.end(),
                                 [](const Contact& c) { return c.role == ContactRole::AccountsPayable; });
    const bool found = it != contacts.end();
    m_name->setText(found ? QString::fromStdString(it->name) : QString());
    m_phone->setText(found ? QString::fromStdString(formatPhoneNumber(it->phone)) : QString());
    m_email->setText(found ? QString::fromStdString(it->email) : QString());
    for (QLineEdit* edit : {m_name, m_phone, m_email})
        markValid(edit);
}

void PayablesContactForm::apply(std::vector<Contact>& contacts, FormErrors& errors) const
{
    Contact contact{ContactRole::AccountsPayable, m_name->text().trimmed().toStdString(), {}, {}};
    if (const QString phone = m_phone->text().trimmed(); !phone.isEmpty()) {
        auto parsed = parsePhoneNumber(phone.toStdString());
        if (parsed)
            contact.phone = *parsed;
        else
            errors.add(m_phone, tr("Ligne directe"), parsed.error());
    }
    if (const QString email = m_email->text().trimmed(); !email.isEmpty()) {
        auto parsed = parseEmail(email.toStdString());
        if (parsed)
            contact.email = *parsed;
        else
            errors.add(m_email, tr("E-mail"), parsed.error());
    }
    const bool empty = contact.name.empty() && m_phone->text().trimmed().isEmpty() && m_email->text().trimmed().isEmpty();
    auto it = std::find_if(contacts.begin(), contacts.end(),
                           [](const Contact& c) { return c.role == ContactRole::AccountsPayable; });
    if (it == contacts.end()) {
        if (!empty)
            contacts.insert(contacts.begin(), contact);
    } else if (empty) {
        contacts.erase(it);
    } else {
        *it = contact;
    }
}

} // namespace pc::ui
