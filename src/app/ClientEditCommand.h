#pragma once

#include "core/ClientFile.h"
#include "core/Error.h"

#include <QUndoCommand>

#include <functional>

namespace pc::app {

class ClientService;

// One saved edit of a client file, undoable. The edit is written before the command
// is pushed (so that a refused edit never enters the stack); undo writes the file
// back as it was, redo writes the edit again, each in its own transaction.
class ClientEditCommand : public QUndoCommand {
public:
    using ErrorHandler = std::function<void(const core::Error&)>;

    ClientEditCommand(ClientService& service, core::ClientFile before, core::ClientFile after,
                      ErrorHandler onError, const QString& text);

    void undo() override;
    void redo() override;

private:
    void write(const core::ClientFile& file);

    ClientService& m_service;
    core::ClientFile m_before;
    core::ClientFile m_after;
    ErrorHandler m_onError;
    bool m_alreadyWritten = true;
};

} // namespace pc::app
