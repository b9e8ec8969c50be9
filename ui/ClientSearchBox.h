#pragma once

#include <QLineEdit>

namespace pc::app {
class ClientSearchModel;
class Workspace;
} // namespace pc::app

namespace pc::ui {

// "Type a SIREN, a SIRET or a name": suggestions as you type; choosing one (or
// pressing Enter on a complete identifier) opens the client.
class ClientSearchBox : public QLineEdit {
    Q_OBJECT

public:
    explicit ClientSearchBox(app::Workspace& workspace, QWidget* parent = nullptr);

    app::ClientSearchModel& suggestions() { return *m_model; }

signals:
    void clientChosen(qint64 clientId);
    void notFound(const QString& message);

private:
    void openTyped();

    app::Workspace& m_ws;
    app::ClientSearchModel* m_model;
};

} // namespace pc::ui
