#pragma once

// Reads the identifier vector files of tests/data/id_test_vectors: plain CSV with a
// header line, ',' between fields and no quoting (none of the files needs it). Values
// are kept exactly as written, spaces included, because the spacing is part of what
// the vectors test.

#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace pc::test {

struct VectorRow {
    int line = 0;
    std::map<std::string, std::string> values;

    const std::string& operator[](const std::string& column) const
    {
        const auto it = values.find(column);
        if (it == values.end())
            FAIL("vector file has no column " << column);
        return it->second;
    }
};

inline std::vector<std::string> splitVectorLine(const std::string& line)
{
    std::vector<std::string> fields(1);
    for (const char c : line) {
        if (c == ',')
            fields.emplace_back();
        else if (c != '\r')
            fields.back().push_back(c);
    }
    return fields;
}

inline std::vector<VectorRow> readVectorFile(const std::string& fileName)
{
    const std::string path = testDataPath(QStringLiteral("id_test_vectors/") + QString::fromStdString(fileName))
                                 .toStdString();
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::string line;
    REQUIRE(std::getline(in, line));
    const std::vector<std::string> header = splitVectorLine(line);
    std::vector<VectorRow> rows;
    int lineNumber = 1;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (line.empty() || line == "\r")
            continue;
        const std::vector<std::string> fields = splitVectorLine(line);
        INFO(fileName << ':' << lineNumber);
        REQUIRE(fields.size() == header.size());
        VectorRow row;
        row.line = lineNumber;
        for (std::size_t i = 0; i < header.size(); ++i)
            row.values[header[i]] = fields[i];
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace pc::test
