#pragma once

#include "core/Error.h"

#include <QWidget>

namespace pc::ui {

class RecoverySession;

// A tab of the stage 8 page. Its lists are read again when something they show has
// changed, but only while the tab is on screen: a hidden tab is marked stale and read
// when it is shown.
class RecoveryTab : public QWidget {
    Q_OBJECT

public:
    explicit RecoveryTab(RecoverySession& session, QWidget* parent = nullptr);

    // Something the tab shows may have changed.
    void invalidate();

signals:
    void statusMessage(const QString& message);

protected:
    // Reads the tab's lists again.
    virtual void refresh() = 0;

    void showEvent(QShowEvent* event) override;
    RecoverySession& session() { return m_session; }
    // Tells the user that `what` failed and why: in the status line, and in a box
    // while the tab is on screen. Never blocks (the box is not modal to the tests).
    void showError(const QString& what, const core::Error& error);
    void showError(const QString& what, const QString& why);

private:
    RecoverySession& m_session;
    bool m_stale = true;
};

} // namespace pc::ui
