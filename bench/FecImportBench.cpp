// FEC import of a year of 50,000 clients (about 1,000,000 lines, centralised journals,
// lettered) through app::FecImportService, against the sqlite3 C API inserting the same
// ledger rows into a copy of the same store (same schema, indexes, foreign keys, WAL,
// synchronous NORMAL, one transaction, same disk), in the same run.

#include "BenchSupport.h"
#include "RawSqliteInsert.h"

#include "app/FecImportService.h"
#include "io/FecReader.h"
#include "io/FecWriter.h"
#include "store/Database.h"
#include "store/ImportJournal.h"
#include "store/LedgerRepository.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <fstream>
#include <unordered_map>

namespace pc::bench {

namespace {

constexpr double kImportTargetRatio = 2.0;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

void copyStore(const QString& from, const QString& to)
{
    removeStore(to);
    if (!QFile::copy(from, to))
        fail("cannot copy " + from.toStdString() + " to " + to.toStdString());
}

// The raw inserts of `tables` into `path`, in one transaction: BEGIN to COMMIT.
double rawInsert(const QString& path, const std::vector<const TableRows*>& tables)
{
    RawConnection db(path);
    Stopwatch watch;
    db.exec("BEGIN IMMEDIATE");
    for (const TableRows* rows : tables)
        rows->insertInto(db);
    db.exec("COMMIT");
    const double seconds = watch.seconds();
    for (const TableRows* rows : tables) {
        const auto count = db.count("SELECT COUNT(*) FROM " + rows->table());
        if (count < static_cast<std::int64_t>(rows->rows()))
            fail("raw insert: " + std::to_string(count) + " rows in " + rows->table());
    }
    return seconds;
}

// LedgerRepository::addEntry for every client line, in one transaction: the insert
// path of the import without the rest of it. `temporariesInMemory`: as the import runs
// (PRAGMA temp_store = MEMORY), or with SQLite's default (a file), as it ran before.
double repositoryInsert(const QString& path, const io::FecFile& parsed, core::Date today, bool temporariesInMemory)
{
    auto ws = openWorkspace(path, today);
    if (temporariesInMemory) {
        QSqlQuery pragma(ws->db().connection());
        if (!pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY")))
            fail("split: temp_store");
    }
    std::unordered_map<std::string, qint64> companyOf;
    {
        QSqlQuery q(ws->db().connection());
        if (!q.exec(QStringLiteral("SELECT number, company_id FROM accounts")))
            fail("accounts");
        while (q.next())
            companyOf.emplace(q.value(0).toString().toStdString(), q.value(1).toLongLong());
    }
    Stopwatch watch;
    store::Transaction tx(ws->db());
    store::ImportJournal journal(ws->db());
    const auto importId = journal.add({0, QStringLiteral("fec"), QStringLiteral("split.txt"), QStringLiteral("split"),
                                       ws->clock().now(), ws->actor(), 0});
    if (!importId)
        fail("split: import journal");
    store::LedgerRepository ledger(ws->db());
    const store::Stamp stamp = ws->stamp();
    for (const io::FecLine& line : parsed.lines) {
        if (!line.isClientLine())
            continue;
        receivables::LedgerEntry entry;
        entry.kind = line.debit > line.credit ? receivables::EntryKind::Invoice : receivables::EntryKind::Payment;
        entry.journal = line.journalCode;
        entry.date = line.ecritureDate;
        entry.piece = line.pieceRef;
        entry.label = line.ecritureLib;
        entry.debit = line.debit;
        entry.credit = line.credit;
        entry.dueDate = line.dueDate;
        entry.letter = line.ecritureLet;
        entry.letteredOn = line.dateLet;
        store::EntrySource source;
        source.importId = *importId;
        source.entryNumber = line.ecritureNum;
        source.account = line.compteNum;
        source.open = (line.debit - line.credit).abs();
        if (!ledger.addEntry(companyOf.at(line.compAuxNum), entry, source, stamp))
            fail("split: addEntry");
    }
    if (!tx.commit())
        fail("split: commit");
    return watch.seconds();
}

} // namespace

void runFecImportBench(BenchContext& context)
{
    const Scale& scale = context.scale;
    LedgerOptions options;
    options.seed = scale.seed + 1;
    options.clients = scale.clients;
    options.invoicesPerClient = scale.fecInvoicesPerClient;
    progress("fec: generating " + thousands(options.clients) + " clients");
    const GeneratedLedger ledger = generateLedger(options);
    const core::Date today = ledger.lastDay().addDays(1);

    const QDir dir(context.workDir);
    const QString fecPath = dir.filePath(QStringLiteral("000000000FEC%1.txt").arg(options.year * 10000 + 1231));
    std::size_t lineCount = 0;
    std::size_t clientLineCount = 0;
    std::size_t fileBytes = 0;
    {
        const std::vector<io::FecLine> lines = fecLines(ledger, {FecLayout::Centralised, true});
        lineCount = lines.size();
        for (const io::FecLine& line : lines)
            clientLineCount += line.isClientLine() ? 1 : 0;
        io::FecWriteOptions write;
        write.dueDateColumn = true;
        const std::string text = io::writeFec(lines, write);
        fileBytes = text.size();
        std::ofstream out(fecPath.toStdString(), std::ios::binary);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (!out)
            fail("cannot write " + fecPath.toStdString());
    }

    // The store before the import (the client file), copied for each run.
    const QString baseStore = dir.filePath(QStringLiteral("fec-base.db"));
    const QString importStore = dir.filePath(QStringLiteral("fec-import.db"));
    const QString rawStore = dir.filePath(QStringLiteral("fec-raw.db"));
    const QString rawAllStore = dir.filePath(QStringLiteral("fec-raw-all.db"));
    const QString splitStore = dir.filePath(QStringLiteral("fec-split.db"));
    const QString splitFileStore = dir.filePath(QStringLiteral("fec-split-tempfile.db"));
    progress("fec: client file of " + thousands(options.clients) + " clients");
    {
        auto ws = freshWorkspace(baseStore, today);
        insertClients(*ws, ledger);
    }

    const auto importOnce = [&](app::FecImportReport& report) {
        copyStore(baseStore, importStore);
        auto ws = openWorkspace(importStore, today);
        Stopwatch watch;
        report = app::FecImportService(*ws).importFile(fecPath);
        const double seconds = watch.seconds();
        if (!report.ok())
            fail("fec: the import refused the file: " + std::string(core::errorCodeName(report.errors.front().code))
                 + " " + report.errors.front().arg(0));
        if (report.entries != static_cast<int>(clientLineCount))
            fail("fec: " + std::to_string(report.entries) + " entries imported, " + std::to_string(clientLineCount)
                 + " client lines in the file");
        return seconds;
    };

    // -- the import, then the same rows through the C API, in pairs ------------------------
    // The machine is shared: each import is paired with a baseline run right after it,
    // and the figure is the median of the runs.
    const int runs = std::max(1, scale.importRuns);
    std::vector<double> importRuns;
    std::vector<double> rawRuns;
    std::vector<double> pairRatios;
    app::FecImportReport report;
    TableRows imports;
    TableRows entries;
    TableRows letterings;
    TableRows allocations;
    for (int run = 0; run < runs; ++run) {
        progress("fec: run " + std::to_string(run + 1) + "/" + std::to_string(runs) + ": importing "
                 + thousands(static_cast<long long>(lineCount)) + " lines through FecImportService");
        importRuns.push_back(importOnce(report));
        if (run == 0) {
            // The rows the import wrote, to write them again.
            RawConnection db(importStore);
            const std::int64_t importId = db.count("SELECT MAX(id) FROM imports");
            imports = TableRows::read(db, "imports", "WHERE id = " + std::to_string(importId));
            entries = TableRows::read(db, "ledger_entries", "WHERE import_id = " + std::to_string(importId));
            letterings = TableRows::read(db, "letterings", "");
            allocations = TableRows::read(db, "ledger_allocations", "");
        }
        progress("fec: run " + std::to_string(run + 1) + "/" + std::to_string(runs)
                 + ": raw sqlite3 inserts of the same ledger rows");
        copyStore(baseStore, rawStore);
        rawRuns.push_back(rawInsert(rawStore, {&imports, &entries}));
        pairRatios.push_back(importRuns.back() / rawRuns.back());
    }
    const double importSeconds = median(importRuns);
    const double rawSeconds = median(rawRuns);
    progress("fec: raw sqlite3 inserts of every row the import wrote");
    copyStore(baseStore, rawAllStore);
    const double rawAllSeconds = rawInsert(rawAllStore, {&imports, &entries, &letterings, &allocations});
    copyStore(baseStore, splitStore);
    copyStore(baseStore, splitFileStore);

    // -- where the import's time goes ------------------------------------------------------
    progress("fec: timing splits");
    Stopwatch watch;
    QByteArray bytes;
    {
        QFile file(fecPath);
        if (!file.open(QIODevice::ReadOnly))
            fail("cannot read " + fecPath.toStdString());
        bytes = file.readAll();
    }
    const double readSeconds = watch.seconds();
    watch.restart();
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    const double hashSeconds = watch.seconds();
    const std::string_view view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    watch.restart();
    double parseAllSeconds = 0;
    {
        const io::FecFile all = io::readFec(view, "split.txt");
        parseAllSeconds = watch.seconds();
        if (!all.ok())
            fail("split: parse");
    }
    watch.restart();
    io::FecReadOptions clientOnly;
    clientOnly.clientLinesOnly = true;
    const io::FecFile parsed = io::readFec(view, "split.txt", clientOnly);
    const double parseClientSeconds = watch.seconds();
    bytes.clear();
    const double repositorySeconds = repositoryInsert(splitStore, parsed, today, true);
    progress("fec: the same inserts with temporaries in a file (SQLite's default)");
    const double repositoryTempFileSeconds = repositoryInsert(splitFileStore, parsed, today, false);

    Figure figure;
    figure.key = "fec_import";
    figure.title = "FEC import, " + thousands(static_cast<long long>(lineCount)) + " lines ("
        + thousands(static_cast<long long>(clientLineCount)) + " client lines = ledger rows)";
    figure.seconds = importSeconds;
    figure.baselineTitle = "sqlite3 C API inserting the same ledger rows";
    figure.baselineSeconds = rawSeconds;
    figure.targetRatio = kImportTargetRatio;
    figure.details = {
        {"runs", runs},
        {"import_runs_seconds", importRuns},
        {"raw_runs_seconds", rawRuns},
        {"ratio_of_each_pair", pairRatios},
        {"fec_lines", lineCount},
        {"client_lines", clientLineCount},
        {"file_bytes", fileBytes},
        {"layout", "centralised journals, lettered, DateEcheance column"},
        {"report",
         {{"lines_read", report.linesRead},
          {"entries", report.entries},
          {"clients_linked", report.clientsLinked},
          {"clients_created", report.clientsCreated.size()},
          {"lettered_groups", report.letteredGroups},
          {"partial_groups", report.partialGroups}}},
        {"rows_written",
         {{"ledger_entries", entries.rows()},
          {"letterings", letterings.rows()},
          {"ledger_allocations", allocations.rows()}}},
        {"splits_seconds",
         {{"read_file", readSeconds},
          {"sha256", hashSeconds},
          {"parse_all_lines", parseAllSeconds},
          {"parse_client_lines_only", parseClientSeconds},
          {"ledger_repository_inserts", repositorySeconds},
          {"ledger_repository_inserts_temp_store_file", repositoryTempFileSeconds},
          {"rest_of_the_import", importSeconds - readSeconds - hashSeconds - parseAllSeconds - repositorySeconds}}},
        {"sha256_prefix", hash.toHex().left(12).toStdString()}};
    context.figures.push_back(figure);

    Figure all;
    all.key = "fec_import_all_rows";
    all.title = "FEC import, same run, against every row it writes";
    all.seconds = importSeconds;
    all.baselineTitle = "sqlite3 C API: ledger rows + letterings + allocations";
    all.baselineSeconds = rawAllSeconds;
    all.details = {{"rows",
                    entries.rows() + letterings.rows() + allocations.rows() + imports.rows()}};
    context.figures.push_back(all);

    if (!context.keepFiles) {
        for (const QString& path : {baseStore, importStore, rawStore, rawAllStore, splitStore, splitFileStore})
            removeStore(path);
        QFile::remove(fecPath);
    }
}

} // namespace pc::bench
