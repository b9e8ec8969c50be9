#pragma once

#include <QListWidget>

namespace pc::ui {

// The pages of the main window: the dashboard (home), the portfolio, the client file,
// and the nine stages of the customer cycle.
enum class Page {
    Dashboard,
    Portfolio,
    ClientFile,
    Inform,       // 1 S'informer
    CreditLine,   // 2 Fixer une ligne de crédit
    OpenAccount,  // 3 Ouvrir un compte client
    Order,        // 4 Enregistrer une commande
    Deliver,      // 5 Livrer
    Invoice,      // 6 Facturer
    Collect,      // 7 Encaisser
    Recover,      // 8 Recouvrer
    Impact,       // 9 Impacts financiers
};

// The navigator on the left of the main window. Stages not built yet are shown,
// greyed out, so that the whole cycle is visible from the first day.
class CycleNavigator : public QListWidget {
    Q_OBJECT

public:
    explicit CycleNavigator(QWidget* parent = nullptr);

    void setPageEnabled(Page page, bool enabled);
    bool isPageEnabled(Page page) const;
    void select(Page page);
    static QString title(Page page);
    static int stageNumber(Page page);

signals:
    void pageRequested(pc::ui::Page page);

private:
    QListWidgetItem* itemFor(Page page) const;
};

} // namespace pc::ui
