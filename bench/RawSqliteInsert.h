#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

struct sqlite3;

namespace pc::bench {

// The baseline of the FEC import: the sqlite3 C API with nothing in between.

// A connection opened as store::Database opens its SQLite files: WAL, foreign keys
// enforced, synchronous NORMAL, a busy timeout of 10 s.
class RawConnection {
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    sqlite3* handle() const { return m_db; }
    void exec(const std::string& sql);
    std::int64_t count(const std::string& sql);

private:
    sqlite3* m_db = nullptr;
};

// Rows of one table read into memory, every column but `id` (the store numbers its
// rows; a copy of the same store before the rows went in numbers them alike), values
// with their SQLite types.
class TableRows {
public:
    static TableRows read(RawConnection& db, const std::string& table, const std::string& where);

    // One prepared INSERT, bound and stepped for every row, in their order. No
    // transaction of its own: the caller's.
    void insertInto(RawConnection& db) const;

    const std::string& table() const { return m_table; }
    std::size_t rows() const { return m_rows; }
    std::size_t columns() const { return m_columns.size(); }

private:
    struct Cell {
        std::int64_t value = 0; // an integer, or offset << 32 | length of text in m_text
        int type = 5;           // SQLITE_INTEGER 1, SQLITE_FLOAT 2, SQLITE_TEXT 3, SQLITE_NULL 5
    };
    std::string m_table;
    std::vector<std::string> m_columns;
    std::vector<Cell> m_cells; // row-major
    std::string m_text;
    std::size_t m_rows = 0;
};

} // namespace pc::bench
