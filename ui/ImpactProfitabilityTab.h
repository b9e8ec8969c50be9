#pragma once

#include "app/AnalyticsService.h"
#include "ui/ImpactTab.h"

class QDateEdit;

namespace pc::ui {

// Stage 9, "Rentabilité": what the credit granted to each client cost over a period
// (financing, dunning, expected loss) against the margin of its sales.
class ImpactProfitabilityTab : public ImpactTab {
    Q_OBJECT

public:
    struct Line {
        app::ClientProfitability client;
        bool total = false;
    };

    explicit ImpactProfitabilityTab(app::Workspace& workspace, QWidget* parent = nullptr);

    QTableView* profitabilityView() const { return m_view; }

protected:
    void recompute() override;

private:
    void setUpColumns();

    QDateEdit* m_from;
    QDateEdit* m_to;
    ImpactTableModel<Line>* m_model;
    QTableView* m_view;
};

} // namespace pc::ui
