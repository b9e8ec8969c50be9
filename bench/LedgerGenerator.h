#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Siren.h"
#include "io/FecReader.h"
#include "receivables/Lettering.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A year of a company's client ledger, made up from a seed, with the lettering an
// accountant would have done: what the benchmarks load and what the re-lettering test
// compares the engine with. No public FEC carries its lettering, so this one is built.
//
// Deterministic: the same options give the same ledger on every platform (its own
// random generator, integer cents, no floating point).

namespace pc::bench {

struct LedgerOptions {
    std::uint64_t seed = 20240101;
    int clients = 200;
    int year = 2024;
    // Invoices of the year per client, on average (each client between about half and
    // one and a half times this; subscription clients get one a month). About two
    // client-ledger items per invoice follow (the invoice and its payment).
    int invoicesPerClient = 10;
};

// How the accountant's group came to be, and so which rule of receivables::autoLetter
// is expected to find it.
enum class CaseKind {
    // The payment names what it pays: one invoice or several, in instalments, net of a
    // credit note, or with a difference of at most 1.00 EUR written off; a credit note
    // naming its invoice.
    Reference,
    // One payment of exactly one invoice (or what a named credit note left of it),
    // naming nothing; the amount is the client's only one within 5.00 EUR.
    Amount,
    // One payment of 2 to 4 invoices of the month (net of their named credit notes),
    // naming nothing.
    Combination,
    // A subscription: the same amount every month, paid without naming the invoice.
    RepeatedAmount,
    // Instalments naming nothing.
    PartialUnnamed,
    // A payment short or over by 0.01 to 1.00 EUR, naming nothing.
    DifferenceUnnamed,
};

std::string_view toCode(CaseKind kind); // "reference", "amount", …
// The rules decide these (reference, single exact amount, exact combination).
bool rulesDecide(CaseKind kind);

// One entry of a client's receivables ledger (a 411 line).
struct GeneratedItem {
    // id (unique in the ledger), kind, date, due date, piece, text (the FEC EcritureLib:
    // what the store keeps as the entry's label), open = its whole amount, side.
    receivables::OpenItem item;
    std::string journal; // "VE" sales, "BQ" bank, "OD" adjustments, "AN" opening balances
    // Sales documents: excluding VAT and VAT (the 706 and 445710 lines); zero otherwise.
    core::Money net;
    core::Money vat;
    int group = -1; // index in GeneratedClient::groups, -1 when nothing settles it
    // An adjustment the accountant wrote to close a payment difference: a product of
    // the lettering, not something to letter.
    bool writeOff = false;
};

// A group the accountant set together within the year.
struct AccountantGroup {
    CaseKind kind = CaseKind::Reference;
    std::vector<std::size_t> members; // indexes in GeneratedClient::items
    // "AA", "AB"… in the client's sequence when the group balances; the code in lower
    // case ("ac") when it does not balance yet at year end (partial lettering); empty for
    // a group of one entry (its partners come next year).
    std::string code;
    std::optional<core::Date> letteredOn; // the day it balanced (or its last entry, partial)
    bool balanced = false;
};

struct GeneratedClient {
    core::Siren siren = core::Siren::fromPayload("00000000"); // Luhn checked, 9 digits
    std::string account; // "411" + 6 digits
    std::string name;
    int termsDays = 30; // 30, 45 or 60 days
    std::vector<GeneratedItem> items;   // by date
    std::vector<AccountantGroup> groups; // with at least two entries in the year
};

struct GeneratedLedger {
    LedgerOptions options;
    std::vector<GeneratedClient> clients;

    core::Date firstDay() const;
    core::Date lastDay() const;
    std::size_t itemCount() const;
};

GeneratedLedger generateLedger(const LedgerOptions& options);

// The client's items as the lettering engine takes them before the accountant lettered
// them: every entry at its whole amount, except the adjustments the lettering itself
// wrote (the engine writes its own).
std::vector<receivables::OpenItem> openItemsOf(const GeneratedClient& client);

// The code the accountant gave an item ("" when none).
std::string letterOf(const GeneratedClient& client, std::size_t itemIndex);

// -- as an FEC -------------------------------------------------------------------------

enum class FecLayout {
    // One entry per document: an invoice is 411 / 706 / 445710, a payment 512 / 411.
    PerDocument,
    // One entry per journal and day, as software that centralises its sales and bank
    // journals writes them: every 411 line, then the day's totals on 706, 445710, 512…
    // Mostly client lines.
    Centralised,
};

struct FecOptions {
    FecLayout layout = FecLayout::PerDocument;
    // With EcritureLet and DateLet. Without: the ledger before lettering, so without
    // the adjustments the lettering wrote either.
    bool lettered = true;
};

// Balanced entries (readFec accepts them), in date order; write them with
// io::writeFec(lines, {.dueDateColumn = true}) to keep the due dates.
std::vector<io::FecLine> fecLines(const GeneratedLedger& ledger, const FecOptions& options);

// -- how the engine agrees with the accountant ------------------------------------------

struct Tally {
    std::int64_t items = 0;
    std::int64_t agreeing = 0;
    double share() const { return items == 0 ? 1.0 : static_cast<double>(agreeing) / static_cast<double>(items); }
};

// Items compared by the set of their partners (the other entries of their group, the
// lettering's own adjustments left out): the engine's groups (every entry an allocation
// joins, balanced or not) against the accountant's (partial ones included).
struct Agreement {
    // By case of the item's group: the CaseKind codes for groups that balance in the
    // year, "incomplete" for those that do not yet (what is left open may take a guess of
    // the partial rule), "open" for an item alone in the year (unpaid invoice…).
    std::map<std::string, Tally> byCase;
    Tally decided; // cases the rules decide (rulesDecide) in groups that balance
    Tally overall;

    void add(const Agreement& other);
};

// `outcome` is receivables::autoLetter(openItemsOf(client), policy).
Agreement compareLettering(const GeneratedClient& client, const receivables::LetteringOutcome& outcome);

// The policy of the comparison and of the benchmarks: 1.00 EUR written off, partial
// lettering allowed, combinations as the defaults.
receivables::LetteringPolicy benchPolicy();

} // namespace pc::bench
