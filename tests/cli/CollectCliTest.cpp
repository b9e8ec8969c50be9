// Stage 7 from the shell: bank statement, FEC and open-items imports, FEC export,
// payments, automatic and manual lettering, the client's ledger, with the JSON fields
// scripts rely on and the exit codes of bad input.

#include "cli/CliRunner.h"
#include "core/Iban.h"
#include "io/FecReader.h"

#include <QFile>

#include <map>
#include <string>

using nlohmann::json;
using pc::test::Cli;
using pc::test::Run;

namespace {

const QString kForges = QStringLiteral("552100554");
const QString kAcme = QStringLiteral("732829320");

std::string ibanOf(const std::string& ribAccount)
{
    return pc::core::Iban::fromFrenchRib("30004", "00823", ribAccount)->str();
}

// Input files of one test, in a folder of their own.
class Files {
public:
    Files() { REQUIRE(m_dir.isValid()); }

    QString write(const char* name, const std::string& content)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content.data(), static_cast<qint64>(content.size())) == static_cast<qint64>(content.size()));
        return path;
    }

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private:
    QTemporaryDir m_dir;
};

Run ok(const Cli& cli, const QStringList& args)
{
    const Run run = cli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\nstdout: " << run.out.toStdString()
                                                   << "\nstderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

json okJson(const Cli& cli, QStringList args)
{
    args << QStringLiteral("--json");
    return ok(cli, args).parsed();
}

struct Movement {
    std::string amount;
    bool credit = true;
    std::string day;
    std::string reference;
    std::string name;
    std::string iban;
    std::string remittance;
};

std::string camt(const std::string& id, const std::vector<Movement>& movements)
{
    std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n<BkToCstmrStmt>\n"
                    "<GrpHdr><MsgId>"
                    + id + "</MsgId><CreDtTm>2026-11-06T22:00:00</CreDtTm></GrpHdr>\n<Stmt>\n<Id>" + id
                    + "</Id>\n<Acct><Id><IBAN>FR7630004008230001234567819</IBAN></Id><Ccy>EUR</Ccy></Acct>\n";
    for (const Movement& m : movements) {
        const std::string party = m.credit ? "Dbtr" : "Cdtr";
        x += "<Ntry>\n<Amt Ccy=\"EUR\">" + m.amount + "</Amt>\n<CdtDbtInd>" + (m.credit ? "CRDT" : "DBIT")
             + "</CdtDbtInd>\n<Sts>BOOK</Sts>\n<BookgDt><Dt>" + m.day + "</Dt></BookgDt>\n<AcctSvcrRef>"
             + m.reference + "</AcctSvcrRef>\n<NtryDtls><TxDtls><RltdPties><" + party + "><Nm>" + m.name + "</Nm></"
             + party + ">";
        if (!m.iban.empty())
            x += "<" + party + "Acct><Id><IBAN>" + m.iban + "</IBAN></Id></" + party + "Acct>";
        x += "</RltdPties><RmtInf><Ustrd>" + m.remittance + "</Ustrd></RmtInf></TxDtls></NtryDtls>\n</Ntry>\n";
    }
    return x + "</Stmt>\n</BkToCstmrStmt>\n</Document>\n";
}

// Two clients with their own IBAN; their open invoices: Forges FA-0001 1 000,00 and
// FA-0002 500,00, Acme FB-0001 300,00.
void prepare(const Cli& cli, Files& files)
{
    const QString clients = files.write("clients.csv", "siren;raison_sociale;compte;iban\n"
                                                       "552100554;Forges de Lorraine;411000101;"
                                                           + ibanOf("00000000101")
                                                           + "\n732829320;Acme;411000102;" + ibanOf("00000000102")
                                                           + "\n");
    ok(cli, {QStringLiteral("client"), QStringLiteral("import"), clients});
    const QString items = files.write("open-items.csv", "siren;piece;date_piece;echeance;montant_ttc;reste_du;libelle\n"
                                                        "552100554;FA-0001;01/10/2026;31/10/2026;1 000,00;;Facture 1\n"
                                                        "552100554;FA-0002;02/10/2026;01/11/2026;500,00;;Facture 2\n"
                                                        "732829320;FB-0001;03/10/2026;02/11/2026;300,00;;Facture\n");
    const json imported = okJson(cli, {QStringLiteral("import"), QStringLiteral("open-items"), items});
    CHECK(imported["rows_read"] == 3);
    CHECK(imported["invoices"] == 3);
    CHECK(imported["credit_notes"] == 0);
    CHECK(imported["open_cents"] == 180'000); // 1 000,00 + 500,00 + 300,00
    CHECK(imported["errors"].empty());
}

// The statement of the 6th: 1 000,00 from the Forges' IBAN naming FA-0001, 300,00 from
// "ACME SAS", 75,00 from nobody known, 20,00 paid out.
QString statement(Files& files)
{
    return files.write("releve.xml",
                       camt("CLI-1", {{"1000.00", true, "2026-11-06", "REF-1", "FORGES", ibanOf("00000000101"),
                                       "Reglement FA-0001"},
                                      {"300.00", true, "2026-11-06", "REF-2", "ACME SAS", "", "Paiement"},
                                      {"75.00", true, "2026-11-06", "REF-3", "Inconnu", "", "Merci"},
                                      {"20.00", false, "2026-11-06", "REF-4", "Banque", "", "Frais"}}));
}

std::map<std::string, json> byPiece(const json& ledger)
{
    std::map<std::string, json> out;
    for (const json& e : ledger["entries"])
        out.emplace(e["piece"].get<std::string>(), e);
    return out;
}

const char* kFecHeader = "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|"
                         "PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|"
                         "Idevise\n";

} // namespace

TEST_CASE("cli: import statement reports what it did, the same file again is refused", "[cli][collect]")
{
    Cli cli;
    Files files;
    prepare(cli, files);
    const QString file = statement(files);
    const json r = okJson(cli, {QStringLiteral("import"), QStringLiteral("statement"), file});
    CHECK(r["format"] == "camt.053");
    CHECK(r["statements"] == 1);
    CHECK(r["movements"] == 4);
    CHECK(r["payments"] == 2);
    CHECK(r["paid_cents"] == 130'000); // 1 000,00 + 300,00
    CHECK(r["unmatched"] == 1);
    CHECK(r["unmatched_cents"] == 7'500);
    CHECK(r["outgoing"] == 1);
    CHECK(r["duplicates"] == 0);
    CHECK(r["matched_by"] == json({{"iban", 1}, {"name", 1}}));
    CHECK(r["errors"].empty());

    // Text output of the same kind of import names the counts.
    Run again = cli({QStringLiteral("import"), QStringLiteral("statement"), file});
    CHECK(again.exitCode == 1);
    CHECK(again.out.isEmpty());
    CHECK_FALSE(again.err.isEmpty());
    again = cli({QStringLiteral("import"), QStringLiteral("statement"), file, QStringLiteral("--json")});
    CHECK(again.exitCode == 1);
    const json refused = again.parsed();
    REQUIRE(refused["errors"].size() == 1);
    CHECK(refused["errors"][0]["code"] == "already_exists");
    CHECK(refused["payments"] == 0);
    CHECK(refused["paid_cents"] == 0);

    // The store did not change: one movement still waits.
    const json waiting = okJson(cli, {QStringLiteral("payment"), QStringLiteral("unmatched")});
    REQUIRE(waiting["unmatched"].size() == 1);
    CHECK(waiting["unmatched"][0]["amount_cents"] == 7'500);
    CHECK(waiting["unmatched"][0]["payer"] == "Inconnu");
    CHECK(waiting["unmatched"][0]["file"] == "releve.xml");
}

TEST_CASE("cli: letter auto and the ledger with open amounts and codes", "[cli][collect]")
{
    Cli cli;
    Files files;
    prepare(cli, files);
    ok(cli, {QStringLiteral("import"), QStringLiteral("statement"), statement(files)});

    const json r = okJson(cli, {QStringLiteral("letter"), QStringLiteral("auto")});
    CHECK(r["as_of"] == "2026-11-23");
    CHECK(r["clients"] == 2);
    CHECK(r["groups_lettered"] == 2);
    CHECK(r["groups_balanced"] == 2);
    const json& byRule = r["by_rule"];
    for (const char* rule : {"reference", "amount", "combination", "partial"}) {
        INFO(rule);
        REQUIRE(byRule.contains(rule));
        CHECK(byRule[rule].is_number_integer());
    }
    CHECK(byRule["reference"] == 1); // the Forges' 1 000,00 naming FA-0001
    CHECK(byRule["amount"] == 1);    // Acme's 300,00, the amount of FB-0001
    CHECK(byRule["combination"] == 0);
    CHECK(byRule["partial"] == 0);
    CHECK(r["amounts_cents"]["reference"] == 100'000);
    CHECK(r["amounts_cents"]["amount"] == 30'000);
    CHECK(r["lettered_cents"] == 130'000);
    CHECK(r["write_offs"] == 0);
    CHECK(r["open_items_left"] == 1); // FA-0002
    CHECK(r["for_review"].empty());

    const json ledger = okJson(cli, {QStringLiteral("ledger"), kForges});
    CHECK(ledger["siren"] == "552100554");
    CHECK(ledger["account"] == "411000101");
    CHECK(ledger["as_of"] == "2026-11-23");
    CHECK(ledger["open_cents"] == 50'000);
    const auto entries = byPiece(ledger);
    REQUIRE(entries.size() == 3);
    CHECK(entries.at("FA-0001")["open_cents"] == 0);
    CHECK(entries.at("FA-0001")["letter"] == "AA");
    CHECK(entries.at("FA-0001")["lettered_on"] == "2026-11-23");
    CHECK(entries.at("FA-0001")["debit_cents"] == 100'000);
    CHECK(entries.at("REF-1")["letter"] == "AA");
    CHECK(entries.at("REF-1")["kind"] == "payment");
    CHECK(entries.at("REF-1")["credit_cents"] == 100'000);
    CHECK(entries.at("FA-0002")["open_cents"] == 50'000);
    CHECK(entries.at("FA-0002")["letter"].is_null());
    CHECK(entries.at("FA-0002")["due_date"] == "2026-11-01");

    const json open = okJson(cli, {QStringLiteral("ledger"), kForges, QStringLiteral("--open")});
    CHECK(open["open_only"] == true);
    REQUIRE(open["entries"].size() == 1);
    CHECK(open["entries"][0]["piece"] == "FA-0002");
    // Acme's group got its own first code.
    CHECK(byPiece(okJson(cli, {QStringLiteral("ledger"), kAcme})).at("FB-0001")["letter"] == "AA");
    CHECK(okJson(cli, {QStringLiteral("ledger"), kAcme, QStringLiteral("--open")})["entries"].empty());

    // Text output: the totals line.
    const Run text = ok(cli, {QStringLiteral("ledger"), kForges});
    CHECK(text.out.contains(QStringLiteral("FA-0002")));

    const Run unknown = cli({QStringLiteral("ledger"), QStringLiteral("412345670")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.out.isEmpty());
    CHECK_FALSE(unknown.err.isEmpty());
}

TEST_CASE("cli: letter auto for one client as of a past day", "[cli][collect]")
{
    Cli cli;
    Files files;
    prepare(cli, files);
    // Paid on the 5th: the Forges' FA-0001 and Acme's FB-0001; on the 15th FA-0002.
    ok(cli, {QStringLiteral("payment"), QStringLiteral("add"), kForges, QStringLiteral("--amount"),
             QStringLiteral("1000,00"), QStringLiteral("--date"), QStringLiteral("2026-11-05"),
             QStringLiteral("--reference"), QStringLiteral("VIR-1"), QStringLiteral("--label"),
             QStringLiteral("FA-0001")});
    ok(cli, {QStringLiteral("payment"), QStringLiteral("add"), kAcme, QStringLiteral("--amount"), QStringLiteral("300"),
             QStringLiteral("--date"), QStringLiteral("2026-11-05")});
    ok(cli, {QStringLiteral("payment"), QStringLiteral("add"), kForges, QStringLiteral("--amount"), QStringLiteral("500"),
             QStringLiteral("--date"), QStringLiteral("2026-11-15"), QStringLiteral("--label"),
             QStringLiteral("FA-0002")});

    const json r = okJson(cli, {QStringLiteral("letter"), QStringLiteral("auto"), QStringLiteral("--client"), kForges,
                                QStringLiteral("--as-of"), QStringLiteral("2026-11-10")});
    CHECK(r["as_of"] == "2026-11-10");
    CHECK(r["clients"] == 1);
    CHECK(r["groups_lettered"] == 1);
    CHECK(r["by_rule"]["reference"] == 1);
    CHECK(r["open_items_left"] == 1); // FA-0002; the payment of the 15th was not looked at
    // Acme was not lettered; the Forges' payment of the 15th neither.
    CHECK(okJson(cli, {QStringLiteral("ledger"), kAcme, QStringLiteral("--open")})["entries"].size() == 2);
    const auto forges = byPiece(okJson(cli, {QStringLiteral("ledger"), kForges}));
    CHECK(forges.at("FA-0001")["letter"] == "AA");
    CHECK(forges.at("FA-0001")["lettered_on"] == "2026-11-10");
    CHECK(forges.at("FA-0002")["open_cents"] == 50'000);
    // As of the 9th, FA-0001 was still open and had no code.
    const auto past = byPiece(okJson(cli, {QStringLiteral("ledger"), kForges, QStringLiteral("--as-of"),
                                           QStringLiteral("2026-11-09")}));
    CHECK(past.at("FA-0001")["open_cents"] == 100'000);
    CHECK(past.at("FA-0001")["letter"].is_null());
    CHECK(past.size() == 3); // the payment of the 15th is not there yet
}

TEST_CASE("cli: payments added and assigned, lettered by hand and unlettered", "[cli][collect]")
{
    Cli cli;
    Files files;
    prepare(cli, files);
    ok(cli, {QStringLiteral("import"), QStringLiteral("statement"), statement(files)});
    ok(cli, {QStringLiteral("letter"), QStringLiteral("auto")});

    const json waiting = okJson(cli, {QStringLiteral("payment"), QStringLiteral("unmatched")});
    REQUIRE(waiting["unmatched"].size() == 1);
    const std::int64_t lineId = waiting["unmatched"][0]["id"].get<std::int64_t>();
    const json assigned = okJson(cli, {QStringLiteral("payment"), QStringLiteral("assign"),
                                       QString::number(lineId), kForges});
    CHECK(assigned["bank_line"] == lineId);
    const std::int64_t assignedEntry = assigned["entry_id"].get<std::int64_t>();
    CHECK(okJson(cli, {QStringLiteral("payment"), QStringLiteral("unmatched")})["unmatched"].empty());
    // Assigned twice: refused.
    CHECK(cli({QStringLiteral("payment"), QStringLiteral("assign"), QString::number(lineId), kForges}).exitCode == 1);

    const json added = okJson(cli, {QStringLiteral("payment"), QStringLiteral("add"), kForges, QStringLiteral("--amount"),
                                    QStringLiteral("425,00"), QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                    QStringLiteral("--method"), QStringLiteral("cheque"), QStringLiteral("--reference"),
                                    QStringLiteral("CHQ-9")});
    CHECK(added["amount_cents"] == 42'500);
    CHECK(added["date"] == "2026-11-20");
    const std::int64_t addedEntry = added["entry_id"].get<std::int64_t>();

    // Open: FA-0002 500,00 owed; 75,00 and 425,00 received, signed negative.
    json open = okJson(cli, {QStringLiteral("ledger"), kForges, QStringLiteral("--open")});
    CHECK(open["open_cents"] == 0); // 500,00 - 75,00 - 425,00
    auto entries = byPiece(open);
    REQUIRE(entries.size() == 3);
    CHECK(entries.at("FA-0002")["open_cents"] == 50'000);
    CHECK(entries.at("REF-3")["open_cents"] == -7'500);
    CHECK(entries.at("REF-3")["id"] == assignedEntry);
    CHECK(entries.at("CHQ-9")["open_cents"] == -42'500);
    const std::int64_t invoice = entries.at("FA-0002")["id"].get<std::int64_t>();

    // Lettered by hand: 75,00 + 425,00 = 500,00, the client's second code.
    const json manual = okJson(cli, {QStringLiteral("letter"), QStringLiteral("manual"), kForges,
                                     QString::number(invoice), QString::number(assignedEntry),
                                     QString::number(addedEntry)});
    CHECK(manual["balanced"] == true);
    CHECK(manual["letter"] == "AB");
    CHECK(manual["written_off_cents"] == 0);
    CHECK(manual["lettering_id"].is_number_integer());
    CHECK(okJson(cli, {QStringLiteral("ledger"), kForges, QStringLiteral("--open")})["entries"].empty());
    CHECK(byPiece(okJson(cli, {QStringLiteral("ledger"), kForges})).at("CHQ-9")["letter"] == "AB");

    // Undone by its code: everything open again.
    const json undone = okJson(cli, {QStringLiteral("letter"), QStringLiteral("undo"), kForges, QStringLiteral("ab")});
    CHECK(undone["unlettered"] == "AB");
    open = okJson(cli, {QStringLiteral("ledger"), kForges, QStringLiteral("--open")});
    CHECK(open["entries"].size() == 3);
    CHECK(byPiece(open).at("FA-0002")["letter"].is_null());
    const Run again = cli({QStringLiteral("letter"), QStringLiteral("undo"), kForges, QStringLiteral("AB")});
    CHECK(again.exitCode == 1);
    CHECK_FALSE(again.err.isEmpty());

    // Unbalanced without --partial: refused; with it, recorded without a code.
    Run unbalanced = cli({QStringLiteral("letter"), QStringLiteral("manual"), kForges, QString::number(invoice),
                          QString::number(addedEntry)});
    CHECK(unbalanced.exitCode == 1);
    CHECK_FALSE(unbalanced.err.isEmpty());
    const json partial = okJson(cli, {QStringLiteral("letter"), QStringLiteral("manual"), kForges,
                                      QString::number(invoice), QString::number(addedEntry), QStringLiteral("--partial")});
    CHECK(partial["balanced"] == false);
    CHECK(partial["letter"] == "");
    CHECK(byPiece(okJson(cli, {QStringLiteral("ledger"), kForges, QStringLiteral("--open")})).at("FA-0002")["open_cents"]
          == 7'500); // 500,00 - 425,00
}

TEST_CASE("cli: import fec, export fec, and the exported file is an FEC with the codes", "[cli][collect]")
{
    Cli cli;
    Files files;
    prepare(cli, files);
    const std::string fec = std::string(kFecHeader)
        + "VE|Ventes|VE000001|20261001|411000|Clients|411000101|Forges de Lorraine|FA1001|20261001|Facture|"
          "1200,00|0,00|AA|20261020|20261031||\n"
          "VE|Ventes|VE000001|20261001|706000|Ventes|||FA1001|20261001|Facture|0,00|1200,00|||20261031||\n"
          "VE|Ventes|VE000002|20261005|411000|Clients|411000999|Nouveau Client SARL|FA1003|20261005|Facture|"
          "240,00|0,00|ab|20261025|20261031||\n"
          "VE|Ventes|VE000002|20261005|706000|Ventes|||FA1003|20261005|Facture|0,00|240,00|||20261031||\n"
          "BQ|Banque|BQ000001|20261020|512000|Banque|||VIR1|20261020|Virement|1200,00|0,00|||20261031||\n"
          "BQ|Banque|BQ000001|20261020|411000|Clients|411000101|Forges de Lorraine|VIR1|20261020|Reglement|"
          "0,00|1200,00|AA|20261020|20261031||\n"
          "BQ|Banque|BQ000002|20261025|512000|Banque|||VIR2|20261025|Virement|100,00|0,00|||20261031||\n"
          "BQ|Banque|BQ000002|20261025|411000|Clients|411000999|Nouveau Client SARL|VIR2|20261025|Acompte|"
          "0,00|100,00|ab|20261025|20261031||\n";
    const QString path = files.write("gl.txt", fec);
    const json r = okJson(cli, {QStringLiteral("import"), QStringLiteral("fec"), path});
    CHECK(r["encoding"].is_string());
    CHECK(r["lines_read"] == 8);
    CHECK(r["client_lines"] == 4);
    CHECK(r["entries"] == 4);
    CHECK(r["already_imported"] == 0);
    CHECK(r["clients_linked"] == 1);
    REQUIRE(r["clients_created"].size() == 1);
    CHECK(r["clients_created"][0]["account"] == "411000999");
    CHECK(r["clients_created"][0]["name"] == "Nouveau Client SARL");
    CHECK(r["lettered_groups"] == 1);
    CHECK(r["partial_groups"] == 1); // "ab": 240,00 against 100,00
    CHECK(r["errors"].empty());
    // The new client is found by its account number; its invoice 140,00 open.
    const json created = okJson(cli, {QStringLiteral("ledger"), QStringLiteral("411000999"), QStringLiteral("--open")});
    CHECK(created["open_cents"] == 14'000);
    CHECK(created["siren"] == "");
    // Same file again: refused.
    const Run twice = cli({QStringLiteral("import"), QStringLiteral("fec"), path});
    CHECK(twice.exitCode == 1);
    CHECK_FALSE(twice.err.isEmpty());

    const QString out = files.path("export.txt");
    const json exported = okJson(cli, {QStringLiteral("export"), QStringLiteral("fec"), out, QStringLiteral("--from"),
                                       QStringLiteral("2026-01-01")});
    // The 4 FEC entries and the 3 open items, each with one counterpart.
    CHECK(exported["entries"] == 7);
    CHECK(exported["lines"] == 14);
    CHECK(exported["lettered"] == 2);
    CHECK(exported["from"] == "2026-01-01");
    CHECK(exported["to"] == "2026-11-23");
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const pc::io::FecFile read = pc::io::readFec(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                                 "export.txt");
    REQUIRE(read.ok());
    CHECK(read.lines.size() == 14);
    std::map<std::string, std::string> letters;
    for (const pc::io::FecLine& line : read.lines)
        if (line.isClientLine())
            letters[line.pieceRef] = line.ecritureLet;
    CHECK(letters == std::map<std::string, std::string>{{"FA1001", "AA"}, {"VIR1", "AA"}, {"FA1003", ""},
                                                        {"VIR2", ""},     {"FA-0001", ""}, {"FA-0002", ""},
                                                        {"FB-0001", ""}});
    // A period with nothing in it gives a header only.
    const json empty = okJson(cli, {QStringLiteral("export"), QStringLiteral("fec"), files.path("empty.txt"),
                                    QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                                    QStringLiteral("2025-12-31")});
    CHECK(empty["entries"] == 0);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("fec"), files.path("x.txt"), QStringLiteral("--from"),
               QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-11-01")})
              .exitCode
          == 1);
}

TEST_CASE("cli: open items of unknown clients are refused with their line", "[cli][collect]")
{
    Cli cli;
    Files files;
    prepare(cli, files);
    const QString path = files.write("unknown.csv", "siren;piece;date_piece;montant_ttc\n"
                                                    "552100554;FA-0009;01/10/2026;10,00\n"
                                                    "412345670;FX-1;01/10/2026;20,00\n");
    const Run run = cli({QStringLiteral("import"), QStringLiteral("open-items"), path, QStringLiteral("--json")});
    CHECK(run.exitCode == 1);
    const json r = run.parsed();
    REQUIRE(r["errors"].size() == 1);
    CHECK(r["errors"][0]["code"] == "not_found");
    CHECK(r["errors"][0]["line"] == 3);
    CHECK(r["errors"][0]["field"] == "siren");
    CHECK(r["errors"][0]["file"] == "unknown.csv");
    CHECK(r["invoices"] == 0);
    // FA-0009 of line 2 was not kept either.
    CHECK(byPiece(okJson(cli, {QStringLiteral("ledger"), kForges})).count("FA-0009") == 0);
}

TEST_CASE("cli: stage 7 commands refuse bad input with the right exit code", "[cli][collect]")
{
    Cli cli;
    Files files;
    prepare(cli, files);
    const auto exitOf = [&](const QStringList& args) {
        const Run run = cli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << run.err.toStdString());
        CHECK_FALSE(run.err.isEmpty());
        return run.exitCode;
    };
    // A file that is not there: the import fails (1).
    CHECK(exitOf({QStringLiteral("import"), QStringLiteral("statement"), files.path("none.xml")}) == 1);
    CHECK(exitOf({QStringLiteral("import"), QStringLiteral("fec"), files.path("none.txt")}) == 1);
    CHECK(exitOf({QStringLiteral("import"), QStringLiteral("open-items"), files.path("none.csv")}) == 1);
    // The command line itself is wrong (2).
    CHECK(exitOf({QStringLiteral("import"), QStringLiteral("foo"), QStringLiteral("x")}) == 2);
    CHECK(exitOf({QStringLiteral("import"), QStringLiteral("statement")}) == 2);
    CHECK(exitOf({QStringLiteral("export"), QStringLiteral("fec")}) == 2);
    CHECK(exitOf({QStringLiteral("letter"), QStringLiteral("foo")}) == 2);
    CHECK(exitOf({QStringLiteral("letter"), QStringLiteral("auto"), QStringLiteral("extra")}) == 2);
    CHECK(exitOf({QStringLiteral("letter"), QStringLiteral("manual"), kForges, QStringLiteral("abc"),
                  QStringLiteral("1")})
          == 2);
    CHECK(exitOf({QStringLiteral("payment"), QStringLiteral("foo")}) == 2);
    CHECK(exitOf({QStringLiteral("payment"), QStringLiteral("assign"), QStringLiteral("x"), kForges}) == 2);
    CHECK(exitOf({QStringLiteral("payment"), QStringLiteral("add"), kForges, QStringLiteral("--amount"),
                  QStringLiteral("10"), QStringLiteral("--method"), QStringLiteral("troc")})
          == 2);
    CHECK(exitOf({QStringLiteral("ledger"), kForges, QStringLiteral("--as-of"), QStringLiteral("2026-13-01")}) == 2);
    CHECK(exitOf({QStringLiteral("letter"), QStringLiteral("auto"), QStringLiteral("--as-of"),
                  QStringLiteral("demain")})
          == 2);
    // Values the use case refuses (1).
    CHECK(exitOf({QStringLiteral("payment"), QStringLiteral("add"), kForges, QStringLiteral("--amount"),
                  QStringLiteral("abc")})
          == 1);
    CHECK(exitOf({QStringLiteral("payment"), QStringLiteral("add"), kForges, QStringLiteral("--amount"),
                  QStringLiteral("0")})
          == 1);
    CHECK(exitOf({QStringLiteral("payment"), QStringLiteral("add"), kForges, QStringLiteral("--amount"),
                  QStringLiteral("10"), QStringLiteral("--date"), QStringLiteral("2026-11-24")})
          == 1);
    CHECK(exitOf({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("412345670"),
                  QStringLiteral("--amount"), QStringLiteral("10")})
          == 1);
    CHECK(exitOf({QStringLiteral("payment"), QStringLiteral("assign"), QStringLiteral("999"), kForges}) == 1);
    CHECK(exitOf({QStringLiteral("letter"), QStringLiteral("auto"), QStringLiteral("--client"),
                  QStringLiteral("412345670")})
          == 1);
    CHECK(exitOf({QStringLiteral("letter"), QStringLiteral("manual"), kForges, QStringLiteral("999"),
                  QStringLiteral("998")})
          == 1);
    // Nothing of the refused payments was written.
    const json ledger = okJson(cli, {QStringLiteral("ledger"), kForges});
    CHECK(ledger["entries"].size() == 2);
    CHECK(ledger["open_cents"] == 150'000);
}
