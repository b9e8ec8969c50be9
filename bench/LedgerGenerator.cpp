#include "LedgerGenerator.h"

#include "core/Text.h"
#include "receivables/LetterCode.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <set>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

namespace pc::bench {

using core::Date;
using core::Money;
using receivables::EntryKind;

namespace {

// ---- Randomness ---------------------------------------------------------------------
// SplitMix64: the same sequence everywhere (std::uniform_int_distribution is not).

class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n), n > 0, without modulo bias.
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t threshold = (0 - n) % n;
        for (;;) {
            const std::uint64_t r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    // Uniform in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
    }
    int betweenInt(int lo, int hi) { return static_cast<int>(between(lo, hi)); }

    bool percent(int p) { return static_cast<int>(below(100)) < p; }
    bool perMille(int p) { return static_cast<int>(below(1000)) < p; }

    template <class Array>
    const auto& pick(const Array& values)
    {
        return values[below(values.size())];
    }

private:
    std::uint64_t m_state;
};

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream)
{
    Rng rng(seed ^ (stream * 0xD1B54A32D192ED03ULL));
    rng.next();
    return rng.next();
}

// ---- Calendar -------------------------------------------------------------------------

// Banks and invoicing run on working days: a Saturday or Sunday moves to the Monday.
Date workingDay(Date d)
{
    const int weekday = d.isoWeekday();
    return weekday == 6 ? d.addDays(2) : weekday == 7 ? d.addDays(1) : d;
}

int monthIndex(Date d)
{
    return d.year() * 12 + d.month() - 1;
}

std::string twoDigits(int n)
{
    return std::string(1, static_cast<char>('0' + n / 10 % 10)) + static_cast<char>('0' + n % 10);
}

std::string padded(std::int64_t n, int width)
{
    std::string digits = std::to_string(n);
    if (static_cast<int>(digits.size()) < width)
        digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
    return digits;
}

std::string compactDate(Date d)
{
    return padded(d.year(), 4) + twoDigits(d.month()) + twoDigits(d.day());
}

// ---- Names ----------------------------------------------------------------------------

constexpr std::array<std::string_view, 32> kFamilies{
    "Martin",   "Bernard", "Dubois",  "Thomas",  "Robert",   "Richard", "Petit",   "Durand",
    "Leroy",    "Moreau",  "Simon",   "Laurent", "Lefèvre",  "Michel",  "Garcia",  "David",
    "Bertrand", "Roux",    "Vincent", "Fournier", "Morel",   "Girard",  "André",   "Lefebvre",
    "Mercier",  "Dupont",  "Lambert", "Bonnet",  "François", "Martinez", "Legrand", "Chevalier"};
constexpr std::array<std::string_view, 20> kTrades{
    "Boulangerie", "Transports", "Menuiserie",   "Garage",      "Imprimerie",     "Plomberie",   "Électricité",
    "Librairie",   "Maçonnerie", "Fromagerie",   "Quincaillerie", "Ateliers",     "Établissements", "Cabinet",
    "Laboratoires", "Société",   "Entreprise",   "Distribution", "Bureautique",   "Matériaux"};
constexpr std::array<std::string_view, 12> kPlaces{
    "", "", "", " du Rhône", " de Bretagne", " des Alpes", " de Provence", " Atlantique", " de Normandie",
    " Île-de-France", " du Nord", " Sud-Ouest"};
constexpr std::array<std::string_view, 6> kForms{"SARL", "SAS", "SA", "EURL", "SASU", "SNC"};
constexpr std::array<std::string_view, 12> kMonths{"JANVIER", "FEVRIER", "MARS",      "AVRIL",   "MAI",      "JUIN",
                                                   "JUILLET", "AOUT",    "SEPTEMBRE", "OCTOBRE", "NOVEMBRE", "DECEMBRE"};

// How banks print a name: upper case, no accents, no punctuation.
std::string bankName(std::string_view name)
{
    return core::text::toUpperAscii(core::text::foldForSearch(name));
}

// ---- Drafting one client ------------------------------------------------------------------

enum class TextKind { Invoice, Opening, CreditNote, PaymentNamed, PaymentUnnamed, WriteOff };

// An entry before the numbers of the documents are known.
struct Draft {
    EntryKind kind = EntryKind::Invoice;
    std::string journal;
    Date date;
    std::optional<Date> due;
    Money amount;
    bool debit = true;
    Money net;
    Money vat;
    int group = -1;
    bool writeOff = false;
    TextKind text = TextKind::Invoice;
    std::vector<int> names; // drafts (invoices, credit notes) the text names
    std::vector<int> settles; // the debits a credit settles: its group within the year is what these join
    std::uint32_t style = 0;
    std::string piece; // payments: their own reference, known at once
    std::string chequeNumber;
};

enum class Payer { Single, Grouped, Subscription };

struct ClientDraft {
    GeneratedClient client;
    Payer payer = Payer::Single;
    int namePercent = 90; // how often the remittance names the invoices
    int delayLow = 0;
    int delayHigh = 30;
    std::vector<Draft> drafts;
    std::vector<CaseKind> groupKinds;
    std::set<std::int64_t> amounts;                          // invoice amounts, kept 5.00 EUR apart
    std::set<std::tuple<int, std::string, bool, std::int64_t>> days; // (day, journal, side, cents)
};

constexpr std::int64_t kAmountSpacing = 500; // cents

class Drafter {
public:
    Drafter(const LedgerOptions& options, Date first, Date last) : m_options(options), m_first(first), m_last(last) {}

    ClientDraft draft(int index)
    {
        Rng rng(mixSeed(m_options.seed, static_cast<std::uint64_t>(index) + 1));
        ClientDraft c;
        // SIREN payloads spread over the 8-digit space, distinct by construction.
        const std::uint64_t payload = (static_cast<std::uint64_t>(index) * 7919ULL + 10'000'019ULL) % 90'000'000ULL
            + 10'000'000ULL;
        c.client.siren = core::Siren::fromPayload(std::to_string(payload));
        c.client.account = "411" + padded(index + 1, 6);
        c.client.name = std::string(rng.pick(kTrades)) + " " + std::string(rng.pick(kFamilies))
            + std::string(rng.pick(kPlaces)) + " " + std::string(rng.pick(kForms));
        c.client.termsDays = std::array{30, 45, 60}[rng.below(3)];
        const int payerRoll = static_cast<int>(rng.below(100));
        c.payer = payerRoll < 5 ? Payer::Subscription : payerRoll < 25 ? Payer::Grouped : Payer::Single;
        c.namePercent = c.payer == Payer::Subscription ? 30 : rng.percent(85) ? 90 : 25;
        const int delayRoll = static_cast<int>(rng.below(100));
        if (delayRoll < 50) {
            c.delayLow = -5;
            c.delayHigh = 7;
        } else if (delayRoll < 85) {
            c.delayLow = 0;
            c.delayHigh = 30;
        } else {
            c.delayLow = 15;
            c.delayHigh = 75;
        }

        draftOpening(c, rng);
        switch (c.payer) {
        case Payer::Single:
            draftSingle(c, rng);
            break;
        case Payer::Grouped:
            draftGrouped(c, rng);
            break;
        case Payer::Subscription:
            draftSubscription(c, rng);
            break;
        }
        return c;
    }

private:
    int newGroup(ClientDraft& c, CaseKind kind)
    {
        c.groupKinds.push_back(kind);
        return static_cast<int>(c.groupKinds.size()) - 1;
    }

    // The first day from `d` on where the client has no entry of this journal, side
    // and amount: centralised entries would otherwise hold two identical client lines,
    // which an import takes for one line repeated.
    static Date freeDay(ClientDraft& c, Date d, const std::string& journal, bool debit, Money amount)
    {
        while (!c.days.emplace(d.daysSinceEpoch(), journal, debit, amount.cents()).second)
            d = d.addDays(1);
        return d;
    }

    static bool amountFree(const ClientDraft& c, Money amount)
    {
        const auto it = c.amounts.lower_bound(amount.cents() - kAmountSpacing + 1);
        return it == c.amounts.end() || *it >= amount.cents() + kAmountSpacing;
    }

    // Excluding VAT: many small invoices, some large ones, a few round sums.
    static Money drawNet(Rng& rng)
    {
        const int roll = static_cast<int>(rng.below(100));
        std::int64_t cents = roll < 35   ? rng.between(80'00, 1'000'00)
                             : roll < 80 ? rng.between(1'000'00, 10'000'00)
                             : roll < 97 ? rng.between(10'000'00, 50'000'00)
                                         : rng.between(50'000'00, 150'000'00);
        if (rng.percent(10))
            cents = std::max<std::int64_t>(cents / 100'00 * 100'00, 100'00);
        return Money::fromCents(cents);
    }

    static Money vatOf(Money net)
    {
        return Money::fromCents((net.cents() * 20 + 50) / 100); // 20 %, half up
    }

    // An invoice amount 5.00 EUR away from the client's others (a few tries).
    static void drawInvoice(ClientDraft& c, Rng& rng, Money& net, Money& vat)
    {
        for (int attempt = 0; attempt < 20; ++attempt) {
            net = drawNet(rng);
            vat = vatOf(net);
            if (amountFree(c, net + vat))
                break;
        }
        c.amounts.insert((net + vat).cents());
    }

    int addInvoice(ClientDraft& c, EntryKind kind, Date date, Date due, Money net, Money vat, int group)
    {
        Draft d;
        d.kind = kind;
        d.journal = kind == EntryKind::Imported ? "AN" : "VE";
        d.amount = net + vat;
        d.date = kind == EntryKind::Imported ? date : freeDay(c, date, d.journal, true, d.amount);
        d.due = due;
        d.debit = true;
        d.net = net;
        d.vat = vat;
        d.group = group;
        d.text = kind == EntryKind::Imported ? TextKind::Opening : TextKind::Invoice;
        if (kind == EntryKind::Imported)
            c.days.emplace(d.date.daysSinceEpoch(), d.journal, true, d.amount.cents());
        c.drafts.push_back(std::move(d));
        return static_cast<int>(c.drafts.size()) - 1;
    }

    int addCreditNote(ClientDraft& c, int invoice, Date date, Money net, Money vat, int group)
    {
        Draft d;
        d.kind = EntryKind::CreditNote;
        d.journal = "VE";
        d.amount = net + vat;
        d.date = freeDay(c, date, d.journal, false, d.amount);
        d.debit = false;
        d.net = net;
        d.vat = vat;
        d.group = group;
        d.text = TextKind::CreditNote;
        d.names = {invoice};
        d.settles = {invoice};
        c.drafts.push_back(std::move(d));
        return static_cast<int>(c.drafts.size()) - 1;
    }

    int addPayment(ClientDraft& c, Rng& rng, Date date, Money amount, int group, bool named, std::vector<int> names,
                   std::vector<int> settles)
    {
        Draft d;
        d.kind = EntryKind::Payment;
        d.journal = "BQ";
        d.amount = amount;
        // Never before the year (an opening balance due on 1 January paid early).
        d.date = freeDay(c, workingDay(std::max(date, m_first.addDays(1))), d.journal, false, amount);
        d.debit = false;
        d.group = group;
        d.text = named ? TextKind::PaymentNamed : TextKind::PaymentUnnamed;
        d.names = named ? std::move(names) : std::vector<int>();
        d.settles = std::move(settles);
        d.style = static_cast<std::uint32_t>(rng.below(1000));
        if (rng.percent(15)) {
            d.chequeNumber = padded(rng.between(1'000'000, 9'999'999), 7);
            d.piece = "CHQ" + d.chequeNumber;
        } else {
            d.piece = "VIR" + padded(++m_transfers, 7);
        }
        c.drafts.push_back(std::move(d));
        return static_cast<int>(c.drafts.size()) - 1;
    }

    // The accountant's adjustment closing a payment difference: a credit when the
    // client paid short, a debit when over.
    void addWriteOff(ClientDraft& c, int payment, int invoice, std::int64_t paidOverCents, int group)
    {
        Draft d;
        d.kind = EntryKind::Adjustment;
        d.journal = "OD";
        d.amount = Money::fromCents(std::abs(paidOverCents));
        d.debit = paidOverCents > 0;
        d.date = freeDay(c, c.drafts[static_cast<std::size_t>(payment)].date, d.journal, d.debit, d.amount);
        d.group = group;
        d.writeOff = true;
        d.text = TextKind::WriteOff;
        d.names = {invoice};
        d.settles = {invoice};
        c.drafts.push_back(std::move(d));
    }

    int delay(ClientDraft& c, Rng& rng)
    {
        int days = rng.betweenInt(c.delayLow, c.delayHigh);
        if (rng.percent(4))
            days += rng.betweenInt(30, 90); // the odd very late payment
        return days;
    }

    // A credit note on some invoices: a cancellation (the group is the invoice and the
    // note) or a discount the payment deducts. Returns what the client still owes, or
    // nothing when the note cancels the invoice.
    std::optional<Money> maybeCreditNote(ClientDraft& c, Rng& rng, int invoice, int group)
    {
        const Draft inv = c.drafts[static_cast<std::size_t>(invoice)];
        if (!rng.perMille(60))
            return inv.amount;
        const Date date = inv.date.addDays(rng.betweenInt(3, 30));
        if (rng.percent(40)) {
            addCreditNote(c, invoice, date, inv.net, inv.vat, group);
            return std::nullopt;
        }
        const Money net = Money::fromCents(inv.net.cents() * rng.between(5, 30) / 100);
        const Money vat = vatOf(net);
        addCreditNote(c, invoice, date, net, vat, group);
        return inv.amount - net - vat;
    }

    // One invoice paid on its own: exactly, in instalments or with a small difference.
    // `note`: the credit note the payment deducts, -1 when none.
    void paySingly(ClientDraft& c, Rng& rng, int invoice, Money owed, int group, int note)
    {
        const Draft inv = c.drafts[static_cast<std::size_t>(invoice)];
        const bool deductsNote = note >= 0;
        const bool named = rng.percent(c.namePercent);
        const Date payDate = inv.due.value_or(inv.date).addDays(delay(c, rng));
        std::vector<int> names{invoice};
        if (deductsNote && rng.percent(50))
            names.push_back(note);
        const int roll = static_cast<int>(rng.below(100));
        // Instalments, all within the year, on the larger invoices.
        const int parts = rng.betweenInt(2, 3);
        const Date lastPart = payDate.addDays(30 * (parts - 1) + 3);
        if (roll < 5 && owed.cents() >= 2'000'00 && lastPart <= m_last) {
            c.groupKinds[static_cast<std::size_t>(group)] = named ? CaseKind::Reference : CaseKind::PartialUnnamed;
            Money left = owed;
            for (int k = 0; k < parts; ++k) {
                const std::int64_t share = parts == 2 ? rng.between(30, 70) : rng.between(20, 45);
                const Money part = k + 1 == parts ? left
                                                  : Money::fromCents(owed.cents() * share / 100 / 100 * 100); // whole euros
                addPayment(c, rng, payDate.addDays(30 * k), part, group, named, names, {invoice});
                left -= part;
            }
            return;
        }
        if (roll < 10) {
            std::int64_t difference = rng.between(1, 100);
            if (rng.percent(60))
                difference = -difference; // short: bank charges, a rounding
            c.groupKinds[static_cast<std::size_t>(group)] = named ? CaseKind::Reference : CaseKind::DifferenceUnnamed;
            const int payment
                = addPayment(c, rng, payDate, owed + Money::fromCents(difference), group, named, names, {invoice});
            addWriteOff(c, payment, invoice, difference, group);
            return;
        }
        // An unnamed payment of what a discount left is found by amount only when that
        // amount is the client's own.
        const bool unique = !deductsNote || amountFree(c, owed);
        c.amounts.insert(owed.cents());
        const bool byName = named || !unique;
        c.groupKinds[static_cast<std::size_t>(group)] = byName ? CaseKind::Reference : CaseKind::Amount;
        addPayment(c, rng, payDate, owed, group, byName, names, {invoice});
    }

    void draftOpening(ClientDraft& c, Rng& rng)
    {
        if (!rng.percent(50))
            return;
        const int count = rng.betweenInt(1, 2);
        for (int k = 0; k < count; ++k) {
            Money net;
            Money vat;
            drawInvoice(c, rng, net, vat);
            const int group = newGroup(c, CaseKind::Reference);
            const int invoice = addInvoice(c, EntryKind::Imported, m_first, m_first.addDays(rng.betweenInt(0, 45)), net,
                                           vat, group);
            paySingly(c, rng, invoice, net + vat, group, -1);
        }
    }

    std::vector<Date> invoiceDates(Rng& rng, int count)
    {
        std::vector<Date> dates;
        const int span = m_first.daysUntil(m_last);
        for (int k = 0; k < count; ++k)
            dates.push_back(workingDay(m_first.addDays(rng.betweenInt(1, span - 2))));
        std::sort(dates.begin(), dates.end());
        return dates;
    }

    int invoiceCount(Rng& rng) const
    {
        const int mean = std::max(1, m_options.invoicesPerClient);
        return std::max(1, mean / 2 + rng.betweenInt(0, mean));
    }

    void draftSingle(ClientDraft& c, Rng& rng)
    {
        for (const Date date : invoiceDates(rng, invoiceCount(rng))) {
            Money net;
            Money vat;
            drawInvoice(c, rng, net, vat);
            const int group = newGroup(c, CaseKind::Reference);
            const int invoice
                = addInvoice(c, EntryKind::Invoice, date, date.addDays(c.client.termsDays), net, vat, group);
            if (rng.perMille(20))
                continue; // disputed: never paid
            const std::size_t before = c.drafts.size();
            const auto owed = maybeCreditNote(c, rng, invoice, group);
            if (owed)
                paySingly(c, rng, invoice, *owed, group, c.drafts.size() > before ? static_cast<int>(before) : -1);
        }
    }

    // Pays every month the invoices due that month, in one payment (two when more than
    // a few): a "relevé" settled at once.
    void draftGrouped(ClientDraft& c, Rng& rng)
    {
        struct Owed {
            int invoice;
            int note; // -1 when none
            Money amount;
        };
        std::map<int, std::vector<Owed>> byMonth;
        for (const Date date : invoiceDates(rng, invoiceCount(rng))) {
            Money net;
            Money vat;
            drawInvoice(c, rng, net, vat);
            const int group = newGroup(c, CaseKind::Reference);
            const Date due = date.addDays(c.client.termsDays);
            const int invoice = addInvoice(c, EntryKind::Invoice, date, due, net, vat, group);
            if (rng.perMille(20))
                continue;
            const std::size_t before = c.drafts.size();
            const auto owed = maybeCreditNote(c, rng, invoice, group);
            if (owed)
                byMonth[monthIndex(due)].push_back(
                    {invoice, c.drafts.size() > before ? static_cast<int>(before) : -1, *owed});
        }
        for (auto& [month, owed] : byMonth) {
            const bool named = rng.percent(c.namePercent);
            const std::size_t chunkSize = named ? 6 : 4;
            const Date monthEnd = Date::fromYmd(month / 12, month % 12 + 1, 1)->endOfMonth();
            Date payDate = monthEnd.addDays(std::max(0, delay(c, rng)));
            for (std::size_t begin = 0; begin < owed.size(); begin += chunkSize) {
                const std::size_t end = std::min(owed.size(), begin + chunkSize);
                if (end - begin == 1) {
                    const Owed& o = owed[begin];
                    paySingly(c, rng, o.invoice, o.amount, c.drafts[static_cast<std::size_t>(o.invoice)].group, o.note);
                    continue;
                }
                const int group = newGroup(c, named ? CaseKind::Reference : CaseKind::Combination);
                Money total;
                std::vector<int> names;
                std::vector<int> settles;
                for (std::size_t k = begin; k < end; ++k) {
                    const Owed& o = owed[k];
                    c.drafts[static_cast<std::size_t>(o.invoice)].group = group;
                    names.push_back(o.invoice);
                    settles.push_back(o.invoice);
                    if (o.note >= 0) {
                        c.drafts[static_cast<std::size_t>(o.note)].group = group;
                        if (rng.percent(50))
                            names.push_back(o.note);
                    }
                    total += o.amount;
                }
                addPayment(c, rng, payDate, total, group, named, names, settles);
                payDate = payDate.addDays(1);
            }
        }
    }

    // The same amount invoiced on the first working day of every month.
    void draftSubscription(ClientDraft& c, Rng& rng)
    {
        Money net;
        Money vat;
        drawInvoice(c, rng, net, vat);
        const int startMonth = rng.betweenInt(1, 3);
        for (int month = startMonth; month <= 12; ++month) {
            const Date date = workingDay(*Date::fromYmd(m_first.year(), month, 1));
            const bool named = rng.percent(c.namePercent);
            const int group = newGroup(c, named ? CaseKind::Reference : CaseKind::RepeatedAmount);
            const Date due = date.addDays(c.client.termsDays);
            const int invoice = addInvoice(c, EntryKind::Invoice, date, due, net, vat, group);
            int days = delay(c, rng);
            if (rng.percent(15))
                days += rng.betweenInt(20, 40); // a month paid late, after the next one
            addPayment(c, rng, due.addDays(days), net + vat, group, named, {invoice}, {invoice});
        }
    }

    const LedgerOptions& m_options;
    Date m_first;
    Date m_last;
    std::int64_t m_transfers = 0;
};

// ---- Texts --------------------------------------------------------------------------

struct Numbering {
    std::vector<std::vector<std::string>> pieces; // per client, per draft
};

std::string withDash(const std::string& piece)
{
    // "FA24000123" -> "FA-24000123": how some remittances print it.
    return piece.substr(0, 2) + "-" + piece.substr(2);
}

std::string textOf(const ClientDraft& c, const Draft& d, const std::vector<std::string>& pieces)
{
    const auto named = [&](std::size_t k) { return pieces[static_cast<std::size_t>(d.names[k])]; };
    const std::string payer = bankName(c.client.name);
    switch (d.text) {
    case TextKind::Invoice:
        return "Facture " + c.client.name;
    case TextKind::Opening:
        return "Report à nouveau " + c.client.name;
    case TextKind::CreditNote:
        return "Avoir sur facture " + named(0);
    case TextKind::WriteOff:
        return "Écart de règlement " + named(0);
    case TextKind::PaymentUnnamed:
        if (!d.chequeNumber.empty())
            return "REMISE CHQ " + d.chequeNumber;
        switch (d.style % 4) {
        case 0:
            return "VIR SEPA " + payer;
        case 1:
            return "VIR " + payer + " REF CLIENT " + c.client.account.substr(3);
        case 2:
            return "VIREMENT " + payer + " REGLEMENT " + std::string(kMonths[static_cast<std::size_t>(d.date.month() - 1)]);
        default:
            return "VIR SEPA " + payer + " PAIEMENT FACTURES";
        }
    case TextKind::PaymentNamed:
        break;
    }
    std::string list;
    const std::uint32_t style = d.style % 5;
    for (std::size_t k = 0; k < d.names.size(); ++k) {
        const std::string piece = style == 3 ? withDash(named(k)) : named(k);
        list += (k == 0 ? "" : style == 1 ? ", " : style == 2 ? "/" : " ") + piece;
    }
    if (!d.chequeNumber.empty())
        return "REMISE CHQ " + d.chequeNumber + " " + list;
    switch (style) {
    case 0:
        return "VIR SEPA " + payer + " FACT " + list;
    case 1:
        return "REGLEMENT " + list + " " + payer;
    case 2:
        return "VIR " + payer + " /INV/" + list;
    case 3:
        return "VIREMENT " + payer + " FACTURE " + list;
    default:
        return payer + " " + list;
    }
}

} // namespace

// ---- Public ---------------------------------------------------------------------------

std::string_view toCode(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Reference:
        return "reference";
    case CaseKind::Amount:
        return "amount";
    case CaseKind::Combination:
        return "combination";
    case CaseKind::RepeatedAmount:
        return "repeated_amount";
    case CaseKind::PartialUnnamed:
        return "partial_unnamed";
    case CaseKind::DifferenceUnnamed:
        return "difference_unnamed";
    }
    return "reference";
}

bool rulesDecide(CaseKind kind)
{
    return kind == CaseKind::Reference || kind == CaseKind::Amount || kind == CaseKind::Combination;
}

Date GeneratedLedger::firstDay() const
{
    return *Date::fromYmd(options.year, 1, 1);
}

Date GeneratedLedger::lastDay() const
{
    return *Date::fromYmd(options.year, 12, 31);
}

std::size_t GeneratedLedger::itemCount() const
{
    std::size_t n = 0;
    for (const GeneratedClient& c : clients)
        n += c.items.size();
    return n;
}

GeneratedLedger generateLedger(const LedgerOptions& options)
{
    if (options.clients < 1 || options.clients > 999'999)
        throw std::invalid_argument("generateLedger: 1 to 999999 clients");
    GeneratedLedger ledger;
    ledger.options = options;
    const Date first = ledger.firstDay();
    const Date last = ledger.lastDay();

    Drafter drafter(options, first, last);
    std::vector<ClientDraft> drafts;
    drafts.reserve(static_cast<std::size_t>(options.clients));
    for (int i = 0; i < options.clients; ++i)
        drafts.push_back(drafter.draft(i));

    // One chronological series per kind of document across all clients, as the law
    // wants it for invoices: FA24000001…, AV24000001…; last year's for opening balances.
    std::vector<std::vector<std::string>> pieces(drafts.size());
    struct Slot {
        Date date;
        std::size_t client;
        std::size_t draft;
        bool operator<(const Slot& o) const { return std::tie(date, client, draft) < std::tie(o.date, o.client, o.draft); }
    };
    std::vector<Slot> invoices;
    std::vector<Slot> notes;
    std::vector<Slot> openings;
    for (std::size_t ci = 0; ci < drafts.size(); ++ci) {
        pieces[ci].resize(drafts[ci].drafts.size());
        for (std::size_t di = 0; di < drafts[ci].drafts.size(); ++di) {
            const Draft& d = drafts[ci].drafts[di];
            if (d.kind == EntryKind::Invoice)
                invoices.push_back({d.date, ci, di});
            else if (d.kind == EntryKind::CreditNote)
                notes.push_back({d.date, ci, di});
            else if (d.kind == EntryKind::Imported)
                openings.push_back({d.due.value_or(d.date), ci, di});
            else
                pieces[ci][di] = d.kind == EntryKind::Payment ? d.piece : "ECART";
        }
    }
    const std::string yy = twoDigits(options.year % 100);
    const std::string previousYy = twoDigits((options.year + 99) % 100);
    const auto number = [&](std::vector<Slot>& slots, const std::string& prefix, std::int64_t start) {
        std::sort(slots.begin(), slots.end());
        std::int64_t n = start;
        for (const Slot& s : slots)
            pieces[s.client][s.draft] = prefix + padded(++n, 6);
    };
    number(invoices, "FA" + yy, 0);
    number(notes, "AV" + yy, 0);
    number(openings, "FA" + previousYy, 800'000);

    std::int64_t nextId = 0;
    ledger.clients.reserve(drafts.size());
    for (std::size_t ci = 0; ci < drafts.size(); ++ci) {
        ClientDraft& cd = drafts[ci];
        GeneratedClient client = cd.client;
        std::vector<std::size_t> order;
        for (std::size_t di = 0; di < cd.drafts.size(); ++di)
            if (cd.drafts[di].date <= last)
                order.push_back(di);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return cd.drafts[a].date < cd.drafts[b].date; });
        // The accountant's groups are what the entries of the year settle together: a
        // payment due next January leaves the invoices of its "relevé" apart.
        std::vector<int> itemOf(cd.drafts.size(), -1);
        for (std::size_t k = 0; k < order.size(); ++k) {
            const Draft& d = cd.drafts[order[k]];
            itemOf[order[k]] = static_cast<int>(k);
            GeneratedItem item;
            item.item.id = ++nextId;
            item.item.kind = d.kind;
            item.item.date = d.date;
            item.item.dueDate = d.due;
            item.item.piece = pieces[ci][order[k]];
            item.item.text = textOf(cd, d, pieces[ci]);
            item.item.open = d.amount;
            item.item.debit = d.debit;
            item.journal = d.journal;
            item.net = d.net;
            item.vat = d.vat;
            item.writeOff = d.writeOff;
            client.items.push_back(std::move(item));
        }
        std::vector<std::size_t> root(order.size());
        std::iota(root.begin(), root.end(), std::size_t{0});
        const auto find = [&](std::size_t i) {
            while (root[i] != i)
                i = root[i] = root[root[i]];
            return i;
        };
        for (std::size_t k = 0; k < order.size(); ++k)
            for (const int debit : cd.drafts[order[k]].settles)
                if (const int other = itemOf[static_cast<std::size_t>(debit)]; other >= 0) {
                    const std::size_t a = find(k);
                    const std::size_t b = find(static_cast<std::size_t>(other));
                    root[std::max(a, b)] = std::min(a, b);
                }
        std::vector<std::vector<std::size_t>> members(order.size());
        for (std::size_t k = 0; k < order.size(); ++k)
            members[find(k)].push_back(k);
        // The accountant letters a group on the day it balances; one still open at year
        // end is lettered in part, its code in lower case.
        std::vector<std::size_t> groupOrder;
        for (std::size_t g = 0; g < members.size(); ++g)
            if (members[g].size() >= 2)
                groupOrder.push_back(g);
        const auto lastDate = [&](std::size_t g) { return client.items[members[g].back()].item.date; };
        std::stable_sort(groupOrder.begin(), groupOrder.end(),
                         [&](std::size_t a, std::size_t b) { return lastDate(a) < lastDate(b); });
        std::string code;
        for (const std::size_t g : groupOrder) {
            AccountantGroup group;
            group.kind = cd.groupKinds[static_cast<std::size_t>(cd.drafts[order[g]].group)];
            group.members = members[g];
            std::int64_t balance = 0;
            for (const std::size_t m : group.members) {
                const auto& it = client.items[m].item;
                balance += it.debit ? it.open.cents() : -it.open.cents();
            }
            group.balanced = balance == 0;
            code = receivables::nextLetterCode(code);
            group.code = group.balanced ? code : core::text::toLowerAscii(code);
            group.letteredOn = lastDate(g);
            const int index = static_cast<int>(client.groups.size());
            for (const std::size_t m : group.members)
                client.items[m].group = index;
            client.groups.push_back(std::move(group));
        }
        ledger.clients.push_back(std::move(client));
    }
    return ledger;
}

std::vector<receivables::OpenItem> openItemsOf(const GeneratedClient& client)
{
    std::vector<receivables::OpenItem> items;
    items.reserve(client.items.size());
    for (const GeneratedItem& item : client.items)
        if (!item.writeOff)
            items.push_back(item.item);
    return items;
}

std::string letterOf(const GeneratedClient& client, std::size_t itemIndex)
{
    const int g = client.items.at(itemIndex).group;
    return g < 0 ? std::string() : client.groups[static_cast<std::size_t>(g)].code;
}

// ---- FEC ----------------------------------------------------------------------------------

namespace {

struct Account {
    std::string_view number;
    std::string_view label;
};
constexpr Account kClients{"411000", "Clients"};
constexpr Account kSales{"706000", "Prestations de services"};
constexpr Account kVat{"445710", "TVA collectée"};
constexpr Account kBank{"512000", "Banque"};
constexpr Account kLoss{"658000", "Charges diverses de gestion courante"};
constexpr Account kGain{"758000", "Produits divers de gestion courante"};
constexpr Account kOpening{"890000", "Bilan d'ouverture"};

int journalRank(std::string_view journal)
{
    return journal == "AN" ? 0 : journal == "VE" ? 1 : journal == "BQ" ? 2 : 3;
}

std::string_view journalLabel(std::string_view journal)
{
    return journal == "AN" ? "À nouveaux" : journal == "VE" ? "Ventes" : journal == "BQ" ? "Banque" : "Opérations diverses";
}

io::FecLine baseLine(std::string_view journal, const std::string& number, Date date)
{
    io::FecLine l;
    l.journalCode = std::string(journal);
    l.journalLib = std::string(journalLabel(journal));
    l.ecritureNum = number;
    l.ecritureDate = date;
    l.validDate = date;
    return l;
}

// A general-ledger line; a negative amount goes on the other side.
void addCounterpart(std::vector<io::FecLine>& out, io::FecLine line, const Account& account, std::int64_t debitCents,
                    const std::string& piece, const std::string& label)
{
    if (debitCents == 0)
        return;
    line.compteNum = std::string(account.number);
    line.compteLib = std::string(account.label);
    line.pieceRef = piece;
    line.pieceDate = line.ecritureDate;
    line.ecritureLib = label;
    (debitCents > 0 ? line.debit : line.credit) = Money::fromCents(std::abs(debitCents));
    out.push_back(std::move(line));
}

// What the general-ledger side of an item is, as debit cents per account.
struct Counterparts {
    std::int64_t sales = 0, vat = 0, bank = 0, loss = 0, gain = 0, opening = 0;

    void add(const GeneratedItem& item)
    {
        const std::int64_t amount = item.item.open.cents();
        switch (item.item.kind) {
        case EntryKind::Invoice:
            sales -= item.net.cents();
            vat -= item.vat.cents();
            break;
        case EntryKind::CreditNote:
            sales += item.net.cents();
            vat += item.vat.cents();
            break;
        case EntryKind::Payment:
            bank += amount;
            break;
        case EntryKind::Imported:
            opening -= amount;
            break;
        default:
            (item.item.debit ? gain : loss) += item.item.debit ? -amount : amount;
            break;
        }
    }

    void write(std::vector<io::FecLine>& out, const io::FecLine& base, const std::string& piece,
               const std::string& label) const
    {
        addCounterpart(out, base, kSales, sales, piece, label);
        addCounterpart(out, base, kVat, vat, piece, label);
        addCounterpart(out, base, kBank, bank, piece, label);
        addCounterpart(out, base, kLoss, loss, piece, label);
        addCounterpart(out, base, kGain, gain, piece, label);
        addCounterpart(out, base, kOpening, opening, piece, label);
    }
};

} // namespace

std::vector<io::FecLine> fecLines(const GeneratedLedger& ledger, const FecOptions& options)
{
    struct Ref {
        Date date;
        int journal;
        std::size_t client;
        std::size_t item;
    };
    std::vector<Ref> refs;
    refs.reserve(ledger.itemCount());
    for (std::size_t ci = 0; ci < ledger.clients.size(); ++ci) {
        const GeneratedClient& c = ledger.clients[ci];
        for (std::size_t ii = 0; ii < c.items.size(); ++ii) {
            const GeneratedItem& item = c.items[ii];
            if (!options.lettered && item.writeOff)
                continue;
            refs.push_back({item.item.date, journalRank(item.journal), ci, ii});
        }
    }
    std::stable_sort(refs.begin(), refs.end(), [](const Ref& a, const Ref& b) {
        return std::tie(a.date, a.journal) < std::tie(b.date, b.journal);
    });

    const auto clientLine = [&](const Ref& r, const std::string& number) {
        const GeneratedClient& c = ledger.clients[r.client];
        const GeneratedItem& item = c.items[r.item];
        io::FecLine l = baseLine(item.journal, number, item.item.date);
        l.compteNum = std::string(kClients.number);
        l.compteLib = std::string(kClients.label);
        l.compAuxNum = c.account;
        l.compAuxLib = c.name;
        l.pieceRef = item.item.piece;
        l.pieceDate = item.item.date;
        l.ecritureLib = item.item.text;
        (item.item.debit ? l.debit : l.credit) = item.item.open;
        if (item.item.debit)
            l.dueDate = item.item.dueDate;
        if (options.lettered && item.group >= 0) {
            const AccountantGroup& g = c.groups[static_cast<std::size_t>(item.group)];
            l.ecritureLet = g.code;
            l.dateLet = g.letteredOn;
        }
        return l;
    };

    std::vector<io::FecLine> out;
    out.reserve(options.layout == FecLayout::Centralised ? refs.size() + refs.size() / 50 + 16 : refs.size() * 3);
    if (options.layout == FecLayout::PerDocument) {
        std::array<std::int64_t, 4> counters{};
        for (const Ref& r : refs) {
            const GeneratedItem& item = ledger.clients[r.client].items[r.item];
            const std::string number = item.journal + padded(++counters[static_cast<std::size_t>(r.journal)], 7);
            io::FecLine client = clientLine(r, number);
            const io::FecLine base = baseLine(item.journal, number, item.item.date);
            const std::string piece = client.pieceRef;
            const std::string label = client.ecritureLib;
            out.push_back(std::move(client));
            Counterparts counterparts;
            counterparts.add(item);
            counterparts.write(out, base, piece, label);
        }
        return out;
    }
    for (std::size_t begin = 0; begin < refs.size();) {
        std::size_t end = begin;
        const Date date = refs[begin].date;
        const int journal = refs[begin].journal;
        Counterparts counterparts;
        const std::string& journalCode = ledger.clients[refs[begin].client].items[refs[begin].item].journal;
        const std::string number = journalCode + compactDate(date);
        while (end < refs.size() && refs[end].date == date && refs[end].journal == journal) {
            out.push_back(clientLine(refs[end], number));
            counterparts.add(ledger.clients[refs[end].client].items[refs[end].item]);
            ++end;
        }
        counterparts.write(out, baseLine(journalCode, number, date), number,
                           "Centralisation " + std::string(journalLabel(journalCode)) + " du " + date.toIso());
        begin = end;
    }
    return out;
}

// ---- Agreement ------------------------------------------------------------------------------

void Agreement::add(const Agreement& other)
{
    for (const auto& [key, tally] : other.byCase) {
        byCase[key].items += tally.items;
        byCase[key].agreeing += tally.agreeing;
    }
    decided.items += other.decided.items;
    decided.agreeing += other.decided.agreeing;
    overall.items += other.overall.items;
    overall.agreeing += other.overall.agreeing;
}

Agreement compareLettering(const GeneratedClient& client, const receivables::LetteringOutcome& outcome)
{
    std::unordered_map<std::int64_t, std::size_t> indexOf;
    for (std::size_t i = 0; i < client.items.size(); ++i)
        indexOf.emplace(client.items[i].item.id, i);
    // The engine's partners of each item.
    std::vector<int> engineGroup(client.items.size(), -1);
    for (std::size_t g = 0; g < outcome.groups.size(); ++g)
        for (const std::int64_t id : outcome.groups[g].entries)
            if (const auto it = indexOf.find(id); it != indexOf.end())
                engineGroup[it->second] = static_cast<int>(g);
    const auto partners = [&](const std::vector<std::int64_t>& ids, std::int64_t self) {
        std::vector<std::int64_t> out;
        for (const std::int64_t id : ids)
            if (id != self && indexOf.contains(id) && !client.items[indexOf[id]].writeOff)
                out.push_back(id);
        std::sort(out.begin(), out.end());
        return out;
    };

    Agreement agreement;
    for (std::size_t i = 0; i < client.items.size(); ++i) {
        const GeneratedItem& item = client.items[i];
        if (item.writeOff)
            continue;
        const std::int64_t self = item.item.id;
        std::vector<std::int64_t> expected;
        std::string category = "open";
        bool decided = false;
        if (item.group >= 0) {
            const AccountantGroup& g = client.groups[static_cast<std::size_t>(item.group)];
            std::vector<std::int64_t> ids;
            for (const std::size_t m : g.members)
                ids.push_back(client.items[m].item.id);
            expected = partners(ids, self);
            category = g.balanced ? std::string(toCode(g.kind)) : "incomplete";
            decided = g.balanced && rulesDecide(g.kind);
        }
        const std::vector<std::int64_t> got = engineGroup[i] < 0
            ? std::vector<std::int64_t>()
            : partners(outcome.groups[static_cast<std::size_t>(engineGroup[i])].entries, self);
        const bool agrees = got == expected;
        Tally& tally = agreement.byCase[category];
        ++tally.items;
        ++agreement.overall.items;
        if (agrees) {
            ++tally.agreeing;
            ++agreement.overall.agreeing;
        }
        if (decided) {
            ++agreement.decided.items;
            agreement.decided.agreeing += agrees ? 1 : 0;
        }
    }
    return agreement;
}

receivables::LetteringPolicy benchPolicy()
{
    receivables::LetteringPolicy policy;
    policy.allowPartial = true;
    policy.writeOffTolerance = Money::fromCents(100);
    return policy;
}

} // namespace pc::bench
