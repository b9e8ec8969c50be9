// Bank statement format detection (readBankStatement) over every sample of
// shared/fixtures/bank_statements (skipped when absent) and over small texts.

#include "io/BankStatement.h"

#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/TestSupport.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::io;

namespace {

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

std::string summary(const BankStatementFile& file)
{
    std::string out = std::string(bankFormatName(file.format)) + " statements=" + std::to_string(file.statements.size())
        + " transactions=" + std::to_string(file.transactionCount()) + "\n";
    for (const Error& e : file.errors)
        out += e.where.file + ":" + std::to_string(e.where.line) + " [" + e.where.field + "] " + errorCodeName(e.code)
            + " " + e.arg(0) + " " + e.arg(1) + "\n";
    return out;
}

// The files of one folder of bank_statements, by name; empty when the folder is absent.
std::vector<std::pair<std::string, QByteArray>> folder(const QString& name)
{
    std::vector<std::pair<std::string, QByteArray>> out;
    const QString path = pc::test::sharedFixturePath(QStringLiteral("bank_statements/") + name);
    if (path.isEmpty()) {
        WARN("shared fixtures bank_statements/" << name.toStdString() << " absent: not checked");
        return out;
    }
    const QDir dir(path);
    for (const QString& entry : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(entry));
        REQUIRE(file.open(QIODevice::ReadOnly));
        out.emplace_back(entry.toStdString(), file.readAll());
    }
    return out;
}

} // namespace

TEST_CASE("bank: format names", "[io][bank]")
{
    CHECK(std::string(bankFormatName(BankFormat::Camt053)) == "camt.053");
    CHECK(std::string(bankFormatName(BankFormat::Cfonb120)) == "CFONB 120");
}

TEST_CASE("bank: every camt053 sample is detected as camt, or refused as another format", "[io][bank]")
{
    const auto files = folder(QStringLiteral("camt053"));
    for (const auto& [name, bytes] : files) {
        INFO(name);
        const BankStatementFile detected = readBankStatement(view(bytes), name);
        INFO(summary(detected));
        if (name.ends_with(".json")) {
            REQUIRE(detected.errors.size() == 1);
            CHECK(detected.errors[0].code == ErrorCode::InvalidFormat);
            CHECK(detected.errors[0].where.field == "format");
            CHECK(detected.errors[0].where.line == 1);
            CHECK(detected.errors[0].args == std::vector<std::string>{"{", "JSON"});
            continue;
        }
        CHECK(detected.format == BankFormat::Camt053);
        // Detection changes nothing to what the reader says.
        const BankStatementFile direct = readCamt053(view(bytes), name);
        CHECK(detected.errors.size() == direct.errors.size());
        CHECK(detected.warnings == direct.warnings);
        CHECK(detected.transactionCount() == direct.transactionCount());
        CHECK(detected.ok() == (name != "genkgo_camt053.v2.wrong.xml"));
    }
    if (!files.empty())
        CHECK(files.size() == 15);
}

TEST_CASE("bank: every cfonb120 sample is detected as CFONB 120, or refused as another format", "[io][bank]")
{
    const auto files = folder(QStringLiteral("cfonb120"));
    int statementFiles = 0;
    for (const auto& [name, bytes] : files) {
        INFO(name);
        const BankStatementFile detected = readBankStatement(view(bytes), name);
        INFO(summary(detected));
        if (name == "silarhi_cfonb.240-complex-test.txt") {
            REQUIRE(detected.errors.size() == 1);
            CHECK(detected.errors[0].code == ErrorCode::InvalidFormat);
            CHECK(detected.errors[0].where.field == "format");
            CHECK(detected.errors[0].arg(1) == "CFONB 240");
            continue;
        }
        if (name.ends_with(".csv")) { // the operation code list
            REQUIRE(detected.errors.size() == 1);
            CHECK(detected.errors[0].code == ErrorCode::InvalidFormat);
            CHECK(detected.errors[0].where.line == 1);
            CHECK(detected.errors[0].arg(0).starts_with("01;Ch\xC3\xA8ques"));
            CHECK(detected.errors[0].args.size() == 1);
            continue;
        }
        ++statementFiles;
        CHECK(detected.format == BankFormat::Cfonb120);
        const BankStatementFile direct = readCfonb120(view(bytes), name);
        CHECK(detected.errors.size() == direct.errors.size());
        CHECK(detected.transactionCount() == direct.transactionCount());
        CHECK(detected.ok() == name.starts_with("silarhi_"));
    }
    if (!files.empty())
        CHECK(statementFiles == 12);
}

TEST_CASE("bank: OFX files are named as such", "[io][bank]")
{
    for (const auto& [name, bytes] : folder(QStringLiteral("ofx"))) {
        INFO(name);
        const BankStatementFile detected = readBankStatement(view(bytes), name);
        INFO(summary(detected));
        REQUIRE(detected.errors.size() == 1);
        CHECK(detected.errors[0].code == ErrorCode::InvalidFormat);
        CHECK(detected.errors[0].arg(1) == "OFX");
    }
    const BankStatementFile sgml = readBankStatement("OFXHEADER:100\nDATA:OFXSGML\n", "old.ofx");
    REQUIRE(sgml.errors.size() == 1);
    CHECK(sgml.errors[0].arg(1) == "OFX");
}

TEST_CASE("bank: detection of the hand-made files, with a BOM or blank lines first", "[io][bank]")
{
    const QByteArray camt = pc::test::readTestData(QStringLiteral("bank/camt053_fr.xml"));
    CHECK(readBankStatement(view(camt), "fr.xml").format == BankFormat::Camt053);
    CHECK(readBankStatement(view(camt), "fr.xml").transactionCount() == 5);

    const QByteArray cfonb = pc::test::readTestData(QStringLiteral("bank/cfonb_latin1.txt"));
    const BankStatementFile latin = readBankStatement(view(cfonb), "latin.txt");
    CHECK(latin.format == BankFormat::Cfonb120);
    CHECK(latin.ok());
    CHECK(latin.transactionCount() == 2);

    // Two blank lines before: the records keep their line numbers.
    const QByteArray padded = QByteArray("\xEF\xBB\xBF\r\n   \r\n") + cfonb;
    const BankStatementFile shifted = readBankStatement(view(padded), "padded.txt");
    INFO(summary(shifted));
    REQUIRE(shifted.ok());
    CHECK(shifted.format == BankFormat::Cfonb120);
    CHECK(shifted.statements.at(0).line == 3);
    CHECK(shifted.statements.at(0).transactions.at(0).line == 4);
}

TEST_CASE("bank: empty and unknown content", "[io][bank]")
{
    for (const char* empty : {"", "  \r\n\n  \n"}) {
        const BankStatementFile file = readBankStatement(empty, "empty.txt");
        REQUIRE(file.errors.size() == 1);
        CHECK(file.errors[0].code == ErrorCode::Empty);
        CHECK(file.errors[0].where.field == "format");
        CHECK(file.errors[0].where.file == "empty.txt");
    }
    const BankStatementFile text = readBankStatement("\n\nDate;Libell\xE9;Montant\n03/11/2026;VIR;12,00\n", "export.csv");
    REQUIRE(text.errors.size() == 1);
    CHECK(text.errors[0].code == ErrorCode::InvalidFormat);
    CHECK(text.errors[0].where.line == 3);
    CHECK(text.errors[0].where.field == "format");
    CHECK(text.errors[0].args == std::vector<std::string>{"Date;Libell\xC3\xA9;Montant"}); // decoded
    CHECK(text.statements.empty());

    // A short line that starts like a record is not CFONB either.
    const BankStatementFile shortLine = readBankStatement("0130004\n", "short.txt");
    REQUIRE(shortLine.errors.size() == 1);
    CHECK(shortLine.errors[0].code == ErrorCode::InvalidFormat);
}

TEST_CASE("bank: transactionCount adds up the statements", "[io][bank]")
{
    BankStatementFile file;
    CHECK(file.transactionCount() == 0);
    file.statements.resize(3);
    file.statements[0].transactions.resize(2);
    file.statements[2].transactions.resize(5);
    CHECK(file.transactionCount() == 7);
    CHECK(file.ok());
}

TEST_CASE("bank: truncated samples are refused or read, never crash", "[io][bank]")
{
    for (const QString& name : {QStringLiteral("camt053"), QStringLiteral("cfonb120")}) {
        for (const auto& [file, bytes] : folder(name)) {
            INFO(file);
            const std::string_view whole = view(bytes);
            for (std::size_t size = 0; size < whole.size(); size += 53) {
                const BankStatementFile read = readBankStatement(whole.substr(0, size), file);
                // A refused file always says where and why.
                for (const Error& e : read.errors) {
                    CHECK(e.where.file == file);
                    CHECK_FALSE(e.where.field.empty());
                }
            }
        }
    }
}
