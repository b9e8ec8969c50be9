#include "RawSqliteInsert.h"

#include "BenchSupport.h"

#include <sqlite3.h>

#include <bit>
#include <cstring>

namespace pc::bench {

namespace {

void check(sqlite3* db, int rc, const std::string& what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(what + ": " + sqlite3_errmsg(db));
}

class Statement {
public:
    Statement(sqlite3* db, const std::string& sql) : m_db(db)
    {
        check(db, sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &m_stmt, nullptr), sql);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace

RawConnection::RawConnection(const QString& path)
{
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        fail("cannot open " + path.toStdString() + (m_db ? std::string(": ") + sqlite3_errmsg(m_db) : std::string()));
    sqlite3_busy_timeout(m_db, 10'000);
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA synchronous = NORMAL");
}

RawConnection::~RawConnection()
{
    sqlite3_close_v2(m_db);
}

void RawConnection::exec(const std::string& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "?";
        sqlite3_free(message);
        fail(sql + ": " + text);
    }
}

std::int64_t RawConnection::count(const std::string& sql)
{
    Statement q(m_db, sql);
    check(m_db, sqlite3_step(q.get()), sql);
    return sqlite3_column_int64(q.get(), 0);
}

TableRows TableRows::read(RawConnection& db, const std::string& table, const std::string& where)
{
    TableRows rows;
    rows.m_table = table;
    Statement q(db.handle(), "SELECT * FROM " + table + " " + where + " ORDER BY id");
    const int n = sqlite3_column_count(q.get());
    std::vector<int> kept;
    for (int c = 0; c < n; ++c)
        if (std::strcmp(sqlite3_column_name(q.get(), c), "id") != 0) {
            kept.push_back(c);
            rows.m_columns.emplace_back(sqlite3_column_name(q.get(), c));
        }
    for (int rc = sqlite3_step(q.get()); rc != SQLITE_DONE; rc = sqlite3_step(q.get())) {
        check(db.handle(), rc, "read " + table);
        for (const int c : kept) {
            Cell cell;
            cell.type = sqlite3_column_type(q.get(), c);
            switch (cell.type) {
            case SQLITE_INTEGER:
                cell.value = sqlite3_column_int64(q.get(), c);
                break;
            case SQLITE_FLOAT:
                cell.value = std::bit_cast<std::int64_t>(sqlite3_column_double(q.get(), c));
                break;
            case SQLITE_TEXT: {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(q.get(), c));
                const auto length = static_cast<std::int64_t>(sqlite3_column_bytes(q.get(), c));
                cell.value = static_cast<std::int64_t>(rows.m_text.size()) << 32 | length;
                rows.m_text.append(text, static_cast<std::size_t>(length));
                break;
            }
            case SQLITE_NULL:
                break;
            default:
                fail("read " + table + ": a BLOB column");
            }
            rows.m_cells.push_back(cell);
        }
        ++rows.m_rows;
    }
    return rows;
}

void TableRows::insertInto(RawConnection& db) const
{
    std::string sql = "INSERT INTO " + m_table + " (";
    std::string marks;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        sql += (c ? ", " : "") + m_columns[c];
        marks += c ? ", ?" : "?";
    }
    sql += ") VALUES (" + marks + ")";
    Statement insert(db.handle(), sql);
    sqlite3_stmt* stmt = insert.get();
    const std::size_t width = m_columns.size();
    for (std::size_t r = 0; r < m_rows; ++r) {
        for (std::size_t c = 0; c < width; ++c) {
            const Cell& cell = m_cells[r * width + c];
            const int index = static_cast<int>(c) + 1;
            switch (cell.type) {
            case SQLITE_INTEGER:
                sqlite3_bind_int64(stmt, index, cell.value);
                break;
            case SQLITE_FLOAT:
                sqlite3_bind_double(stmt, index, std::bit_cast<double>(cell.value));
                break;
            case SQLITE_TEXT:
                sqlite3_bind_text(stmt, index, m_text.data() + (cell.value >> 32),
                                  static_cast<int>(cell.value & 0xFFFF'FFFF), SQLITE_STATIC);
                break;
            default:
                sqlite3_bind_null(stmt, index);
                break;
            }
        }
        if (const int rc = sqlite3_step(stmt); rc != SQLITE_DONE)
            check(db.handle(), rc == SQLITE_ROW ? SQLITE_ERROR : rc, "insert into " + m_table);
        sqlite3_reset(stmt);
    }
}

} // namespace pc::bench
