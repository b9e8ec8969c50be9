#pragma once

#include "app/LetteringService.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <string>
#include <vector>

namespace pc::app {
class Workspace;
}

namespace pc::ui {

// A manual lettering or an unlettering of stage 7, undoable. As with
// app::ClientEditCommand, the change is written before the command is pushed (so that
// a refused one never enters the stack) and the first redo does nothing.
//
// Lettering: undo removes that lettering (LetteringService::undo), redo letters the
// same entries again. Unlettering: redo unletters the group (LetteringService::unletter),
// undo letters its entries again. A group lettered again gets the next letter code,
// so each command finds the group by its entries rather than by a stored code.
class LetteringCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(LetteringCommand)

public:
    using ErrorHandler = std::function<void(const core::Error&)>;

    // The lettering `done` of `entryIds`, already written.
    static LetteringCommand* lettered(app::Workspace& workspace, qint64 companyId, std::vector<qint64> entryIds,
                                      bool allowPartial, const app::ManualLettering& done, ErrorHandler onError);
    // The group of `code`, whose entries were `entryIds`, already unlettered.
    static LetteringCommand* unlettered(app::Workspace& workspace, qint64 companyId, const std::string& code,
                                        std::vector<qint64> entryIds, ErrorHandler onError);

    void undo() override;
    void redo() override;

    qint64 companyId() const { return m_companyId; }
    const std::vector<qint64>& entryIds() const { return m_entryIds; }
    // The code of the group while lettered; empty for a partial lettering.
    const std::string& code() const { return m_code; }

private:
    enum class Kind { Letter, Unletter };
    LetteringCommand(Kind kind, app::Workspace& workspace, qint64 companyId, std::vector<qint64> entryIds,
                     ErrorHandler onError);

    bool letter(bool allowPartial);
    bool removeLettering();
    bool unletter();
    // The code the command's entries carry now, empty when none does.
    std::string currentCode();
    void fail(const core::Error& error);

    Kind m_kind;
    app::Workspace& m_ws;
    qint64 m_companyId;
    std::vector<qint64> m_entryIds;
    bool m_allowPartial = false;
    qint64 m_letteringId = 0;
    std::string m_code;
    ErrorHandler m_onError;
    bool m_alreadyDone = true;
};

} // namespace pc::ui
