#pragma once

#include "LedgerGenerator.h"

#include "app/Workspace.h"

#include <QString>
#include <nlohmann/json.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace pc::bench {

// Wall-clock seconds since construction (or the last restart()).
class Stopwatch {
public:
    Stopwatch() : m_start(std::chrono::steady_clock::now()) {}
    void restart() { m_start = std::chrono::steady_clock::now(); }
    double seconds() const
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

// One measured figure beside what it is compared with.
struct Figure {
    std::string key;   // "lettering_engine", …
    std::string title; // for the summary
    double seconds = 0;
    std::string baselineTitle;
    double baselineSeconds = 0;
    // The ratio seconds / baseline must stay at or under this to meet the target;
    // 0 when the figure has no target (reported for what it is).
    double targetRatio = 0;
    // The figure must also stay at or under this many seconds (an absolute budget of the
    // issue); 0 when there is none.
    double targetSeconds = 0;
    nlohmann::json details = nlohmann::json::object();

    double ratio() const { return baselineSeconds > 0 ? seconds / baselineSeconds : 0; }
    bool hasTarget() const { return targetRatio > 0 || targetSeconds > 0; }
    bool met() const
    {
        return (targetRatio <= 0 || ratio() <= targetRatio) && (targetSeconds <= 0 || seconds <= targetSeconds);
    }
    nlohmann::json toJson() const;
};

struct Scale {
    std::string name; // "default" or "small"
    int clients = 50'000;
    int letteringInvoicesPerClient = 5; // about 10 open items per client
    int fecInvoicesPerClient = 10;      // about 20 lines per client
    std::uint64_t seed = 20240101;
    int engineRuns = 3;
    int importRuns = 3; // imports, each paired with a raw baseline run
    // The aged balance (issue 7): clients with this many open entries each over the last
    // 18 months, read as of agingAsOf.
    int agingClients = 100'000;
    int agingOpenPerClient = 10;
    int agingRuns = 3; // each paired with a raw baseline run
};

struct BenchContext {
    Scale scale;
    QString workDir; // the stores and files, on the disk measured
    bool keepFiles = false;
    // The store of the aged balance (written once, reused while its description file
    // matches); empty: aging-<scale>.db in the work folder.
    QString agingStore;
    std::vector<Figure> figures;
    nlohmann::json extra = nlohmann::json::object(); // counts and splits beside the figures
};

// A fresh workspace on a SQLite file of the work folder (any previous file removed),
// with a clock stopped on the day after the generated year.
std::unique_ptr<app::Workspace> freshWorkspace(const QString& path, core::Date today);
std::unique_ptr<app::Workspace> openWorkspace(const QString& path, core::Date today);
void removeStore(const QString& path);

// The clients of the ledger, each with its SIREN, name and account number, in one
// transaction (as a client file the credit manager keeps before any import).
void insertClients(app::Workspace& ws, const GeneratedLedger& ledger);

// Sets the lettering policy of the store to benchPolicy().
void setBenchPolicy(app::Workspace& ws);

// The machine, the build and the load, for the results.
nlohmann::json machineJson();

// The benchmarks, each adding its figures to the context.
void runLetteringBench(BenchContext& context);
void runFecImportBench(BenchContext& context);
void runAgingBench(BenchContext& context);

// The aged balance's store for the scale (AgingStore.h), and the time of its baseline:
// the sqlite3 C API running AgingRepository::openOn's SQL and summing into buckets.
struct AgingStoreOptions;
QString agingStorePath(const BenchContext& context);
AgingStoreOptions agingStoreOptions(const Scale& scale);
double timeRawAgedBalance(const QString& path, core::Date asOf, std::int64_t* rows = nullptr);

// The summary for a person, and the results as JSON to `jsonPath` (stdout when empty).
// False when the file cannot be written.
bool report(const BenchContext& context, const nlohmann::json& machine, const std::string& jsonPath);

double medianOf(std::vector<double> values);

// Progress on stderr ("  generating 50,000 clients…").
void progress(const std::string& message);

std::string seconds(double s);      // "1.234 s"
std::string thousands(long long n); // "1,000,000"

[[noreturn]] void fail(const std::string& what);

} // namespace pc::bench
