// Automatic lettering of a year of 50,000 clients (some 500,000 open items): the engine
// alone (receivables::autoLetter over every client), then the same items through
// app::LetteringService::letterAutomatically on a store, writes included.

#include "BenchSupport.h"

#include "app/FecImportService.h"
#include "app/LetteringService.h"
#include "io/FecWriter.h"
#include "receivables/Lettering.h"
#include "store/Database.h"
#include "store/LedgerRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <fstream>

namespace pc::bench {

namespace {

constexpr double kEngineBudgetSeconds = 3.0;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

std::int64_t countRows(app::Workspace& ws, const QString& sql)
{
    QSqlQuery q(ws.db().connection());
    if (!q.exec(sql) || !q.next())
        fail("count failed: " + sql.toStdString());
    return q.value(0).toLongLong();
}

nlohmann::json agreementJson(const Agreement& a)
{
    nlohmann::json byCase = nlohmann::json::object();
    for (const auto& [key, tally] : a.byCase)
        byCase[key] = {{"items", tally.items}, {"agreeing", tally.agreeing}};
    return {{"decided_items", a.decided.items},
            {"decided_agreeing", a.decided.agreeing},
            {"overall_items", a.overall.items},
            {"overall_agreeing", a.overall.agreeing},
            {"overall_share", a.overall.share()},
            {"by_case", byCase}};
}

} // namespace

void runLetteringBench(BenchContext& context)
{
    const Scale& scale = context.scale;
    LedgerOptions options;
    options.seed = scale.seed;
    options.clients = scale.clients;
    options.invoicesPerClient = scale.letteringInvoicesPerClient;
    progress("lettering: generating " + thousands(options.clients) + " clients");
    Stopwatch watch;
    const GeneratedLedger ledger = generateLedger(options);
    const double generation = watch.seconds();

    std::vector<std::vector<receivables::OpenItem>> items;
    items.reserve(ledger.clients.size());
    std::size_t itemCount = 0;
    std::size_t largest = 0;
    for (const GeneratedClient& client : ledger.clients) {
        items.push_back(openItemsOf(client));
        itemCount += items.back().size();
        largest = std::max(largest, items.back().size());
    }

    // -- the engine alone -----------------------------------------------------------
    const receivables::LetteringPolicy policy = benchPolicy();
    std::vector<receivables::LetteringOutcome> outcomes;
    std::vector<double> runs;
    for (int run = 0; run < std::max(1, scale.engineRuns); ++run) {
        outcomes.clear();
        outcomes.resize(items.size());
        progress("lettering: engine run " + std::to_string(run + 1) + " over " + thousands(static_cast<long long>(itemCount))
                 + " open items");
        watch.restart();
        for (std::size_t i = 0; i < items.size(); ++i)
            outcomes[i] = receivables::autoLetter(items[i], policy);
        runs.push_back(watch.seconds());
    }
    Agreement agreement;
    std::int64_t groups = 0;
    std::int64_t balanced = 0;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        agreement.add(compareLettering(ledger.clients[i], outcomes[i]));
        groups += static_cast<std::int64_t>(outcomes[i].groups.size());
        for (const auto& g : outcomes[i].groups)
            balanced += g.balanced ? 1 : 0;
    }
    outcomes.clear();
    const double engine = median(runs);

    Figure engineFigure;
    engineFigure.key = "lettering_engine";
    engineFigure.title = "lettering engine, " + thousands(options.clients) + " clients, "
        + thousands(static_cast<long long>(itemCount)) + " open items";
    engineFigure.seconds = engine;
    engineFigure.baselineTitle = "budget of the issue (3 s)";
    engineFigure.baselineSeconds = kEngineBudgetSeconds;
    engineFigure.targetRatio = 1.0;
    engineFigure.details = {{"clients", options.clients},
                            {"open_items", itemCount},
                            {"largest_client_items", largest},
                            {"runs_seconds", runs},
                            {"items_per_second", static_cast<double>(itemCount) / engine},
                            {"groups", groups},
                            {"balanced_groups", balanced},
                            {"generation_seconds", generation},
                            {"agreement_with_accountant", agreementJson(agreement)}};
    context.figures.push_back(engineFigure);

    // -- end to end on a store ----------------------------------------------------------
    const core::Date asOf = ledger.lastDay();
    const QString storePath = QDir(context.workDir).filePath(QStringLiteral("lettering.db"));
    const QString fecPath = QDir(context.workDir).filePath(QStringLiteral("lettering-unlettered-fec.txt"));
    auto ws = freshWorkspace(storePath, asOf.addDays(1));
    progress("lettering: client file of " + thousands(options.clients) + " clients");
    watch.restart();
    insertClients(*ws, ledger);
    const double clientsSeconds = watch.seconds();
    setBenchPolicy(*ws);

    // The ledger before lettering, loaded through the FEC import.
    {
        io::FecWriteOptions write;
        write.dueDateColumn = true;
        const std::string text = io::writeFec(fecLines(ledger, {FecLayout::Centralised, false}), write);
        std::ofstream out(fecPath.toStdString(), std::ios::binary);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    progress("lettering: loading the open items through the FEC import");
    watch.restart();
    const app::FecImportReport loaded = app::FecImportService(*ws).importFile(fecPath);
    const double loadSeconds = watch.seconds();
    if (!loaded.ok())
        fail("lettering: the unlettered FEC was refused: " + std::string(core::errorCodeName(loaded.errors.front().code)));
    if (loaded.entries != static_cast<int>(itemCount))
        fail("lettering: " + std::to_string(loaded.entries) + " entries loaded, "
             + std::to_string(itemCount) + " expected");

    // A copy of the loaded store, for the same run with temporaries in memory.
    const QString memoryStorePath = QDir(context.workDir).filePath(QStringLiteral("lettering-temp-memory.db"));
    ws.reset();
    removeStore(memoryStorePath);
    if (!QFile::copy(storePath, memoryStorePath))
        fail("lettering: cannot copy the store");
    ws = openWorkspace(storePath, asOf.addDays(1));

    // What the service reads first, timed on its own.
    watch.restart();
    const std::size_t openRows = store::LedgerRepository(ws->db()).openEntries(std::nullopt, asOf).size();
    const double readSeconds = watch.seconds();

    progress("lettering: letterAutomatically over the store");
    watch.restart();
    const auto report = app::LetteringService(*ws).letterAutomatically(std::nullopt, asOf);
    const double endToEnd = watch.seconds();
    if (!report)
        fail("lettering: letterAutomatically failed: " + std::string(core::errorCodeName(report.error().code)));

    // The same with PRAGMA temp_store = MEMORY on the connection: INSERT … RETURNING
    // (letterings, write-off entries) keeps its row in a temporary table, a file by
    // default; the FEC import sets it for itself, Database::open could for everyone.
    double endToEndTempMemory = 0;
    {
        auto other = openWorkspace(memoryStorePath, asOf.addDays(1));
        QSqlQuery pragma(other->db().connection());
        if (!pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY")))
            fail("lettering: temp_store");
        progress("lettering: the same with temporaries in memory");
        watch.restart();
        const auto again = app::LetteringService(*other).letterAutomatically(std::nullopt, asOf);
        endToEndTempMemory = watch.seconds();
        if (!again || again->groupsLettered != report->groupsLettered)
            fail("lettering: the second run differs");
    }

    const std::int64_t allocations = countRows(*ws, QStringLiteral("SELECT COUNT(*) FROM ledger_allocations"));
    const std::int64_t letterings = countRows(*ws, QStringLiteral("SELECT COUNT(*) FROM letterings"));
    const std::int64_t coded
        = countRows(*ws, QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE letter IS NOT NULL"));
    const std::int64_t writeOffEntries
        = countRows(*ws, QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE lettering_id IS NOT NULL"));
    ws.reset();

    Figure e2e;
    e2e.key = "lettering_end_to_end";
    e2e.title = "lettering end to end (LetteringService), same " + thousands(static_cast<long long>(openRows))
        + " open items";
    e2e.seconds = endToEnd;
    e2e.baselineTitle = "engine alone, same run";
    e2e.baselineSeconds = engine;
    const double writes = std::max(0.0, endToEnd - readSeconds - engine);
    e2e.details = {{"open_items_read", openRows},
                   {"read_open_items_seconds", readSeconds},
                   {"engine_seconds", engine},
                   {"writes_and_rest_seconds", writes},
                   {"same_run_with_temp_store_memory_seconds", endToEndTempMemory},
                   {"clients", report->clients},
                   {"groups", report->groupsLettered},
                   {"balanced_groups", report->groupsBalanced},
                   {"write_offs", report->writeOffs},
                   {"open_items_left", report->openItemsLeft},
                   {"for_review", report->forReview.size()},
                   {"rows_written",
                    {{"ledger_allocations", allocations},
                     {"letterings", letterings},
                     {"entries_given_a_code", coded},
                     {"write_off_entries", writeOffEntries}}},
                   {"setup",
                    {{"client_file_seconds", clientsSeconds},
                     {"fec_import_of_the_unlettered_ledger_seconds", loadSeconds},
                     {"fec_lines", loaded.linesRead},
                     {"fec_client_lines", loaded.clientLines}}}};
    context.figures.push_back(e2e);

    if (!context.keepFiles) {
        removeStore(storePath);
        removeStore(memoryStorePath);
        QFile::remove(fecPath);
    }
}

} // namespace pc::bench
