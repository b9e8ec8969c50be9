#include "receivables/DunningScenario.h"

#include <array>
#include <set>
#include <utility>

namespace pc::receivables {
namespace {

constexpr std::array<std::pair<DunningChannel, std::string_view>, 5> kChannelCodes{{
    {DunningChannel::Email, "email"},
    {DunningChannel::Letter, "letter"},
    {DunningChannel::Call, "call"},
    {DunningChannel::RegisteredLetter, "registered_letter"},
    {DunningChannel::Handover, "handover"},
}};

constexpr std::array<std::pair<DunningTone, std::string_view>, 5> kToneCodes{{
    {DunningTone::Courteous, "courteous"},
    {DunningTone::Reminder, "reminder"},
    {DunningTone::Firm, "firm"},
    {DunningTone::Formal, "formal"},
    {DunningTone::Final, "final"},
}};

template <class Enum, std::size_t N>
std::string_view codeOf(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
    for (const auto& [candidate, code] : table)
        if (candidate == value)
            return code;
    return table.front().second;
}

template <class Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view code)
{
    for (const auto& [value, text] : table)
        if (text == code)
            return value;
    return std::nullopt;
}

DunningStep step(std::string code, int offsetDays, DunningChannel channel, DunningTone tone, std::string templateCode)
{
    DunningStep s;
    s.code = std::move(code);
    s.offsetDays = offsetDays;
    s.channel = channel;
    s.tone = tone;
    s.templateCode = std::move(templateCode);
    return s;
}

} // namespace

std::string_view toCode(DunningChannel channel)
{
    return codeOf(kChannelCodes, channel);
}

std::optional<DunningChannel> dunningChannelFromCode(std::string_view code)
{
    return valueOf(kChannelCodes, code);
}

bool isMail(DunningChannel channel)
{
    return channel == DunningChannel::Letter || channel == DunningChannel::RegisteredLetter;
}

bool producesDocument(DunningChannel channel)
{
    return channel != DunningChannel::Call && channel != DunningChannel::Handover;
}

std::string_view toCode(DunningTone tone)
{
    return codeOf(kToneCodes, tone);
}

std::optional<DunningTone> dunningToneFromCode(std::string_view code)
{
    return valueOf(kToneCodes, code);
}

DunningScenario standardScenario()
{
    using enum DunningChannel;
    using enum DunningTone;
    DunningScenario scenario;
    scenario.code = "standard";
    scenario.name = "Standard";
    scenario.mailTransitDays = 2;
    scenario.promiseGraceDays = 3;

    DunningStep courtesy = step("courtesy", -5, Email, Courteous, "reminder");
    courtesy.automatic = true;
    DunningStep reminder1 = step("reminder_1", 5, Email, Reminder, "reminder");
    reminder1.automatic = true;
    DunningStep reminder2 = step("reminder_2", 15, Letter, Firm, "statement");
    reminder2.copySalesRep = true;
    // A registered letter costs more than a small debt is worth chasing that way.
    DunningStep formalNotice = step("formal_notice", 35, RegisteredLetter, Formal, "formal_notice");
    formalNotice.minimumAmount = core::Money::fromEuros(150);
    DunningStep handover = step("handover", 50, Handover, Final, "final_notice");
    handover.copySalesRep = true;

    scenario.steps = {courtesy, reminder1, reminder2, step("call", 25, Call, Firm, ""), formalNotice, handover};
    return scenario;
}

core::Status validate(const DunningScenario& scenario)
{
    if (scenario.code.empty() || scenario.steps.empty())
        return core::Error(core::ErrorCode::Empty);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < scenario.steps.size(); ++i) {
        const DunningStep& s = scenario.steps[i];
        if (s.code.empty())
            return core::Error(core::ErrorCode::Empty);
        if (!seen.insert(s.code).second)
            return core::Error(core::ErrorCode::DuplicateKey, {s.code});
        // Strictly: of two steps on one day only the higher is ever sent (the engine
        // fires the highest step reached), so the lower would be dead.
        if (i > 0 && s.offsetDays <= scenario.steps[i - 1].offsetDays)
            return core::Error(core::ErrorCode::InvalidFormat, {s.code});
        if (producesDocument(s.channel) && s.templateCode.empty())
            return core::Error(core::ErrorCode::MissingField, {s.code});
    }
    return {};
}

} // namespace pc::receivables
