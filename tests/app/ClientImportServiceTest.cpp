#include "app/ClientImportService.h"
#include "app/ClientService.h"
#include "store/AuditLog.h"
#include "store/ImportJournal.h"
#include "store/SqlQuery.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>

using namespace pc::core;
using pc::app::ClientImportService;
using pc::app::ClientService;
using pc::app::DuplicatePolicy;
using pc::test::TempWorkspace;

namespace {

// Every row of every table, to prove that a refused import changed nothing.
QString storeSnapshot(TempWorkspace& t)
{
    QStringList out;
    for (const char* table : {"companies", "accounts", "establishments", "contacts", "audit_log", "imports"}) {
        pc::store::SqlQuery q(t.ws().db(), "test.snapshot",
                              QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QString::fromLatin1(table)));
        q.run();
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < 20 && q.value(c).isValid(); ++c)
                row << q.text(c);
            out << QString::fromLatin1(table) + QLatin1Char(':') + row.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}

pc::app::ClientImportReport importGood(TempWorkspace& t, DuplicatePolicy policy = DuplicatePolicy::Refuse)
{
    return ClientImportService(t.ws()).importFile(pc::test::testDataPath(QStringLiteral("import/clients_good.csv")),
                                                  policy);
}

} // namespace

TEST_CASE("a good client file is imported in one go", "[app][import]")
{
    TempWorkspace t;
    const auto report = importGood(t);
    INFO(report.warnings.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.rowsRead == 4);
    CHECK(report.created == 4);
    CHECK(report.encoding == QStringLiteral("UTF-8"));

    ClientService clients(t.ws());
    auto forez = clients.find(QStringLiteral("412345670"));
    REQUIRE(forez.ok());
    CHECK(forez->company.name == "Ateliers Mécaniques du Forez");
    CHECK(forez->company.legalForm == "5710");
    CHECK(forez->account.number == "411900001");
    CHECK(forez->account.status == AccountStatus::Active); // complete file asked "actif"
    CHECK(forez->account.openedOn == pc::test::testToday());
    CHECK(forez->account.billingAddress.city == "Saint-Étienne");
    REQUIRE(forez->accountsPayableContact());
    CHECK(forez->accountsPayableContact()->phone == "+33477123456");

    // Asked "actif" without a Kbis: comes in pending, with a warning naming the line.
    auto boulangeries = clients.find(QStringLiteral("523456788"));
    REQUIRE(boulangeries.ok());
    CHECK(boulangeries->account.status == AccountStatus::Pending);
    CHECK(boulangeries->account.number == "411900005"); // next after the file's highest 411 number
    CHECK(report.warnings.filter(QStringLiteral("clients_good.csv:3")).size() == 1);

    // Known only by its SIRET and account: the SIREN comes from the SIRET.
    auto depot = clients.find(QStringLiteral("411900004"));
    REQUIRE(depot.ok());
    REQUIRE(depot->company.siren);
    CHECK(depot->company.siren->str() == "745678912");
    CHECK(depot->account.paymentMethod == PaymentMethod::Lcr);

    // The import is journalled and audited.
    const QByteArray bytes = pc::test::readTestData(QStringLiteral("import/clients_good.csv"));
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const auto journal = pc::store::ImportJournal(t.ws().db()).find(QStringLiteral("clients"), hash);
    REQUIRE(journal);
    CHECK(journal->rowsImported == 4);
    CHECK(journal->fileName == QStringLiteral("clients_good.csv"));
    const auto audit = pc::store::AuditLog(t.ws().db()).recent(1);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == QStringLiteral("client.import"));
    CHECK(audit[0].after["created"] == 4);
}

TEST_CASE("a broken file is refused whole with every error located", "[app][import]")
{
    TempWorkspace t;
    REQUIRE(importGood(t).ok());
    const QString before = storeSnapshot(t);
    const auto report = ClientImportService(t.ws()).importFile(
        pc::test::testDataPath(QStringLiteral("import/clients_broken.csv")), DuplicatePolicy::Refuse);
    REQUIRE_FALSE(report.ok());
    CHECK(report.created == 0);
    std::vector<std::pair<int, std::string>> located;
    for (const Error& e : report.errors) {
        CHECK(e.where.file == "clients_broken.csv");
        located.emplace_back(e.where.line, e.where.field);
    }
    CHECK(located == std::vector<std::pair<int, std::string>>{
                         {3, "siren"}, {4, "iban"}, {5, "siren"}, {6, "code_postal"}});
    CHECK(storeSnapshot(t) == before);
}

TEST_CASE("clients already in the store are refused, skipped or updated", "[app][import]")
{
    TempWorkspace t;
    REQUIRE(importGood(t).ok());
    const QString before = storeSnapshot(t);

    SECTION("refused by default")
    {
        const auto report = importGood(t);
        REQUIRE_FALSE(report.ok());
        CHECK(report.errors.size() == 4);
        CHECK(report.errors[0].code == ErrorCode::AlreadyExists);
        CHECK(report.errors[0].where.line == 2);
        CHECK(storeSnapshot(t) == before);
    }
    SECTION("skipped on request")
    {
        const auto report = importGood(t, DuplicatePolicy::Skip);
        REQUIRE(report.ok());
        CHECK(report.skipped == 4);
        CHECK(report.created == 0);
        CHECK(ClientService(t.ws()).list().size() == 4);
    }
    SECTION("updated on request, only where the file changes something")
    {
        ClientService clients(t.ws());
        ClientFile edited = *clients.find(QStringLiteral("634567895"));
        edited.company.name = "Ancien nom";
        REQUIRE(clients.update(edited).ok());
        const auto report = importGood(t, DuplicatePolicy::Update);
        REQUIRE(report.ok());
        CHECK(report.updated == 1);
        CHECK(clients.find(QStringLiteral("634567895"))->company.name == "Cabinet Lemoine Conseil");
    }
}

TEST_CASE("a cancelled import writes nothing", "[app][import]")
{
    TempWorkspace t;
    const QString before = storeSnapshot(t);
    int calls = 0;
    const auto report = ClientImportService(t.ws()).importFile(
        pc::test::testDataPath(QStringLiteral("import/clients_good.csv")), DuplicatePolicy::Refuse,
        [&](int, int) { return ++calls < 1; });
    REQUIRE_FALSE(report.ok());
    CHECK(report.errors[0].code == ErrorCode::Cancelled);
    CHECK(calls == 1);
    CHECK(storeSnapshot(t) == before);
}

TEST_CASE("an unreadable file is reported", "[app][import]")
{
    TempWorkspace t;
    const auto report = ClientImportService(t.ws()).importFile(QStringLiteral("/nonexistent/clients.csv"),
                                                               DuplicatePolicy::Refuse);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].code == ErrorCode::IoError);
}
