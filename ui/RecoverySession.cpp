#include "ui/RecoverySession.h"

#include "app/ClientService.h"
#include "app/DataPaths.h"
#include "app/Settings.h"
#include "app/Workspace.h"

#include <QDir>
#include <QStandardPaths>

namespace pc::ui {

namespace {

// Per user and machine, like the window's geometry: where this person files letters.
app::Preference<QString> outputFolderPreference()
{
    return {QStringLiteral("recovery/outputFolder"), QString()};
}

} // namespace

RecoverySession::RecoverySession(app::Workspace& workspace, QObject* parent)
    : QObject(parent), m_ws(workspace), m_asOf(workspace.clock().today())
{
    const QString saved = outputFolderPreference().get();
    m_outputFolder = saved.isEmpty() ? defaultOutputFolder() : saved;
}

void RecoverySession::setAsOf(core::Date asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    emit asOfChanged();
}

void RecoverySession::setOutputFolder(const QString& folder)
{
    if (folder.isEmpty() || folder == m_outputFolder)
        return;
    m_outputFolder = QDir::cleanPath(folder);
    emit outputFolderChanged();
}

void RecoverySession::rememberOutputFolder() const
{
    outputFolderPreference().set(m_outputFolder);
}

QString RecoverySession::defaultOutputFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty())
        return QDir(documents).filePath(QStringLiteral("PosteClient/relances"));
    return QDir(app::DataPaths::dataFolder()).filePath(QStringLiteral("relances"));
}

void RecoverySession::setClient(std::optional<qint64> clientId)
{
    if (clientId == m_client)
        return;
    m_client = clientId;
    emit clientChanged();
}

const store::ClientSummary* RecoverySession::summary(qint64 clientId)
{
    if (!m_summaries) {
        m_summaries.emplace();
        for (store::ClientSummary& s : app::ClientService(m_ws).list())
            m_summaries->emplace(s.id, std::move(s));
    }
    const auto it = m_summaries->find(clientId);
    return it == m_summaries->end() ? nullptr : &it->second;
}

QString RecoverySession::clientName(qint64 clientId)
{
    const store::ClientSummary* s = summary(clientId);
    return s ? s->name : tr("client n° %1").arg(clientId);
}

QString RecoverySession::clientSiren(qint64 clientId)
{
    const store::ClientSummary* s = summary(clientId);
    return s ? s->siren : QString();
}

QString RecoverySession::clientKey(qint64 clientId)
{
    const store::ClientSummary* s = summary(clientId);
    if (!s)
        return {};
    return s->siren.isEmpty() ? s->accountNumber : s->siren;
}

} // namespace pc::ui
