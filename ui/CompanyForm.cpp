#include "ui/CompanyForm.h"

#include "app/Labels.h"
#include "app/ReferenceTables.h"
#include "core/LegalForm.h"
#include "core/VatNumber.h"
#include "ui/AddressFields.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace pc::ui {

using namespace pc::core;

CompanyForm::CompanyForm(QWidget* parent)
    : QWidget(parent),
      m_siren(new QLineEdit(this)),
      m_vat(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_legalForm(new QComboBox(this)),
      m_naf(new QLineEdit(this)),
      m_nafLabel(new QLabel(this)),
      m_creation(makeOptionalDateEdit(this)),
      m_status(new QComboBox(this)),
      m_proceedings(new QComboBox(this)),
      m_proceedingsDate(makeOptionalDateEdit(this)),
      m_address(new AddressFields(this))
{
    m_siren->setObjectName(QStringLiteral("sirenEdit"));
    m_siren->setPlaceholderText(tr("9 chiffres"));
    m_siren->setMaximumWidth(160);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_vat->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_legalForm->addItem(QString(), QString());
    for (const LegalForm& form : commonLegalForms()) {
        const QString code = QString::fromUtf8(form.code);
        m_legalForm->addItem(app::Labels::legalForm(code) + QStringLiteral(" (") + code + QLatin1Char(')'), code);
    }
    auto* nafCompleter = new QCompleter(app::reference::nafCodes(), m_naf);
    nafCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_naf->setCompleter(nafCompleter);
    m_naf->setPlaceholderText(tr("ex. 62.01Z"));
    m_naf->setMaximumWidth(110);
    m_nafLabel->setWordWrap(true);
    m_legalForm->setMaximumWidth(480);
    m_status->setMaximumWidth(260);

    m_status->addItem(app::Labels::companyStatus(CompanyStatus::Active), QString::fromUtf8(toCode(CompanyStatus::Active)));
    m_status->addItem(app::Labels::companyStatus(CompanyStatus::Ceased), QString::fromUtf8(toCode(CompanyStatus::Ceased)));
    for (const Proceedings p : {Proceedings::None, Proceedings::Safeguard, Proceedings::Receivership, Proceedings::Liquidation})
        m_proceedings->addItem(app::Labels::proceedings(p), QString::fromUtf8(toCode(p)));

    auto* sirenRow = new QHBoxLayout;
    sirenRow->addWidget(m_siren);
    sirenRow->addWidget(new QLabel(tr("TVA :"), this));
    sirenRow->addWidget(m_vat, 1);
    auto* nafRow = new QHBoxLayout;
    nafRow->addWidget(m_naf);
    nafRow->addWidget(m_nafLabel, 1);
    auto* proceedingsRow = new QHBoxLayout;
    proceedingsRow->addWidget(m_proceedings, 1);
    proceedingsRow->addWidget(new QLabel(tr("depuis le"), this));
    proceedingsRow->addWidget(m_proceedingsDate);

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("SIREN"), sirenRow);
    form->addRow(tr("Raison sociale"), m_name);
    form->addRow(tr("Forme juridique"), m_legalForm);
    form->addRow(tr("Code NAF"), nafRow);
    form->addRow(tr("Date de création"), m_creation);
    form->addRow(tr("Situation au répertoire"), m_status);
    form->addRow(tr("Procédure collective"), proceedingsRow);
    form->addRow(tr("Siège social"), m_address);

    const auto changed = [this] { emit edited(); };
    connect(m_siren, &QLineEdit::textEdited, this, [this] {
        markValid(m_siren);
        const auto siren = Siren::parse(m_siren->text().toStdString());
        m_vat->setText(siren ? QString::fromStdString(VatNumber::fromSiren(*siren).str()) : QString());
        emit edited();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        markValid(m_name);
        emit edited();
    });
    connect(m_naf, &QLineEdit::textChanged, this, [this] {
        markValid(m_naf);
        refreshNafLabel();
        emit edited();
    });
    connect(m_legalForm, &QComboBox::currentIndexChanged, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_proceedings, &QComboBox::currentIndexChanged, this, changed);
    connect(m_creation, &QDateEdit::dateChanged, this, changed);
    connect(m_proceedingsDate, &QDateEdit::dateChanged, this, changed);
    connect(m_address, &AddressFields::edited, this, changed);
}

void CompanyForm::refreshNafLabel()
{
    const auto code = parseNafCode(m_naf->text().toStdString());
    m_nafLabel->setText(code ? app::Labels::nafActivity(QString::fromStdString(*code)) : QString());
}

void CompanyForm::load(const Company& c)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_siren), QSignalBlocker(m_name), QSignalBlocker(m_legalForm),
                                       QSignalBlocker(m_naf), QSignalBlocker(m_creation), QSignalBlocker(m_status),
                                       QSignalBlocker(m_proceedings), QSignalBlocker(m_proceedingsDate),
                                       QSignalBlocker(m_address)};
    m_siren->setText(c.siren ? QString::fromStdString(c.siren->formatted()) : QString());
    m_vat->setText(c.siren ? QString::fromStdString(VatNumber::fromSiren(*c.siren).str()) : QString());
    m_name->setText(QString::fromStdString(c.name));
    const int formIndex = m_legalForm->findData(QString::fromStdString(c.legalForm));
    if (formIndex < 0 && !c.legalForm.empty()) {
        const QString code = QString::fromStdString(c.legalForm);
        m_legalForm->addItem(app::Labels::legalForm(code) + QStringLiteral(" (") + code + QLatin1Char(')'), code);
    }
    m_legalForm->setCurrentIndex(std::max(0, m_legalForm->findData(QString::fromStdString(c.legalForm))));
    m_naf->setText(QString::fromStdString(c.nafCode));
    refreshNafLabel();
    setOptionalDate(m_creation, c.creationDate);
    m_status->setCurrentIndex(m_status->findData(QString::fromUtf8(toCode(c.status))));
    m_proceedings->setCurrentIndex(m_proceedings->findData(QString::fromUtf8(toCode(c.proceedings))));
    setOptionalDate(m_proceedingsDate, c.proceedingsDate);
    m_address->load(c.address);
    for (QWidget* w : {static_cast<QWidget*>(m_siren), static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_naf)})
        markValid(w);
}

void CompanyForm::apply(Company& c, FormErrors& errors) const
{
    const QString sirenText = m_siren->text().trimmed();
    if (sirenText.isEmpty()) {
        c.siren.reset();
    } else if (auto siren = Siren::parse(sirenText.toStdString())) {
        c.siren = *siren;
    } else {
        errors.add(m_siren, tr("SIREN"), siren.error());
    }
    c.name = m_name->text().trimmed().toStdString();
    if (c.name.empty())
        errors.add(m_name, tr("Raison sociale"), tr("obligatoire"));
    c.legalForm = m_legalForm->currentData().toString().toStdString();
    const QString nafText = m_naf->text().trimmed();
    if (nafText.isEmpty()) {
        c.nafCode.clear();
    } else if (auto naf = parseNafCode(nafText.toStdString()); !naf) {
        errors.add(m_naf, tr("Code NAF"), naf.error());
    } else if (!app::reference::isKnownNafCode(QString::fromStdString(*naf))) {
        errors.add(m_naf, tr("Code NAF"), tr("« %1 » n'existe pas dans la nomenclature NAF rév. 2").arg(nafText));
    } else {
        c.nafCode = *naf;
    }
    c.creationDate = optionalDate(m_creation);
    c.status = *companyStatusFromCode(m_status->currentData().toString().toStdString());
    c.proceedings = *proceedingsFromCode(m_proceedings->currentData().toString().toStdString());
    c.proceedingsDate = c.proceedings == Proceedings::None ? std::nullopt : optionalDate(m_proceedingsDate);
    c.address = m_address->read(errors, tr("Siège social"));
}

} // namespace pc::ui
