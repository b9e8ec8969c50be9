#pragma once

#include "core/Money.h"
#include "core/Quantity.h"
#include "core/Rate.h"
#include "core/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace pc::core {

// One line of an order, a delivery note, an invoice or a credit note: what was sold,
// how many, at what unit price excluding VAT, and the VAT rate that applies.
struct DocumentLine {
    std::string description;
    Quantity quantity;
    Money unitPrice; // excluding VAT
    Rate vatRate;
    // unit price × quantity, rounded half up once.
    Money net() const { return quantity.times(unitPrice); }
    bool operator==(const DocumentLine&) const = default;
};

// The VAT of one rate: the base (sum of the lines' net amounts) and the tax on it,
// rounded once per rate as French invoices show it.
struct VatLine {
    Rate rate;
    Money base;
    Money vat;
    bool operator==(const VatLine&) const = default;
};

struct DocumentTotals {
    Money net;   // total excluding VAT
    Money vat;   // total VAT
    Money gross; // total including VAT
    std::vector<VatLine> byRate; // by increasing rate
    bool operator==(const DocumentTotals&) const = default;
};

DocumentTotals totalsOf(const std::vector<DocumentLine>& lines);

// The VAT rates in force in mainland France (CGI 278 and following): 20 %, 10 %, 5.5 %,
// 2.1 %, and 0 for exempt operations.
bool isFrenchVatRate(Rate rate);

inline constexpr std::int64_t kMaxUnits = 10'000'000;
inline constexpr std::int64_t kMaxUnitPriceEuros = 100'000'000;

// Checks a line as typed: a description, a quantity above zero (at most kMaxUnits), a
// unit price of zero or more (at most kMaxUnitPriceEuros), a known VAT rate
// (Overflow beyond the bounds). Errors carry the field: "description", "quantity",
// "unit_price", "vat_rate".
Status checkLine(const DocumentLine& line);

// The lines of a credit note for `invoiceLines`: all of them (a full cancellation) when
// `amountInclVat` is empty, otherwise one line per VAT rate sharing that amount in
// proportion of the invoice's amounts including VAT, so that the credit note's total
// is the amount asked. Errors: InvalidNumber (not above zero), TotalMismatch
// (more than the invoice). `label` describes each partial line. When the VAT rounding
// of a rate cannot reach its share exactly, that line stops one cent below it.
Result<std::vector<DocumentLine>> creditNoteLines(const std::vector<DocumentLine>& invoiceLines,
                                                  std::optional<Money> amountInclVat, const std::string& label);

} // namespace pc::core
