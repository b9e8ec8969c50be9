// Payment terms: reading what credit managers type, due dates, and the legal maximum
// of Code de commerce L441-10 (vectors from ../shared/reference/RULES.md §4.1).

#include "core/PaymentTerms.h"
#include "support/TestPrinters.h"

#include <algorithm>
#include <string>

using namespace pc::core;
using Kind = PaymentTerms::Kind;

namespace {

Date iso(const std::string& text)
{
    const auto date = Date::parseIso(text);
    REQUIRE(date.ok());
    return *date;
}

PaymentTerms terms(const std::string& text)
{
    const auto parsed = PaymentTerms::parse(text);
    INFO('"' << text << '"');
    REQUIRE(parsed.ok());
    return *parsed;
}

} // namespace

namespace Catch {
template <>
struct StringMaker<PaymentTerms> {
    static std::string convert(const PaymentTerms& t) { return t.code(); }
};
} // namespace Catch

TEST_CASE("45 jours fin de mois: every row of the RULES.md 4.1 table, both methods", "[core][terms]")
{
    const auto [invoice, plus60, methodA, methodB] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"2025-01-15", "2025-03-16", "2025-03-31", "2025-03-17"},
        {"2024-01-15", "2024-03-15", "2024-02-29", "2024-03-16"},
        {"2025-01-31", "2025-04-01", "2025-03-31", "2025-03-17"},
        {"2025-02-10", "2025-04-11", "2025-03-31", "2025-04-14"},
        {"2025-11-20", "2026-01-19", "2026-01-31", "2026-01-14"},
        {"2026-02-28", "2026-04-29", "2026-04-30", "2026-04-14"},
    }));
    INFO("invoice " << invoice);
    const Date date = iso(invoice);
    const PaymentTerms eom45 = terms("45 jours fin de mois");

    CHECK(eom45.dueDate(date, EomMethod::NThenEom) == iso(methodA));
    CHECK(eom45.dueDate(date, EomMethod::EomThen45) == iso(methodB));
    CHECK(eom45.dueDate(date) == iso(methodB)); // method B by default
    CHECK(daysEndOfMonth(date, 45, EomMethod::NThenEom) == iso(methodA));
    CHECK(daysEndOfMonth(date, 45, EomMethod::EomThen45) == iso(methodB));
    CHECK(terms("60 jours nets").dueDate(date) == iso(plus60));

    // The agreed 45 days end of month is lawful by either method; the limit is the
    // later of +60 days and the 45-EOM date of the method in use.
    CHECK(eom45.legalMaxDate(date, EomMethod::NThenEom) == std::max(iso(plus60), iso(methodA)));
    CHECK(eom45.legalMaxDate(date, EomMethod::EomThen45) == std::max(iso(plus60), iso(methodB)));
    CHECK(eom45.isCompliant(date, EomMethod::NThenEom));
    CHECK(eom45.isCompliant(date, EomMethod::EomThen45));
}

TEST_CASE("The solon.law example: invoice 15 January, 45 days end of month", "[core][terms]")
{
    const PaymentTerms eom45 = terms("45 jours fin de mois");
    CHECK(eom45.dueDate(iso("2023-01-15"), EomMethod::EomThen45) == iso("2023-03-17"));
    CHECK(eom45.dueDate(iso("2023-01-15"), EomMethod::NThenEom) == iso("2023-03-31"));
}

TEST_CASE("Due dates of each kind of term", "[core][terms]")
{
    const Date invoice = iso("2026-11-23");
    CHECK(terms("comptant").dueDate(invoice) == invoice);
    CHECK(terms("à réception").dueDate(invoice) == invoice);
    CHECK(terms("30 jours nets").dueDate(invoice) == iso("2026-12-23"));
    CHECK(terms("60 jours date de facture").dueDate(invoice) == iso("2027-01-22"));
    CHECK(terms("30 jours fin de mois").dueDate(invoice, EomMethod::EomThen45) == iso("2026-12-30"));
    CHECK(terms("30 jours fin de mois").dueDate(invoice, EomMethod::NThenEom) == iso("2026-12-31"));
    CHECK(terms("fin de mois").dueDate(invoice) == iso("2026-11-30"));
    // Leap years: 29 February exists in 2024, not in 2025.
    CHECK(terms("30 jours").dueDate(iso("2024-01-30")) == iso("2024-02-29"));
    CHECK(terms("30 jours").dueDate(iso("2025-01-30")) == iso("2025-03-01"));
    CHECK(terms("fin de mois").dueDate(iso("2024-02-03")) == iso("2024-02-29"));
    CHECK(terms("30 jours fin de mois").dueDate(iso("2024-01-20"), EomMethod::NThenEom) == iso("2024-02-29"));
}

TEST_CASE("fin de mois le 10: the end of the invoice month, then the next 10th", "[core][terms]")
{
    const PaymentTerms onTenth = terms("fin de mois le 10");
    CHECK(onTenth.dueDate(iso("2026-11-23")) == iso("2026-12-10"));
    CHECK(onTenth.dueDate(iso("2026-11-05")) == iso("2026-12-10"));
    CHECK(onTenth.dueDate(iso("2026-11-30")) == iso("2026-12-10"));
    CHECK(onTenth.dueDate(iso("2026-12-15")) == iso("2027-01-10"));
    // The method does not change it.
    CHECK(onTenth.dueDate(iso("2026-11-23"), EomMethod::NThenEom) == iso("2026-12-10"));

    // 30 days, the end of that month, then the 10th.
    const PaymentTerms thirtyOnTenth = terms("30 jours fin de mois le 10");
    CHECK(thirtyOnTenth.dueDate(iso("2026-11-23")) == iso("2027-01-10"));
    CHECK(thirtyOnTenth.dueDate(iso("2026-11-23"), EomMethod::NThenEom) == iso("2027-01-10"));
    CHECK(thirtyOnTenth.dueDate(iso("2026-11-01")) == iso("2027-01-10"));
    CHECK(thirtyOnTenth.dueDate(iso("2026-10-31")) == iso("2026-12-10"));

    // A day beyond the month's end falls on its last day.
    CHECK(terms("fin de mois le 31").dueDate(iso("2026-03-15")) == iso("2026-04-30"));
    CHECK(terms("fin de mois le 30").dueDate(iso("2024-01-15")) == iso("2024-02-29"));
}

TEST_CASE("PaymentTerms::parse reads French and English writings", "[core][terms][parse]")
{
    const auto [input, code] = GENERATE(table<std::string, std::string>({
        {"45 jours fin de mois", "eom:45"},
        {"45 JOURS FIN DE MOIS", "eom:45"},
        {"45 j fin de mois", "eom:45"},
        {"45j fdm", "eom:45"},
        {"45 J FDM", "eom:45"},
        {"45 jrs fin de mois", "eom:45"},
        {"45 jours fin du mois", "eom:45"},
        {"45 jours fin de mois date de facture", "eom:45"},
        {"à 45 jours fin de mois", "eom:45"},
        {"30 jours fin de mois", "eom:30"},
        {"30 days end of month", "eom:30"},
        {"30 days EOM", "eom:30"},
        {"fin de mois", "eom:0"},
        {"30 jours nets", "net:30"},
        {"30 jours net", "net:30"},
        {"30 jours", "net:30"},
        {"30 j", "net:30"},
        {"30", "net:30"},
        {"60 jours date de facture", "net:60"},
        {"60 jours à compter de la date de facture", "net:60"},
        {"60 jours date d'émission", "net:60"},
        {"net 30", "net:30"},
        {"Net 30 days", "net:30"},
        {"net30", "net:30"},
        {"30 days net", "net:30"},
        {"paiement à 30 jours", "net:30"},
        {"fin de mois le 10", "eom-day:0:10"},
        {"Fin de mois, le 10", "eom-day:0:10"},
        {"FDM le 10", "eom-day:0:10"},
        {"fin de mois le 1er", "eom-day:0:1"},
        {"end of month on the 10th", "eom-day:0:10"},
        {"30 jours fin de mois le 10", "eom-day:30:10"},
        {"30j fdm le 15", "eom-day:30:15"},
        {"comptant", "cash"},
        {"Comptant", "cash"},
        {"au comptant", "cash"},
        {"paiement comptant", "cash"},
        {"net comptant", "cash"},
        {"cash", "cash"},
        {"à réception", "receipt"},
        {"À RÉCEPTION", "receipt"},
        {"a reception", "receipt"},
        {"réception facture", "receipt"},
        {"à réception de facture", "receipt"},
        {"dès réception", "receipt"},
        {"on receipt", "receipt"},
        {"due on receipt", "receipt"},
        {"upon receipt", "receipt"},
        {"  45 jours fin de mois  ", "eom:45"},
        {"365 jours", "net:365"},
        {"0 jours", "net:0"},
    }));
    INFO('"' << input << '"');
    const auto parsed = PaymentTerms::parse(input);
    REQUIRE(parsed.ok());
    CHECK(parsed->code() == code);
}

TEST_CASE("PaymentTerms::parse refuses what is not a term", "[core][terms][parse]")
{
    const auto [input, error] = GENERATE(table<std::string, ErrorCode>({
        {"", ErrorCode::Empty},
        {"   ", ErrorCode::Empty},
        {"bientôt", ErrorCode::UnknownValue},
        {"jours", ErrorCode::UnknownValue},
        {"net", ErrorCode::UnknownValue},
        {"date de facture", ErrorCode::UnknownValue},
        {"30 60 jours", ErrorCode::UnknownValue},
        {"30 jours le 10", ErrorCode::UnknownValue},
        {"fin de mois le", ErrorCode::UnknownValue},
        {"45 jours fin de mois 10", ErrorCode::UnknownValue},
        {"comptant 30 jours", ErrorCode::UnknownValue},
        {"30 jours fin de mois le 10 le 15", ErrorCode::UnknownValue},
        {"400 jours", ErrorCode::InvalidFormat},
        {"366 jours fin de mois", ErrorCode::InvalidFormat},
        {"99999999999999999999 jours", ErrorCode::InvalidFormat},
        {"-30 jours", ErrorCode::InvalidFormat},
        {"- 30 jours", ErrorCode::InvalidFormat},
        {"fin de mois le 0", ErrorCode::InvalidFormat},
        {"fin de mois le 32", ErrorCode::InvalidFormat},
    }));
    INFO('"' << input << '"');
    const auto parsed = PaymentTerms::parse(input);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == error);
    if (error != ErrorCode::Empty)
        CHECK(parsed.error().arg(0) == input);
}

TEST_CASE("label() is the canonical French text, and parse() reads it back", "[core][terms]")
{
    const auto [input, label] = GENERATE(table<std::string, std::string>({
        {"45j FDM", "45 jours fin de mois"},
        {"net 30", "30 jours nets"},
        {"60 jours date de facture", "60 jours nets"},
        {"1 jour", "1 jour net"},
        {"cash", "comptant"},
        {"a reception", "à réception"},
        {"fdm le 10", "fin de mois le 10"},
        {"fdm le 1", "fin de mois le 1er"},
        {"30 j fdm le 10", "30 jours fin de mois le 10"},
        {"end of month", "fin de mois"},
    }));
    const PaymentTerms parsed = terms(input);
    CHECK(parsed.label() == label);
    CHECK(terms(parsed.label()) == parsed);
}

TEST_CASE("code() and fromCode() round-trip", "[core][terms]")
{
    const std::string input = GENERATE(as<std::string>{}, "comptant", "à réception", "30 jours nets",
                                       "0 jours", "365 jours", "45 jours fin de mois", "fin de mois",
                                       "fin de mois le 10", "30 jours fin de mois le 15");
    const PaymentTerms original = terms(input);
    const auto restored = PaymentTerms::fromCode(original.code());
    REQUIRE(restored.ok());
    CHECK(*restored == original);
    CHECK(restored->label() == original.label());
}

TEST_CASE("fromCode() refuses unknown and malformed codes", "[core][terms]")
{
    const auto [input, error] = GENERATE(table<std::string, ErrorCode>({
        {"", ErrorCode::UnknownValue},
        {"net", ErrorCode::UnknownValue},
        {"net:", ErrorCode::UnknownValue},
        {"net:abc", ErrorCode::UnknownValue},
        {"net:-5", ErrorCode::UnknownValue},
        {"net:30:10", ErrorCode::UnknownValue},
        {"eom-day:10", ErrorCode::UnknownValue},
        {"weekly:3", ErrorCode::UnknownValue},
        {"NET:30", ErrorCode::UnknownValue},
        {"net:400", ErrorCode::InvalidFormat},
        {"eom-day:0:32", ErrorCode::InvalidFormat},
    }));
    INFO('"' << input << '"');
    const auto restored = PaymentTerms::fromCode(input);
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().code == error);
}

TEST_CASE("Factories check their ranges", "[core][terms]")
{
    CHECK(PaymentTerms::netDays(30)->code() == "net:30");
    CHECK(PaymentTerms::daysEndOfMonth(45)->code() == "eom:45");
    CHECK(PaymentTerms::endOfMonthOnDay(0, 10)->code() == "eom-day:0:10");
    CHECK(PaymentTerms::cash().kind() == Kind::Cash);
    CHECK(PaymentTerms::onReceipt().kind() == Kind::OnReceipt);
    CHECK(PaymentTerms() == PaymentTerms::cash());
    CHECK_FALSE(PaymentTerms::netDays(-1).ok());
    CHECK_FALSE(PaymentTerms::netDays(366).ok());
    CHECK_FALSE(PaymentTerms::endOfMonthOnDay(0, 0).ok());

    const PaymentTerms t = terms("30 jours fin de mois le 10");
    CHECK(t.kind() == Kind::EndOfMonthOnDay);
    CHECK(t.days() == 30);
    CHECK(t.dayOfMonth() == 10);
}

TEST_CASE("nominalDays() approximates the term for credit-need computations", "[core][terms]")
{
    CHECK(terms("comptant").nominalDays() == 0);
    CHECK(terms("à réception").nominalDays() == 0);
    CHECK(terms("30 jours nets").nominalDays() == 30);
    CHECK(terms("60 jours date de facture").nominalDays() == 60);
    CHECK(terms("45 jours fin de mois").nominalDays() == 60);
    CHECK(terms("fin de mois").nominalDays() == 15);
    CHECK(terms("fin de mois le 10").nominalDays() == 25);
    CHECK(terms("30 jours fin de mois le 10").nominalDays() == 55);
}

TEST_CASE("L441-10: compliance with the legal maximum", "[core][terms][legal]")
{
    const Date invoice = iso("2025-01-15");
    for (const EomMethod method : {EomMethod::EomThen45, EomMethod::NThenEom}) {
        INFO(toCode(method));
        CHECK(terms("60 jours date de facture").isCompliant(invoice, method));
        CHECK(terms("60 jours date de facture").legalMaxDate(invoice, method) == iso("2025-03-16"));
        CHECK_FALSE(terms("61 jours").isCompliant(invoice, method));
        CHECK_FALSE(terms("90 jours").isCompliant(invoice, method));
        CHECK(terms("45 jours fin de mois").isCompliant(invoice, method));
        CHECK_FALSE(terms("60 jours fin de mois").isCompliant(invoice, method));
        CHECK(terms("60 jours fin de mois").legalMaxDate(invoice, method) == iso("2025-03-16"));
        CHECK(terms("comptant").isCompliant(invoice, method));
        CHECK(terms("fin de mois le 10").isCompliant(invoice, method));
    }
    // Method A reaches 75 days for an invoice of the 15th: lawful only because 45 days
    // end of month was agreed; the same date reached by net days is not.
    CHECK(terms("45 jours fin de mois").dueDate(invoice, EomMethod::NThenEom) == iso("2025-03-31"));
    CHECK(terms("45 jours fin de mois").legalMaxDate(invoice, EomMethod::NThenEom) == iso("2025-03-31"));
    CHECK_FALSE(terms("75 jours").isCompliant(invoice, EomMethod::NThenEom));
    // A shorter end-of-month term stays within the 45-day derogation.
    CHECK(terms("40 jours fin de mois").isCompliant(iso("2025-01-01"), EomMethod::EomThen45));
    CHECK(terms("40 jours fin de mois").isCompliant(iso("2025-01-20"), EomMethod::NThenEom));
    // 30 days, end of month, then the 10th can pass 60 days: not covered by the derogation.
    CHECK_FALSE(terms("30 jours fin de mois le 10").isCompliant(iso("2026-01-02"), EomMethod::EomThen45));
}

TEST_CASE("EomMethod codes", "[core][terms]")
{
    CHECK(toCode(EomMethod::EomThen45) == "eom-then-45");
    CHECK(toCode(EomMethod::NThenEom) == "45-then-eom");
    CHECK(eomMethodFromCode("eom-then-45") == EomMethod::EomThen45);
    CHECK(eomMethodFromCode("45-then-eom") == EomMethod::NThenEom);
    CHECK_FALSE(eomMethodFromCode("A").has_value());
}

TEST_CASE("Default term when nothing is agreed: 30 days after delivery", "[core][terms][legal]")
{
    CHECK(defaultDueDate(iso("2026-11-23")) == iso("2026-12-23"));
    CHECK(defaultDueDate(iso("2024-01-30")) == iso("2024-02-29"));
}
