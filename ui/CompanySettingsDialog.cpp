#include "ui/CompanySettingsDialog.h"

#include "app/ErrorText.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

template <class T>
QString textOr(const std::optional<T>& value)
{
    return value ? QString::fromStdString(value->str()) : QString();
}

QString rateText(const std::optional<core::Rate>& rate)
{
    return rate ? QString::fromStdString(rate->toString()) : QString();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

CompanySettingsDialog::CompanySettingsDialog(app::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_ws(workspace)
{
    setWindowTitle(tr("Paramètres de l'entreprise"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(sellerPage(), tr("Société émettrice"));
    tabs->addTab(checkPage(), tr("Contrôle de crédit"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanySettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompanySettingsDialog::reject);
}

QLineEdit* CompanySettingsDialog::addText(const QString& key, const QString& value)
{
    auto* edit = new QLineEdit(value, this);
    m_fields.insert(key, edit);
    return edit;
}

QCheckBox* CompanySettingsDialog::addCheck(const QString& key, const QString& label, bool value)
{
    auto* box = new QCheckBox(label, this);
    box->setChecked(value);
    m_fields.insert(key, box);
    return box;
}

QWidget* CompanySettingsDialog::sellerPage()
{
    const core::SellerIdentity s = app::SharedSettings(m_ws).seller();
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Raison sociale"), addText(QStringLiteral("seller.name"), QString::fromStdString(s.name)));
    form->addRow(tr("Forme juridique"), addText(QStringLiteral("seller.legal_form"), QString::fromStdString(s.legalForm)));
    form->addRow(tr("Capital social"), addText(QStringLiteral("seller.share_capital"), QString::fromStdString(s.shareCapital)));
    form->addRow(tr("SIREN"), addText(QStringLiteral("seller.siren"), textOr(s.siren)));
    form->addRow(tr("RCS"), addText(QStringLiteral("seller.rcs"), QString::fromStdString(s.rcsCity)));
    form->addRow(tr("Adresse"), addText(QStringLiteral("seller.address.line1"), QString::fromStdString(s.address.line1)));
    form->addRow(tr("Complément"), addText(QStringLiteral("seller.address.line2"), QString::fromStdString(s.address.line2)));
    form->addRow(tr("Code postal"), addText(QStringLiteral("seller.address.postal_code"), QString::fromStdString(s.address.postalCode)));
    form->addRow(tr("Ville"), addText(QStringLiteral("seller.address.city"), QString::fromStdString(s.address.city)));
    form->addRow(tr("IBAN"), addText(QStringLiteral("seller.iban"), textOr(s.iban)));
    form->addRow(tr("BIC"), addText(QStringLiteral("seller.bic"), textOr(s.bic)));
    auto* nature = new QComboBox(this);
    nature->addItem(tr("Livraison de biens"), QStringLiteral("goods"));
    nature->addItem(tr("Prestation de services"), QStringLiteral("services"));
    nature->addItem(tr("Mixte"), QStringLiteral("mixed"));
    nature->setCurrentIndex(std::max(0, nature->findData(QString::fromLatin1(core::toCode(s.nature).data()))));
    m_fields.insert(QStringLiteral("seller.nature"), nature);
    form->addRow(tr("Nature des opérations"), nature);
    auto* penalty = addText(QStringLiteral("seller.penalty_rate"), rateText(s.penaltyRate));
    penalty->setPlaceholderText(tr("vide : taux BCE + 10 points du semestre"));
    form->addRow(tr("Taux des pénalités de retard (%)"), penalty);
    auto* discount = addText(QStringLiteral("seller.discount_rate"), rateText(s.earlyPaymentDiscount));
    discount->setPlaceholderText(tr("vide : pas d'escompte"));
    form->addRow(tr("Escompte pour paiement anticipé (%)"), discount);
    form->addRow(QString(), addCheck(QStringLiteral("seller.vat_on_debits"),
                                     tr("Option pour le paiement de la taxe d'après les débits"), s.vatOnDebits));
    return page;
}

QWidget* CompanySettingsDialog::checkPage()
{
    app::SharedSettings settings(m_ws);
    const risk::CreditCheckPolicy p = settings.checkPolicy();
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    auto* intro = new QLabel(tr("Catégories comptées dans l'encours :"), this);
    form->addRow(intro);
    form->addRow(addCheck(QStringLiteral("check.include_receivables"), tr("Créances ouvertes"), p.include.receivables));
    form->addRow(addCheck(QStringLiteral("check.include_delivered_not_invoiced"), tr("Livré non facturé"),
                          p.include.deliveredNotInvoiced));
    form->addRow(addCheck(QStringLiteral("check.include_open_orders"), tr("Commandes confirmées non livrées"),
                          p.include.openOrders));
    form->addRow(addCheck(QStringLiteral("check.include_deposits"), tr("Acomptes reçus (en déduction)"), p.include.deposits));
    form->addRow(tr("Tolérance de dépassement (%)"),
                 addText(QStringLiteral("check.tolerance"), QString::fromStdString(p.limitTolerance.toString())));
    form->addRow(tr("Seuil d'alerte sur l'échu (€)"),
                 addText(QStringLiteral("check.overdue_threshold"), QString::fromStdString(p.overdueAmountThreshold.toString())));
    form->addRow(tr("Retard maximal de la plus ancienne échéance (jours)"),
                 addText(QStringLiteral("check.overdue_days"), QString::number(p.overdueDaysLimit)));
    form->addRow(QString(), addCheck(QStringLiteral("check.disputes_block"), tr("Les litiges ouverts bloquent"), p.disputesBlock));
    auto* minimum = new QComboBox(this);
    for (const char c : {'A', 'B', 'C', 'D', 'E'})
        minimum->addItem(QString(QLatin1Char(c)), QString(QLatin1Char(c)));
    minimum->setCurrentIndex(std::max(0, minimum->findData(QString(QLatin1Char(p.minimumClass)))));
    m_fields.insert(QStringLiteral("check.minimum_class"), minimum);
    form->addRow(tr("Classe de risque minimale"), minimum);
    auto* users = addText(QStringLiteral("check.override_users"), settings.overrideUsers().join(QStringLiteral(", ")));
    users->setPlaceholderText(tr("vide : tout utilisateur"));
    form->addRow(tr("Utilisateurs autorisés à déroger"), users);
    return page;
}

QString CompanySettingsDialog::textOf(const QString& key) const
{
    QWidget* w = m_fields.value(key);
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        return edit->text();
    if (auto* box = qobject_cast<QCheckBox*>(w))
        return yesNo(box->isChecked());
    if (auto* combo = qobject_cast<QComboBox*>(w))
        return combo->currentData().toString();
    return {};
}

void CompanySettingsDialog::accept()
{
    app::SharedSettings settings(m_ws);
    core::SellerIdentity seller = settings.seller();
    risk::CreditCheckPolicy policy = settings.checkPolicy();
    QStringList users = settings.overrideUsers();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto status = app::SharedSettings::apply(seller, policy, users, it.key(), textOf(it.key())); !status) {
            it.value()->setFocus();
            QMessageBox::warning(this, windowTitle(), app::ErrorText::describe(status.error()));
            return;
        }
    }
    if (auto status = settings.saveAll(seller, policy, users); !status) {
        QMessageBox::warning(this, windowTitle(), app::ErrorText::describe(status.error()));
        return;
    }
    QDialog::accept();
}

} // namespace pc::ui
