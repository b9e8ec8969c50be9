#pragma once

#include "app/RecoveryLetter.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace pc::app {
class Workspace;
}

namespace pc::ui {

// A recovery template saved or set back to the built-in one, undoable: undo puts
// back the text it had before (the team's previous version, or the built-in one),
// redo writes the new one again. As with LetteringCommand, the change is written
// before the command is pushed (a refused save never enters the stack) and the first
// redo does nothing.
class TemplateEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(TemplateEditCommand)

public:
    // Told after each undo or redo, so that the editor shows the text now in force.
    using Applied = std::function<void(const QString& code, const QString& language)>;
    using ErrorHandler = std::function<void(const core::Error&)>;

    // `before` and `after`: the team's text, or none for the built-in template.
    TemplateEditCommand(app::Workspace& workspace, QString code, QString language,
                        std::optional<app::TemplateText> before, std::optional<app::TemplateText> after,
                        Applied onApplied, ErrorHandler onError);

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<app::TemplateText>& text);

    app::Workspace& m_ws;
    QString m_code;
    QString m_language;
    std::optional<app::TemplateText> m_before;
    std::optional<app::TemplateText> m_after;
    Applied m_onApplied;
    ErrorHandler m_onError;
    bool m_alreadyDone = true;
};

} // namespace pc::ui
