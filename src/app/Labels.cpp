#include "app/Labels.h"

#include "app/Clock.h"
#include "app/ReferenceTables.h"
#include "core/LegalForm.h"

#include <QLocale>

namespace pc::app {

using namespace pc::core;

QString Labels::accountStatus(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Prospect: return tr("Prospect");
    case AccountStatus::Pending: return tr("En attente d'ouverture");
    case AccountStatus::Active: return tr("Actif");
    case AccountStatus::Blocked: return tr("Bloqué");
    case AccountStatus::Closed: return tr("Clos");
    }
    return {};
}

QString Labels::accountStatus(const QString& code)
{
    const auto status = accountStatusFromCode(code.toStdString());
    return status ? accountStatus(*status) : code;
}

QString Labels::paymentMethod(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Transfer: return tr("Virement");
    case PaymentMethod::SepaDirectDebit: return tr("Prélèvement SEPA");
    case PaymentMethod::Lcr: return tr("LCR (lettre de change relevé)");
    case PaymentMethod::Cheque: return tr("Chèque");
    case PaymentMethod::Card: return tr("Carte bancaire");
    case PaymentMethod::BillOfExchange: return tr("Lettre de change");
    }
    return {};
}

QString Labels::contactRole(ContactRole role)
{
    switch (role) {
    case ContactRole::AccountsPayable: return tr("Comptabilité fournisseurs");
    case ContactRole::Purchasing: return tr("Achats");
    case ContactRole::Management: return tr("Direction");
    case ContactRole::Accounting: return tr("Comptabilité");
    case ContactRole::Sales: return tr("Commercial");
    case ContactRole::Other: return tr("Autre");
    }
    return {};
}

QString Labels::companyStatus(CompanyStatus status)
{
    return status == CompanyStatus::Active ? tr("En activité") : tr("Cessée");
}

QString Labels::proceedings(Proceedings p)
{
    switch (p) {
    case Proceedings::None: return tr("Aucune");
    case Proceedings::Safeguard: return tr("Sauvegarde");
    case Proceedings::Receivership: return tr("Redressement judiciaire");
    case Proceedings::Liquidation: return tr("Liquidation judiciaire");
    }
    return {};
}

QString Labels::checklistItem(ChecklistItem item)
{
    switch (item) {
    case ChecklistItem::CompanyIdentified: return tr("Société identifiée (SIREN valide, en activité)");
    case ChecklistItem::KbisRecent: return tr("Extrait Kbis récent");
    case ChecklistItem::BankDetails: return tr("Coordonnées bancaires (IBAN et BIC)");
    case ChecklistItem::VatNumber: return tr("Numéro de TVA intracommunautaire");
    case ChecklistItem::BillingAddress: return tr("Adresse de facturation");
    case ChecklistItem::AccountsPayableContact: return tr("Contact comptabilité fournisseurs (ligne directe, e-mail)");
    case ChecklistItem::TermsOfSaleSigned: return tr("Conditions générales de vente signées");
    case ChecklistItem::PaymentMethodChosen: return tr("Mode de paiement convenu");
    }
    return {};
}

QString Labels::checklistGap(const ChecklistLine& line)
{
    const auto arg = [&](std::size_t i) {
        return i < line.args.size() ? QString::fromStdString(line.args[i]) : QString();
    };
    const auto argDate = [&](std::size_t i) {
        const auto d = Date::parseIso(arg(i).toStdString());
        return d ? date(*d) : arg(i);
    };
    const std::string& r = line.reason;
    if (r.empty())
        return tr("Complet");
    if (r == "missing")
        return tr("Manquant");
    if (r == "too_old")
        return tr("Kbis du %1, vieux de %2 jours (maximum %3)").arg(argDate(0), arg(1), arg(2));
    if (r == "in_future")
        return tr("Date du %1 dans le futur").arg(argDate(0));
    if (r == "ceased")
        return tr("La société a cessé son activité");
    if (r == "liquidation")
        return tr("La société est en liquidation judiciaire");
    if (r == "no_iban")
        return tr("IBAN manquant");
    if (r == "no_bic")
        return tr("BIC manquant");
    if (r == "no_name")
        return tr("Nom du contact manquant");
    if (r == "no_phone")
        return tr("Ligne directe de %1 manquante").arg(arg(0));
    if (r == "no_email")
        return tr("E-mail de %1 manquant").arg(arg(0));
    return QString::fromStdString(r);
}

QString Labels::legalForm(const QString& code)
{
    if (code.isEmpty())
        return {};
    const QString abbreviation = QString::fromUtf8(legalFormAbbreviation(code.toStdString()));
    const QString label = reference::legalCategoryLabel(code);
    if (abbreviation.isEmpty())
        return label.isEmpty() ? code : label;
    if (label.isEmpty() || label.startsWith(abbreviation))
        return abbreviation;
    return abbreviation + QStringLiteral(" — ") + label;
}

QString Labels::nafActivity(const QString& code)
{
    return reference::nafLabel(code);
}

QString Labels::date(Date d)
{
    return QLocale().toString(toQDate(d), QLocale::ShortFormat);
}

QString Labels::date(const std::optional<Date>& d)
{
    return d ? date(*d) : QString();
}

QString Labels::money(core::Money amount)
{
    const QLocale locale;
    const std::int64_t cents = amount.cents();
    // Through unsigned arithmetic so that the most negative amount has a magnitude too.
    const std::uint64_t magnitude = cents < 0 ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
    const QString units = locale.toString(static_cast<qulonglong>(magnitude / 100));
    const QString hundredths = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (cents < 0 ? locale.negativeSign() : QString()) + units + locale.decimalPoint() + hundredths
        + QStringLiteral("\u00a0€");
}

QString Labels::hundredths(const std::optional<std::int64_t>& value)
{
    if (!value)
        return QStringLiteral("—");
    // Money and hundredths share the same exact layout: two decimals from integers.
    QString text = money(core::Money::fromCents(*value));
    text.chop(2); // the non-breaking space and the euro sign
    return text;
}

} // namespace pc::app
