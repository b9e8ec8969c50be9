// posteclient-bench-dashboard: the dashboard (the home page) on the aged balance's store
// of issue 7 (100,000 clients, 1,000,000 open entries), offscreen.
//
//   posteclient-bench-dashboard [--scale default|small] [--json FILE] [--workdir DIR]
//                               [--aging-store FILE] [--runs N]
//
// Times, from constructing ui::DashboardPage (then refresh(), show(), as MainWindow
// does), its first paint (QWidget::grab()), its `loaded` signal (app::DashboardService::
// load on the loader's own connection, off the GUI thread) and the paint with the
// figures; beside the sqlite3 C API running AgingRepository::openOn's SQL and summing
// into buckets, in the same run. Then the parts of DashboardService::load one by one,
// for where the time goes. A separate program from posteclient-bench because it links
// Qt Widgets (pc_ui); bench/run runs both, with QT_QPA_PLATFORM=offscreen.

#include "AgingStore.h"
#include "BenchSupport.h"

#include "app/AgingService.h"
#include "app/AlertService.h"
#include "app/AnalyticsService.h"
#include "app/DashboardService.h"
#include "app/KpiService.h"
#include "app/Workspace.h"
#include "ui/DashboardPage.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>
#include <string>

using namespace pc;
using namespace pc::bench;

namespace {

constexpr double kFirstPaintBudgetSeconds = 1.0;
constexpr int kLoadTimeoutMs = 15 * 60 * 1000;

void usage()
{
    std::cerr << "usage: posteclient-bench-dashboard [--scale default|small] [--json FILE] [--workdir DIR] "
                 "[--aging-store FILE] [--runs N]\n";
}

struct PageRun {
    double firstPaint = 0; // construction to the first grab()
    double loaded = 0;     // construction to `loaded`
    double painted = 0;    // construction to the grab() after `loaded`
};

PageRun timePage(app::Workspace& ws)
{
    PageRun run;
    Stopwatch watch;
    auto page = std::make_unique<ui::DashboardPage>(ws, nullptr);
    bool loaded = false;
    QString failure;
    QEventLoop loop;
    QObject::connect(page.get(), &ui::DashboardPage::loaded, &loop, [&] {
        run.loaded = watch.seconds();
        loaded = true;
        loop.quit();
    });
    QObject::connect(page.get(), &ui::DashboardPage::statusMessage, &loop, [&](const QString& message) {
        failure = message; // the loader failed: the page says why
        loop.quit();
    });
    page->refresh();
    page->resize(1360, 860);
    page->show();
    const QPixmap first = page->grab();
    run.firstPaint = watch.seconds();
    if (first.isNull())
        fail("dashboard: the first grab() is empty");
    if (!loaded && failure.isEmpty()) {
        QTimer::singleShot(kLoadTimeoutMs, &loop, [&] { loop.quit(); });
        loop.exec();
    }
    if (!failure.isEmpty())
        fail("dashboard: " + failure.toStdString());
    if (!loaded)
        fail("dashboard: not loaded after " + std::to_string(kLoadTimeoutMs / 1000) + " s");
    const QPixmap second = page->grab();
    run.painted = watch.seconds();
    if (second.isNull() || !page->data())
        fail("dashboard: nothing shown after loading");
    return run;
}

template <class F>
double timed(F&& f)
{
    Stopwatch watch;
    f();
    return watch.seconds();
}

// DashboardService::load part by part (the same calls, in its order), on the bench's
// connection: where the time of `loaded` goes.
nlohmann::json loadSplits(app::Workspace& ws, core::Date asOf)
{
    nlohmann::json splits = nlohmann::json::object();
    app::KpiService kpis(ws);
    splits["kpis_portfolio"] = timed([&] { kpis.portfolio(asOf); });
    splits["aged_balance"] = timed([&] { app::AgingService(ws).agedBalance(asOf, receivables::AgingBasis::DueDate, {}); });
    splits["alerts"] = timed([&] { app::AlertService(ws).alerts(asOf); });
    app::AnalyticsService analytics(ws);
    splits["abc"] = timed([&] { analytics.abc(asOf, app::AbcBasis::Outstanding); });
    splits["forecast"] = timed([&] { analytics.forecast(asOf, receivables::Granularity::Month, 6); });
    splits["kpis_history_12_months"] = timed([&] { kpis.history(asOf, 12); });
    splits["dashboard_service_load"] = timed([&] { app::DashboardService(ws).load(asOf); });
    return splits;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);

    BenchContext context;
    context.scale.name = "default";
    context.workDir = QDir::current().filePath(QStringLiteral("bench-work"));
    std::string jsonPath;
    int runs = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage();
                std::exit(64);
            }
            return argv[++i];
        };
        if (arg == "--scale") {
            context.scale.name = value();
        } else if (arg == "--json") {
            jsonPath = value();
        } else if (arg == "--workdir") {
            context.workDir = QString::fromStdString(value());
        } else if (arg == "--aging-store") {
            context.agingStore = QString::fromStdString(value());
        } else if (arg == "--runs") {
            runs = std::max(1, std::stoi(value()));
        } else {
            usage();
            return 64;
        }
    }
    if (context.scale.name == "small") {
        context.scale.clients = 2'000;
        context.scale.agingClients = 2'000;
    } else if (context.scale.name != "default") {
        usage();
        return 64;
    }
    if (!QDir().mkpath(context.workDir)) {
        std::cerr << "cannot create " << context.workDir.toStdString() << "\n";
        return 1;
    }

    const nlohmann::json machine = machineJson();
    try {
        const AgingStoreOptions options = agingStoreOptions(context.scale);
        const AgingStoreInfo store = ensureAgingStore(agingStorePath(context), options);
        const core::Date asOf = options.asOf;
        auto ws = openWorkspace(store.path, asOf);

        std::vector<double> firstPaint;
        std::vector<double> loaded;
        std::vector<double> painted;
        std::vector<double> baseline;
        std::int64_t rows = 0;
        for (int run = 0; run < runs; ++run) {
            progress("dashboard: run " + std::to_string(run + 1));
            baseline.push_back(timeRawAgedBalance(store.path, asOf, &rows));
            const PageRun r = timePage(*ws);
            firstPaint.push_back(r.firstPaint);
            loaded.push_back(r.loaded);
            painted.push_back(r.painted);
        }
        progress("dashboard: DashboardService::load part by part");
        const nlohmann::json splits = loadSplits(*ws, asOf);

        const std::string scaleText = thousands(options.clients) + " clients, "
            + thousands(store.counts.value("open_entries", std::int64_t{0})) + " open entries";
        const std::string baselineTitle = "sqlite3 C API, AgingRepository::openOn's SQL summed into buckets";
        Figure paint;
        paint.key = "dashboard_first_paint";
        paint.title = "dashboard: DashboardPage constructed to first paint (grab() offscreen), " + scaleText;
        paint.seconds = medianOf(firstPaint);
        paint.baselineTitle = baselineTitle;
        paint.baselineSeconds = medianOf(baseline);
        paint.targetSeconds = kFirstPaintBudgetSeconds;
        paint.details = {{"runs_seconds", firstPaint},
                         {"baseline_runs_seconds", baseline},
                         {"baseline_rows_read", rows},
                         {"first_run_is_cold", true},
                         {"store", store.counts}};
        context.figures.push_back(paint);

        Figure load;
        load.key = "dashboard_loaded";
        load.title = "dashboard: DashboardPage constructed to `loaded` (DashboardService::load off the GUI thread)";
        load.seconds = medianOf(loaded);
        load.baselineTitle = baselineTitle;
        load.baselineSeconds = medianOf(baseline);
        load.details = {{"runs_seconds", loaded},
                        {"painted_with_figures_seconds", painted},
                        {"service_parts_seconds", splits}};
        context.figures.push_back(load);
    } catch (const std::exception& e) {
        std::cerr << "posteclient-bench-dashboard: " << e.what() << "\n";
        return 1;
    }
    return report(context, machine, jsonPath) ? 0 : 1;
}
