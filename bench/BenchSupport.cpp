#include "BenchSupport.h"

#include "app/Clock.h"
#include "app/SharedSettings.h"
#include "store/ClientRepository.h"
#include "store/Transaction.h"

#include <QFile>
#include <QSysInfo>
#include <QtGlobal>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <thread>

namespace pc::bench {

nlohmann::json Figure::toJson() const
{
    nlohmann::json j = {{"key", key},
                        {"title", title},
                        {"seconds", seconds},
                        {"baseline", baselineTitle},
                        {"baseline_seconds", baselineSeconds},
                        {"ratio", ratio()},
                        {"details", details}};
    if (hasTarget()) {
        if (targetRatio > 0)
            j["target_ratio"] = targetRatio;
        if (targetSeconds > 0)
            j["target_seconds"] = targetSeconds;
        j["met"] = met();
    }
    return j;
}

void fail(const std::string& what)
{
    throw std::runtime_error(what);
}

void removeStore(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

std::unique_ptr<app::Workspace> openWorkspace(const QString& path, core::Date today)
{
    auto ws = app::Workspace::open(store::DatabaseLocation::sqliteFile(path),
                                   std::make_shared<app::FixedClock>(today), QStringLiteral("bench"));
    if (!ws)
        fail("cannot open the store " + path.toStdString() + ": " + core::errorCodeName(ws.error().code) + " "
             + ws.error().arg(0) + " " + ws.error().arg(1));
    return std::move(ws).value();
}

std::unique_ptr<app::Workspace> freshWorkspace(const QString& path, core::Date today)
{
    removeStore(path);
    return openWorkspace(path, today);
}

void insertClients(app::Workspace& ws, const GeneratedLedger& ledger)
{
    store::Transaction tx(ws.db());
    if (!tx.started())
        fail("insertClients: no transaction");
    store::ClientRepository clients(ws.db());
    for (const GeneratedClient& c : ledger.clients) {
        core::ClientFile file;
        file.company.siren = c.siren;
        file.company.name = c.name;
        file.account.number = c.account;
        file.account.status = core::AccountStatus::Active;
        file.account.openedOn = ledger.firstDay().addDays(-365);
        if (auto id = clients.insert(file, ws.clock().now()); !id)
            fail("insertClients: " + std::string(core::errorCodeName(id.error().code)) + " " + id.error().arg(1));
    }
    if (!tx.commit())
        fail("insertClients: commit");
}

void setBenchPolicy(app::Workspace& ws)
{
    app::SharedSettings settings(ws);
    app::CollectPolicy policy = settings.collectPolicy();
    policy.lettering = benchPolicy();
    if (!settings.setCollectPolicy(policy))
        fail("cannot save the lettering policy");
}

namespace {

std::string firstLineWith(const char* path, const std::string& prefix)
{
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(prefix, 0) == 0) {
            const auto colon = line.find(':');
            std::string value = colon == std::string::npos ? line : line.substr(colon + 1);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
                value.erase(value.begin());
            return value;
        }
    return {};
}

std::string wholeFile(const char* path)
{
    std::ifstream in(path);
    std::string text;
    std::getline(in, text);
    return text;
}

std::string pad(std::string text, std::size_t width)
{
    // Width in characters of UTF-8 text, for the columns.
    std::size_t chars = 0;
    for (const char c : text)
        chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    if (chars < width)
        text.append(width - chars, ' ');
    return text;
}

void printSummary(const BenchContext& context, const nlohmann::json& machine)
{
    std::cout << "\nPosteClient benchmarks, scale " << context.scale.name << " — " << machine.value("cpu", "")
              << ", " << machine.value("logical_cpus", 0) << " CPUs, " << machine.value("memory", "") << ", "
              << machine.value("build_type", "") << ", load at start " << machine.value("load_average_at_start", "")
              << "\n\n";
    for (const Figure& f : context.figures) {
        char ratio[32];
        std::snprintf(ratio, sizeof ratio, "%.2f", f.ratio());
        std::string verdict;
        if (f.hasTarget()) {
            char target[48];
            if (f.targetSeconds > 0 && f.targetRatio > 0)
                std::snprintf(target, sizeof target, "< %.3g s and ratio <= %.2g", f.targetSeconds, f.targetRatio);
            else if (f.targetSeconds > 0)
                std::snprintf(target, sizeof target, "< %.3g s", f.targetSeconds);
            else
                std::snprintf(target, sizeof target, "ratio <= %.2g", f.targetRatio);
            verdict = std::string("target ") + target + (f.met() ? "  met" : "  MISSED");
        }
        std::cout << "  " << f.title << "\n    " << pad(seconds(f.seconds), 12) << "baseline "
                  << pad(seconds(f.baselineSeconds), 12) << "(" << f.baselineTitle << ")  ratio " << ratio << "  "
                  << verdict << "\n";
    }
    std::cout << std::endl;
}

} // namespace

bool report(const BenchContext& context, const nlohmann::json& machine, const std::string& jsonPath)
{
    nlohmann::json results = {{"scale", context.scale.name},
                              {"clients", context.scale.clients},
                              {"seed", context.scale.seed},
                              {"machine", machine},
                              {"work_dir", context.workDir.toStdString()},
                              {"figures", nlohmann::json::array()}};
    for (const Figure& f : context.figures)
        results["figures"].push_back(f.toJson());

    printSummary(context, machine);
    if (jsonPath.empty()) {
        std::cout << results.dump(2) << std::endl;
        return true;
    }
    std::ofstream out(jsonPath);
    out << results.dump(2) << "\n";
    if (!out) {
        std::cerr << "cannot write " << jsonPath << "\n";
        return false;
    }
    std::cout << "results written to " << jsonPath << std::endl;
    return true;
}

nlohmann::json machineJson()
{
#if defined(NDEBUG)
    const bool optimised = true;
#else
    const bool optimised = false;
#endif
    return {{"cpu", firstLineWith("/proc/cpuinfo", "model name")},
            {"logical_cpus", std::thread::hardware_concurrency()},
            {"memory", firstLineWith("/proc/meminfo", "MemTotal")},
            {"load_average_at_start", wholeFile("/proc/loadavg")},
            {"os", QSysInfo::prettyProductName().toStdString()},
            {"kernel", QSysInfo::kernelVersion().toStdString()},
#if defined(__clang__)
            {"compiler", std::string("clang ") + __clang_version__},
#elif defined(__GNUC__)
            {"compiler", std::string("gcc ") + __VERSION__},
#else
            {"compiler", "unknown"},
#endif
            {"build_type", POSTECLIENT_BENCH_BUILD_TYPE},
            {"optimised", optimised},
            {"qt", qVersion()},
            {"sqlite", sqlite3_libversion()}};
}

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

void progress(const std::string& message)
{
    std::cerr << "  " << message << std::endl;
}

std::string seconds(double s)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3f s", s);
    return text;
}

std::string thousands(long long n)
{
    const std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out = n < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace pc::bench
