#include "core/SalesDocument.h"

#include <algorithm>
#include <map>

namespace pc::core {

DocumentTotals totalsOf(const std::vector<DocumentLine>& lines)
{
    std::map<Rate, Money> bases;
    for (const DocumentLine& line : lines)
        bases[line.vatRate] += line.net();
    DocumentTotals totals;
    for (const auto& [rate, base] : bases) {
        const Money vat = base.percent(rate, Rounding::HalfUp);
        totals.byRate.push_back({rate, base, vat});
        totals.net += base;
        totals.vat += vat;
    }
    totals.gross = totals.net + totals.vat;
    return totals;
}

bool isFrenchVatRate(Rate rate)
{
    static constexpr std::int64_t kRates[] = {0, 210, 550, 1000, 2000};
    return std::ranges::find(kRates, rate.basisPoints()) != std::end(kRates);
}

Status checkLine(const DocumentLine& line)
{
    if (line.description.empty())
        return Error(ErrorCode::MissingField).inField("description");
    if (!line.quantity.isPositive())
        return Error(ErrorCode::InvalidNumber, {line.quantity.toString()}).inField("quantity");
    if (line.unitPrice.isNegative())
        return Error(ErrorCode::InvalidNumber, {line.unitPrice.toString()}).inField("unit_price");
    // Bounds far above any real sale keep every total of a document inside 64 bits.
    if (line.quantity > Quantity::units(kMaxUnits))
        return Error(ErrorCode::Overflow, {line.quantity.toString()}).inField("quantity");
    if (line.unitPrice > Money::fromEuros(kMaxUnitPriceEuros))
        return Error(ErrorCode::Overflow, {line.unitPrice.toString()}).inField("unit_price");
    if (!isFrenchVatRate(line.vatRate))
        return Error(ErrorCode::UnknownValue, {line.vatRate.toString()}).inField("vat_rate");
    return {};
}

Result<std::vector<DocumentLine>> creditNoteLines(const std::vector<DocumentLine>& invoiceLines,
                                                  std::optional<Money> amountInclVat, const std::string& label)
{
    if (!amountInclVat)
        return invoiceLines;
    const DocumentTotals invoice = totalsOf(invoiceLines);
    if (!amountInclVat->isPositive())
        return Error(ErrorCode::InvalidNumber, {amountInclVat->toString()}).inField("amount");
    if (*amountInclVat > invoice.gross)
        return Error(ErrorCode::TotalMismatch, {amountInclVat->toString(), invoice.gross.toString()}).inField("amount");
    std::vector<std::int64_t> weights;
    for (const VatLine& v : invoice.byRate)
        weights.push_back((v.base + v.vat).cents());
    const std::vector<Money> shares = Money::allocate(*amountInclVat, weights);
    std::vector<DocumentLine> lines;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        if (shares[i].isZero())
            continue;
        const Rate rate = invoice.byRate[i].rate;
        // The largest base whose amount including VAT, rounded as totalsOf() rounds
        // it, does not exceed the share: the share itself, unless the VAT rounding
        // skips it (at 20 % a base of 83.32 gives 99.98 and 83.33 gives 100.00).
        const auto gross = [rate](Money base) { return base + base.percent(rate, Rounding::HalfUp); };
        const Money cent = Money::fromCents(1);
        Money base = shares[i].scaled(10'000, 10'000 + rate.basisPoints(), Rounding::HalfUp);
        while (gross(base) > shares[i])
            base -= cent;
        while (gross(base + cent) <= shares[i])
            base += cent;
        lines.push_back({label, Quantity::units(1), base, rate});
    }
    return lines;
}

} // namespace pc::core
