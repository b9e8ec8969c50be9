#include "app/ErrorText.h"

#include "app/Labels.h"
#include "app/SalesLabels.h"

namespace pc::app {

using core::ErrorCode;

QString ErrorText::location(const core::Location& where)
{
    QStringList parts;
    if (!where.file.empty())
        parts << QString::fromStdString(where.file);
    if (where.line > 0)
        parts << (parts.isEmpty() ? tr("ligne %1").arg(where.line) : QString::number(where.line));
    if (!where.field.empty())
        parts << QString::fromStdString(where.field);
    return parts.join(QLatin1Char(':'));
}

QString ErrorText::describe(const core::Error& error)
{
    const QString where = location(error.where);
    return where.isEmpty() ? message(error) : where + QStringLiteral(": ") + message(error);
}

QString ErrorText::message(const core::Error& error)
{
    const auto arg = [&](std::size_t i) { return QString::fromStdString(error.arg(i)); };
    switch (error.code) {
    case ErrorCode::Empty:
        return error.where.empty() ? tr("sélectionnez au moins un débit et un crédit ouverts") : tr("valeur vide");
    case ErrorCode::InvalidFormat:
        return error.args.empty() ? tr("format invalide") : tr("« %1 » n'a pas le format attendu").arg(arg(0));
    case ErrorCode::InvalidLength:
        return tr("« %1 » n'a pas la bonne longueur (%2 caractères attendus)").arg(arg(0), arg(1));
    case ErrorCode::InvalidChecksum: return tr("« %1 » : la clé de contrôle est fausse").arg(arg(0));
    case ErrorCode::InvalidComponent: return tr("« %1 » : code pays « %2 » inconnu").arg(arg(0), arg(1));
    case ErrorCode::UnsupportedCountry:
        return tr("« %1 » : le préfixe « %2 » n'est pas celui d'un État de l'Union européenne").arg(arg(0), arg(1));
    case ErrorCode::InvalidNumber:
        // With its bounds: a number outside them (a horizon of 0 months, a rate of 150 %).
        if (error.args.size() == 3 && !error.args[2].empty())
            return tr("« %1 » : un nombre de %2 à %3 est attendu").arg(arg(0), arg(1), arg(2));
        if (error.args.size() == 3)
            return tr("« %1 » : un nombre d'au moins %2 est attendu").arg(arg(0), arg(1));
        return tr("« %1 » n'est pas un nombre").arg(arg(0));
    case ErrorCode::TooManyDecimals: return tr("« %1 » a plus de deux décimales").arg(arg(0));
    case ErrorCode::Overflow: return tr("« %1 » est trop grand").arg(arg(0));
    case ErrorCode::InvalidDate: return tr("« %1 » n'est pas une date valide").arg(arg(0));
    case ErrorCode::DateOutOfRange: return tr("« %1 » : l'année doit être comprise entre 1900 et 2199").arg(arg(0));
    case ErrorCode::MissingField:
        if (error.where.field.starts_with("seller."))
            return tr("l'identité de l'entreprise est incomplète (%1) : complétez les paramètres de l'entreprise")
                .arg(arg(0));
        if (error.where.field == "company.address")
            return tr("l'adresse du siège du client manque : c'est elle qui désigne le tribunal compétent");
        return error.args.empty() ? tr("valeur obligatoire manquante") : tr("colonne « %1 » manquante").arg(arg(0));
    case ErrorCode::UnknownField: return tr("colonne « %1 » inconnue").arg(arg(0));
    case ErrorCode::DuplicateField: return tr("colonne « %1 » en double").arg(arg(0));
    case ErrorCode::InconsistentFields: return inconsistent(error);
    case ErrorCode::DateTooEarly:
        return tr("le %1 doit être postérieur au %2").arg(Labels::date(core::Date::parseIso(arg(0).toStdString()).valueOr(core::Date())),
                                                          Labels::date(core::Date::parseIso(arg(1).toStdString()).valueOr(core::Date())));
    case ErrorCode::DateTooLate:
        return tr("le %1 ne peut pas être postérieur au %2").arg(Labels::date(core::Date::parseIso(arg(0).toStdString()).valueOr(core::Date())),
                                                                 Labels::date(core::Date::parseIso(arg(1).toStdString()).valueOr(core::Date())));
    case ErrorCode::ConflictingValues:
        return tr("« %1 » dans le fichier, « %2 » en paramètre : les deux doivent concorder").arg(arg(0), arg(1));
    case ErrorCode::UnknownLineCode: return tr("le code « %1 » n'existe pas dans la liasse fiscale").arg(arg(0));
    case ErrorCode::MissingLine: return tr("la ligne %1 de la liasse est obligatoire").arg(arg(0));
    case ErrorCode::TotalMismatch:
        if (error.where.field == "allocation")
            return tr("imputation de %1 supérieure au reste dû des écritures %2 et %3")
                .arg(moneyArg(error, 0), arg(1), arg(2));
        if (error.args.size() == 2)
            return tr("solde initial + mouvements = %1, mais le solde final vaut %2")
                .arg(moneyArg(error, 0), moneyArg(error, 1));
        return tr("le total %1 vaut %2 mais %4 donne %3").arg(arg(0), arg(1), arg(2), arg(3));
    case ErrorCode::Unbalanced:
        if (error.where.field == "EcritureNum")
            return tr("l'écriture %1 %2 n'est pas équilibrée : débit %3, crédit %4")
                .arg(arg(2), arg(3), moneyArg(error, 0), moneyArg(error, 1));
        if (error.args.size() == 2)
            return tr("les pièces ne s'équilibrent pas : débit %1, crédit %2").arg(moneyArg(error, 0), moneyArg(error, 1));
        return tr("le bilan n'est pas équilibré : passif %1 = %2, actif net %4 = %3").arg(arg(0), arg(1), arg(2), arg(3));
    case ErrorCode::TooManyFields: return tr("%1 valeurs pour %2 colonnes").arg(arg(0), arg(1));
    case ErrorCode::UnknownValue: return tr("valeur « %1 » inconnue").arg(arg(0));
    case ErrorCode::DuplicateKey:
        if (error.where.field == "key")
            return tr("l'alerte « %1 » a déjà été prise en compte").arg(arg(0));
        if (error.args.size() == 1)
            return tr("l'écriture n° %1 est sélectionnée deux fois").arg(arg(0));
        return tr("« %1 » figure déjà ligne %2").arg(arg(0), arg(1));
    case ErrorCode::AlreadyExists:
        if (error.args.size() == 3)
            return tr("ce fichier a déjà été importé le %2 (sous le nom %1) : il n'est pas importé une seconde fois")
                .arg(arg(1), arg(2));
        if (error.where.field == "piece")
            return tr("la pièce « %1 » figure déjà au compte de ce client").arg(arg(0));
        if (error.where.field == "legal_file")
            return tr("un dossier %1 est déjà ouvert pour ce client (n° %2) : mettez-le à jour ou clôturez-le")
                .arg(arg(0), arg(1));
        return tr("« %1 » existe déjà : %2").arg(arg(0), arg(1));
    case ErrorCode::NotFound: return notFound(error);
    case ErrorCode::EncodingError: return tr("encodage illisible : %1").arg(arg(0));
    case ErrorCode::IoError:
        return error.args.size() > 1 ? tr("impossible d'accéder à %1 : %2").arg(arg(0), arg(1))
                                     : tr("impossible d'accéder à %1").arg(arg(0));
    case ErrorCode::InvalidTransition:
        if (error.where.field == "bank_line")
            return tr("ce mouvement bancaire a déjà été attribué");
        if (error.where.field == "entry")
            return tr("l'écriture porte le code de lettre « %1 » : délettrez le groupe").arg(arg(0));
        if (error.where.field == "order.status")
            return tr("une commande « %1 » ne peut pas être %2")
                .arg(SalesLabels::orderStatus(core::orderStatusFromCode(error.arg(0)).value_or(core::OrderStatus::Draft)),
                     transitionVerb(error.arg(1)));
        if (error.where.field == "invoice")
            return tr("un avoir ne peut pas être crédité : seule une facture peut l'être");
        return tr("le compte ne peut pas passer du statut « %1 » au statut « %2 »")
            .arg(Labels::accountStatus(arg(0)), Labels::accountStatus(arg(1)));
    case ErrorCode::ChecklistIncomplete:
        return tr("le dossier d'ouverture est incomplet (%n point(s) manquant(s))", nullptr, arg(0).toInt());
    case ErrorCode::ReasonRequired: return tr("indiquez le motif de cette décision");
    case ErrorCode::Cancelled: return tr("opération annulée : rien n'a été modifié");
    case ErrorCode::AccountNotActive:
        return tr("le compte client n'est pas actif (statut « %1 ») : ouvrez le compte avant de prendre une commande")
            .arg(Labels::accountStatus(arg(0)));
    case ErrorCode::CreditBlocked:
        return tr("le contrôle de crédit bloque l'opération (%1) : un motif de dérogation est nécessaire").arg(arg(0));
    case ErrorCode::ConfirmationRequired:
        return tr("le contrôle de crédit demande une confirmation (%1)").arg(arg(0));
    case ErrorCode::NotAllowed: return tr("%1 n'a pas le droit de déroger au contrôle de crédit").arg(arg(0));
    case ErrorCode::NotSameClient:
        return tr("%1 et %2 ne sont pas du même client : une facture ne porte que sur un client").arg(arg(0), arg(1));
    case ErrorCode::StoreError: return tr("erreur de la base de données (%1) : %2").arg(arg(0), arg(1));
    case ErrorCode::SchemaTooNew:
        return tr("la base est au schéma %1, plus récent que celui de ce programme (%2) : mettez PosteClient à jour")
            .arg(arg(0), arg(1));
    case ErrorCode::StoreNotEmpty:
        return tr("la base contient déjà %n client(s) : le portefeuille de démonstration va dans une base vide",
                  nullptr, arg(0).toInt());
    }
    return QString::fromLatin1(core::errorCodeName(error.code));
}

QString ErrorText::notFound(const core::Error& error)
{
    const QString value = QString::fromStdString(error.arg(0));
    const std::string& field = error.where.field;
    if (field == "order")
        return tr("aucune commande n° « %1 »").arg(value);
    if (field == "delivery")
        return tr("aucun bon de livraison n° « %1 »").arg(value);
    if (field == "invoice")
        return tr("aucune facture n° « %1 »").arg(value);
    if (field == "entry")
        return tr("l'écriture n° %1 n'est pas une écriture ouverte de ce compte").arg(value);
    if (field == "letter")
        return tr("aucune écriture ne porte le code de lettre « %1 »").arg(value);
    if (field == "bank_line")
        return tr("aucun mouvement bancaire n° %1").arg(value);
    if (field == "lettering")
        return tr("aucun lettrage n° %1 : il a déjà été défait").arg(value);
    if (field.starts_with("lines["))
        return tr("la ligne %1 n'existe pas sur la commande").arg(value);
    if (field == "rate")
        return tr("aucun taux de la BCE connu au %1 : ajoutez-le à la table des taux").arg(value);
    if (field == "dispute")
        return tr("aucun litige n° %1").arg(value);
    if (field == "action")
        return tr("aucune action de relance n° %1").arg(value);
    if (field == "legal_file")
        return tr("aucun dossier contentieux n° %1").arg(value);
    if (field == "key")
        return tr("aucune alerte « %1 » de ce type pour ce client ce jour-là").arg(value);
    return tr("aucun client ne correspond à « %1 »").arg(value);
}

QString ErrorText::inconsistent(const core::Error& error)
{
    const auto arg = [&](std::size_t i) { return QString::fromStdString(error.arg(i)); };
    const std::string& field = error.where.field;
    if (field == "Debit" || field == "Credit")
        return tr("une ligne porte à la fois un débit et un crédit");
    if (field == "reste_du")
        return tr("le reste dû %1 ne va pas avec le montant %2 (même signe, pas plus grand, pas nul)")
            .arg(arg(0), arg(1));
    if (field == "Ccy" || field == "currency")
        return tr("devise %1 différente de celle du relevé (%2)").arg(arg(0), arg(1));
    if (field == "account")
        return tr("compte %1 différent de celui du relevé (%2)").arg(arg(0), arg(1));
    return tr("le SIRET %1 n'appartient pas au SIREN %2").arg(arg(0), arg(1));
}

QString ErrorText::moneyArg(const core::Error& error, std::size_t i)
{
    const auto amount = core::Money::parse(error.arg(i));
    return amount ? Labels::money(*amount) : QString::fromStdString(error.arg(i));
}

QString ErrorText::transitionVerb(const std::string& to)
{
    if (to == "delivered")
        return tr("livrée");
    if (to == "confirmed")
        return tr("confirmée");
    if (to == "cancelled")
        return tr("annulée");
    return tr("modifiée");
}

} // namespace pc::app
