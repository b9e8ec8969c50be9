#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace pc::app {
struct CreditAnalysis;
class Workspace;
} // namespace pc::app

namespace pc::ui {

class ClientHeader;

// What the pages of stages 1, 2 and 4 to 6 share: the client shown, its header, and its
// credit analysis, read again whenever its statements, profile or limit change.
// Unlike ClientPageBase these pages do not edit the client file: each of their
// forms saves itself through its own use case.
class CreditPageBase : public QWidget {
    Q_OBJECT

public:
    explicit CreditPageBase(app::Workspace& workspace, QWidget* parent = nullptr);
    ~CreditPageBase() override;

    void setClient(std::optional<qint64> clientId);
    std::optional<qint64> clientId() const { return m_client; }
    // Analyses the client again and shows the result.
    void refresh();

signals:
    void statusMessage(const QString& message);

protected:
    virtual void showAnalysis(const app::CreditAnalysis& analysis) = 0;
    // Another client is chosen: forget what was typed for the previous one.
    virtual void clientChanging() {}

    void showEvent(QShowEvent* event) override;
    app::Workspace& workspace() { return m_ws; }
    // Pages put their content here, under the header.
    QVBoxLayout* body() { return m_body; }
    // What does not depend on the client goes here, under the body: it is shown
    // whether a client is chosen or not.
    QVBoxLayout* clientFreeArea() { return m_clientFree; }

private:
    // The analysis is costly enough not to run for hidden pages: a change only marks
    // the page stale, and it is read again when shown.
    void invalidate();

    app::Workspace& m_ws;
    std::optional<qint64> m_client;
    bool m_stale = true;
    ClientHeader* m_header;
    QLabel* m_failure;
    QVBoxLayout* m_body;
    QVBoxLayout* m_clientFree;
    QWidget* m_content;
    QLabel* m_empty;
};

} // namespace pc::ui
