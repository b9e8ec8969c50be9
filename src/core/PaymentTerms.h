#pragma once

#include "core/Date.h"
#include "core/Result.h"

#include <optional>
#include <string>
#include <string_view>

namespace pc::core {

// How "N jours fin de mois" is counted. Code de commerce L441-10 does not say, and the
// DGCCRF and the CEPC accept both readings, so the choice is a setting of the user.
enum class EomMethod {
    EomThen45, // method B: end of the invoice month, then N days ("fin de mois + 45")
    NThenEom,  // method A: invoice date + N days, then the end of that month
};

// Stable codes for storage: "eom-then-45", "45-then-eom".
std::string_view toCode(EomMethod method);
std::optional<EomMethod> eomMethodFromCode(std::string_view code);

// The due date of an "N jours fin de mois" term by the given method.
Date daysEndOfMonth(Date invoiceDate, int days, EomMethod method);

// Default term when nothing is agreed (L441-10 I, first paragraph): 30 days after the
// receipt of the goods or the performance of the service, not after the invoice.
Date defaultDueDate(Date deliveryOrServiceDate);

// The payment terms agreed with a client, as a credit manager writes them.
class PaymentTerms {
public:
    enum class Kind {
        Cash,            // "comptant": due on the invoice date
        OnReceipt,       // "à réception": due when the invoice arrives, taken as its date
        NetDays,         // "30 jours nets", "60 jours date de facture": invoice + N
        DaysEndOfMonth,  // "45 jours fin de mois" (N = 0: "fin de mois"); see EomMethod
        EndOfMonthOnDay, // "fin de mois le 10", "30 jours fin de mois le 10"
    };

    static constexpr int kMaxDays = 365;

    // "comptant"; prefer std::optional<PaymentTerms> for "nothing agreed".
    PaymentTerms() = default;

    static PaymentTerms cash();
    static PaymentTerms onReceipt();
    // InvalidFormat when days is outside [0, kMaxDays] or dayOfMonth outside [1, 31].
    static Result<PaymentTerms> netDays(int days);
    static Result<PaymentTerms> daysEndOfMonth(int days);
    static Result<PaymentTerms> endOfMonthOnDay(int days, int dayOfMonth);

    // Reads what people type, in French or English, ignoring case, accents and
    // punctuation: "45 jours fin de mois", "45j FDM", "30 jours nets", "net 30",
    // "60 jours date de facture", "fin de mois le 10", "30 jours fin de mois le 10",
    // "comptant", "cash", "à réception", "on receipt", "30 days end of month".
    // Empty for blank text, UnknownValue for text that is not a term, InvalidFormat
    // for a negative or too long delay or an impossible day of the month.
    static Result<PaymentTerms> parse(std::string_view text);

    // Canonical French text, which parse() reads back: "45 jours fin de mois",
    // "30 jours nets", "comptant", "à réception", "fin de mois le 10".
    std::string label() const;
    // Stable machine form for storage: "cash", "receipt", "net:30", "eom:45",
    // "eom-day:0:10" (days, then day of the month).
    std::string code() const;
    static Result<PaymentTerms> fromCode(std::string_view code);

    Kind kind() const { return m_kind; }
    // The N of "N jours"; 0 for cash and receipt.
    int days() const { return m_days; }
    // The D of "le D"; 0 unless kind() is EndOfMonthOnDay.
    int dayOfMonth() const { return m_dayOfMonth; }

    // The method only matters for DaysEndOfMonth; "N jours fin de mois le D" is always
    // counted as the end of the month of invoice + N, then the next day D.
    Date dueDate(Date invoiceDate, EomMethod method = EomMethod::EomThen45) const;

    // Approximate length of the term in days, for credit-need computations: the end
    // of the month is counted as half a month (15 days) on average.
    int nominalDays() const;

    // Latest due date these terms may lawfully set (L441-10 I): invoice + 60 days,
    // or, for an agreed end-of-month term, 45 days end of month if that is later.
    Date legalMaxDate(Date invoiceDate, EomMethod method) const;
    bool isCompliant(Date invoiceDate, EomMethod method) const;

    bool operator==(const PaymentTerms&) const = default;

private:
    PaymentTerms(Kind kind, int days, int dayOfMonth) : m_kind(kind), m_days(days), m_dayOfMonth(dayOfMonth) {}
    static Result<PaymentTerms> make(Kind kind, int days, int dayOfMonth, std::string_view input);

    Kind m_kind = Kind::Cash;
    int m_days = 0;
    int m_dayOfMonth = 0;
};

} // namespace pc::core
