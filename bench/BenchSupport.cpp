#include "BenchSupport.h"

#include "app/Clock.h"
#include "app/SharedSettings.h"
#include "store/ClientRepository.h"
#include "store/Transaction.h"

#include <QFile>
#include <QSysInfo>
#include <QtGlobal>

#include <sqlite3.h>

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
        j["target_ratio"] = targetRatio;
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

} // namespace

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
