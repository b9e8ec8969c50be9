// The aged balance of issue 7: 100,000 clients, 1,000,000 open entries over the last
// 18 months (some partly paid, some disputed), read by app::AgingService::agedBalance
// as of the store's day, by due date, default buckets; beside the sqlite3 C API running
// the same SQL as store::AgingRepository::openOn and summing into the same buckets in a
// tight loop. Each run of the service is paired with a baseline run; medians reported.

#include "AgingStore.h"
#include "BenchSupport.h"
#include "RawSqliteInsert.h"

#include "app/AgingService.h"
#include "app/Workspace.h"
#include "store/AgingRepository.h"
#include "store/RecoveryRepository.h"

#include <QDir>

#include <sqlite3.h>

#include <array>
#include <unordered_map>

namespace pc::bench {

namespace {

constexpr double kAgingBudgetSeconds = 0.5;

// The SQL store::AgingRepository::openOn ran before migration 9 (as openOnSql builds it
// with its columns and no extra filter), word for word: one statement, every entry of
// the ledger visited.
const char* const kOriginalOpenOnSql =
    "SELECT e.company_id, e.id, e.entry_date, COALESCE(e.due_date, e.entry_date), "
    "CASE WHEN e.debit_cents > e.credit_cents THEN 1 ELSE -1 END, e.open_cents + COALESCE(later.cents, 0) AS open "
    "FROM ledger_entries e LEFT JOIN (SELECT entry_id, SUM(cents) AS cents FROM ("
    "SELECT debit_entry_id AS entry_id, amount_cents AS cents FROM ledger_allocations WHERE allocated_on > ? "
    "UNION ALL SELECT credit_entry_id AS entry_id, amount_cents AS cents FROM ledger_allocations "
    "WHERE allocated_on > ?) moved GROUP BY entry_id) later ON later.entry_id = e.id "
    "WHERE e.entry_date <= ? AND e.kind <> 'deposit' AND (e.open_cents > 0 OR later.cents IS NOT NULL)  "
    "ORDER BY e.company_id, e.id";

// The SQL openOn runs now, word for word: the allocations after the day, the entries
// open today (the covering index ledger_entries_aging), the entries settled since the
// day (only when something was allocated after it).
const char* const kAllocatedAfterSql =
    "SELECT debit_entry_id, credit_entry_id, amount_cents FROM ledger_allocations WHERE allocated_on > ?";
const char* const kOpenTodaySql =
    "SELECT e.company_id, e.id, e.entry_date, COALESCE(e.due_date, e.entry_date), "
    "CASE WHEN e.debit_cents > e.credit_cents THEN 1 ELSE -1 END, e.open_cents FROM ledger_entries e "
    "WHERE e.open_cents > 0 AND e.entry_date <= ? AND e.kind <> 'deposit' ORDER BY e.company_id, e.id";
const char* const kSettledSinceSql =
    "SELECT e.company_id, e.id, e.entry_date, COALESCE(e.due_date, e.entry_date), "
    "CASE WHEN e.debit_cents > e.credit_cents THEN 1 ELSE -1 END, e.open_cents FROM ledger_entries e "
    "WHERE e.open_cents <= 0 AND e.entry_date <= ? AND e.kind <> 'deposit' "
    "AND e.id IN (SELECT debit_entry_id FROM ledger_allocations WHERE allocated_on > ? "
    "UNION SELECT credit_entry_id FROM ledger_allocations WHERE allocated_on > ?) "
    "ORDER BY e.company_id, e.id";

enum class Design { Original, Indexed };

// The disputes active on the day (receivables::Dispute::activeOn): opened by then, not
// resolved, or resolved after it.
const char* const kActiveDisputesSql =
    "SELECT entry_id, amount_cents FROM disputes WHERE opened_on <= ?1 AND "
    "(status IN ('open', 'investigating') OR (closed_on IS NOT NULL AND closed_on > ?1))";

class Query {
public:
    Query(sqlite3* db, const char* sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            fail(std::string("prepare: ") + sqlite3_errmsg(db));
    }
    ~Query() { sqlite3_finalize(m_stmt); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    sqlite3_stmt* get() const { return m_stmt; }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            fail(std::string("step: ") + sqlite3_errmsg(m_db));
        return rc == SQLITE_ROW;
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// "YYYY-MM-DD" to days since 1970-01-01 (H. Hinnant's days_from_civil), no checks: the
// baseline trusts the store.
int daysOf(const unsigned char* t)
{
    const auto digit = [t](int i) { return t[i] - '0'; };
    int y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    const int m = digit(5) * 10 + digit(6);
    const int d = digit(8) * 10 + digit(9);
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

constexpr std::size_t kBuckets = 5; // not due, 1-30, 31-60, 61-90, 90+

struct RawRow {
    std::int64_t company = 0;
    std::array<std::int64_t, kBuckets> buckets{};
    std::int64_t total = 0;
    std::int64_t disputed = 0;
};

struct RawAged {
    std::vector<RawRow> clients;
    RawRow total;
    std::int64_t rows = 0;
};

std::size_t bucketOf(int daysPastDue)
{
    if (daysPastDue <= 0)
        return 0;
    if (daysPastDue <= 30)
        return 1;
    if (daysPastDue <= 60)
        return 2;
    if (daysPastDue <= 90)
        return 3;
    return 4;
}

// The baseline: the same SQL through the C API, the disputes of the day, the buckets
// summed per client (by id, in a flat table) and in total in one pass over the rows.
RawAged rawAgedBalance(RawConnection& db, core::Date asOf, Design design)
{
    const std::string day = asOf.toIso();
    const int today = asOf.daysSinceEpoch();
    const auto bindDay = [&](Query& q, int count) {
        for (int i = 1; i <= count; ++i)
            sqlite3_bind_text(q.get(), i, day.c_str(), static_cast<int>(day.size()), SQLITE_STATIC);
    };
    std::unordered_map<std::int64_t, std::int64_t> disputed;
    {
        Query q(db.handle(), kActiveDisputesSql);
        bindDay(q, 1);
        while (q.step())
            disputed[sqlite3_column_int64(q.get(), 0)] += sqlite3_column_int64(q.get(), 1);
    }
    std::unordered_map<std::int64_t, std::int64_t> later;
    if (design == Design::Indexed) {
        Query q(db.handle(), kAllocatedAfterSql);
        bindDay(q, 1);
        while (q.step()) {
            later[sqlite3_column_int64(q.get(), 0)] += sqlite3_column_int64(q.get(), 2);
            later[sqlite3_column_int64(q.get(), 1)] += sqlite3_column_int64(q.get(), 2);
        }
    }
    RawAged out;
    std::vector<RawRow> byCompany;
    const auto sum = [&](Query& q) {
        sqlite3_stmt* s = q.get();
        while (q.step()) {
            ++out.rows;
            const std::int64_t company = sqlite3_column_int64(s, 0);
            const std::int64_t id = sqlite3_column_int64(s, 1);
            const bool debit = sqlite3_column_int64(s, 4) > 0;
            std::int64_t cents = sqlite3_column_int64(s, 5);
            if (!later.empty())
                if (const auto it = later.find(id); it != later.end())
                    cents += it->second;
            const std::int64_t open = debit ? cents : -cents;
            if (open == 0)
                continue;
            if (company >= static_cast<std::int64_t>(byCompany.size()))
                byCompany.resize(static_cast<std::size_t>(company) + 1 + byCompany.size() / 2);
            RawRow& row = byCompany[static_cast<std::size_t>(company)];
            row.company = company;
            const int from = daysOf(sqlite3_column_text(s, open > 0 ? 3 : 2));
            const std::size_t bucket = bucketOf(today - from);
            std::int64_t inDispute = 0;
            if (open > 0 && !disputed.empty())
                if (const auto it = disputed.find(id); it != disputed.end())
                    inDispute = std::min(it->second, open);
            row.buckets[bucket] += open - inDispute;
            row.total += open - inDispute;
            row.disputed += inDispute;
            out.total.buckets[bucket] += open - inDispute;
            out.total.total += open - inDispute;
            out.total.disputed += inDispute;
        }
    };
    if (design == Design::Original) {
        Query q(db.handle(), kOriginalOpenOnSql);
        bindDay(q, 3);
        sum(q);
    } else {
        Query open(db.handle(), kOpenTodaySql);
        bindDay(open, 1);
        sum(open);
        if (!later.empty()) {
            Query settled(db.handle(), kSettledSinceSql);
            bindDay(settled, 3);
            sum(settled);
        }
    }
    for (const RawRow& row : byCompany)
        if (row.company != 0 && (row.total != 0 || row.disputed != 0))
            out.clients.push_back(row);
    return out;
}

void check(bool ok, const std::string& what)
{
    if (!ok)
        fail("aging: the service and the baseline disagree on " + what);
}

void compare(const app::AgedBalanceView& view, const RawAged& raw)
{
    check(view.total.buckets.size() == kBuckets, "the number of buckets");
    for (std::size_t b = 0; b < kBuckets; ++b)
        check(view.total.buckets[b].cents() == raw.total.buckets[b], "bucket " + view.labels[b]);
    check(view.total.total.cents() == raw.total.total, "the total");
    check(view.total.disputed.cents() == raw.total.disputed, "the disputed amount");
    check(view.clients.size() == raw.clients.size(), "the number of clients");
}

struct Measured {
    double service = 0;
    double baseline = 0; // the SQL openOn runs
    double original = 0; // the SQL it ran before migration 9
    std::vector<double> serviceRuns;
    std::vector<double> baselineRuns;
    std::vector<double> originalRuns;
    std::int64_t rows = 0;
    std::int64_t originalRows = 0;
    std::size_t clients = 0;
    app::AgedBalanceView view;
    nlohmann::json splits;
};

// The parts of AgingService::agedBalance, one by one (one run): where its time goes.
nlohmann::json serviceSplits(app::Workspace& ws, core::Date asOf)
{
    nlohmann::json splits = nlohmann::json::object();
    Stopwatch watch;
    const auto open = store::AgingRepository(ws.db()).openOn(asOf);
    splits["open_on"] = watch.seconds();
    watch.restart();
    const auto disputed = store::RecoveryRepository(ws.db()).disputedOn(std::nullopt, asOf);
    splits["disputed_on"] = watch.seconds();
    watch.restart();
    std::vector<receivables::AgingItem> items;
    items.reserve(open.size());
    for (const store::OpenOnDay& e : open)
        items.push_back({e.companyId, e.date, e.dueDate, e.open, {}});
    const auto balance = receivables::agedBalance(items, asOf, receivables::AgingBasis::DueDate, {});
    splits["engine_aged_balance"] = watch.seconds();
    watch.restart();
    const auto labels = store::AgingRepository(ws.db()).clientLabels();
    splits["client_labels"] = watch.seconds();
    splits["open_rows"] = open.size();
    splits["clients"] = balance.clients.size();
    splits["labels"] = labels.size();
    return splits;
}

// Each run: the raw baseline, the service, the raw original SQL; every result compared.
Measured measure(app::Workspace& ws, RawConnection& raw, core::Date asOf, int runs, const std::string& what)
{
    Measured m;
    RawAged indexed;
    RawAged original;
    for (int run = 0; run < std::max(1, runs); ++run) {
        progress("aging: " + what + ", run " + std::to_string(run + 1));
        Stopwatch watch;
        indexed = rawAgedBalance(raw, asOf, Design::Indexed);
        m.baselineRuns.push_back(watch.seconds());
        watch.restart();
        m.view = app::AgingService(ws).agedBalance(asOf, receivables::AgingBasis::DueDate, {});
        m.serviceRuns.push_back(watch.seconds());
        watch.restart();
        original = rawAgedBalance(raw, asOf, Design::Original);
        m.originalRuns.push_back(watch.seconds());
        compare(m.view, indexed);
        compare(m.view, original);
    }
    m.service = medianOf(m.serviceRuns);
    m.baseline = medianOf(m.baselineRuns);
    m.original = medianOf(m.originalRuns);
    m.rows = indexed.rows;
    m.originalRows = original.rows;
    m.clients = m.view.clients.size();
    m.splits = serviceSplits(ws, asOf);
    return m;
}

nlohmann::json bucketsJson(const app::AgedBalanceView& view)
{
    nlohmann::json j = nlohmann::json::object();
    for (std::size_t b = 0; b < view.labels.size(); ++b)
        j[view.labels[b]] = view.total.buckets[b].cents();
    j["total"] = view.total.total.cents();
    j["disputed"] = view.total.disputed.cents();
    return j;
}

} // namespace

double timeRawAgedBalance(const QString& path, core::Date asOf, std::int64_t* rows)
{
    RawConnection raw(path);
    Stopwatch watch;
    const RawAged result = rawAgedBalance(raw, asOf, Design::Indexed);
    const double elapsed = watch.seconds();
    if (rows)
        *rows = result.rows;
    return elapsed;
}

QString agingStorePath(const BenchContext& context)
{
    if (!context.agingStore.isEmpty())
        return context.agingStore;
    return QDir(context.workDir).filePath(QStringLiteral("aging-%1.db").arg(QString::fromStdString(context.scale.name)));
}

AgingStoreOptions agingStoreOptions(const Scale& scale)
{
    AgingStoreOptions options;
    options.seed = scale.seed;
    options.clients = scale.agingClients;
    options.openPerClient = scale.agingOpenPerClient;
    return options;
}

void runAgingBench(BenchContext& context)
{
    const AgingStoreOptions options = agingStoreOptions(context.scale);
    const AgingStoreInfo store = ensureAgingStore(agingStorePath(context), options);
    const core::Date asOf = options.asOf;
    auto ws = openWorkspace(store.path, asOf); // applies any newer migration once
    RawConnection raw(store.path);
    const std::string scaleText = thousands(options.clients) + " clients, "
        + thousands(store.counts.value("open_entries", std::int64_t{0})) + " open entries";

    const core::Date past = asOf.addMonths(-3).endOfMonth();
    for (const core::Date day : {asOf, past}) {
        const bool current = day == asOf;
        const Measured m = measure(*ws, raw, day, context.scale.agingRuns, "as of " + day.toIso());
        const nlohmann::json runs = {{"service", m.serviceRuns},
                                     {"baseline", m.baselineRuns},
                                     {"original_sql", m.originalRuns}};
        Figure aging;
        aging.key = current ? "aged_balance" : "aged_balance_past";
        aging.title = current ? "aged balance (AgingService::agedBalance, by due date, default buckets), " + scaleText
                              : "aged balance as of " + day.toIso()
                                    + " (the allocations since added back), same store";
        aging.seconds = m.service;
        aging.baselineTitle = "sqlite3 C API, the SQL of AgingRepository::openOn, summed into buckets";
        aging.baselineSeconds = m.baseline;
        aging.targetSeconds = current ? kAgingBudgetSeconds : 0;
        aging.details = {{"as_of", day.toIso()},
                         {"runs_seconds", runs},
                         {"rows_read", m.rows},
                         {"clients_listed", m.clients},
                         {"service_parts_seconds", m.splits},
                         {"totals_cents", bucketsJson(m.view)}};
        if (current)
            aging.details.update({{"store", store.counts},
                                  {"store_generated_this_run", store.generated},
                                  {"store_generation_seconds", store.generationSeconds}});
        context.figures.push_back(aging);

        // What the design buys at the SQL level: the single statement openOn ran before
        // migration 9, through the same C API loop, against the SQL it runs now.
        Figure sql;
        sql.key = current ? "aged_balance_original_sql" : "aged_balance_past_original_sql";
        sql.title = "  the same through the C API with openOn's SQL before migration 9 (one statement, "
            + thousands(m.originalRows) + " rows)";
        sql.seconds = m.original;
        sql.baselineTitle = "the C API with the SQL of now";
        sql.baselineSeconds = m.baseline;
        sql.details = {{"as_of", day.toIso()}, {"runs_seconds", m.originalRuns}};
        context.figures.push_back(sql);
    }
}

} // namespace pc::bench
