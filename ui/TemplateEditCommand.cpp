#include "ui/TemplateEditCommand.h"

#include "app/RecoveryLabels.h"
#include "ui/RecoveryFormat.h"

namespace pc::ui {

TemplateEditCommand::TemplateEditCommand(app::Workspace& workspace, QString code, QString language,
                                         std::optional<app::TemplateText> before,
                                         std::optional<app::TemplateText> after, Applied onApplied,
                                         ErrorHandler onError)
    : m_ws(workspace),
      m_code(std::move(code)),
      m_language(std::move(language)),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_onApplied(std::move(onApplied)),
      m_onError(std::move(onError))
{
    const QString name = QStringLiteral("%1 (%2)").arg(app::RecoveryLabels::templateName(m_code),
                                                       RecoveryFormat::language(m_language));
    setText(m_after ? tr("modèle %1").arg(name) : tr("modèle d'origine %1").arg(name));
}

void TemplateEditCommand::undo()
{
    apply(m_before);
}

void TemplateEditCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    apply(m_after);
}

void TemplateEditCommand::apply(const std::optional<app::TemplateText>& text)
{
    app::DocumentTemplates templates(m_ws);
    const core::Status status = text ? templates.save(m_code, m_language, *text) : templates.reset(m_code, m_language);
    if (!status) {
        m_onError(status.error());
        return;
    }
    m_onApplied(m_code, m_language);
}

} // namespace pc::ui
