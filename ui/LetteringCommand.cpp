#include "ui/LetteringCommand.h"

#include "app/Workspace.h"

#include <algorithm>
#include <set>

namespace pc::ui {

LetteringCommand::LetteringCommand(Kind kind, app::Workspace& workspace, qint64 companyId,
                                   std::vector<qint64> entryIds, ErrorHandler onError)
    : m_kind(kind), m_ws(workspace), m_companyId(companyId), m_entryIds(std::move(entryIds)),
      m_onError(std::move(onError))
{
}

LetteringCommand* LetteringCommand::lettered(app::Workspace& workspace, qint64 companyId,
                                             std::vector<qint64> entryIds, bool allowPartial,
                                             const app::ManualLettering& done, ErrorHandler onError)
{
    auto* command = new LetteringCommand(Kind::Letter, workspace, companyId, std::move(entryIds), std::move(onError));
    command->m_allowPartial = allowPartial;
    command->m_letteringId = done.letteringId;
    command->m_code = done.code;
    command->setText(done.code.empty() ? tr("lettrage partiel")
                                       : tr("lettrage %1").arg(QString::fromStdString(done.code)));
    return command;
}

LetteringCommand* LetteringCommand::unlettered(app::Workspace& workspace, qint64 companyId, const std::string& code,
                                               std::vector<qint64> entryIds, ErrorHandler onError)
{
    auto* command = new LetteringCommand(Kind::Unletter, workspace, companyId, std::move(entryIds), std::move(onError));
    command->m_code = code;
    command->setText(tr("délettrage %1").arg(QString::fromStdString(code)));
    return command;
}

void LetteringCommand::undo()
{
    if (m_kind == Kind::Letter)
        removeLettering();
    else
        letter(true);
}

void LetteringCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    if (m_kind == Kind::Letter)
        letter(m_allowPartial);
    else
        unletter();
}

bool LetteringCommand::letter(bool allowPartial)
{
    app::LetteringService service(m_ws);
    // An unlettering deletes the write-off entries of the group: they are written again.
    std::set<qint64> present;
    for (const app::LedgerLine& line : service.ledgerOf(m_companyId, core::Date::fromYmd(2199, 12, 31).value(), true))
        present.insert(line.entry.id);
    std::vector<qint64> ids;
    std::copy_if(m_entryIds.begin(), m_entryIds.end(), std::back_inserter(ids),
                 [&](qint64 id) { return present.contains(id); });
    auto done = service.letterManually(m_companyId, ids, m_ws.clock().today(), allowPartial);
    if (!done) {
        fail(done.error());
        return false;
    }
    m_letteringId = done->letteringId;
    m_code = done->code;
    return true;
}

bool LetteringCommand::removeLettering()
{
    app::LetteringService service(m_ws);
    // Lettered again by the undo of an unlettering, the group is another lettering
    // under another code: that one is undone.
    const std::string code = currentCode();
    auto status = !m_code.empty() && !code.empty() && code != m_code ? service.unletter(m_companyId, code)
                                                                     : service.undo(m_letteringId);
    if (!status) {
        fail(status.error());
        return false;
    }
    return true;
}

bool LetteringCommand::unletter()
{
    const std::string code = currentCode();
    if (auto status = app::LetteringService(m_ws).unletter(m_companyId, code.empty() ? m_code : code); !status) {
        fail(status.error());
        return false;
    }
    return true;
}

std::string LetteringCommand::currentCode()
{
    const std::set<qint64> ids(m_entryIds.begin(), m_entryIds.end());
    for (const app::LedgerLine& line :
         app::LetteringService(m_ws).ledgerOf(m_companyId, core::Date::fromYmd(2199, 12, 31).value(), false))
        if (ids.contains(line.entry.id) && !line.entry.letter.empty())
            return line.entry.letter;
    return {};
}

void LetteringCommand::fail(const core::Error& error)
{
    setObsolete(true);
    if (m_onError)
        m_onError(error);
}

} // namespace pc::ui
