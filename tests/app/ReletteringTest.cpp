// The lettering engine against an accountant. No public FEC carries its lettering, so
// bench/LedgerGenerator makes a year of a company's client ledger with the lettering an
// accountant would do (partial payments, grouped payments, credit notes, payment
// differences written off). Here the lettering is stripped, the engine letters again,
// and what agrees is counted; and the generated FEC goes through the import with its
// lettering kept.

#include "LedgerGenerator.h"

#include "app/FecImportService.h"
#include "app/LetteringService.h"
#include "core/Siren.h"
#include "io/FecReader.h"
#include "io/FecWriter.h"
#include "receivables/LetterCode.h"
#include "receivables/Lettering.h"
#include "store/ClientRepository.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace pc;
using bench::CaseKind;
using bench::FecLayout;
using bench::GeneratedLedger;
using core::Money;

namespace {

bench::LedgerOptions yearOf200Clients()
{
    bench::LedgerOptions options;
    options.seed = 20240101;
    options.clients = 200;
    options.year = 2024;
    options.invoicesPerClient = 10;
    return options;
}

bench::Agreement reletter(const GeneratedLedger& ledger)
{
    bench::Agreement total;
    for (const bench::GeneratedClient& client : ledger.clients)
        total.add(bench::compareLettering(client, receivables::autoLetter(bench::openItemsOf(client),
                                                                            bench::benchPolicy())));
    return total;
}

std::string percent(const bench::Tally& t)
{
    char text[64];
    std::snprintf(text, sizeof text, "%lld/%lld (%.2f %%)", static_cast<long long>(t.agreeing),
                  static_cast<long long>(t.items), 100.0 * t.share());
    return text;
}

} // namespace

TEST_CASE("generated ledger: valid identifiers, balanced groups, readable FEC, same seed same year", "[relettering]")
{
    bench::LedgerOptions options = yearOf200Clients();
    options.clients = 30;
    const GeneratedLedger ledger = bench::generateLedger(options);
    REQUIRE(ledger.clients.size() == 30);
    std::set<std::string> sirens;
    std::set<std::int64_t> ids;
    for (const bench::GeneratedClient& client : ledger.clients) {
        CHECK(core::Siren::parse(client.siren.str()).ok());
        sirens.insert(client.siren.str());
        CHECK(client.account.size() == 9);
        CHECK(client.account.starts_with("411"));
        REQUIRE_FALSE(client.items.empty());
        for (std::size_t i = 0; i < client.items.size(); ++i) {
            const auto& item = client.items[i];
            ids.insert(item.item.id);
            CHECK(item.item.open.isPositive());
            CHECK(item.item.date >= ledger.firstDay());
            CHECK(item.item.date <= ledger.lastDay());
            if (i > 0)
                CHECK(client.items[i - 1].item.date <= item.item.date);
        }
        for (const bench::AccountantGroup& group : client.groups) {
            REQUIRE(group.members.size() >= 2);
            Money balance;
            for (const std::size_t m : group.members) {
                const auto& item = client.items[m].item;
                balance += item.debit ? item.open : -item.open;
            }
            CHECK(group.balanced == balance.isZero());
            CHECK((group.balanced ? receivables::isLetterCode(group.code)
                                  : receivables::isPartialLetterCode(group.code)));
        }
    }
    CHECK(sirens.size() == 30);
    CHECK(ids.size() == ledger.itemCount());

    for (const FecLayout layout : {FecLayout::PerDocument, FecLayout::Centralised}) {
        const auto lines = bench::fecLines(ledger, {layout, true});
        io::FecWriteOptions write;
        write.dueDateColumn = true;
        const std::string text = io::writeFec(lines, write);
        const io::FecFile read = io::readFec(text, "generated.txt");
        INFO(read.errors.size() << " errors, first: "
                                << (read.errors.empty() ? "" : core::errorCodeName(read.errors.front().code))
                                << " line " << (read.errors.empty() ? 0 : read.errors.front().where.line));
        CHECK(read.ok());
        CHECK(read.lines.size() == lines.size());
        std::size_t clientLines = 0;
        for (const io::FecLine& line : read.lines)
            clientLines += line.isClientLine() ? 1 : 0;
        CHECK(clientLines == ledger.itemCount());
        // Same seed, same file.
        CHECK(io::writeFec(bench::fecLines(bench::generateLedger(options), {layout, true}), write) == text);
    }
}

// With the lettering stripped, the engine (1.00 EUR written off, partial lettering
// allowed) letters each client's year again; an item agrees when the engine sets it
// with the same entries as the accountant did (nothing, for what the accountant left
// open).
//
// Every case the rules decide agrees: payments naming their invoices (also grouped, in
// instalments, net of a credit note, with a difference written off), credit notes
// naming their invoice, a payment of the client's only invoice of that amount, a
// payment of exactly a few of the month's invoices.
//
// Measured with this seed (200 clients, 3,995 items to compare, the accountant's own
// write-off entries left out): reference 2,889/2,889, amount 425/425, combination 83/83,
// so 3,397/3,397 decided. The others are guesses or leftovers:
//  - repeated_amount (a subscription paid without naming the month): 120/144 (83 %); the
//    oldest invoice of the amount is taken, wrong when a month is paid after the next;
//  - partial_unnamed (instalments naming nothing): 17/32 (53 %); the partial rule sets
//    them against the oldest open invoices, right only when no older one is open;
//  - difference_unnamed (short or over by at most 1.00 EUR, naming nothing): 32/57
//    (56 %); no exact amount, so the partial rule sets it against the oldest invoices,
//    often together with another such payment, and the difference stays open;
//  - incomplete (a credit note set against its invoice, the payment next year): 8/8;
//  - open (unpaid at year end, or paid next year): 351/357 (98 %), the rest taken by a
//    guess of the partial rule.
// Overall 3,925/3,995 = 98.25 %. The check asks 97 %: a change of the engine or of the
// generator that costs more than a point shows here; the figures above are then to be
// measured again.
TEST_CASE("re-lettering a generated year agrees with the accountant on every case the rules decide", "[relettering]")
{
    const GeneratedLedger ledger = bench::generateLedger(yearOf200Clients());
    const bench::Agreement agreement = reletter(ledger);

    std::string table;
    for (const auto& [category, tally] : agreement.byCase)
        table += category + ": " + percent(tally) + "\n";
    table += "decided by the rules: " + percent(agreement.decided) + "\noverall: " + percent(agreement.overall);
    INFO(table);

    // Every decidable kind is there, in numbers.
    CHECK(agreement.byCase.at("reference").items >= 2000);
    CHECK(agreement.byCase.at("amount").items >= 100);
    CHECK(agreement.byCase.at("combination").items >= 50);
    CHECK(agreement.byCase.at("repeated_amount").items >= 50);
    CHECK(agreement.byCase.at("partial_unnamed").items >= 5);
    CHECK(agreement.byCase.at("difference_unnamed").items >= 10);

    CHECK(agreement.decided.items >= 3000);
    CHECK(agreement.decided.agreeing == agreement.decided.items);
    for (const CaseKind kind : {CaseKind::Reference, CaseKind::Amount, CaseKind::Combination}) {
        const bench::Tally& tally = agreement.byCase.at(std::string(bench::toCode(kind)));
        CHECK(tally.agreeing == tally.items);
    }
    CHECK(agreement.overall.share() >= 0.97);
}

TEST_CASE("a generated FEC imported keeps the accountant's lettering", "[relettering]")
{
    bench::LedgerOptions options = yearOf200Clients();
    options.seed = 7;
    options.clients = 40;
    options.invoicesPerClient = 8;
    const GeneratedLedger ledger = bench::generateLedger(options);
    const FecLayout layout = GENERATE(FecLayout::PerDocument, FecLayout::Centralised);
    INFO("layout " << (layout == FecLayout::PerDocument ? "per document" : "centralised"));

    int balancedGroups = 0;
    int partialGroups = 0;
    for (const bench::GeneratedClient& client : ledger.clients)
        for (const bench::AccountantGroup& group : client.groups)
            ++(group.balanced ? balancedGroups : partialGroups);
    REQUIRE(balancedGroups > 100);
    REQUIRE(partialGroups > 0);

    test::TempWorkspace ws;
    io::FecWriteOptions write;
    write.dueDateColumn = true;
    const std::string text = io::writeFec(bench::fecLines(ledger, {layout, true}), write);
    app::FecImportService service(ws.ws());
    const app::FecImportReport report
        = service.importBytes(QByteArray::fromStdString(text), QStringLiteral("000000000FEC20241231.txt"));
    REQUIRE(report.ok());
    CHECK(report.entries == static_cast<int>(ledger.itemCount()));
    CHECK(report.alreadyImported == 0);
    CHECK(report.clientsCreated.size() == ledger.clients.size());
    CHECK(report.letteredGroups == balancedGroups);
    CHECK(report.partialGroups == partialGroups);

    store::ClientRepository clients(ws->db());
    app::LetteringService lettering(ws.ws());
    for (const bench::GeneratedClient& client : ledger.clients) {
        const auto companyId = clients.idByAccountNumber(QString::fromStdString(client.account));
        REQUIRE(companyId);
        // Entries found back by day, piece, side and amount (unique within a client).
        std::map<std::tuple<std::int32_t, std::string, bool, std::int64_t>, app::LedgerLine> lines;
        for (const app::LedgerLine& line : lettering.ledgerOf(*companyId, ledger.lastDay(), false))
            lines.emplace(std::tuple(line.entry.date.daysSinceEpoch(), line.entry.piece, line.entry.isDebit(),
                                     line.entry.amount().cents()),
                          line);
        REQUIRE(lines.size() == client.items.size());
        std::map<int, Money> openByGroup;
        for (std::size_t i = 0; i < client.items.size(); ++i) {
            const auto& item = client.items[i].item;
            const auto found = lines.find(
                std::tuple(item.date.daysSinceEpoch(), item.piece, item.debit, item.open.cents()));
            REQUIRE(found != lines.end());
            const app::LedgerLine& line = found->second;
            const int g = client.items[i].group;
            INFO(client.account << " " << item.piece << " " << item.open.toString() << " code "
                                << bench::letterOf(client, i) << ", ledger " << line.entry.letter);
            if (g < 0) {
                CHECK(line.entry.letter.empty());
                CHECK(line.open == item.open);
                continue;
            }
            const bench::AccountantGroup& group = client.groups[static_cast<std::size_t>(g)];
            openByGroup[g] += line.open;
            if (group.balanced) {
                CHECK(line.entry.letter == group.code);
                CHECK(line.entry.letteredOn == group.letteredOn);
                CHECK(line.open.isZero());
            } else {
                // Lettered in part in the file: allocated, no code.
                CHECK(line.entry.letter.empty());
            }
        }
        // What a partial group leaves open is what does not balance in it.
        for (const auto& [g, open] : openByGroup) {
            const bench::AccountantGroup& group = client.groups[static_cast<std::size_t>(g)];
            Money balance;
            for (const std::size_t m : group.members) {
                const auto& item = client.items[m].item;
                balance += item.debit ? item.open : -item.open;
            }
            CHECK(open == balance.abs());
        }
    }
}

