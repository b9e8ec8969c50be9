#include "AgingStore.h"

#include "BenchSupport.h"
#include "RawSqliteInsert.h"

#include "core/Siren.h"
#include "core/Text.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <string_view>
#include <vector>

namespace pc::bench {

namespace {

// The rows' stamp: written once, the day before the balance is read.
constexpr const char* kCreatedBy = "bench";

// splitmix64: the same store on every platform for the same seed.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // [0, n)
    std::int64_t below(std::int64_t n) { return static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int perMille) { return below(1000) < perMille; }

private:
    std::uint64_t m_state;
};

constexpr std::array<std::string_view, 12> kTrades{"Transports", "Menuiserie", "Imprimerie", "Constructions",
                                                   "Distribution", "Chaudronnerie", "Informatique", "Logistique",
                                                   "Fromagerie", "Plasturgie", "Quincaillerie", "Ingénierie"};
constexpr std::array<std::string_view, 12> kFamilies{"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
                                                     "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Guérin"};
constexpr std::array<std::string_view, 4> kSegments{"TPE", "PME", "Grands comptes", "Revendeurs"};
constexpr std::array<std::string_view, 6> kReps{"A. Morel", "C. Roux", "J. Petit", "L. Faure", "M. Blanc", "S. Henry"};
constexpr std::array<std::string_view, 4> kReasons{"price", "quantity", "quality", "delivery"};

enum class Kind : std::uint8_t { Invoice, Payment };

struct Entry {
    std::int32_t company = 0; // 1-based id
    std::int32_t date = 0;    // days since epoch
    std::int32_t due = 0;     // invoices only
    Kind kind = Kind::Invoice;
    std::int64_t amount = 0; // cents
    std::int64_t open = 0;
    std::int32_t number = 0; // of its piece
};

struct Allocation {
    std::uint32_t debit = 0; // indexes in the entries as generated
    std::uint32_t credit = 0;
    std::int64_t amount = 0;
    std::int32_t on = 0;
};

struct Dispute {
    std::uint32_t entry = 0;
    std::int32_t company = 0;
    std::int64_t amount = 0;
    std::string_view reason;
    std::string_view status;
    std::int32_t openedOn = 0;
    std::int32_t closedOn = -1; // -1: not closed
};

std::int64_t invoiceAmount(Random& r)
{
    // 60 % from 100 to 2,000 EUR, 30 % up to 10,000, 10 % up to 50,000.
    const auto tier = r.below(10);
    if (tier < 6)
        return 10'000 + r.below(190'000);
    if (tier < 9)
        return 200'000 + r.below(800'000);
    return 1'000'000 + r.below(4'000'000);
}

// How long ago an open invoice was dated: up to 18 months, more of them recent.
int openAge(Random& r)
{
    const std::int64_t u = r.below(1'000'000);
    return static_cast<int>(548 * u / 1'000'000 * u / 1'000'000);
}

std::string iso(std::int32_t days)
{
    return core::Date::fromDaysSinceEpoch(days).toIso();
}

class Statement {
public:
    Statement(sqlite3* db, const char* sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            fail(std::string(sql) + ": " + sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& integer(std::int64_t v)
    {
        sqlite3_bind_int64(m_stmt, ++m_index, v);
        return *this;
    }
    Statement& text(std::string_view v)
    {
        sqlite3_bind_text(m_stmt, ++m_index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& null()
    {
        sqlite3_bind_null(m_stmt, ++m_index);
        return *this;
    }
    void step()
    {
        if (sqlite3_step(m_stmt) != SQLITE_DONE)
            fail(std::string("insert failed: ") + sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        m_index = 0;
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_index = 0;
};

QString describePath(const QString& path)
{
    return path + QStringLiteral(".json");
}

nlohmann::json readDescription(const QString& path)
{
    std::ifstream in(describePath(path).toStdString());
    if (!in || !QFileInfo::exists(path))
        return {};
    try {
        return nlohmann::json::parse(in);
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace

nlohmann::json AgingStoreOptions::toJson() const
{
    return {{"seed", seed},
            {"clients", clients},
            {"open_per_client", openPerClient},
            {"paid_per_client", paidPerClient},
            {"as_of", asOf.toIso()},
            {"generator", 1}};
}

AgingStoreInfo ensureAgingStore(const QString& path, const AgingStoreOptions& options)
{
    AgingStoreInfo info;
    info.path = path;
    if (const nlohmann::json previous = readDescription(path);
        previous.is_object() && previous.value("options", nlohmann::json()) == options.toJson()) {
        info.counts = previous.value("counts", nlohmann::json::object());
        info.generationSeconds = previous.value("generation_seconds", 0.0);
        progress("aging: reusing the store " + path.toStdString());
        return info;
    }
    QFile::remove(describePath(path));

    Stopwatch watch;
    progress("aging: writing a store of " + thousands(options.clients) + " clients, "
             + thousands(static_cast<long long>(options.clients) * options.openPerClient) + " open entries to "
             + path.toStdString());
    // The schema, through the application's migrations.
    freshWorkspace(path, options.asOf).reset();

    // -- the ledger in memory ----------------------------------------------------------
    Random r(options.seed);
    const std::int32_t today = options.asOf.daysSinceEpoch();
    std::vector<Entry> entries;
    std::vector<Allocation> allocations;
    std::vector<Dispute> disputes;
    const std::size_t perClient = static_cast<std::size_t>(options.openPerClient + 2 * options.paidPerClient + 2);
    entries.reserve(static_cast<std::size_t>(options.clients) * perClient);
    std::int32_t invoiceNumber = 0;
    std::int32_t paymentNumber = 0;
    std::int64_t partial = 0;
    std::int64_t unapplied = 0;
    for (std::int32_t c = 1; c <= options.clients; ++c) {
        const int terms = std::array{30, 45, 60}[static_cast<std::size_t>(r.below(3))];
        for (int k = 0; k < options.openPerClient; ++k) {
            if (k == options.openPerClient - 1 && c % 100 == 0) {
                // A payment on account, not set against anything yet: a credit open.
                const std::int64_t amount = invoiceAmount(r);
                entries.push_back({c, today - static_cast<std::int32_t>(r.below(60)), 0, Kind::Payment, amount, amount,
                                   ++paymentNumber});
                ++unapplied;
                continue;
            }
            const int age = openAge(r);
            Entry invoice{c, today - age, today - age + terms, Kind::Invoice, invoiceAmount(r), 0, ++invoiceNumber};
            invoice.open = invoice.amount;
            const auto invoiceIndex = static_cast<std::uint32_t>(entries.size());
            entries.push_back(invoice);
            if (r.chance(150)) {
                // Partly paid: 20 % to 80 %, on a day between the invoice and today.
                const std::int64_t paid = invoice.amount * (20 + r.below(61)) / 100;
                const std::int32_t on = invoice.date + static_cast<std::int32_t>(r.below(age + 1));
                const auto paymentIndex = static_cast<std::uint32_t>(entries.size());
                entries.push_back({c, on, 0, Kind::Payment, paid, 0, ++paymentNumber});
                allocations.push_back({invoiceIndex, paymentIndex, paid, on});
                entries[invoiceIndex].open -= paid;
                ++partial;
            }
            const std::int64_t open = entries[invoiceIndex].open;
            if (r.chance(25)) {
                // Disputed: active (the whole open amount or part of it), or rejected already.
                const std::int32_t opened = invoice.date + static_cast<std::int32_t>(r.below(age + 1));
                const std::int64_t amount = r.chance(700) ? open : open * (10 + r.below(80)) / 100;
                const auto pick = r.below(10);
                Dispute d{invoiceIndex, c, std::max<std::int64_t>(amount, 1),
                          kReasons[static_cast<std::size_t>(r.below(4))], pick < 5 ? "open" : "investigating",
                          opened};
                if (pick >= 8) {
                    d.status = "rejected";
                    d.closedOn = opened + static_cast<std::int32_t>(r.below(today - opened + 1));
                }
                disputes.push_back(d);
            }
        }
        for (int k = 0; k < options.paidPerClient; ++k) {
            // Paid in full, around its due date, before today.
            const std::int32_t date = today - 60 - static_cast<std::int32_t>(r.below(488));
            const std::int64_t amount = invoiceAmount(r);
            const std::int32_t on =
                std::min(today, date + terms + static_cast<std::int32_t>(r.below(41)) - 10);
            const auto invoiceIndex = static_cast<std::uint32_t>(entries.size());
            entries.push_back({c, date, date + terms, Kind::Invoice, amount, 0, ++invoiceNumber});
            const auto paymentIndex = static_cast<std::uint32_t>(entries.size());
            entries.push_back({c, on, 0, Kind::Payment, amount, 0, ++paymentNumber});
            allocations.push_back({invoiceIndex, paymentIndex, amount, on});
        }
    }

    // The ledger grows day by day for every client at once: ids in date order.
    std::vector<std::uint32_t> order(entries.size());
    std::iota(order.begin(), order.end(), 0U);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return entries[a].date < entries[b].date; });
    std::vector<std::int64_t> idOf(entries.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        idOf[order[i]] = static_cast<std::int64_t>(i) + 1;
    std::sort(allocations.begin(), allocations.end(),
              [](const Allocation& a, const Allocation& b) { return a.on < b.on; });

    // -- written through the C API, in one transaction ----------------------------------
    RawConnection db(path);
    db.exec("BEGIN");
    const std::string stamp = iso(today - 1) + "T18:00:00Z";
    {
        Statement company(db.handle(),
                          "INSERT INTO companies (id, siren, name, search_name, created_at, updated_at, city, "
                          "postal_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        Statement account(db.handle(),
                          "INSERT INTO accounts (company_id, number, status, segment, sales_rep, opened_on) "
                          "VALUES (?, ?, 'active', ?, ?, ?)");
        char number[16];
        for (std::int32_t c = 1; c <= options.clients; ++c) {
            char payload[16];
            std::snprintf(payload, sizeof payload, "%08d", 30'000'000 + c);
            const core::Siren siren = core::Siren::fromPayload(payload);
            const std::string name = std::string(kTrades[static_cast<std::size_t>(c) % kTrades.size()]) + " "
                + std::string(kFamilies[static_cast<std::size_t>(c / 12) % kFamilies.size()]) + " " + std::to_string(c);
            company.integer(c).text(siren.str()).text(name).text(core::text::foldForSearch(name)).text(stamp).text(stamp);
            company.text("Lyon").text("69003").step();
            std::snprintf(number, sizeof number, "411%06d", c);
            account.integer(c).text(number).text(kSegments[static_cast<std::size_t>(c) % kSegments.size()]);
            account.text(kReps[static_cast<std::size_t>(c) % kReps.size()]).text(iso(today - 900)).step();
        }
    }
    {
        Statement insert(db.handle(),
                         "INSERT INTO ledger_entries (id, company_id, kind, journal, entry_date, piece, label, "
                         "debit_cents, credit_cents, due_date, created_at, created_by, account, open_cents) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        char piece[24];
        char account[16];
        for (std::size_t i = 0; i < order.size(); ++i) {
            const Entry& e = entries[order[i]];
            const bool invoice = e.kind == Kind::Invoice;
            std::snprintf(piece, sizeof piece, invoice ? "FA%08d" : "RG%08d", e.number);
            std::snprintf(account, sizeof account, "411%06d", e.company);
            insert.integer(static_cast<std::int64_t>(i) + 1).integer(e.company);
            insert.text(invoice ? "invoice" : "payment").text(invoice ? "VE" : "BQ").text(iso(e.date)).text(piece);
            insert.text(invoice ? "Facture" : "Règlement");
            insert.integer(invoice ? e.amount : 0).integer(invoice ? 0 : e.amount);
            if (invoice)
                insert.text(iso(e.due));
            else
                insert.null();
            insert.text(stamp).text(kCreatedBy).text(account).integer(e.open).step();
        }
    }
    {
        Statement insert(db.handle(),
                         "INSERT INTO ledger_allocations (debit_entry_id, credit_entry_id, amount_cents, "
                         "allocated_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)");
        for (const Allocation& a : allocations)
            insert.integer(idOf[a.debit]).integer(idOf[a.credit]).integer(a.amount).text(iso(a.on)).text(stamp)
                .text(kCreatedBy).step();
    }
    std::int64_t activeDisputes = 0;
    {
        Statement insert(db.handle(),
                         "INSERT INTO disputes (company_id, entry_id, amount_cents, reason, reason_code, status, "
                         "owner, opened_on, closed_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Dispute& d : disputes) {
            insert.integer(d.company).integer(idOf[d.entry]).integer(d.amount).text("Contesté par le client");
            insert.text(d.reason).text(d.status).text("bench").text(iso(d.openedOn));
            if (d.closedOn >= 0)
                insert.text(iso(d.closedOn));
            else
                insert.null();
            insert.text(stamp).text(kCreatedBy).step();
            activeDisputes += d.closedOn < 0 ? 1 : 0;
        }
    }
    db.exec("COMMIT");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");

    const std::int64_t open = db.count("SELECT COUNT(*) FROM ledger_entries WHERE open_cents > 0");
    info.generated = true;
    info.generationSeconds = watch.seconds();
    info.counts = {{"clients", options.clients},
                   {"ledger_entries", static_cast<std::int64_t>(entries.size())},
                   {"open_entries", open},
                   {"open_partly_paid_invoices", partial},
                   {"open_unapplied_payments", unapplied},
                   {"allocations", static_cast<std::int64_t>(allocations.size())},
                   {"disputes", static_cast<std::int64_t>(disputes.size())},
                   {"active_disputes", activeDisputes},
                   {"store_bytes", QFileInfo(path).size()}};
    std::ofstream out(describePath(path).toStdString());
    out << nlohmann::json{{"options", options.toJson()},
                          {"counts", info.counts},
                          {"generation_seconds", info.generationSeconds}}
               .dump(2)
        << "\n";
    progress("aging: store written in " + seconds(info.generationSeconds));
    return info;
}

} // namespace pc::bench
