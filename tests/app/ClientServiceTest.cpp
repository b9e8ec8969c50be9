#include "app/ClientService.h"
#include "core/Text.h"
#include "store/AuditLog.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <QSignalSpy>

using namespace pc::core;
using pc::app::ClientService;
using pc::test::completeClient;
using pc::test::TempWorkspace;

namespace {

std::vector<pc::store::AuditEntry> auditOf(TempWorkspace& t, const ClientFile& file)
{
    return pc::store::AuditLog(t.ws().db()).entriesFor(QStringLiteral("client"),
                                                      QString::fromStdString(file.company.siren->str()));
}

} // namespace

TEST_CASE("a new client gets the next 411 account and an audit entry", "[app][clients]")
{
    TempWorkspace t;
    ClientService clients(t.ws());
    QSignalSpy changed(&t->notifier(), &pc::app::ChangeNotifier::clientChanged);
    auto id = clients.create(completeClient("73282932", "Câblage SAS"));
    REQUIRE(id.ok());
    const auto file = clients.byId(*id);
    REQUIRE(file);
    CHECK(file->account.number == "411000001");
    CHECK(file->account.status == AccountStatus::Prospect);
    CHECK(changed.count() == 1);
    const auto audit = auditOf(t, *file);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == QStringLiteral("client.create"));
    CHECK(audit[0].actor == QStringLiteral("tester"));
    CHECK(audit[0].before.is_null());
    CHECK(audit[0].after["name"] == "Câblage SAS");
}

TEST_CASE("a SIREN, a SIRET or an account number belongs to one client only", "[app][clients]")
{
    TempWorkspace t;
    ClientService clients(t.ws());
    ClientFile first = completeClient("73282932", "Premier");
    first.account.number = "411000050";
    REQUIRE(clients.create(first).ok());

    auto sameSiren = clients.create(completeClient("73282932", "Doublon"));
    REQUIRE_FALSE(sameSiren.ok());
    CHECK(sameSiren.error().code == ErrorCode::AlreadyExists);
    CHECK(sameSiren.error().where.field == "siren");
    CHECK(sameSiren.error().arg(1).find("411000050") != std::string::npos);

    ClientFile otherSiren = completeClient("55208131", "Autre");
    otherSiren.account.number = "411000050";
    auto sameAccount = clients.create(otherSiren);
    REQUIRE_FALSE(sameAccount.ok());
    CHECK(sameAccount.error().where.field == "compte");
    CHECK(clients.list().size() == 1);
}

TEST_CASE("a client cannot be created active: opening goes through the checklist", "[app][clients]")
{
    TempWorkspace t;
    ClientFile file = completeClient("73282932", "Actif d'emblée");
    file.account.status = AccountStatus::Active;
    auto id = ClientService(t.ws()).create(file);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().code == ErrorCode::InvalidTransition);
}

TEST_CASE("opening an incomplete account puts it pending and says what is missing", "[app][clients][opening]")
{
    TempWorkspace t;
    ClientService clients(t.ws());
    ClientFile file = completeClient("73282932", "Incomplet");
    file.account.bic.reset();
    file.account.termsSignedDate.reset();
    auto id = clients.create(file);
    REQUIRE(id.ok());

    auto outcome = clients.open(*id);
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome->activated);
    CHECK(outcome->status == AccountStatus::Pending);
    const auto missing = outcome->checklist.missing();
    REQUIRE(missing.size() == 2);
    CHECK(missing[0].item == ChecklistItem::BankDetails);
    CHECK(missing[0].reason == "no_bic");
    CHECK(missing[1].item == ChecklistItem::TermsOfSaleSigned);
    CHECK(clients.byId(*id)->account.status == AccountStatus::Pending);
    CHECK(auditOf(t, file)[0].action == QStringLiteral("client.request_opening"));

    // Opening again changes nothing while the file is incomplete.
    REQUIRE(clients.open(*id).ok());
    CHECK(auditOf(t, file).size() == 2);
}

TEST_CASE("a complete account is activated, dated and audited", "[app][clients][opening]")
{
    TempWorkspace t;
    ClientService clients(t.ws());
    ClientFile file = completeClient("73282932", "Complet");
    auto id = clients.create(file);
    REQUIRE(id.ok());
    auto outcome = clients.open(*id);
    REQUIRE(outcome.ok());
    CHECK(outcome->activated);
    const auto stored = clients.byId(*id);
    CHECK(stored->account.status == AccountStatus::Active);
    CHECK(stored->account.openedOn == pc::test::testToday());
    const auto audit = auditOf(t, file);
    REQUIRE(audit[0].action == QStringLiteral("client.activate"));
    CHECK(audit[0].before["account"]["status"] == "prospect");
    CHECK(audit[0].after["account"]["status"] == "active");
    // Already active: nothing more happens.
    auto again = clients.open(*id);
    REQUIRE(again.ok());
    CHECK_FALSE(again->activated);
    CHECK(auditOf(t, file).size() == audit.size());
}

TEST_CASE("the Kbis age is judged as of the workspace's day", "[app][clients][opening]")
{
    ClientFile file = completeClient("73282932", "Kbis");
    file.account.kbisDate = pc::test::date("2026-08-25"); // 90 days before 2026-11-23
    {
        TempWorkspace t(pc::test::date("2026-11-23"));
        CHECK(ClientService(t.ws()).checklist(file).isComplete());
    }
    {
        TempWorkspace t(pc::test::date("2026-11-24"));
        const auto checklist = ClientService(t.ws()).checklist(file);
        REQUIRE_FALSE(checklist.isComplete());
        CHECK(checklist.missing()[0].reason == "too_old");
    }
}

TEST_CASE("blocking and closing need a reason and follow the lifecycle", "[app][clients][status]")
{
    TempWorkspace t;
    ClientService clients(t.ws());
    ClientFile file = completeClient("73282932", "Statuts");
    auto id = clients.create(file);
    REQUIRE(id.ok());

    auto noReason = clients.changeStatus(*id, AccountStatus::Blocked, QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == ErrorCode::ReasonRequired);
    auto notActive = clients.changeStatus(*id, AccountStatus::Blocked, QStringLiteral("impayés"));
    REQUIRE_FALSE(notActive.ok());
    CHECK(notActive.error().code == ErrorCode::InvalidTransition);

    REQUIRE(clients.open(*id).ok());
    REQUIRE(clients.changeStatus(*id, AccountStatus::Blocked, QStringLiteral("3 factures impayées")).ok());
    CHECK(clients.byId(*id)->account.status == AccountStatus::Blocked);
    CHECK(auditOf(t, file)[0].reason == QStringLiteral("3 factures impayées"));

    // Unblocking checks the file again: a missing IBAN now stops it.
    ClientFile edited = *clients.byId(*id);
    edited.account.iban.reset();
    REQUIRE(clients.update(edited).ok());
    auto unblock = clients.changeStatus(*id, AccountStatus::Active, QString());
    REQUIRE_FALSE(unblock.ok());
    CHECK(unblock.error().code == ErrorCode::ChecklistIncomplete);

    REQUIRE(clients.changeStatus(*id, AccountStatus::Closed, QStringLiteral("cessation")).ok());
    CHECK(clients.byId(*id)->account.status == AccountStatus::Closed);
}

TEST_CASE("an edit never changes the status and is audited with before and after", "[app][clients]")
{
    TempWorkspace t;
    ClientService clients(t.ws());
    auto id = clients.create(completeClient("73282932", "Avant"));
    REQUIRE(id.ok());
    ClientFile edited = *clients.byId(*id);
    edited.company.name = "Après";
    edited.account.status = AccountStatus::Active;
    REQUIRE(clients.update(edited).ok());
    const auto stored = clients.byId(*id);
    CHECK(stored->company.name == "Après");
    CHECK(stored->account.status == AccountStatus::Prospect);
    const auto audit = auditOf(t, *stored);
    REQUIRE(audit[0].action == QStringLiteral("client.update"));
    CHECK(audit[0].before["name"] == "Avant");
    CHECK(audit[0].after["name"] == "Après");
    // Saving the same values writes nothing.
    REQUIRE(clients.update(*stored).ok());
    CHECK(auditOf(t, *stored).size() == audit.size());
}

TEST_CASE("clients are found by SIREN, SIRET or account number", "[app][clients]")
{
    TempWorkspace t;
    ClientService clients(t.ws());
    ClientFile file = completeClient("73282932", "Trouvable");
    file.account.number = "411000153"; // nine digits, not a valid SIREN
    auto id = clients.create(file);
    REQUIRE(id.ok());
    CHECK(clients.find(QStringLiteral("732 829 320"))->id == *id);
    CHECK(clients.find(QString::fromStdString(file.establishments[0].siret.formatted()))->id == *id);
    CHECK(clients.find(QStringLiteral("411000153"))->id == *id);

    auto badSiren = clients.find(QStringLiteral("123456789"));
    REQUIRE_FALSE(badSiren.ok());
    CHECK(badSiren.error().code == ErrorCode::InvalidChecksum);
    auto unknown = clients.find(QStringLiteral("552081317"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
}
