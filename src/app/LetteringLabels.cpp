#include "app/LetteringLabels.h"

namespace pc::app {

QString LetteringLabels::rule(receivables::LetteringRule rule)
{
    using receivables::LetteringRule;
    switch (rule) {
    case LetteringRule::Reference:
        return tr("Référence de facture");
    case LetteringRule::Amount:
        return tr("Montant exact");
    case LetteringRule::Combination:
        return tr("Combinaison de pièces");
    case LetteringRule::Partial:
        return tr("Imputation partielle");
    case LetteringRule::Manual:
        return tr("Lettrage manuel");
    case LetteringRule::Imported:
        return tr("Lettrage importé");
    }
    return {};
}

QString LetteringLabels::leftReason(const std::string& code)
{
    if (code == "no_match")
        return tr("aucune pièce ne correspond");
    if (code == "ambiguous_amount")
        return tr("plusieurs pièces du même montant");
    if (code == "payment_short")
        return tr("règlement inférieur à la facture, au-delà de la tolérance");
    if (code == "payment_over")
        return tr("règlement supérieur aux pièces, au-delà de la tolérance");
    if (code == "partial_not_allowed")
        return tr("imputation partielle désactivée");
    if (code == "no_open_debit")
        return tr("aucune facture ouverte : avoir ou règlement non imputé");
    if (code == "awaiting_payment")
        return tr("en attente de règlement");
    return QString::fromStdString(code);
}

QString LetteringLabels::matchedBy(const std::string& code)
{
    if (code == "iban")
        return tr("IBAN du payeur");
    if (code == "siren")
        return tr("SIREN");
    if (code == "invoice")
        return tr("numéro de facture");
    if (code == "name")
        return tr("nom du payeur");
    if (code == "manual")
        return tr("attribué à la main");
    return QString::fromStdString(code);
}

QString LetteringLabels::bankLineStatus(store::BankLineStatus status)
{
    switch (status) {
    case store::BankLineStatus::Payment:
        return tr("Règlement");
    case store::BankLineStatus::Unmatched:
        return tr("À attribuer");
    case store::BankLineStatus::Outgoing:
        return tr("Débit");
    }
    return {};
}

} // namespace pc::app
