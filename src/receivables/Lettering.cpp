#include "receivables/Lettering.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <numeric>
#include <tuple>
#include <utility>

namespace pc::receivables {
namespace {

constexpr std::array<std::pair<LetteringRule, std::string_view>, 6> kRuleCodes{{
    {LetteringRule::Reference, "reference"},
    {LetteringRule::Amount, "amount"},
    {LetteringRule::Combination, "combination"},
    {LetteringRule::Partial, "partial"},
    {LetteringRule::Manual, "manual"},
    {LetteringRule::Imported, "imported"},
}};

// Shorter pieces ("12", "A1") occur by chance in any remittance text.
constexpr std::size_t kMinPieceLength = 4;
// Nodes one combination search may visit: C(20, 1..5) is 21 699, so the default policy
// never reaches it; a policy with wider settings gives up instead of hanging.
constexpr long kCombinationNodeBudget = 200'000;
// Amounts beyond this (10 000 billion euros) are not combined, so that a sum of
// candidates cannot overflow.
constexpr std::int64_t kMaxCombinableCents = 1'000'000'000'000'000;
constexpr int kMaxCombinationItems = 16;
constexpr int kMaxCombinationCandidates = 64;

// ---- Invoice numbers in remittance text ------------------------------------------

enum class CharClass { Letter, Digit, Other };

CharClass classOf(char c)
{
    if (c >= 'A' && c <= 'Z')
        return CharClass::Letter;
    if (c >= '0' && c <= '9')
        return CharClass::Digit;
    return CharClass::Other;
}

char upperAscii(char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A piece compared on its upper-case letters and digits ("fa-000123" -> "FA000123"),
// with where a text may split it: where the piece itself has a separator, or changes
// from letters to digits ("FA 000123" names FA000123, "FA000 123" does not).
struct NormalisedPiece {
    std::string chars;
    std::string mayBreak; // '1' before a position where a separator may fall
};

NormalisedPiece normalisePiece(std::string_view piece)
{
    NormalisedPiece out;
    bool separator = false;
    for (char raw : piece) {
        const char c = upperAscii(raw);
        if (classOf(c) == CharClass::Other) {
            separator = !out.chars.empty();
            continue;
        }
        const bool classChange = !out.chars.empty() && classOf(out.chars.back()) != classOf(c);
        out.mayBreak.push_back(separator || classChange ? '1' : '0');
        out.chars.push_back(c);
        separator = false;
    }
    return out;
}

// The text searched for pieces, normalised the same way, remembering where separators
// were and where each character came from. Its buffers are reused from credit to credit.
struct Haystack {
    std::string raw;
    std::string chars;
    std::string separatorBefore; // '1' when the original had a separator before chars[i]
    std::vector<std::size_t> origin;

    void assign(std::string_view text, std::string_view piece)
    {
        raw.assign(text);
        raw.push_back('\n');
        raw.append(piece);
        chars.clear();
        separatorBefore.clear();
        origin.clear();
        bool separator = true;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            const char c = upperAscii(raw[i]);
            if (classOf(c) == CharClass::Other) {
                separator = true;
                continue;
            }
            chars.push_back(c);
            separatorBefore.push_back(separator ? '1' : '0');
            origin.push_back(i);
            separator = false;
        }
    }

    // "1000,00": an amount, not invoice number 1000.
    bool amountFollows(std::size_t end) const
    {
        const std::size_t at = origin[end - 1] + 1;
        if (at + 2 >= raw.size())
            return false;
        if (raw[at] != ',' && raw[at] != '.')
            return false;
        if (!isDigit(raw[at + 1]) || !isDigit(raw[at + 2]))
            return false;
        return at + 3 == raw.size() || !isDigit(raw[at + 3]);
    }

    bool matchesAt(const NormalisedPiece& piece, std::size_t i) const
    {
        const std::size_t m = piece.chars.size();
        const std::size_t end = i + m;
        // The piece must not be part of a longer number or word: "FA0001" is not in
        // "FA000123", "A000123" is not in "FA000123", but "000123" is in "FA000123".
        if (i > 0 && separatorBefore[i] == '0' && classOf(chars[i - 1]) == classOf(piece.chars.front()))
            return false;
        if (end < chars.size() && separatorBefore[end] == '0' && classOf(chars[end]) == classOf(piece.chars.back()))
            return false;
        for (std::size_t j = 1; j < m; ++j)
            if (separatorBefore[i + j] == '1' && piece.mayBreak[j] == '0')
                return false;
        const bool numeric = std::all_of(piece.chars.begin(), piece.chars.end(), isDigit);
        return !(numeric && amountFollows(end));
    }

    bool names(const NormalisedPiece& piece) const
    {
        if (piece.chars.size() < kMinPieceLength)
            return false;
        for (auto at = chars.find(piece.chars); at != std::string::npos; at = chars.find(piece.chars, at + 1))
            if (matchesAt(piece, at))
                return true;
        return false;
    }
};

// ---- Explanations --------------------------------------------------------------------

std::string_view nounOf(const OpenItem& item)
{
    switch (item.kind) {
    case EntryKind::Invoice:
        return "invoice";
    case EntryKind::CreditNote:
        return "credit note";
    case EntryKind::Payment:
        return "payment";
    case EntryKind::Deposit:
        return "deposit";
    case EntryKind::Refund:
        return "refund";
    case EntryKind::Adjustment:
    case EntryKind::Imported:
        break;
    }
    return item.debit ? "debit" : "credit";
}

std::string money(std::int64_t cents)
{
    return core::Money::fromCents(cents).toString();
}

std::string named(const OpenItem& item)
{
    std::string out(nounOf(item));
    if (!item.piece.empty())
        out += " " + item.piece;
    return out;
}

// ---- The run ---------------------------------------------------------------------------

enum class Flag { None, Short, Over, Ambiguous };

struct Work {
    const OpenItem* item = nullptr;
    std::int64_t open = 0;
    NormalisedPiece piece;
    Flag flag = Flag::None;
    std::string detail; // why it was flagged
};

struct Builder {
    int credit = -1;
    LetteringRule rule = LetteringRule::Reference;
    std::vector<ItemAllocation> allocations;
    std::optional<WriteOff> writeOff;
};

// Payments (and credit adjustments, imported credits) settle what is owed: their
// differences are short or over payments. A credit note or a deposit belongs to one
// sale and may rightly cover part of an invoice, so a difference is never written off
// nor set against other invoices: what is left of it stays open as it is.
bool isPayment(const OpenItem& item)
{
    return !item.debit && item.kind != EntryKind::CreditNote && item.kind != EntryKind::Deposit;
}

bool dueBefore(const OpenItem& a, const OpenItem& b)
{
    return std::tuple(a.due(), a.date, a.id) < std::tuple(b.due(), b.date, b.id);
}

bool dateBefore(const OpenItem& a, const OpenItem& b)
{
    return std::tuple(a.date, a.id) < std::tuple(b.date, b.id);
}

// A total order on the input, so that shuffled items are processed alike even when a
// caller passes two items with the same id.
bool inputBefore(const OpenItem& a, const OpenItem& b)
{
    return std::tuple(a.id, a.debit, a.date, a.due(), a.open, a.piece, a.text)
        < std::tuple(b.id, b.debit, b.date, b.due(), b.open, b.piece, b.text);
}

class Letterer {
public:
    Letterer(const std::vector<OpenItem>& items, const LetteringPolicy& policy);
    LetteringOutcome run();

private:
    void byReference(int credit);
    void byAmount(int credit);
    void byCombination(int credit);
    void byPartial(int credit);

    bool search(int start, int depth, std::int64_t sum);
    int builderFor(int credit, LetteringRule rule);
    void allocate(int builder, int debit, int credit, std::int64_t amount);
    void settle(int builder, const std::vector<int>& debits, const std::vector<int>& credits);
    bool writeOffRemainder(int builder, const std::vector<int>& touched, std::int64_t difference);
    bool isCreditNote(int i) const { return m_work[i].item->kind == EntryKind::CreditNote; }
    int find(int i);
    void unite(int a, int b);
    LetteringOutcome collect();
    LeftItem leftItem(int i, bool anyOpenDebit) const;

    std::vector<Work> m_work; // by id
    LetteringPolicy m_policy;
    std::int64_t m_tolerance = 0;
    std::vector<int> m_debits;  // by due date
    std::vector<int> m_credits; // by date
    std::vector<int> m_byDue;   // every item, by due date: the combination candidates
    std::vector<Builder> m_builders;
    std::vector<int> m_builderOf; // per credit, its builder or -1
    std::vector<int> m_parent;    // union-find of the entries allocations join

    // Scratch buffers, reused so that the hot path does not allocate.
    Haystack m_haystack;
    std::vector<int> m_list;
    std::vector<int> m_list2;
    std::vector<int> m_candidates;
    std::vector<std::int64_t> m_values;
    std::vector<std::int64_t> m_positiveAfter;
    std::vector<std::int64_t> m_negativeAfter;
    std::array<int, kMaxCombinationItems> m_chosen{};
    int m_chosenCount = 0;
    std::int64_t m_target = 0;
    int m_maxItems = 0;
    long m_nodes = 0;
};

Letterer::Letterer(const std::vector<OpenItem>& items, const LetteringPolicy& policy)
    : m_policy(policy), m_tolerance(std::max<std::int64_t>(policy.writeOffTolerance.cents(), 0))
{
    m_work.reserve(items.size());
    for (const OpenItem& item : items) {
        if (!item.open.isPositive())
            continue;
        Work w;
        w.item = &item;
        w.open = item.open.cents();
        w.piece = normalisePiece(item.piece);
        m_work.push_back(std::move(w));
    }
    const int n = static_cast<int>(m_work.size());
    for (int i = 0; i < n; ++i)
        (m_work[i].item->debit ? m_debits : m_credits).push_back(i);
    // Ties (equal ids) fall back on the input order, itself sorted.
    const auto byDue = [&](int a, int b) {
        const OpenItem& x = *m_work[a].item;
        const OpenItem& y = *m_work[b].item;
        return dueBefore(x, y) || (!dueBefore(y, x) && a < b);
    };
    const auto byDate = [&](int a, int b) {
        const OpenItem& x = *m_work[a].item;
        const OpenItem& y = *m_work[b].item;
        return dateBefore(x, y) || (!dateBefore(y, x) && a < b);
    };
    std::sort(m_debits.begin(), m_debits.end(), byDue);
    std::sort(m_credits.begin(), m_credits.end(), byDate);
    m_byDue.resize(n);
    std::iota(m_byDue.begin(), m_byDue.end(), 0);
    std::sort(m_byDue.begin(), m_byDue.end(), byDue);
    m_builderOf.assign(n, -1);
    m_parent.resize(n);
    std::iota(m_parent.begin(), m_parent.end(), 0);
}

LetteringOutcome Letterer::run()
{
    // A credit note named by an earlier payment may already be settled.
    for (int c : m_credits)
        if (m_work[c].open > 0)
            byReference(c);
    for (int c : m_credits)
        if (m_work[c].open > 0)
            byAmount(c);
    for (int c : m_credits)
        if (m_work[c].open > 0)
            byCombination(c);
    for (int c : m_credits)
        if (m_work[c].open > 0)
            byPartial(c);
    return collect();
}

int Letterer::builderFor(int credit, LetteringRule rule)
{
    int& index = m_builderOf[credit];
    if (index < 0) {
        index = static_cast<int>(m_builders.size());
        m_builders.push_back({credit, rule, {}, {}});
    }
    m_builders[index].rule = std::max(m_builders[index].rule, rule);
    return index;
}

int Letterer::find(int i)
{
    while (m_parent[i] != i) {
        m_parent[i] = m_parent[m_parent[i]];
        i = m_parent[i];
    }
    return i;
}

void Letterer::unite(int a, int b)
{
    a = find(a);
    b = find(b);
    if (a != b)
        m_parent[std::max(a, b)] = std::min(a, b);
}

void Letterer::allocate(int builder, int debit, int credit, std::int64_t amount)
{
    m_builders[builder].allocations.push_back(
        {m_work[debit].item->id, m_work[credit].item->id, core::Money::fromCents(amount)});
    m_work[debit].open -= amount;
    m_work[credit].open -= amount;
    unite(debit, credit);
}

// Each credit in turn against the debits in turn: the first debits and credits listed
// are settled first, the last ones keep what does not balance.
void Letterer::settle(int builder, const std::vector<int>& debits, const std::vector<int>& credits)
{
    for (int c : credits)
        for (int d : debits) {
            const std::int64_t amount = std::min(m_work[c].open, m_work[d].open);
            if (amount > 0)
                allocate(builder, d, c, amount);
        }
}

// A difference within the tolerance, left open on one entry of `touched`, is written
// off: a negative difference is a payment short (a debit stays open), a positive one a
// payment over (the credit stays open).
bool Letterer::writeOffRemainder(int builder, const std::vector<int>& touched, std::int64_t difference)
{
    if (m_tolerance == 0 || difference == 0 || std::abs(difference) > m_tolerance)
        return false;
    int openEntry = -1;
    for (int i : touched)
        if (m_work[i].open > 0) {
            if (openEntry >= 0)
                return false; // spread over several entries: one adjustment cannot close them
            openEntry = i;
        }
    if (openEntry < 0 || m_work[openEntry].open != std::abs(difference))
        return false;
    const bool over = difference > 0;
    m_builders[builder].writeOff = WriteOff{m_work[openEntry].item->id, core::Money::fromCents(std::abs(difference)),
                                            over, over ? "payment_over" : "payment_short"};
    m_work[openEntry].open = 0;
    return true;
}

void Letterer::byReference(int credit)
{
    Work& c = m_work[credit];
    m_haystack.assign(c.item->text, c.item->piece);
    std::vector<int>& debits = m_list;
    std::vector<int>& credits = m_list2;
    debits.clear();
    credits.clear();
    std::int64_t debitTotal = 0;
    for (int d : m_debits)
        if (m_work[d].open > 0 && m_haystack.names(m_work[d].piece)) {
            debits.push_back(d);
            debitTotal += m_work[d].open;
        }
    if (debits.empty())
        return;
    // A payment net of a credit note often names both.
    std::int64_t noteTotal = 0;
    for (int k : m_credits)
        if (k != credit && isCreditNote(k) && m_work[k].open > 0 && m_haystack.names(m_work[k].piece)) {
            credits.push_back(k);
            noteTotal += m_work[k].open;
        }
    if (noteTotal >= debitTotal) {
        credits.clear();
        noteTotal = 0;
    }
    credits.push_back(credit);

    const std::int64_t paid = c.open;
    const std::int64_t difference = paid - (debitTotal - noteTotal);
    const int builder = builderFor(credit, LetteringRule::Reference);
    settle(builder, debits, credits);
    if (difference == 0 || !isPayment(*c.item))
        return;
    debits.push_back(credit);
    if (writeOffRemainder(builder, debits, difference))
        return;
    debits.pop_back();

    std::string pieces;
    for (int d : debits)
        if (!m_work[d].item->piece.empty())
            pieces += (pieces.empty() ? "" : ", ") + m_work[d].item->piece;
    const std::string detail = std::string(nounOf(*c.item)) + " " + money(paid)
        + (difference < 0 ? " short by " : " over by ") + money(std::abs(difference)) + " on " + pieces;
    if (difference > 0) {
        c.flag = Flag::Over;
        c.detail = detail;
        return;
    }
    for (int d : debits)
        if (m_work[d].open > 0) {
            m_work[d].flag = Flag::Short;
            m_work[d].detail = detail;
        }
}

void Letterer::byAmount(int credit)
{
    const std::int64_t paid = m_work[credit].open;
    std::vector<int>& debits = m_list;
    std::vector<int>& credits = m_list2;
    debits.clear();
    credits.assign(1, credit);
    for (int d : m_debits)
        if (m_work[d].open == paid) {
            debits.push_back(d);
            settle(builderFor(credit, LetteringRule::Amount), debits, credits);
            return;
        }
    if (m_tolerance == 0 || !isPayment(*m_work[credit].item))
        return;
    // Within the tolerance only against the client's only open debit: with two, which
    // one the difference belongs to would be a guess.
    for (int d : m_debits)
        if (m_work[d].open > 0) {
            if (!debits.empty())
                return;
            debits.push_back(d);
        }
    if (debits.empty())
        return;
    const std::int64_t difference = paid - m_work[debits.front()].open;
    if (std::abs(difference) > m_tolerance)
        return;
    const int builder = builderFor(credit, LetteringRule::Amount);
    settle(builder, debits, credits);
    debits.push_back(credit);
    // Within the tolerance and on one entry by construction: always written off.
    writeOffRemainder(builder, debits, difference);
}

// Depth-first over the candidates in order, each set before its extensions, so the
// first set found is the one made of the oldest items. The bounds prune a branch whose
// remaining positive (negative) values cannot reach (come back to) the target.
bool Letterer::search(int start, int depth, std::int64_t sum)
{
    const int n = static_cast<int>(m_candidates.size());
    for (int i = start; i < n; ++i) {
        if (++m_nodes > kCombinationNodeBudget)
            return false;
        const std::int64_t next = sum + m_values[i];
        m_chosen[depth] = i;
        if (depth >= 1 && next == m_target) {
            m_chosenCount = depth + 1;
            return true;
        }
        if (depth + 1 < m_maxItems && next + m_positiveAfter[i + 1] >= m_target
            && next + m_negativeAfter[i + 1] <= m_target && search(i + 1, depth + 1, next))
            return true;
    }
    return false;
}

void Letterer::byCombination(int credit)
{
    m_maxItems = std::min(m_policy.combinationMaxItems, kMaxCombinationItems);
    const int candidates = std::clamp(m_policy.combinationCandidates, 0, kMaxCombinationCandidates);
    const auto limit = static_cast<std::size_t>(candidates);
    if (m_maxItems < 2 || limit < 2)
        return;
    m_target = m_work[credit].open;
    if (m_target > kMaxCombinableCents)
        return;
    // Open debits (+) and other open credit notes (-), oldest due first.
    m_candidates.clear();
    for (int i : m_byDue) {
        const Work& w = m_work[i];
        if (w.open <= 0 || w.open > kMaxCombinableCents || (!w.item->debit && (i == credit || !isCreditNote(i))))
            continue;
        m_candidates.push_back(i);
        if (m_candidates.size() == limit)
            break;
    }
    const std::size_t n = m_candidates.size();
    m_values.resize(n);
    m_positiveAfter.assign(n + 1, 0);
    m_negativeAfter.assign(n + 1, 0);
    for (std::size_t k = 0; k < n; ++k) {
        const Work& w = m_work[m_candidates[k]];
        m_values[k] = w.item->debit ? w.open : -w.open;
    }
    for (std::size_t k = n; k-- > 0;) {
        m_positiveAfter[k] = m_positiveAfter[k + 1] + std::max<std::int64_t>(m_values[k], 0);
        m_negativeAfter[k] = m_negativeAfter[k + 1] + std::min<std::int64_t>(m_values[k], 0);
    }
    m_nodes = 0;
    if (!search(0, 0, 0)) {
        if (m_nodes > kCombinationNodeBudget && m_work[credit].flag == Flag::None) {
            m_work[credit].flag = Flag::Ambiguous;
            m_work[credit].detail = named(*m_work[credit].item) + " " + money(m_target)
                + ": too many combinations of open items to choose from";
        }
        return;
    }
    std::vector<int>& debits = m_list;
    std::vector<int>& credits = m_list2;
    debits.clear();
    credits.clear();
    for (int k = 0; k < m_chosenCount; ++k) {
        const int i = m_candidates[m_chosen[k]];
        (m_work[i].item->debit ? debits : credits).push_back(i);
    }
    credits.push_back(credit);
    settle(builderFor(credit, LetteringRule::Combination), debits, credits);
}

void Letterer::byPartial(int credit)
{
    // A credit note or a deposit belongs to a sale: set against the oldest invoice
    // instead, it would show that invoice paid and hide the sale's.
    if (!isPayment(*m_work[credit].item) || !m_policy.allowPartial)
        return;
    std::vector<int>& debits = m_list;
    std::vector<int>& credits = m_list2;
    debits.clear();
    credits.assign(1, credit);
    for (int d : m_debits)
        if (m_work[d].open > 0)
            debits.push_back(d);
    if (!debits.empty())
        settle(builderFor(credit, LetteringRule::Partial), debits, credits);
}

LetteringOutcome Letterer::collect()
{
    LetteringOutcome outcome;
    const int n = static_cast<int>(m_work.size());
    // Groups are the connected entries, in the order of their first builder.
    std::vector<int> groupOfRoot(n, -1);
    for (int b = 0; b < static_cast<int>(m_builders.size()); ++b) {
        Builder& builder = m_builders[b];
        if (builder.allocations.empty())
            continue;
        const int root = find(builder.credit);
        if (groupOfRoot[root] < 0) {
            groupOfRoot[root] = static_cast<int>(outcome.groups.size());
            outcome.groups.push_back({builder.rule, {}, {}, {}, false});
        }
        LetteringGroup& group = outcome.groups[groupOfRoot[root]];
        group.rule = std::max(group.rule, builder.rule);
        group.allocations.insert(group.allocations.end(), builder.allocations.begin(), builder.allocations.end());
        // A write-off closes every entry it touches, so nothing joins its group later:
        // a group has one write-off at most.
        if (builder.writeOff)
            group.writeOff = builder.writeOff;
    }
    for (LetteringGroup& group : outcome.groups)
        group.balanced = true;
    const bool anyOpenDebit = std::any_of(m_debits.begin(), m_debits.end(), [&](int d) { return m_work[d].open > 0; });
    for (int i = 0; i < n; ++i) {
        const int g = groupOfRoot[find(i)];
        if (g >= 0) {
            outcome.groups[g].entries.push_back(m_work[i].item->id);
            outcome.groups[g].balanced = outcome.groups[g].balanced && m_work[i].open == 0;
        }
        if (m_work[i].open > 0)
            outcome.left.push_back(leftItem(i, anyOpenDebit));
    }
    return outcome;
}

LeftItem Letterer::leftItem(int i, bool anyOpenDebit) const
{
    const Work& w = m_work[i];
    const OpenItem& item = *w.item;
    const std::string amounts = w.open == item.open.cents()
        ? money(w.open) + " open"
        : money(w.open) + " of " + money(item.open.cents()) + " open";
    LeftItem left{item.id, core::Money::fromCents(w.open), {}, {}};
    if (item.debit) {
        left.reason = w.flag == Flag::Short ? "payment_short" : "awaiting_payment";
        left.detail = w.flag == Flag::Short ? w.detail : named(item) + " " + amounts + ", due " + item.due().toIso();
        return left;
    }
    if (w.flag == Flag::Over || w.flag == Flag::Ambiguous) {
        left.reason = w.flag == Flag::Over ? "payment_over" : "ambiguous_amount";
        left.detail = w.detail;
    } else if (!isPayment(item)) {
        left.reason = "no_match";
        left.detail = named(item) + " " + amounts + ": names and equals no open debit";
    } else if (!anyOpenDebit) {
        left.reason = "no_open_debit";
        left.detail = named(item) + " " + amounts + ": no open debit to set it against";
    } else {
        left.reason = "partial_not_allowed";
        left.detail = named(item) + " " + amounts + ": matches no open debit exactly, partial lettering is off";
    }
    return left;
}

} // namespace

std::string_view toCode(LetteringRule rule)
{
    for (const auto& [value, code] : kRuleCodes)
        if (value == rule)
            return code;
    return "manual";
}

std::optional<LetteringRule> letteringRuleFromCode(std::string_view code)
{
    for (const auto& [value, text] : kRuleCodes)
        if (text == code)
            return value;
    return std::nullopt;
}

LetteringOutcome autoLetter(std::vector<OpenItem> items, const LetteringPolicy& policy)
{
    std::sort(items.begin(), items.end(), inputBefore);
    return Letterer(items, policy).run();
}

core::Result<LetteringGroup> letterManually(std::vector<OpenItem> selected, bool allowPartial,
                                            core::Money writeOffTolerance)
{
    std::erase_if(selected, [](const OpenItem& item) { return !item.open.isPositive(); });
    std::sort(selected.begin(), selected.end(), inputBefore);
    for (std::size_t i = 1; i < selected.size(); ++i)
        if (selected[i].id == selected[i - 1].id)
            return core::Error(core::ErrorCode::DuplicateKey, {std::to_string(selected[i].id)});
    std::vector<OpenItem*> debits;
    std::vector<OpenItem*> credits;
    core::Money debitTotal;
    core::Money creditTotal;
    for (OpenItem& item : selected) {
        (item.debit ? debits : credits).push_back(&item);
        (item.debit ? debitTotal : creditTotal) += item.open;
    }
    if (debits.empty() || credits.empty())
        return core::Error(core::ErrorCode::Empty);
    std::sort(debits.begin(), debits.end(), [](const OpenItem* a, const OpenItem* b) { return dueBefore(*a, *b); });
    std::sort(credits.begin(), credits.end(), [](const OpenItem* a, const OpenItem* b) { return dateBefore(*a, *b); });

    LetteringGroup group;
    group.rule = LetteringRule::Manual;
    for (OpenItem* c : credits)
        for (OpenItem* d : debits) {
            const core::Money amount = std::min(c->open, d->open);
            if (!amount.isPositive())
                continue;
            group.allocations.push_back({d->id, c->id, amount});
            c->open -= amount;
            d->open -= amount;
        }
    for (const OpenItem& item : selected)
        group.entries.push_back(item.id);

    const core::Money difference = creditTotal - debitTotal;
    std::vector<OpenItem*> stillOpen;
    for (OpenItem& item : selected)
        if (item.open.isPositive())
            stillOpen.push_back(&item);
    if (stillOpen.empty()) {
        group.balanced = true;
        return group;
    }
    if (writeOffTolerance.isPositive() && difference.abs() <= writeOffTolerance && stillOpen.size() == 1) {
        const bool over = difference.isPositive();
        const char* reason = over ? "payment_over" : "payment_short";
        group.writeOff = WriteOff{stillOpen.front()->id, difference.abs(), over, reason};
        group.balanced = true;
        return group;
    }
    if (!allowPartial)
        return core::Error(core::ErrorCode::Unbalanced, {debitTotal.toString(), creditTotal.toString()});
    return group;
}

} // namespace pc::receivables
