#include "app/ClientService.h"

#include "app/ClientAudit.h"

#include "app/ClientJson.h"
#include "app/Workspace.h"
#include "core/AccountLifecycle.h"
#include "core/Text.h"
#include "store/Transaction.h"

namespace pc::app {

using namespace pc::core;

namespace {

std::string describeOwner(const ClientFile& owner)
{
    return owner.account.number + " " + owner.company.name;
}

} // namespace

Result<ClientFile> ClientService::find(const QString& key)
{
    return guardStore([&]() -> Result<ClientFile> {
        store::ClientRepository repo(m_ws.db());
        const std::string compact = text::compactIdentifier(key.toStdString());
        // Nine or fourteen digits are a SIREN or a SIRET, unless they are an account
        // number ("411000153"): the identifier's error is reported only when no
        // account has that number either.
        std::optional<Error> identifierError;
        if (text::isDigits(compact) && compact.size() == 9) {
            if (auto siren = Siren::parse(compact)) {
                if (auto file = repo.findBySiren(*siren))
                    return *file;
            } else {
                identifierError = siren.error();
            }
        } else if (text::isDigits(compact) && compact.size() == 14) {
            if (auto siret = Siret::parse(compact)) {
                if (auto file = repo.findBySiret(*siret))
                    return *file;
            } else {
                identifierError = siret.error();
            }
        }
        if (const auto id = repo.idByAccountNumber(QString::fromStdString(compact))) {
            if (auto file = repo.findById(*id))
                return *file;
        }
        if (identifierError)
            return *identifierError;
        return Error(ErrorCode::NotFound, {key.toStdString()});
    });
}

std::optional<ClientFile> ClientService::byId(qint64 id)
{
    return store::ClientRepository(m_ws.db()).findById(id);
}

std::vector<store::ClientSummary> ClientService::list()
{
    return store::ClientRepository(m_ws.db()).summaries();
}

std::vector<store::ClientSummary> ClientService::search(const QString& text, int limit)
{
    return store::ClientRepository(m_ws.db()).search(text, limit);
}

QStringList ClientService::segments()
{
    return store::ClientRepository(m_ws.db()).segments();
}

QStringList ClientService::salesReps()
{
    return store::ClientRepository(m_ws.db()).salesReps();
}

OpeningChecklist ClientService::checklist(const ClientFile& file) const
{
    return OpeningChecklist::evaluate(file, m_ws.clock().today(), m_ws.openingPolicy());
}

Status ClientService::checkUnique(const ClientFile& file)
{
    store::ClientRepository repo(m_ws.db());
    const auto otherOwner = [&](std::optional<qint64> owner) -> std::optional<ClientFile> {
        if (!owner || *owner == file.id)
            return std::nullopt;
        return repo.findById(*owner);
    };
    if (file.company.siren) {
        if (auto other = otherOwner(repo.idBySiren(*file.company.siren)))
            return Error(ErrorCode::AlreadyExists, {file.company.siren->str(), describeOwner(*other)}).inField("siren");
    }
    for (const Establishment& e : file.establishments) {
        if (auto other = otherOwner(repo.idBySiret(e.siret)))
            return Error(ErrorCode::AlreadyExists, {e.siret.str(), describeOwner(*other)}).inField("siret");
    }
    if (!file.account.number.empty()) {
        if (auto other = otherOwner(repo.idByAccountNumber(QString::fromStdString(file.account.number))))
            return Error(ErrorCode::AlreadyExists, {file.account.number, describeOwner(*other)}).inField("compte");
    }
    return {};
}

Result<qint64> ClientService::insertAudited(ClientFile& file, const QString& action)
{
    store::ClientRepository repo(m_ws.db());
    if (file.account.number.empty())
        file.account.number = repo.nextAccountNumber().toStdString();
    auto id = repo.insert(file, m_ws.clock().now());
    if (!id)
        return id.error();
    file.id = *id;
    if (auto status = recordClientAudit(m_ws, file, action, QString(), nullptr, toJson(file)); !status)
        return status.error();
    return *id;
}

Status ClientService::updateAudited(const ClientFile& before, const ClientFile& after, const QString& action,
                                    const QString& reason)
{
    if (auto status = store::ClientRepository(m_ws.db()).update(after, m_ws.clock().now()); !status)
        return status;
    return recordClientAudit(m_ws, after, action, reason, toJson(before), toJson(after));
}

Result<qint64> ClientService::create(ClientFile file)
{
    if (file.account.status != AccountStatus::Prospect && file.account.status != AccountStatus::Pending)
        return Error(ErrorCode::InvalidTransition,
                     {std::string(toCode(AccountStatus::Prospect)), std::string(toCode(file.account.status))});
    const auto result = guardStore([&]() -> Result<qint64> {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus().error();
        file.id = 0;
        if (auto status = checkUnique(file); !status)
            return status.error();
        auto id = insertAudited(file, QStringLiteral("client.create"));
        if (!id)
            return id;
        if (auto status = tx.commit(); !status)
            return status.error();
        return id;
    });
    if (result)
        emit m_ws.notifier().clientChanged(*result);
    return result;
}

Status ClientService::update(const ClientFile& edited)
{
    const auto result = guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        const auto before = byId(edited.id);
        if (!before)
            return Error(ErrorCode::NotFound, {std::to_string(edited.id)});
        ClientFile after = edited;
        after.account.status = before->account.status;
        after.account.openedOn = before->account.openedOn;
        if (after.account.number.empty())
            after.account.number = before->account.number;
        if (after == *before)
            return {};
        if (auto status = checkUnique(after); !status)
            return status;
        if (auto status = updateAudited(*before, after, QStringLiteral("client.update"), {}); !status)
            return status;
        return tx.commit();
    });
    if (result)
        emit m_ws.notifier().clientChanged(edited.id);
    return result;
}

Result<OpeningOutcome> ClientService::open(qint64 clientId)
{
    const auto result = guardStore([&]() -> Result<OpeningOutcome> {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus().error();
        const auto before = byId(clientId);
        if (!before)
            return Error(ErrorCode::NotFound, {std::to_string(clientId)});
        OpeningOutcome outcome{checklist(*before), before->account.status, false};
        if (before->account.status == AccountStatus::Active)
            return outcome;
        ClientFile after = *before;
        if (outcome.checklist.isComplete()) {
            if (auto status = checkStatusChange(before->account.status, AccountStatus::Active, outcome.checklist);
                !status)
                return status.error();
            after.account.status = AccountStatus::Active;
            after.account.openedOn = m_ws.clock().today();
            outcome.activated = true;
        } else if (before->account.status == AccountStatus::Prospect) {
            after.account.status = AccountStatus::Pending;
        } else {
            return outcome;
        }
        outcome.status = after.account.status;
        const QString action = outcome.activated ? QStringLiteral("client.activate") : QStringLiteral("client.request_opening");
        if (auto status = updateAudited(*before, after, action, {}); !status)
            return status.error();
        if (auto status = tx.commit(); !status)
            return status.error();
        return outcome;
    });
    if (result)
        emit m_ws.notifier().clientChanged(clientId);
    return result;
}

Status ClientService::changeStatus(qint64 clientId, AccountStatus to, const QString& reason)
{
    if ((to == AccountStatus::Blocked || to == AccountStatus::Closed) && reason.trimmed().isEmpty())
        return Error(ErrorCode::ReasonRequired, {});
    const auto result = guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        const auto before = byId(clientId);
        if (!before)
            return Error(ErrorCode::NotFound, {std::to_string(clientId)});
        if (auto status = checkStatusChange(before->account.status, to, checklist(*before)); !status)
            return status;
        ClientFile after = *before;
        after.account.status = to;
        if (to == AccountStatus::Active && !after.account.openedOn)
            after.account.openedOn = m_ws.clock().today();
        if (auto status = updateAudited(*before, after, QStringLiteral("client.status"), reason); !status)
            return status;
        return tx.commit();
    });
    if (result)
        emit m_ws.notifier().clientChanged(clientId);
    return result;
}

} // namespace pc::app
