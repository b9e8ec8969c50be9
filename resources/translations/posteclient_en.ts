<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AlertService</name>
    <message>
        <source>Limite dépassée</source>
        <translation>Limit exceeded</translation>
    </message>
    <message>
        <source>Retard au-delà du seuil</source>
        <translation>Past due beyond threshold</translation>
    </message>
    <message>
        <source>Classe de risque dégradée</source>
        <translation>Risk class downgraded</translation>
    </message>
    <message>
        <source>Révision de limite dépassée</source>
        <translation>Limit review overdue</translation>
    </message>
    <message>
        <source>Promesse non tenue</source>
        <translation>Broken promise</translation>
    </message>
    <message>
        <source>Procédure collective</source>
        <translation>Insolvency proceedings</translation>
    </message>
    <message>
        <source>Encours au-delà de la limite de %1</source>
        <translation>Exposure above the limit of %1</translation>
    </message>
    <message>
        <source>%1 échus, le plus ancien depuis %2 jours</source>
        <translation>%1 past due, the oldest for %2 days</translation>
    </message>
    <message>
        <source>Classe %1 (encours %2)</source>
        <translation>Class %1 (exposure %2)</translation>
    </message>
    <message>
        <source>Limite à réviser depuis le %1</source>
        <translation>Limit due for review since %1</translation>
    </message>
    <message>
        <source>%1 promis non reçus (rompue le %2)</source>
        <translation>%1 promised, not received (broken on %2)</translation>
    </message>
    <message>
        <source>%1 depuis le %2 (encours %3)</source>
        <translation>%1 since %2 (exposure %3)</translation>
    </message>
    <message>
        <source>date inconnue</source>
        <translation>unknown date</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Création du client</source>
        <translation>Client created</translation>
    </message>
    <message>
        <source>Modification de la fiche</source>
        <translation>Client file edited</translation>
    </message>
    <message>
        <source>Ouverture du compte</source>
        <translation>Account opening</translation>
    </message>
    <message>
        <source>Demande d&apos;ouverture</source>
        <translation>Opening requested</translation>
    </message>
    <message>
        <source>Changement de statut</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Mise à jour par import</source>
        <translation>Updated by import</translation>
    </message>
    <message>
        <source>Import de clients</source>
        <translation>Client import</translation>
    </message>
    <message>
        <source>Portefeuille de démonstration</source>
        <translation>Demo portfolio</translation>
    </message>
    <message>
        <source>modifié</source>
        <translation>changed</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>commande inconnue : %1</source>
        <translation>unknown command: %1</translation>
    </message>
    <message>
        <source>erreur : %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Voir posteclient-cli --help.</source>
        <translation>See posteclient-cli --help.</translation>
    </message>
    <message>
        <source>validate attend un type (siren, siret, vat, iban, bic) et une valeur</source>
        <translation>validate expects a kind (siren, siret, vat, iban, bic) and a value</translation>
    </message>
    <message>
        <source>type d&apos;identifiant inconnu : %1 (siren, siret, vat, iban ou bic)</source>
        <translation>unknown identifier kind: %1 (siren, siret, vat, iban or bic)</translation>
    </message>
    <message>
        <source>%1 %2 : valide</source>
        <translation>%1 %2: valid</translation>
    </message>
    <message>
        <source>%1 invalide : %2</source>
        <translation>invalid %1: %2</translation>
    </message>
    <message>
        <source>vat-number attend un SIREN</source>
        <translation>vat-number expects a SIREN</translation>
    </message>
    <message>
        <source>Base prête : %1 (schéma %2)</source>
        <translation>Database ready: %1 (schema %2)</translation>
    </message>
    <message>
        <source>--count attend un nombre de 1 à 1 000 000 et --seed un entier positif</source>
        <translation>--count expects a number from 1 to 1,000,000 and --seed a positive integer</translation>
    </message>
    <message>
        <source>Portefeuille de démonstration installé : %1 clients dans %2</source>
        <translation>Demo portfolio installed: %1 clients in %2</translation>
    </message>
    <message>
        <source>sous-commande de client inconnue : %1 (import, list, show, open, status)</source>
        <translation>unknown client subcommand: %1 (import, list, show, open, status)</translation>
    </message>
    <message>
        <source>client import attend un fichier CSV</source>
        <translation>client import expects a CSV file</translation>
    </message>
    <message>
        <source>--on-duplicate attend error, skip ou update</source>
        <translation>--on-duplicate expects error, skip or update</translation>
    </message>
    <message>
        <source>attention : %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>%1 : %2 client(s) créé(s), %3 mis à jour, %4 ignoré(s)</source>
        <translation>%1: %2 client(s) created, %3 updated, %4 skipped</translation>
    </message>
    <message numerus="yes">
        <source>fichier refusé : %n erreur(s), la base n&apos;a pas été modifiée</source>
        <translation>
            <numerusform>file rejected: %n error, the database was not changed</numerusform>
            <numerusform>file rejected: %n errors, the database was not changed</numerusform>
        </translation>
    </message>
    <message>
        <source>statut inconnu : %1 (prospect, pending, active, blocked, closed)</source>
        <translation>unknown status: %1 (prospect, pending, active, blocked, closed)</translation>
    </message>
    <message>
        <source>client show attend un SIREN, un SIRET ou un numéro de compte</source>
        <translation>client show expects a SIREN, a SIRET or an account number</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>à compléter</source>
        <translation>to be completed</translation>
    </message>
    <message>
        <source>TVA intracommunautaire</source>
        <translation>EU VAT number</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Code NAF</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>Création</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Register status</translation>
    </message>
    <message>
        <source>Procédure collective</source>
        <translation>Insolvency proceedings</translation>
    </message>
    <message>
        <source>Siège</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Statut du compte</source>
        <translation>Account status</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Mode de paiement</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Établissement (siège)</source>
        <translation>Establishment (head office)</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Liste d&apos;ouverture de compte :</source>
        <translation>Account-opening checklist:</translation>
    </message>
    <message>
        <source>client open attend un SIREN, un SIRET ou un numéro de compte</source>
        <translation>client open expects a SIREN, a SIRET or an account number</translation>
    </message>
    <message>
        <source>Compte %1 activé.</source>
        <translation>Account %1 activated.</translation>
    </message>
    <message>
        <source>Compte %1 déjà actif.</source>
        <translation>Account %1 already active.</translation>
    </message>
    <message>
        <source>Compte %1 non activé (%2) : dossier incomplet.</source>
        <translation>Account %1 not activated (%2): the file is incomplete.</translation>
    </message>
    <message>
        <source>client status attend un client et un statut (active, blocked, closed, pending)</source>
        <translation>client status expects a client and a status (active, blocked, closed, pending)</translation>
    </message>
    <message>
        <source>Compte %1 : %2</source>
        <translation>Account %1: %2</translation>
    </message>
    <message>
        <source>--limit attend un nombre positif</source>
        <translation>--limit expects a positive number</translation>
    </message>
    <message>
        <source>option inconnue : %1</source>
        <translation>unknown option: %1</translation>
    </message>
    <message>
        <source>l&apos;option %1 attend une valeur</source>
        <translation>the option %1 expects a value</translation>
    </message>
    <message>
        <source>analyze attend un SIREN, un SIRET ou un numéro de compte</source>
        <translation>analyze expects a SIREN, a SIRET or an account number</translation>
    </message>
    <message>
        <source>--year attend une année (AAAA)</source>
        <translation>--year expects a year (YYYY)</translation>
    </message>
    <message>
        <source>Aucun bilan : le score ne repose que sur les événements connus.</source>
        <translation>No balance sheet: the score rests on the known events only.</translation>
    </message>
    <message>
        <source>Exercice %1</source>
        <translation>Fiscal year %1</translation>
    </message>
    <message>
        <source>Score interne : %1 / 100, classe %2</source>
        <translation>Internal score: %1 / 100, class %2</translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <translation>%1 / %2 points</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Limite recommandée : %1 (%2)</source>
        <translation>Recommended limit: %1 (%2)</translation>
    </message>
    <message>
        <source>Limite accordée : %1, revue le %2</source>
        <translation>Granted limit: %1, review on %2</translation>
    </message>
    <message>
        <source>usage : limit set SIREN MONTANT --reason MOTIF --review AAAA-MM-JJ [--approver NOM]</source>
        <translation>usage: limit set SIREN AMOUNT --reason REASON --review YYYY-MM-DD [--approver NAME]</translation>
    </message>
    <message>
        <source>Limite de %1 accordée à %2, revue le %3</source>
        <translation>Limit of %1 granted to %2, review on %3</translation>
    </message>
    <message>
        <source>usage : credit profile SIREN [--terms CONDITIONS] [--purchases MONTANT] [--delay JOURS] [--insurer MONTANT] [--liens N]</source>
        <translation>usage: credit profile SIREN [--terms TERMS] [--purchases AMOUNT] [--delay DAYS] [--insurer AMOUNT] [--liens N]</translation>
    </message>
    <message>
        <source>usage : terms due-date --invoice-date AAAA-MM-JJ --terms CONDITIONS [--method eom-then-45|45-then-eom]</source>
        <translation>usage: terms due-date --invoice-date YYYY-MM-DD --terms TERMS [--method eom-then-45|45-then-eom]</translation>
    </message>
    <message>
        <source>--method attend eom-then-45 ou 45-then-eom</source>
        <translation>--method expects eom-then-45 or 45-then-eom</translation>
    </message>
    <message>
        <source>Échéance : %1 (%2 jours)</source>
        <translation>Due date: %1 (%2 days)</translation>
    </message>
    <message>
        <source>Maximum légal : %1</source>
        <translation>Legal maximum: %1</translation>
    </message>
    <message>
        <source>Attention : ces conditions dépassent le délai légal (Code de commerce, L441-10).</source>
        <translation>Warning: these terms exceed the legal maximum (Code de commerce, L441-10).</translation>
    </message>
    <message>
        <source>sous-commande de statements inconnue : %1 (import, list)</source>
        <translation>unknown statements subcommand: %1 (import, list)</translation>
    </message>
    <message>
        <source>statements import attend un fichier JSON ou CSV</source>
        <translation>statements import expects a JSON or CSV file</translation>
    </message>
    <message>
        <source>%1 (%2) : exercice clos le %3 %4</source>
        <translation>%1 (%2): fiscal year closed on %3 %4</translation>
    </message>
    <message>
        <source>remplacé</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>enregistré</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>statements list attend un SIREN, un SIRET ou un numéro de compte</source>
        <translation>statements list expects a SIREN, a SIRET or an account number</translation>
    </message>
    <message numerus="yes">
        <source>%n mois</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Limite</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Créances ouvertes</source>
        <translation>Open receivables</translation>
    </message>
    <message>
        <source>Livré non facturé</source>
        <translation>Delivered, not invoiced</translation>
    </message>
    <message>
        <source>Commandes en cours</source>
        <translation>Open orders</translation>
    </message>
    <message>
        <source>Acomptes reçus</source>
        <translation>Deposits received</translation>
    </message>
    <message>
        <source>Encours total</source>
        <translation>Total exposure</translation>
    </message>
    <message>
        <source>Disponible</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Montant demandé</source>
        <translation>Amount requested</translation>
    </message>
    <message>
        <source>Échu impayé</source>
        <translation>Overdue, unpaid</translation>
    </message>
    <message>
        <source>Classe de risque</source>
        <translation>Risk class</translation>
    </message>
    <message>
        <source>Litiges ouverts</source>
        <translation>Open disputes</translation>
    </message>
    <message>
        <source>check attend un SIREN, un SIRET ou un numéro de compte</source>
        <translation>check expects a SIREN, a SIRET or an account number</translation>
    </message>
    <message>
        <source>sous-commande de order inconnue : %1 (add, list, show, confirm, cancel, deposit, pdf)</source>
        <translation>unknown order subcommand: %1 (add, list, show, confirm, cancel, deposit, pdf)</translation>
    </message>
    <message>
        <source>order add attend un fichier JSON</source>
        <translation>order add expects a JSON file</translation>
    </message>
    <message>
        <source>Commande %1 enregistrée (%2), %3 TTC.</source>
        <translation>Order %1 saved (%2), %3 incl. VAT.</translation>
    </message>
    <message>
        <source>order list attend un SIREN, un SIRET ou un numéro de compte</source>
        <translation>order list expects a SIREN, a SIRET or an account number</translation>
    </message>
    <message>
        <source>order deposit attend un numéro de commande et un montant</source>
        <translation>order deposit expects an order number and an amount</translation>
    </message>
    <message>
        <source>order %1 attend un numéro de commande</source>
        <translation>order %1 expects an order number</translation>
    </message>
    <message>
        <source>order pdf attend --out FICHIER</source>
        <translation>order pdf expects --out FILE</translation>
    </message>
    <message>
        <source>Confirmation de commande écrite dans %1</source>
        <translation>Order confirmation written to %1</translation>
    </message>
    <message>
        <source>Commande %1 : %2, %3 TTC, reste à livrer %4</source>
        <translation>Order %1: %2, %3 incl. VAT, %4 left to deliver</translation>
    </message>
    <message>
        <source>livré %1</source>
        <translation>delivered %1</translation>
    </message>
    <message>
        <source>deliver attend un numéro de commande</source>
        <translation>deliver expects an order number</translation>
    </message>
    <message>
        <source>Bon de livraison %1 pour la commande %2.</source>
        <translation>Delivery note %1 for order %2.</translation>
    </message>
    <message>
        <source>delivery sign attend un numéro de bon de livraison</source>
        <translation>delivery sign expects a delivery note number</translation>
    </message>
    <message>
        <source>Bon de livraison %1 signé le %2.</source>
        <translation>Delivery note %1 signed on %2.</translation>
    </message>
    <message>
        <source>delivery list attend un SIREN, un SIRET ou un numéro de compte</source>
        <translation>delivery list expects a SIREN, a SIRET or an account number</translation>
    </message>
    <message>
        <source>facturé</source>
        <translation>invoiced</translation>
    </message>
    <message>
        <source>à facturer</source>
        <translation>to invoice</translation>
    </message>
    <message>
        <source>signé par %1</source>
        <translation>signed by %1</translation>
    </message>
    <message>
        <source>non signé</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>sous-commande de delivery inconnue : %1 (sign, list)</source>
        <translation>unknown delivery subcommand: %1 (sign, list)</translation>
    </message>
    <message>
        <source>%1 %2 du %3, échéance %4 : %5 HT, %6 TVA, %7 TTC</source>
        <translation>%1 %2 of %3, due %4: %5 excl. VAT, %6 VAT, %7 incl. VAT</translation>
    </message>
    <message>
        <source>invoice create attend --deliveries BL1,BL2</source>
        <translation>invoice create expects --deliveries DN1,DN2</translation>
    </message>
    <message>
        <source>invoice %1 attend un numéro de facture</source>
        <translation>invoice %1 expects an invoice number</translation>
    </message>
    <message>
        <source>invoice pdf attend --out FICHIER</source>
        <translation>invoice pdf expects --out FILE</translation>
    </message>
    <message>
        <source>Facture écrite dans %1</source>
        <translation>Invoice written to %1</translation>
    </message>
    <message>
        <source>invoice list attend un SIREN, un SIRET ou un numéro de compte</source>
        <translation>invoice list expects a SIREN, a SIRET or an account number</translation>
    </message>
    <message>
        <source>sous-commande de invoice inconnue : %1 (create, list, show, pdf)</source>
        <translation>unknown invoice subcommand: %1 (create, list, show, pdf)</translation>
    </message>
    <message>
        <source>credit-note attend un numéro de facture</source>
        <translation>credit-note expects an invoice number</translation>
    </message>
    <message>
        <source>settings set attend une clé et une valeur (%1)</source>
        <translation>settings set expects a key and a value (%1)</translation>
    </message>
    <message>
        <source>sous-commande de settings inconnue : %1 (show, set)</source>
        <translation>unknown settings subcommand: %1 (show, set)</translation>
    </message>
    <message>
        <source>import attend statement, fec ou open-items, puis un fichier</source>
        <translation>import expects statement, fec or open-items, then a file</translation>
    </message>
    <message>
        <source>type d&apos;import inconnu : %1 (statement, fec, open-items)</source>
        <translation>unknown import type: %1 (statement, fec, open-items)</translation>
    </message>
    <message>
        <source>%1 (%2) : %3 mouvement(s), %4 règlement(s) pour %5, %6 non reconnu(s) pour %7, %8 débit(s), %9 déjà importé(s)</source>
        <translation>%1 (%2): %3 movement(s), %4 payment(s) for %5, %6 unrecognised for %7, %8 debit(s), %9 already imported</translation>
    </message>
    <message>
        <source>%1 : %2 ligne(s) lue(s), %3 écriture(s) client importée(s), %4 groupe(s) lettré(s) repris, %5 client(s) reconnu(s), %6 créé(s)</source>
        <translation>%1: %2 line(s) read, %3 client entry(ies) imported, %4 lettered group(s) carried over, %5 client(s) recognised, %6 created</translation>
    </message>
    <message>
        <source>  à compléter : %1 %2</source>
        <translation>  to be completed: %1 %2</translation>
    </message>
    <message>
        <source>%1 : %2 facture(s), %3 avoir(s), reste dû %4</source>
        <translation>%1: %2 invoice(s), %3 credit note(s), amount due %4</translation>
    </message>
    <message>
        <source>%1 : %2 écriture(s) client, %3 ligne(s) FEC, %4 lettrée(s)</source>
        <translation>%1: %2 client entry(ies), %3 FEC line(s), %4 lettered</translation>
    </message>
    <message>
        <source>sous-commande de letter inconnue : %1 (auto, manual, undo)</source>
        <translation>unknown letter subcommand: %1 (auto, manual, undo)</translation>
    </message>
    <message>
        <source>letter auto ne prend pas d&apos;argument (voir --client et --as-of)</source>
        <translation>letter auto takes no argument (see --client and --as-of)</translation>
    </message>
    <message>
        <source>Lettrage automatique au %1 : %2 groupe(s) sur %3 client(s), %4 lettré(s)</source>
        <translation>Automatic lettering as of %1: %2 group(s) across %3 client(s), %4 lettered</translation>
    </message>
    <message numerus="yes">
        <source>  %n écart(s) de règlement passé(s) en perte ou profit : %1</source>
        <translation>
            <numerusform>  %n payment difference posted to profit or loss: %1</numerusform>
            <numerusform>  %n payment differences posted to profit or loss: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pièce(s) restent ouvertes</source>
        <translation>
            <numerusform>%n item remains open</numerusform>
            <numerusform>%n items remain open</numerusform>
        </translation>
    </message>
    <message>
        <source>À examiner :</source>
        <translation>To review:</translation>
    </message>
    <message>
        <source>letter manual attend un client puis les numéros des écritures à lettrer</source>
        <translation>letter manual expects a client, then the numbers of the entries to letter</translation>
    </message>
    <message>
        <source>numéro d&apos;écriture incorrect : %1</source>
        <translation>invalid entry number: %1</translation>
    </message>
    <message>
        <source>Lettré : code %1</source>
        <translation>Lettered: code %1</translation>
    </message>
    <message>
        <source>Lettrage partiel enregistré</source>
        <translation>Partial lettering recorded</translation>
    </message>
    <message>
        <source>letter undo attend un client et un code de lettrage</source>
        <translation>letter undo expects a client and a letter code</translation>
    </message>
    <message>
        <source>Délettré : %1</source>
        <translation>Unlettered: %1</translation>
    </message>
    <message>
        <source>ledger attend un client (SIREN, SIRET ou numéro de compte)</source>
        <translation>ledger expects a client (SIREN, SIRET or account number)</translation>
    </message>
    <message>
        <source>compte %1 au %2</source>
        <translation>account %1 as of %2</translation>
    </message>
    <message>
        <source>Solde ouvert : %1</source>
        <translation>Open balance: %1</translation>
    </message>
    <message>
        <source>sous-commande de payment inconnue : %1 (add, assign, unmatched)</source>
        <translation>unknown payment subcommand: %1 (add, assign, unmatched)</translation>
    </message>
    <message>
        <source>payment add attend un client, --amount et --date</source>
        <translation>payment add expects a client, --amount and --date</translation>
    </message>
    <message>
        <source>mode de règlement inconnu : %1</source>
        <translation>unknown payment method: %1</translation>
    </message>
    <message>
        <source>Règlement enregistré : écriture %1</source>
        <translation>Payment recorded: entry %1</translation>
    </message>
    <message>
        <source>payment assign attend le numéro de la ligne bancaire puis le client</source>
        <translation>payment assign expects the bank line number, then the client</translation>
    </message>
    <message>
        <source>numéro de ligne bancaire incorrect : %1</source>
        <translation>invalid bank line number: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mouvement(s) à attribuer</source>
        <translation>
            <numerusform>%n movement to assign</numerusform>
            <numerusform>%n movements to assign</numerusform>
        </translation>
    </message>
    <message>
        <source>dunning attend plan, run, history, call ou letter</source>
        <translation>dunning expects plan, run, history, call or letter</translation>
    </message>
    <message numerus="yes">
        <source>Relances dues au %1 : %n action(s)</source>
        <translation>
            <numerusform>Reminders due as of %1: %n action</numerusform>
            <numerusform>Reminders due as of %1: %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>dunning run attend --out DOSSIER</source>
        <translation>dunning run expects --out FOLDER</translation>
    </message>
    <message numerus="yes">
        <source>%n relance(s) enregistrée(s), %1 document(s) écrit(s) dans %2</source>
        <translation>
            <numerusform>%n reminder recorded, %1 document(s) written to %2</numerusform>
            <numerusform>%n reminders recorded, %1 document(s) written to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) attendent une confirmation</source>
        <translation>
            <numerusform>%n action awaits confirmation</numerusform>
            <numerusform>%n actions await confirmation</numerusform>
        </translation>
    </message>
    <message>
        <source>dunning history attend un client</source>
        <translation>dunning history expects a client</translation>
    </message>
    <message>
        <source>dunning call attend un client et --outcome</source>
        <translation>dunning call expects a client and --outcome</translation>
    </message>
    <message>
        <source>Appel noté (n° %1)</source>
        <translation>Call logged (no. %1)</translation>
    </message>
    <message>
        <source>dunning letter attend un client, --template MODELE et --out FICHIER</source>
        <translation>dunning letter expects a client, --template TEMPLATE and --out FILE</translation>
    </message>
    <message>
        <source>%1 écrit dans %2</source>
        <translation>%1 written to %2</translation>
    </message>
    <message>
        <source>penalties attend un client</source>
        <translation>penalties expects a client</translation>
    </message>
    <message>
        <source>Pénalités de retard de %1 au %2</source>
        <translation>Late-payment penalties for %1 as of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Principal %1, pénalités %2, indemnités %3</source>
        <translation>Principal %1, penalties %2, indemnities %3</translation>
    </message>
    <message>
        <source>dispute attend add, investigate, resolve ou list</source>
        <translation>dispute expects add, investigate, resolve or list</translation>
    </message>
    <message>
        <source>dispute add attend un client et une facture</source>
        <translation>dispute add expects a client and an invoice</translation>
    </message>
    <message>
        <source>Litige n° %1 ouvert sur %2</source>
        <translation>Dispute no. %1 opened for %2</translation>
    </message>
    <message>
        <source>dispute %1 attend le numéro du litige</source>
        <translation>dispute %1 expects the dispute number</translation>
    </message>
    <message>
        <source>Litige n° %1 en cours d&apos;analyse</source>
        <translation>Dispute no. %1 under investigation</translation>
    </message>
    <message>
        <source>Litige n° %1 résolu : %2</source>
        <translation>Dispute no. %1 resolved: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n litige(s) actif(s), %1 ; ancienneté moyenne %2 j ; résolution moyenne %3 j</source>
        <translation>
            <numerusform>%n active dispute, %1; average age %2 days; average resolution %3 days</numerusform>
            <numerusform>%n active disputes, %1; average age %2 days; average resolution %3 days</numerusform>
        </translation>
    </message>
    <message>
        <source>promise attend add ou list</source>
        <translation>promise expects add or list</translation>
    </message>
    <message>
        <source>promise add attend un client, --amount et --date</source>
        <translation>promise add expects a client, --amount and --date</translation>
    </message>
    <message>
        <source>Promesse n° %1 : %2 pour le %3</source>
        <translation>Promise no. %1: %2 by %3</translation>
    </message>
    <message>
        <source>legal attend injonction, agency, attachment, claim, update ou list</source>
        <translation>legal expects injonction, agency, attachment, claim, update or list</translation>
    </message>
    <message>
        <source>legal injonction attend un client et --out FICHIER</source>
        <translation>legal injonction expects a client and --out FILE</translation>
    </message>
    <message>
        <source>Requête en injonction de payer écrite dans %1 (%2, Cerfa n° %3) : principal %4, pénalités %5, indemnités %6</source>
        <translation>Application for an order for payment written to %1 (%2, Cerfa no. %3): principal %4, penalties %5, indemnities %6</translation>
    </message>
    <message>
        <source>legal agency attend un client, --agency NOM et --out FICHIER</source>
        <translation>legal agency expects a client, --agency NAME and --out FILE</translation>
    </message>
    <message>
        <source>Dossier confié à %1, écrit dans %2</source>
        <translation>File referred to %1, written to %2</translation>
    </message>
    <message>
        <source>legal %1 attend un client</source>
        <translation>legal %1 expects a client</translation>
    </message>
    <message>
        <source>Dossier n° %1 ouvert</source>
        <translation>File no. %1 opened</translation>
    </message>
    <message>
        <source>legal update attend le numéro du dossier et --status</source>
        <translation>legal update expects the file number and --status</translation>
    </message>
    <message>
        <source>Dossier n° %1 mis à jour</source>
        <translation>File no. %1 updated</translation>
    </message>
    <message>
        <source>attention : la facture %1 de %2 sera prescrite le %3</source>
        <translation>warning: invoice %1 of %2 will be time-barred on %3</translation>
    </message>
    <message>
        <source>aging ne prend pas d&apos;argument (voir --as-of, --by et --buckets)</source>
        <translation>aging takes no argument (see --as-of, --by and --buckets)</translation>
    </message>
    <message>
        <source>Balance âgée au %1</source>
        <translation>Aged balance as of %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>En litige</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Indicateurs au %1 (ventes des %2 derniers jours : %3)</source>
        <translation>Indicators as of %1 (sales of the last %2 days: %3)</translation>
    </message>
    <message>
        <source>Encours</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Dont échu</source>
        <translation>Of which past due</translation>
    </message>
    <message>
        <source>DSO (jours)</source>
        <translation>DSO (days)</translation>
    </message>
    <message>
        <source>Meilleur DSO possible</source>
        <translation>Best possible DSO</translation>
    </message>
    <message>
        <source>Retard moyen (ADD)</source>
        <translation>Average days delinquent (ADD)</translation>
    </message>
    <message>
        <source>DSO par épuisement</source>
        <translation>Count-back DSO</translation>
    </message>
    <message>
        <source>CEI (%)</source>
        <translation>CEI (%)</translation>
    </message>
    <message>
        <source>provisions attend review, book, rate, write-off ou journal</source>
        <translation>provisions expects review, book, rate, write-off or journal</translation>
    </message>
    <message>
        <source>Créances douteuses et provisions au %1</source>
        <translation>Doubtful receivables and provisions as of %1</translation>
    </message>
    <message>
        <source>HT %1</source>
        <translation>ex VAT %1</translation>
    </message>
    <message>
        <source>Douteux TTC : %1 ; provision : %2 ; dotation à passer : %3 ; reprise à passer : %4</source>
        <translation>Doubtful incl. VAT: %1; provision: %2; provision charge to post: %3; reversal to post: %4</translation>
    </message>
    <message>
        <source>%1 créance(s) passée(s) en douteux, dotation %2, reprise %3</source>
        <translation>%1 receivable(s) reclassified as doubtful, provision charge %2, reversal %3</translation>
    </message>
    <message>
        <source>provisions rate attend une écriture et un taux (ou none)</source>
        <translation>provisions rate expects an entry and a rate (or none)</translation>
    </message>
    <message>
        <source>Taux enregistré</source>
        <translation>Rate recorded</translation>
    </message>
    <message>
        <source>provisions write-off attend une écriture</source>
        <translation>provisions write-off expects an entry</translation>
    </message>
    <message>
        <source>Créance passée en perte le %1</source>
        <translation>Receivable written off on %1</translation>
    </message>
    <message>
        <source>forecast ne prend pas d&apos;argument (voir --by et --horizon)</source>
        <translation>forecast takes no argument (see --by and --horizon)</translation>
    </message>
    <message>
        <source>Prévision d&apos;encaissement au %1</source>
        <translation>Cash-in forecast as of %1</translation>
    </message>
    <message>
        <source>Au-delà : %1 ; en litige : %2 ; en procédure collective : %3</source>
        <translation>Beyond: %1; disputed: %2; in insolvency proceedings: %3</translation>
    </message>
    <message>
        <source>alerts attend ack ou aucun argument</source>
        <translation>alerts expects ack or no argument</translation>
    </message>
    <message>
        <source>Aucune alerte</source>
        <translation>No alerts</translation>
    </message>
    <message>
        <source>alerts ack attend un client, un type et une clé</source>
        <translation>alerts ack expects a client, a type and a key</translation>
    </message>
    <message>
        <source>Alerte prise en compte</source>
        <translation>Alert acknowledged</translation>
    </message>
    <message>
        <source>Coût du crédit et rentabilité du %1 au %2</source>
        <translation>Cost of credit and profitability from %1 to %2</translation>
    </message>
    <message>
        <source>(non renseigné)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>report attend impact</source>
        <translation>report expects impact</translation>
    </message>
    <message>
        <source>report impact attend --out FICHIER.pdf, ou --json</source>
        <translation>report impact expects --out FILE.pdf, or --json</translation>
    </message>
    <message>
        <source>Rapport d&apos;impact du %1 au %2 écrit dans %3</source>
        <translation>Impact report from %1 to %2 written to %3</translation>
    </message>
    <message>
        <source>export attend fec puis un fichier, ou aging, kpi ou ledger</source>
        <translation>export expects fec then a file, or aging, kpi or ledger</translation>
    </message>
    <message>
        <source>export %1 attend --format xlsx|csv et --out FICHIER</source>
        <translation>export %1 expects --format xlsx|csv and --out FILE</translation>
    </message>
    <message>
        <source>%1 : %2 ligne(s)</source>
        <translation>%1: %2 line(s)</translation>
    </message>
    <message>
        <source>kpi ne prend pas d&apos;argument (voir --as-of, --by et --history)</source>
        <translation>kpi takes no argument (see --as-of, --by and --history)</translation>
    </message>
    <message>
        <source>(objectif %1)</source>
        <translation>(target %1)</translation>
    </message>
    <message>
        <source>DSO %1</source>
        <translation>DSO %1</translation>
    </message>
    <message>
        <source>échu %1 %</source>
        <translation>past due %1 %</translation>
    </message>
    <message>
        <source>habits ne prend pas d&apos;argument (voir --as-of)</source>
        <translation>habits takes no argument (see --as-of)</translation>
    </message>
    <message>
        <source>Habitudes de paiement au %1</source>
        <translation>Payment habits as of %1</translation>
    </message>
    <message>
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>retard %1 j</source>
        <translation>late %1 d</translation>
    </message>
    <message>
        <source>Portefeuille : paiement à %1 j, retard moyen %2 j</source>
        <translation>Portfolio: paid in %1 d, %2 d late on average</translation>
    </message>
    <message>
        <source>Usage : posteclient-cli [--db CHEMIN] [--json] [--as-of AAAA-MM-JJ] [--user NOM] [--lang fr|en] COMMANDE ...

Commandes :
  init                               crée ou met à jour la base
  demo [--count N] [--seed N]        installe le portefeuille de démonstration dans une base vide
  validate siren|siret|vat|iban|bic VALEUR
                                     vérifie un identifiant
  vat-number SIREN                   calcule le numéro de TVA intracommunautaire
  client import FICHIER [--on-duplicate error|skip|update]
                                     importe des clients depuis un fichier CSV
  client list [--status STATUT] [--search TEXTE]
  client show SIREN|SIRET|COMPTE     affiche la fiche client
  client open SIREN|SIRET|COMPTE     passe la liste d&apos;ouverture de compte et active le compte
  client status SIREN|SIRET|COMPTE active|blocked|closed|pending --reason MOTIF
  audit [SIREN|SIRET|COMPTE] [--limit N]
                                     journal d&apos;audit
  statements import FICHIER [--siren SIREN] [--closing-date DATE] [--months N] [--regime normal|simplified]
                                     importe des liasses fiscales (JSON ou CSV)
  statements list SIREN|SIRET|COMPTE
  analyze SIREN|SIRET|COMPTE [--year AAAA]
                                     ratios, scores, classe et limite recommandée
  credit profile SIREN|SIRET|COMPTE [--terms CONDITIONS] [--purchases MONTANT] [--delay JOURS]
                                     [--insurer MONTANT] [--liens N]
  limit set SIREN|SIRET|COMPTE MONTANT --reason MOTIF --review DATE [--approver NOM]
  terms due-date --invoice-date DATE --terms CONDITIONS [--method eom-then-45|45-then-eom]
  check SIREN|SIRET|COMPTE [--amount MONTANT]
                                     contrôle de crédit : encours, disponible, décision OK/WARN/BLOCK
  order add FICHIER.json [--draft] [--override-reason MOTIF]
  order list SIREN|SIRET|COMPTE
  order show|confirm|pdf NUMERO [--override-reason MOTIF] [--out FICHIER]
  order cancel NUMERO --reason MOTIF
  order deposit NUMERO MONTANT [--date DATE]
  deliver COMMANDE [--lines LIGNE:QTE,...] [--date DATE] [--override-reason MOTIF]
                  [--signed-by NOM --signed-on DATE]
  delivery sign BL --by NOM [--on DATE]
  delivery list SIREN|SIRET|COMPTE
  invoice create --deliveries BL1,BL2 [--date DATE]
  invoice list SIREN|SIRET|COMPTE
  invoice show|pdf NUMERO [--out FICHIER]
  credit-note FACTURE [--amount MONTANT] --reason MOTIF [--date DATE]
  settings show | settings set CLE VALEUR
                                     émetteur des factures et règles du contrôle de crédit
  import statement FICHIER           importe un relevé bancaire (camt.053 ou CFONB 120)
  import fec FICHIER                 importe les écritures clients (411) d&apos;un FEC
  import open-items FICHIER          importe les pièces ouvertes d&apos;un autre logiciel (CSV)
  export fec FICHIER [--from DATE] [--to DATE]
                                     exporte le grand livre clients lettré au format FEC
  payment add SIREN|COMPTE --amount MONTANT [--date DATE] [--method MODE] [--reference REF]
  payment unmatched | payment assign LIGNE SIREN|COMPTE
                                     règlements saisis, mouvements bancaires à attribuer
  letter auto [--client SIREN] [--as-of DATE]
  letter manual SIREN ECRITURE... [--partial] | letter undo SIREN CODE
                                     lettrage automatique, manuel, délettrage
  ledger SIREN|SIRET|COMPTE [--open] [--as-of DATE]
                                     compte client : écritures, reste dû, codes de lettrage
  dunning plan [--client SIREN] [--as-of DATE]
                                     relances dues ce jour, classées par montant à risque et ancienneté
  dunning run --out DOSSIER [--automatic-only] [--as-of DATE]
                                     écrit les courriers et enregistre les relances du jour
  dunning history SIREN | dunning call SIREN --outcome RESULTAT [--note TEXTE] [--next DATE]
  dunning letter SIREN --template MODELE --out FICHIER.pdf|.html
                                     un courrier (relance, relevé, mise en demeure…) à tout moment
  penalties SIREN [--as-of DATE]     pénalités de retard et indemnités forfaitaires par facture
  dispute add SIREN FACTURE [--amount MONTANT] [--reason MOTIF] [--owner NOM] [--note TEXTE]
  dispute investigate ID | dispute resolve ID --resolution credit_note|rejected|partially
         [--amount MONTANT] [--note TEXTE] | dispute list [SIREN]
  promise add SIREN --amount MONTANT --date DATE [--contact NOM] [--note TEXTE] | promise list [SIREN]
  legal injonction SIREN --out FICHIER   requête en injonction de payer (PDF, ou JSON si .json)
  legal agency SIREN --agency NOM --out FICHIER | legal attachment|claim SIREN [--note TEXTE]
  legal update ID --status STATUT [--order-date DATE] [--served-on DATE] | legal list [SIREN]
  aging [--as-of DATE] [--by due|invoice] [--buckets 30,60,90]
                                     balance âgée par client et au total, litiges à part
  kpi [--as-of DATE] [--by sales_rep|segment] [--history MOIS]
                                     DSO, meilleur DSO possible, retard moyen, DSO par épuisement, CEI,
                                     objectifs et écarts, par commercial ou segment, mois par mois
  export aging|kpi|ledger --format xlsx|csv --out FICHIER [--by due|invoice] [--buckets 30,60,90]
  provisions [review] [--as-of DATE] | provisions book [--as-of DATE]
                                     créances douteuses, provisions (HT) et écritures à passer
  provisions rate ECRITURE TAUX|none | provisions write-off ECRITURE --reason MOTIF [--date DATE]
  provisions journal [--from DATE] [--to DATE] [--out FICHIER.fec]
  forecast [--as-of DATE] [--by week|month] [--horizon N]
                                     prévision d&apos;encaissement selon les habitudes de paiement
  alerts [--all] | alerts ack SIREN TYPE CLE [--note TEXTE]
  profitability [--from DATE] [--to DATE]
                                     coût du crédit et rentabilité par client
  abc [--basis outstanding|sales] | profile [--by segment|naf|region|size|sales_rep]
  habits [--as-of DATE]              délai de paiement et retard habituels de chaque client
  report impact --out FICHIER.pdf [--from DATE] [--to DATE]
                                     rapport d&apos;impact (bilan, résultat, trésorerie) avec graphiques

Sortie : texte, ou JSON avec --json (montants en centimes dans les champs *_cents, dates ISO 8601).
Codes de retour : 0 succès, 1 erreur, 2 ligne de commande incorrecte, 3 refus d&apos;une règle de gestion.
</source>
        <translation>Usage: posteclient-cli [--db PATH] [--json] [--as-of YYYY-MM-DD] [--user NAME] [--lang fr|en] COMMAND ...

Commands:
  init                               creates or upgrades the database
  demo [--count N] [--seed N]        installs the demo portfolio in an empty database
  validate siren|siret|vat|iban|bic VALUE
                                     checks an identifier
  vat-number SIREN                   computes the EU VAT number
  client import FILE [--on-duplicate error|skip|update]
                                     imports clients from a CSV file
  client list [--status STATUS] [--search TEXT]
  client show SIREN|SIRET|ACCOUNT    shows the client file
  client open SIREN|SIRET|ACCOUNT    runs the account-opening checklist and activates the account
  client status SIREN|SIRET|ACCOUNT active|blocked|closed|pending --reason REASON
  audit [SIREN|SIRET|ACCOUNT] [--limit N]
                                     audit log
  statements import FILE [--siren SIREN] [--closing-date DATE] [--months N] [--regime normal|simplified]
                                     imports tax returns (JSON or CSV)
  statements list SIREN|SIRET|ACCOUNT
  analyze SIREN|SIRET|ACCOUNT [--year YYYY]
                                     ratios, scores, class and recommended limit
  credit profile SIREN|SIRET|ACCOUNT [--terms TERMS] [--purchases AMOUNT] [--delay DAYS]
                                     [--insurer AMOUNT] [--liens N]
  limit set SIREN|SIRET|ACCOUNT AMOUNT --reason REASON --review DATE [--approver NAME]
  terms due-date --invoice-date DATE --terms TERMS [--method eom-then-45|45-then-eom]
  check SIREN|SIRET|ACCOUNT [--amount AMOUNT]
                                     credit check: exposure, available, OK/WARN/BLOCK decision
  order add FILE.json [--draft] [--override-reason REASON]
  order list SIREN|SIRET|ACCOUNT
  order show|confirm|pdf NUMBER [--override-reason REASON] [--out FILE]
  order cancel NUMBER --reason REASON
  order deposit NUMBER AMOUNT [--date DATE]
  deliver ORDER [--lines LINE:QTY,...] [--date DATE] [--override-reason REASON]
                [--signed-by NAME --signed-on DATE]
  delivery sign DN --by NAME [--on DATE]
  delivery list SIREN|SIRET|ACCOUNT
  invoice create --deliveries DN1,DN2 [--date DATE]
  invoice list SIREN|SIRET|ACCOUNT
  invoice show|pdf NUMBER [--out FILE]
  credit-note INVOICE [--amount AMOUNT] --reason REASON [--date DATE]
  settings show | settings set KEY VALUE
                                     invoice issuer and credit-check rules
  import statement FILE              imports a bank statement (camt.053 or CFONB 120)
  import fec FILE                    imports the client entries (411) of an FEC
  import open-items FILE             imports the open items of another program (CSV)
  export fec FILE [--from DATE] [--to DATE]
                                     exports the lettered client ledger in FEC format
  payment add SIREN|ACCOUNT --amount AMOUNT [--date DATE] [--method METHOD] [--reference REF]
  payment unmatched | payment assign LINE SIREN|ACCOUNT
                                     entered payments, bank movements to assign
  letter auto [--client SIREN] [--as-of DATE]
  letter manual SIREN ENTRY... [--partial] | letter undo SIREN CODE
                                     automatic and manual lettering, unlettering
  ledger SIREN|SIRET|ACCOUNT [--open] [--as-of DATE]
                                     client account: entries, amount due, letter codes
  dunning plan [--client SIREN] [--as-of DATE]
                                     reminders due today, ranked by amount at risk and age
  dunning run --out FOLDER [--automatic-only] [--as-of DATE]
                                     writes the letters and records the day&apos;s reminders
  dunning history SIREN | dunning call SIREN --outcome OUTCOME [--note TEXT] [--next DATE]
  dunning letter SIREN --template TEMPLATE --out FILE.pdf|.html
                                     a letter (reminder, statement, formal notice…) at any time
  penalties SIREN [--as-of DATE]     late-payment penalties and fixed recovery indemnities per invoice
  dispute add SIREN INVOICE [--amount AMOUNT] [--reason REASON] [--owner NAME] [--note TEXT]
  dispute investigate ID | dispute resolve ID --resolution credit_note|rejected|partially
         [--amount AMOUNT] [--note TEXT] | dispute list [SIREN]
  promise add SIREN --amount AMOUNT --date DATE [--contact NAME] [--note TEXT] | promise list [SIREN]
  legal injonction SIREN --out FILE  application for an order for payment (PDF, or JSON if .json)
  legal agency SIREN --agency NAME --out FILE | legal attachment|claim SIREN [--note TEXT]
  legal update ID --status STATUS [--order-date DATE] [--served-on DATE] | legal list [SIREN]
  aging [--as-of DATE] [--by due|invoice] [--buckets 30,60,90]
                                     aged balance per client and in total, disputes apart
  kpi [--as-of DATE] [--by sales_rep|segment] [--history MONTHS]
                                     DSO, best possible DSO, average days delinquent, count-back DSO, CEI,
                                     targets and gaps, per sales rep or segment, month by month
  export aging|kpi|ledger --format xlsx|csv --out FILE [--by due|invoice] [--buckets 30,60,90]
  provisions [review] [--as-of DATE] | provisions book [--as-of DATE]
                                     doubtful receivables, provisions (excl. VAT) and entries to post
  provisions rate ENTRY RATE|none | provisions write-off ENTRY --reason REASON [--date DATE]
  provisions journal [--from DATE] [--to DATE] [--out FILE.fec]
  forecast [--as-of DATE] [--by week|month] [--horizon N]
                                     cash-in forecast based on payment habits
  alerts [--all] | alerts ack SIREN TYPE KEY [--note TEXT]
  profitability [--from DATE] [--to DATE]
                                     cost of credit and profitability per client
  abc [--basis outstanding|sales] | profile [--by segment|naf|region|size|sales_rep]
  habits [--as-of DATE]              each client&apos;s usual days to pay and days late
  report impact --out FILE.pdf [--from DATE] [--to DATE]
                                     impact report (balance sheet, income statement, cash) with charts

Output: text, or JSON with --json (amounts in cents in the *_cents fields, ISO 8601 dates).
Exit codes: 0 success, 1 error, 2 bad command line, 3 refused by a business rule.
</translation>
    </message>
</context>
<context>
    <name>ClientImportService</name>
    <message>
        <source>Colonne « %1 » non reconnue : ignorée</source>
        <translation>Column “%1” not recognised: ignored</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: compte non activé, dossier d&apos;ouverture incomplet (%n point(s) manquant(s)) : mis en attente</source>
        <translation>
            <numerusform>%1:%2: account not activated, opening file incomplete (%n item missing): set to pending</numerusform>
            <numerusform>%1:%2: account not activated, opening file incomplete (%n items missing): set to pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>ligne %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>valeur vide</source>
        <translation>empty value</translation>
    </message>
    <message>
        <source>format invalide</source>
        <translation>invalid format</translation>
    </message>
    <message>
        <source>« %1 » n&apos;a pas le format attendu</source>
        <translation>“%1” does not have the expected format</translation>
    </message>
    <message>
        <source>« %1 » n&apos;a pas la bonne longueur (%2 caractères attendus)</source>
        <translation>“%1” has the wrong length (%2 characters expected)</translation>
    </message>
    <message>
        <source>« %1 » : la clé de contrôle est fausse</source>
        <translation>“%1”: the check digits are wrong</translation>
    </message>
    <message>
        <source>« %1 » : code pays « %2 » inconnu</source>
        <translation>“%1”: unknown country code “%2”</translation>
    </message>
    <message>
        <source>« %1 » : le préfixe « %2 » n&apos;est pas celui d&apos;un État de l&apos;Union européenne</source>
        <translation>“%1”: the prefix “%2” is not that of a European Union member state</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un nombre</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>« %1 » a plus de deux décimales</source>
        <translation>“%1” has more than two decimals</translation>
    </message>
    <message>
        <source>« %1 » est trop grand</source>
        <translation>“%1” is too large</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date valide</source>
        <translation>“%1” is not a valid date</translation>
    </message>
    <message>
        <source>« %1 » : l&apos;année doit être comprise entre 1900 et 2199</source>
        <translation>“%1”: the year must be between 1900 and 2199</translation>
    </message>
    <message>
        <source>valeur obligatoire manquante</source>
        <translation>required value missing</translation>
    </message>
    <message>
        <source>colonne « %1 » manquante</source>
        <translation>column “%1” missing</translation>
    </message>
    <message>
        <source>colonne « %1 » inconnue</source>
        <translation>unknown column “%1”</translation>
    </message>
    <message>
        <source>colonne « %1 » en double</source>
        <translation>column “%1” appears twice</translation>
    </message>
    <message>
        <source>le SIRET %1 n&apos;appartient pas au SIREN %2</source>
        <translation>the SIRET %1 does not belong to the SIREN %2</translation>
    </message>
    <message>
        <source>%1 valeurs pour %2 colonnes</source>
        <translation>%1 values for %2 columns</translation>
    </message>
    <message>
        <source>valeur « %1 » inconnue</source>
        <translation>unknown value “%1”</translation>
    </message>
    <message>
        <source>« %1 » figure déjà ligne %2</source>
        <translation>“%1” already appears on line %2</translation>
    </message>
    <message>
        <source>« %1 » existe déjà : %2</source>
        <translation>“%1” already exists: %2</translation>
    </message>
    <message>
        <source>aucun client ne correspond à « %1 »</source>
        <translation>no client matches “%1”</translation>
    </message>
    <message>
        <source>encodage illisible : %1</source>
        <translation>unreadable encoding: %1</translation>
    </message>
    <message>
        <source>impossible d&apos;accéder à %1 : %2</source>
        <translation>cannot access %1: %2</translation>
    </message>
    <message>
        <source>impossible d&apos;accéder à %1</source>
        <translation>cannot access %1</translation>
    </message>
    <message>
        <source>le compte ne peut pas passer du statut « %1 » au statut « %2 »</source>
        <translation>the account cannot go from “%1” to “%2”</translation>
    </message>
    <message numerus="yes">
        <source>le dossier d&apos;ouverture est incomplet (%n point(s) manquant(s))</source>
        <translation>
            <numerusform>the opening file is incomplete (%n item missing)</numerusform>
            <numerusform>the opening file is incomplete (%n items missing)</numerusform>
        </translation>
    </message>
    <message>
        <source>indiquez le motif de cette décision</source>
        <translation>give the reason for this decision</translation>
    </message>
    <message>
        <source>opération annulée : rien n&apos;a été modifié</source>
        <translation>operation cancelled: nothing was changed</translation>
    </message>
    <message>
        <source>erreur de la base de données (%1) : %2</source>
        <translation>database error (%1): %2</translation>
    </message>
    <message>
        <source>la base est au schéma %1, plus récent que celui de ce programme (%2) : mettez PosteClient à jour</source>
        <translation>the database is at schema %1, newer than this program&apos;s (%2): update PosteClient</translation>
    </message>
    <message numerus="yes">
        <source>la base contient déjà %n client(s) : le portefeuille de démonstration va dans une base vide</source>
        <translation>
            <numerusform>the database already holds %n client: the demo portfolio goes into an empty database</numerusform>
            <numerusform>the database already holds %n clients: the demo portfolio goes into an empty database</numerusform>
        </translation>
    </message>
    <message>
        <source>le %1 doit être postérieur au %2</source>
        <translation>%1 must come after %2</translation>
    </message>
    <message>
        <source>« %1 » dans le fichier, « %2 » en paramètre : les deux doivent concorder</source>
        <translation>“%1” in the file, “%2” given as a parameter: both must agree</translation>
    </message>
    <message>
        <source>le code « %1 » n&apos;existe pas dans la liasse fiscale</source>
        <translation>the code “%1” does not exist in the tax return forms</translation>
    </message>
    <message>
        <source>la ligne %1 de la liasse est obligatoire</source>
        <translation>line %1 of the tax return is required</translation>
    </message>
    <message>
        <source>le total %1 vaut %2 mais %4 donne %3</source>
        <translation>the total %1 is %2 but %4 gives %3</translation>
    </message>
    <message>
        <source>le bilan n&apos;est pas équilibré : passif %1 = %2, actif net %4 = %3</source>
        <translation>the balance sheet does not balance: liabilities %1 = %2, net assets %4 = %3</translation>
    </message>
    <message>
        <source>une commande « %1 » ne peut pas être %2</source>
        <translation>an order that is “%1” cannot be %2</translation>
    </message>
    <message>
        <source>un avoir ne peut pas être crédité : seule une facture peut l&apos;être</source>
        <translation>a credit note cannot be credited: only an invoice can</translation>
    </message>
    <message>
        <source>le compte client n&apos;est pas actif (statut « %1 ») : ouvrez le compte avant de prendre une commande</source>
        <translation>the client account is not active (status “%1”): open the account before taking an order</translation>
    </message>
    <message>
        <source>le contrôle de crédit bloque l&apos;opération (%1) : un motif de dérogation est nécessaire</source>
        <translation>the credit check blocks the operation (%1): an override reason is required</translation>
    </message>
    <message>
        <source>le contrôle de crédit demande une confirmation (%1)</source>
        <translation>the credit check requires confirmation (%1)</translation>
    </message>
    <message>
        <source>%1 n&apos;a pas le droit de déroger au contrôle de crédit</source>
        <translation>%1 is not allowed to override the credit check</translation>
    </message>
    <message>
        <source>%1 et %2 ne sont pas du même client : une facture ne porte que sur un client</source>
        <translation>%1 and %2 are not for the same client: an invoice covers a single client</translation>
    </message>
    <message>
        <source>aucune commande n° « %1 »</source>
        <translation>no order no. “%1”</translation>
    </message>
    <message>
        <source>aucun bon de livraison n° « %1 »</source>
        <translation>no delivery note no. “%1”</translation>
    </message>
    <message>
        <source>aucune facture n° « %1 »</source>
        <translation>no invoice no. “%1”</translation>
    </message>
    <message>
        <source>la ligne %1 n&apos;existe pas sur la commande</source>
        <translation>line %1 does not exist on the order</translation>
    </message>
    <message>
        <source>livrée</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>confirmée</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>modifiée</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>le %1 ne peut pas être postérieur au %2</source>
        <translation>%1 cannot be later than %2</translation>
    </message>
    <message>
        <source>sélectionnez au moins un débit et un crédit ouverts</source>
        <translation>select at least one open debit and one open credit</translation>
    </message>
    <message>
        <source>imputation de %1 supérieure au reste dû des écritures %2 et %3</source>
        <translation>allocation of %1 exceeds the amount due on entries %2 and %3</translation>
    </message>
    <message>
        <source>solde initial + mouvements = %1, mais le solde final vaut %2</source>
        <translation>opening balance + movements = %1, but the closing balance is %2</translation>
    </message>
    <message>
        <source>l&apos;écriture %1 %2 n&apos;est pas équilibrée : débit %3, crédit %4</source>
        <translation>entry %1 %2 does not balance: debit %3, credit %4</translation>
    </message>
    <message>
        <source>les pièces ne s&apos;équilibrent pas : débit %1, crédit %2</source>
        <translation>the items do not balance: debit %1, credit %2</translation>
    </message>
    <message>
        <source>l&apos;écriture n° %1 est sélectionnée deux fois</source>
        <translation>entry no. %1 is selected twice</translation>
    </message>
    <message>
        <source>la pièce « %1 » figure déjà au compte de ce client</source>
        <translation>the document “%1” is already on this client&apos;s account</translation>
    </message>
    <message>
        <source>ce mouvement bancaire a déjà été attribué</source>
        <translation>this bank movement has already been assigned</translation>
    </message>
    <message>
        <source>l&apos;écriture porte le code de lettre « %1 » : délettrez le groupe</source>
        <translation>the entry carries the letter code “%1”: unletter the group</translation>
    </message>
    <message>
        <source>l&apos;écriture n° %1 n&apos;est pas une écriture ouverte de ce compte</source>
        <translation>entry no. %1 is not an open entry of this account</translation>
    </message>
    <message>
        <source>aucune écriture ne porte le code de lettre « %1 »</source>
        <translation>no entry carries the letter code “%1”</translation>
    </message>
    <message>
        <source>aucun mouvement bancaire n° %1</source>
        <translation>no bank movement no. %1</translation>
    </message>
    <message>
        <source>une ligne porte à la fois un débit et un crédit</source>
        <translation>a line carries both a debit and a credit</translation>
    </message>
    <message>
        <source>le reste dû %1 ne va pas avec le montant %2 (même signe, pas plus grand, pas nul)</source>
        <translation>the amount due %1 does not fit the amount %2 (same sign, not larger, not zero)</translation>
    </message>
    <message>
        <source>devise %1 différente de celle du relevé (%2)</source>
        <translation>currency %1 differs from that of the statement (%2)</translation>
    </message>
    <message>
        <source>compte %1 différent de celui du relevé (%2)</source>
        <translation>account %1 differs from that of the statement (%2)</translation>
    </message>
    <message>
        <source>aucun lettrage n° %1 : il a déjà été défait</source>
        <translation>no lettering no. %1: it has already been undone</translation>
    </message>
    <message>
        <source>ce fichier a déjà été importé le %2 (sous le nom %1) : il n&apos;est pas importé une seconde fois</source>
        <translation>this file was already imported on %2 (under the name %1): it is not imported a second time</translation>
    </message>
    <message>
        <source>l&apos;identité de l&apos;entreprise est incomplète (%1) : complétez les paramètres de l&apos;entreprise</source>
        <translation>the company&apos;s identity is incomplete (%1): complete the company settings</translation>
    </message>
    <message>
        <source>l&apos;adresse du siège du client manque : c&apos;est elle qui désigne le tribunal compétent</source>
        <translation>the client&apos;s registered office address is missing: it determines the competent court</translation>
    </message>
    <message>
        <source>un dossier %1 est déjà ouvert pour ce client (n° %2) : mettez-le à jour ou clôturez-le</source>
        <translation>a %1 file is already open for this client (no. %2): update or close it</translation>
    </message>
    <message>
        <source>aucun taux de la BCE connu au %1 : ajoutez-le à la table des taux</source>
        <translation>no ECB rate known on %1: add it to the rate table</translation>
    </message>
    <message>
        <source>aucun litige n° %1</source>
        <translation>no dispute no. %1</translation>
    </message>
    <message>
        <source>aucune action de relance n° %1</source>
        <translation>no dunning action no. %1</translation>
    </message>
    <message>
        <source>aucun dossier contentieux n° %1</source>
        <translation>no legal file no. %1</translation>
    </message>
    <message>
        <source>« %1 » : un nombre de %2 à %3 est attendu</source>
        <translation>“%1”: a number from %2 to %3 is expected</translation>
    </message>
    <message>
        <source>« %1 » : un nombre d&apos;au moins %2 est attendu</source>
        <translation>“%1”: a number of at least %2 is expected</translation>
    </message>
    <message>
        <source>l&apos;alerte « %1 » a déjà été prise en compte</source>
        <translation>the alert “%1” has already been acknowledged</translation>
    </message>
    <message>
        <source>aucune alerte « %1 » de ce type pour ce client ce jour-là</source>
        <translation>no alert “%1” of this kind for this client on that day</translation>
    </message>
</context>
<context>
    <name>FecImportService</name>
    <message numerus="yes">
        <source>%n ligne(s) du compte collectif 411 sans compte auxiliaire : ignorée(s)</source>
        <translation>
            <numerusform>%n line of the 411 control account without a subsidiary account: ignored</numerusform>
            <numerusform>%n lines of the 411 control account without a subsidiary account: ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n écriture(s) déjà importée(s) par un fichier précédent : ignorée(s)</source>
        <translation>
            <numerusform>%n entry already imported by a previous file: ignored</numerusform>
            <numerusform>%n entries already imported by a previous file: ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) de lettrage dont les lignes ne s&apos;équilibrent pas : imputés sans code</source>
        <translation>
            <numerusform>%n letter code whose lines do not balance: allocated without a code</numerusform>
            <numerusform>%n letter codes whose lines do not balance: allocated without a code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) de lettrage touchant des écritures déjà importées : non repris</source>
        <translation>
            <numerusform>%n letter code touching entries already imported: not carried over</numerusform>
            <numerusform>%n letter codes touching entries already imported: not carried over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) créé(s) sans SIREN, à compléter</source>
        <translation>
            <numerusform>%n client created without a SIREN, to be completed</numerusform>
            <numerusform>%n clients created without a SIREN, to be completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) de lettrage déjà utilisé(s) au compte du client : groupe(s) relettré(s) sous un nouveau code</source>
        <translation>
            <numerusform>%n letter code already used on the client&apos;s account: group lettered under a new code</numerusform>
            <numerusform>%n letter codes already used on the client&apos;s account: groups lettered under new codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactReport</name>
    <message>
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source> — SIREN %1</source>
        <translation> — SIREN %1</translation>
    </message>
    <message>
        <source>Impact financier du poste client</source>
        <translation>Financial impact of trade receivables</translation>
    </message>
    <message>
        <source>Période du %1 au %2 — situation au %3</source>
        <translation>Period from %1 to %2 — position as of %3</translation>
    </message>
    <message>
        <source>pas de cible</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>cible %1 : %2%3</source>
        <translation>target %1: %2%3</translation>
    </message>
    <message>
        <source>brutes : %1&lt;br&gt;dont %2 échues</source>
        <translation>gross: %1&lt;br&gt;of which %2 past due</translation>
    </message>
    <message>
        <source>Créances clients nettes</source>
        <translation>Net trade receivables</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>Coût du crédit de la période</source>
        <translation>Cost of credit for the period</translation>
    </message>
    <message>
        <source>%1 du chiffre d&apos;affaires</source>
        <translation>%1 of turnover</translation>
    </message>
    <message>
        <source>Encaissements attendus</source>
        <translation>Expected cash-in</translation>
    </message>
    <message>
        <source>d&apos;ici le %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Créances clients brutes</source>
        <translation>Gross trade receivables</translation>
    </message>
    <message>
        <source>dont non échues</source>
        <translation>of which not yet due</translation>
    </message>
    <message>
        <source>dont échues (%1)</source>
        <translation>of which past due (%1)</translation>
    </message>
    <message>
        <source>dont en litige</source>
        <translation>of which disputed</translation>
    </message>
    <message>
        <source>dont douteuses (416)</source>
        <translation>of which doubtful (416)</translation>
    </message>
    <message>
        <source>− Dépréciations (491)</source>
        <translation>− Impairment provisions (491)</translation>
    </message>
    <message>
        <source>dont comptabilisées</source>
        <translation>of which booked</translation>
    </message>
    <message>
        <source>dont à comptabiliser</source>
        <translation>of which to be booked</translation>
    </message>
    <message>
        <source>= Créances clients nettes</source>
        <translation>= Net trade receivables</translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation>Balance sheet</translation>
    </message>
    <message>
        <source>Créances clients au %1, TTC</source>
        <translation>Trade receivables as of %1, incl. VAT</translation>
    </message>
    <message>
        <source>Dépréciations calculées créance par créance sur le hors taxes.</source>
        <translation>Impairment provisions calculated receivable by receivable on the amount excluding VAT.</translation>
    </message>
    <message>
        <source>Dotations aux dépréciations (6817)</source>
        <translation>Impairment provision charges (6817)</translation>
    </message>
    <message>
        <source>− Reprises de dépréciations (7817)</source>
        <translation>− Impairment provision reversals (7817)</translation>
    </message>
    <message>
        <source>Pertes sur créances (654)</source>
        <translation>Bad debt losses (654)</translation>
    </message>
    <message>
        <source>Financement de l&apos;encours</source>
        <translation>Financing of outstanding receivables</translation>
    </message>
    <message>
        <source>Recouvrement (relances)</source>
        <translation>Collection (reminders)</translation>
    </message>
    <message>
        <source>= Coût du crédit de la période</source>
        <translation>= Cost of credit for the period</translation>
    </message>
    <message>
        <source>en % du chiffre d&apos;affaires</source>
        <translation>as % of turnover</translation>
    </message>
    <message>
        <source>Chiffre d&apos;affaires de la période</source>
        <translation>Turnover for the period</translation>
    </message>
    <message>
        <source>Perte attendue sur l&apos;encours</source>
        <translation>Expected loss on outstanding receivables</translation>
    </message>
    <message>
        <source>TVA récupérée sur les pertes</source>
        <translation>VAT recovered on losses</translation>
    </message>
    <message>
        <source>Encours moyen financé</source>
        <translation>Average outstanding financed</translation>
    </message>
    <message>
        <source>Compte de résultat</source>
        <translation>Income statement</translation>
    </message>
    <message>
        <source>Du %1 au %2, hors taxes</source>
        <translation>From %1 to %2, excluding VAT</translation>
    </message>
    <message>
        <source>En italique, pour mémoire : hors coût du crédit ; la perte attendue n&apos;est pas comptabilisée.</source>
        <translation>In italics, for reference only: not part of the cost of credit; the expected loss is not booked.</translation>
    </message>
    <message>
        <source>= Encaissements attendus</source>
        <translation>= Expected cash-in</translation>
    </message>
    <message>
        <source>Attendus plus tard</source>
        <translation>Expected later</translation>
    </message>
    <message>
        <source>En litige</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>En procédure collective</source>
        <translation>In insolvency proceedings</translation>
    </message>
    <message>
        <source>= Factures ouvertes</source>
        <translation>= Open invoices</translation>
    </message>
    <message>
        <source>Trésorerie</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Encaissements prévus au %1, TTC</source>
        <translation>Cash-in forecast as of %1, incl. VAT</translation>
    </message>
    <message>
        <source>Échéances décalées du retard habituel de chaque client ; le mois en cours reprend les retards déjà constatés.</source>
        <translation>Due dates shifted by each client&apos;s usual delay; the current month includes the delays already observed.</translation>
    </message>
    <message>
        <source>Non échu</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>plus de %1 j</source>
        <translation>over %1 d</translation>
    </message>
    <message>
        <source>cible %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>plus tard</source>
        <translation>later</translation>
    </message>
    <message>
        <source>Balance âgée</source>
        <translation>Aged balance</translation>
    </message>
    <message>
        <source>Par retard sur l&apos;échéance, litiges à part (TTC)</source>
        <translation>By days past the due date, disputes shown separately (incl. VAT)</translation>
    </message>
    <message>
        <source>DSO sur douze mois</source>
        <translation>DSO over twelve months</translation>
    </message>
    <message>
        <source>Jours de chiffre d&apos;affaires en créances, fin de mois</source>
        <translation>Days of turnover in receivables, at month end</translation>
    </message>
    <message>
        <source>Encaissements prévus par mois</source>
        <translation>Forecast cash-in by month</translation>
    </message>
    <message>
        <source>Hors litiges et procédures (TTC)</source>
        <translation>Excluding disputes and proceedings (incl. VAT)</translation>
    </message>
    <message>
        <source>PosteClient — impact financier au %1 — page %2 sur %3</source>
        <translation>PosteClient — financial impact as of %1 — page %2 of %3</translation>
    </message>
    <message>
        <source>Impact financier au %1</source>
        <translation>Financial impact as of %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>En attente d&apos;ouverture</source>
        <translation>Pending opening</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Clos</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Virement</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Prélèvement SEPA</source>
        <translation>SEPA direct debit</translation>
    </message>
    <message>
        <source>LCR (lettre de change relevé)</source>
        <translation>LCR (bill of exchange statement)</translation>
    </message>
    <message>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Carte bancaire</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Lettre de change</source>
        <translation>Bill of exchange</translation>
    </message>
    <message>
        <source>Comptabilité fournisseurs</source>
        <translation>Accounts payable</translation>
    </message>
    <message>
        <source>Achats</source>
        <translation>Purchasing</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Comptabilité</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>En activité</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Cessée</source>
        <translation>Ceased</translation>
    </message>
    <message>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Safeguard</translation>
    </message>
    <message>
        <source>Redressement judiciaire</source>
        <translation>Receivership</translation>
    </message>
    <message>
        <source>Liquidation judiciaire</source>
        <translation>Compulsory liquidation</translation>
    </message>
    <message>
        <source>Société identifiée (SIREN valide, en activité)</source>
        <translation>Company identified (valid SIREN, active)</translation>
    </message>
    <message>
        <source>Extrait Kbis récent</source>
        <translation>Recent Kbis extract</translation>
    </message>
    <message>
        <source>Coordonnées bancaires (IBAN et BIC)</source>
        <translation>Bank details (IBAN and BIC)</translation>
    </message>
    <message>
        <source>Numéro de TVA intracommunautaire</source>
        <translation>EU VAT number</translation>
    </message>
    <message>
        <source>Adresse de facturation</source>
        <translation>Billing address</translation>
    </message>
    <message>
        <source>Contact comptabilité fournisseurs (ligne directe, e-mail)</source>
        <translation>Accounts-payable contact (direct line, e-mail)</translation>
    </message>
    <message>
        <source>Conditions générales de vente signées</source>
        <translation>Signed terms of sale</translation>
    </message>
    <message>
        <source>Mode de paiement convenu</source>
        <translation>Agreed payment method</translation>
    </message>
    <message>
        <source>Complet</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Manquant</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Kbis du %1, vieux de %2 jours (maximum %3)</source>
        <translation>Kbis of %1, %2 days old (maximum %3)</translation>
    </message>
    <message>
        <source>Date du %1 dans le futur</source>
        <translation>Date %1 is in the future</translation>
    </message>
    <message>
        <source>La société a cessé son activité</source>
        <translation>The company has ceased trading</translation>
    </message>
    <message>
        <source>La société est en liquidation judiciaire</source>
        <translation>The company is in compulsory liquidation</translation>
    </message>
    <message>
        <source>IBAN manquant</source>
        <translation>IBAN missing</translation>
    </message>
    <message>
        <source>BIC manquant</source>
        <translation>BIC missing</translation>
    </message>
    <message>
        <source>Nom du contact manquant</source>
        <translation>Contact name missing</translation>
    </message>
    <message>
        <source>Ligne directe de %1 manquante</source>
        <translation>Direct line of %1 missing</translation>
    </message>
    <message>
        <source>E-mail de %1 manquant</source>
        <translation>E-mail of %1 missing</translation>
    </message>
</context>
<context>
    <name>LetteringCommand</name>
    <message>
        <source>lettrage partiel</source>
        <translation>partial lettering</translation>
    </message>
    <message>
        <source>lettrage %1</source>
        <translation>lettering %1</translation>
    </message>
    <message>
        <source>délettrage %1</source>
        <translation>unlettering %1</translation>
    </message>
</context>
<context>
    <name>LetteringLabels</name>
    <message>
        <source>Référence de facture</source>
        <translation>Invoice reference</translation>
    </message>
    <message>
        <source>Montant exact</source>
        <translation>Exact amount</translation>
    </message>
    <message>
        <source>Combinaison de pièces</source>
        <translation>Combination of items</translation>
    </message>
    <message>
        <source>Imputation partielle</source>
        <translation>Partial allocation</translation>
    </message>
    <message>
        <source>Lettrage manuel</source>
        <translation>Manual lettering</translation>
    </message>
    <message>
        <source>Lettrage importé</source>
        <translation>Imported lettering</translation>
    </message>
    <message>
        <source>aucune pièce ne correspond</source>
        <translation>no matching item</translation>
    </message>
    <message>
        <source>plusieurs pièces du même montant</source>
        <translation>several items with the same amount</translation>
    </message>
    <message>
        <source>règlement inférieur à la facture, au-delà de la tolérance</source>
        <translation>payment below the invoice, beyond the tolerance</translation>
    </message>
    <message>
        <source>règlement supérieur aux pièces, au-delà de la tolérance</source>
        <translation>payment above the items, beyond the tolerance</translation>
    </message>
    <message>
        <source>imputation partielle désactivée</source>
        <translation>partial allocation disabled</translation>
    </message>
    <message>
        <source>aucune facture ouverte : avoir ou règlement non imputé</source>
        <translation>no open invoice: credit note or payment not allocated</translation>
    </message>
    <message>
        <source>en attente de règlement</source>
        <translation>awaiting payment</translation>
    </message>
    <message>
        <source>IBAN du payeur</source>
        <translation>Payer&apos;s IBAN</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>numéro de facture</source>
        <translation>invoice number</translation>
    </message>
    <message>
        <source>nom du payeur</source>
        <translation>payer&apos;s name</translation>
    </message>
    <message>
        <source>attribué à la main</source>
        <translation>assigned manually</translation>
    </message>
    <message>
        <source>Règlement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>À attribuer</source>
        <translation>To assign</translation>
    </message>
    <message>
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
</context>
<context>
    <name>OpenItemsImportService</name>
    <message>
        <source>Colonne « %1 » non reconnue : ignorée</source>
        <translation>Column “%1” not recognised: ignored</translation>
    </message>
</context>
<context>
    <name>RecoveryColumns</name>
    <message>
        <source>Attendue jusqu&apos;au %1 (délai de grâce compris)</source>
        <translation>Expected until %1 (grace period included)</translation>
    </message>
    <message>
        <source>Tenue le %1</source>
        <translation>Kept on %1</translation>
    </message>
    <message>
        <source>Non tenue depuis le %1</source>
        <translation>Broken since %1</translation>
    </message>
    <message>
        <source>Le client : %1</source>
        <translation>Client says: %1</translation>
    </message>
    <message>
        <source>Résolu le %1</source>
        <translation>Resolved on %1</translation>
    </message>
    <message>
        <source>Décision : %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <source>Faite le</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Pour le</source>
        <translation>Promised for</translation>
    </message>
    <message>
        <source>Reçu</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attendue jusqu&apos;au</source>
        <translation>Expected until</translation>
    </message>
    <message>
        <source>Interlocuteur</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ouvert le</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message numerus="yes">
        <source>%n j</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Résolu le</source>
        <translation>Resolved on</translation>
    </message>
</context>
<context>
    <name>RecoveryFormat</name>
    <message>
        <source>français</source>
        <translation>French</translation>
    </message>
    <message>
        <source>anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>RecoveryLabels</name>
    <message>
        <source>Rappel avant échéance</source>
        <translation>Reminder before due date</translation>
    </message>
    <message>
        <source>1re relance</source>
        <translation>1st reminder</translation>
    </message>
    <message>
        <source>2e relance</source>
        <translation>2nd reminder</translation>
    </message>
    <message>
        <source>Appel téléphonique</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Mise en demeure</source>
        <translation>Formal notice</translation>
    </message>
    <message>
        <source>Transmission au contentieux</source>
        <translation>Handover to legal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Lettre recommandée AR</source>
        <translation>Registered letter with receipt</translation>
    </message>
    <message>
        <source>Contentieux</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Courtois</source>
        <translation>Courteous</translation>
    </message>
    <message>
        <source>Rappel</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Ferme</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>Formel</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Dernier avis</source>
        <translation>Final notice</translation>
    </message>
    <message>
        <source>Recouvrement judiciaire ou procédure collective : pas de relance</source>
        <translation>Legal recovery or insolvency proceedings: no reminders</translation>
    </message>
    <message>
        <source>Promesse de paiement en attente jusqu&apos;au %1</source>
        <translation>Promise to pay pending until %1</translation>
    </message>
    <message>
        <source>Promesse de paiement en attente</source>
        <translation>Promise to pay pending</translation>
    </message>
    <message>
        <source>Montant dû sous le minimum de l&apos;étape</source>
        <translation>Amount due below the step&apos;s minimum</translation>
    </message>
    <message>
        <source>Rien à relancer aujourd&apos;hui</source>
        <translation>Nothing to chase today</translation>
    </message>
    <message>
        <source>Tout le dû est en litige</source>
        <translation>All of the amount due is disputed</translation>
    </message>
    <message>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Livraison</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Erreur de facturation</source>
        <translation>Billing error</translation>
    </message>
    <message>
        <source>Doublon</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Ouvert</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>En cours d&apos;analyse</source>
        <translation>Under investigation</translation>
    </message>
    <message>
        <source>Résolu par avoir</source>
        <translation>Resolved by credit note</translation>
    </message>
    <message>
        <source>Rejeté</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Résolu partiellement</source>
        <translation>Partially resolved</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Tenue</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Non tenue</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>Injonction de payer</source>
        <translation>Order for payment</translation>
    </message>
    <message>
        <source>Organisme de recouvrement</source>
        <translation>Collection agency</translation>
    </message>
    <message>
        <source>Saisie conservatoire</source>
        <translation>Protective attachment</translation>
    </message>
    <message>
        <source>Déclaration de créance</source>
        <translation>Claim declaration</translation>
    </message>
    <message>
        <source>Préparé</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>Déposé</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Ordonnance rendue</source>
        <translation>Order granted</translation>
    </message>
    <message>
        <source>Signifié</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Clos</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Signifier l&apos;ordonnance (6 mois)</source>
        <translation>Serve the order (6 months)</translation>
    </message>
    <message>
        <source>Fin du délai d&apos;opposition (1 mois)</source>
        <translation>End of the opposition period (1 month)</translation>
    </message>
    <message>
        <source>Déclarer la créance (2 mois après le BODACC)</source>
        <translation>Declare the claim (2 months after the BODACC)</translation>
    </message>
    <message>
        <source>Relevé de forclusion (6 mois)</source>
        <translation>Relief from time bar (6 months)</translation>
    </message>
    <message>
        <source>Exécuter la saisie (3 mois)</source>
        <translation>Carry out the attachment (3 months)</translation>
    </message>
    <message>
        <source>Engager l&apos;action au fond (1 mois)</source>
        <translation>Bring proceedings on the merits (1 month)</translation>
    </message>
    <message>
        <source>Prescription (5 ans)</source>
        <translation>Limitation period (5 years)</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Pas de réponse</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Promesse de paiement</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <source>Litige signalé</source>
        <translation>Dispute raised</translation>
    </message>
    <message>
        <source>Mauvais interlocuteur</source>
        <translation>Wrong contact</translation>
    </message>
    <message>
        <source>Refus de payer</source>
        <translation>Refused to pay</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Relance</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Relevé de compte</source>
        <translation>Statement of account</translation>
    </message>
    <message>
        <source>Dernier avis avant poursuites</source>
        <translation>Final notice before legal action</translation>
    </message>
    <message>
        <source>Requête en injonction de payer</source>
        <translation>Application for an order for payment</translation>
    </message>
</context>
<context>
    <name>RiskLabels</name>
    <message>
        <source>Chiffre d&apos;affaires</source>
        <translation>Turnover</translation>
    </message>
    <message>
        <source>Croissance du chiffre d&apos;affaires</source>
        <translation>Turnover growth</translation>
    </message>
    <message>
        <source>Résultat net</source>
        <translation>Net result</translation>
    </message>
    <message>
        <source>Part du résultat mise en réserve</source>
        <translation>Share of the result retained</translation>
    </message>
    <message>
        <source>Marge commerciale</source>
        <translation>Gross margin on goods</translation>
    </message>
    <message>
        <source>Taux de marge commerciale</source>
        <translation>Gross margin rate</translation>
    </message>
    <message>
        <source>Valeur ajoutée</source>
        <translation>Value added</translation>
    </message>
    <message>
        <source>Excédent brut d&apos;exploitation (EBE)</source>
        <translation>Gross operating surplus (EBE)</translation>
    </message>
    <message>
        <source>Taux de marge d&apos;EBE</source>
        <translation>EBE margin</translation>
    </message>
    <message>
        <source>Marge nette</source>
        <translation>Net margin</translation>
    </message>
    <message>
        <source>Capacité d&apos;autofinancement (CAF)</source>
        <translation>Cash flow from operations (CAF)</translation>
    </message>
    <message>
        <source>Investissements de l&apos;exercice</source>
        <translation>Investment of the year</translation>
    </message>
    <message>
        <source>… financés par emprunt</source>
        <translation>… financed by borrowing</translation>
    </message>
    <message>
        <source>… par crédit-bail (redevances)</source>
        <translation>… by leasing (payments)</translation>
    </message>
    <message>
        <source>… par apport en capital</source>
        <translation>… by new equity</translation>
    </message>
    <message>
        <source>Fonds de roulement net global (FRNG)</source>
        <translation>Net working capital (FRNG)</translation>
    </message>
    <message>
        <source>Besoin en fonds de roulement (BFR)</source>
        <translation>Working capital requirement (BFR)</translation>
    </message>
    <message>
        <source>BFR en jours de chiffre d&apos;affaires</source>
        <translation>BFR in days of turnover</translation>
    </message>
    <message>
        <source>Délai clients</source>
        <translation>Customer payment days</translation>
    </message>
    <message>
        <source>Délai fournisseurs</source>
        <translation>Supplier payment days</translation>
    </message>
    <message>
        <source>Stocks en jours de chiffre d&apos;affaires</source>
        <translation>Stock in days of turnover</translation>
    </message>
    <message>
        <source>Trésorerie nette</source>
        <translation>Net cash</translation>
    </message>
    <message>
        <source>Trésorerie nette en jours de chiffre d&apos;affaires</source>
        <translation>Net cash in days of turnover</translation>
    </message>
    <message>
        <source>Valeurs mobilières de placement</source>
        <translation>Marketable securities</translation>
    </message>
    <message>
        <source>Autres créances / total du bilan</source>
        <translation>Other receivables / total assets</translation>
    </message>
    <message>
        <source>Total du bilan</source>
        <translation>Total assets</translation>
    </message>
    <message>
        <source>Capitaux propres</source>
        <translation>Equity</translation>
    </message>
    <message>
        <source>… dont capital</source>
        <translation>… of which share capital</translation>
    </message>
    <message>
        <source>… dont primes, réserves et report à nouveau</source>
        <translation>… of which premiums, reserves and retained earnings</translation>
    </message>
    <message>
        <source>… dont résultat de l&apos;exercice</source>
        <translation>… of which result of the year</translation>
    </message>
    <message>
        <source>Comptes courants d&apos;associés</source>
        <translation>Shareholder current accounts</translation>
    </message>
    <message>
        <source>Autonomie financière</source>
        <translation>Financial autonomy</translation>
    </message>
    <message>
        <source>Capacité de remboursement</source>
        <translation>Repayment capacity</translation>
    </message>
    <message>
        <source>Chiffre d&apos;affaires net, France et export (2052 FL).</source>
        <translation>Net turnover, France and export (2052 FL).</translation>
    </message>
    <message>
        <source>(CA N − CA N-1) / CA N-1, seulement entre exercices de même durée.</source>
        <translation>(Turnover N − turnover N-1) / turnover N-1, only between years of the same length.</translation>
    </message>
    <message>
        <source>Bénéfice ou perte de l&apos;exercice (2053 HN).</source>
        <translation>Profit or loss of the year (2053 HN).</translation>
    </message>
    <message>
        <source>Hausse des réserves et du report à nouveau (DD à DH) rapportée au bénéfice de l&apos;exercice précédent : ce que les associés ont laissé dans l&apos;entreprise.</source>
        <translation>Increase of reserves and retained earnings (DD to DH) over the previous year&apos;s profit: what the shareholders left in the company.</translation>
    </message>
    <message>
        <source>Ventes de marchandises − (achats de marchandises + variation de stock) : FC − (FS + FT).</source>
        <translation>Sales of goods − (purchases of goods + change in stock): FC − (FS + FT).</translation>
    </message>
    <message>
        <source>Marge commerciale / ventes de marchandises (FC).</source>
        <translation>Gross margin / sales of goods (FC).</translation>
    </message>
    <message>
        <source>Marge commerciale + production (FF + FI + FM + FN) − consommations (FU + FV + FW).</source>
        <translation>Gross margin + production (FF + FI + FM + FN) − consumption (FU + FV + FW).</translation>
    </message>
    <message>
        <source>Valeur ajoutée + subventions d&apos;exploitation (FO) − impôts et taxes (FX) − salaires et charges sociales (FY + FZ).</source>
        <translation>Value added + operating subsidies (FO) − taxes (FX) − wages and social charges (FY + FZ).</translation>
    </message>
    <message>
        <source>EBE / chiffre d&apos;affaires.</source>
        <translation>EBE / turnover.</translation>
    </message>
    <message>
        <source>Résultat net / chiffre d&apos;affaires.</source>
        <translation>Net result / turnover.</translation>
    </message>
    <message>
        <source>Méthode additive : résultat net + dotations (GA à GD, GQ, HG) − reprises (FP, GM, HC). Les cessions d&apos;actifs ne sont pas isolées dans la liasse.</source>
        <translation>Additive method: net result + depreciation and provisions (GA to GD, GQ, HG) − reversals (FP, GM, HC). Asset disposals are not shown separately in the tax return.</translation>
    </message>
    <message>
        <source>Hausse de l&apos;actif immobilisé brut (BJ) sur l&apos;exercice ; les cessions ne figurent pas dans la liasse.</source>
        <translation>Increase of gross fixed assets (BJ) over the year; disposals are not in the tax return.</translation>
    </message>
    <message>
        <source>Hausse des dettes financières (DS à DV, hors concours bancaires courants EH).</source>
        <translation>Increase of financial debt (DS to DV, excluding bank overdrafts EH).</translation>
    </message>
    <message>
        <source>Redevances de crédit-bail mobilier et immobilier (HP + HQ).</source>
        <translation>Equipment and property lease payments (HP + HQ).</translation>
    </message>
    <message>
        <source>Hausse du capital et des primes (DA + DB).</source>
        <translation>Increase of share capital and premiums (DA + DB).</translation>
    </message>
    <message>
        <source>Ressources stables (capitaux propres, autres fonds propres, provisions, dettes financières hors concours bancaires) − actif immobilisé net.</source>
        <translation>Stable resources (equity, other equity, provisions, financial debt excluding overdrafts) − net fixed assets.</translation>
    </message>
    <message>
        <source>Stocks nets + avances versées + clients + autres créances + charges constatées d&apos;avance − (avances reçues + fournisseurs + dettes fiscales et sociales + dettes sur immobilisations + autres dettes + produits constatés d&apos;avance).</source>
        <translation>Net stock + advances paid + receivables + other receivables + prepaid expenses − (advances received + payables + tax and social debts + debts on fixed assets + other debts + deferred income).</translation>
    </message>
    <message>
        <source>BFR / chiffre d&apos;affaires × 365 (ou 360 selon la politique).</source>
        <translation>BFR / turnover × 365 (or 360, per the policy).</translation>
    </message>
    <message>
        <source>Créances clients nettes (BX − BY) / chiffre d&apos;affaires TTC × 365 : le délai moyen de paiement de ses clients.</source>
        <translation>Net trade receivables (BX − BY) / turnover incl. VAT × 365: how long its customers take to pay.</translation>
    </message>
    <message>
        <source>Dettes fournisseurs (DX) / achats TTC (FS + FU + FW) × 365 : le délai moyen de paiement à ses fournisseurs.</source>
        <translation>Trade payables (DX) / purchases incl. VAT (FS + FU + FW) × 365: how long it takes to pay its suppliers.</translation>
    </message>
    <message>
        <source>Stocks nets / chiffre d&apos;affaires × 365.</source>
        <translation>Net stock / turnover × 365.</translation>
    </message>
    <message>
        <source>VMP + disponibilités − concours bancaires courants (EH) ; égale FRNG − BFR.</source>
        <translation>Marketable securities + cash − bank overdrafts (EH); equals FRNG − BFR.</translation>
    </message>
    <message>
        <source>Trésorerie nette / chiffre d&apos;affaires × 365.</source>
        <translation>Net cash / turnover × 365.</translation>
    </message>
    <message>
        <source>Valeurs mobilières de placement nettes (CD − CE).</source>
        <translation>Net marketable securities (CD − CE).</translation>
    </message>
    <message>
        <source>Autres créances nettes (BZ − CA) / total du bilan. Une part élevée avec peu de créances clients laisse penser à de l&apos;affacturage.</source>
        <translation>Net other receivables (BZ − CA) / total assets. A high share with few trade receivables suggests factoring.</translation>
    </message>
    <message>
        <source>Total général du bilan (EE).</source>
        <translation>Balance sheet total (EE).</translation>
    </message>
    <message>
        <source>Capitaux propres (DL). Négatifs, ils ont été mangés par les pertes.</source>
        <translation>Equity (DL). Negative, it has been eaten by losses.</translation>
    </message>
    <message>
        <source>Capital social (DA).</source>
        <translation>Share capital (DA).</translation>
    </message>
    <message>
        <source>Primes, écarts de réévaluation, réserves et report à nouveau (DB à DH).</source>
        <translation>Premiums, revaluation reserves, reserves and retained earnings (DB to DH).</translation>
    </message>
    <message>
        <source>Résultat de l&apos;exercice au passif (DI).</source>
        <translation>Result of the year on the liabilities side (DI).</translation>
    </message>
    <message>
        <source>Dettes envers le groupe et les associés (2057 VI) : des fonds que les associés peuvent retirer.</source>
        <translation>Debts to the group and shareholders (2057 VI): funds the shareholders may withdraw.</translation>
    </message>
    <message>
        <source>Capitaux propres / total du bilan. Au-dessus de 20 % à 25 %, l&apos;entreprise dépend peu de ses prêteurs.</source>
        <translation>Equity / total assets. Above 20 % to 25 %, the company depends little on its lenders.</translation>
    </message>
    <message>
        <source>Dettes financières (DS à DV) / CAF : années de CAF pour rembourser. Au-delà de 3 à 4 ans, l&apos;endettement pèse.</source>
        <translation>Financial debt (DS to DV) / CAF: years of cash flow to repay. Beyond 3 to 4 years, the debt weighs.</translation>
    </message>
    <message>
        <source>ligne %1 absente</source>
        <translation>line %1 missing</translation>
    </message>
    <message>
        <source>donnée absente : %1</source>
        <translation>missing input: %1</translation>
    </message>
    <message>
        <source>dénominateur nul</source>
        <translation>zero denominator</translation>
    </message>
    <message>
        <source>dénominateur négatif</source>
        <translation>negative denominator</translation>
    </message>
    <message>
        <source>pas d&apos;exercice précédent</source>
        <translation>no previous year</translation>
    </message>
    <message>
        <source>exercices de durées différentes</source>
        <translation>years of different lengths</translation>
    </message>
    <message>
        <source>CAF négative</source>
        <translation>negative CAF</translation>
    </message>
    <message>
        <source>pas de bénéfice l&apos;an passé</source>
        <translation>no profit last year</translation>
    </message>
    <message>
        <source>société non cotée : pas de valeur de marché</source>
        <translation>unlisted company: no market value</translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>pas de plafond</source>
        <translation>no ceiling</translation>
    </message>
    <message>
        <source>pas d&apos;assurance-crédit</source>
        <translation>no credit insurance</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 an(s)</source>
        <translation>%1 yr</translation>
    </message>
    <message>
        <source>Capitaux propres négatifs</source>
        <translation>Negative equity</translation>
    </message>
    <message>
        <source>Autres créances élevées : affacturage probable</source>
        <translation>High other receivables: factoring likely</translation>
    </message>
    <message>
        <source>Exercice en perte</source>
        <translation>Loss-making year</translation>
    </message>
    <message>
        <source>Trésorerie nette négative</source>
        <translation>Negative net cash</translation>
    </message>
    <message>
        <source>Altman Z (sociétés cotées)</source>
        <translation>Altman Z (listed companies)</translation>
    </message>
    <message>
        <source>Altman Z′ (sociétés non cotées)</source>
        <translation>Altman Z′ (private companies)</translation>
    </message>
    <message>
        <source>Altman Z″ (hors industrie)</source>
        <translation>Altman Z″ (non-manufacturers)</translation>
    </message>
    <message>
        <source>Altman EM (Z″ + 3,25)</source>
        <translation>Altman EM (Z″ + 3.25)</translation>
    </message>
    <message>
        <source>Conan et Holder</source>
        <translation>Conan &amp; Holder</translation>
    </message>
    <message>
        <source>1,2 X1 + 1,4 X2 + 3,3 X3 + 0,6 X4 + 0,999 X5 ; X4 demande la capitalisation boursière. Sûr au-dessus de 2,99, détresse sous 1,81.</source>
        <translation>1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 0.999 X5; X4 needs the market capitalisation. Safe above 2.99, distress below 1.81.</translation>
    </message>
    <message>
        <source>0,717 X1 + 0,847 X2 + 3,107 X3 + 0,420 X4 + 0,998 X5 avec X4 = capitaux propres / dettes. Sûr au-dessus de 2,90, détresse sous 1,23.</source>
        <translation>0.717 X1 + 0.847 X2 + 3.107 X3 + 0.420 X4 + 0.998 X5 with X4 = book equity / liabilities. Safe above 2.90, distress below 1.23.</translation>
    </message>
    <message>
        <source>6,56 X1 + 3,26 X2 + 6,72 X3 + 1,05 X4, sans le chiffre d&apos;affaires. Sûr au-dessus de 2,60, détresse sous 1,10.</source>
        <translation>6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4, without turnover. Safe above 2.60, distress below 1.10.</translation>
    </message>
    <message>
        <source>Z″ + 3,25, sur l&apos;échelle des notations obligataires. Sûr au-dessus de 5,85, détresse sous 4,35 : ne pas comparer aux seuils de Z″.</source>
        <translation>Z″ + 3.25, on the bond-rating scale. Safe above 5.85, distress below 4.35: never compare with the Z″ cut-offs.</translation>
    </message>
    <message>
        <source>0,24 R1 + 0,22 R2 + 0,16 R3 − 0,87 R4 − 0,10 R5 (PME industrielles, CA de 1,5 à 75 M€). Très bon au-dessus de 0,16, danger sous 0,04.</source>
        <translation>0.24 R1 + 0.22 R2 + 0.16 R3 − 0.87 R4 − 0.10 R5 (industrial SMEs, turnover 1.5 to 75 M€). Very good above 0.16, danger below 0.04.</translation>
    </message>
    <message>
        <source>zone saine</source>
        <translation>safe zone</translation>
    </message>
    <message>
        <source>zone grise</source>
        <translation>grey zone</translation>
    </message>
    <message>
        <source>zone de détresse</source>
        <translation>distress zone</translation>
    </message>
    <message>
        <source>très bon</source>
        <translation>very good</translation>
    </message>
    <message>
        <source>bon, à surveiller</source>
        <translation>good, to watch</translation>
    </message>
    <message>
        <source>alerte</source>
        <translation>alert</translation>
    </message>
    <message>
        <source>danger</source>
        <translation>danger</translation>
    </message>
    <message>
        <source>Score Conan et Holder</source>
        <translation>Conan &amp; Holder score</translation>
    </message>
    <message>
        <source>Retard moyen de paiement chez nous</source>
        <translation>Average payment delay with us</translation>
    </message>
    <message>
        <source>Procédure de sauvegarde</source>
        <translation>Safeguard proceedings</translation>
    </message>
    <message>
        <source>Privilèges URSSAF / Trésor inscrits</source>
        <translation>URSSAF / Treasury liens registered</translation>
    </message>
    <message>
        <source>part des capitaux propres</source>
        <translation>share of equity</translation>
    </message>
    <message>
        <source>part du fonds de roulement</source>
        <translation>share of working capital</translation>
    </message>
    <message>
        <source>plafond de la classe</source>
        <translation>class ceiling</translation>
    </message>
    <message>
        <source>besoin : achats × (délai + retard) / 365</source>
        <translation>need: purchases × (term + delay) / 365</translation>
    </message>
    <message>
        <source>agrément de l&apos;assureur-crédit</source>
        <translation>credit insurer&apos;s cover</translation>
    </message>
    <message>
        <source>aucune règle applicable</source>
        <translation>no applicable rule</translation>
    </message>
    <message>
        <source>A — risque très faible</source>
        <translation>A — very low risk</translation>
    </message>
    <message>
        <source>B — risque faible</source>
        <translation>B — low risk</translation>
    </message>
    <message>
        <source>C — risque moyen</source>
        <translation>C — medium risk</translation>
    </message>
    <message>
        <source>D — risque élevé : acompte demandé</source>
        <translation>D — high risk: deposit required</translation>
    </message>
    <message>
        <source>E — risque très élevé : paiement avant livraison</source>
        <translation>E — very high risk: payment before delivery</translation>
    </message>
</context>
<context>
    <name>SalesDocuments</name>
    <message>
        <source>SIREN %1</source>
        <translation>SIREN %1</translation>
    </message>
    <message>
        <source>N° TVA intracommunautaire %1</source>
        <translation>VAT number %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>N° client %1</source>
        <translation>Client no. %1</translation>
    </message>
    <message>
        <source>Siège social</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Adresse de livraison</source>
        <translation>Delivery address</translation>
    </message>
    <message>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Prix unitaire HT</source>
        <translation>Unit price excl. VAT</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <source>Taux de TVA</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Base HT</source>
        <translation>Taxable amount</translation>
    </message>
    <message>
        <source>Montant TVA</source>
        <translation>VAT amount</translation>
    </message>
    <message>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>Total TVA</source>
        <translation>Total VAT</translation>
    </message>
    <message>
        <source>Total TTC</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Escompte pour paiement anticipé : %1</source>
        <translation>Early-payment discount: %1</translation>
    </message>
    <message>
        <source>Pas d&apos;escompte pour paiement anticipé</source>
        <translation>No discount for early payment</translation>
    </message>
    <message>
        <source>Taux des pénalités de retard : %1 par an, exigibles dès le lendemain de la date d&apos;échéance sans qu&apos;un rappel soit nécessaire (art. L441-10 du Code de commerce)</source>
        <translation>Late-payment penalty rate: %1 per year, payable from the day after the due date without any reminder being necessary (art. L441-10 of the French Commercial Code)</translation>
    </message>
    <message>
        <source>Indemnité forfaitaire pour frais de recouvrement : %1 € (art. D441-5 du Code de commerce)</source>
        <translation>Fixed recovery indemnity for collection costs: %1 € (art. D441-5 of the French Commercial Code)</translation>
    </message>
    <message>
        <source>Règlement par virement — IBAN %1 — BIC %2</source>
        <translation>Payment by bank transfer — IBAN %1 — BIC %2</translation>
    </message>
    <message>
        <source>Règlement par virement — IBAN %1</source>
        <translation>Payment by bank transfer — IBAN %1</translation>
    </message>
    <message>
        <source>livraison de biens</source>
        <translation>supply of goods</translation>
    </message>
    <message>
        <source>prestation de services</source>
        <translation>supply of services</translation>
    </message>
    <message>
        <source>mixte (livraison de biens et prestation de services)</source>
        <translation>mixed (supply of goods and supply of services)</translation>
    </message>
    <message>
        <source>Nature de l&apos;opération : %1</source>
        <translation>Type of transaction: %1</translation>
    </message>
    <message>
        <source>Option pour le paiement de la taxe d&apos;après les débits</source>
        <translation>Option for payment of VAT on debits</translation>
    </message>
    <message>
        <source>%1 au capital de %2</source>
        <translation>%1 with a share capital of %2</translation>
    </message>
    <message>
        <source>Avoir n° %1</source>
        <translation>Credit note no. %1</translation>
    </message>
    <message>
        <source>Facture n° %1</source>
        <translation>Invoice no. %1</translation>
    </message>
    <message>
        <source>Date d&apos;émission</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Date de livraison</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Date d&apos;échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Bon de commande client n°</source>
        <translation>Client purchase order no.</translation>
    </message>
    <message>
        <source>Commande n°</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>Bon de livraison n°</source>
        <translation>Delivery note no.</translation>
    </message>
    <message>
        <source>Avoir sur facture n° %1 — motif : %2</source>
        <translation>Credit note on invoice no. %1 — reason: %2</translation>
    </message>
    <message>
        <source>Conditions de paiement : %1 — date d&apos;échéance : %2</source>
        <translation>Payment terms: %1 — due date: %2</translation>
    </message>
    <message>
        <source>taux de refinancement de la BCE majoré de 10 points</source>
        <translation>ECB refinancing rate plus 10 percentage points</translation>
    </message>
    <message>
        <source>Conditions de paiement : %1</source>
        <translation>Payment terms: %1</translation>
    </message>
    <message>
        <source>Confirmation de commande n° %1</source>
        <translation>Order confirmation no. %1</translation>
    </message>
    <message>
        <source>Date de commande</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Confirmée le</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>Acompte reçu</source>
        <translation>Deposit received</translation>
    </message>
    <message>
        <source>Net à payer</source>
        <translation>Amount due</translation>
    </message>
</context>
<context>
    <name>SalesLabels</name>
    <message>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>confirmée</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>livrée en partie</source>
        <translation>partly delivered</translation>
    </message>
    <message>
        <source>livrée</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>facturée</source>
        <translation>invoiced</translation>
    </message>
    <message>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Accordé</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>À confirmer</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>le compte client n&apos;est pas actif (statut « %1 »)</source>
        <translation>the client account is not active (status “%1”)</translation>
    </message>
    <message>
        <source>le compte client est bloqué</source>
        <translation>the client account is blocked</translation>
    </message>
    <message>
        <source>l&apos;entreprise a cessé son activité</source>
        <translation>the company has ceased trading</translation>
    </message>
    <message>
        <source>procédure collective en cours : %1</source>
        <translation>insolvency proceedings under way: %1</translation>
    </message>
    <message>
        <source>aucune limite de crédit n&apos;est accordée</source>
        <translation>no credit limit has been granted</translation>
    </message>
    <message>
        <source>la limite devait être revue le %1</source>
        <translation>the limit was due for review on %1</translation>
    </message>
    <message>
        <source>l&apos;encours atteindrait %1 pour une limite de %2 (dépassement de %3, tolérance %4)</source>
        <translation>the exposure would reach %1 against a limit of %2 (over by %3, tolerance %4)</translation>
    </message>
    <message>
        <source>%1 échus non réglés (seuil %2)</source>
        <translation>%1 overdue and unpaid (threshold %2)</translation>
    </message>
    <message>
        <source>la plus ancienne échéance impayée a %1 jours de retard (maximum %2)</source>
        <translation>the oldest unpaid item is %1 days overdue (maximum %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n litige(s) ouvert(s) pour %1</source>
        <translation>
            <numerusform>%n open dispute for %1</numerusform>
            <numerusform>%n open disputes for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>classe de risque %1, moins bonne que le minimum %2</source>
        <translation>risk class %1, worse than the minimum %2</translation>
    </message>
    <message>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Avoir</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>livraison de biens</source>
        <translation>supply of goods</translation>
    </message>
    <message>
        <source>prestation de services</source>
        <translation>supply of services</translation>
    </message>
    <message>
        <source>livraison de biens et prestation de services</source>
        <translation>supply of goods and supply of services</translation>
    </message>
</context>
<context>
    <name>TemplateEditCommand</name>
    <message>
        <source>modèle %1</source>
        <translation>template %1</translation>
    </message>
    <message>
        <source>modèle d&apos;origine %1</source>
        <translation>original template %1</translation>
    </message>
</context>
<context>
    <name>pc::app::AuditLogModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Changements</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>pc::app::ClientListModel</name>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Sales rep</translation>
    </message>
</context>
<context>
    <name>pc::app::ExportService</name>
    <message>
        <source>Non échu</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>%1 jours</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Avoir</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Règlement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Acompte</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Remboursement</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Régularisation</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Reprise</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>Balance âgée</source>
        <translation>Aged balance</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>En litige</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>jours</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Encours</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Échu</source>
        <translation>Past due</translation>
    </message>
    <message>
        <source>Ventes des %1 derniers jours</source>
        <translation>Sales of the last %1 days</translation>
    </message>
    <message>
        <source>Part échue de l&apos;encours</source>
        <translation>Past-due share of receivables</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>Meilleur DSO possible</source>
        <translation>Best possible DSO</translation>
    </message>
    <message>
        <source>Retard moyen (ADD)</source>
        <translation>Average days delinquent (ADD)</translation>
    </message>
    <message>
        <source>DSO par épuisement</source>
        <translation>Count-back DSO</translation>
    </message>
    <message>
        <source>Efficacité du recouvrement (CEI)</source>
        <translation>Collection effectiveness index (CEI)</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Grand livre clients</source>
        <translation>Client ledger</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Lettrage</source>
        <translation>Lettering</translation>
    </message>
    <message>
        <source>Reste dû</source>
        <translation>Amount due</translation>
    </message>
</context>
<context>
    <name>pc::ui::AccountForm</name>
    <message>
        <source>attribué à l&apos;enregistrement (411…)</source>
        <translation>assigned when saved (411…)</translation>
    </message>
    <message>
        <source>FR76 …</source>
        <translation>FR76 …</translation>
    </message>
    <message>
        <source>Reprendre l&apos;adresse du siège</source>
        <translation>Use the head office address</translation>
    </message>
    <message>
        <source>Compte auxiliaire</source>
        <translation>Subsidiary account</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Mode de paiement</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Date de l&apos;extrait Kbis</source>
        <translation>Kbis extract date</translation>
    </message>
    <message>
        <source>CGV signées le</source>
        <translation>Terms of sale signed on</translation>
    </message>
    <message>
        <source>Adresse de facturation</source>
        <translation>Billing address</translation>
    </message>
    <message>
        <source>lettres et chiffres seulement, 20 au plus</source>
        <translation>letters and digits only, 20 at most</translation>
    </message>
</context>
<context>
    <name>pc::ui::AccountOpeningPage</name>
    <message>
        <source>Activer le compte</source>
        <translation>Activate the account</translation>
    </message>
    <message>
        <source>Dossier d&apos;ouverture de compte</source>
        <translation>Account-opening file</translation>
    </message>
    <message>
        <source>Contact comptabilité fournisseurs du client</source>
        <translation>Client&apos;s accounts-payable contact</translation>
    </message>
    <message>
        <source>Liste de contrôle</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Le compte est « %1 » : il n&apos;est pas à ouvrir.</source>
        <translation>The account is “%1”: there is nothing to open.</translation>
    </message>
    <message>
        <source>Ouverture du compte</source>
        <translation>Account opening</translation>
    </message>
    <message>
        <source>Compte %1 activé</source>
        <translation>Account %1 activated</translation>
    </message>
</context>
<context>
    <name>pc::ui::AddressFields</name>
    <message>
        <source>Numéro et voie</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Complément (bâtiment, BP…)</source>
        <translation>Additional line (building, PO box…)</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>le code postal « %1 » doit avoir cinq chiffres</source>
        <translation>the postcode “%1” must have five digits</translation>
    </message>
</context>
<context>
    <name>pc::ui::AlertListModel</name>
    <message>
        <source>Critique</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Alerte</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>pc::ui::BankLinesModel</name>
    <message>
        <source>%1, ligne %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>Identifiant du payeur : %1</source>
        <translation>Payer identifier: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payeur</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>IBAN du payeur</source>
        <translation>Payer&apos;s IBAN</translation>
    </message>
    <message>
        <source>Libellé et références</source>
        <translation>Label and references</translation>
    </message>
    <message>
        <source>Relevé</source>
        <translation>Statement</translation>
    </message>
</context>
<context>
    <name>pc::ui::CheckApprovalDialog</name>
    <message>
        <source>Ne pas continuer</source>
        <translation>Do not continue</translation>
    </message>
    <message>
        <source>Contrôle de crédit — %1</source>
        <translation>Credit check — %1</translation>
    </message>
    <message>
        <source>pourquoi passer outre, et qui l&apos;a décidé</source>
        <translation>why override, and who decided it</translation>
    </message>
    <message>
        <source>Le contrôle signale des alertes. Vérifiez-les avant de continuer.</source>
        <translation>The check raises warnings. Review them before continuing.</translation>
    </message>
    <message>
        <source>Confirmer malgré les alertes</source>
        <translation>Confirm despite the warnings</translation>
    </message>
    <message>
        <source>Le contrôle bloque l&apos;opération. Vous pouvez passer outre en indiquant le motif, qui sera inscrit au journal d&apos;audit.</source>
        <translation>The check blocks the operation. You can override it by giving the reason, which will be recorded in the audit log.</translation>
    </message>
    <message>
        <source>Passer outre le blocage</source>
        <translation>Override the block</translation>
    </message>
    <message>
        <source>Le contrôle bloque l&apos;opération et l&apos;utilisateur « %1 » n&apos;a pas le droit de passer outre. Demandez à un responsable du crédit.</source>
        <translation>The check blocks the operation and the user “%1” is not allowed to override it. Ask a credit manager.</translation>
    </message>
    <message>
        <source>Motif de la dérogation :</source>
        <translation>Override reason:</translation>
    </message>
</context>
<context>
    <name>pc::ui::CheckDecisionView</name>
    <message>
        <source>Limite de crédit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Créances ouvertes</source>
        <translation>Open receivables</translation>
    </message>
    <message>
        <source>Livré non facturé</source>
        <translation>Delivered, not invoiced</translation>
    </message>
    <message>
        <source>Commandes en cours</source>
        <translation>Open orders</translation>
    </message>
    <message>
        <source>Acomptes reçus (déduits)</source>
        <translation>Deposits received (deducted)</translation>
    </message>
    <message>
        <source>Encours total</source>
        <translation>Total exposure</translation>
    </message>
    <message>
        <source>Montant demandé (TTC)</source>
        <translation>Amount requested (incl. VAT)</translation>
    </message>
    <message>
        <source>Encours après l&apos;opération</source>
        <translation>Exposure after the operation</translation>
    </message>
    <message>
        <source>Disponible sur la limite</source>
        <translation>Available under the limit</translation>
    </message>
    <message>
        <source>Échu non réglé</source>
        <translation>Overdue, unpaid</translation>
    </message>
    <message>
        <source>Classe de risque</source>
        <translation>Risk class</translation>
    </message>
    <message>
        <source>Litiges ouverts</source>
        <translation>Open disputes</translation>
    </message>
    <message>
        <source> :</source>
        <translation>:</translation>
    </message>
    <message>
        <source>Pas encore de contrôle de crédit.</source>
        <translation>No credit check yet.</translation>
    </message>
    <message>
        <source>%1 — %2, au %3</source>
        <translation>%1 — %2, as of %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (le plus ancien : %n jour(s))</source>
        <translation>
            <numerusform>%1 (oldest: %n day)</numerusform>
            <numerusform>%1 (oldest: %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pour %1</source>
        <translation>
            <numerusform>%n for %1</numerusform>
            <numerusform>%n for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune alerte : l&apos;opération tient dans la limite.</source>
        <translation>No warning: the operation fits within the limit.</translation>
    </message>
</context>
<context>
    <name>pc::ui::ChecklistView</name>
    <message>
        <source>Dossier complet : le compte peut être activé</source>
        <translation>File complete: the account can be activated</translation>
    </message>
    <message numerus="yes">
        <source>Dossier incomplet : %n point(s) manquant(s)</source>
        <translation>
            <numerusform>File incomplete: %n item missing</numerusform>
            <numerusform>File incomplete: %n items missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ui::ClientFilePage</name>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Siège</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Enseigne</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>fermé</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>ouvert</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Établissements</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>le SIRET %1 n&apos;appartient pas au SIREN %2</source>
        <translation>the SIRET %1 does not belong to the SIREN %2</translation>
    </message>
</context>
<context>
    <name>pc::ui::ClientHeader</name>
    <message>
        <source>Choisissez un client : tapez son SIREN, son SIRET ou son nom dans la recherche (Ctrl+F), ou ouvrez-le depuis le portefeuille.</source>
        <translation>Choose a client: type its SIREN, SIRET or name in the search box (Ctrl+F), or open it from the portfolio.</translation>
    </message>
    <message>
        <source>SIREN %1</source>
        <translation>SIREN %1</translation>
    </message>
    <message>
        <source>SIREN à compléter</source>
        <translation>SIREN to be completed</translation>
    </message>
    <message>
        <source>compte %1</source>
        <translation>account %1</translation>
    </message>
</context>
<context>
    <name>pc::ui::ClientPageBase</name>
    <message>
        <source>Annuler les modifications</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Modification de %1</source>
        <translation>Edit of %1</translation>
    </message>
    <message>
        <source>Fiche de %1 enregistrée</source>
        <translation>File of %1 saved</translation>
    </message>
</context>
<context>
    <name>pc::ui::ClientSearchBox</name>
    <message>
        <source>Rechercher un client : SIREN, SIRET, compte ou nom (Ctrl+F)</source>
        <translation>Search a client: SIREN, SIRET, account or name (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>pc::ui::CollectPage</name>
    <message>
        <source>coût faible</source>
        <translation>low cost</translation>
    </message>
    <message>
        <source>coût moyen</source>
        <translation>medium cost</translation>
    </message>
    <message>
        <source>coût élevé</source>
        <translation>high cost</translation>
    </message>
    <message numerus="yes">
        <source>encaissé en %n jour(s) environ</source>
        <translation>
            <numerusform>collected in about %n day</numerusform>
            <numerusform>collected in about %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>paiement garanti à l&apos;échéance</source>
        <translation>payment guaranteed on the due date</translation>
    </message>
    <message>
        <source>paiement non garanti</source>
        <translation>payment not guaranteed</translation>
    </message>
    <message>
        <source>à l&apos;initiative du vendeur</source>
        <translation>initiated by the seller</translation>
    </message>
    <message>
        <source>à l&apos;initiative du client</source>
        <translation>initiated by the client</translation>
    </message>
    <message>
        <source>Lettrer</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Délettrer</source>
        <translation>Unletter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Lettre les débits et les crédits sélectionnés (%1)</source>
        <translation>Letters the selected debits and credits (%1)</translation>
    </message>
    <message>
        <source>Délettre le groupe des pièces sélectionnées, par son code, ou retire les imputations partielles d&apos;une pièce sans code (%1)</source>
        <translation>Unletters the group of the selected items, by its code, or removes the partial allocations of an item without a code (%1)</translation>
    </message>
    <message>
        <source>Situation du compte</source>
        <translation>Account position</translation>
    </message>
    <message>
        <source>Compte client (411) — lettrage</source>
        <translation>Client account (411) — lettering</translation>
    </message>
    <message>
        <source>Pièces &amp;ouvertes seulement</source>
        <translation>&amp;Open items only</translation>
    </message>
    <message>
        <source>Flèches pour se déplacer, Espace pour choisir débits et crédits, Ctrl+L pour lettrer.</source>
        <translation>Arrows to move, Space to select debits and credits, Ctrl+L to letter.</translation>
    </message>
    <message>
        <source>Saisir un &amp;règlement…</source>
        <translation>Enter a &amp;payment…</translation>
    </message>
    <message>
        <source>&amp;Lettrer</source>
        <translation>&amp;Letter</translation>
    </message>
    <message>
        <source>&amp;Délettrer</source>
        <translation>&amp;Unletter</translation>
    </message>
    <message>
        <source>Banque et lettrage automatique — tous clients</source>
        <translation>Bank and automatic lettering — all clients</translation>
    </message>
    <message>
        <source>&amp;Importer un relevé…</source>
        <translation>&amp;Import a statement…</translation>
    </message>
    <message>
        <source>Relevé de compte camt.053 (.xml) ou CFONB 120 (.txt, .cfo)</source>
        <translation>Account statement camt.053 (.xml) or CFONB 120 (.txt, .cfo)</translation>
    </message>
    <message>
        <source>Importer un F&amp;EC…</source>
        <translation>Import an F&amp;EC…</translation>
    </message>
    <message>
        <source>Fichier des écritures comptables : les comptes clients (411) et leur lettrage</source>
        <translation>Accounting entries file (FEC): the client accounts (411) and their lettering</translation>
    </message>
    <message>
        <source>Lettrage auto&amp;matique…</source>
        <translation>Auto&amp;matic lettering…</translation>
    </message>
    <message>
        <source>Lettre les pièces ouvertes de tous les clients : référence de facture, montant exact, combinaison de pièces, puis imputation partielle</source>
        <translation>Letters the open items of all clients: invoice reference, exact amount, combination of items, then partial allocation</translation>
    </message>
    <message>
        <source>A&amp;ttribuer au client affiché</source>
        <translation>A&amp;ssign to the client shown</translation>
    </message>
    <message>
        <source>Le mouvement devient un règlement du client affiché, à lettrer ensuite</source>
        <translation>The movement becomes a payment from the client shown, to be lettered afterwards</translation>
    </message>
    <message>
        <source>Solde : &lt;b&gt;%1&lt;/b&gt; en faveur du client</source>
        <translation>Balance: &lt;b&gt;%1&lt;/b&gt; in the client&apos;s favour</translation>
    </message>
    <message>
        <source>Solde dû par le client : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Balance due by the client: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Échu au %1 : &lt;b&gt;%2&lt;/b&gt; sur %n pièce(s)</source>
        <translation>
            <numerusform>Overdue as of %1: &lt;b&gt;%2&lt;/b&gt; on %n item</numerusform>
            <numerusform>Overdue as of %1: &lt;b&gt;%2&lt;/b&gt; on %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Rien d&apos;échu au %1</source>
        <translation>Nothing overdue as of %1</translation>
    </message>
    <message>
        <source>Règlements et avoirs non lettrés : %1</source>
        <translation>Unlettered payments and credit notes: %1</translation>
    </message>
    <message>
        <source>segment non renseigné</source>
        <translation>segment not set</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <source>Mode de règlement conseillé (%1) : &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Recommended payment method (%1): &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mode actuel du client : %1 — à faire évoluer</source>
        <translation>Client&apos;s current method: %1 — to be changed</translation>
    </message>
    <message>
        <source>Mode actuel du client : %1</source>
        <translation>Client&apos;s current method: %1</translation>
    </message>
    <message>
        <source>Mode actuel du client : non renseigné</source>
        <translation>Client&apos;s current method: not set</translation>
    </message>
    <message>
        <source>Selon sa classe de risque (%1) : %2</source>
        <translation>Given its risk class (%1): %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mouvements à attribuer&lt;/b&gt; : aucun, chaque encaissement importé a trouvé son client.</source>
        <translation>&lt;b&gt;Movements to assign&lt;/b&gt;: none, every imported receipt has found its client.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Mouvements à attribuer&lt;/b&gt; : %n encaissement(s) dont le payeur n&apos;a pas été reconnu, %1</source>
        <translation>
            <numerusform>&lt;b&gt;Movements to assign&lt;/b&gt;: %n receipt whose payer was not recognised, %1</numerusform>
            <numerusform>&lt;b&gt;Movements to assign&lt;/b&gt;: %n receipts whose payer was not recognised, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Débit sélectionné : &lt;b&gt;%1&lt;/b&gt; — Crédit sélectionné : &lt;b&gt;%2&lt;/b&gt; — Écart : &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Selected debit: &lt;b&gt;%1&lt;/b&gt; — Selected credit: &lt;b&gt;%2&lt;/b&gt; — Difference: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lettrage non équilibré</source>
        <translation>Unbalanced lettering</translation>
    </message>
    <message>
        <source>Débit sélectionné %1, crédit sélectionné %2 : écart de %3.</source>
        <translation>Selected debit %1, selected credit %2: difference of %3.</translation>
    </message>
    <message>
        <source>L&apos;écart est dans la tolérance de %1 : il sera passé en écart de règlement (journal OD) et les pièces seront lettrées.</source>
        <translation>The difference is within the tolerance of %1: it will be posted as a payment difference (OD journal) and the items will be lettered.</translation>
    </message>
    <message>
        <source>Lettrer avec l&apos;&amp;écart</source>
        <translation>Letter with the &amp;difference</translation>
    </message>
    <message>
        <source>Les pièces seront imputées à hauteur de %1, sans code de lettre : %2 resteront ouverts. Ctrl+Z annule l&apos;imputation.</source>
        <translation>The items will be allocated up to %1, without a letter code: %2 will remain open. Ctrl+Z undoes the allocation.</translation>
    </message>
    <message>
        <source>&amp;Imputer partiellement</source>
        <translation>&amp;Allocate partially</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pour lettrer, choisissez au moins un débit et un crédit encore ouverts.</source>
        <translation>To letter, choose at least one debit and one credit that are still open.</translation>
    </message>
    <message>
        <source>Lettrage refusé : %1</source>
        <translation>Lettering refused: %1</translation>
    </message>
    <message>
        <source>Annulation impossible : %1</source>
        <translation>Undo failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Lettré sous le code %1 : %n pièce(s), %2.</source>
        <translation>
            <numerusform>Lettered under code %1: %n item, %2.</numerusform>
            <numerusform>Lettered under code %1: %n items, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imputation partielle de %1 : le reste demeure ouvert.</source>
        <translation>Partial allocation of %1: the remainder stays open.</translation>
    </message>
    <message>
        <source>Écart de %1 passé en écart de règlement.</source>
        <translation>Difference of %1 posted as a payment difference.</translation>
    </message>
    <message>
        <source>Pour délettrer, choisissez une pièce lettrée ou imputée en partie.</source>
        <translation>To unletter, choose a lettered or partly allocated item.</translation>
    </message>
    <message>
        <source>Retirer les imputations</source>
        <translation>Remove the allocations</translation>
    </message>
    <message numerus="yes">
        <source>Retirer les imputations de %n pièce(s) sans code de lettre ? Elles redeviennent ouvertes en entier, comme les pièces auxquelles elles étaient imputées.</source>
        <translation>
            <numerusform>Remove the allocations of %n item without a letter code? It becomes fully open again, as do the items it was allocated to.</numerusform>
            <numerusform>Remove the allocations of %n items without a letter code? They become fully open again, as do the items they were allocated to.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ce retrait ne s&apos;annule pas par Ctrl+Z : il faudra lettrer à nouveau.</source>
        <translation>This removal cannot be undone with Ctrl+Z: you will have to letter again.</translation>
    </message>
    <message>
        <source>&amp;Retirer les imputations</source>
        <translation>&amp;Remove the allocations</translation>
    </message>
    <message>
        <source>Opération impossible : %1</source>
        <translation>Operation failed: %1</translation>
    </message>
    <message>
        <source>délettrage %1</source>
        <translation>unlettering %1</translation>
    </message>
    <message>
        <source>Délettrage de %1 refusé : %2</source>
        <translation>Unlettering of %1 refused: %2</translation>
    </message>
    <message>
        <source>Retrait des imputations refusé : %1</source>
        <translation>Removal of the allocations refused: %1</translation>
    </message>
    <message>
        <source>Délettré : %1. Ctrl+Z lettre à nouveau.</source>
        <translation>Unlettered: %1. Ctrl+Z letters again.</translation>
    </message>
    <message numerus="yes">
        <source>Imputations retirées : %n pièce(s) rouverte(s).</source>
        <translation>
            <numerusform>Allocations removed: %n item reopened.</numerusform>
            <numerusform>Allocations removed: %n items reopened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Règlement enregistré : choisissez les factures qu&apos;il solde, puis lettrez (Ctrl+L).</source>
        <translation>Payment recorded: choose the invoices it settles, then letter (Ctrl+L).</translation>
    </message>
    <message>
        <source>Attribution refusée : %1</source>
        <translation>Assignment refused: %1</translation>
    </message>
    <message>
        <source>Mouvement attribué : il figure au crédit du compte, à lettrer avec les factures qu&apos;il règle.</source>
        <translation>Movement assigned: it is on the credit side of the account, to be lettered with the invoices it pays.</translation>
    </message>
    <message>
        <source>Attribuer un mouvement</source>
        <translation>Assign a movement</translation>
    </message>
    <message>
        <source>Attribuer l&apos;encaissement de %1 du %2 (%3) à %4 ?</source>
        <translation>Assign the receipt of %1 dated %2 (%3) to %4?</translation>
    </message>
    <message>
        <source>Il devient un règlement du client, à lettrer avec ses factures.</source>
        <translation>It becomes a payment from the client, to be lettered with the client&apos;s invoices.</translation>
    </message>
    <message>
        <source>A&amp;ttribuer</source>
        <translation>A&amp;ssign</translation>
    </message>
    <message>
        <source>Importer un relevé bancaire</source>
        <translation>Import a bank statement</translation>
    </message>
    <message>
        <source>Relevés bancaires (*.xml *.txt *.cfo *.cfonb *.dat);;Tous les fichiers (*)</source>
        <translation>Bank statements (*.xml *.txt *.cfo *.cfonb *.dat);;All files (*)</translation>
    </message>
    <message>
        <source>Importer un FEC</source>
        <translation>Import an FEC</translation>
    </message>
    <message>
        <source>Fichiers des écritures comptables (*.txt *.csv);;Tous les fichiers (*)</source>
        <translation>Accounting entries files (FEC) (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Import du relevé %1…</source>
        <translation>Importing statement %1…</translation>
    </message>
    <message>
        <source>Import du FEC %1…</source>
        <translation>Importing FEC %1…</translation>
    </message>
    <message>
        <source>Lettrage automatique</source>
        <translation>Automatic lettering</translation>
    </message>
    <message>
        <source>Lettrer les pièces ouvertes de tous les clients au %1 ?</source>
        <translation>Letter the open items of all clients as of %1?</translation>
    </message>
    <message>
        <source>Les règles s&apos;appliquent dans l&apos;ordre : référence de facture, montant exact, combinaison de pièces, imputation partielle. Un groupe se délettre ensuite par son code (Ctrl+Maj+L).</source>
        <translation>The rules apply in this order: invoice reference, exact amount, combination of items, partial allocation. A group can then be unlettered by its code (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Lettrage automatique…</source>
        <translation>Automatic lettering…</translation>
    </message>
    <message>
        <source>Encaisser</source>
        <translation>Collect</translation>
    </message>
    <message>
        <source>… et %1 autre(s) : voir le détail.</source>
        <translation>… and %1 more: see the details.</translation>
    </message>
    <message>
        <source>Import de relevé bancaire</source>
        <translation>Bank statement import</translation>
    </message>
    <message>
        <source>Import annulé : rien n&apos;a été enregistré.</source>
        <translation>Import cancelled: nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <source>Relevé refusé : %n erreur(s). Rien n&apos;a été enregistré.</source>
        <translation>
            <numerusform>Statement rejected: %n error. Nothing was saved.</numerusform>
            <numerusform>Statement rejected: %n errors. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n règlement(s) reconnu(s), inscrit(s) au compte des clients : %1.</source>
        <translation>
            <numerusform>%n payment recognised, posted to the client&apos;s account: %1.</numerusform>
            <numerusform>%n payments recognised, posted to the clients&apos; accounts: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnus par : %1.</source>
        <translation>Recognised by: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n mouvement(s) à attribuer : %1, dans « Mouvements à attribuer ».</source>
        <translation>
            <numerusform>%n movement to assign: %1, in “Movements to assign”.</numerusform>
            <numerusform>%n movements to assign: %1, in “Movements to assign”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n débit(s) du compte conservé(s) pour mémoire.</source>
        <translation>
            <numerusform>%n account debit kept for reference.</numerusform>
            <numerusform>%n account debits kept for reference.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mouvement(s) déjà importé(s) d&apos;un autre relevé, ignoré(s).</source>
        <translation>
            <numerusform>%n movement already imported from another statement, ignored.</numerusform>
            <numerusform>%n movements already imported from another statement, ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relevé %1 importé : %n mouvement(s) sur %2 relevé(s).</source>
        <translation>
            <numerusform>Statement %1 imported: %n movement in %2 statement(s).</numerusform>
            <numerusform>Statement %1 imported: %n movements in %2 statement(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import de FEC</source>
        <translation>FEC import</translation>
    </message>
    <message numerus="yes">
        <source>FEC refusé : %n erreur(s). Rien n&apos;a été enregistré.</source>
        <translation>
            <numerusform>FEC rejected: %n error. Nothing was saved.</numerusform>
            <numerusform>FEC rejected: %n errors. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ligne(s) lue(s), dont %2 sur des comptes clients (411).</source>
        <translation>%1 line(s) read, of which %2 on client accounts (411).</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) déjà apportée(s) par un FEC précédent, ignorée(s).</source>
        <translation>
            <numerusform>%n line already brought in by a previous FEC, ignored.</numerusform>
            <numerusform>%n lines already brought in by a previous FEC, ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) 411 sans compte auxiliaire, ignorée(s).</source>
        <translation>
            <numerusform>%n 411 line without a subsidiary account, ignored.</numerusform>
            <numerusform>%n 411 lines without a subsidiary account, ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) du fichier retrouvé(s) dans le portefeuille.</source>
        <translation>
            <numerusform>%n client of the file found in the portfolio.</numerusform>
            <numerusform>%n clients of the file found in the portfolio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lettrage(s) du fichier repris sous leur code.</source>
        <translation>
            <numerusform>%n lettering of the file carried over under its code.</numerusform>
            <numerusform>%n letterings of the file carried over under their codes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) de lettre déséquilibré(s) : imputés, laissés ouverts.</source>
        <translation>
            <numerusform>%n unbalanced letter code: allocated, left open.</numerusform>
            <numerusform>%n unbalanced letter codes: allocated, left open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) de lettre touchant des lignes déjà importées, non repris.</source>
        <translation>
            <numerusform>%n letter code touching lines already imported, not carried over.</numerusform>
            <numerusform>%n letter codes touching lines already imported, not carried over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) créé(s), à compléter (SIREN, adresse) :</source>
        <translation>
            <numerusform>%n client created, to be completed (SIREN, address):</numerusform>
            <numerusform>%n clients created, to be completed (SIREN, address):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FEC importé (%1) : %n écriture(s) client inscrite(s).</source>
        <translation>
            <numerusform>FEC imported (%1): %n client entry recorded.</numerusform>
            <numerusform>FEC imported (%1): %n client entries recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lettrage automatique annulé : rien n&apos;a été modifié.</source>
        <translation>Automatic lettering cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Lettrage automatique impossible : rien n&apos;a été modifié.</source>
        <translation>Automatic lettering failed: nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Lettrage automatique : %n groupe(s) lettré(s), %1 pièce(s) à examiner.</source>
        <translation>
            <numerusform>Automatic lettering: %n group lettered, %1 item(s) to review.</numerusform>
            <numerusform>Automatic lettering: %n groups lettered, %1 item(s) to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ui::CompanyForm</name>
    <message>
        <source>9 chiffres</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>ex. 62.01Z</source>
        <translation>e.g. 62.01Z</translation>
    </message>
    <message>
        <source>TVA :</source>
        <translation>VAT:</translation>
    </message>
    <message>
        <source>depuis le</source>
        <translation>since</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Code NAF</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>Date de création</source>
        <translation>Creation date</translation>
    </message>
    <message>
        <source>Situation au répertoire</source>
        <translation>Register status</translation>
    </message>
    <message>
        <source>Procédure collective</source>
        <translation>Insolvency proceedings</translation>
    </message>
    <message>
        <source>Siège social</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>required</translation>
    </message>
    <message>
        <source>« %1 » n&apos;existe pas dans la nomenclature NAF rév. 2</source>
        <translation>“%1” is not in the NAF rev. 2 classification</translation>
    </message>
</context>
<context>
    <name>pc::ui::CompanySettingsDialog</name>
    <message>
        <source>Paramètres de l&apos;entreprise</source>
        <translation>Company settings</translation>
    </message>
    <message>
        <source>Société émettrice</source>
        <translation>Issuing company</translation>
    </message>
    <message>
        <source>Contrôle de crédit</source>
        <translation>Credit check</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Capital social</source>
        <translation>Share capital</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Complément</source>
        <translation>Additional line</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Livraison de biens</source>
        <translation>Supply of goods</translation>
    </message>
    <message>
        <source>Prestation de services</source>
        <translation>Supply of services</translation>
    </message>
    <message>
        <source>Mixte</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>Nature des opérations</source>
        <translation>Type of transactions</translation>
    </message>
    <message>
        <source>vide : taux BCE + 10 points du semestre</source>
        <translation>empty: ECB rate + 10 points for the half-year</translation>
    </message>
    <message>
        <source>Taux des pénalités de retard (%)</source>
        <translation>Late-payment penalty rate (%)</translation>
    </message>
    <message>
        <source>vide : pas d&apos;escompte</source>
        <translation>empty: no discount</translation>
    </message>
    <message>
        <source>Escompte pour paiement anticipé (%)</source>
        <translation>Early-payment discount (%)</translation>
    </message>
    <message>
        <source>Option pour le paiement de la taxe d&apos;après les débits</source>
        <translation>Option for payment of VAT on debits</translation>
    </message>
    <message>
        <source>Catégories comptées dans l&apos;encours :</source>
        <translation>Categories counted in the exposure:</translation>
    </message>
    <message>
        <source>Créances ouvertes</source>
        <translation>Open receivables</translation>
    </message>
    <message>
        <source>Livré non facturé</source>
        <translation>Delivered, not invoiced</translation>
    </message>
    <message>
        <source>Commandes confirmées non livrées</source>
        <translation>Confirmed orders not yet delivered</translation>
    </message>
    <message>
        <source>Acomptes reçus (en déduction)</source>
        <translation>Deposits received (deducted)</translation>
    </message>
    <message>
        <source>Tolérance de dépassement (%)</source>
        <translation>Over-limit tolerance (%)</translation>
    </message>
    <message>
        <source>Seuil d&apos;alerte sur l&apos;échu (€)</source>
        <translation>Overdue warning threshold (€)</translation>
    </message>
    <message>
        <source>Retard maximal de la plus ancienne échéance (jours)</source>
        <translation>Maximum lateness of the oldest overdue item (days)</translation>
    </message>
    <message>
        <source>Les litiges ouverts bloquent</source>
        <translation>Open disputes block</translation>
    </message>
    <message>
        <source>Classe de risque minimale</source>
        <translation>Minimum risk class</translation>
    </message>
    <message>
        <source>vide : tout utilisateur</source>
        <translation>empty: any user</translation>
    </message>
    <message>
        <source>Utilisateurs autorisés à déroger</source>
        <translation>Users allowed to override</translation>
    </message>
</context>
<context>
    <name>pc::ui::ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>pc::ui::CreditLinePage</name>
    <message>
        <source>%1 — équivalent %2</source>
        <translation>%1 — equivalent %2</translation>
    </message>
    <message numerus="yes">
        <source>%n inscrit(s)</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Appréciation</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Facteur</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Perdus</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Règle</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Montant permis</source>
        <translation>Amount allowed</translation>
    </message>
    <message>
        <source>Décidée le</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Limite</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Recommandée</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Décideur</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Revue le</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Probabilité de défaut indicative à 3 ans : %1 (ordre de grandeur publié, non vérifié)</source>
        <translation>Indicative 3-year default probability: %1 (published order of magnitude, not verified)</translation>
    </message>
    <message>
        <source>%1
saisie par %2 le %3</source>
        <translation>%1
entered by %2 on %3</translation>
    </message>
    <message>
        <source>Scores du bilan</source>
        <translation>Balance-sheet scores</translation>
    </message>
    <message>
        <source>Aucune liasse fiscale : saisissez ou importez les comptes à l&apos;étape 1. Le score interne ne repose alors que sur les événements connus.</source>
        <translation>No tax return: enter or import the accounts at stage 1. The internal score then rests on the known events only.</translation>
    </message>
    <message>
        <source>Score interne</source>
        <translation>Internal score</translation>
    </message>
    <message>
        <source>Profil de crédit</source>
        <translation>Credit profile</translation>
    </message>
    <message>
        <source>45 jours fin de mois, 30 jours nets, comptant…</source>
        <translation>45 jours fin de mois, 30 jours nets, comptant…</translation>
    </message>
    <message>
        <source>montant en euros</source>
        <translation>amount in euros</translation>
    </message>
    <message>
        <source> j</source>
        <translation> d</translation>
    </message>
    <message>
        <source>vide : client non assuré</source>
        <translation>empty: client not insured</translation>
    </message>
    <message>
        <source>Enregistrer le profil</source>
        <translation>Save the profile</translation>
    </message>
    <message>
        <source>Conditions de paiement :</source>
        <translation>Payment terms:</translation>
    </message>
    <message>
        <source>Achats annuels prévus :</source>
        <translation>Expected annual purchases:</translation>
    </message>
    <message>
        <source>Retard habituel :</source>
        <translation>Usual delay:</translation>
    </message>
    <message>
        <source>Garantie de l&apos;assureur :</source>
        <translation>Insurer&apos;s cover:</translation>
    </message>
    <message>
        <source>Privilèges inscrits :</source>
        <translation>Liens registered:</translation>
    </message>
    <message>
        <source>Privilèges de l&apos;URSSAF ou du Trésor public inscrits au greffe contre le client</source>
        <translation>URSSAF or Treasury liens registered at the court registry against the client</translation>
    </message>
    <message>
        <source>Recommandation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>nom et fonction de qui décide</source>
        <translation>name and position of the approver</translation>
    </message>
    <message>
        <source>pourquoi ce montant</source>
        <translation>why this amount</translation>
    </message>
    <message>
        <source>Accorder la limite</source>
        <translation>Grant the limit</translation>
    </message>
    <message>
        <source>Limite accordée :</source>
        <translation>Granted limit:</translation>
    </message>
    <message>
        <source>À revoir le :</source>
        <translation>Review on:</translation>
    </message>
    <message>
        <source>Décideur :</source>
        <translation>Approver:</translation>
    </message>
    <message>
        <source>Motif :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Historique des limites</source>
        <translation>Limit history</translation>
    </message>
    <message>
        <source>Scores du bilan — exercice %1</source>
        <translation>Balance-sheet scores — fiscal year %1</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Classe imposée par la procédure en cours : %1</source>
        <translation>Class forced by the current proceedings: %1</translation>
    </message>
    <message>
        <source>Politique de risque « %1 », version %2</source>
        <translation>Risk policy “%1”, version %2</translation>
    </message>
    <message>
        <source>Limite recommandée : %1</source>
        <translation>Recommended limit: %1</translation>
    </message>
    <message>
        <source>Règle déterminante : %1</source>
        <translation>Binding rule: %1</translation>
    </message>
    <message>
        <source>Paiement exigé avant livraison : aucun encours autorisé.</source>
        <translation>Payment required before delivery: no credit allowed.</translation>
    </message>
    <message>
        <source>Acompte de %1 % demandé à chaque commande.</source>
        <translation>Deposit of %1 % required with each order.</translation>
    </message>
    <message>
        <source>Aucun acompte demandé.</source>
        <translation>No deposit required.</translation>
    </message>
    <message>
        <source>Aucune limite en vigueur : pas d&apos;encours autorisé à ce jour.</source>
        <translation>No limit in force: no credit allowed to date.</translation>
    </message>
    <message>
        <source>Limite en vigueur : &lt;b&gt;%1&lt;/b&gt;, accordée le %2 par %3 ; à revoir le %4.</source>
        <translation>Limit in force: &lt;b&gt;%1&lt;/b&gt;, granted on %2 by %3; to review on %4.</translation>
    </message>
    <message>
        <source>Revue dépassée.</source>
        <translation>Review overdue.</translation>
    </message>
    <message numerus="yes">
        <source>%1 : une facture du %2 est due le %3, %n jour(s) plus tard.</source>
        <translation>
            <numerusform>%1: an invoice of %2 is due on %3, %n day later.</numerusform>
            <numerusform>%1: an invoice of %2 is due on %3, %n days later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Au-delà du délai légal (Code de commerce, L441-10).</source>
        <translation>Beyond the legal maximum (Code de commerce, L441-10).</translation>
    </message>
    <message>
        <source>Conditions de paiement</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>un montant négatif n&apos;a pas de sens ici</source>
        <translation>a negative amount makes no sense here</translation>
    </message>
    <message>
        <source>Achats annuels prévus</source>
        <translation>Expected annual purchases</translation>
    </message>
    <message>
        <source>Garantie de l&apos;assureur-crédit</source>
        <translation>Credit insurer&apos;s cover</translation>
    </message>
    <message>
        <source>Profil de crédit enregistré : la recommandation est recalculée.</source>
        <translation>Credit profile saved: the recommendation is recomputed.</translation>
    </message>
    <message>
        <source>Limite de %1 accordée</source>
        <translation>Limit of %1 granted</translation>
    </message>
</context>
<context>
    <name>pc::ui::CreditPageBase</name>
    <message>
        <source>Analyse impossible : %1</source>
        <translation>Analysis impossible: %1</translation>
    </message>
</context>
<context>
    <name>pc::ui::CycleNavigator</name>
    <message>
        <source>CYCLE CLIENT</source>
        <translation>CUSTOMER CYCLE</translation>
    </message>
    <message>
        <source>Portefeuille clients</source>
        <translation>Client portfolio</translation>
    </message>
    <message>
        <source>Fiche client</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>1  S&apos;informer</source>
        <translation>1  Gather information</translation>
    </message>
    <message>
        <source>2  Ligne de crédit</source>
        <translation>2  Credit line</translation>
    </message>
    <message>
        <source>3  Ouvrir le compte</source>
        <translation>3  Open the account</translation>
    </message>
    <message>
        <source>4  Commandes</source>
        <translation>4  Orders</translation>
    </message>
    <message>
        <source>5  Livraisons</source>
        <translation>5  Deliveries</translation>
    </message>
    <message>
        <source>6  Facturation</source>
        <translation>6  Invoicing</translation>
    </message>
    <message>
        <source>7  Encaissements</source>
        <translation>7  Collection</translation>
    </message>
    <message>
        <source>8  Recouvrement</source>
        <translation>8  Recovery</translation>
    </message>
    <message>
        <source>9  Impacts financiers</source>
        <translation>9  Financial impact</translation>
    </message>
    <message>
        <source>Cette étape arrive dans une prochaine version.</source>
        <translation>This stage comes in a later version.</translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>pc::ui::DashboardChart</name>
    <message>
        <source>Encours</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Non échu</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>En litige</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>DSO par épuisement</source>
        <translation>Count-back DSO</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Dont échu</source>
        <translation>Of which past due</translation>
    </message>
    <message>
        <source>Confiance haute</source>
        <translation>High confidence</translation>
    </message>
    <message>
        <source>Moyenne</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Faible</source>
        <translation>Low</translation>
    </message>
</context>
<context>
    <name>pc::ui::DashboardPage</name>
    <message>
        <source>sans objectif</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>objectif %1 %2</source>
        <translation>target %1 %2</translation>
    </message>
    <message>
        <source>objectif %1 %2, écart %3%4</source>
        <translation>target %1 %2, gap %3%4</translation>
    </message>
    <message>
        <source>Prendre en compte…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Rapport d&apos;impact (PDF)…</source>
        <translation>Impact report (PDF)…</translation>
    </message>
    <message>
        <source>Tableau de bord : %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>Encours clients</source>
        <translation>Client receivables</translation>
    </message>
    <message>
        <source>Échu</source>
        <translation>Past due</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>CEI (90 jours)</source>
        <translation>CEI (90 days)</translation>
    </message>
    <message>
        <source>Retard moyen (ADD)</source>
        <translation>Average days delinquent (ADD)</translation>
    </message>
    <message>
        <source>Encours à risque</source>
        <translation>Exposure at risk</translation>
    </message>
    <message>
        <source>Utilisation des limites</source>
        <translation>Limit utilisation</translation>
    </message>
    <message>
        <source>Balance âgée (par échéance)</source>
        <translation>Aged balance (by due date)</translation>
    </message>
    <message>
        <source>DSO sur douze mois</source>
        <translation>DSO over twelve months</translation>
    </message>
    <message>
        <source>Premiers encours</source>
        <translation>Largest exposures</translation>
    </message>
    <message>
        <source>Prévision d&apos;encaissement</source>
        <translation>Cash-in forecast</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alertes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alerts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-cliquer ouvre le client.</source>
        <translation>Double-click to open the client.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classement ABC (encours)&lt;/b&gt;</source>
        <translation>&lt;b&gt;ABC ranking (outstanding)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tableau de bord au %1 — calcul en cours…</source>
        <translation>Dashboard as of %1 — calculating…</translation>
    </message>
    <message>
        <source>Tableau de bord au %1</source>
        <translation>Dashboard as of %1</translation>
    </message>
    <message>
        <source>%1 : %2 client(s), %3</source>
        <translation>%1: %2 client(s), %3</translation>
    </message>
    <message>
        <source>dont non échu %1</source>
        <translation>of which not yet due %1</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <source>j</source>
        <translation>d</translation>
    </message>
    <message>
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>meilleur DSO possible %1 j</source>
        <translation>best possible DSO %1 d</translation>
    </message>
    <message>
        <source>%1 sur %2 de limites</source>
        <translation>%1 of %2 in limits</translation>
    </message>
    <message>
        <source>Prendre en compte l&apos;alerte</source>
        <translation>Acknowledge the alert</translation>
    </message>
    <message>
        <source>%1 — %2
Note (facultative) :</source>
        <translation>%1 — %2
Note (optional):</translation>
    </message>
    <message>
        <source>Alerte</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Alerte prise en compte : %1</source>
        <translation>Alert acknowledged: %1</translation>
    </message>
    <message>
        <source>Rapport d&apos;impact</source>
        <translation>Impact report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rapport d&apos;impact du %1 au %2 écrit dans %3</source>
        <translation>Impact report from %1 to %2 written to %3</translation>
    </message>
    <message>
        <source>procédures, contentieux et retards de plus de 90 jours</source>
        <translation>insolvency, legal recovery and items over 90 days late</translation>
    </message>
</context>
<context>
    <name>pc::ui::DeliverPage</name>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Commandé</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Déjà livré</source>
        <translation>Already delivered</translation>
    </message>
    <message>
        <source>Reste</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>À livrer</source>
        <translation>To deliver</translation>
    </message>
    <message>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <source>facturée le %1</source>
        <translation>invoiced on %1</translation>
    </message>
    <message>
        <source>à facturer</source>
        <translation>to invoice</translation>
    </message>
    <message>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Réf. client</source>
        <translation>Client ref.</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reste à livrer TTC</source>
        <translation>Left to deliver incl. VAT</translation>
    </message>
    <message>
        <source>Livraison</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Bon signé le</source>
        <translation>Note signed on</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Facturation</source>
        <translation>Invoicing</translation>
    </message>
    <message>
        <source>Dérogation au contrôle</source>
        <translation>Check override</translation>
    </message>
    <message>
        <source>Commandes à livrer</source>
        <translation>Orders to deliver</translation>
    </message>
    <message>
        <source>Aucune commande confirmée à livrer : confirmez une commande à l&apos;étape 4.</source>
        <translation>No confirmed order to deliver: confirm an order at stage 4.</translation>
    </message>
    <message>
        <source>si le bon signé est déjà revenu</source>
        <translation>if the signed note has already come back</translation>
    </message>
    <message>
        <source>Livrer</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <source>Date de livraison :</source>
        <translation>Delivery date:</translation>
    </message>
    <message>
        <source>Bon signé le :</source>
        <translation>Note signed on:</translation>
    </message>
    <message>
        <source>Signataire :</source>
        <translation>Signatory:</translation>
    </message>
    <message>
        <source>Contrôle de crédit de cette livraison</source>
        <translation>Credit check for this delivery</translation>
    </message>
    <message>
        <source>Livraisons du client</source>
        <translation>Client&apos;s deliveries</translation>
    </message>
    <message>
        <source>Enregistrer le bon signé…</source>
        <translation>Record the signed note…</translation>
    </message>
    <message>
        <source>Choisissez une commande à livrer.</source>
        <translation>Choose an order to deliver.</translation>
    </message>
    <message>
        <source>Aucune quantité à livrer.</source>
        <translation>No quantity to deliver.</translation>
    </message>
    <message>
        <source>livrer la commande %1</source>
        <translation>deliver order %1</translation>
    </message>
    <message>
        <source>Livraison de la commande %1 non effectuée : le contrôle de crédit l&apos;arrête.</source>
        <translation>Order %1 not delivered: the credit check stops it.</translation>
    </message>
    <message>
        <source>Livraison %1 enregistrée pour la commande %2.</source>
        <translation>Delivery %1 recorded for order %2.</translation>
    </message>
    <message>
        <source>Bon signé de la livraison %1</source>
        <translation>Signed note of delivery %1</translation>
    </message>
    <message>
        <source>Signé le :</source>
        <translation>Signed on:</translation>
    </message>
    <message>
        <source>Bon signé de la livraison %1 enregistré.</source>
        <translation>Signed note of delivery %1 recorded.</translation>
    </message>
</context>
<context>
    <name>pc::ui::DisputeDialog</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nouveau litige</source>
        <translation>New dispute</translation>
    </message>
    <message>
        <source>vide : tout le montant ouvert</source>
        <translation>empty: the whole open amount</translation>
    </message>
    <message>
        <source>Qui instruit le litige : le commercial, la logistique, la comptabilité…</source>
        <translation>Who handles the dispute: the sales rep, logistics, accounting…</translation>
    </message>
    <message>
        <source>ce que le client conteste</source>
        <translation>what the client disputes</translation>
    </message>
    <message>
        <source>Le montant en litige sort des relances et apparaît à part dans l&apos;encours jusqu&apos;à sa résolution.</source>
        <translation>The disputed amount is left out of reminders and shown separately in the exposure until the dispute is resolved.</translation>
    </message>
    <message>
        <source>C&amp;lient :</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <source>&amp;Facture :</source>
        <translation>&amp;Invoice:</translation>
    </message>
    <message>
        <source>&amp;Montant contesté :</source>
        <translation>Disputed &amp;amount:</translation>
    </message>
    <message>
        <source>Mo&amp;tif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Responsable :</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Ouvrir le litige</source>
        <translation>Open the dispute</translation>
    </message>
    <message>
        <source>%1 — %2 ouverts, échéance %3</source>
        <translation>%1 — %2 open, due %3</translation>
    </message>
    <message>
        <source>Choisissez le client.</source>
        <translation>Choose the client.</translation>
    </message>
</context>
<context>
    <name>pc::ui::DisputeResolutionDialog</name>
    <message>
        <source>Résoudre le litige</source>
        <translation>Resolve the dispute</translation>
    </message>
    <message>
        <source>Avoir du montant contesté</source>
        <translation>Credit note for the disputed amount</translation>
    </message>
    <message>
        <source>Rejeté : la facture est due</source>
        <translation>Rejected: the invoice is due</translation>
    </message>
    <message>
        <source>Avoir partiel</source>
        <translation>Partial credit note</translation>
    </message>
    <message>
        <source>ce qui a été décidé, avec qui</source>
        <translation>what was decided, and with whom</translation>
    </message>
    <message>
        <source>Litige sur la facture &lt;b&gt;%1&lt;/b&gt; de &lt;b&gt;%2&lt;/b&gt; : %3 contestés (%4).</source>
        <translation>Dispute on invoice &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt;: %3 disputed (%4).</translation>
    </message>
    <message>
        <source>Un avoir s&apos;émet sur la série des factures (étape 6) et s&apos;inscrit au compte du client.</source>
        <translation>A credit note is issued in the invoice number series (stage 6) and posted to the client&apos;s account.</translation>
    </message>
    <message>
        <source>&amp;Décision :</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Montant de l&apos;&amp;avoir TTC :</source>
        <translation>Credit note &amp;amount incl. VAT:</translation>
    </message>
    <message>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Résoudre</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>vide : %1</source>
        <translation>empty: %1</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>pc::ui::DisputesTab</name>
    <message>
        <source>En cours d&apos;anal&amp;yse</source>
        <translation>Investi&amp;gate</translation>
    </message>
    <message>
        <source>&amp;Résoudre…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <source>Litiges en cours</source>
        <translation>Active disputes</translation>
    </message>
    <message>
        <source>Tous les litiges</source>
        <translation>All disputes</translation>
    </message>
    <message>
        <source>Le litige passe à l&apos;analyse, à votre nom</source>
        <translation>The dispute moves to investigation, in your name</translation>
    </message>
    <message>
        <source>&amp;Nouveau litige…</source>
        <translation>Ne&amp;w dispute…</translation>
    </message>
    <message>
        <source>Litiges en cours par motif :
%1</source>
        <translation>Active disputes by reason:
%1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n litige(s) en cours&lt;/b&gt; pour &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n active dispute&lt;/b&gt; for &lt;b&gt;%1&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n active disputes&lt;/b&gt; for &lt;b&gt;%1&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · âge moyen %n jour(s)</source>
        <translation>
            <numerusform> · average age %n day</numerusform>
            <numerusform> · average age %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, le plus ancien %n jour(s)</source>
        <translation>
            <numerusform>, oldest %n day</numerusform>
            <numerusform>, oldest %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n résolu(s)</source>
        <translation>
            <numerusform> · %n resolved</numerusform>
            <numerusform> · %n resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, en %n jour(s) en moyenne</source>
        <translation>
            <numerusform>, in %n day on average</numerusform>
            <numerusform>, in %n days on average</numerusform>
        </translation>
    </message>
    <message>
        <source>Litige ouvert : son montant sort des relances jusqu&apos;à sa résolution.</source>
        <translation>Dispute opened: its amount is left out of reminders until it is resolved.</translation>
    </message>
    <message>
        <source>Litige non modifié</source>
        <translation>Dispute not changed</translation>
    </message>
    <message>
        <source>Litige sur %1 en cours d&apos;analyse par %2.</source>
        <translation>Dispute on %1 under investigation by %2.</translation>
    </message>
    <message>
        <source>Litige résolu.</source>
        <translation>Dispute resolved.</translation>
    </message>
</context>
<context>
    <name>pc::ui::DunningCallDialog</name>
    <message>
        <source>Promesse de paiement</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <source>Noter l&apos;appel</source>
        <translation>Log the call</translation>
    </message>
    <message>
        <source>ce que le client a dit, à qui vous avez parlé</source>
        <translation>what the client said, who you spoke to</translation>
    </message>
    <message>
        <source>Le jour où rappeler ou agir ; vide si rien n&apos;est prévu.</source>
        <translation>The day to call back or act; empty if nothing is planned.</translation>
    </message>
    <message>
        <source>qui s&apos;est engagé</source>
        <translation>who made the commitment</translation>
    </message>
    <message>
        <source>&amp;Montant :</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Payé &amp;le :</source>
        <translation>Payment &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Interlocuteur :</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Appel de relance à &lt;b&gt;%1&lt;/b&gt; : son résultat clôt la tâche.</source>
        <translation>Reminder call to &lt;b&gt;%1&lt;/b&gt;: its outcome closes the task.</translation>
    </message>
    <message>
        <source>Appel à &lt;b&gt;%1&lt;/b&gt;, en dehors du scénario de relance.</source>
        <translation>Call to &lt;b&gt;%1&lt;/b&gt;, outside the dunning scenario.</translation>
    </message>
    <message>
        <source>&amp;Résultat :</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Prochaine action le :</source>
        <translation>Ne&amp;xt action on:</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;appel</source>
        <translation>Save the call</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>L&apos;appel n&apos;a pas été enregistré : %1</source>
        <translation>The call was not saved: %1</translation>
    </message>
</context>
<context>
    <name>pc::ui::DunningPlanModel</name>
    <message numerus="yes">
        <source>%n j</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>à échoir</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <source>à confirmer</source>
        <translation>to confirm</translation>
    </message>
    <message>
        <source>automatique</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>Étape avancée : une promesse de paiement n&apos;a pas été tenue.</source>
        <translation>Step escalated: a promise to pay was not kept.</translation>
    </message>
    <message>
        <source>%1 — échéance %2 — %3</source>
        <translation>%1 — due %2 — %3</translation>
    </message>
    <message>
        <source> (dont %1 en litige)</source>
        <translation> (of which %1 disputed)</translation>
    </message>
    <message>
        <source>Le document attend votre confirmation (Ctrl+Entrée).</source>
        <translation>The document awaits your confirmation (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Part avec le lot automatique, ou dès maintenant si vous le confirmez.</source>
        <translation>Goes out with the automatic batch, or right away if you confirm it.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Pièces</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Sales rep</translation>
    </message>
</context>
<context>
    <name>pc::ui::DunningWorklistTab</name>
    <message>
        <source>Prévue le</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Tâche</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Pièces</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Confirmer et envoyer</source>
        <translation>Confirm and send</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Aperçu du document</source>
        <translation>Preview document</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Noter l&apos;appel</source>
        <translation>Log the call</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Écrit le document de l&apos;action choisie dans le dossier des relances, ou ajoute l&apos;appel aux tâches</source>
        <translation>Writes the document of the selected action to the dunning folder, or adds the call to the tasks</translation>
    </message>
    <message>
        <source>Montre le document tel qu&apos;il partira</source>
        <translation>Shows the document as it will be sent</translation>
    </message>
    <message>
        <source>Note le résultat de l&apos;appel choisi, ou d&apos;un appel au client choisi</source>
        <translation>Logs the outcome of the selected call, or of a call to the selected client</translation>
    </message>
    <message>
        <source>Actions du jour</source>
        <translation>Today&apos;s actions</translation>
    </message>
    <message>
        <source>Envoyer le lot automati&amp;que…</source>
        <translation>Send the automatic &amp;batch…</translation>
    </message>
    <message>
        <source>Écrit, hors de l&apos;interface, les documents des étapes qui ne demandent pas de confirmation</source>
        <translation>Writes, in the background, the documents of the steps that need no confirmation</translation>
    </message>
    <message>
        <source>Confirmer et envo&amp;yer</source>
        <translation>Confi&amp;rm and send</translation>
    </message>
    <message>
        <source>Aperçu du d&amp;ocument</source>
        <translation>Preview d&amp;ocument</translation>
    </message>
    <message>
        <source>&amp;Noter l&apos;appel…</source>
        <translation>Lo&amp;g the call…</translation>
    </message>
    <message>
        <source>Entrée ouvre l&apos;aperçu ; un double-clic sur une tâche note l&apos;appel.</source>
        <translation>Enter opens the preview; double-clicking a task logs the call.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aucune action&lt;/b&gt; au %1 : chaque client est à jour de son scénario.</source>
        <translation>&lt;b&gt;No actions&lt;/b&gt; as of %1: every client is up to date with its scenario.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n action(s)&lt;/b&gt; au %1 pour %2 — %3 à confirmer, %4 automatique(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n action&lt;/b&gt; as of %1 for %2 — %3 to confirm, %4 automatic</numerusform>
            <numerusform>&lt;b&gt;%n actions&lt;/b&gt; as of %1 for %2 — %3 to confirm, %4 automatic</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Tâches à faire&lt;/b&gt; : aucune.</source>
        <translation>&lt;b&gt;Tasks to do&lt;/b&gt;: none.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Tâches à faire&lt;/b&gt; : %n appel(s) ou transmission(s) en attente</source>
        <translation>
            <numerusform>&lt;b&gt;Tasks to do&lt;/b&gt;: %n call or handover pending</numerusform>
            <numerusform>&lt;b&gt;Tasks to do&lt;/b&gt;: %n calls or handovers pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients en attente (%1) : promesse, litige, procédure ou montant sous le minimum</source>
        <translation>Clients on hold (%1): promise, dispute, proceedings or amount below the minimum</translation>
    </message>
    <message>
        <source>Action non réalisée</source>
        <translation>Action not carried out</translation>
    </message>
    <message>
        <source>%1 — %2 : ajouté aux tâches à faire.</source>
        <translation>%1 — %2: added to the tasks to do.</translation>
    </message>
    <message>
        <source>%1 — %2 : document écrit, %3.</source>
        <translation>%1 — %2: document written, %3.</translation>
    </message>
    <message>
        <source>Écrit(s) dans %1 : %2</source>
        <translation>Written to %1: %2</translation>
    </message>
    <message>
        <source>Un appel n&apos;a pas de document : confirmez-le pour l&apos;ajouter aux tâches.</source>
        <translation>A call has no document: confirm it to add it to the tasks.</translation>
    </message>
    <message>
        <source>aperçu</source>
        <translation>preview</translation>
    </message>
    <message>
        <source>Aperçu impossible</source>
        <translation>Preview failed</translation>
    </message>
    <message>
        <source>Appel noté pour %1, avec sa promesse de paiement : les relances attendent son échéance.</source>
        <translation>Call logged for %1, with its promise to pay: reminders wait for its due date.</translation>
    </message>
    <message>
        <source>Appel noté pour %1.</source>
        <translation>Call logged for %1.</translation>
    </message>
    <message>
        <source>Lot automatique</source>
        <translation>Automatic batch</translation>
    </message>
    <message numerus="yes">
        <source>Envoyer les %n document(s) automatique(s) du %1 ?</source>
        <translation>
            <numerusform>Send the %n automatic document for %1?</numerusform>
            <numerusform>Send the %n automatic documents for %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ils seront écrits dans %1. Les actions à confirmer restent dans la liste.</source>
        <translation>They will be written to %1. The actions to confirm stay in the list.</translation>
    </message>
    <message>
        <source>&amp;Envoyer</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Envoi du lot automatique du %1…</source>
        <translation>Sending the automatic batch for %1…</translation>
    </message>
    <message>
        <source>Recouvrer</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Lot automatique annulé : rien n&apos;a été envoyé.</source>
        <translation>Automatic batch cancelled: nothing was sent.</translation>
    </message>
    <message>
        <source>Lot automatique refusé, rien n&apos;a été envoyé</source>
        <translation>Automatic batch refused, nothing was sent</translation>
    </message>
    <message numerus="yes">
        <source>Lot automatique du %1 : %n action(s) réalisée(s).</source>
        <translation>
            <numerusform>Automatic batch for %1: %n action carried out.</numerusform>
            <numerusform>Automatic batch for %1: %n actions carried out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) écrit(s) dans %1.
</source>
        <translation>
            <numerusform>%n document written to %1.
</numerusform>
            <numerusform>%n documents written to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) attendent votre confirmation.</source>
        <translation>
            <numerusform>%n action awaits your confirmation.</numerusform>
            <numerusform>%n actions await your confirmation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ui::EstablishmentDialog</name>
    <message>
        <source>Siège social</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Établissement fermé</source>
        <translation>Establishment closed</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Enseigne</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>ce SIRET n&apos;appartient pas au SIREN %1</source>
        <translation>this SIRET does not belong to the SIREN %1</translation>
    </message>
</context>
<context>
    <name>pc::ui::ImpactAgingTab</name>
    <message>
        <source>Non échu</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Date d&apos;échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Date de facture</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Limites des tranches en jours, croissantes, séparées par des virgules</source>
        <translation>Bucket limits in days, in ascending order, separated by commas</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Retard (j)</source>
        <translation>Delay (d)</translation>
    </message>
    <message>
        <source>Ouvert</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Âge selon</source>
        <translation>Age by</translation>
    </message>
    <message>
        <source>Tranches (jours)</source>
        <translation>Buckets (days)</translation>
    </message>
    <message>
        <source>Regrouper par</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>Tranches : %1</source>
        <translation>Buckets: %1</translation>
    </message>
    <message>
        <source>Sélectionnez un client pour voir ses pièces ouvertes.</source>
        <translation>Select a client to see its open items.</translation>
    </message>
    <message>
        <source>Balance âgée au %1 : %2 ouverts, dont %3 en litige à part</source>
        <translation>Aged balance as of %1: %2 open, of which %3 disputed, shown separately</translation>
    </message>
    <message>
        <source>(non renseigné)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>En litige</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Pièces ouvertes de %1 au %2 (double-clic sur le client : sa fiche)</source>
        <translation>Open items of %1 as of %2 (double-click the client to open its file)</translation>
    </message>
    <message>
        <source>Export de la balance âgée</source>
        <translation>Aged balance export</translation>
    </message>
    <message numerus="yes">
        <source>Balance âgée exportée : %n client(s) dans %1</source>
        <translation>
            <numerusform>Aged balance exported: %n client to %1</numerusform>
            <numerusform>Aged balance exported: %n clients to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporter la balance âgée</source>
        <translation>Export the aged balance</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>pc::ui::ImpactForecastTab</name>
    <message>
        <source>Par semaine</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>Par mois</source>
        <translation>By month</translation>
    </message>
    <message>
        <source> période(s)</source>
        <translation> period(s)</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Confiance élevée</source>
        <translation>High confidence</translation>
    </message>
    <message>
        <source>Moyenne</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Faible</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Attendu sur l&apos;horizon : &lt;b&gt;%1&lt;/b&gt; · au-delà : &lt;b&gt;%2&lt;/b&gt; · à part : en litige &lt;b&gt;%3&lt;/b&gt;, en procédure collective &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Expected within the horizon: &lt;b&gt;%1&lt;/b&gt; · beyond: &lt;b&gt;%2&lt;/b&gt; · set apart: disputed &lt;b&gt;%3&lt;/b&gt;, in insolvency proceedings &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>Encaissements attendus par niveau de confiance</source>
        <translation>Expected cash-in by confidence level</translation>
    </message>
</context>
<context>
    <name>pc::ui::ImpactKpiTab</name>
    <message>
        <source>j</source>
        <translation>d</translation>
    </message>
    <message>
        <source>(non renseigné)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Microentreprise</source>
        <translation>Micro-enterprise</translation>
    </message>
    <message>
        <source>PME</source>
        <translation>SME</translation>
    </message>
    <message>
        <source>ETI</source>
        <translation>Mid-sized company</translation>
    </message>
    <message>
        <source>Grande entreprise</source>
        <translation>Large company</translation>
    </message>
    <message>
        <source>(inconnue)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Par commercial</source>
        <translation>By sales rep</translation>
    </message>
    <message>
        <source>Par segment</source>
        <translation>By segment</translation>
    </message>
    <message>
        <source>Par section NAF</source>
        <translation>By NAF section</translation>
    </message>
    <message>
        <source>Par région</source>
        <translation>By region</translation>
    </message>
    <message>
        <source>Par taille</source>
        <translation>By size</translation>
    </message>
    <message>
        <source>Sur l&apos;encours</source>
        <translation>On outstanding</translation>
    </message>
    <message>
        <source>Sur les ventes des 12 derniers mois</source>
        <translation>On sales of the last 12 months</translation>
    </message>
    <message>
        <source>Commerciaux et segments</source>
        <translation>Sales reps and segments</translation>
    </message>
    <message>
        <source>Profil des retardataires</source>
        <translation>Late payer profile</translation>
    </message>
    <message>
        <source>Classement ABC</source>
        <translation>ABC ranking</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Encours</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Échu</source>
        <translation>Past due</translation>
    </message>
    <message>
        <source>Ventes (période)</source>
        <translation>Sales (period)</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>Meilleur DSO</source>
        <translation>Best DSO</translation>
    </message>
    <message>
        <source>Retard moyen (ADD)</source>
        <translation>Average days delinquent (ADD)</translation>
    </message>
    <message>
        <source>DSO count-back</source>
        <translation>Count-back DSO</translation>
    </message>
    <message>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <source>Part échue</source>
        <translation>Past-due share</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Délai de paiement</source>
        <translation>Days to pay</translation>
    </message>
    <message>
        <source>Retard moyen</source>
        <translation>Average delay</translation>
    </message>
    <message>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Cumul</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>CEI (efficacité du recouvrement)</source>
        <translation>CEI (collection effectiveness)</translation>
    </message>
    <message>
        <source>Part échue de l&apos;encours</source>
        <translation>Past-due share of receivables</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>jours</source>
        <translation>days</translation>
    </message>
    <message>
        <source>DSO sur 12 mois</source>
        <translation>DSO over 12 months</translation>
    </message>
    <message>
        <source>régulier</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>assez régulier</source>
        <translation>fairly regular</translation>
    </message>
    <message>
        <source>peu d&apos;historique ou irrégulier</source>
        <translation>little history or irregular</translation>
    </message>
    <message>
        <source>Habitudes de paiement</source>
        <translation>Payment habits</translation>
    </message>
    <message>
        <source>Factures réglées</source>
        <translation>Invoices settled</translation>
    </message>
    <message>
        <source>Montant réglé</source>
        <translation>Amount settled</translation>
    </message>
    <message>
        <source>Écart moyen</source>
        <translation>Mean deviation</translation>
    </message>
    <message>
        <source>Régularité</source>
        <translation>Regularity</translation>
    </message>
</context>
<context>
    <name>pc::ui::ImpactPage</name>
    <message>
        <source>&amp;Balance âgée</source>
        <translation>&amp;Aged balance</translation>
    </message>
    <message>
        <source>&amp;Indicateurs</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>&amp;Provisions</source>
        <translation>&amp;Provisions</translation>
    </message>
    <message>
        <source>&amp;Rentabilité</source>
        <translation>P&amp;rofitability</translation>
    </message>
    <message>
        <source>Pré&amp;vision d&apos;encaissement</source>
        <translation>Cash-in f&amp;orecast</translation>
    </message>
</context>
<context>
    <name>pc::ui::ImpactProfitabilityTab</name>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Ventes HT</source>
        <translation>Sales excl. VAT</translation>
    </message>
    <message>
        <source>Encours moyen</source>
        <translation>Average outstanding</translation>
    </message>
    <message>
        <source>Financement</source>
        <translation>Financing</translation>
    </message>
    <message>
        <source>Recouvrement</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Perte attendue</source>
        <translation>Expected loss</translation>
    </message>
    <message>
        <source>Marge</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>Hausse de prix</source>
        <translation>Price increase</translation>
    </message>
    <message>
        <source>Rentabilité du %1 au %2 : résultat %3 sur %4 de ventes</source>
        <translation>Profitability from %1 to %2: profit %3 on %4 of sales</translation>
    </message>
</context>
<context>
    <name>pc::ui::ImpactProvisionsTab</name>
    <message>
        <source>Ancienneté (%1 j)</source>
        <translation>Age (%1 d)</translation>
    </message>
    <message>
        <source>Procédure collective</source>
        <translation>Insolvency proceedings</translation>
    </message>
    <message>
        <source>Action en justice</source>
        <translation>Legal action</translation>
    </message>
    <message>
        <source>Litige</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>Taux choisi</source>
        <translation>Chosen rate</translation>
    </message>
    <message>
        <source>Reclassement en douteux</source>
        <translation>Reclassified as doubtful</translation>
    </message>
    <message>
        <source>Dotation</source>
        <translation>Provision charge</translation>
    </message>
    <message>
        <source>Reprise</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>Passage en perte</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <source>&amp;Taux pour cette facture…</source>
        <translation>Ra&amp;te for this invoice…</translation>
    </message>
    <message>
        <source>Passer en &amp;perte…</source>
        <translation>&amp;Write off…</translation>
    </message>
    <message>
        <source>Exporter les écritures (&amp;FEC)…</source>
        <translation>E&amp;xport the entries (FEC)…</translation>
    </message>
    <message>
        <source>Revue au</source>
        <translation>Review as of</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journal des écritures&lt;/b&gt; du</source>
        <translation>&lt;b&gt;Entries journal&lt;/b&gt; from</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Retard (j)</source>
        <translation>Delay (d)</translation>
    </message>
    <message>
        <source>Ouvert TTC</source>
        <translation>Open incl. VAT</translation>
    </message>
    <message>
        <source>Base HT</source>
        <translation>Base excl. VAT</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Provision cible</source>
        <translation>Target provision</translation>
    </message>
    <message>
        <source>Déjà provisionné</source>
        <translation>Already provided</translation>
    </message>
    <message>
        <source>Mouvement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Écriture</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Revue des provisions</source>
        <translation>Provision review</translation>
    </message>
    <message>
        <source>Créances douteuses : &lt;b&gt;%1&lt;/b&gt; TTC · provisions après écritures : &lt;b&gt;%2&lt;/b&gt; · dotation à passer : &lt;b&gt;%3&lt;/b&gt; · reprise : &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Doubtful receivables: &lt;b&gt;%1&lt;/b&gt; incl. VAT · provisions after posting: &lt;b&gt;%2&lt;/b&gt; · provision charge to post: &lt;b&gt;%3&lt;/b&gt; · reversal: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Journal des provisions</source>
        <translation>Provisions journal</translation>
    </message>
    <message>
        <source>&amp;Comptabiliser au %1</source>
        <translation>&amp;Book as of %1</translation>
    </message>
    <message>
        <source>Comptabiliser les provisions au %1 ? Les reclassements en douteux, dotations et reprises de la revue seront enregistrés dans le journal.</source>
        <translation>Book the provisions as of %1? The review&apos;s reclassifications as doubtful, provision charges and reversals will be recorded in the journal.</translation>
    </message>
    <message>
        <source>Comptabiliser les provisions</source>
        <translation>Book the provisions</translation>
    </message>
    <message>
        <source>Comptabilisation des provisions</source>
        <translation>Booking the provisions</translation>
    </message>
    <message>
        <source>Provisions comptabilisées au %1 : dotation %2, reprise %3.</source>
        <translation>Provisions booked as of %1: provision charge %2, reversal %3.</translation>
    </message>
    <message>
        <source>Taux pour cette facture</source>
        <translation>Rate for this invoice</translation>
    </message>
    <message>
        <source>Taux de provision de %1 en % (vide : celui des règles)</source>
        <translation>Provision rate for %1 in % (empty: the rate from the rules)</translation>
    </message>
    <message>
        <source>Passer %1 en perte</source>
        <translation>Write off %1</translation>
    </message>
    <message>
        <source>Motif (obligatoire)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>%1 passée en perte le %2.</source>
        <translation>%1 written off on %2.</translation>
    </message>
    <message>
        <source>Export des écritures</source>
        <translation>Entries export</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) d&apos;écritures exportée(s) dans %1</source>
        <translation>
            <numerusform>%n entry line exported to %1</numerusform>
            <numerusform>%n entry lines exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporter les écritures de provisions</source>
        <translation>Export the provision entries</translation>
    </message>
    <message>
        <source>FEC (*.txt);;Tous les fichiers (*)</source>
        <translation>FEC (*.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>pc::ui::ImpactTab</name>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pc::ui::InformPage</name>
    <message>
        <source>Analyse financière</source>
        <translation>Financial analysis</translation>
    </message>
    <message>
        <source>Liasses fiscales</source>
        <translation>Tax returns</translation>
    </message>
    <message>
        <source>Activité et structure financière</source>
        <translation>Activity and financial structure</translation>
    </message>
    <message>
        <source>k€</source>
        <translation>k€</translation>
    </message>
    <message>
        <source>BFR et délais de paiement</source>
        <translation>BFR and payment days</translation>
    </message>
    <message>
        <source>jours de chiffre d&apos;affaires</source>
        <translation>days of turnover</translation>
    </message>
    <message>
        <source>Nouvel exercice…</source>
        <translation>New fiscal year…</translation>
    </message>
    <message>
        <source>Corriger l&apos;exercice sélectionné</source>
        <translation>Correct the selected year</translation>
    </message>
    <message>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Liasses au format JSON ou CSV, un ou plusieurs exercices, d&apos;un ou plusieurs clients</source>
        <translation>Tax returns as JSON or CSV, one or more years, of one or more clients</translation>
    </message>
    <message>
        <source>Abandonner la saisie</source>
        <translation>Discard the entry</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;exercice</source>
        <translation>Save the fiscal year</translation>
    </message>
    <message>
        <source>Lignes renseignées seulement</source>
        <translation>Filled lines only</translation>
    </message>
    <message>
        <source>Pendant une saisie, toutes les lignes de la liasse restent affichées.</source>
        <translation>During an entry, every line of the tax return stays shown.</translation>
    </message>
    <message>
        <source>Tapez les montants dans la colonne de saisie, en euros. Une ligne laissée vide est inconnue, pas nulle : ne remplissez que les lignes de la liasse.</source>
        <translation>Type the amounts in the entry column, in euros. A line left empty is unknown, not zero: fill only the lines of the tax return.</translation>
    </message>
    <message>
        <source>Aucune liasse fiscale pour ce client : saisissez un exercice ou importez un fichier dans l&apos;onglet « Liasses fiscales ».</source>
        <translation>No tax return for this client: enter a year or import a file in the “Tax returns” tab.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercice(s) connu(s), de %1 à %2. Dernier exercice clos le %3.</source>
        <translation>
            <numerusform>%n fiscal year known, from %1 to %2. Last year closed on %3.</numerusform>
            <numerusform>%n fiscal years known, from %1 to %2. Last year closed on %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;Exercice %1&lt;/b&gt; : %2</source>
        <translation>⚠ &lt;b&gt;Fiscal year %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>✔ Aucun signal d&apos;alerte sur les exercices connus.</source>
        <translation>✔ No warning sign in the known years.</translation>
    </message>
    <message>
        <source>Chiffre d&apos;affaires</source>
        <translation>Turnover</translation>
    </message>
    <message>
        <source>EBE</source>
        <translation>EBE</translation>
    </message>
    <message>
        <source>Capitaux propres</source>
        <translation>Equity</translation>
    </message>
    <message>
        <source>Trésorerie nette</source>
        <translation>Net cash</translation>
    </message>
    <message>
        <source>BFR</source>
        <translation>BFR</translation>
    </message>
    <message>
        <source>Délai clients</source>
        <translation>Customer payment days</translation>
    </message>
    <message>
        <source>Délai fournisseurs</source>
        <translation>Supplier payment days</translation>
    </message>
    <message>
        <source>Nouvel exercice</source>
        <translation>New fiscal year</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Date de clôture :</source>
        <translation>Closing date:</translation>
    </message>
    <message>
        <source>Durée :</source>
        <translation>Length:</translation>
    </message>
    <message>
        <source>Régime :</source>
        <translation>Regime:</translation>
    </message>
    <message>
        <source>Exercice %1 enregistré</source>
        <translation>Fiscal year %1 saved</translation>
    </message>
    <message>
        <source>Exercice refusé, rien n&apos;a été enregistré :
%1</source>
        <translation>Fiscal year refused, nothing was saved:
%1</translation>
    </message>
    <message>
        <source>Importer des liasses fiscales</source>
        <translation>Import tax returns</translation>
    </message>
    <message>
        <source>Liasses (*.json *.csv *.txt);;Tous les fichiers (*)</source>
        <translation>Tax returns (*.json *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import de %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n exercice(s) importé(s) : %1</source>
        <translation>
            <numerusform>%n fiscal year imported: %1</numerusform>
            <numerusform>%n fiscal years imported: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import de liasses fiscales</source>
        <translation>Tax return import</translation>
    </message>
    <message numerus="yes">
        <source>%1 refusé : %n erreur(s). Rien n&apos;a été enregistré.</source>
        <translation>
            <numerusform>%1 refused: %n error. Nothing was saved.</numerusform>
            <numerusform>%1 refused: %n errors. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>
… et %1 autre(s) : voir le détail.</source>
        <translation>
… and %1 more: see the details.</translation>
    </message>
</context>
<context>
    <name>pc::ui::InvoicePage</name>
    <message>
        <source>la raison sociale</source>
        <translation>the company name</translation>
    </message>
    <message>
        <source>le SIREN</source>
        <translation>the SIREN</translation>
    </message>
    <message>
        <source>l&apos;adresse</source>
        <translation>the address</translation>
    </message>
    <message>
        <source>Avoir sur la facture %1</source>
        <translation>Credit note on invoice %1</translation>
    </message>
    <message>
        <source>Tout ce qui reste à créditer : %1</source>
        <translation>All that is left to credit: %1</translation>
    </message>
    <message>
        <source>Un montant TTC :</source>
        <translation>An amount incl. VAT:</translation>
    </message>
    <message>
        <source>ex. 1 234,56</source>
        <translation>e.g. 1,234.56</translation>
    </message>
    <message>
        <source>obligatoire : retour, remise, erreur de prix…</source>
        <translation>required: return, discount, price error…</translation>
    </message>
    <message>
        <source>Motif :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Date de l&apos;avoir :</source>
        <translation>Credit note date:</translation>
    </message>
    <message>
        <source>Établir l&apos;avoir</source>
        <translation>Issue the credit note</translation>
    </message>
    <message>
        <source>Facture %1 du %2, %3 TTC. Une facture émise n&apos;est jamais modifiée : l&apos;avoir la corrige et vient en déduction de ce qu&apos;elle laisse dû.</source>
        <translation>Invoice %1 of %2, %3 incl. VAT. An issued invoice is never changed: the credit note corrects it and is deducted from what it leaves due.</translation>
    </message>
    <message>
        <source>Livraison</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>HT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>TTC</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>Reste ouvert</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Facture créditée</source>
        <translation>Credited invoice</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Livraisons à facturer</source>
        <translation>Deliveries to invoice</translation>
    </message>
    <message>
        <source>Cochez les bons de livraison à reprendre sur une même facture.</source>
        <translation>Tick the delivery notes to put on a single invoice.</translation>
    </message>
    <message>
        <source>Établir la facture</source>
        <translation>Issue the invoice</translation>
    </message>
    <message>
        <source>Date de la facture :</source>
        <translation>Invoice date:</translation>
    </message>
    <message>
        <source>Factures et avoirs</source>
        <translation>Invoices and credit notes</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Avoir…</source>
        <translation>Credit note…</translation>
    </message>
    <message>
        <source>Une facture émise ne se modifie pas : un avoir l&apos;annule en tout ou partie.</source>
        <translation>An issued invoice cannot be changed: a credit note cancels it in whole or in part.</translation>
    </message>
    <message>
        <source>Compte client (411)</source>
        <translation>Client account (411)</translation>
    </message>
    <message>
        <source>L&apos;identité du vendeur est incomplète : %1 manque. Renseignez-la dans Fichier › Paramètres de l&apos;entreprise avant d&apos;établir une facture ou un avoir ; elle figure sur chaque document.</source>
        <translation>The seller&apos;s identity is incomplete: %1 is missing. Fill it in under File › Company settings before issuing an invoice or a credit note; it appears on every document.</translation>
    </message>
    <message>
        <source>Solde : &lt;b&gt;%1&lt;/b&gt; en faveur du client</source>
        <translation>Balance: &lt;b&gt;%1&lt;/b&gt; in the client&apos;s favour</translation>
    </message>
    <message>
        <source>Solde dû par le client : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Balance due by the client: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dont échu au %1 : %2</source>
        <translation>of which overdue as of %1: %2</translation>
    </message>
    <message>
        <source>Facture refusée : %1</source>
        <translation>Invoice refused: %1</translation>
    </message>
    <message>
        <source>Facture %1 établie : %2 TTC, échéance le %3</source>
        <translation>Invoice %1 issued: %2 incl. VAT, due on %3</translation>
    </message>
    <message>
        <source>Aperçu de %1</source>
        <translation>Preview of %1</translation>
    </message>
    <message>
        <source>Enregistrer %1 en PDF</source>
        <translation>Save %1 as PDF</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>%1 enregistrée : %2</source>
        <translation>%1 saved: %2</translation>
    </message>
    <message>
        <source>%1 envoyée à l&apos;imprimante</source>
        <translation>%1 sent to the printer</translation>
    </message>
    <message>
        <source>Avoir %1 établi sur la facture %2 : %3 TTC</source>
        <translation>Credit note %1 issued on invoice %2: %3 incl. VAT</translation>
    </message>
</context>
<context>
    <name>pc::ui::LedgerTableModel</name>
    <message>
        <source>Lettré sous le code %1 le %2</source>
        <translation>Lettered under code %1 on %2</translation>
    </message>
    <message>
        <source>Soldé, sans code de lettre : ses imputations ne forment pas un groupe lettré</source>
        <translation>Settled, without a letter code: its allocations do not form a lettered group</translation>
    </message>
    <message>
        <source>Imputé en partie : %1 sur %2</source>
        <translation>Partly allocated: %1 of %2</translation>
    </message>
    <message>
        <source>Échu depuis le %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Reste ouvert</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Lettre</source>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>pc::ui::LegalFileDialog</name>
    <message>
        <source>Créancier établi hors de la France métropolitaine (+ 2 mois)</source>
        <translation>Creditor based outside metropolitan France (+ 2 months)</translation>
    </message>
    <message>
        <source>Mettre à jour le dossier</source>
        <translation>Update the file</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, ouvert le %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, opened on %3.</translation>
    </message>
    <message>
        <source>Les échéances suivent ces dates : signifier l&apos;ordonnance dans les 6 mois, opposition dans le mois de la signification ; exécuter une saisie dans les 3 mois ; déclarer une créance dans les 2 mois de la publication au BODACC.</source>
        <translation>The deadlines follow from these dates: serve the order within 6 months, opposition within 1 month of service; carry out an attachment within 3 months; declare a claim within 2 months of publication in the BODACC.</translation>
    </message>
    <message>
        <source>É&amp;tat :</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>&amp;Ordonnance ou autorisation du :</source>
        <translation>&amp;Order or authorisation dated:</translation>
    </message>
    <message>
        <source>&amp;Signifiée ou exécutée le :</source>
        <translation>&amp;Served or carried out on:</translation>
    </message>
    <message>
        <source>&amp;Publication BODACC du :</source>
        <translation>BODACC &amp;publication dated:</translation>
    </message>
    <message>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Mettre à jour</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pc::ui::LegalFilesTab</name>
    <message>
        <source>Ouvert le</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Procédure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Pénalités</source>
        <translation>Penalties</translation>
    </message>
    <message>
        <source>Indemnité</source>
        <translation>Indemnity</translation>
    </message>
    <message>
        <source>Tribunal ou organisme</source>
        <translation>Court or agency</translation>
    </message>
    <message>
        <source>Prochaine échéance</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>%1 le %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Date limite</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Dans</source>
        <translation>In</translation>
    </message>
    <message>
        <source>passée</source>
        <translation>passed</translation>
    </message>
    <message numerus="yes">
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Texte</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Échue le</source>
        <translation>Fell due on</translation>
    </message>
    <message>
        <source>Prescrite le</source>
        <translation>Time-barred on</translation>
    </message>
    <message>
        <source>Reste dû</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>Préparer l&apos;injonction de pa&amp;yer</source>
        <translation>Prepare the order for pa&amp;yment</translation>
    </message>
    <message>
        <source>Écrit la requête (cerfa) avec les factures, les pénalités et le tribunal compétent</source>
        <translation>Writes the application (Cerfa form) with the invoices, the penalties and the competent court</translation>
    </message>
    <message>
        <source>Confier à un &amp;organisme…</source>
        <translation>Refer to an a&amp;gency…</translation>
    </message>
    <message>
        <source>Transmet les pièces échues et l&apos;historique des relances à un organisme de recouvrement</source>
        <translation>Sends the overdue items and the reminder history to a collection agency</translation>
    </message>
    <message>
        <source>&amp;Saisie conservatoire…</source>
        <translation>Protective a&amp;ttachment…</translation>
    </message>
    <message>
        <source>Déclarer la c&amp;réance…</source>
        <translation>Decla&amp;re the claim…</translation>
    </message>
    <message>
        <source>Client en procédure collective : déclarer la créance au mandataire judiciaire</source>
        <translation>Client in insolvency proceedings: declare the claim to the creditors&apos; representative</translation>
    </message>
    <message>
        <source>Dossiers contentieux</source>
        <translation>Legal files</translation>
    </message>
    <message>
        <source>Mettre à &amp;jour…</source>
        <translation>&amp;Update…</translation>
    </message>
    <message>
        <source>Ouvrir le docume&amp;nt</source>
        <translation>&amp;Open the document</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Limitation period</translation>
    </message>
    <message>
        <source>Aucune facture ouverte n&apos;approche de sa prescription (5 ans après l&apos;échéance, C. com. L110-4).</source>
        <translation>No open invoice is close to being time-barred (5 years after the due date, Commercial Code L110-4).</translation>
    </message>
    <message numerus="yes">
        <source>%n facture(s) ouverte(s) approchent de leur prescription (5 ans après l&apos;échéance, C. com. L110-4) : agissez avant la date indiquée.</source>
        <translation>
            <numerusform>%n open invoice is close to being time-barred (5 years after the due date, Commercial Code L110-4): act before the date shown.</numerusform>
            <numerusform>%n open invoices are close to being time-barred (5 years after the due date, Commercial Code L110-4): act before the date shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Client: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choisissez un client dans le plan du jour ou par la recherche.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choose a client in today&apos;s plan or with the search box.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 : %2 réclamés (dont %3 de pénalités et %4 d&apos;indemnité), écrit dans %5.</source>
        <translation>%1: %2 claimed (including %3 in penalties and %4 in indemnity), written to %5.</translation>
    </message>
    <message>
        <source>Requête non préparée</source>
        <translation>Application not prepared</translation>
    </message>
    <message>
        <source>Requête en injonction de payer pour le %1</source>
        <translation>Application for an order for payment to the %1</translation>
    </message>
    <message>
        <source>Confier à un organisme de recouvrement</source>
        <translation>Refer to a collection agency</translation>
    </message>
    <message>
        <source>Organisme de recouvrement :</source>
        <translation>Collection agency:</translation>
    </message>
    <message>
        <source>Dossier non transmis</source>
        <translation>File not handed over</translation>
    </message>
    <message>
        <source>Dossier pour %1</source>
        <translation>File for %1</translation>
    </message>
    <message>
        <source>Mandataire judiciaire, référence de la procédure :</source>
        <translation>Creditors&apos; representative, proceedings reference:</translation>
    </message>
    <message>
        <source>Commissaire de justice, ce qui est saisi :</source>
        <translation>Judicial officer, what is attached:</translation>
    </message>
    <message>
        <source>Dossier non ouvert</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <source>%1 ouverte : les relances du client sont suspendues.</source>
        <translation>%1 opened: the client&apos;s reminders are suspended.</translation>
    </message>
    <message>
        <source>Dossier mis à jour.</source>
        <translation>File updated.</translation>
    </message>
    <message>
        <source>Document introuvable</source>
        <translation>Document not found</translation>
    </message>
    <message>
        <source>%1 n&apos;existe plus : il a été déplacé ou supprimé.</source>
        <translation>%1 no longer exists: it has been moved or deleted.</translation>
    </message>
</context>
<context>
    <name>pc::ui::LetteringReportDialog</name>
    <message>
        <source>Règle</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Groupes lettrés</source>
        <translation>Lettered groups</translation>
    </message>
    <message>
        <source>Montant imputé</source>
        <translation>Amount allocated</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Reste ouvert</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Lettrage automatique au %1</source>
        <translation>Automatic lettering as of %1</translation>
    </message>
    <message>
        <source>Double-cliquez pour ouvrir le compte de %1</source>
        <translation>Double-click to open the account of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) examiné(s).</source>
        <translation>
            <numerusform>%n client reviewed.</numerusform>
            <numerusform>%n clients reviewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groupe(s) lettré(s), dont %1 soldé(s) sous un code de lettre.</source>
        <translation>
            <numerusform>%n group lettered, of which %1 settled under a letter code.</numerusform>
            <numerusform>%n groups lettered, of which %1 settled under a letter code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n écart(s) de règlement passé(s) en perte ou en profit : %1.</source>
        <translation>
            <numerusform>%n payment difference posted to profit or loss: %1.</numerusform>
            <numerusform>%n payment differences posted to profit or loss: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pièce(s) restée(s) ouverte(s), dont %1 à examiner.</source>
        <translation>
            <numerusform>%n item left open, of which %1 to review.</numerusform>
            <numerusform>%n items left open, of which %1 to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Groupes par règle</source>
        <translation>Groups by rule</translation>
    </message>
    <message>
        <source>Pièces à examiner (%1)</source>
        <translation>Items to review (%1)</translation>
    </message>
    <message>
        <source>Rien à examiner : chaque règlement a trouvé ses factures.</source>
        <translation>Nothing to review: every payment found its invoices.</translation>
    </message>
    <message>
        <source>Règlements sans facture correspondante, écarts au-delà de la tolérance : ouvrez le compte du client pour les lettrer à la main ou les attribuer.</source>
        <translation>Payments without a matching invoice, differences beyond the tolerance: open the client&apos;s account to letter them manually or assign them.</translation>
    </message>
    <message>
        <source>Ouvrir le compte du client</source>
        <translation>Open the client&apos;s account</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>pc::ui::MainWindow</name>
    <message>
        <source>PosteClient — gestion du poste client</source>
        <translation>PosteClient — accounts receivable management</translation>
    </message>
    <message>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>  Client : </source>
        <translation>  Client: </translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nouveau client…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <source>&amp;Importer des clients (CSV)…</source>
        <translation>&amp;Import clients (CSV)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Paramètres…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la fiche</source>
        <translation>&amp;Save the file</translation>
    </message>
    <message>
        <source>&amp;Rechercher un client</source>
        <translation>&amp;Search a client</translation>
    </message>
    <message>
        <source>&amp;Filtrer le portefeuille</source>
        <translation>&amp;Filter the portfolio</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Portefeuille clients</source>
        <translation>Client portfolio</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fiche client</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>À &amp;propos de PosteClient</source>
        <translation>&amp;About PosteClient</translation>
    </message>
    <message>
        <source>Base : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Utilisateur : %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Au %1</source>
        <translation>As of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>La fiche a été modifiée. Enregistrer les modifications ?</source>
        <translation>The file has been changed. Save the changes?</translation>
    </message>
    <message>
        <source>Nouveau client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Client créé : complétez sa fiche puis ouvrez son compte (étape 3).</source>
        <translation>Client created: complete its file, then open its account (stage 3).</translation>
    </message>
    <message>
        <source>Importer des clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Refuser le fichier s&apos;il contient des clients déjà connus</source>
        <translation>Reject the file if it holds clients already known</translation>
    </message>
    <message>
        <source>Ignorer les clients déjà connus</source>
        <translation>Skip the clients already known</translation>
    </message>
    <message>
        <source>Mettre à jour les clients déjà connus</source>
        <translation>Update the clients already known</translation>
    </message>
    <message>
        <source>Clients déjà connus</source>
        <translation>Clients already known</translation>
    </message>
    <message>
        <source>Un client du fichier dont le SIREN ou le compte existe déjà :</source>
        <translation>A client of the file whose SIREN or account already exists:</translation>
    </message>
    <message>
        <source>Import de %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>%1 client(s) créé(s), %2 mis à jour, %3 ignoré(s).</source>
        <translation>%1 client(s) created, %2 updated, %3 skipped.</translation>
    </message>
    <message numerus="yes">
        <source>Fichier refusé : %n erreur(s). La base n&apos;a pas été modifiée.</source>
        <translation>
            <numerusform>File rejected: %n error. The database was not changed.</numerusform>
            <numerusform>File rejected: %n errors. The database was not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import de clients</source>
        <translation>Client import</translation>
    </message>
    <message>
        <source>À propos de PosteClient</source>
        <translation>About PosteClient</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PosteClient %1&lt;/h3&gt;&lt;p&gt;Poste de travail de gestion du crédit client : de l&apos;analyse du bilan d&apos;un prospect à l&apos;encaissement, pour les entreprises françaises qui vendent à d&apos;autres entreprises.&lt;/p&gt;&lt;p&gt;Base : %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PosteClient %1&lt;/h3&gt;&lt;p&gt;Credit-management workstation: from the analysis of a prospect&apos;s balance sheet to the collection of its payments, for French companies that sell to other companies.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Exercice non enregistré</source>
        <translation>Fiscal year not saved</translation>
    </message>
    <message>
        <source>Un exercice est en cours de saisie. L&apos;enregistrer ?</source>
        <translation>A fiscal year is being entered. Save it?</translation>
    </message>
    <message>
        <source>Paramètres de l&apos;&amp;entreprise…</source>
        <translation>&amp;Company settings…</translation>
    </message>
    <message>
        <source>&amp;Crédit</source>
        <translation>&amp;Credit</translation>
    </message>
    <message>
        <source>Contrôle de crédit &amp;rapide…</source>
        <translation>&amp;Quick credit check…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) exportée(s) dans %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xporter (Excel ou CSV)</source>
        <translation>E&amp;xport (Excel or CSV)</translation>
    </message>
    <message>
        <source>&amp;Balance âgée…</source>
        <translation>&amp;Aged balance…</translation>
    </message>
    <message>
        <source>balance-agee</source>
        <translation>aged-balance</translation>
    </message>
    <message>
        <source>&amp;Indicateurs…</source>
        <translation>&amp;Indicators…</translation>
    </message>
    <message>
        <source>indicateurs</source>
        <translation>indicators</translation>
    </message>
    <message>
        <source>&amp;Grand livre clients…</source>
        <translation>&amp;Receivables ledger…</translation>
    </message>
    <message>
        <source>grand-livre-clients</source>
        <translation>receivables-ledger</translation>
    </message>
</context>
<context>
    <name>pc::ui::NewClientDialog</name>
    <message>
        <source>Nouveau client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>SIREN ou SIRET (vide : à identifier plus tard)</source>
        <translation>SIREN or SIRET (empty: identify later)</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>pc::ui::OrderLinesModel</name>
    <message>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Prix unitaire HT</source>
        <translation>Unit price excl. VAT</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
</context>
<context>
    <name>pc::ui::OrderPage</name>
    <message>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Réf. client</source>
        <translation>Client ref.</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total TTC</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Reste à livrer TTC</source>
        <translation>Left to deliver incl. VAT</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Commandes du client</source>
        <translation>Client&apos;s orders</translation>
    </message>
    <message>
        <source>Confirmer le brouillon</source>
        <translation>Confirm the draft</translation>
    </message>
    <message>
        <source>Annuler la commande…</source>
        <translation>Cancel the order…</translation>
    </message>
    <message>
        <source>Enregistrer un acompte…</source>
        <translation>Record a deposit…</translation>
    </message>
    <message>
        <source>Confirmation PDF…</source>
        <translation>Confirmation PDF…</translation>
    </message>
    <message>
        <source>Nouvelle commande</source>
        <translation>New order</translation>
    </message>
    <message>
        <source>numéro du bon de commande du client, facultatif</source>
        <translation>client&apos;s purchase order number, optional</translation>
    </message>
    <message>
        <source>45 jours fin de mois, 30 jours nets, comptant…</source>
        <translation>45 jours fin de mois, 30 jours nets, comptant…</translation>
    </message>
    <message>
        <source>Bon de commande client :</source>
        <translation>Client purchase order:</translation>
    </message>
    <message>
        <source>Date de la commande :</source>
        <translation>Order date:</translation>
    </message>
    <message>
        <source>Conditions de paiement :</source>
        <translation>Payment terms:</translation>
    </message>
    <message>
        <source>Livrer à une autre adresse que celle du client</source>
        <translation>Deliver to an address other than the client&apos;s</translation>
    </message>
    <message>
        <source>Enregistrer en brouillon</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <source>Confirmer la commande</source>
        <translation>Confirm the order</translation>
    </message>
    <message>
        <source>Ajouter une ligne</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Supprimer la ligne</source>
        <translation>Delete the line</translation>
    </message>
    <message>
        <source>Le compte de ce client est « %1 » : une commande ne s&apos;enregistre que pour un compte actif (ouvrez-le à l&apos;étape 3).</source>
        <translation>This client&apos;s account is “%1”: an order can only be saved for an active account (open it at stage 3).</translation>
    </message>
    <message>
        <source>Total HT : %1 &amp;nbsp;&amp;nbsp; TVA : %2 &amp;nbsp;&amp;nbsp; &lt;b&gt;Total TTC : %3&lt;/b&gt;</source>
        <translation>Total excl. VAT: %1 &amp;nbsp;&amp;nbsp; VAT: %2 &amp;nbsp;&amp;nbsp; &lt;b&gt;Total incl. VAT: %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Conditions de paiement</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Adresse de livraison</source>
        <translation>Delivery address</translation>
    </message>
    <message>
        <source>Lignes</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Commande %1 enregistrée en brouillon.</source>
        <translation>Order %1 saved as draft.</translation>
    </message>
    <message>
        <source>confirmer la commande</source>
        <translation>confirm the order</translation>
    </message>
    <message>
        <source>Commande %1 confirmée : %2 TTC.</source>
        <translation>Order %1 confirmed: %2 incl. VAT.</translation>
    </message>
    <message>
        <source>Commande non confirmée : le contrôle de crédit n&apos;a pas été accepté.</source>
        <translation>Order not confirmed: the credit check was not accepted.</translation>
    </message>
    <message>
        <source>confirmer la commande %1</source>
        <translation>confirm order %1</translation>
    </message>
    <message>
        <source>Commande %1 confirmée.</source>
        <translation>Order %1 confirmed.</translation>
    </message>
    <message>
        <source>Annuler la commande %1</source>
        <translation>Cancel order %1</translation>
    </message>
    <message>
        <source>Motif de l&apos;annulation :</source>
        <translation>Cancellation reason:</translation>
    </message>
    <message>
        <source>Commande %1 annulée.</source>
        <translation>Order %1 cancelled.</translation>
    </message>
    <message>
        <source>Acompte sur la commande %1</source>
        <translation>Deposit on order %1</translation>
    </message>
    <message>
        <source>Montant reçu (TTC) :</source>
        <translation>Amount received (incl. VAT):</translation>
    </message>
    <message>
        <source>Reçu le :</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>Acompte : %1</source>
        <translation>Deposit: %1</translation>
    </message>
    <message>
        <source>Acompte de %1 enregistré sur la commande %2.</source>
        <translation>Deposit of %1 recorded on order %2.</translation>
    </message>
    <message>
        <source>Confirmation de commande</source>
        <translation>Order confirmation</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Confirmation de la commande %1 enregistrée : %2</source>
        <translation>Confirmation of order %1 saved: %2</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Confirmation de la commande %1 envoyée à l&apos;imprimante</source>
        <translation>Confirmation of order %1 sent to the printer</translation>
    </message>
</context>
<context>
    <name>pc::ui::PayablesContactForm</name>
    <message>
        <source>ligne directe, ex. 01 23 45 67 89</source>
        <translation>direct line, e.g. 01 23 45 67 89</translation>
    </message>
    <message>
        <source>ex. compta.fournisseurs@client.fr</source>
        <translation>e.g. accounts.payable@client.fr</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ligne directe</source>
        <translation>Direct line</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>pc::ui::PaymentDialog</name>
    <message>
        <source>Saisir un règlement</source>
        <translation>Enter a payment</translation>
    </message>
    <message>
        <source>ex. 1 234,56</source>
        <translation>e.g. 1,234.56</translation>
    </message>
    <message>
        <source>n° de chèque, référence du virement</source>
        <translation>cheque number, transfer reference</translation>
    </message>
    <message>
        <source>factures réglées, p. ex. « FA000123 FA000131 »</source>
        <translation>invoices paid, e.g. “FA000123 FA000131”</translation>
    </message>
    <message>
        <source>Les numéros de facture cités ici guident le lettrage automatique.</source>
        <translation>The invoice numbers given here guide automatic lettering.</translation>
    </message>
    <message>
        <source>Règlement reçu de &lt;b&gt;%1&lt;/b&gt; : il s&apos;inscrit au crédit de son compte, puis se lettre avec les factures qu&apos;il solde.</source>
        <translation>Payment received from &lt;b&gt;%1&lt;/b&gt;: it is posted to the credit of the client&apos;s account, then lettered with the invoices it settles.</translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Montant :</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Mode de &amp;règlement :</source>
        <translation>Payment &amp;method:</translation>
    </message>
    <message>
        <source>Ré&amp;férence :</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <source>&amp;Libellé :</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>Enregistrer le règlement</source>
        <translation>Save the payment</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Règlement reçu — %1</source>
        <translation>Payment received — %1</translation>
    </message>
</context>
<context>
    <name>pc::ui::PortfolioPage</name>
    <message>
        <source>Filtrer : nom, SIREN, compte, ville…</source>
        <translation>Filter: name, SIREN, account, city…</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Nouveau client…</source>
        <translation>New client…</translation>
    </message>
    <message>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 client(s) affiché(s) sur %2</source>
        <translation>%1 of %2 client(s) shown</translation>
    </message>
</context>
<context>
    <name>pc::ui::PromiseDialog</name>
    <message>
        <source>Nouvelle promesse de paiement</source>
        <translation>New promise to pay</translation>
    </message>
    <message>
        <source>ex. 1 234,56</source>
        <translation>e.g. 1,234.56</translation>
    </message>
    <message>
        <source>qui s&apos;est engagé</source>
        <translation>who made the commitment</translation>
    </message>
    <message>
        <source>Tant qu&apos;elle court, les relances du client attendent ; non tenue, elles reprennent une étape plus haut.</source>
        <translation>While it runs, the client&apos;s reminders wait; if it is broken, they resume one step higher.</translation>
    </message>
    <message>
        <source>C&amp;lient :</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <source>&amp;Montant :</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Payé &amp;le :</source>
        <translation>Payment &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Interlocuteur :</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Enregistrer la promesse</source>
        <translation>Save the promise</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choisissez le client.</source>
        <translation>Choose the client.</translation>
    </message>
</context>
<context>
    <name>pc::ui::PromisesTab</name>
    <message>
        <source>En attente s&amp;eulement</source>
        <translation>Pending &amp;only</translation>
    </message>
    <message>
        <source>&amp;Nouvelle promesse…</source>
        <translation>Ne&amp;w promise…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n promesse(s) en attente&lt;/b&gt; pour %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n pending promise&lt;/b&gt; for %1</numerusform>
            <numerusform>&lt;b&gt;%n pending promises&lt;/b&gt; for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n tenue(s)</source>
        <translation>
            <numerusform> · %n kept</numerusform>
            <numerusform> · %n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n non tenue(s)</source>
        <translation>
            <numerusform> · %n broken</numerusform>
            <numerusform> · %n broken</numerusform>
        </translation>
    </message>
    <message>
        <source>Promesse enregistrée : les relances du client attendent son échéance.</source>
        <translation>Promise saved: the client&apos;s reminders wait for its due date.</translation>
    </message>
</context>
<context>
    <name>pc::ui::QuickCheckDialog</name>
    <message>
        <source>Contrôle de crédit rapide</source>
        <translation>Quick credit check</translation>
    </message>
    <message>
        <source>SIREN, SIRET, n° de compte ou nom du client</source>
        <translation>SIREN, SIRET, account number or client name</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>&amp;Client :</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;Montant TTC :</source>
        <translation>&amp;Amount incl. VAT:</translation>
    </message>
    <message>
        <source>Vérifier</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Tapez le SIREN, le SIRET, le numéro de compte ou le nom du client.</source>
        <translation>Type the client&apos;s SIREN, SIRET, account number or name.</translation>
    </message>
    <message>
        <source>Aucun client ne correspond à « %1 ».</source>
        <translation>No client matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) correspondent à « %1 » : choisissez-en un dans la liste.</source>
        <translation>
            <numerusform>%n client matches “%1”: choose it in the list.</numerusform>
            <numerusform>%n clients match “%1”: choose one in the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>un montant négatif n&apos;a pas de sens ici</source>
        <translation>a negative amount makes no sense here</translation>
    </message>
    <message>
        <source>Montant TTC : %1</source>
        <translation>Amount incl. VAT: %1</translation>
    </message>
</context>
<context>
    <name>pc::ui::RatioTableModel</name>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Exercice %1</source>
        <translation>Fiscal year %1</translation>
    </message>
    <message>
        <source>Clos le %1</source>
        <translation>Closed on %1</translation>
    </message>
</context>
<context>
    <name>pc::ui::RecoveryClientPicker</name>
    <message>
        <source>Autre client : SIREN, SIRET, compte ou nom</source>
        <translation>Another client: SIREN, SIRET, account or name</translation>
    </message>
    <message>
        <source>&lt;i&gt;Aucun client choisi&lt;/i&gt;</source>
        <translation>&lt;i&gt;No client chosen&lt;/i&gt;</translation>
    </message>
    <message>
        <source>sans SIREN</source>
        <translation>no SIREN</translation>
    </message>
</context>
<context>
    <name>pc::ui::RecoveryClientTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Prochaine action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Reste dû</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>En litige</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Retard</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n j</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Pénalités</source>
        <translation>Penalties</translation>
    </message>
    <message>
        <source>Indemnité</source>
        <translation>Indemnity</translation>
    </message>
    <message>
        <source>%1
Double-cliquez pour l&apos;ouvrir.</source>
        <translation>%1
Double-click to open it.</translation>
    </message>
    <message numerus="yes">
        <source>Le retard court sur %n semestre(s), chacun à son taux.</source>
        <translation>
            <numerusform>The late period spans %n half-year, at its own rate.</numerusform>
            <numerusform>The late period spans %n half-years, each at its own rate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez un client dans le plan du jour, ou tapez son SIREN ou son nom dans la recherche (Ctrl+F).</source>
        <translation>Choose a client in today&apos;s plan, or type its SIREN or name in the search box (Ctrl+F).</translation>
    </message>
    <message>
        <source>&amp;Noter un appel…</source>
        <translation>Lo&amp;g a call…</translation>
    </message>
    <message>
        <source>Nouvelle prome&amp;sse…</source>
        <translation>Ne&amp;w promise…</translation>
    </message>
    <message>
        <source>Nouveau liti&amp;ge…</source>
        <translation>New dispu&amp;te…</translation>
    </message>
    <message>
        <source>&amp;Relevé de compte…</source>
        <translation>Statement of acc&amp;ount…</translation>
    </message>
    <message>
        <source>Aperçu du relevé des pièces ouvertes du client, à imprimer ou envoyer</source>
        <translation>Preview of the statement of the client&apos;s open items, to print or send</translation>
    </message>
    <message>
        <source>Voir le compte (étape 7)</source>
        <translation>View the account (stage 7)</translation>
    </message>
    <message>
        <source>Historique des relances</source>
        <translation>Reminder history</translation>
    </message>
    <message>
        <source>Promesses de paiement</source>
        <translation>Promises to pay</translation>
    </message>
    <message>
        <source>Litiges</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Pénalités de retard et indemnités forfaitaires (L441-10, D441-5)</source>
        <translation>Late-payment penalties and fixed recovery indemnities (L441-10, D441-5)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;Pénalités non calculées : %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;Penalties not calculated: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Principal en retard &lt;b&gt;%1&lt;/b&gt; — pénalités &lt;b&gt;%2&lt;/b&gt; — indemnités &lt;b&gt;%3&lt;/b&gt; — total réclamable &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Overdue principal &lt;b&gt;%1&lt;/b&gt; — penalties &lt;b&gt;%2&lt;/b&gt; — indemnities &lt;b&gt;%3&lt;/b&gt; — total claimable &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>En retard au %1 : &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Overdue as of %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) de relance</source>
        <translation>
            <numerusform>%n dunning action</numerusform>
            <numerusform>%n dunning actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promesse(s) en attente</source>
        <translation>
            <numerusform>%n pending promise</numerusform>
            <numerusform>%n pending promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n litige(s) en cours (%1)</source>
        <translation>
            <numerusform>%n active dispute (%1)</numerusform>
            <numerusform>%n active disputes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette action n&apos;a pas de document.</source>
        <translation>This action has no document.</translation>
    </message>
    <message>
        <source>Document introuvable</source>
        <translation>Document not found</translation>
    </message>
    <message>
        <source>%1 n&apos;existe plus : il a été déplacé ou supprimé.</source>
        <translation>%1 no longer exists: it has been moved or deleted.</translation>
    </message>
    <message>
        <source>Appel noté pour %1.</source>
        <translation>Call logged for %1.</translation>
    </message>
    <message>
        <source>Promesse enregistrée : les relances du client attendent son échéance.</source>
        <translation>Promise saved: the client&apos;s reminders wait for its due date.</translation>
    </message>
    <message>
        <source>Litige ouvert : son montant sort des relances jusqu&apos;à sa résolution.</source>
        <translation>Dispute opened: its amount is left out of reminders until it is resolved.</translation>
    </message>
    <message>
        <source>relevé</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>Relevé impossible</source>
        <translation>Statement failed</translation>
    </message>
</context>
<context>
    <name>pc::ui::RecoveryDocumentDialog</name>
    <message>
        <source>Aperçu — %1 — %2</source>
        <translation>Preview — %1 — %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;pas d&apos;adresse e-mail au dossier&lt;/i&gt;</source>
        <translation>&lt;i&gt;no e-mail address on file&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objet :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;À :&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;To:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Enregistrer en &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Ouvrir dans la &amp;messagerie</source>
        <translation>Open in &amp;mail client</translation>
    </message>
    <message>
        <source>Prépare un brouillon d&apos;e-mail, le PDF joint, à vérifier et envoyer depuis votre messagerie.</source>
        <translation>Prepares an e-mail draft with the PDF attached, to check and send from your mail client.</translation>
    </message>
    <message>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PDF non enregistré</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>Brouillon d&apos;e-mail non écrit</source>
        <translation>E-mail draft not written</translation>
    </message>
    <message>
        <source>Ouvrir dans la messagerie</source>
        <translation>Open in mail client</translation>
    </message>
    <message>
        <source>Aucune messagerie ne s&apos;est ouverte. Le brouillon est enregistré ici :
%1</source>
        <translation>No mail client opened. The draft is saved here:
%1</translation>
    </message>
</context>
<context>
    <name>pc::ui::RecoveryPage</name>
    <message>
        <source>&amp;Plan du jour</source>
        <translation>Today&apos;s &amp;plan</translation>
    </message>
    <message>
        <source>Cl&amp;ient</source>
        <translation>Cl&amp;ient</translation>
    </message>
    <message>
        <source>&amp;Litiges</source>
        <translation>&amp;Disputes</translation>
    </message>
    <message>
        <source>Pro&amp;messes</source>
        <translation>Pro&amp;mises</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>Document&amp;s</translation>
    </message>
    <message>
        <source>Con&amp;tentieux</source>
        <translation>&amp;Legal</translation>
    </message>
    <message>
        <source>Relances et recouvrement</source>
        <translation>Dunning and recovery</translation>
    </message>
    <message>
        <source>Le jour du plan de relance ; les actions confirmées portent cette date.</source>
        <translation>The day of the dunning plan; confirmed actions bear this date.</translation>
    </message>
    <message>
        <source>A&amp;u :</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>Cliquez pour ouvrir le dossier des documents de relance</source>
        <translation>Click to open the dunning documents folder</translation>
    </message>
    <message>
        <source>C&amp;hanger…</source>
        <translation>Cha&amp;nge…</translation>
    </message>
    <message>
        <source>Choisir le dossier où s&apos;écrivent les lettres et e-mails de relance</source>
        <translation>Choose the folder where reminder letters and e-mails are written</translation>
    </message>
    <message>
        <source>Documents : &lt;a href=&quot;open&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Documents: &lt;a href=&quot;open&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Dossier des documents de relance</source>
        <translation>Dunning documents folder</translation>
    </message>
</context>
<context>
    <name>pc::ui::RecoverySession</name>
    <message>
        <source>client n° %1</source>
        <translation>client no. %1</translation>
    </message>
</context>
<context>
    <name>pc::ui::RecoveryTab</name>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pc::ui::SalesWidgets</name>
    <message>
        <source>Imprimer %1</source>
        <translation>Print %1</translation>
    </message>
</context>
<context>
    <name>pc::ui::SettingsDialog</name>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>par défaut : l&apos;identifiant de session</source>
        <translation>default: the login name</translation>
    </message>
    <message>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Nom dans le journal d&apos;audit</source>
        <translation>Name in the audit log</translation>
    </message>
    <message>
        <source>Âge maximal du Kbis à l&apos;ouverture</source>
        <translation>Maximum Kbis age at opening</translation>
    </message>
    <message>
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Un fichier SQLite, ou un serveur partagé : postgresql://utilisateur@serveur:5432/base. La langue et la base changent au prochain démarrage.</source>
        <translation>An SQLite file, or a shared server: postgresql://user@server:5432/database. Language and database changes apply at the next start.</translation>
    </message>
    <message>
        <source>Bases PosteClient (*.db)</source>
        <translation>PosteClient databases (*.db)</translation>
    </message>
</context>
<context>
    <name>pc::ui::StatementTableModel</name>
    <message>
        <source>import de %1</source>
        <translation>import of %1</translation>
    </message>
    <message>
        <source>saisie</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>démonstration</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>régime normal (2050 à 2053)</source>
        <translation>normal regime (2050 to 2053)</translation>
    </message>
    <message>
        <source>régime simplifié (2033)</source>
        <translation>simplified regime (2033)</translation>
    </message>
    <message>
        <source>2050 — Bilan actif</source>
        <translation>2050 — Balance sheet, assets</translation>
    </message>
    <message>
        <source>2051 — Bilan passif</source>
        <translation>2051 — Balance sheet, liabilities</translation>
    </message>
    <message>
        <source>2052 — Compte de résultat de l&apos;exercice</source>
        <translation>2052 — Income statement</translation>
    </message>
    <message>
        <source>2053 — Compte de résultat (suite)</source>
        <translation>2053 — Income statement (continued)</translation>
    </message>
    <message>
        <source>2057 — État des échéances des créances et des dettes (extrait)</source>
        <translation>2057 — Maturities of receivables and debts (extract)</translation>
    </message>
    <message>
        <source>2033-A — Bilan simplifié</source>
        <translation>2033-A — Simplified balance sheet</translation>
    </message>
    <message>
        <source>2033-B — Compte de résultat simplifié</source>
        <translation>2033-B — Simplified income statement</translation>
    </message>
    <message>
        <source>%1
Ligne obligatoire</source>
        <translation>%1
Required line</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Saisie %1</source>
        <translation>Entry %1</translation>
    </message>
    <message>
        <source>Exercice %1</source>
        <translation>Fiscal year %1</translation>
    </message>
    <message numerus="yes">
        <source>Clos le %1, %n mois, %2</source>
        <translation>
            <numerusform>Closed on %1, %n month, %2</numerusform>
            <numerusform>Closed on %1, %n months, %2</numerusform>
        </translation>
    </message>
    <message>
        <source> ; origine : %1</source>
        <translation>; source: %1</translation>
    </message>
    <message>
        <source>
Montants convertis sur les lignes du régime normal.</source>
        <translation>
Amounts mapped onto the normal-regime lines.</translation>
    </message>
</context>
<context>
    <name>pc::ui::TemplateEditorTab</name>
    <message>
        <source>&amp;Enregistrer le modèle</source>
        <translation>Save the &amp;template</translation>
    </message>
    <message>
        <source>Rétablir le modèle d&apos;&amp;origine</source>
        <translation>Restore the &amp;original template</translation>
    </message>
    <message>
        <source>Texte Mustache : {{debtor.name}}, {{totalOverdue}}, {{payBy}}, {{#overdue}}…{{/overdue}} pour chaque facture échue. Ctrl+Z annule un enregistrement.</source>
        <translation>Mustache text: {{debtor.name}}, {{totalOverdue}}, {{payBy}}, {{#overdue}}…{{/overdue}} for each overdue invoice. Ctrl+Z undoes a save.</translation>
    </message>
    <message>
        <source>Ob&amp;jet :</source>
        <translation>Sub&amp;ject:</translation>
    </message>
    <message>
        <source> · modifié</source>
        <translation> · edited</translation>
    </message>
    <message>
        <source>Modèle modifié</source>
        <translation>Template changed</translation>
    </message>
    <message>
        <source>Le modèle a été modifié. Enregistrer les modifications ?</source>
        <translation>The template has been changed. Save the changes?</translation>
    </message>
    <message>
        <source>Aperçu sur les pièces de %1.</source>
        <translation>Preview with the items of %1.</translation>
    </message>
    <message>
        <source>Aperçu sur une lettre d&apos;exemple : choisissez un client pour voir la sienne.</source>
        <translation>Preview with a sample letter: choose a client to see theirs.</translation>
    </message>
    <message>
        <source>Votre société</source>
        <translation>Your company</translation>
    </message>
    <message>
        <source>Le modèle ne se lit pas : %1</source>
        <translation>The template cannot be read: %1</translation>
    </message>
    <message>
        <source>Modèle non enregistré : %1</source>
        <translation>Template not saved: %1</translation>
    </message>
    <message>
        <source>Modèle non rétabli</source>
        <translation>Template not restored</translation>
    </message>
    <message>
        <source>Modèle %1 enregistré : les prochains documents le suivront.</source>
        <translation>Template %1 saved: the next documents will follow it.</translation>
    </message>
    <message>
        <source>Modèle d&apos;origine rétabli. Ctrl+Z reprend la version de l&apos;équipe.</source>
        <translation>Original template restored. Ctrl+Z brings back the team&apos;s version.</translation>
    </message>
</context>
<context>
    <name>pc::ui::TrendChart</name>
    <message>
        <source>Exercice</source>
        <translation>Fiscal year</translation>
    </message>
</context>
</TS>
