#include "support/TestSupport.h"

#include "support/CatchCompat.h"

#include <QDir>
#include <QFile>

namespace pc::test {

QString testDataPath(const QString& relativePath)
{
    return QDir(QStringLiteral(POSTECLIENT_TEST_DATA)).filePath(relativePath);
}

QByteArray readTestData(const QString& relativePath)
{
    QFile file(testDataPath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("missing test data file " << relativePath.toStdString());
    return file.readAll();
}

QString sharedFixturePath(const QString& relativePath)
{
    const QString path = QDir(QStringLiteral(POSTECLIENT_SHARED_FIXTURES)).filePath(relativePath);
    return QFile::exists(path) ? path : QString();
}

core::Date testToday()
{
    return *core::Date::fromYmd(2026, 11, 23);
}

core::Date date(const std::string& iso)
{
    auto parsed = core::Date::parseIso(iso);
    REQUIRE(parsed.ok());
    return *parsed;
}

core::ClientFile completeClient(const std::string& sirenPayload, const std::string& name)
{
    using namespace pc::core;
    ClientFile f;
    f.company.siren = Siren::fromPayload(sirenPayload);
    f.company.name = name;
    f.company.legalForm = "5710";
    f.company.nafCode = "62.01Z";
    f.company.creationDate = date("2011-03-14");
    f.company.address = Address{"8 rue de la Paix", "", "75002", "Paris", "FR"};
    f.establishments.push_back(
        Establishment{Siret::fromPayload(*f.company.siren, "0001"), true, "", f.company.address, false});
    f.account.billingAddress = f.company.address;
    f.account.paymentMethod = PaymentMethod::Transfer;
    f.account.iban = *Iban::fromFrenchRib("30004", "00823", "00012345678");
    f.account.bic = *Bic::parse("BNPAFRPP");
    f.account.kbisDate = testToday().addDays(-10);
    f.account.termsSignedDate = testToday().addDays(-5);
    f.account.segment = "PME";
    f.account.salesRep = "Julie Marchand";
    f.contacts.push_back(Contact{ContactRole::AccountsPayable, "Martine Roche", "+33477123456", "compta@example.fr"});
    return f;
}

TempWorkspace::TempWorkspace(core::Date today)
{
    REQUIRE(m_dir.isValid());
    auto ws = app::Workspace::open(store::DatabaseLocation::sqliteFile(databasePath()),
                                   std::make_shared<app::FixedClock>(today), QStringLiteral("tester"));
    REQUIRE(ws.ok());
    m_ws = std::move(ws).value();
}

QString TempWorkspace::databasePath() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("test.db"));
}

} // namespace pc::test
