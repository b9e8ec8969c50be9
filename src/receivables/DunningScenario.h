#pragma once

#include "core/Money.h"
#include "core/Result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::receivables {

// A graduated dunning scenario (scénario de relance): steps placed relative to the due
// date of the client's items, each through a channel, in a tone, from a template.

enum class DunningChannel { Email, Letter, Call, RegisteredLetter, Handover };
// "email", "letter", "call", "registered_letter", "handover".
std::string_view toCode(DunningChannel channel);
std::optional<DunningChannel> dunningChannelFromCode(std::string_view code);
// Letters travel by post: they leave `mailTransitDays` before the day they should arrive.
bool isMail(DunningChannel channel);
// A document is written for it (everything but a call and a hand-over).
bool producesDocument(DunningChannel channel);

enum class DunningTone { Courteous, Reminder, Firm, Formal, Final };
// "courteous", "reminder", "firm", "formal", "final".
std::string_view toCode(DunningTone tone);
std::optional<DunningTone> dunningToneFromCode(std::string_view code);

struct DunningStep {
    std::string code;     // stable, unique in the scenario: "courtesy", "reminder_1", "formal_notice"…
    int offsetDays = 0;   // from the due date: -5 = five days before, 15 = fifteen days after
    DunningChannel channel = DunningChannel::Email;
    DunningTone tone = DunningTone::Reminder;
    std::string templateCode; // the document template ("reminder", "statement", "formal_notice", "final_notice"); empty for calls and hand-overs
    core::Money minimumAmount; // the client's undisputed amount due must reach it
    bool copySalesRep = false;
    // The document goes out in the batch without a person confirming it.
    bool automatic = false;
};

struct DunningScenario {
    std::string code; // "standard", "strategic"…
    std::string name;
    std::vector<DunningStep> steps; // by offset, ascending
    int mailTransitDays = 2;
    int promiseGraceDays = 3;
};

// The scenario of the issue: courtesy e-mail at -5, reminders at +5 and +15, a call at
// +25, a formal notice by registered letter at +35, hand-over at +50.
DunningScenario standardScenario();

// Errors: Empty (no code or no step), DuplicateKey (a step code twice; args {code}),
// InvalidFormat (steps not in ascending offset; args {code}), MissingField (a document
// step without template; args {code}).
core::Status validate(const DunningScenario& scenario);

} // namespace pc::receivables
