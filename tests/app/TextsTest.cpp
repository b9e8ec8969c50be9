#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/Translations.h"
#include "core/Siren.h"
#include "support/CatchCompat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace pc::core;

TEST_CASE("errors say where and why, in French by default", "[app][texts]")
{
    Error e = Siren::parse("732 829 321").error();
    e.inFile("clients.csv").atLine(12).inField("siren");
    CHECK(pc::app::ErrorText::describe(e)
          == QStringLiteral("clients.csv:12:siren: « 732 829 321 » : la clé de contrôle est fausse"));
    CHECK(pc::app::ErrorText::describe(Error(ErrorCode::Empty, {}).atLine(3)) == QStringLiteral("ligne 3: valeur vide"));
}

TEST_CASE("every error code has its own sentence", "[app][texts]")
{
    for (int c = 0; c <= static_cast<int>(ErrorCode::StoreNotEmpty); ++c) {
        const auto code = static_cast<ErrorCode>(c);
        const QString text = pc::app::ErrorText::message(Error(code, {"x", "y"}));
        INFO(errorCodeName(code));
        CHECK_FALSE(text.isEmpty());
        CHECK(text != QString::fromLatin1(errorCodeName(code)));
    }
}

TEST_CASE("the English translation is compiled in and replaces the French texts", "[app][texts]")
{
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/posteclient_en.qm")));
    QCoreApplication::installTranslator(&english);
    CHECK(pc::app::Labels::accountStatus(AccountStatus::Blocked) == QStringLiteral("Blocked"));
    CHECK(pc::app::ErrorText::message(Error(ErrorCode::InvalidChecksum, {"123"}))
          == QStringLiteral("“123”: the check digits are wrong"));
    QCoreApplication::removeTranslator(&english);
    CHECK(pc::app::Labels::accountStatus(AccountStatus::Blocked) == QStringLiteral("Bloqué"));
}

TEST_CASE("dates follow the interface language", "[app][texts]")
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(pc::app::Labels::date(*Date::fromYmd(2026, 11, 23)) == QStringLiteral("23/11/2026"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(pc::app::Labels::date(*Date::fromYmd(2026, 11, 23)) == QStringLiteral("23/11/2026"));
    QLocale::setDefault(QLocale::c());
}
