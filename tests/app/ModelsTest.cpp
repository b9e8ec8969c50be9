#include "app/AuditLogModel.h"
#include "app/ClientListModel.h"
#include "app/ClientSearchModel.h"
#include "app/ClientService.h"
#include "app/DemoPortfolio.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>

using pc::app::ClientFilterProxy;
using pc::app::ClientListModel;
using pc::app::ClientService;

namespace {

std::unique_ptr<ClientListModel> modelOf(pc::test::TempWorkspace& t)
{
    return std::make_unique<ClientListModel>([&t] { return ClientService(t.ws()).list(); });
}

} // namespace

TEST_CASE("the client list model is a well-behaved table", "[app][models]")
{
    pc::test::TempWorkspace t;
    REQUIRE(pc::app::DemoPortfolio::install(t.ws(), 60).ok());
    auto model = modelOf(t);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->rowCount() == 60);
    CHECK(model->columnCount() == ClientListModel::ColumnCount);
    const QModelIndex first = model->index(0, ClientListModel::SirenColumn);
    CHECK(first.data().toString().size() == 11); // "123 456 789"
    CHECK(model->rowOf(model->index(5, 0).data(ClientListModel::IdRole).toLongLong()) == 5);
    model->reload();
    CHECK(model->rowCount() == 60);
}

TEST_CASE("the client filter matches words of the name, SIREN and account prefixes, status", "[app][models]")
{
    pc::test::TempWorkspace t;
    ClientService clients(t.ws());
    auto a = pc::test::completeClient("73282932", "Société Générale de Câblage");
    a.account.number = "411000001";
    auto b = pc::test::completeClient("55208131", "Électricité du Rhône");
    b.account.number = "411000002";
    REQUIRE(clients.create(a).ok());
    auto bId = clients.create(b);
    REQUIRE(bId.ok());
    REQUIRE(clients.open(*bId).ok());

    auto model = modelOf(t);
    ClientFilterProxy proxy;
    proxy.setSourceModel(model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(proxy.rowCount() == 2);
    proxy.setSearchText(QStringLiteral("cablage generale"));
    CHECK(proxy.rowCount() == 1);
    proxy.setSearchText(QStringLiteral("552 08"));
    CHECK(proxy.rowCount() == 1);
    CHECK(proxy.index(0, ClientListModel::NameColumn).data().toString() == QStringLiteral("Électricité du Rhône"));
    proxy.setSearchText(QStringLiteral("411000001"));
    CHECK(proxy.rowCount() == 1);
    proxy.setSearchText(QString());
    proxy.setStatusCode(QStringLiteral("active"));
    CHECK(proxy.rowCount() == 1);
    proxy.setStatusCode(QStringLiteral("blocked"));
    CHECK(proxy.rowCount() == 0);
}

TEST_CASE("search suggestions come from the store as the user types", "[app][models]")
{
    pc::test::TempWorkspace t;
    REQUIRE(ClientService(t.ws()).create(pc::test::completeClient("73282932", "Câblage Dupont")).ok());
    pc::app::ClientSearchModel model([&t](const QString& text, int limit) {
        return ClientService(t.ws()).search(text, limit);
    });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(QStringLiteral("c"));
    CHECK(model.rowCount() == 0); // one character is not enough
    model.setQuery(QStringLiteral("cabl"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0).data().toString().startsWith(QStringLiteral("Câblage Dupont — 732829320")));
    model.setQuery(QStringLiteral("7328"));
    CHECK(model.rowCount() == 1);
}

TEST_CASE("the audit model shows what changed", "[app][models]")
{
    pc::test::TempWorkspace t;
    ClientService clients(t.ws());
    auto id = clients.create(pc::test::completeClient("73282932", "Avant"));
    REQUIRE(id.ok());
    auto edited = *clients.byId(*id);
    edited.company.name = "Après";
    REQUIRE(clients.update(edited).ok());
    pc::app::AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLoader([&t] {
        return pc::store::AuditLog(t.ws().db()).entriesFor(QStringLiteral("client"), QStringLiteral("732829320"));
    });
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, pc::app::AuditLogModel::ChangesColumn).data().toString()
          == QStringLiteral("name : Avant → Après"));
    CHECK(model.index(0, pc::app::AuditLogModel::ActorColumn).data().toString() == QStringLiteral("tester"));
}
