// Stages 1 and 2 driven offscreen, as a credit manager would: import the statements of
// a prospect, read its analysis, fill its credit profile and grant a limit.

#include "app/ClientService.h"
#include "app/CreditService.h"
#include "app/Labels.h"
#include "app/Settings.h"
#include "app/Workspace.h"
#include "core/PaymentTerms.h"
#include "store/AuditLog.h"
#include "store/CreditRepository.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"
#include "ui/WidgetDriving.h"
#include "ui/CreditLinePage.h"
#include "ui/InformPage.h"
#include "ui/MainWindow.h"
#include "ui/RatioTableModel.h"
#include "ui/StatementTableModel.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace pc::core;
using pc::app::Labels;
using pc::ui::MainWindow;
using pc::ui::Page;

using pc::test::child;
using pc::test::typeInto;
using pc::test::typeText;

namespace {

// Opens the cell's editor as a double click would, types the amount and commits it.
void typeCell(QTableView* view, int row, int column, const QString& text)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    view->setCurrentIndex(index);
    view->edit(index);
    // Editors closed before are hidden until their deferred deletion: take the open one.
    QLineEdit* editor = nullptr;
    for (QLineEdit* candidate : view->viewport()->findChildren<QLineEdit*>()) {
        if (candidate->isVisible())
            editor = candidate;
    }
    REQUIRE(editor != nullptr);
    editor->selectAll();
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

int columnTitled(QAbstractItemModel* model, const QString& title)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == title)
            return column;
    }
    FAIL("no column " << title.toStdString());
    return -1;
}

// The 2025 accounts of tests/risk/RatiosTest.cpp with the totals a filed return has
// (CO = BJ + CJ, 1A = BK + CK, FR, GF), so that every check of StatementCheck.h passes.
const std::map<std::string, qint64>& accounts2025()
{
    static const std::map<std::string, qint64> lines = {
        {"BJ", 500'000}, {"BK", 200'000}, {"BL", 40'000},  {"BT", 20'000},  {"BU", 5'000},       {"BX", 240'000},
        {"BZ", 30'000},  {"CD", 10'000},  {"CF", 65'000},  {"CH", 5'000},   {"CJ", 410'000},     {"CK", 5'000},
        {"CO", 910'000}, {"1A", 205'000}, {"DA", 100'000}, {"DD", 10'000},  {"DH", 3'000},       {"DI", 87'000},
        {"DL", 200'000}, {"DR", 5'000},   {"DU", 150'000}, {"EH", 20'000},  {"DX", 180'000},     {"DY", 120'000},
        {"EA", 50'000},  {"EC", 500'000}, {"EE", 705'000}, {"FC", 200'000}, {"FI", 1'000'000},   {"FL", 1'200'000},
        {"FS", 120'000}, {"FT", -10'000}, {"FW", 300'000}, {"FO", 10'000},  {"FX", 20'000},      {"FY", 450'000},
        {"FZ", 180'000}, {"FP", 5'000},   {"FR", 1'215'000}, {"GA", 40'000}, {"GF", 1'100'000}, {"GG", 115'000},
        {"GR", 8'000},   {"GU", 8'000},   {"HK", 20'000},  {"HN", 87'000},  {"HP", 12'000},
    };
    return lines;
}

// A year of the same company at `percent` of its 2025 size: every line scales, so
// totals and the balance still hold.
QJsonObject yearJson(const std::string& siren, int year, int percent, qint64 liabilitiesShift = 0)
{
    QJsonObject lines;
    for (const auto& [code, euros] : accounts2025())
        lines.insert(QString::fromStdString(code), euros * percent / 100);
    lines.insert(QStringLiteral("EE"), accounts2025().at("EE") * percent / 100 + liabilitiesShift);
    return {{QStringLiteral("siren"), QString::fromStdString(siren)},
            {QStringLiteral("closing_date"), QStringLiteral("%1-12-31").arg(year)},
            {QStringLiteral("months"), 12},
            {QStringLiteral("regime"), QStringLiteral("normal")},
            {QStringLiteral("lines"), lines}};
}

QString writeJson(const QTemporaryDir& dir, const QString& name, const QJsonArray& statements)
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(statements).toJson());
    return path;
}

struct Fixture {
    pc::test::TempWorkspace t;
    pc::app::Settings settings;
    std::unique_ptr<MainWindow> window;
    qint64 clientId = 0;
    std::string siren;

    Fixture()
    {
        auto id = pc::app::ClientService(t.ws()).create(pc::test::completeClient("73282932", "Câblerie du Forez"));
        REQUIRE(id.ok());
        clientId = *id;
        siren = pc::app::ClientService(t.ws()).byId(clientId)->company.siren->str();
        window = std::make_unique<MainWindow>(t.ws(), settings);
        window->resize(1360, 860);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    // Imports `statements` through the page and waits for the worker to end.
    QList<QVariant> import(const QTemporaryDir& dir, const QJsonArray& statements)
    {
        pc::ui::InformPage* page = window->informPage();
        QSignalSpy imported(page, &pc::ui::InformPage::statementsImported);
        page->importFile(writeJson(dir, QStringLiteral("liasses.json"), statements));
        REQUIRE(imported.wait(30000));
        return imported.at(0);
    }
};

} // namespace

TEST_CASE("ui: stage 1 imports three years and analyses them, stage 2 grants a limit", "[ui][credit]")
{
    Fixture f;
    QTemporaryDir dir;
    f.window->openClient(f.clientId, Page::Inform);
    REQUIRE(f.window->currentPage() == Page::Inform);
    pc::ui::InformPage* inform = f.window->informPage();

    const auto outcome = f.import(dir, QJsonArray{yearJson(f.siren, 2023, 80), yearJson(f.siren, 2024, 90),
                                                  yearJson(f.siren, 2025, 100)});
    CHECK(outcome.at(0).toInt() == 3);
    CHECK(outcome.at(1).toInt() == 0);

    // The analysis shows the turnover of every year, newest first.
    auto* ratios = child<QTableView>(inform, "ratioView")->model();
    const int turnover = pc::ui::RatioTableModel::rowOf("turnover");
    CHECK(ratios->index(turnover, columnTitled(ratios, QStringLiteral("Exercice 2025"))).data().toString()
          == Labels::money(Money::fromEuros(1'200'000)));
    CHECK(ratios->index(turnover, columnTitled(ratios, QStringLiteral("Exercice 2023"))).data().toString()
          == Labels::money(Money::fromEuros(960'000)));
    const int growth = pc::ui::RatioTableModel::rowOf("turnover_growth");
    CHECK(ratios->index(growth, columnTitled(ratios, QStringLiteral("Exercice 2023"))).data(Qt::FontRole)
              .value<QFont>()
              .italic());
    CHECK_FALSE(ratios->index(growth, 0).data(Qt::ToolTipRole).toString().isEmpty());
    CHECK(child<QLabel>(inform, "informSummary")->text().contains(QStringLiteral("2023")));
    auto* statements = child<QTableView>(inform, "statementView")->model();
    CHECK(statements->columnCount() == pc::ui::StatementTableModel::FirstAmountColumn + 3);

    // Stage 2: the scores of 2025, the profile, the recommendation.
    f.window->showPage(Page::CreditLine);
    REQUIRE(f.window->currentPage() == Page::CreditLine);
    pc::ui::CreditLinePage* credit = f.window->creditLinePage();
    CHECK(child<QTableView>(credit, "scoresView")->model()->rowCount() == 5);
    CHECK_FALSE(child<QLabel>(credit, "classBadge")->text().isEmpty());

    typeInto(child<QLineEdit>(credit, "termsEdit"), QStringLiteral("45 jours fin de mois"));
    const Date today = f.t->clock().today();
    const Date due = PaymentTerms::daysEndOfMonth(45).value().dueDate(today);
    CHECK(child<QLabel>(credit, "termsPreviewLabel")->text().contains(Labels::date(due)));
    typeInto(child<QLineEdit>(credit, "purchasesEdit"), QStringLiteral("120 000"));
    child<QSpinBox>(credit, "delayEdit")->setValue(10);
    typeInto(child<QLineEdit>(credit, "insurerEdit"), QStringLiteral("30 000"));
    QTest::mouseClick(child<QPushButton>(credit, "saveProfileButton"), Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(credit, "profileProblemsLabel")->isVisible());
    const auto profile = pc::store::CreditRepository(f.t->db()).profile(f.clientId);
    CHECK(profile.paymentTerms == "eom:45");
    CHECK(profile.expectedAnnualPurchases == Money::fromEuros(120'000));
    CHECK(profile.usualDelayDays == 10);
    CHECK(profile.insurerCover == Money::fromEuros(30'000));

    const auto analysis = pc::app::CreditService(f.t.ws()).analyze(f.clientId);
    REQUIRE(analysis.ok());
    CHECK(child<QLabel>(credit, "recommendedLimitLabel")->text().contains(Labels::money(analysis->recommendation.limit)));
    CHECK(child<QLineEdit>(credit, "limitAmountEdit")->text() == Labels::money(analysis->recommendation.limit));
    CHECK(child<QDateEdit>(credit, "reviewDateEdit")->date() == QDate(2027, 11, 23));

    // The decision, with its approver, reason and review date.
    typeInto(child<QLineEdit>(credit, "limitAmountEdit"), QStringLiteral("25 000"));
    typeInto(child<QLineEdit>(credit, "approverEdit"), QStringLiteral("Claire Durand, directrice financière"));
    typeInto(child<QLineEdit>(credit, "reasonEdit"), QStringLiteral("Bilans sains, besoin couvert par l'assureur"));
    child<QDateEdit>(credit, "reviewDateEdit")->setDate(QDate(2027, 6, 30));
    QTest::mouseClick(child<QPushButton>(credit, "grantLimitButton"), Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(credit, "limitProblemLabel")->isVisible());

    auto* history = child<QTableView>(credit, "limitHistoryView")->model();
    REQUIRE(history->rowCount() == 1);
    CHECK(history->index(0, 1).data().toString() == Labels::money(Money::fromEuros(25'000)));
    CHECK(history->index(0, 2).data().toString() == Labels::money(analysis->recommendation.limit));
    CHECK(history->index(0, 3).data().toString() == QString(QLatin1Char(analysis->internal.riskClass)));
    CHECK(history->index(0, 4).data().toString() == QStringLiteral("Claire Durand, directrice financière"));
    CHECK(history->index(0, 6).data().toString() == Labels::date(*Date::fromYmd(2027, 6, 30)));
    CHECK(child<QLabel>(credit, "currentLimitLabel")->text().contains(Labels::money(Money::fromEuros(25'000))));

    const auto audit = pc::store::AuditLog(f.t->db()).recent();
    REQUIRE_FALSE(audit.empty());
    CHECK(audit[0].action == QStringLiteral("credit.limit"));
    CHECK(audit[0].reason == QStringLiteral("Bilans sains, besoin couvert par l'assureur"));
}

TEST_CASE("ui: a limit without a reason is refused next to the form", "[ui][credit]")
{
    Fixture f;
    f.window->openClient(f.clientId, Page::CreditLine);
    pc::ui::CreditLinePage* credit = f.window->creditLinePage();
    typeInto(child<QLineEdit>(credit, "limitAmountEdit"), QStringLiteral("5 000"));
    typeInto(child<QLineEdit>(credit, "approverEdit"), QStringLiteral("Claire Durand"));
    QTest::mouseClick(child<QPushButton>(credit, "grantLimitButton"), Qt::LeftButton);
    auto* problem = child<QLabel>(credit, "limitProblemLabel");
    CHECK(problem->isVisible());
    CHECK_FALSE(problem->text().isEmpty());
    CHECK(child<QLineEdit>(credit, "reasonEdit")->property("invalid").toBool());
    CHECK(child<QTableView>(credit, "limitHistoryView")->model()->rowCount() == 0);
    CHECK(pc::store::CreditRepository(f.t->db()).limits(f.clientId).empty());
}

TEST_CASE("ui: a year whose assets do not balance its liabilities is refused and nothing is written", "[ui][credit]")
{
    Fixture f;
    f.window->openClient(f.clientId, Page::Inform);
    pc::ui::InformPage* inform = f.window->informPage();
    const int auditBefore = static_cast<int>(pc::store::AuditLog(f.t->db()).recent().size());

    inform->beginStatement(*Date::fromYmd(2025, 12, 31), 12, pc::risk::Regime::Normal);
    auto* view = child<QTableView>(inform, "statementView");
    const auto* model = qobject_cast<const pc::ui::StatementTableModel*>(view->model());
    REQUIRE(model != nullptr);
    const int entry = model->draftColumn();
    REQUIRE(entry == pc::ui::StatementTableModel::FirstAmountColumn);
    const std::map<std::string, QString> typed = {{"CO", QStringLiteral("1000")}, {"1A", QStringLiteral("100")},
                                                  {"EE", QStringLiteral("800")},  {"DL", QStringLiteral("300")},
                                                  {"FL", QStringLiteral("2 000,00")}, {"GG", QStringLiteral("100")},
                                                  {"HN", QStringLiteral("80")}};
    for (const auto& [code, amount] : typed)
        typeCell(view, model->rowOf(code), entry, amount);
    REQUIRE(model->draft()->line("FL") == Money::fromEuros(2'000));

    QTest::mouseClick(child<QPushButton>(inform, "saveYearButton"), Qt::LeftButton);
    auto* problems = child<QLabel>(inform, "statementProblemsLabel");
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("EE")));
    CHECK(pc::app::CreditService(f.t.ws()).analyze(f.clientId)->statements.empty());
    CHECK(static_cast<int>(pc::store::AuditLog(f.t->db()).recent().size()) == auditBefore);

    // Corrected, the same year is saved and the entry column closes.
    typeCell(view, model->rowOf("EE"), entry, QStringLiteral("900"));
    QTest::mouseClick(child<QPushButton>(inform, "saveYearButton"), Qt::LeftButton);
    CHECK_FALSE(problems->isVisible());
    CHECK_FALSE(model->draft().has_value());
    CHECK(pc::app::CreditService(f.t.ws()).analyze(f.clientId)->statements.size() == 1);
}

TEST_CASE("ui: a refused statement file lists its errors and writes nothing", "[ui][credit]")
{
    Fixture f;
    QTemporaryDir dir;
    f.window->openClient(f.clientId, Page::Inform);
    const auto outcome = f.import(dir, QJsonArray{yearJson(f.siren, 2024, 90), yearJson(f.siren, 2025, 100, 1'000)});
    CHECK(outcome.at(0).toInt() == 0);
    CHECK(outcome.at(1).toInt() >= 1);
    auto* box = f.window->informPage()->findChild<QMessageBox*>(QStringLiteral("statementImportBox"));
    REQUIRE(box != nullptr);
    CHECK(box->isVisible());
    CHECK(box->informativeText().contains(QStringLiteral("liasses.json")));
    CHECK(box->informativeText().contains(QStringLiteral("EE")));
    box->close();
    CHECK(pc::app::CreditService(f.t.ws()).analyze(f.clientId)->statements.empty());
}

TEST_CASE("ui: leaving stage 1 with a year being entered asks first", "[ui][credit]")
{
    Fixture f;
    f.window->openClient(f.clientId, Page::Inform);
    pc::ui::InformPage* inform = f.window->informPage();
    inform->beginStatement(*Date::fromYmd(2025, 12, 31), 12, pc::risk::Regime::Normal);
    REQUIRE(inform->hasDraft());

    // Answers the question the window asks with `button`, once it is on screen.
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box != nullptr);
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    f.window->showPage(Page::Portfolio);
    CHECK(f.window->currentPage() == Page::Inform);
    CHECK(inform->hasDraft());

    answer(QMessageBox::Discard);
    f.window->showPage(Page::Portfolio);
    CHECK(f.window->currentPage() == Page::Portfolio);
    CHECK_FALSE(inform->hasDraft());
}
