<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
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

Output: text, or JSON with --json (amounts in cents in the *_cents fields, ISO 8601 dates).
Exit codes: 0 success, 1 error, 2 bad command line, 3 refused by a business rule.
</translation>
    </message>
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
</TS>
