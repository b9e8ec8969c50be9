// The camt.053 reader on every sample of shared/fixtures/bank_statements/camt053
// (skipped when that folder is absent), on the hand-made files of tests/data/bank and
// on small documents written here.

#include "io/BankStatement.h"

#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/TestSupport.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <optional>
#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::io;
using pc::test::date;

namespace {

std::optional<QByteArray> camtFixture(const std::string& name)
{
    const QString path = pc::test::sharedFixturePath(QStringLiteral("bank_statements/camt053/") + QString::fromStdString(name));
    if (path.isEmpty()) {
        WARN("shared fixture camt053/" << name << " absent: not checked");
        return std::nullopt;
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

std::string describe(const BankStatementFile& file)
{
    std::string out;
    for (const Error& e : file.errors)
        out += e.where.file + ":" + std::to_string(e.where.line) + " [" + e.where.field + "] " + errorCodeName(e.code)
            + " " + e.arg(0) + " " + e.arg(1) + "\n";
    for (const std::string& w : file.warnings)
        out += "warning " + w + "\n";
    return out;
}

BankStatementFile readFixture(const std::string& name, const QByteArray& bytes)
{
    return readCamt053(view(bytes), "camt053/" + name);
}

struct Expected {
    int line;
    ErrorCode code;
    std::string field;
    std::vector<std::string> args;
};

void checkList(const std::vector<Error>& list, const std::vector<Expected>& expected)
{
    REQUIRE(list.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("#" << i);
        CHECK(list[i].where.line == expected[i].line);
        CHECK(list[i].code == expected[i].code);
        CHECK(list[i].where.field == expected[i].field);
        CHECK(list[i].args == expected[i].args);
    }
}

} // namespace

// ---------------------------------------------------------------------------------
// OCA samples (bank-statement-import, camt.053.001.02 and .04, camt.054)

TEST_CASE("camt: OCA test-camt053 — debits, a reversed batch split per TxDtls, a credit", "[io][bank][camt]")
{
    const auto bytes = camtFixture("oca_test-camt053.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("oca_test-camt053.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    CHECK(file.format == BankFormat::Camt053);
    CHECK(file.messageName == "camt.053.001.02");
    REQUIRE(file.statements.size() == 1);
    const BankStatement& s = file.statements[0];
    CHECK(s.account == "NL77ABNA0574908765");
    CHECK(s.iban == "NL77ABNA0574908765");
    CHECK(s.currency == "EUR");
    CHECK(s.line == 7);
    CHECK(s.openingBalance == Money::fromCents(1556827));
    CHECK(s.closingBalance == Money::fromCents(1512112));
    CHECK(s.openingDate == date("2014-01-05"));
    CHECK(s.closingDate == date("2014-01-05"));
    REQUIRE(s.transactions.size() == 4);
    CHECK(file.transactionCount() == 4);

    const BankTransaction& insurance = s.transactions[0];
    CHECK(insurance.line == 50);
    CHECK(insurance.amount == Money::fromCents(-75425));
    CHECK(insurance.bookingDate == date("2014-01-05"));
    CHECK(insurance.valueDate == date("2014-01-05"));
    CHECK(insurance.counterpartyName == "INSURANCE COMPANY TESTX");
    CHECK(insurance.counterpartyIban == "NL46ABNA0499998748");
    CHECK(insurance.remittance == "Insurance policy 857239PERIOD 01.01.2014 - 31.12.2014");
    CHECK(insurance.label == "MKB Insurance 859239PERIOD 01.01.2014 - 31.12.2014");
    CHECK(insurance.reference == "435005714488-ABNO33052620");
    CHECK(insurance.operationCode == "PMNT/RDDT/ESDD");
    CHECK_FALSE(insurance.reversal);

    // RvslInd true on a DBIT entry: booked as a debit (the sign of CdtDbtInd), marked.
    for (std::size_t i : {1u, 2u}) {
        const BankTransaction& r = s.transactions[i];
        CHECK(r.line == 113);
        CHECK(r.reversal);
        CHECK(r.label == "[Reversal] Direct debit S14 0410 AC07 Rek.nummer blokkade TESTBANK/NL/20141229/01206408");
        CHECK(r.remittance == "Direct Debit S14 0410");
        CHECK(r.counterpartyName == "Test Customer");
        CHECK(r.operationCode == "PMNT/IDDT/UPDD");
    }
    CHECK(s.transactions[1].amount == Money::fromCents(-56405));
    CHECK(s.transactions[1].reference == "TESTBANK/NL/20141229/01206408");
    CHECK(s.transactions[2].amount == Money::fromCents(-10000));
    CHECK(s.transactions[2].reference == "TESTBANK/NL/20141229/01206407");

    const BankTransaction& media = s.transactions[3];
    CHECK(media.line == 228);
    CHECK(media.amount == Money::fromCents(140531));
    CHECK(media.counterpartyName == "3rd party Media");
    CHECK(media.counterpartyIban == "NL69ABNA0522123643");
    CHECK(media.label == "#RD PARTY MEDIA CUSNO 90782 4210773");
    CHECK(media.remittance.empty());
    CHECK(media.reference == "115");

    // 15 568.27 − 754.25 − 664.05 + 1 405.31 = 15 555.28, not the 15 121.12 announced.
    REQUIRE(file.warningDetails.size() == 1);
    CHECK(file.warningDetails[0].code == ErrorCode::TotalMismatch);
    CHECK(file.warningDetails[0].where.line == 7);
    CHECK(file.warningDetails[0].args == std::vector<std::string>{"15555.28", "15121.12"});
}

TEST_CASE("camt: OCA test-camt053-txdtls — a batch of two credits in CHF, balanced", "[io][bank][camt]")
{
    const auto bytes = camtFixture("oca_test-camt053-txdtls.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("oca_test-camt053-txdtls.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    CHECK(file.warnings.empty());
    CHECK(file.messageName == "camt.053.001.04");
    const BankStatement& s = file.statements.at(0);
    CHECK(s.account == "CH1111000000123456789");
    CHECK(s.currency == "CHF");
    CHECK(s.openingBalance == Money::fromCents(7596015));
    CHECK(s.closingBalance == Money::fromCents(7944315));
    CHECK(s.openingDate == date("2017-03-22"));
    CHECK(s.closingDate == date("2017-03-23"));
    REQUIRE(s.transactions.size() == 2);
    const BankTransaction& a = s.transactions[0];
    const BankTransaction& b = s.transactions[1];
    CHECK(a.line == 53);
    CHECK(b.line == 53);
    CHECK(a.amount == Money::fromCents(218700));
    CHECK(b.amount == Money::fromCents(129600));
    CHECK(a.bookingDate == date("2017-03-22"));
    CHECK(a.valueDate == date("2017-03-23"));
    CHECK(a.counterpartyName == "Banque Cantonale Vaudoise");
    CHECK(a.counterpartyIban == "CH2222000000123456789");
    CHECK(b.counterpartyIban == "CH3333000000123456789");
    CHECK(a.remittance == "302388292000011111111111111");
    CHECK(b.remittance == "302388292000022222222222222");
    CHECK(a.label == "CR\xC3\x89" "DIT GROUP\xC3\x89 BVR TRAITEMENT DU 22.03.2017 NUM\xC3\x89" "RO CLIENT 01-70884-3 PAQUET ID: 123456CHCAFEBABE");
    CHECK(a.reference == "20170323001234567891234567891234 / 123456CHCAFEBABE");
    CHECK(a.operationCode == "PMNT/RCDT/AUTT"); // the TxDtls code before the entry's VCOM
}

TEST_CASE("camt: OCA test-camt053-no-ntry — a statement without entries is a warning", "[io][bank][camt]")
{
    const auto bytes = camtFixture("oca_test-camt053-no-ntry.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("oca_test-camt053-no-ntry.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    REQUIRE(file.statements.size() == 1);
    CHECK(file.transactionCount() == 0);
    CHECK(file.statements[0].currency == "CHF");
    CHECK(file.statements[0].openingBalance == Money::fromCents(152076));
    CHECK(file.statements[0].closingBalance == Money::fromCents(152076));
    checkList(file.warningDetails, {{7, ErrorCode::Empty, "Ntry", {"NL77ABNA0574908765"}}});
}

TEST_CASE("camt: OCA test-camt054 — a notification is read, with a warning", "[io][bank][camt]")
{
    const auto bytes = camtFixture("oca_test-camt054.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("oca_test-camt054.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    CHECK(file.messageName == "camt.054.001.04");
    checkList(file.warningDetails, {{2, ErrorCode::InvalidFormat, "format", {"camt.054.001.04", "camt.053"}}});
    REQUIRE(file.statements.size() == 1);
    const BankStatement& s = file.statements[0];
    CHECK(s.line == 13);
    CHECK(s.account == "NL77ABNA0574908765");
    CHECK(s.currency == "EUR");
    CHECK_FALSE(s.openingBalance.has_value());
    CHECK(s.openingDate == date("2022-01-26"));
    REQUIRE(s.transactions.size() == 1);
    const BankTransaction& t = s.transactions[0];
    CHECK(t.line == 31);
    CHECK(t.amount == Money::fromCents(500));
    CHECK(t.counterpartyName == "Test Customer");
    CHECK(t.counterpartyIban == "NL46ABNA0499998748");
    CHECK(t.remittance == "000000000000000000000000003");
    CHECK(t.reference == "98888208N8 / 15180015077602405 / ENDTOENDID-01");
    CHECK(t.label == "Additional entry info");
    CHECK(t.operationCode == "PMNT/RCDT/ATXN");
}

// ---------------------------------------------------------------------------------
// genkgo/camt samples (camt.053.001.02, .03, .04)

TEST_CASE("camt: genkgo v2 minimal — as the library's golden JSON says; a closing balance in SEK is left out",
          "[io][bank][camt]")
{
    const auto bytes = camtFixture("genkgo_camt053.v2.minimal.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("genkgo_camt053.v2.minimal.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    const BankStatement& s = file.statements.at(0);
    CHECK(s.account == "NL26VAYB8060476890");
    CHECK(s.currency == "EUR");
    CHECK(s.openingBalance == Money::fromCents(1815)); // golden: 1815 EUR
    CHECK(s.openingDate == date("2014-12-30"));
    CHECK_FALSE(s.closingBalance.has_value()); // golden: -2700 SEK
    CHECK(s.closingDate == date("2007-10-18")); // from FrToDt then
    checkList(file.warningDetails, {{60, ErrorCode::InconsistentFields, "Ccy", {"SEK", "EUR"}}});
    REQUIRE(s.transactions.size() == 1);
    const BankTransaction& t = s.transactions[0];
    CHECK(t.line == 90);
    CHECK(t.amount == Money::fromCents(885)); // golden: 885 EUR, CRDT
    CHECK(t.bookingDate == date("2014-12-31"));
    CHECK(t.valueDate == date("2015-01-02"));
    CHECK(t.operationCode == "544");
    CHECK(t.counterpartyName == "NAME NAME");
    CHECK(t.counterpartyIban == "NL56AGDH9619008421");
    CHECK(t.counterpartyId.empty()); // the creditor's KBO number is not the counterparty's
    CHECK(t.remittance == "4654654654654654");
}

TEST_CASE("camt: genkgo v2 five.decimals — zeros beyond the cents are accepted", "[io][bank][camt]")
{
    const auto bytes = camtFixture("genkgo_camt053.v2.five.decimals.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("genkgo_camt053.v2.five.decimals.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    const BankStatement& s = file.statements.at(0);
    CHECK(s.openingBalance == Money::fromCents(1815));  // 18.150
    CHECK(s.closingBalance == Money::fromCents(2705));  // 27.050
    REQUIRE(s.transactions.size() == 1);
    CHECK(s.transactions[0].amount == Money::fromCents(885)); // 8.850
    CHECK(s.transactions[0].remittance == "Transaction Description");
    CHECK(s.transactions[0].reference == "000000001");
    CHECK(s.transactions[0].counterpartyName == "Company Name"); // no Dbtr: the creditor, not this account
    // 18.15 + 8.85 ≠ 27.05 in this sample.
    checkList(file.warningDetails, {{25, ErrorCode::TotalMismatch, "Bal", {"27.00", "27.05"}}});
}

TEST_CASE("camt: genkgo v2 all-balance-types — OPBD before PRCD, CLBD; account without IBAN", "[io][bank][camt]")
{
    const auto bytes = camtFixture("genkgo_camt053.v2.all-balance-types.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("genkgo_camt053.v2.all-balance-types.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    const BankStatement& s = file.statements.at(0);
    CHECK(s.account == "CH2801234000123456789");
    CHECK(s.iban.empty());
    CHECK(s.currency == "EUR");
    CHECK(s.openingBalance == Money::fromCents(101));
    CHECK(s.openingDate == date("2015-01-21"));
    CHECK(s.closingBalance == Money::fromCents(404));
    CHECK(s.closingDate == date("2015-01-22"));
    REQUIRE(s.transactions.size() == 1);
    CHECK(s.transactions[0].amount == Money::fromCents(885));
    checkList(file.warningDetails, {{10, ErrorCode::TotalMismatch, "Bal", {"9.86", "4.04"}}});
}

TEST_CASE("camt: genkgo v2 minimal.ultimate — the ultimate debtor names the counterparty", "[io][bank][camt]")
{
    const auto bytes = camtFixture("genkgo_camt053.v2.minimal.ultimate.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("genkgo_camt053.v2.minimal.ultimate.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    REQUIRE(file.transactionCount() == 1);
    const BankTransaction& t = file.statements[0].transactions[0];
    CHECK(t.amount == Money::fromCents(885));
    CHECK(t.counterpartyName == "DEBTOR NAME NM");
    CHECK(t.ultimateCounterpartyName == "DEBTOR NAME NM");
    CHECK(t.counterpartyIban.empty());
}

TEST_CASE("camt: genkgo v2 multi.statement — two statements, each balanced", "[io][bank][camt]")
{
    const auto bytes = camtFixture("genkgo_camt053.v2.multi.statement.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("genkgo_camt053.v2.multi.statement.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    CHECK(file.warnings.empty());
    REQUIRE(file.statements.size() == 2);
    CHECK(file.transactionCount() == 2);
    const BankStatement& first = file.statements[0];
    CHECK(first.line == 26);
    CHECK(first.openingBalance == Money::fromCents(1815));
    CHECK(first.closingBalance == Money::fromCents(2700));
    CHECK(first.transactions.at(0).amount == Money::fromCents(885));
    CHECK(first.transactions.at(0).counterpartyName == "Company Name 1");
    CHECK(first.transactions.at(0).remittance == "Transaction Description 1");
    const BankStatement& second = file.statements[1];
    CHECK(second.line == 112);
    CHECK(second.openingBalance == Money::fromCents(2700));
    CHECK(second.closingBalance == Money::fromCents(2000));
    const BankTransaction& t = second.transactions.at(0);
    CHECK(t.line == 145);
    CHECK(t.amount == Money::fromCents(-700));
    CHECK(t.counterpartyName == "Company Name 2");
    CHECK(t.counterpartyIban == "NL56AGDH9619008421");
    CHECK(t.remittance == "Transaction Description 2");
    CHECK(t.reference == "000000002");
}

TEST_CASE("camt: genkgo v2 with-account-name — this account is no counterparty; currency from the entry",
          "[io][bank][camt]")
{
    const auto bytes = camtFixture("genkgo_camt053.v2.with-account-name.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("genkgo_camt053.v2.with-account-name.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    const BankStatement& s = file.statements.at(0);
    CHECK(s.account == "CH2801234000123456789");
    CHECK(s.currency == "EUR");
    CHECK_FALSE(s.openingBalance.has_value()); // only a CLAV balance
    REQUIRE(s.transactions.size() == 1);
    const BankTransaction& t = s.transactions[0];
    CHECK(t.line == 29);
    CHECK(t.amount == Money::fromCents(885));
    CHECK_FALSE(t.valueDate.has_value());
    CHECK(t.counterpartyName.empty());
    CHECK(t.counterpartyIban.empty());
}

TEST_CASE("camt: genkgo v2 with-party-ids — a private id is not an organisation id", "[io][bank][camt]")
{
    const auto bytes = camtFixture("genkgo_camt053.v2.with-party-ids.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("genkgo_camt053.v2.with-party-ids.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    REQUIRE(file.transactionCount() == 1);
    const BankTransaction& t = file.statements[0].transactions[0];
    CHECK(t.counterpartyName == "NAME NAME");
    CHECK(t.counterpartyIban == "NL56AGDH9619008421");
    CHECK(t.counterpartyId.empty());
}

TEST_CASE("camt: genkgo v3 — account in Othr, one TxDtls: the entry amount", "[io][bank][camt]")
{
    const auto bytes = camtFixture("genkgo_camt053.v3.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("genkgo_camt053.v3.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    CHECK(file.messageName == "camt.053.001.03");
    const BankStatement& s = file.statements.at(0);
    CHECK(s.account == "NL26VAYB8060476890");
    CHECK(s.iban.empty());
    CHECK(s.currency == "EUR");
    REQUIRE(s.transactions.size() == 1);
    const BankTransaction& t = s.transactions[0];
    CHECK(t.line == 110);
    CHECK(t.amount == Money::fromCents(885)); // not the TxDtls 105.750
    CHECK(t.reference == "XXXXXXXXXXXXXXXXXXXXXXEUR");
    CHECK(t.operationCode == "PMNT/RCDT/DMCT");
    CHECK(t.counterpartyName == "NAME NAME");
    CHECK(t.remittance == "4654654654654654");
    checkList(file.warningDetails, {{80, ErrorCode::InconsistentFields, "Ccy", {"SEK", "EUR"}}});
}

TEST_CASE("camt: genkgo v4 — currency from the opening balance", "[io][bank][camt]")
{
    const auto bytes = camtFixture("genkgo_camt053.v4.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("genkgo_camt053.v4.xml", *bytes);
    INFO(describe(file));
    REQUIRE(file.ok());
    CHECK(file.messageName == "camt.053.001.04");
    const BankStatement& s = file.statements.at(0);
    CHECK(s.currency == "EUR");
    CHECK(s.openingBalance == Money::fromCents(1815));
    REQUIRE(s.transactions.size() == 1);
    const BankTransaction& t = s.transactions[0];
    CHECK(t.amount == Money::fromCents(885)); // not the TxDtls "0" SEK
    CHECK(t.reference == "AAAASESS-FP-CN_98765/01");
    CHECK(t.operationCode == "PAYM/0001/0005");
    CHECK(file.warningDetails.size() == 1);
}

TEST_CASE("camt: genkgo v2 wrong — a camt.053 without Stmt is refused", "[io][bank][camt]")
{
    const auto bytes = camtFixture("genkgo_camt053.v2.wrong.xml");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("genkgo_camt053.v2.wrong.xml", *bytes);
    INFO(describe(file));
    checkList(file.errors, {{3, ErrorCode::MissingField, "Stmt", {}}});
    CHECK(file.errors[0].where.file == "camt053/genkgo_camt053.v2.wrong.xml");
    CHECK(file.statements.empty());
}

TEST_CASE("camt: genkgo minimal.json — not XML", "[io][bank][camt]")
{
    const auto bytes = camtFixture("genkgo_camt053.v2.minimal.json");
    if (!bytes)
        return;
    const BankStatementFile file = readFixture("genkgo_camt053.v2.minimal.json", *bytes);
    INFO(describe(file));
    REQUIRE(file.errors.size() == 1);
    CHECK(file.errors[0].code == ErrorCode::InvalidFormat);
    CHECK(file.errors[0].where.field == "xml");
    CHECK(file.errors[0].where.line == 1);
    CHECK_FALSE(file.errors[0].arg(0).empty());
}

// ---------------------------------------------------------------------------------
// Hand-made documents

TEST_CASE("camt: French camt.053 — FR IBAN, SIREN of the debtor, invoice number, batch, reversal",
          "[io][bank][camt]")
{
    const QByteArray bytes = pc::test::readTestData(QStringLiteral("bank/camt053_fr.xml"));
    const BankStatementFile file = readCamt053(view(bytes), "bank/camt053_fr.xml");
    INFO(describe(file));
    REQUIRE(file.ok());
    CHECK(file.warnings.empty()); // balanced
    const BankStatement& s = file.statements.at(0);
    CHECK(s.account == "FR7630004008230001234567819");
    CHECK(s.openingBalance == Money::fromCents(1250000));
    CHECK(s.closingBalance == Money::fromCents(1423530));
    REQUIRE(s.transactions.size() == 5);

    const BankTransaction& transfer = s.transactions[0];
    CHECK(transfer.line == 40);
    CHECK(transfer.amount == Money::fromCents(144000));
    CHECK(transfer.remittance == "FA000123");
    CHECK(transfer.counterpartyName == "Boulangerie Dupr\xC3\xA9 SARL");
    CHECK(transfer.counterpartyId == "732829320");
    CHECK(transfer.counterpartyIdScheme == "SIREN");
    CHECK(transfer.counterpartyIban == "FR7630003036200002001234517");
    CHECK(transfer.reference == "2026110300012 / E2E-20261103-0001");
    CHECK(transfer.label == "VIR SEPA RE\xC3\x87U /DE BOULANGERIE DUPR\xC3\x89");
    CHECK(transfer.operationCode == "PMNT/RCDT/ESCT");

    const BankTransaction& directDebit = s.transactions[1];
    CHECK(directDebit.amount == Money::fromCents(-8520));
    CHECK(directDebit.counterpartyName == "ORANGE SA");
    CHECK(directDebit.counterpartyId == "FR12ZZZ123456"); // SEPA creditor identifier
    CHECK(directDebit.counterpartyIdScheme == "SEPA");
    CHECK(directDebit.counterpartyIban == "FR7617515900000801234567849");
    CHECK(directDebit.remittance == "RF18539007547034");
    CHECK(directDebit.reference == "2026110300013"); // NOTPROVIDED is left out

    const BankTransaction& batchA = s.transactions[2];
    const BankTransaction& batchB = s.transactions[3];
    CHECK(batchA.line == 128);
    CHECK(batchA.amount == Money::fromCents(30000));
    CHECK(batchA.counterpartyName == "Garage Lef\xC3\xA8vre");
    CHECK(batchA.remittance == "FA000124");
    CHECK(batchA.label == "REMISE VIREMENTS");
    CHECK(batchB.amount == Money::fromCents(20050));
    CHECK(batchB.counterpartyName == "Fleurs & Jardins");
    CHECK(batchB.remittance == "FA000125");
    CHECK(batchB.valueDate == date("2026-11-04"));

    const BankTransaction& unpaid = s.transactions[4];
    CHECK(unpaid.amount == Money::fromCents(-12000));
    CHECK(unpaid.reversal);
    CHECK(unpaid.label == "[Reversal] IMPAYE PRLV SEPA");
    // The parties of a reversal are those of the original collection: the debtor.
    CHECK(unpaid.counterpartyName == "Client Rejet\xC3\xA9 SAS");
    CHECK(unpaid.counterpartyIban == "FR1420041010050500013M02606");
    CHECK(unpaid.remittance == "FA000099");
}

TEST_CASE("camt: entry errors, each at its line and element", "[io][bank][camt]")
{
    const QByteArray bytes = pc::test::readTestData(QStringLiteral("bank/camt053_errors.xml"));
    const BankStatementFile file = readCamt053(view(bytes), "bank/camt053_errors.xml");
    INFO(describe(file));
    checkList(file.errors, {
                               {9, ErrorCode::MissingField, "Amt", {}},
                               {13, ErrorCode::MissingField, "CdtDbtInd", {}},
                               {17, ErrorCode::MissingField, "BookgDt", {}},
                               {24, ErrorCode::InvalidDate, "BookgDt", {"2026-02-30"}},
                               {27, ErrorCode::TooManyDecimals, "Amt", {"10.005"}},
                               {32, ErrorCode::InconsistentFields, "Ccy", {"USD", "EUR"}},
                               {38, ErrorCode::UnknownValue, "CdtDbtInd", {"CRED"}},
                               {42, ErrorCode::InvalidNumber, "Amt", {"1 234,50"}},
                               {50, ErrorCode::InvalidDate, "ValDt", {"2026-13-03T10:00:00"}},
                           });
    for (const Error& e : file.errors)
        CHECK(e.where.file == "bank/camt053_errors.xml");
    CHECK(file.transactionCount() == 1); // the last entry, good
}

namespace {

// A camt.053.001.08 statement around the given entries (EUR account, no balance).
std::string camt08(const std::string& entries)
{
    return "<?xml version=\"1.0\"?>\n"
           "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">\n"
           "<BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr>\n"
           "<Stmt><Id>S</Id><Acct><Id><IBAN>FR7630004008230001234567819</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
        + entries + "</Stmt></BkToCstmrStmt></Document>\n";
}

const std::string kBookedOn = "<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-11-03</Dt></BookgDt>";

} // namespace

TEST_CASE("camt: later versions, batches that do not split, pending entries", "[io][bank][camt]")
{
    SECTION("camt.053.001.08: parties wrapped in Pty, status in Sts/Cd, a date-time booking date")
    {
        const std::string xml = camt08(
            "<Ntry><Amt Ccy=\"EUR\">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>"
            "<BookgDt><DtTm>2026-11-03T09:15:00+01:00</DtTm></BookgDt>"
            "<NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>SCI Les Tilleuls</Nm><Id><OrgId><Othr><Id>552081317</Id>"
            "<SchmeNm><Prtry>SIREN</Prtry></SchmeNm></Othr></OrgId></Id></Pty></Dbtr>"
            "<UltmtDbtr><Pty><Nm>Agence Tilleuls</Nm></Pty></UltmtDbtr></RltdPties>"
            "<RmtInf><Ustrd>FA000200</Ustrd><Ustrd>FA000201</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n");
        const BankStatementFile file = readCamt053(xml, "v08.xml");
        INFO(describe(file));
        REQUIRE(file.ok());
        CHECK(file.messageName == "camt.053.001.08");
        const BankTransaction& t = file.statements.at(0).transactions.at(0);
        CHECK(t.bookingDate == date("2026-11-03"));
        CHECK(t.counterpartyName == "SCI Les Tilleuls");
        CHECK(t.ultimateCounterpartyName == "Agence Tilleuls");
        CHECK(t.counterpartyId == "552081317");
        CHECK(t.counterpartyIdScheme == "SIREN");
        CHECK(t.remittance == "FA000200 FA000201");
    }
    SECTION("TxDtls amounts that do not add up: one movement of the entry amount, and a warning")
    {
        const std::string xml = camt08(
            "<Ntry><Amt Ccy=\"EUR\">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>" + kBookedOn
            + "<NtryDtls><TxDtls><Amt Ccy=\"EUR\">60.00</Amt><RmtInf><Ustrd>FA1</Ustrd></RmtInf></TxDtls>"
              "<TxDtls><Amt Ccy=\"EUR\">30.00</Amt><RmtInf><Ustrd>FA2</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n");
        const BankStatementFile file = readCamt053(xml, "batch.xml");
        INFO(describe(file));
        REQUIRE(file.ok());
        REQUIRE(file.transactionCount() == 1);
        const BankTransaction& t = file.statements[0].transactions[0];
        CHECK(t.amount == Money::fromCents(10000));
        CHECK(t.remittance == "FA1 / FA2");
        checkList(file.warningDetails, {{5, ErrorCode::TotalMismatch, "TxDtls", {"90.00", "100.00"}}});
    }
    SECTION("a batch TxDtls without amount: not split either")
    {
        const std::string xml = camt08(
            "<Ntry><Amt Ccy=\"EUR\">100.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>" + kBookedOn
            + "<NtryDtls><TxDtls><Amt Ccy=\"EUR\">60.00</Amt></TxDtls>\n<TxDtls></TxDtls></NtryDtls></Ntry>\n");
        const BankStatementFile file = readCamt053(xml, "batch.xml");
        INFO(describe(file));
        REQUIRE(file.ok());
        REQUIRE(file.transactionCount() == 1);
        CHECK(file.statements[0].transactions[0].amount == Money::fromCents(-10000));
        checkList(file.warningDetails, {{6, ErrorCode::MissingField, "TxDtls", {}}});
    }
    SECTION("a pending entry is left out, with a warning")
    {
        const std::string xml = camt08(
            "<Ntry><Amt Ccy=\"EUR\">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>"
            "<BookgDt><Dt>2026-11-03</Dt></BookgDt></Ntry>\n"
            "<Ntry><Amt Ccy=\"EUR\">20.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>" + kBookedOn + "</Ntry>\n");
        const BankStatementFile file = readCamt053(xml, "pending.xml");
        INFO(describe(file));
        REQUIRE(file.ok());
        REQUIRE(file.transactionCount() == 1);
        CHECK(file.statements[0].transactions[0].amount == Money::fromCents(-2000));
        checkList(file.warningDetails, {{5, ErrorCode::UnknownValue, "Sts", {"PDNG"}}});
    }
}

TEST_CASE("camt: other documents are refused clearly", "[io][bank][camt]")
{
    SECTION("not well-formed")
    {
        const BankStatementFile file = readCamt053(
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n<BkToCstmrStmt>\n</Document>\n",
            "broken.xml");
        REQUIRE(file.errors.size() == 1);
        CHECK(file.errors[0].code == ErrorCode::InvalidFormat);
        CHECK(file.errors[0].where.field == "xml");
        CHECK(file.errors[0].where.line == 3);
    }
    SECTION("a camt.052 account report")
    {
        const BankStatementFile file = readCamt053(
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.02\"><BkToCstmrAcctRpt/></Document>",
            "report.xml");
        checkList(file.errors, {{1, ErrorCode::InvalidFormat, "format", {"camt.052.001.02", "camt.053"}}});
    }
    SECTION("a payment order (pain.001)")
    {
        const BankStatementFile file = readCamt053(
            "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">"
            "<CstmrCdtTrfInitn/></Document>",
            "pain.xml");
        checkList(file.errors, {{2, ErrorCode::InvalidFormat, "format", {"pain.001.001.03", "camt.053"}}});
    }
    SECTION("no namespace, but the camt.053 structure: read")
    {
        const BankStatementFile file = readCamt053(
            "<Document><BkToCstmrStmt><Stmt><Acct><Id><IBAN>FR7630004008230001234567819</IBAN></Id></Acct>"
            "<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-03</Dt></BookgDt></Ntry>"
            "</Stmt></BkToCstmrStmt></Document>",
            "bare.xml");
        INFO(describe(file));
        REQUIRE(file.ok());
        CHECK(file.messageName == "camt.053");
        CHECK(file.transactionCount() == 1);
        CHECK(file.statements[0].currency == "EUR");
    }
}
