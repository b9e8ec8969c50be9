#pragma once

#include <QWidget>

#include <optional>

class QLabel;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

class ClientSearchBox;

// The client a dialog of stage 8 is about: the one proposed, shown by name and SIREN,
// or another one found with the search box (SIREN, SIRET, account number or name).
class RecoveryClientPicker : public QWidget {
    Q_OBJECT

public:
    explicit RecoveryClientPicker(app::Workspace& workspace, QWidget* parent = nullptr);

    void setClient(std::optional<qint64> clientId);
    std::optional<qint64> clientId() const { return m_client; }
    // How the services find it: its SIREN, else its account number; empty when none.
    const QString& clientKey() const { return m_key; }
    ClientSearchBox* searchBox() const { return m_search; }

signals:
    void clientChanged();

private:
    app::Workspace& m_ws;
    std::optional<qint64> m_client;
    QString m_key;
    QLabel* m_chosen;
    ClientSearchBox* m_search;
};

} // namespace pc::ui
