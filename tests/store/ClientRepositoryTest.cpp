#include "core/Text.h"
#include "store/ClientRepository.h"
#include "store/Migrator.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QTemporaryDir>

using namespace pc::core;
using namespace pc::store;
using pc::test::completeClient;

namespace {

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);

    Store()
    {
        auto opened = Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("clients.db"))));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(Migrator(*db).migrate().ok());
    }

    qint64 insert(ClientFile file)
    {
        ClientRepository repo(*db);
        if (file.account.number.empty())
            file.account.number = repo.nextAccountNumber().toStdString();
        auto id = repo.insert(file, now);
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("a client file is written and read back whole", "[store][clients]")
{
    Store s;
    ClientFile file = completeClient("73282932", "Société Générale de Câblage");
    file.company.proceedings = Proceedings::Safeguard;
    file.company.proceedingsDate = pc::test::date("2026-02-01");
    file.account.openedOn = pc::test::date("2026-03-01");
    file.establishments.push_back(
        Establishment{Siret::fromPayload(*file.company.siren, "0002"), false, "Agence de Lyon",
                      Address{"1 quai Rambaud", "Bât. B", "69002", "Lyon", "FR"}, true});
    file.contacts.push_back(Contact{ContactRole::Purchasing, "Éric Pons", "+33612345678", ""});
    file.account.number = "411000042";
    const qint64 id = s.insert(file);

    ClientRepository repo(*s.db);
    auto read = repo.findById(id);
    REQUIRE(read);
    file.id = id;
    CHECK(*read == file);
    CHECK(repo.findBySiren(*file.company.siren)->id == id);
    CHECK(repo.findBySiret(file.establishments[1].siret)->id == id);
    CHECK(repo.idByAccountNumber(QStringLiteral("411000042")) == id);
    CHECK_FALSE(repo.idByAccountNumber(QStringLiteral("411000043")));
    CHECK(repo.count() == 1);
}

TEST_CASE("an update keeps the establishments that stay and replaces the contacts", "[store][clients]")
{
    Store s;
    ClientFile file = completeClient("73282932", "Câblage SAS");
    file.account.number = "411000001";
    file.id = s.insert(file);
    const auto establishmentId = [&](const Siret& siret) {
        SqlQuery q(*s.db, "test.establishment_id", QStringLiteral("SELECT id FROM establishments WHERE siret = ?"));
        q.bind(siret.str()).run();
        return q.next() ? q.integer(0) : -1;
    };
    const qint64 headOfficeId = establishmentId(file.establishments[0].siret);

    ClientFile edited = file;
    edited.company.name = "Câblage Industriel SAS";
    edited.establishments[0].name = "Siège";
    edited.establishments.push_back(
        Establishment{Siret::fromPayload(*file.company.siren, "0003"), false, "Dépôt", {}, false});
    edited.contacts = {Contact{ContactRole::Accounting, "Paul Blanc", "", "paul.blanc@example.fr"}};
    ClientRepository repo(*s.db);
    REQUIRE(repo.update(edited, s.now).ok());
    CHECK(*repo.findById(file.id) == edited);
    CHECK(establishmentId(file.establishments[0].siret) == headOfficeId);

    edited.establishments.erase(edited.establishments.begin());
    REQUIRE(repo.update(edited, s.now).ok());
    CHECK(establishmentId(file.establishments[0].siret) == -1);
    CHECK(repo.findById(file.id)->establishments.size() == 1);
}

TEST_CASE("search finds clients by SIREN, SIRET, account or name without accents", "[store][clients]")
{
    Store s;
    ClientFile a = completeClient("73282932", "Société Générale de Câblage");
    ClientFile b = completeClient("55208131", "Électricité du Rhône");
    ClientFile c = completeClient("44312197", "Généraux Transports");
    a.account.number = "411000001";
    b.account.number = "411000002";
    c.account.number = "C0003";
    for (ClientFile* f : {&a, &b, &c})
        f->id = s.insert(*f);
    ClientRepository repo(*s.db);

    const auto names = [](const std::vector<ClientSummary>& rows) {
        QStringList out;
        for (const ClientSummary& r : rows)
            out << r.name;
        return out;
    };
    CHECK(names(repo.search(QStringLiteral("societe generale"), 10)) == QStringList{QStringLiteral("Société Générale de Câblage")});
    CHECK(names(repo.search(QStringLiteral("ELECTRICITE"), 10)) == QStringList{QStringLiteral("Électricité du Rhône")});
    // Names starting with the text come before names containing it.
    CHECK(names(repo.search(QStringLiteral("genera"), 10))
          == QStringList({QStringLiteral("Généraux Transports"), QStringLiteral("Société Générale de Câblage")}));
    CHECK(names(repo.search(QStringLiteral("552 081"), 10)) == QStringList{QStringLiteral("Électricité du Rhône")});
    CHECK(names(repo.search(QString::fromStdString(b.establishments[0].siret.str()), 10))
          == QStringList{QStringLiteral("Électricité du Rhône")});
    CHECK(names(repo.search(QStringLiteral("c0003"), 10)) == QStringList{QStringLiteral("Généraux Transports")});
    CHECK(repo.search(QStringLiteral("genera"), 1).size() == 1);
    CHECK(repo.search(QStringLiteral("zzz"), 10).empty());

    const auto all = repo.summaries();
    REQUIRE(all.size() == 3);
    CHECK(all[0].searchName == QStringLiteral("electricite du rhone"));
    CHECK(all[0].status == QStringLiteral("prospect"));
}

TEST_CASE("account numbers follow the highest 411 number", "[store][clients]")
{
    Store s;
    ClientRepository repo(*s.db);
    CHECK(repo.nextAccountNumber() == QStringLiteral("411000001"));
    ClientFile a = completeClient("73282932", "A");
    a.account.number = "411000107";
    s.insert(a);
    ClientFile b = completeClient("55208131", "B");
    b.account.number = "411DUPONT";
    s.insert(b);
    CHECK(repo.nextAccountNumber() == QStringLiteral("411000108"));
}

TEST_CASE("a value changed behind the application's back is reported, not ignored", "[store][clients]")
{
    Store s;
    const qint64 id = s.insert(completeClient("73282932", "A"));
    SqlQuery corrupt(*s.db, "test.corrupt", QStringLiteral("UPDATE accounts SET iban = 'FR00 NOT AN IBAN'"));
    REQUIRE(corrupt.exec().ok());
    CHECK_THROWS_AS(ClientRepository(*s.db).findById(id), StoreFailure);
}
