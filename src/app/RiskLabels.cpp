#include "app/RiskLabels.h"

#include "app/Labels.h"

#include <QLocale>

namespace pc::app {

QString RiskLabels::ratioName(const std::string& key)
{
    static const std::map<std::string, const char*> names = {
        {"turnover", QT_TR_NOOP("Chiffre d'affaires")},
        {"turnover_growth", QT_TR_NOOP("Croissance du chiffre d'affaires")},
        {"net_result", QT_TR_NOOP("Résultat net")},
        {"retained_share", QT_TR_NOOP("Part du résultat mise en réserve")},
        {"gross_margin", QT_TR_NOOP("Marge commerciale")},
        {"gross_margin_rate", QT_TR_NOOP("Taux de marge commerciale")},
        {"value_added", QT_TR_NOOP("Valeur ajoutée")},
        {"ebe", QT_TR_NOOP("Excédent brut d'exploitation (EBE)")},
        {"ebe_margin", QT_TR_NOOP("Taux de marge d'EBE")},
        {"net_margin", QT_TR_NOOP("Marge nette")},
        {"caf", QT_TR_NOOP("Capacité d'autofinancement (CAF)")},
        {"investment", QT_TR_NOOP("Investissements de l'exercice")},
        {"investment_by_debt", QT_TR_NOOP("… financés par emprunt")},
        {"investment_by_leasing", QT_TR_NOOP("… par crédit-bail (redevances)")},
        {"investment_by_equity", QT_TR_NOOP("… par apport en capital")},
        {"frng", QT_TR_NOOP("Fonds de roulement net global (FRNG)")},
        {"bfr", QT_TR_NOOP("Besoin en fonds de roulement (BFR)")},
        {"bfr_days", QT_TR_NOOP("BFR en jours de chiffre d'affaires")},
        {"client_days", QT_TR_NOOP("Délai clients")},
        {"supplier_days", QT_TR_NOOP("Délai fournisseurs")},
        {"stock_days", QT_TR_NOOP("Stocks en jours de chiffre d'affaires")},
        {"net_cash", QT_TR_NOOP("Trésorerie nette")},
        {"net_cash_days", QT_TR_NOOP("Trésorerie nette en jours de chiffre d'affaires")},
        {"marketable_securities", QT_TR_NOOP("Valeurs mobilières de placement")},
        {"other_receivables_share", QT_TR_NOOP("Autres créances / total du bilan")},
        {"total_assets", QT_TR_NOOP("Total du bilan")},
        {"equity", QT_TR_NOOP("Capitaux propres")},
        {"equity_capital", QT_TR_NOOP("… dont capital")},
        {"equity_reserves", QT_TR_NOOP("… dont primes, réserves et report à nouveau")},
        {"equity_result", QT_TR_NOOP("… dont résultat de l'exercice")},
        {"shareholder_accounts", QT_TR_NOOP("Comptes courants d'associés")},
        {"financial_autonomy", QT_TR_NOOP("Autonomie financière")},
        {"repayment_capacity", QT_TR_NOOP("Capacité de remboursement")},
    };
    const auto it = names.find(key);
    return it == names.end() ? QString::fromStdString(key) : tr(it->second);
}

QString RiskLabels::ratioDefinition(const std::string& key)
{
    static const std::map<std::string, const char*> definitions = {
        {"turnover", QT_TR_NOOP("Chiffre d'affaires net, France et export (2052 FL).")},
        {"turnover_growth", QT_TR_NOOP("(CA N − CA N-1) / CA N-1, seulement entre exercices de même durée.")},
        {"net_result", QT_TR_NOOP("Bénéfice ou perte de l'exercice (2053 HN).")},
        {"retained_share", QT_TR_NOOP("Hausse des réserves et du report à nouveau (DD à DH) rapportée au "
                                      "bénéfice de l'exercice précédent : ce que les associés ont laissé dans "
                                      "l'entreprise.")},
        {"gross_margin", QT_TR_NOOP("Ventes de marchandises − (achats de marchandises + variation de stock) : "
                                    "FC − (FS + FT).")},
        {"gross_margin_rate", QT_TR_NOOP("Marge commerciale / ventes de marchandises (FC).")},
        {"value_added", QT_TR_NOOP("Marge commerciale + production (FF + FI + FM + FN) − consommations "
                                   "(FU + FV + FW).")},
        {"ebe", QT_TR_NOOP("Valeur ajoutée + subventions d'exploitation (FO) − impôts et taxes (FX) − "
                           "salaires et charges sociales (FY + FZ).")},
        {"ebe_margin", QT_TR_NOOP("EBE / chiffre d'affaires.")},
        {"net_margin", QT_TR_NOOP("Résultat net / chiffre d'affaires.")},
        {"caf", QT_TR_NOOP("Méthode additive : résultat net + dotations (GA à GD, GQ, HG) − reprises (FP, GM, "
                           "HC). Les cessions d'actifs ne sont pas isolées dans la liasse.")},
        {"investment", QT_TR_NOOP("Hausse de l'actif immobilisé brut (BJ) sur l'exercice ; les cessions ne "
                                  "figurent pas dans la liasse.")},
        {"investment_by_debt", QT_TR_NOOP("Hausse des dettes financières (DS à DV, hors concours bancaires "
                                          "courants EH).")},
        {"investment_by_leasing", QT_TR_NOOP("Redevances de crédit-bail mobilier et immobilier (HP + HQ).")},
        {"investment_by_equity", QT_TR_NOOP("Hausse du capital et des primes (DA + DB).")},
        {"frng", QT_TR_NOOP("Ressources stables (capitaux propres, autres fonds propres, provisions, dettes "
                            "financières hors concours bancaires) − actif immobilisé net.")},
        {"bfr", QT_TR_NOOP("Stocks nets + avances versées + clients + autres créances + charges constatées "
                           "d'avance − (avances reçues + fournisseurs + dettes fiscales et sociales + dettes "
                           "sur immobilisations + autres dettes + produits constatés d'avance).")},
        {"bfr_days", QT_TR_NOOP("BFR / chiffre d'affaires × 365 (ou 360 selon la politique).")},
        {"client_days", QT_TR_NOOP("Créances clients nettes (BX − BY) / chiffre d'affaires TTC × 365 : le "
                                   "délai moyen de paiement de ses clients.")},
        {"supplier_days", QT_TR_NOOP("Dettes fournisseurs (DX) / achats TTC (FS + FU + FW) × 365 : le délai "
                                     "moyen de paiement à ses fournisseurs.")},
        {"stock_days", QT_TR_NOOP("Stocks nets / chiffre d'affaires × 365.")},
        {"net_cash", QT_TR_NOOP("VMP + disponibilités − concours bancaires courants (EH) ; égale FRNG − BFR.")},
        {"net_cash_days", QT_TR_NOOP("Trésorerie nette / chiffre d'affaires × 365.")},
        {"marketable_securities", QT_TR_NOOP("Valeurs mobilières de placement nettes (CD − CE).")},
        {"other_receivables_share", QT_TR_NOOP("Autres créances nettes (BZ − CA) / total du bilan. Une part "
                                               "élevée avec peu de créances clients laisse penser à de "
                                               "l'affacturage.")},
        {"total_assets", QT_TR_NOOP("Total général du bilan (EE).")},
        {"equity", QT_TR_NOOP("Capitaux propres (DL). Négatifs, ils ont été mangés par les pertes.")},
        {"equity_capital", QT_TR_NOOP("Capital social (DA).")},
        {"equity_reserves", QT_TR_NOOP("Primes, écarts de réévaluation, réserves et report à nouveau (DB à DH).")},
        {"equity_result", QT_TR_NOOP("Résultat de l'exercice au passif (DI).")},
        {"shareholder_accounts", QT_TR_NOOP("Dettes envers le groupe et les associés (2057 VI) : des fonds que "
                                            "les associés peuvent retirer.")},
        {"financial_autonomy", QT_TR_NOOP("Capitaux propres / total du bilan. Au-dessus de 20 % à 25 %, "
                                          "l'entreprise dépend peu de ses prêteurs.")},
        {"repayment_capacity", QT_TR_NOOP("Dettes financières (DS à DV) / CAF : années de CAF pour rembourser. "
                                          "Au-delà de 3 à 4 ans, l'endettement pèse.")},
    };
    const auto it = definitions.find(key);
    return it == definitions.end() ? QString() : tr(it->second);
}

QString RiskLabels::unavailable(const std::string& reason)
{
    if (reason.rfind("missing_line:", 0) == 0)
        return tr("ligne %1 absente").arg(QString::fromStdString(reason.substr(13)));
    if (reason.rfind("missing_input:", 0) == 0)
        return tr("donnée absente : %1").arg(QString::fromStdString(reason.substr(14)));
    if (reason.rfind("zero_denominator", 0) == 0)
        return tr("dénominateur nul");
    if (reason.rfind("negative_denominator", 0) == 0)
        return tr("dénominateur négatif");
    static const std::map<std::string, const char*> reasons = {
        {"no_previous_year", QT_TR_NOOP("pas d'exercice précédent")},
        {"different_durations", QT_TR_NOOP("exercices de durées différentes")},
        {"negative_caf", QT_TR_NOOP("CAF négative")},
        {"no_profit_to_retain", QT_TR_NOOP("pas de bénéfice l'an passé")},
        {"needs_market_value", QT_TR_NOOP("société non cotée : pas de valeur de marché")},
        {"missing", QT_TR_NOOP("inconnu")},
        {"unknown", QT_TR_NOOP("inconnu")},
        {"no_cap", QT_TR_NOOP("pas de plafond")},
        {"not_insured", QT_TR_NOOP("pas d'assurance-crédit")},
    };
    const auto it = reasons.find(reason);
    return it == reasons.end() ? QString::fromStdString(reason) : tr(it->second);
}

QString RiskLabels::ratioValue(const risk::RatioValue& r)
{
    if (!r.ok())
        return unavailable(r.error);
    const QLocale locale;
    switch (r.unit) {
    case risk::RatioUnit::Amount:
        return Labels::money(*r.amount);
    case risk::RatioUnit::Percent:
        return tr("%1 %").arg(locale.toString(*r.value, 'f', 1));
    case risk::RatioUnit::Days:
        return tr("%1 j").arg(locale.toString(*r.value, 'f', 0));
    case risk::RatioUnit::Years:
        return tr("%1 an(s)").arg(locale.toString(*r.value, 'f', 1));
    }
    return QString();
}

QString RiskLabels::flag(const std::string& flag)
{
    static const std::map<std::string, const char*> flags = {
        {"negative_equity", QT_TR_NOOP("Capitaux propres négatifs")},
        {"factoring_hint", QT_TR_NOOP("Autres créances élevées : affacturage probable")},
        {"loss", QT_TR_NOOP("Exercice en perte")},
        {"negative_net_cash", QT_TR_NOOP("Trésorerie nette négative")},
    };
    const auto it = flags.find(flag);
    return it == flags.end() ? QString::fromStdString(flag) : tr(it->second);
}

QString RiskLabels::scoreName(const std::string& name)
{
    static const std::map<std::string, const char*> names = {
        {"altman_z", QT_TR_NOOP("Altman Z (sociétés cotées)")},
        {"altman_z_prime", QT_TR_NOOP("Altman Z′ (sociétés non cotées)")},
        {"altman_z_double_prime", QT_TR_NOOP("Altman Z″ (hors industrie)")},
        {"altman_em", QT_TR_NOOP("Altman EM (Z″ + 3,25)")},
        {"conan_holder", QT_TR_NOOP("Conan et Holder")},
    };
    const auto it = names.find(name);
    return it == names.end() ? QString::fromStdString(name) : tr(it->second);
}

QString RiskLabels::scoreDefinition(const std::string& name)
{
    static const std::map<std::string, const char*> definitions = {
        {"altman_z", QT_TR_NOOP("1,2 X1 + 1,4 X2 + 3,3 X3 + 0,6 X4 + 0,999 X5 ; X4 demande la capitalisation "
                                "boursière. Sûr au-dessus de 2,99, détresse sous 1,81.")},
        {"altman_z_prime", QT_TR_NOOP("0,717 X1 + 0,847 X2 + 3,107 X3 + 0,420 X4 + 0,998 X5 avec X4 = capitaux "
                                      "propres / dettes. Sûr au-dessus de 2,90, détresse sous 1,23.")},
        {"altman_z_double_prime", QT_TR_NOOP("6,56 X1 + 3,26 X2 + 6,72 X3 + 1,05 X4, sans le chiffre "
                                             "d'affaires. Sûr au-dessus de 2,60, détresse sous 1,10.")},
        {"altman_em", QT_TR_NOOP("Z″ + 3,25, sur l'échelle des notations obligataires. Sûr au-dessus de 5,85, "
                                 "détresse sous 4,35 : ne pas comparer aux seuils de Z″.")},
        {"conan_holder", QT_TR_NOOP("0,24 R1 + 0,22 R2 + 0,16 R3 − 0,87 R4 − 0,10 R5 (PME industrielles, CA de "
                                    "1,5 à 75 M€). Très bon au-dessus de 0,16, danger sous 0,04.")},
    };
    const auto it = definitions.find(name);
    return it == definitions.end() ? QString() : tr(it->second);
}

QString RiskLabels::scoreValue(const risk::ScoreResult& s)
{
    if (!s.ok())
        return unavailable(s.error);
    QString text = QLocale().toString(*s.value, 'f', s.name == "conan_holder" ? 3 : 2) + QStringLiteral(" — ")
        + zone(s.zone);
    if (!s.rating.empty())
        text += QStringLiteral(" (%1)").arg(QString::fromStdString(s.rating));
    return text;
}

QString RiskLabels::zone(const std::string& zone)
{
    static const std::map<std::string, const char*> zones = {
        {"safe", QT_TR_NOOP("zone saine")},          {"grey", QT_TR_NOOP("zone grise")},
        {"distress", QT_TR_NOOP("zone de détresse")}, {"very_good", QT_TR_NOOP("très bon")},
        {"good", QT_TR_NOOP("bon, à surveiller")},   {"alert", QT_TR_NOOP("alerte")},
        {"danger", QT_TR_NOOP("danger")},
    };
    const auto it = zones.find(zone);
    return it == zones.end() ? QString::fromStdString(zone) : tr(it->second);
}

QString RiskLabels::factorName(const std::string& key)
{
    static const std::map<std::string, const char*> names = {
        {"conan_holder", QT_TR_NOOP("Score Conan et Holder")},
        {"days_late", QT_TR_NOOP("Retard moyen de paiement chez nous")},
        {"safeguard", QT_TR_NOOP("Procédure de sauvegarde")},
        {"liens", QT_TR_NOOP("Privilèges URSSAF / Trésor inscrits")},
    };
    const auto it = names.find(key);
    return it == names.end() ? ratioName(key) : tr(it->second);
}

QString RiskLabels::limitRuleName(const std::string& key)
{
    static const std::map<std::string, const char*> names = {
        {"net_worth", QT_TR_NOOP("part des capitaux propres")},
        {"working_capital", QT_TR_NOOP("part du fonds de roulement")},
        {"class_cap", QT_TR_NOOP("plafond de la classe")},
        {"need", QT_TR_NOOP("besoin : achats × (délai + retard) / 365")},
        {"insurer", QT_TR_NOOP("agrément de l'assureur-crédit")},
    };
    const auto it = names.find(key);
    return it == names.end() ? tr("aucune règle applicable") : tr(it->second);
}

QString RiskLabels::classDescription(char riskClass)
{
    switch (riskClass) {
    case 'A': return tr("A — risque très faible");
    case 'B': return tr("B — risque faible");
    case 'C': return tr("C — risque moyen");
    case 'D': return tr("D — risque élevé : acompte demandé");
    default: return tr("E — risque très élevé : paiement avant livraison");
    }
}

} // namespace pc::app
