#pragma once

#include "app/AgingService.h"
#include "app/ExportService.h"
#include "store/AgingRepository.h"
#include "ui/ImpactTab.h"

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace pc::ui {

// Stage 9, "Balance âgée": what every client (segment, sales rep) owes on a day, by
// bucket of age, disputed amounts apart; the open entries of the client selected.
class ImpactAgingTab : public ImpactTab {
    Q_OBJECT

public:
    enum class Grouping { Client, Segment, SalesRep, Total };

    struct Line {
        qint64 companyId = 0; // 0 for a group or the total
        QString siren;
        QString name;
        receivables::AgingRow row;
        bool total = false;
    };

    explicit ImpactAgingTab(app::Workspace& workspace, QWidget* parent = nullptr);

    // Writes the aged balance of the fields' day, basis and buckets to `path`, as an
    // Excel workbook or a CSV after its suffix. False, with the error shown, on failure.
    bool exportTo(const QString& path);

    QTableView* balanceView() const { return m_view; }
    QTableView* entriesView() const { return m_entriesView; }

protected:
    void recompute() override;

private:
    // The layout the fields ask for; none, with the problem shown, when the buckets are wrong.
    std::optional<app::AgingLayout> layout();
    std::vector<Line> lines(const app::AgedBalanceView& view, Grouping grouping);
    std::vector<Line> groupedLines(const app::AgedBalanceView& view, Grouping grouping);
    std::vector<ImpactTableModel<Line>::Column> columns(const std::vector<std::string>& labels, bool byClient) const;
    void showEntries();
    void askExport();

    core::Date asOf() const;

    QDateEdit* m_asOf;
    QComboBox* m_basis;
    QLineEdit* m_buckets;
    QComboBox* m_grouping;
    QLabel* m_problem;
    ImpactTableModel<Line>* m_model;
    QTableView* m_view;
    QLabel* m_entriesTitle;
    ImpactTableModel<store::OpenEntryDetail>* m_entries;
    QTableView* m_entriesView;
};

} // namespace pc::ui
