#include "app/RecoveryLetterBuilder.h"

#include "app/ClientService.h"
#include "app/PenaltyService.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "store/RecoveryRepository.h"

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Money;

namespace {

std::vector<std::string> addressLines(const core::Address& a)
{
    std::vector<std::string> lines;
    for (const std::string& line : {a.line1, a.line2})
        if (!line.empty())
            lines.push_back(line);
    if (!a.postalCode.empty() || !a.city.empty())
        lines.push_back(a.postalCode + " " + a.city);
    if (!a.country.empty() && a.country != "FR")
        lines.push_back(a.country);
    return lines;
}

LetterParty creditorOf(const core::SellerIdentity& s)
{
    LetterParty p;
    p.name = s.name;
    p.siren = s.siren ? s.siren->str() : std::string();
    p.legalForm = s.legalForm;
    p.addressLines = addressLines(s.address);
    return p;
}

LetterParty debtorOf(const core::ClientFile& file)
{
    LetterParty p;
    p.name = file.company.name;
    p.siren = file.company.siren ? file.company.siren->str() : std::string();
    p.legalForm = file.company.legalForm;
    p.addressLines = addressLines(file.account.billingAddress.isEmpty() ? file.company.address
                                                                          : file.account.billingAddress);
    if (const core::Contact* contact = file.accountsPayableContact()) {
        p.contact = contact->name;
        p.email = contact->email;
    } else {
        for (const core::Contact& c : file.contacts)
            if (!c.email.empty()) {
                p.email = c.email;
                break;
            }
    }
    return p;
}

} // namespace

core::Result<RecoveryLetter> RecoveryLetterBuilder::build(qint64 companyId, const std::string& templateCode,
                                                          core::Date asOf, const std::string& reference,
                                                          const std::optional<std::set<qint64>>& only)
{
    const auto file = ClientService(m_ws).byId(companyId);
    if (!file)
        return Error(ErrorCode::NotFound, {std::to_string(companyId)}).inField("client");
    SharedSettings settings(m_ws);
    const core::SellerIdentity seller = settings.seller();
    // A letter claiming money must say who claims it.
    if (auto missing = core::missingSellerMention(seller))
        return Error(ErrorCode::MissingField, {*missing}).inField(*missing);
    const RecoveryPolicy policy = settings.recoveryPolicy();

    RecoveryLetter letter;
    letter.templateCode = templateCode;
    letter.language = policy.language;
    letter.date = asOf;
    letter.creditor = creditorOf(seller);
    letter.debtor = debtorOf(*file);
    // A letter written outside an action is referred to by the client's account.
    letter.reference = !reference.empty() ? reference
                       : !file->account.number.empty() ? file->account.number
                                                        : letter.debtor.siren;
    letter.salesRep = file->account.salesRep;
    letter.payWithinDays = policy.payWithinDays;
    letter.payBy = asOf.addDays(policy.payWithinDays);
    letter.creditorIban = seller.iban ? seller.iban->str() : std::string();
    letter.creditorBic = seller.bic ? seller.bic->str() : std::string();

    PenaltyService penalties(m_ws);
    const auto disputed = store::RecoveryRepository(m_ws.db()).disputedOn(companyId, asOf);
    std::vector<store::DunnedEntry> entries;
    for (store::DunnedEntry& e : penalties.owedEntries(companyId, asOf, disputed))
        if (!only || only->count(e.entryId) || e.dueDate >= asOf)
            entries.push_back(std::move(e));
    auto late = penalties.rowsOf(entries, disputed, asOf);
    if (!late)
        return late.error();
    std::map<qint64, const InvoicePenaltyRow*> penaltyOf;
    for (const InvoicePenaltyRow& row : *late)
        penaltyOf[row.entryId] = &row;

    for (const store::DunnedEntry& e : entries) {
        LetterItem item{e.piece, e.date, e.dueDate, e.amount, e.open, {}, 0, {}, {}, {}};
        if (const auto it = disputed.find(e.entryId); it != disputed.end())
            item.disputed = std::min(it->second, e.open);
        if (const auto it = penaltyOf.find(e.entryId); it != penaltyOf.end()) {
            item.daysLate = it->second->penalty.daysLate;
            item.rate = it->second->penalty.rate;
            item.penalty = it->second->penalty.penalty;
            item.indemnity = it->second->penalty.indemnity;
        }
        letter.totalDisputed += item.disputed;
        if (e.dueDate < asOf) {
            letter.totalOverdue += item.open - item.disputed;
            letter.totalPenalties += item.penalty;
            letter.totalIndemnities += item.indemnity;
            letter.overdue.push_back(std::move(item));
        } else {
            letter.totalNotDue += item.open - item.disputed;
            letter.notDue.push_back(std::move(item));
        }
    }
    const auto byDue = [](const LetterItem& a, const LetterItem& b) { return a.dueDate < b.dueDate; };
    std::stable_sort(letter.overdue.begin(), letter.overdue.end(), byDue);
    std::stable_sort(letter.notDue.begin(), letter.notDue.end(), byDue);
    letter.totalClaimed = letter.totalOverdue + letter.totalPenalties + letter.totalIndemnities;
    return letter;
}

} // namespace pc::app
