// init, demo and audit: the database itself.

#include "cli/Cli.h"

#include "app/DemoPortfolio.h"
#include "app/Workspace.h"
#include "store/AuditLog.h"
#include "store/SqlQuery.h"
#include "store/Migrator.h"

namespace pc::cli {

using nlohmann::json;
using namespace pc::core;

int Cli::runInit()
{
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const int version = store::Migrator(m_ws->db()).currentVersion();
    const QString where = m_ws->db().location().describe();
    if (m_args.json)
        printJson({{"database", where.toStdString()}, {"schema_version", version}});
    else
        m_out << tr("Base prête : %1 (schéma %2)").arg(where).arg(version) << '\n';
    return kExitOk;
}

int Cli::runDemo()
{
    bool countOk = true;
    bool seedOk = true;
    const int count = m_args.options.contains(QStringLiteral("count"))
        ? m_args.option(QStringLiteral("count")).toInt(&countOk)
        : app::DemoPortfolio::kDefaultSize;
    const uint seed = m_args.options.contains(QStringLiteral("seed"))
        ? m_args.option(QStringLiteral("seed")).toUInt(&seedOk)
        : 2026u;
    if (!countOk || !seedOk || count <= 0 || count > 1'000'000)
        return failUsage(tr("--count attend un nombre de 1 à 1 000 000 et --seed un entier positif"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    if (auto status = app::DemoPortfolio::install(*m_ws, count, seed); !status)
        return fail(status.error());
    const QString where = m_ws->db().location().describe();
    if (m_args.json)
        printJson({{"database", where.toStdString()}, {"clients", count}});
    else
        m_out << tr("Portefeuille de démonstration installé : %1 clients dans %2").arg(count).arg(where) << '\n';
    return kExitOk;
}

int Cli::runAudit()
{
    bool limitOk = true;
    const int limit = m_args.options.contains(QStringLiteral("limit"))
        ? m_args.option(QStringLiteral("limit")).toInt(&limitOk)
        : 50;
    if (!limitOk || limit <= 0)
        return failUsage(tr("--limit attend un nombre positif"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    store::AuditLog log(m_ws->db());
    std::vector<store::AuditEntry> entries;
    try {
        if (m_args.words.size() >= 2) {
            auto file = findClient(m_args.word(1));
            if (!file)
                return fail(file.error());
            const std::string key = file->company.siren ? file->company.siren->str() : file->account.number;
            entries = log.entriesFor(QStringLiteral("client"), QString::fromStdString(key), limit);
        } else {
            entries = log.recent(limit);
        }
    } catch (const store::StoreFailure& failure) {
        return fail(Error(ErrorCode::StoreError, {failure.queryName(), failure.what()}));
    }
    json list = json::array();
    for (const store::AuditEntry& e : entries) {
        if (m_args.json) {
            list.push_back({{"id", e.id},
                            {"at", e.at.toString(Qt::ISODate).toStdString()},
                            {"actor", e.actor.toStdString()},
                            {"action", e.action.toStdString()},
                            {"entity", e.entity.toStdString()},
                            {"key", e.entityKey.toStdString()},
                            {"reason", e.reason.toStdString()},
                            {"before", e.before},
                            {"after", e.after}});
        } else {
            m_out << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << padded(e.actor, 12)
                  << padded(e.action, 24) << e.entityKey
                  << (e.reason.isEmpty() ? QString() : QStringLiteral("  « ") + e.reason + QStringLiteral(" »"))
                  << '\n';
        }
    }
    if (m_args.json)
        printJson(list);
    return kExitOk;
}

} // namespace pc::cli
