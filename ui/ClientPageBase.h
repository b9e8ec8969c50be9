#pragma once

#include "core/ClientFile.h"
#include "ui/FieldFeedback.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QUndoStack;
class QVBoxLayout;

namespace pc::app {
class ClientService;
class Workspace;
} // namespace pc::app

namespace pc::ui {

class ClientHeader;

// What the pages that edit one client share: the client being shown, a header, the
// forms' dirty state, and saving through an undoable command after validation.
class ClientPageBase : public QWidget {
    Q_OBJECT

public:
    ClientPageBase(app::Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);
    ~ClientPageBase() override;

    void setClient(std::optional<qint64> clientId);
    std::optional<qint64> clientId() const;
    bool isDirty() const { return m_dirty; }
    // Validates the forms and saves; false (with the problems shown) when refused.
    bool save();
    void revert();

signals:
    void statusMessage(const QString& message);

protected:
    virtual void loadForms(const core::ClientFile& file) = 0;
    virtual void applyForms(core::ClientFile& file, FormErrors& errors) const = 0;
    virtual void clientLoaded() {}

    // The stored file, or none when no client is chosen.
    const std::optional<core::ClientFile>& stored() const { return m_stored; }
    // The stored file with the forms applied, problems ignored (live checks).
    core::ClientFile draft() const;
    void markDirty();
    // Reads the client again from the store (after a change elsewhere).
    void reload();

    app::Workspace& workspace() { return m_ws; }
    app::ClientService& service() { return *m_service; }
    // Pages put their content here, between the header and the save bar.
    QVBoxLayout* body() { return m_body; }
    QPushButton* saveButton() { return m_save; }

private:
    void showProblems(const QStringList& problems);

    app::Workspace& m_ws;
    QUndoStack& m_undo;
    std::unique_ptr<app::ClientService> m_service;
    std::optional<core::ClientFile> m_stored;
    bool m_dirty = false;
    bool m_loading = false;
    ClientHeader* m_header;
    QLabel* m_problems;
    QPushButton* m_revert;
    QPushButton* m_save;
    QVBoxLayout* m_body;
    QWidget* m_content;
    QLabel* m_empty;
};

} // namespace pc::ui
