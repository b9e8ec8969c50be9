// The account-opening checklist and the account status changes it guards.

#include "core/AccountLifecycle.h"
#include "core/OpeningChecklist.h"
#include "support/TestPrinters.h"

#include <functional>
#include <set>
#include <string>
#include <vector>

using namespace pc::core;

namespace {

Date day(const std::string& iso)
{
    const auto d = Date::parseIso(iso);
    REQUIRE(d.ok());
    return *d;
}

const Date kToday = Date::fromDaysSinceEpoch(20780); // 2026-11-23

// A client file with everything the checklist asks for, as of kToday.
ClientFile completeFile()
{
    ClientFile f;
    f.company.siren = *Siren::parse("732829320");
    f.company.name = "Martin & Fils";
    f.company.status = CompanyStatus::Active;
    f.company.proceedings = Proceedings::None;
    f.company.address = {"12 rue de la Paix", "", "75002", "Paris", "FR"};
    f.account.number = "411000001";
    f.account.iban = *Iban::parse("FR7630006000011234567890189");
    f.account.bic = *Bic::parse("AGRIFRPP882");
    f.account.kbisDate = kToday.addDays(-10);
    f.account.termsSignedDate = kToday.addDays(-5);
    f.account.billingAddress = f.company.address;
    f.account.paymentMethod = PaymentMethod::Transfer;
    f.contacts.push_back({ContactRole::AccountsPayable, "Jeanne Martin", "+33123456789", "compta@martin.fr"});
    return f;
}

const std::vector<ChecklistItem> kAllItems{
    ChecklistItem::CompanyIdentified, ChecklistItem::KbisRecent,
    ChecklistItem::BankDetails,       ChecklistItem::VatNumber,
    ChecklistItem::BillingAddress,    ChecklistItem::AccountsPayableContact,
    ChecklistItem::TermsOfSaleSigned, ChecklistItem::PaymentMethodChosen,
};

struct Gap {
    ChecklistItem item;
    std::string reason;
};

std::vector<Gap> gapsOf(const OpeningChecklist& checklist)
{
    std::vector<Gap> out;
    for (const ChecklistLine& line : checklist.missing())
        out.push_back({line.item, line.reason});
    return out;
}

std::string describe(const std::vector<Gap>& gaps)
{
    std::string out;
    for (const Gap& g : gaps)
        out += std::string(toCode(g.item)) + ":" + g.reason + " ";
    return out;
}

} // namespace

TEST_CASE("Checklist: a complete file passes", "[core][checklist]")
{
    const OpeningChecklist checklist = OpeningChecklist::evaluate(completeFile(), kToday);
    CHECK(checklist.isComplete());
    CHECK(checklist.missing().empty());
    REQUIRE(checklist.lines().size() == kAllItems.size());
    for (std::size_t i = 0; i < kAllItems.size(); ++i) {
        INFO(toCode(kAllItems[i]));
        CHECK(checklist.lines()[i].item == kAllItems[i]);
        CHECK(checklist.lines()[i].satisfied);
        CHECK(checklist.lines()[i].reason.empty());
        CHECK(checklist.lines()[i].args.empty());
    }
}

TEST_CASE("Checklist: each item fails alone with its reason", "[core][checklist]")
{
    struct Case {
        std::string name;
        std::function<void(ClientFile&)> change;
        std::vector<Gap> expected;
    };
    const std::vector<Case> cases{
        // Without a SIREN there is no VAT number either: they go together.
        {"no SIREN", [](ClientFile& f) { f.company.siren.reset(); },
         {{ChecklistItem::CompanyIdentified, "missing"}, {ChecklistItem::VatNumber, "missing"}}},
        {"ceased", [](ClientFile& f) { f.company.status = CompanyStatus::Ceased; },
         {{ChecklistItem::CompanyIdentified, "ceased"}}},
        {"liquidation", [](ClientFile& f) { f.company.proceedings = Proceedings::Liquidation; },
         {{ChecklistItem::CompanyIdentified, "liquidation"}}},
        {"no Kbis", [](ClientFile& f) { f.account.kbisDate.reset(); }, {{ChecklistItem::KbisRecent, "missing"}}},
        {"Kbis one day too old", [](ClientFile& f) { f.account.kbisDate = kToday.addDays(-91); },
         {{ChecklistItem::KbisRecent, "too_old"}}},
        {"Kbis in the future", [](ClientFile& f) { f.account.kbisDate = kToday.addDays(1); },
         {{ChecklistItem::KbisRecent, "in_future"}}},
        {"no bank details", [](ClientFile& f) { f.account.iban.reset(); f.account.bic.reset(); },
         {{ChecklistItem::BankDetails, "missing"}}},
        {"no IBAN", [](ClientFile& f) { f.account.iban.reset(); }, {{ChecklistItem::BankDetails, "no_iban"}}},
        {"no BIC", [](ClientFile& f) { f.account.bic.reset(); }, {{ChecklistItem::BankDetails, "no_bic"}}},
        {"no billing street", [](ClientFile& f) { f.account.billingAddress.line1.clear(); },
         {{ChecklistItem::BillingAddress, "missing"}}},
        {"no billing postal code", [](ClientFile& f) { f.account.billingAddress.postalCode.clear(); },
         {{ChecklistItem::BillingAddress, "missing"}}},
        {"no billing city", [](ClientFile& f) { f.account.billingAddress.city.clear(); },
         {{ChecklistItem::BillingAddress, "missing"}}},
        {"no contact", [](ClientFile& f) { f.contacts.clear(); },
         {{ChecklistItem::AccountsPayableContact, "missing"}}},
        {"only a purchasing contact", [](ClientFile& f) { f.contacts[0].role = ContactRole::Purchasing; },
         {{ChecklistItem::AccountsPayableContact, "missing"}}},
        {"contact without name", [](ClientFile& f) { f.contacts[0].name.clear(); },
         {{ChecklistItem::AccountsPayableContact, "no_name"}}},
        {"contact without phone", [](ClientFile& f) { f.contacts[0].phone.clear(); },
         {{ChecklistItem::AccountsPayableContact, "no_phone"}}},
        {"contact without e-mail", [](ClientFile& f) { f.contacts[0].email.clear(); },
         {{ChecklistItem::AccountsPayableContact, "no_email"}}},
        {"terms not signed", [](ClientFile& f) { f.account.termsSignedDate.reset(); },
         {{ChecklistItem::TermsOfSaleSigned, "missing"}}},
        {"terms signed tomorrow", [](ClientFile& f) { f.account.termsSignedDate = kToday.addDays(1); },
         {{ChecklistItem::TermsOfSaleSigned, "in_future"}}},
        {"no payment method", [](ClientFile& f) { f.account.paymentMethod.reset(); },
         {{ChecklistItem::PaymentMethodChosen, "missing"}}},
    };
    std::set<std::string> reasonsSeen;
    std::set<ChecklistItem> itemsSeen;
    for (const Case& c : cases) {
        INFO(c.name);
        ClientFile file = completeFile();
        c.change(file);
        const OpeningChecklist checklist = OpeningChecklist::evaluate(file, kToday);
        CHECK_FALSE(checklist.isComplete());
        const std::vector<Gap> gaps = gapsOf(checklist);
        INFO(describe(gaps));
        REQUIRE(gaps.size() == c.expected.size());
        for (std::size_t i = 0; i < gaps.size(); ++i) {
            CHECK(gaps[i].item == c.expected[i].item);
            CHECK(gaps[i].reason == c.expected[i].reason);
            reasonsSeen.insert(gaps[i].reason);
            itemsSeen.insert(gaps[i].item);
        }
        // The other lines stay satisfied and every line is still there.
        CHECK(checklist.lines().size() == kAllItems.size());
    }
    CHECK(reasonsSeen
          == std::set<std::string>{"missing", "too_old", "in_future", "ceased", "liquidation", "no_iban", "no_bic",
                                   "no_name", "no_phone", "no_email"});
    CHECK(itemsSeen.size() == kAllItems.size());
}

TEST_CASE("Checklist: other proceedings do not stop the opening", "[core][checklist]")
{
    const Proceedings proceedings = GENERATE(Proceedings::None, Proceedings::Safeguard, Proceedings::Receivership);
    ClientFile file = completeFile();
    file.company.proceedings = proceedings;
    CHECK(OpeningChecklist::evaluate(file, kToday).isComplete());
}

TEST_CASE("Checklist: Kbis age limit is inclusive", "[core][checklist][kbis]")
{
    ClientFile file = completeFile();
    const OpeningPolicy policy; // 90 days
    REQUIRE(policy.kbisMaxAgeDays == 90);

    file.account.kbisDate = kToday.addDays(-policy.kbisMaxAgeDays);
    CHECK(OpeningChecklist::evaluate(file, kToday, policy).isComplete());

    file.account.kbisDate = kToday;
    CHECK(OpeningChecklist::evaluate(file, kToday, policy).isComplete());

    file.account.kbisDate = kToday.addDays(-(policy.kbisMaxAgeDays + 1));
    const auto old = OpeningChecklist::evaluate(file, kToday, policy);
    REQUIRE(old.missing().size() == 1);
    const ChecklistLine line = old.missing().front();
    CHECK(line.item == ChecklistItem::KbisRecent);
    CHECK(line.reason == "too_old");
    CHECK(line.args == std::vector<std::string>{"2026-08-24", "91", "90"});

    file.account.kbisDate = kToday.addDays(1);
    const auto future = OpeningChecklist::evaluate(file, kToday, policy);
    REQUIRE(future.missing().size() == 1);
    CHECK(future.missing().front().reason == "in_future");
    CHECK(future.missing().front().args == std::vector<std::string>{"2026-11-24"});

    SECTION("a stricter policy")
    {
        OpeningPolicy strict;
        strict.kbisMaxAgeDays = 30;
        file.account.kbisDate = kToday.addDays(-30);
        CHECK(OpeningChecklist::evaluate(file, kToday, strict).isComplete());
        file.account.kbisDate = kToday.addDays(-31);
        const auto refused = OpeningChecklist::evaluate(file, kToday, strict);
        REQUIRE(refused.missing().size() == 1);
        CHECK(refused.missing().front().args == std::vector<std::string>{"2026-10-23", "31", "30"});
    }
}

TEST_CASE("Checklist: contact reasons carry the contact's name", "[core][checklist]")
{
    ClientFile file = completeFile();
    file.contacts[0].phone.clear();
    auto checklist = OpeningChecklist::evaluate(file, kToday);
    REQUIRE(checklist.missing().size() == 1);
    CHECK(checklist.missing().front().args == std::vector<std::string>{"Jeanne Martin"});

    // The first accounts-payable contact is the one checked, even if a later one is complete.
    file = completeFile();
    file.contacts.insert(file.contacts.begin(), Contact{ContactRole::AccountsPayable, "Paul", "+33612345678", ""});
    checklist = OpeningChecklist::evaluate(file, kToday);
    REQUIRE(checklist.missing().size() == 1);
    CHECK(checklist.missing().front().reason == "no_email");
    CHECK(checklist.missing().front().args == std::vector<std::string>{"Paul"});

    // Other roles before it do not matter.
    file = completeFile();
    file.contacts.insert(file.contacts.begin(), Contact{ContactRole::Sales, "", "", ""});
    CHECK(OpeningChecklist::evaluate(file, kToday).isComplete());
}

TEST_CASE("Checklist: several gaps are listed in item order", "[core][checklist]")
{
    ClientFile file;
    const auto checklist = OpeningChecklist::evaluate(file, kToday);
    CHECK_FALSE(checklist.isComplete());
    const auto gaps = gapsOf(checklist);
    REQUIRE(gaps.size() == kAllItems.size());
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        CHECK(gaps[i].item == kAllItems[i]);
        CHECK(gaps[i].reason == "missing");
    }
}

TEST_CASE("Checklist: replayed as of different dates", "[core][checklist]")
{
    ClientFile file = completeFile();
    file.account.kbisDate = day("2026-09-01");
    file.account.termsSignedDate = day("2026-09-15");

    const auto [asOf, expected] = GENERATE(table<std::string, std::string>({
        {"2026-09-15", ""},
        {"2026-11-30", ""}, // Kbis 90 days old
        {"2026-12-01", "kbis_recent:too_old "},
        {"2027-06-01", "kbis_recent:too_old "},
        {"2026-09-14", "terms_of_sale_signed:in_future "},
        {"2026-08-31", "kbis_recent:in_future terms_of_sale_signed:in_future "},
    }));
    INFO("as of " << asOf);
    const auto checklist = OpeningChecklist::evaluate(file, day(asOf));
    CHECK(describe(gapsOf(checklist)) == expected);
    CHECK(checklist.isComplete() == expected.empty());
}

TEST_CASE("Checklist item codes", "[core][checklist]")
{
    CHECK(toCode(ChecklistItem::CompanyIdentified) == "company_identified");
    CHECK(toCode(ChecklistItem::KbisRecent) == "kbis_recent");
    CHECK(toCode(ChecklistItem::BankDetails) == "bank_details");
    CHECK(toCode(ChecklistItem::VatNumber) == "vat_number");
    CHECK(toCode(ChecklistItem::BillingAddress) == "billing_address");
    CHECK(toCode(ChecklistItem::AccountsPayableContact) == "accounts_payable_contact");
    CHECK(toCode(ChecklistItem::TermsOfSaleSigned) == "terms_of_sale_signed");
    CHECK(toCode(ChecklistItem::PaymentMethodChosen) == "payment_method");
}

// ---------------------------------------------------------------------------------
// Account lifecycle

TEST_CASE("Account status changes: the full transition table", "[core][lifecycle]")
{
    using S = AccountStatus;
    const OpeningChecklist complete = OpeningChecklist::evaluate(completeFile(), kToday);
    REQUIRE(complete.isComplete());

    // allowed[from][to], in the order prospect, pending, active, blocked, closed.
    // prospect -> active is allowed (with a complete checklist): ClientService::open
    // activates a complete prospect in one step.
    const std::vector<S> statuses{S::Prospect, S::Pending, S::Active, S::Blocked, S::Closed};
    const bool allowed[5][5] = {
        /* prospect */ {false, true, true, false, true},
        /* pending  */ {false, false, true, false, true},
        /* active   */ {false, false, false, true, true},
        /* blocked  */ {false, false, true, false, true},
        /* closed   */ {false, true, false, false, false},
    };
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        for (std::size_t j = 0; j < statuses.size(); ++j) {
            const S from = statuses[i];
            const S to = statuses[j];
            INFO(toCode(from) << " -> " << toCode(to));
            const Status status = checkStatusChange(from, to, complete);
            CHECK(status.ok() == allowed[i][j]);
            if (!status.ok()) {
                CHECK(status.error().code == ErrorCode::InvalidTransition);
                CHECK(status.error().args == std::vector<std::string>{std::string(toCode(from)),
                                                                      std::string(toCode(to))});
            }
        }
    }
}

TEST_CASE("Account status changes: activation needs a complete checklist", "[core][lifecycle]")
{
    using S = AccountStatus;
    ClientFile file = completeFile();
    file.account.bic.reset();
    file.account.paymentMethod.reset();
    const OpeningChecklist incomplete = OpeningChecklist::evaluate(file, kToday);
    REQUIRE_FALSE(incomplete.isComplete());

    for (const S from : {S::Prospect, S::Pending, S::Blocked}) {
        INFO(toCode(from) << " -> active");
        const Status status = checkStatusChange(from, S::Active, incomplete);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::ChecklistIncomplete);
        CHECK(status.error().arg(0) == "2");
    }
    // A transition the table refuses stays InvalidTransition.
    CHECK(checkStatusChange(S::Closed, S::Active, incomplete).error().code == ErrorCode::InvalidTransition);
    CHECK(checkStatusChange(S::Active, S::Active, incomplete).error().code == ErrorCode::InvalidTransition);
    // The other changes do not look at the checklist.
    CHECK(checkStatusChange(S::Prospect, S::Pending, incomplete).ok());
    CHECK(checkStatusChange(S::Active, S::Blocked, incomplete).ok());
    CHECK(checkStatusChange(S::Blocked, S::Closed, incomplete).ok());
    CHECK(checkStatusChange(S::Closed, S::Pending, incomplete).ok());
    CHECK(checkStatusChange(S::Pending, S::Closed, incomplete).ok());
}
