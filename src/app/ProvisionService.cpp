#include "app/ProvisionService.h"

#include "app/ClientService.h"
#include "app/Workspace.h"
#include "io/FecWriter.h"
#include "store/AuditLog.h"
#include "store/LedgerRepository.h"
#include "store/RecoveryRepository.h"
#include "store/SettingsRepository.h"
#include "store/Transaction.h"

#include <QSaveFile>

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

namespace pc::app {

using core::Date;
using core::Error;
using core::ErrorCode;
using core::Money;
using core::Rate;
using nlohmann::json;
using receivables::JournalEntry;
using receivables::ProvisionEntryKind;
using receivables::ProvisionRules;

const QString ProvisionService::kRulesKey = QStringLiteral("provisions.rules");

namespace {

// -- the rules as JSON ----------------------------------------------------------------

json rateJson(Rate rate)
{
    return rate.basisPoints();
}

core::Result<std::int64_t> wholeNumber(const json& j, const std::string& field)
{
    if (!j.is_number_integer())
        return Error(ErrorCode::InvalidFormat, {j.dump()}).inField(field);
    return j.get<std::int64_t>();
}

core::Status readRate(const json& j, const char* key, Rate& rate)
{
    if (!j.contains(key))
        return {};
    auto bp = wholeNumber(j.at(key), key);
    if (!bp)
        return bp.error();
    rate = Rate::fromBasisPoints(*bp);
    return {};
}

core::Result<std::vector<receivables::AgeRule>> readAgeRules(const json& j)
{
    if (!j.is_array())
        return Error(ErrorCode::InvalidFormat, {j.dump()}).inField("age_rules");
    std::vector<receivables::AgeRule> rules;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string field = "age_rules[" + std::to_string(i) + "]";
        const json& rule = j[i];
        if (!rule.is_object() || !rule.contains("days") || !rule.contains("rate"))
            return Error(ErrorCode::MissingField, {rule.dump()}).inField(field);
        auto days = wholeNumber(rule["days"], field + ".days");
        if (!days)
            return days.error();
        auto rate = wholeNumber(rule["rate"], field + ".rate");
        if (!rate)
            return rate.error();
        if (!std::in_range<int>(*days))
            return Error(ErrorCode::InvalidNumber, {std::to_string(*days)}).inField(field + ".days");
        rules.push_back({static_cast<int>(*days), Rate::fromBasisPoints(*rate)});
    }
    return rules;
}

core::Status audit(Workspace& ws, const char* action, const QString& entity, const QString& key, json before,
                   json after)
{
    store::AuditEntry entry{0,      ws.clock().now(), ws.actor(), QString::fromLatin1(action), entity, key, {},
                            std::move(before), std::move(after)};
    return store::AuditLog(ws.db()).record(entry);
}

Error withKey(Error error, const QString& key)
{
    error.where.field = key.toStdString() + (error.where.field.empty() ? "" : "." + error.where.field);
    return error;
}

// -- the journal as an FEC ------------------------------------------------------------

std::string accountLabel(const std::string& account)
{
    static const std::map<std::string_view, const char*> labels{
        {receivables::accounts::kClients, "Clients"},
        {receivables::accounts::kDoubtful, "Clients douteux ou litigieux"},
        {receivables::accounts::kImpairment, "Dépréciations des comptes clients"},
        {receivables::accounts::kDotation, "Dotations aux dépréciations des actifs circulants"},
        {receivables::accounts::kReversal, "Reprises sur dépréciations des actifs circulants"},
        {receivables::accounts::kLoss, "Pertes sur créances irrécouvrables"},
        {receivables::accounts::kVatCollected, "TVA collectée"},
    };
    const auto it = labels.find(account);
    return it == labels.end() ? account : it->second;
}

std::string entryLabel(const JournalEntry& entry)
{
    switch (entry.kind) {
    case ProvisionEntryKind::Transfer:
        return "Créance douteuse " + entry.piece;
    case ProvisionEntryKind::Dotation:
        return "Dotation dépréciation " + entry.piece;
    case ProvisionEntryKind::Reversal:
        return "Reprise dépréciation " + entry.piece;
    case ProvisionEntryKind::WriteOff:
        return "Créance irrécouvrable " + entry.piece;
    }
    return entry.piece;
}

std::vector<io::FecLine> fecLines(const ProvisionJournal& journal)
{
    std::vector<io::FecLine> lines;
    for (const JournalEntry& entry : journal.entries)
        for (const receivables::JournalLine& l : entry.lines) {
            io::FecLine line;
            line.journalCode = "OD";
            line.journalLib = "Opérations diverses";
            line.ecritureNum = entry.number;
            line.ecritureDate = entry.date;
            line.compteNum = l.account;
            line.compteLib = accountLabel(l.account);
            line.compAuxNum = l.auxiliary;
            if (const auto it = journal.clientNames.find(l.auxiliary); !l.auxiliary.empty() && it != journal.clientNames.end())
                line.compAuxLib = it->second;
            line.pieceRef = entry.piece.empty() ? "-" : entry.piece;
            line.pieceDate = entry.date;
            line.ecritureLib = entryLabel(entry);
            line.debit = l.debit;
            line.credit = l.credit;
            line.validDate = entry.date;
            lines.push_back(std::move(line));
        }
    return lines;
}

int kindRank(ProvisionEntryKind kind)
{
    // A write-off's loss comes before the reversal of its provision (RULES.md 6.1).
    constexpr std::array<ProvisionEntryKind, 4> order{ProvisionEntryKind::Transfer, ProvisionEntryKind::Dotation,
                                                      ProvisionEntryKind::WriteOff, ProvisionEntryKind::Reversal};
    return static_cast<int>(std::find(order.begin(), order.end(), kind) - order.begin());
}

receivables::EntryRef refOf(Date date, qint64 entryId, const store::ReceivableParty& party)
{
    return {date, entryId, party.piece, party.clientAccount};
}

} // namespace

json toJson(const ProvisionRules& rules)
{
    json ages = json::array();
    for (const receivables::AgeRule& rule : rules.ageRules)
        ages.push_back({{"days", rule.daysPastDue}, {"rate", rateJson(rule.rate)}});
    return {{"age_rules", ages},
            {"liquidation_rate", rateJson(rules.liquidationRate)},
            {"proceedings_rate", rateJson(rules.proceedingsRate)},
            {"legal_action_rate", rateJson(rules.legalActionRate)},
            {"dispute_rate", rules.disputeRate ? rateJson(*rules.disputeRate) : json(nullptr)},
            {"default_vat_rate", rateJson(rules.defaultVatRate)}};
}

core::Result<ProvisionRules> provisionRulesFromJson(const json& j)
{
    if (!j.is_object())
        return Error(ErrorCode::InvalidFormat, {j.dump()});
    static const std::array<const char*, 6> known{"age_rules",         "liquidation_rate", "proceedings_rate",
                                                  "legal_action_rate", "dispute_rate",     "default_vat_rate"};
    for (const auto& [key, value] : j.items())
        if (std::find(known.begin(), known.end(), key) == known.end())
            return Error(ErrorCode::UnknownField, {key}).inField(key);
    ProvisionRules rules;
    if (j.contains("age_rules")) {
        auto ages = readAgeRules(j["age_rules"]);
        if (!ages)
            return ages.error();
        rules.ageRules = std::move(ages).value();
    }
    for (const auto& [key, rate] : {std::pair{"liquidation_rate", &rules.liquidationRate},
                                    std::pair{"proceedings_rate", &rules.proceedingsRate},
                                    std::pair{"legal_action_rate", &rules.legalActionRate},
                                    std::pair{"default_vat_rate", &rules.defaultVatRate}})
        if (auto status = readRate(j, key, *rate); !status)
            return status.error();
    if (j.contains("dispute_rate") && !j["dispute_rate"].is_null()) {
        Rate dispute;
        if (auto status = readRate(j, "dispute_rate", dispute); !status)
            return status.error();
        rules.disputeRate = dispute;
    }
    if (auto status = rules.validate(); !status)
        return status.error();
    return rules;
}

// -- rules ----------------------------------------------------------------------------

core::Result<ProvisionRules> ProvisionService::rules()
{
    return guardStore([&]() -> core::Result<ProvisionRules> {
        const auto text = store::SettingsRepository(m_ws.db()).value(kRulesKey);
        if (!text)
            return ProvisionRules{};
        const json j = json::parse(text->toStdString(), nullptr, false);
        auto rules = provisionRulesFromJson(j);
        if (!rules)
            return withKey(rules.error(), kRulesKey);
        return rules;
    });
}

core::Status ProvisionService::setRules(const ProvisionRules& rules)
{
    if (auto status = rules.validate(); !status)
        return withKey(status.error(), kRulesKey);
    return guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::SettingsRepository settings(m_ws.db());
        const auto before = settings.value(kRulesKey);
        const json after = toJson(rules);
        if (auto status = settings.setValue(kRulesKey, QString::fromStdString(after.dump()), m_ws.actor(),
                                            m_ws.clock().now());
            !status)
            return status;
        if (auto status = audit(m_ws, "settings.provisions", QStringLiteral("settings"), kRulesKey,
                                before ? json::parse(before->toStdString(), nullptr, false) : json(nullptr), after);
            !status)
            return status;
        return tx.commit();
    });
}

core::Status ProvisionService::setRulesText(const QString& text)
{
    const json j = json::parse(text.toStdString(), nullptr, false);
    if (j.is_discarded())
        return Error(ErrorCode::InvalidFormat, {text.toStdString()}).inField(kRulesKey.toStdString());
    auto rules = provisionRulesFromJson(j);
    if (!rules)
        return withKey(rules.error(), kRulesKey);
    return setRules(*rules);
}

// -- review and booking ---------------------------------------------------------------

core::Result<ProvisionReview> ProvisionService::review(Date asOf)
{
    auto rules = this->rules();
    if (!rules)
        return rules.error();
    return guardStore([&]() -> core::Result<ProvisionReview> { return reviewWith(*rules, asOf); });
}

ProvisionReview ProvisionService::reviewWith(const ProvisionRules& rules, Date asOf)
{
    store::ProvisionRepository repo(m_ws.db());
    const store::LegalCover legal = repo.legalCoverOn(asOf);
    const auto disputed = store::RecoveryRepository(m_ws.db()).disputedOn(std::nullopt, asOf);
    const auto overrides = repo.rateOverrides();
    const auto doubtful = repo.doubtfulOn(asOf);
    const auto stock = repo.stockOn(asOf);
    const auto find = [](const auto& map, qint64 key) {
        const auto it = map.find(key);
        return it == map.end() ? std::nullopt : std::optional(it->second);
    };

    ProvisionReview review;
    review.asOf = asOf;
    for (const store::ProvisionCandidate& c : repo.candidates(asOf)) {
        receivables::ProvisionItem item;
        item.entryId = c.entryId;
        item.companyId = c.party.companyId;
        item.dueDate = c.dueDate;
        item.open = c.open;
        item.invoiceNet = c.invoiceNet;
        item.invoiceVat = c.invoiceVat;
        item.disputed = std::min(find(disputed, c.entryId).value_or(Money()), c.open);
        item.proceedings = c.proceedings;
        item.legalAction = find(legal.entries, c.entryId);
        if (!item.legalAction)
            item.legalAction = find(legal.clients, c.party.companyId);
        item.overrideRate = find(overrides, c.entryId);
        item.classified = doubtful.count(c.entryId) > 0;
        item.booked = find(stock, c.entryId).value_or(Money());

        receivables::ProvisionProposal p = receivables::proposeProvision(item, rules, asOf);
        if (!p.doubtful && p.movement().isZero())
            continue;
        if (p.doubtful)
            review.doubtfulGross += p.open;
        review.provisionStock += p.target;
        (p.movement().isPositive() ? review.dotation : review.reversal) += p.movement().abs();
        review.rows.push_back({c.party, c.entryId, c.date, c.dueDate, c.amount, std::move(p)});
    }
    return review;
}

core::Result<ProvisionBookingReport> ProvisionService::book(Date asOf)
{
    if (asOf > m_ws.clock().today())
        return Error(ErrorCode::DateTooLate, {asOf.toIso(), m_ws.clock().today().toIso()}).inField("as_of");
    auto rules = this->rules();
    if (!rules)
        return rules.error();
    ProvisionBookingReport report;
    report.asOf = asOf;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::ProvisionRepository repo(m_ws.db());
        if (const auto last = repo.lastBookedOn(); last && *last > asOf)
            return Error(ErrorCode::DateTooEarly, {asOf.toIso(), last->toIso()}).inField("as_of");
        const ProvisionReview review = reviewWith(*rules, asOf);
        for (const ProvisionRow& row : review.rows) {
            const receivables::ProvisionProposal& p = row.proposal;
            if (p.transfer) {
                store::DoubtfulRecord r{row.entryId, row.party.companyId, asOf, p.cause->reason, p.cause->parameter,
                                        p.rate,      p.open,              {}};
                if (auto status = repo.addDoubtful(r, m_ws.stamp()); !status)
                    return status;
                ++report.classified;
            }
            const Money movement = p.movement();
            if (movement.isZero())
                continue;
            const auto kind = movement.isPositive() ? store::BookingKind::Dotation : store::BookingKind::Reversal;
            store::ProvisionBooking b{0, row.entryId, asOf, kind, p.base, p.rate, movement.abs(), std::nullopt, {}};
            if (auto id = repo.addBooking(b, m_ws.stamp()); !id)
                return id.error();
            ++(movement.isPositive() ? report.dotations : report.reversals);
            (movement.isPositive() ? report.dotation : report.reversal) += movement.abs();
        }
        if (auto status = audit(m_ws, "provisions.book", QStringLiteral("provisions"), QString::fromStdString(asOf.toIso()),
                                nullptr,
                                {{"classified", report.classified},
                                 {"dotation_cents", report.dotation.cents()},
                                 {"reversal_cents", report.reversal.cents()}});
            !status)
            return status;
        return tx.commit();
    });
    if (!outcome)
        return outcome.error();
    return report;
}

core::Status ProvisionService::setInvoiceRate(qint64 entryId, std::optional<Rate> rate)
{
    if (rate)
        if (auto status = receivables::checkProvisionRate(*rate); !status)
            return status.error().inField("rate");
    return guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        const auto entry = store::LedgerRepository(m_ws.db()).entry(entryId);
        if (!entry || !entry->isDebit())
            return Error(ErrorCode::NotFound, {std::to_string(entryId)}).inField("entry");
        if (auto status = store::ProvisionRepository(m_ws.db()).setRateOverride(entryId, rate, m_ws.stamp()); !status)
            return status;
        if (auto status = audit(m_ws, "provisions.rate", QStringLiteral("ledger_entry"), QString::number(entryId),
                                nullptr, {{"piece", entry->piece}, {"rate_bp", rate ? json(rate->basisPoints()) : json()}});
            !status)
            return status;
        return tx.commit();
    });
}

// -- write-off ------------------------------------------------------------------------

core::Result<qint64> ProvisionService::writeOff(qint64 entryId, Date on, const std::string& reason)
{
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        return Error(ErrorCode::ReasonRequired, {}).inField("reason");
    if (on > m_ws.clock().today())
        return Error(ErrorCode::DateTooLate, {on.toIso(), m_ws.clock().today().toIso()}).inField("date");
    auto rules = this->rules();
    if (!rules)
        return rules.error();
    std::optional<qint64> written;
    qint64 companyId = 0;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::LedgerRepository ledger(m_ws.db());
        store::ProvisionRepository repo(m_ws.db());
        const auto entry = ledger.entry(entryId);
        if (!entry || !entry->isDebit())
            return Error(ErrorCode::NotFound, {std::to_string(entryId)}).inField("entry");
        if (repo.writeOffOf(entryId))
            return Error(ErrorCode::AlreadyExists, {entry->piece}).inField("entry");
        const auto lastBooked = repo.lastBookedOn(entryId);
        if (on < entry->date || (lastBooked && *lastBooked > on))
            return Error(ErrorCode::DateTooEarly, {on.toIso(), std::max(entry->date, lastBooked.value_or(entry->date)).toIso()})
                .inField("date");
        const auto c = repo.candidate(entryId, on);
        if (!c || !c->open.isPositive())
            return Error(ErrorCode::InvalidTransition, {entry->piece, "write_off"}).inField("entry");
        companyId = c->party.companyId;

        receivables::ProvisionItem item;
        item.open = c->open;
        item.invoiceNet = c->invoiceNet;
        item.invoiceVat = c->invoiceVat;
        const receivables::VatSplit split = receivables::splitOpen(item, rules->defaultVatRate);

        // The adjustment settles the invoice in the ledger, so it leaves the aged
        // balance and the dunning like a paid one.
        receivables::LedgerEntry adjustment;
        adjustment.kind = receivables::EntryKind::Adjustment;
        adjustment.journal = "OD";
        adjustment.date = on;
        adjustment.piece = entry->piece;
        adjustment.label = "Créance irrécouvrable " + entry->piece;
        adjustment.credit = c->open;
        auto adjustmentId = ledger.addEntry(companyId, adjustment, {}, m_ws.stamp());
        if (!adjustmentId)
            return adjustmentId.error();
        if (auto status = ledger.addAllocation({entryId, *adjustmentId, c->open, on}, m_ws.stamp()); !status)
            return status;

        store::WriteOffRecord r;
        r.entryId = entryId;
        r.companyId = companyId;
        r.on = on;
        r.net = split.net;
        r.vat = split.vat;
        r.gross = c->open;
        r.fromDoubtful = repo.doubtfulOn(on).count(entryId) > 0;
        r.reason = reason;
        r.adjustmentEntryId = *adjustmentId;
        auto id = repo.addWriteOff(r, m_ws.stamp());
        if (!id)
            return id.error();
        const auto stock = repo.stockOn(on);
        if (const auto it = stock.find(entryId); it != stock.end() && it->second.isPositive()) {
            store::ProvisionBooking b{0, entryId, on, store::BookingKind::Reversal, split.net, Rate(), it->second, *id, {}};
            if (auto booked = repo.addBooking(b, m_ws.stamp()); !booked)
                return booked.error();
        }
        if (auto status = audit(m_ws, "provisions.write_off", QStringLiteral("ledger_entry"), QString::number(entryId),
                                nullptr,
                                {{"piece", entry->piece},
                                 {"net_cents", split.net.cents()},
                                 {"vat_cents", split.vat.cents()},
                                 {"reason", reason}});
            !status)
            return status;
        written = *id;
        return tx.commit();
    });
    if (!outcome)
        return outcome.error();
    emit m_ws.notifier().salesChanged(companyId);
    return *written;
}

// -- journal --------------------------------------------------------------------------

core::Result<ProvisionJournal> ProvisionService::journal(Date from, Date to)
{
    if (to < from)
        return Error(ErrorCode::DateTooEarly, {to.toIso(), from.toIso()}).inField("to");
    return guardStore([&]() -> core::Result<ProvisionJournal> {
        store::ProvisionRepository repo(m_ws.db());
        ProvisionJournal journal{from, to, {}, {}};
        const auto add = [&](JournalEntry entry, std::string number, const store::ReceivableParty& party) {
            entry.number = std::move(number);
            journal.clientNames[party.clientAccount] = party.name;
            journal.entries.push_back(std::move(entry));
        };
        for (const store::DoubtfulRecord& r : repo.doubtfulBetween(from, to))
            add(receivables::transferEntry(refOf(r.since, r.entryId, r.party), r.gross), "DOU" + std::to_string(r.entryId),
                r.party);
        for (const store::ProvisionBooking& b : repo.bookingsBetween(from, to)) {
            const auto ref = refOf(b.bookedOn, b.entryId, b.party);
            add(b.kind == store::BookingKind::Dotation ? receivables::dotationEntry(ref, b.amount)
                                                        : receivables::reversalEntry(ref, b.amount),
                "PRV" + std::to_string(b.id), b.party);
        }
        for (const store::WriteOffRecord& w : repo.writeOffsBetween(from, to))
            add(receivables::writeOffEntry(refOf(w.on, w.entryId, w.party), {w.net, w.vat}, w.fromDoubtful),
                "PER" + std::to_string(w.id), w.party);
        std::stable_sort(journal.entries.begin(), journal.entries.end(), [](const JournalEntry& a, const JournalEntry& b) {
            return std::tuple(a.date, kindRank(a.kind), a.entryId) < std::tuple(b.date, kindRank(b.kind), b.entryId);
        });
        return journal;
    });
}

core::Result<FecExportReport> ProvisionService::exportFec(Date from, Date to, const QString& path)
{
    auto journal = this->journal(from, to);
    if (!journal)
        return journal.error();
    const std::vector<io::FecLine> lines = fecLines(*journal);
    const std::string text = io::writeFec(lines);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())
        || !file.commit())
        return Error(ErrorCode::IoError, {path.toStdString(), file.errorString().toStdString()});
    return FecExportReport{from, to, static_cast<int>(journal->entries.size()), static_cast<int>(lines.size()), 0};
}

} // namespace pc::app
