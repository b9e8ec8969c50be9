#pragma once

#include "app/AlertService.h"
#include "app/KpiService.h"
#include "core/Date.h"
#include "core/Money.h"
#include "receivables/AgedBalance.h"
#include "receivables/CashForecast.h"

#include <QString>
#include <QtGlobal>

#include <array>
#include <atomic>
#include <vector>

namespace pc::app {

class Workspace;

struct TopExposure {
    qint64 companyId = 0;
    QString siren;
    QString name;
    core::Money exposure;
    core::Money overdue;
    std::optional<core::Money> limit;
};

struct AbcSummary {
    std::array<int, 3> clients{};             // A, B, C
    std::array<core::Money, 3> outstanding{}; // A, B, C
};

// Everything the home page shows, computed in one go off the GUI thread.
struct DashboardData {
    core::Date asOf;
    PortfolioKpis kpis;
    KpiTargets targets;
    std::vector<std::string> agingLabels;
    receivables::AgingRow agingTotal;
    std::vector<PortfolioKpis> history; // twelve month ends, oldest first
    std::vector<TopExposure> topExposures;
    receivables::CashForecast forecast; // by month
    std::vector<AlertView> alerts;      // not acknowledged
    AbcSummary abc;
    core::Money atRisk;       // owed by clients in proceedings, in legal recovery or with items over 90 days
    core::Money limits;       // the limits of the clients that owe something
    core::Money limitedExposure; // what those clients owe
};

// The dashboard (the home page): the stage 9 indicators at a glance.
class DashboardService {
public:
    explicit DashboardService(Workspace& workspace) : m_ws(workspace) {}

    // `cancel` is read between the parts; a cancelled load returns what it has.
    DashboardData load(core::Date asOf, const std::atomic<bool>* cancel = nullptr);

private:
    void addExposures(DashboardData& data);
    Workspace& m_ws;
};

} // namespace pc::app
