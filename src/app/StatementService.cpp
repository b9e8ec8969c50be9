#include "app/StatementService.h"

#include "app/ClientAudit.h"
#include "app/ClientService.h"
#include "app/Workspace.h"
#include "core/Siren.h"
#include "risk/StatementCheck.h"
#include "store/AuditLog.h"
#include "store/StatementRepository.h"
#include "store/Transaction.h"

#include <QFile>
#include <QFileInfo>

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Status;
using nlohmann::json;

namespace {

risk::LiasseCodeTable loadCodes()
{
    QFile file(QStringLiteral(":/liasse/liasse_codes.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::logic_error("the liasse code table is not compiled in");
    auto table = io::readLiasseCodeTable(file.readAll(), QStringLiteral("liasse_codes.json"));
    if (!table)
        throw std::logic_error("the built-in liasse code table is broken: " + table.error().args.front());
    return std::move(table).value();
}

json statementJson(const risk::FinancialStatement& s)
{
    json lines = json::object();
    for (const auto& [code, amount] : s.lines)
        lines[code] = amount.cents();
    return {{"closing_date", s.closingDate.toIso()},
            {"months", s.months},
            {"regime", risk::toCode(s.regime)},
            {"source", s.source},
            {"lines_cents", lines}};
}

} // namespace

const risk::LiasseCodeTable& liasseCodes()
{
    static const risk::LiasseCodeTable table = loadCodes();
    return table;
}

std::vector<Error> StatementService::check(const risk::FinancialStatement& statement) const
{
    return risk::checkStatement(statement, liasseCodes());
}

Status StatementService::save(qint64 clientId, risk::FinancialStatement statement)
{
    if (const auto problems = check(statement); !problems.empty())
        return problems.front();
    const auto result = guardStore([&]() -> Status {
        const auto client = ClientService(m_ws).byId(clientId);
        if (!client)
            return Error(ErrorCode::NotFound, {std::to_string(clientId)});
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        auto replaced = store::StatementRepository(m_ws.db()).save(clientId, statement, m_ws.actor(), m_ws.clock().now());
        if (!replaced)
            return replaced.error();
        if (auto status = recordClientAudit(m_ws, *client, QStringLiteral("statement.save"), QString(), nullptr,
                                            statementJson(statement));
            !status)
            return status;
        return tx.commit();
    });
    if (result)
        emit m_ws.notifier().creditChanged(clientId);
    return result;
}

core::Result<std::vector<risk::FinancialStatement>> StatementService::statements(const core::ClientFile& client)
{
    return guardStore([&]() -> core::Result<std::vector<risk::FinancialStatement>> {
        return store::StatementRepository(m_ws.db())
            .forCompany(client.id, client.company.siren ? client.company.siren->str() : std::string());
    });
}

Status StatementService::remove(qint64 clientId, core::Date closingDate)
{
    const auto result = guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        if (auto status = store::StatementRepository(m_ws.db()).remove(clientId, closingDate); !status)
            return status;
        return tx.commit();
    });
    if (result)
        emit m_ws.notifier().creditChanged(clientId);
    return result;
}

StatementImportReport StatementService::importFile(const QString& path, const io::StatementDefaults& defaults)
{
    StatementImportReport report;
    report.file = path;
    io::StatementReadResult read = io::readStatementFile(path, defaults);
    report.encoding = read.encoding;
    report.errors = std::move(read.errors);
    const std::string fileName = QFileInfo(path).fileName().toStdString();
    std::vector<std::pair<qint64, const risk::FinancialStatement*>> targets;
    ClientService clients(m_ws);
    for (const risk::FinancialStatement& s : read.statements) {
        for (Error& e : check(s))
            report.errors.push_back(std::move(e.inFile(fileName)));
        auto siren = core::Siren::parse(s.siren);
        auto client = siren ? clients.find(QString::fromStdString(siren->str())) : core::Result<core::ClientFile>(siren.error());
        if (!client) {
            report.errors.push_back(Error(ErrorCode::NotFound, {s.siren}).inFile(fileName).inField("siren"));
            continue;
        }
        targets.emplace_back(client->id, &s);
        report.saved.push_back({s.siren, QString::fromStdString(client->company.name), s.closingDate, false});
    }
    if (!report.ok()) {
        report.saved.clear();
        return report;
    }
    const Status written = guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::StatementRepository statements(m_ws.db());
        store::AuditLog audit(m_ws.db());
        for (std::size_t i = 0; i < targets.size(); ++i) {
            risk::FinancialStatement s = *targets[i].second;
            if (s.source.empty())
                s.source = "import:" + fileName;
            auto replaced = statements.save(targets[i].first, s, m_ws.actor(), m_ws.clock().now());
            if (!replaced)
                return replaced.error();
            report.saved[i].replaced = *replaced;
            if (auto status = audit.record({0, m_ws.clock().now(), m_ws.actor(), QStringLiteral("statement.import"),
                                            QStringLiteral("client"), QString::fromStdString(s.siren),
                                            QString::fromStdString(fileName), nullptr, statementJson(s)});
                !status)
                return status;
        }
        return tx.commit();
    });
    if (!written) {
        report.saved.clear();
        report.errors.push_back(written.error());
        return report;
    }
    for (const auto& [clientId, statement] : targets)
        emit m_ws.notifier().creditChanged(clientId);
    return report;
}

} // namespace pc::app
