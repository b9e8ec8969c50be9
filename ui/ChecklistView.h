#pragma once

#include "core/OpeningChecklist.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace pc::ui {

// The account-opening checklist: each item ticked or crossed, with what is missing.
class ChecklistView : public QWidget {
    Q_OBJECT

public:
    explicit ChecklistView(QWidget* parent = nullptr);
    void show(const core::OpeningChecklist& checklist);
    // "3 points manquants", for tests and the status line.
    QString summary() const;

private:
    QVBoxLayout* m_items;
    QLabel* m_summary;
};

} // namespace pc::ui
