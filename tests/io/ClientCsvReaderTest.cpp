// The client list reader, on the files of tests/data/clients (see its README.md) and
// on small texts built here.

#include "io/ClientCsvReader.h"

#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/TestSupport.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::io;
using pc::test::date;

namespace {

ClientCsvResult readFile(const std::string& name)
{
    const QByteArray bytes = pc::test::readTestData(QStringLiteral("clients/") + QString::fromStdString(name));
    return readClientCsv(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                         "clients/" + name);
}

struct Expected {
    int line;
    ErrorCode code;
    std::string field;
};

std::string describe(const std::vector<Error>& errors)
{
    std::string out;
    for (const Error& e : errors)
        out += e.where.file + ":" + std::to_string(e.where.line) + " [" + e.where.field + "] "
            + errorCodeName(e.code) + " " + e.arg(0) + "\n";
    return out;
}

void checkErrors(const ClientCsvResult& result, const std::string& file, const std::vector<Expected>& expected)
{
    INFO(describe(result.errors));
    REQUIRE(result.errors.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("error #" << i);
        CHECK(result.errors[i].where.file == file);
        CHECK(result.errors[i].where.line == expected[i].line);
        CHECK(result.errors[i].code == expected[i].code);
        CHECK(result.errors[i].where.field == expected[i].field);
    }
}

} // namespace

// ---------------------------------------------------------------------------------
// Good files

TEST_CASE("Client CSV: a full UTF-8 file with semicolons", "[io][clientcsv]")
{
    const ClientCsvResult result = readFile("good_semicolon_utf8.csv");
    INFO(describe(result.errors));
    REQUIRE(result.ok());
    CHECK(result.encoding == SourceEncoding::Utf8);
    CHECK(result.delimiter == ';');
    CHECK(result.ignoredColumns == std::vector<std::string>{"Encours", "Remarque"});
    REQUIRE(result.rows.size() == 4);
    CHECK(result.rows[0].line == 2);
    CHECK(result.rows[1].line == 3);
    CHECK(result.rows[2].line == 4);
    CHECK(result.rows[3].line == 5);

    SECTION("every column of a complete line")
    {
        const ClientFile& f = result.rows[0].file;
        CHECK(f.company.name == "Martin & Fils SAS");
        REQUIRE(f.company.siren.has_value());
        CHECK(f.company.siren->str() == "732829320");
        REQUIRE(f.establishments.size() == 1);
        CHECK(f.establishments[0].siret.str() == "73282932000074");
        CHECK_FALSE(f.establishments[0].headOffice);
        CHECK(f.establishments[0].address == f.company.address);
        CHECK(f.account.number == "411000001");
        CHECK(f.company.address.line1 == "12 rue de la Paix");
        CHECK(f.company.address.line2 == "B\xC3\xA2timent B");
        CHECK(f.company.address.postalCode == "75002");
        CHECK(f.company.address.city == "Paris");
        CHECK(f.company.address.country == "FR");
        // The address is also the billing address.
        CHECK(f.account.billingAddress == f.company.address);
        REQUIRE(f.contacts.size() == 1);
        CHECK(f.contacts[0].role == ContactRole::AccountsPayable);
        CHECK(f.contacts[0].name == "Jeanne Martin");
        CHECK(f.contacts[0].phone == "+33123456789");
        CHECK(f.contacts[0].email == "Compta@martin-fils.fr");
        REQUIRE(f.account.iban.has_value());
        CHECK(f.account.iban->str() == "FR7630006000011234567890189");
        REQUIRE(f.account.bic.has_value());
        CHECK(f.account.bic->str() == "AGRIFRPP882");
        CHECK(f.company.legalForm == "5710");
        CHECK(f.company.nafCode == "62.01Z");
        CHECK(f.company.creationDate == date("2001-03-15"));
        CHECK(f.account.segment == "PME");
        CHECK(f.account.salesRep == "Dupont");
        CHECK(f.account.paymentMethod == PaymentMethod::Transfer);
        CHECK(result.rows[0].requestedStatus == AccountStatus::Active);
        CHECK(f.account.kbisDate == date("2026-10-01"));
        CHECK(f.account.termsSignedDate == date("2026-10-01"));
        REQUIRE(f.vatNumber().has_value());
        CHECK(f.vatNumber()->str() == "FR44732829320");
        // Values the file cannot set keep their defaults.
        CHECK(f.account.status == AccountStatus::Prospect);
        CHECK(f.id == 0);
    }
    SECTION("SIREN derived from the SIRET")
    {
        const ClientFile& f = result.rows[1].file;
        CHECK(f.company.name == "\xC3\x89lectricit\xC3\xA9 Durand");
        REQUIRE(f.company.siren.has_value());
        CHECK(f.company.siren->str() == "552081317");
        REQUIRE(f.establishments.size() == 1);
        CHECK(f.establishments[0].siret.str() == "55208131766522");
        CHECK(f.company.address.country == "FR");
        CHECK(f.account.billingAddress == f.company.address);
        REQUIRE(f.contacts.size() == 1);
        CHECK(f.contacts[0].name == "Paul Durand");
        CHECK(f.contacts[0].phone == "+33612345678");
        CHECK(f.contacts[0].email == "paul.durand@durand.fr");
        CHECK(f.company.legalForm == "5499");
        CHECK(f.company.nafCode == "35.11Z");
        CHECK(f.company.creationDate == date("1955-01-01"));
        CHECK(f.account.segment == "Grands comptes");
        CHECK(f.account.paymentMethod == PaymentMethod::SepaDirectDebit);
        CHECK(result.rows[1].requestedStatus == AccountStatus::Blocked);
        CHECK(f.account.kbisDate == date("2026-11-01"));
        CHECK_FALSE(f.account.termsSignedDate.has_value());
    }
    SECTION("a SIREN without account number or contact")
    {
        const ClientFile& f = result.rows[2].file;
        CHECK(f.company.name == "Boulangerie Lef\xC3\xA8vre");
        CHECK(f.company.siren->str() == "443121975");
        CHECK(f.establishments.empty());
        CHECK(f.account.number.empty());
        CHECK(f.contacts.empty());
        CHECK(f.company.address.line1 == "8 place du March\xC3\xA9");
        CHECK(f.account.paymentMethod == PaymentMethod::Lcr);
        CHECK(result.rows[2].requestedStatus == AccountStatus::Pending);
        CHECK_FALSE(f.account.iban.has_value());
        CHECK_FALSE(f.account.bic.has_value());
        CHECK(f.company.legalForm.empty());
        CHECK_FALSE(f.company.creationDate.has_value());
    }
    SECTION("an account number only, foreign address")
    {
        const ClientFile& f = result.rows[3].file;
        CHECK(f.company.name == "Export Partners Ltd");
        CHECK_FALSE(f.company.siren.has_value());
        CHECK(f.account.number == "411000004");
        CHECK(f.company.address.country == "GB");
        CHECK(f.company.address.postalCode == "SW1A 1AA");
        REQUIRE(f.contacts.size() == 1);
        CHECK(f.contacts[0].role == ContactRole::AccountsPayable);
        CHECK(f.contacts[0].name.empty());
        CHECK(f.contacts[0].phone == "+442079460958");
        CHECK(f.contacts[0].email == "ap@exportpartners.co.uk");
        CHECK(f.account.paymentMethod == PaymentMethod::Cheque);
        CHECK_FALSE(result.rows[3].requestedStatus.has_value());
        CHECK_FALSE(f.vatNumber().has_value());
    }
}

TEST_CASE("Client CSV: commas, English headers, CRLF", "[io][clientcsv]")
{
    const ClientCsvResult result = readFile("good_comma.csv");
    INFO(describe(result.errors));
    REQUIRE(result.ok());
    CHECK(result.delimiter == ',');
    CHECK(result.ignoredColumns.empty());
    REQUIRE(result.rows.size() == 2);

    const ClientFile& a = result.rows[0].file;
    CHECK(result.rows[0].line == 2);
    CHECK(a.company.name == "Dupont Transports");
    CHECK(a.company.siren->str() == "404833048");
    CHECK(a.account.number == "411000010");
    CHECK(a.company.address == Address{"5 rue du Port", "", "13002", "Marseille", "FR"});
    REQUIRE(a.contacts.size() == 1);
    CHECK(a.contacts[0].phone == "+33491000000");
    CHECK(a.contacts[0].email == "compta@dupont-transports.fr");
    CHECK(a.account.paymentMethod == PaymentMethod::Lcr);
    CHECK(result.rows[0].requestedStatus == AccountStatus::Active);

    const ClientFile& b = result.rows[1].file;
    CHECK(result.rows[1].line == 3);
    CHECK(b.company.name == "Garage Moreau");
    CHECK(b.company.address.isEmpty());
    CHECK(b.account.billingAddress.isEmpty());
    CHECK(b.contacts.empty());
    CHECK(b.account.paymentMethod == PaymentMethod::Transfer);
    CHECK_FALSE(result.rows[1].requestedStatus.has_value());
}

TEST_CASE("Client CSV: quoted fields with the delimiter and line breaks", "[io][clientcsv]")
{
    const ClientCsvResult result = readFile("good_quoted.csv");
    INFO(describe(result.errors));
    REQUIRE(result.ok());
    CHECK(result.ignoredColumns == std::vector<std::string>{"commentaire"});
    REQUIRE(result.rows.size() == 3);
    // Lines where each record starts: the first spans lines 2-4, the second 5-6.
    CHECK(result.rows[0].line == 2);
    CHECK(result.rows[1].line == 5);
    CHECK(result.rows[2].line == 7);

    const ClientFile& a = result.rows[0].file;
    CHECK(a.company.name == "Dupont; Durand et Associ\xC3\xA9s");
    CHECK(a.company.siren->str() == "404833048");
    CHECK(a.company.address.line1 == "12 rue des Lilas\nB\xC3\xA2timent C; 2e \xC3\xA9tage");
    CHECK(a.company.address.postalCode == "75011");
    CHECK(a.company.address.city == "Paris");
    REQUIRE(a.contacts.size() == 1);
    CHECK(a.contacts[0].name == "Marie \"la comptable\" Dupont");
    CHECK(a.contacts[0].phone.empty());

    CHECK(result.rows[1].file.company.name == "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale\nd'Exemples");
    CHECK(result.rows[1].file.company.siren->str() == "529290488");
    CHECK(result.rows[1].file.contacts.empty());
    CHECK(result.rows[2].file.company.name == "Simple SARL");
    CHECK(result.rows[2].file.company.address.city == "Bordeaux");
}

TEST_CASE("Client CSV: Windows-1252 file with accented names", "[io][clientcsv]")
{
    const ClientCsvResult result = readFile("windows1252.csv");
    INFO(describe(result.errors));
    REQUIRE(result.ok());
    CHECK(result.encoding == SourceEncoding::Windows1252);
    CHECK(result.delimiter == ';');
    CHECK(result.ignoredColumns == std::vector<std::string>{"Encours (\xE2\x82\xAC)"});
    REQUIRE(result.rows.size() == 3);

    CHECK(result.rows[0].file.company.name == "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale \xC3\x89lectrique");
    CHECK(result.rows[0].file.company.siren->str() == "552008443");
    CHECK(result.rows[0].file.company.address.city == "\xC3\x89vry");
    REQUIRE(result.rows[0].file.contacts.size() == 1);
    CHECK(result.rows[0].file.contacts[0].phone == "+33160000000");
    CHECK(result.rows[0].file.account.paymentMethod == PaymentMethod::SepaDirectDebit);

    CHECK(result.rows[1].file.company.name == "Boulangerie Lef\xC3\xA8vre & C\xC5\x93ur");
    CHECK(result.rows[1].file.company.address.city == "Besan\xC3\xA7on");
    CHECK(result.rows[1].file.account.paymentMethod == PaymentMethod::Cheque);

    CHECK(result.rows[2].file.company.name == "Caf\xC3\xA9 de l\xE2\x80\x99Oc\xC3\xA9" "an");
    CHECK(result.rows[2].file.company.siren->str() == "500674056");
    CHECK(result.rows[2].file.contacts.empty());
    CHECK(result.rows[2].file.account.paymentMethod == PaymentMethod::Transfer);
}

TEST_CASE("Client CSV: UTF-8 with BOM, the first header still recognised", "[io][clientcsv]")
{
    const ClientCsvResult result = readFile("bom_utf8.csv");
    INFO(describe(result.errors));
    REQUIRE(result.ok());
    CHECK(result.encoding == SourceEncoding::Utf8);
    CHECK(result.ignoredColumns.empty());
    REQUIRE(result.rows.size() == 1);
    const ClientFile& f = result.rows[0].file;
    REQUIRE(f.company.siren.has_value());
    CHECK(f.company.siren->str() == "820043784");
    CHECK(f.company.name == "Soci\xC3\xA9t\xC3\xA9 Nouvelle");
    CHECK(f.company.address.city == "Nantes");
    REQUIRE(f.contacts.size() == 1);
    CHECK(f.contacts[0].phone == "+33240000000");
    CHECK(result.rows[0].requestedStatus == AccountStatus::Prospect);
}

// ---------------------------------------------------------------------------------
// Headers

TEST_CASE("Client CSV: headers match regardless of case, accents, spaces and dashes", "[io][clientcsv][headers]")
{
    struct Case {
        std::string nameHeader;
        std::string postalHeader;
        std::string phoneHeader;
        std::string emailHeader;
    };
    const Case c = GENERATE(values<Case>({
        {"Raison Sociale", "Code Postal", "T\xC3\x89L\xC3\x89PHONE", "E-mail"},
        {"raison_sociale", "code_postal", "telephone", "email"},
        {"RAISON-SOCIALE", "CODE-POSTAL", "T\xC3\xA9l\xC3\xA9phone", "E-MAIL"},
        {" Raison  sociale ", "CP", "T\xC3\xA9l.", "Courriel"},
        {"RaisonSociale", "CodePostal", "Tel", "Mail"},
        {"D\xC3\xA9nomination", "Code postal", "Phone", "Adresse e-mail"},
        {"Soci\xC3\xA9t\xC3\xA9", "ZIP", "Ligne directe", "E_Mail"},
        {"Nom", "Postal code", "T\xC3\xA9l\xC3\xA9phone comptabilit\xC3\xA9", "Email comptabilit\xC3\xA9"},
    }));
    const std::string text = c.nameHeader + ";SIREN;" + c.postalHeader + ";Ville;" + c.phoneHeader + ";"
        + c.emailHeader + "\nAlpha;732829320;75002;Paris;01 23 45 67 89;compta@alpha.fr\n";
    INFO(text);
    const ClientCsvResult result = readClientCsv(text, "headers.csv");
    INFO(describe(result.errors));
    REQUIRE(result.ok());
    CHECK(result.ignoredColumns.empty());
    REQUIRE(result.rows.size() == 1);
    const ClientFile& f = result.rows[0].file;
    CHECK(f.company.name == "Alpha");
    CHECK(f.company.address.postalCode == "75002");
    REQUIRE(f.contacts.size() == 1);
    CHECK(f.contacts[0].phone == "+33123456789");
    CHECK(f.contacts[0].email == "compta@alpha.fr");
}

TEST_CASE("Client CSV: the other column names", "[io][clientcsv][headers]")
{
    const std::string text =
        "N\xC2\xB0 SIRET;D\xC3\xA9nomination;Compte auxiliaire;Rue;Compl\xC3\xA9ment;Localit\xC3\xA9;Code pays;"
        "Interlocuteur;Swift;Cat\xC3\xA9gorie juridique;APE;Cr\xC3\xA9" "ation;Vendeur;Mode de r\xC3\xA8glement;"
        "\xC3\x89tat;KBIS;CGV sign\xC3\xA9" "es;IBAN;Colonne inconnue;\n"
        "73282932000074;Alpha;411ABC;1 rue X;BP 12;Paris;FR;Jean;AGRIFRPP;5710;6201Z;2001-03-15;Marc;"
        "pr\xC3\xA9l\xC3\xA8vement SEPA;clos;15/11/2026;01.11.2026;FR7630006000011234567890189;x;\n";
    const ClientCsvResult result = readClientCsv(text, "names.csv");
    INFO(describe(result.errors));
    REQUIRE(result.ok());
    CHECK(result.ignoredColumns == std::vector<std::string>{"Colonne inconnue"});
    REQUIRE(result.rows.size() == 1);
    const ClientFile& f = result.rows[0].file;
    CHECK(f.company.siren->str() == "732829320");
    CHECK(f.company.name == "Alpha");
    CHECK(f.account.number == "411ABC");
    CHECK(f.company.address == Address{"1 rue X", "BP 12", "", "Paris", "FR"});
    CHECK(f.contacts.at(0).name == "Jean");
    CHECK(f.account.bic->str() == "AGRIFRPP");
    CHECK(f.company.legalForm == "5710");
    CHECK(f.company.nafCode == "62.01Z");
    CHECK(f.company.creationDate == date("2001-03-15"));
    CHECK(f.account.salesRep == "Marc");
    CHECK(f.account.paymentMethod == PaymentMethod::SepaDirectDebit);
    CHECK(result.rows[0].requestedStatus == AccountStatus::Closed);
    CHECK(f.account.kbisDate == date("2026-11-15"));
    CHECK(f.account.termsSignedDate == date("2026-11-01"));
    CHECK(f.account.iban->str() == "FR7630006000011234567890189");
}

TEST_CASE("Client CSV: payment method and status words", "[io][clientcsv]")
{
    SECTION("payment methods")
    {
        const auto [word, method] = GENERATE(table<std::string, PaymentMethod>({
            {"virement", PaymentMethod::Transfer},
            {"Virement", PaymentMethod::Transfer},
            {"VIR", PaymentMethod::Transfer},
            {"transfer", PaymentMethod::Transfer},
            {"pr\xC3\xA9l\xC3\xA8vement", PaymentMethod::SepaDirectDebit},
            {"Pr\xC3\xA9l\xC3\xA8vement SEPA", PaymentMethod::SepaDirectDebit},
            {"PRLV", PaymentMethod::SepaDirectDebit},
            {"sepa_direct_debit", PaymentMethod::SepaDirectDebit},
            {"LCR", PaymentMethod::Lcr},
            {"lcr", PaymentMethod::Lcr},
            {"ch\xC3\xA8que", PaymentMethod::Cheque},
            {"CHQ", PaymentMethod::Cheque},
            {"Carte bancaire", PaymentMethod::Card},
            {"CB", PaymentMethod::Card},
            {"traite", PaymentMethod::BillOfExchange},
            {"Lettre de change", PaymentMethod::BillOfExchange},
        }));
        INFO(word);
        const auto result = readClientCsv("nom;siren;mode_paiement\nAlpha;732829320;" + word + "\n", "pm.csv");
        INFO(describe(result.errors));
        REQUIRE(result.ok());
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].file.account.paymentMethod == method);
    }
    SECTION("statuses")
    {
        const auto [word, status] = GENERATE(table<std::string, AccountStatus>({
            {"actif", AccountStatus::Active},
            {"ACTIF", AccountStatus::Active},
            {"active", AccountStatus::Active},
            {"bloqu\xC3\xA9", AccountStatus::Blocked},
            {"Bloque", AccountStatus::Blocked},
            {"blocked", AccountStatus::Blocked},
            {"en attente", AccountStatus::Pending},
            {"pending", AccountStatus::Pending},
            {"prospect", AccountStatus::Prospect},
            {"clos", AccountStatus::Closed},
            {"ferm\xC3\xA9", AccountStatus::Closed},
        }));
        INFO(word);
        const auto result = readClientCsv("nom;siren;statut\nAlpha;732829320;" + word + "\n", "st.csv");
        INFO(describe(result.errors));
        REQUIRE(result.ok());
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].requestedStatus == status);
    }
}

// ---------------------------------------------------------------------------------
// Broken files

TEST_CASE("Client CSV: every bad value is reported with file, line and field", "[io][clientcsv][errors]")
{
    const ClientCsvResult result = readFile("broken_values.csv");
    CHECK_FALSE(result.ok());
    checkErrors(result, "clients/broken_values.csv",
                {
                    {3, ErrorCode::InvalidChecksum, "siren"},
                    {4, ErrorCode::InconsistentFields, "siret"},
                    {5, ErrorCode::InvalidChecksum, "iban"},
                    {6, ErrorCode::InvalidDate, "date_kbis"},
                    {7, ErrorCode::InvalidFormat, "code_postal"},
                    {8, ErrorCode::UnknownValue, "mode_paiement"},
                    {9, ErrorCode::MissingField, "siren"},
                    {10, ErrorCode::TooManyFields, ""},
                    {11, ErrorCode::MissingField, "raison_sociale"},
                    {12, ErrorCode::UnknownValue, "statut"},
                    {13, ErrorCode::InvalidFormat, "bic"},
                    {14, ErrorCode::InvalidFormat, "email"},
                    {15, ErrorCode::InvalidLength, "telephone"},
                    {16, ErrorCode::InvalidFormat, "siret"},
                    {17, ErrorCode::InvalidFormat, "compte"},
                    {18, ErrorCode::InvalidLength, "iban"},
                    {18, ErrorCode::InvalidDate, "date_kbis"},
                    {19, ErrorCode::UnknownValue, "forme_juridique"},
                    {20, ErrorCode::InvalidFormat, "code_naf"},
                    {21, ErrorCode::DateOutOfRange, "date_kbis"},
                });
    // The offending values travel with the errors.
    CHECK(result.errors[0].arg(0) == "123456789");
    CHECK(result.errors[1].args == std::vector<std::string>{"55208131766522", "732829320"});
    CHECK(result.errors[3].arg(0) == "31/02/2026");
    CHECK(result.errors[4].arg(0) == "7500");
    CHECK(result.errors[5].arg(0) == "bitcoin");
    CHECK(result.errors[7].args == std::vector<std::string>{"16", "15"});
    CHECK(result.errors[9].arg(0) == "suspendu");
    // Lines without errors are still read: the first and the last.
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].line == 2);
    CHECK(result.rows[0].file.company.name == "Alpha SAS");
    CHECK(result.rows[1].line == 22);
    CHECK(result.rows[1].file.company.siren->str() == "552008443");
}

TEST_CASE("Client CSV: duplicates inside the file point to the first line", "[io][clientcsv][errors]")
{
    const ClientCsvResult result = readFile("broken_duplicates.csv");
    CHECK_FALSE(result.ok());
    checkErrors(result, "clients/broken_duplicates.csv",
                {
                    {4, ErrorCode::DuplicateKey, "siren"},
                    {5, ErrorCode::DuplicateKey, "siren"},
                    {5, ErrorCode::DuplicateKey, "siret"},
                    {6, ErrorCode::DuplicateKey, "compte"},
                });
    CHECK(result.errors[0].args == std::vector<std::string>{"732829320", "2"});
    CHECK(result.errors[1].args == std::vector<std::string>{"552081317", "3"});
    CHECK(result.errors[2].args == std::vector<std::string>{"55208131766522", "3"});
    CHECK(result.errors[3].args == std::vector<std::string>{"411000001", "2"});
    CHECK(result.rows.size() == 5);
}

TEST_CASE("Client CSV: a missing name column refuses the file", "[io][clientcsv][errors]")
{
    const ClientCsvResult result = readFile("broken_no_name_column.csv");
    checkErrors(result, "clients/broken_no_name_column.csv", {{1, ErrorCode::MissingField, "raison_sociale"}});
    CHECK(result.rows.empty());
}

TEST_CASE("Client CSV: no identifier column refuses the file", "[io][clientcsv][errors]")
{
    const ClientCsvResult result = readFile("broken_no_identifier_column.csv");
    checkErrors(result, "clients/broken_no_identifier_column.csv", {{1, ErrorCode::MissingField, "siren"}});
    CHECK(result.rows.empty());
}

TEST_CASE("Client CSV: two headers for one column", "[io][clientcsv][errors]")
{
    const ClientCsvResult result = readFile("broken_duplicate_header.csv");
    checkErrors(result, "clients/broken_duplicate_header.csv",
                {{1, ErrorCode::DuplicateField, "Nom"}, {1, ErrorCode::DuplicateField, "N\xC2\xB0 SIREN"}});
    CHECK(result.rows.empty());
}

TEST_CASE("Client CSV: unterminated quote", "[io][clientcsv][errors]")
{
    const ClientCsvResult result = readFile("broken_unterminated_quote.csv");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].code == ErrorCode::InvalidFormat);
    CHECK(result.errors[0].where.file == "clients/broken_unterminated_quote.csv");
    CHECK(result.errors[0].where.line == 3);
    CHECK(result.rows.empty());
}

TEST_CASE("Client CSV: empty file", "[io][clientcsv][errors]")
{
    const ClientCsvResult result = readFile("empty.csv");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].code == ErrorCode::Empty);
    CHECK(result.errors[0].where.file == "clients/empty.csv");
    CHECK(result.rows.empty());
}

TEST_CASE("Client CSV: the header line counts after leading blank lines", "[io][clientcsv][errors]")
{
    const ClientCsvResult result =
        readClientCsv("\n\nraison_sociale,siren,nom\nAlpha,123456789,\n", "blank-start.csv");
    checkErrors(result, "blank-start.csv", {{3, ErrorCode::DuplicateField, "nom"}});
    const ClientCsvResult rows = readClientCsv("\n\nraison_sociale,siren\nAlpha,123456789\n", "blank-start.csv");
    checkErrors(rows, "blank-start.csv", {{4, ErrorCode::InvalidChecksum, "siren"}});
}
