#pragma once

// Helpers shared by the bank statement readers (BankStatementReader.cpp, CamtReader.cpp,
// Cfonb120Reader.cpp); not part of the io interface.

#include "io/BankStatement.h"

#include <string>
#include <string_view>

namespace pc::io::bank {

// Appends part to out with separator between them; empty parts and parts already
// present in out are skipped.
void appendPart(std::string& out, std::string_view part, std::string_view separator = " / ");

// Records a warning in both forms (warnings and warningDetails).
void addWarning(BankStatementFile& file, core::Error warning);

// "file:line [field] code arg0 arg1…", the form of BankStatementFile::warnings.
std::string describe(const core::Error& error);

// Warns (TotalMismatch, field given, at the statement's line) when the statement has
// both balances and opening + Σ amounts differs from closing. Returns false on a
// mismatch or when the sum overflows (then an Overflow error is added).
bool checkBalances(BankStatementFile& file, const BankStatement& statement, const std::string& fileName,
                   const std::string& field);

} // namespace pc::io::bank
