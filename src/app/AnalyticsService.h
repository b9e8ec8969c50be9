#pragma once

#include "core/Date.h"
#include "core/Rate.h"
#include "receivables/CashForecast.h"
#include "receivables/ClientRanking.h"
#include "receivables/CreditCost.h"
#include "receivables/PaymentHabits.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::app {

class Workspace;

// The cost rates of stage 9, from the shared settings: "finance.rate_bp" (450),
// "finance.margin_bp" (2500), "collection.cost_cents.<channel>" (email 50, letter 300,
// call 1500, registered_letter 800, handover 5000), "risk.loss_bp.<class>" (A 20, B 50,
// C 150, D 500, E 1500, unrated 300). A value missing or not a whole number keeps its default.
struct AnalyticsSettings {
    receivables::CostRates rates = defaults();

    static receivables::CostRates defaults();
    static AnalyticsSettings load(Workspace& workspace);
    static QStringList keys();
};

struct ClientHabit {
    qint64 companyId = 0;
    std::string siren;
    std::string name;
    receivables::PaymentHabit habit;
};

struct HabitsView {
    core::Date asOf;
    std::vector<ClientHabit> clients; // with a history, by SIREN
    receivables::PaymentHabit portfolio;
};

struct ClientProfitability {
    qint64 companyId = 0;
    std::string siren;
    std::string name;
    std::string riskClass;
    receivables::ClientCost cost;
};

struct ProfitabilityView {
    core::Date from;
    core::Date to;
    int days = 0;
    std::vector<ClientProfitability> clients; // with sales, outstanding or actions, by SIREN
    receivables::ClientCost total;
};

enum class AbcBasis { Outstanding, Sales };
std::string_view toCode(AbcBasis basis); // "outstanding", "sales"
std::optional<AbcBasis> abcBasisFromCode(std::string_view code);

struct AbcClient {
    std::string name;
    receivables::AbcRow row;
};

// Grouping of the late payers' profile.
enum class ProfileDimension { Segment, NafSection, Region, Size, SalesRep };
// "segment", "naf", "region", "size", "sales_rep".
std::string_view toCode(ProfileDimension dimension);
std::optional<ProfileDimension> profileDimensionFromCode(std::string_view code);

// Stage 9 analyses over the whole portfolio, as of a day given by the caller.
class AnalyticsService {
public:
    explicit AnalyticsService(Workspace& workspace) : m_ws(workspace) {}

    HabitsView habits(core::Date asOf);
    // Open debits on `asOf`, expected from each client's habit.
    receivables::CashForecast forecast(core::Date asOf, receivables::Granularity granularity, int horizon);
    ProfitabilityView profitability(core::Date from, core::Date to, const AnalyticsSettings& settings);
    // On the outstanding of `asOf`, or on the sales of the twelve months ending on it.
    std::vector<AbcClient> abc(core::Date asOf, AbcBasis basis);
    // Clients with something outstanding or a history of payments, grouped; a client
    // without the attribute falls in the group "".
    std::vector<receivables::ProfileRow> latePayerProfile(core::Date asOf, ProfileDimension dimension);

private:
    receivables::HabitsReport habitsReport(core::Date asOf);
    core::Rate defaultVat();
    Workspace& m_ws;
};

} // namespace pc::app
