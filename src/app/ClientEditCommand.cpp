#include "app/ClientEditCommand.h"

#include "app/ClientService.h"

namespace pc::app {

ClientEditCommand::ClientEditCommand(ClientService& service, core::ClientFile before, core::ClientFile after,
                                     ErrorHandler onError, const QString& text)
    : QUndoCommand(text),
      m_service(service),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_onError(std::move(onError))
{
}

void ClientEditCommand::undo()
{
    write(m_before);
}

void ClientEditCommand::redo()
{
    if (m_alreadyWritten) {
        m_alreadyWritten = false;
        return;
    }
    write(m_after);
}

void ClientEditCommand::write(const core::ClientFile& file)
{
    // The status is not part of an edit: the service keeps the stored one.
    if (auto status = m_service.update(file); !status) {
        setObsolete(true);
        if (m_onError)
            m_onError(status.error());
    }
}

} // namespace pc::app
