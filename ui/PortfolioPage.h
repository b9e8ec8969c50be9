#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace pc::app {
class ClientFilterProxy;
class ClientListModel;
class Workspace;
} // namespace pc::app

namespace pc::ui {

// The client portfolio: every client in a sortable table, filtered as you type
// (name, SIREN, account, city) and by account status.
class PortfolioPage : public QWidget {
    Q_OBJECT

public:
    explicit PortfolioPage(app::Workspace& workspace, QWidget* parent = nullptr);

    app::ClientFilterProxy& proxy() { return *m_proxy; }
    QTableView* view() { return m_view; }
    void focusFilter();

signals:
    void clientActivated(qint64 clientId);
    void newClientRequested();
    void importRequested();

private:
    void updateCount();

    app::ClientListModel* m_model;
    app::ClientFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QTableView* m_view;
    QLabel* m_count;
};

} // namespace pc::ui
