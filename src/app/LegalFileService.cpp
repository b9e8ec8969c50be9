#include "app/LegalFileService.h"

#include "app/ClientService.h"
#include "app/PdfWriter.h"
#include "app/RecoveryLetter.h"
#include "app/RecoveryLetterBuilder.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "store/AuditLog.h"
#include "store/ClientRepository.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace pc::app {

using core::Date;
using core::Error;
using core::ErrorCode;
using core::Money;
using receivables::LegalFileKind;
using nlohmann::json;

namespace {

// Commercial companies (INSEE categories 5xxx) are traders; sole traders (1xxx) may
// be; civil companies (6xxx) and associations (9xxx) are not.
bool isTrader(const std::string& legalForm)
{
    return legalForm.empty() || legalForm.front() == '5' || legalForm.front() == '1';
}

bool isFrench(const RecoveryLetter& letter)
{
    return letter.language != "en";
}

std::string deadlineLabel(const receivables::LegalDeadline& d, bool french)
{
    static const std::map<std::string, std::pair<const char*, const char*>> labels{
        {"serve_order", {"Signification de l'ordonnance (CPC 1411)", "Serve the order (CPC 1411)"}},
        {"opposition", {"Fin du délai d'opposition (CPC 1416)", "End of the opposition period (CPC 1416)"}},
        {"claim_filing", {"Déclaration de créance (R622-24)", "Claim declaration (R622-24)"}},
        {"relief", {"Relevé de forclusion (L622-26)", "Relief from foreclosure (L622-26)"}},
        {"execute_attachment", {"Exécution de la saisie (R511-6)", "Execute the attachment (R511-6)"}},
        {"start_action", {"Introduction de l'action au fond (R511-7)", "Start proceedings on the merits (R511-7)"}},
        {"prescription", {"Prescription de la plus ancienne facture (L110-4)", "Prescription of the oldest invoice (L110-4)"}},
    };
    const auto it = labels.find(d.code);
    if (it == labels.end())
        return d.code;
    return french ? it->second.first : it->second.second;
}

std::vector<store::ActionItem> overdueItems(const RecoveryLetter& letter,
                                            const std::vector<store::DunnedEntry>& entries)
{
    std::vector<store::ActionItem> items;
    for (const LetterItem& item : letter.overdue)
        for (const store::DunnedEntry& e : entries)
            if (e.piece == item.piece)
                items.push_back({e.entryId, item.open - item.disputed, item.piece});
    return items;
}

core::Status writeText(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::IoError, {path.toStdString()});
    return {};
}

json letterJson(const RecoveryLetter& l, const CompetentCourt& court)
{
    json invoices = json::array();
    for (const LetterItem& i : l.overdue)
        invoices.push_back({{"invoice", i.piece},
                            {"date", i.date.toIso()},
                            {"due_date", i.dueDate.toIso()},
                            {"amount_cents", i.amount.cents()},
                            {"open_cents", i.open.cents()},
                            {"disputed_cents", i.disputed.cents()},
                            {"days_late", i.daysLate},
                            {"rate_bp", i.rate.basisPoints()},
                            {"penalty_cents", i.penalty.cents()},
                            {"indemnity_cents", i.indemnity.cents()}});
    const auto party = [](const LetterParty& p) {
        return json{{"name", p.name}, {"siren", p.siren}, {"legal_form", p.legalForm}, {"address", p.addressLines},
                    {"contact", p.contact}, {"email", p.email}};
    };
    json deadlines = json::array();
    for (const LetterDeadline& d : l.deadlines)
        deadlines.push_back({{"label", d.label}, {"date", d.date.toIso()}});
    return {{"date", l.date.toIso()},
            {"reference", l.reference},
            {"creditor", party(l.creditor)},
            {"debtor", party(l.debtor)},
            {"court", {{"kind", court.kind}, {"cerfa", court.cerfa}, {"label", court.label}}},
            {"invoices", invoices},
            {"principal_cents", l.totalOverdue.cents()},
            {"penalties_cents", l.totalPenalties.cents()},
            {"indemnity_cents", l.totalIndemnities.cents()},
            {"total_cents", l.totalClaimed.cents()},
            {"supporting_documents", l.supportingDocuments},
            {"deadlines", deadlines}};
}

} // namespace

CompetentCourt LegalFileService::courtFor(const std::string& legalForm, const std::string& postalCode,
                                          const std::string& city)
{
    const std::string seat = city + (postalCode.empty() ? std::string() : " (" + postalCode + ")");
    if (isTrader(legalForm))
        return {"tribunal_de_commerce", "12946", "Tribunal de commerce de " + seat};
    return {"tribunal_judiciaire", "12948", "Tribunal judiciaire de " + seat};
}

namespace {

// One file of a kind per client at a time: a second request would claim twice.
core::Status refuseOpenFile(Workspace& ws, qint64 companyId, LegalFileKind kind)
{
    for (const store::LegalFileRecord& r : store::RecoveryRepository(ws.db()).legalFiles(companyId))
        if (r.kind == kind && r.status != "closed")
            return Error(ErrorCode::AlreadyExists, {std::string(receivables::toCode(kind)), std::to_string(r.id)})
                .inField("legal_file");
    return {};
}

} // namespace

core::Result<PreparedFile> LegalFileService::prepareInjonction(const QString& clientKey, Date asOf,
                                                               const QString& outPath)
{
    auto client = ClientService(m_ws).find(clientKey);
    if (!client)
        return client.error().inField("client");
    if (client->company.proceedings != core::Proceedings::None)
        return Error(ErrorCode::InvalidTransition, {std::string(core::toCode(client->company.proceedings)),
                                                    "injonction"})
            .inField("client");
    std::optional<PreparedFile> prepared;
    // The document is written before the commit; a failure after it takes it back.
    bool written = false;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        if (auto open = refuseOpenFile(m_ws, client->id, LegalFileKind::Injonction); !open)
            return open;
        auto built = RecoveryLetterBuilder(m_ws).build(client->id, "injonction", asOf, {});
        if (!built)
            return built.error();
        RecoveryLetter* letter = &built.value();
        if (letter->overdue.empty())
            return Error(ErrorCode::Empty, {"overdue"}).inField("client");
        const bool french = isFrench(*letter);
        const core::Address& seat = client->company.address;
        // The court follows the debtor's seat: without it the request cannot name one.
        if (!seat.isComplete())
            return Error(ErrorCode::MissingField, {"company.address"}).inField("company.address");
        const CompetentCourt court = courtFor(client->company.legalForm, seat.postalCode, seat.city);
        letter->court = court.label;
        for (const LetterItem& i : letter->overdue)
            letter->supportingDocuments.push_back((french ? "Facture n° " : "Invoice ") + i.piece
                                                  + (french ? " du " : " of ") + i.date.toIso());
        letter->supportingDocuments.push_back(french ? "Conditions générales de vente acceptées par le débiteur"
                                                     : "Terms of sale accepted by the debtor");
        for (const store::ActionRecord& a : store::RecoveryRepository(m_ws.db()).actions(client->id))
            if (a.channel == "registered_letter" && a.status == "done")
                letter->supportingDocuments.push_back((french ? "Mise en demeure par LRAR du "
                                                              : "Formal notice by registered letter of ")
                                                      + a.plannedOn.toIso());
        letter->supportingDocuments.push_back(french ? "Relevé de compte du débiteur" : "Statement of account");
        letter->supportingDocuments.push_back(french ? "Extrait Kbis du débiteur de moins de trois mois"
                                                     : "Debtor's Kbis extract, less than three months old");
        const receivables::LegalDeadline prescription{
            "prescription", receivables::prescriptionDate(letter->overdue.front().dueDate), "C. com. L110-4"};
        letter->deadlines.push_back({deadlineLabel(prescription, french), prescription.date});

        store::LegalFileRecord record;
        record.companyId = client->id;
        record.kind = LegalFileKind::Injonction;
        record.status = "prepared";
        record.openedOn = asOf;
        record.principal = letter->totalOverdue;
        record.penalties = letter->totalPenalties;
        record.indemnity = letter->totalIndemnities;
        record.court = court.label;
        record.document = outPath.toStdString();
        record.items = overdueItems(*letter, store::RecoveryRepository(m_ws.db()).dunnedEntries(client->id, asOf));
        store::RecoveryRepository repo(m_ws.db());
        auto id = repo.addLegalFile(record, m_ws.stamp());
        if (!id)
            return id.error();
        letter->reference = "J" + std::to_string(*id);

        if (outPath.isEmpty()) {
            // Recorded only: the request is printed later from the file.
        } else if (outPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            if (auto s = writeText(outPath, QByteArray::fromStdString(letterJson(*letter, court).dump(2))); !s)
                return s;
            written = true;
        } else {
            auto rendered = renderLetter(*letter, DocumentTemplates(m_ws).effective(
                                                      QStringLiteral("injonction"),
                                                      QString::fromStdString(letter->language)));
            if (!rendered)
                return rendered.error();
            QDir().mkpath(QFileInfo(outPath).absolutePath());
            if (auto s = writePdf(rendered->html, outPath, rendered->subject); !s)
                return s;
            written = true;
        }
        store::AuditEntry entry{0, m_ws.clock().now(), m_ws.actor(), QStringLiteral("legal.injonction"),
                                QStringLiteral("legal_file"), QString::number(*id), {}, nullptr,
                                {{"principal_cents", record.principal.cents()},
                                 {"penalties_cents", record.penalties.cents()},
                                 {"indemnity_cents", record.indemnity.cents()}}};
        if (auto s = store::AuditLog(m_ws.db()).record(entry); !s)
            return s;
        prepared = PreparedFile{*id, outPath, record.principal, record.penalties, record.indemnity, court};
        return tx.commit();
    });
    if (!outcome) {
        if (written)
            QFile::remove(outPath);
        return outcome.error();
    }
    emit m_ws.notifier().salesChanged(client->id);
    return *prepared;
}

core::Result<PreparedFile> LegalFileService::handOverToAgency(const QString& clientKey, const std::string& agency,
                                                              Date asOf, const QString& outPath)
{
    auto client = ClientService(m_ws).find(clientKey);
    if (!client)
        return client.error().inField("client");
    std::optional<PreparedFile> prepared;
    // The document is written before the commit; a failure after it takes it back.
    bool written = false;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        if (auto open = refuseOpenFile(m_ws, client->id, LegalFileKind::Agency); !open)
            return open;
        auto letter = RecoveryLetterBuilder(m_ws).build(client->id, "final_notice", asOf, {});
        if (!letter)
            return letter.error();
        if (letter->overdue.empty())
            return Error(ErrorCode::Empty, {"overdue"}).inField("client");
        store::RecoveryRepository repo(m_ws.db());
        const auto& seat = client->company.address;
        const CompetentCourt court = courtFor(client->company.legalForm, seat.postalCode, seat.city);
        json file = letterJson(*letter, court);
        json history = json::array();
        for (const store::ActionRecord& a : repo.actions(client->id))
            history.push_back({{"date", a.plannedOn.toIso()},
                               {"step", a.stepCode},
                               {"channel", a.channel},
                               {"status", a.status},
                               {"outcome", a.outcome},
                               {"note", a.note},
                               {"amount_cents", a.amount.cents()},
                               {"document", QFileInfo(QString::fromStdString(a.document)).fileName().toStdString()}});
        file["history"] = history;
        file["agency"] = agency;
        file["debtor"]["phone"] = client->contacts.empty() ? std::string() : client->contacts.front().phone;

        store::LegalFileRecord record;
        record.companyId = client->id;
        record.kind = LegalFileKind::Agency;
        record.status = "filed";
        record.openedOn = asOf;
        record.principal = letter->totalOverdue;
        record.penalties = letter->totalPenalties;
        record.indemnity = letter->totalIndemnities;
        record.counterpart = agency;
        record.document = outPath.toStdString();
        record.items = overdueItems(*letter, repo.dunnedEntries(client->id, asOf));
        auto id = repo.addLegalFile(record, m_ws.stamp());
        if (!id)
            return id.error();
        file["reference"] = "J" + std::to_string(*id);
        if (auto s = writeText(outPath, QByteArray::fromStdString(file.dump(2))); !s)
            return s;
        written = true;
        prepared = PreparedFile{*id, outPath, record.principal, record.penalties, record.indemnity, court};
        return tx.commit();
    });
    if (!outcome) {
        if (written)
            QFile::remove(outPath);
        return outcome.error();
    }
    emit m_ws.notifier().salesChanged(client->id);
    return *prepared;
}

core::Result<qint64> LegalFileService::openFile(const QString& clientKey, LegalFileKind kind, Date asOf,
                                                const std::string& note)
{
    auto client = ClientService(m_ws).find(clientKey);
    if (!client)
        return client.error().inField("client");
    if (kind == LegalFileKind::ClaimDeclaration && client->company.proceedings == core::Proceedings::None)
        return Error(ErrorCode::InvalidTransition, {"none", "claim_declaration"}).inField("client");
    std::optional<qint64> written;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        if (auto open = refuseOpenFile(m_ws, client->id, kind); !open)
            return open;
        // A claim covers everything owed before the opening judgment, due or not.
        auto letter = RecoveryLetterBuilder(m_ws).build(client->id, "statement", asOf, {});
        if (!letter)
            return letter.error();
        if (letter->overdue.empty() && (kind != LegalFileKind::ClaimDeclaration || letter->notDue.empty()))
            return Error(ErrorCode::Empty, {"overdue"}).inField("client");
        store::RecoveryRepository repo(m_ws.db());
        store::LegalFileRecord record;
        record.companyId = client->id;
        record.kind = kind;
        record.status = "prepared";
        record.openedOn = asOf;
        record.principal = letter->totalOverdue
                           + (kind == LegalFileKind::ClaimDeclaration ? letter->totalNotDue : Money());
        record.penalties = letter->totalPenalties;
        record.indemnity = letter->totalIndemnities;
        record.note = note;
        if (kind == LegalFileKind::ClaimDeclaration)
            record.dates.publishedOn = client->company.proceedingsDate;
        record.items = overdueItems(*letter, repo.dunnedEntries(client->id, asOf));
        auto id = repo.addLegalFile(record, m_ws.stamp());
        if (!id)
            return id.error();
        written = *id;
        return tx.commit();
    });
    if (!outcome)
        return outcome.error();
    emit m_ws.notifier().salesChanged(client->id);
    return *written;
}

core::Status LegalFileService::update(qint64 fileId, const std::string& status, const receivables::LegalDates& dates,
                                      const std::string& note)
{
    static const std::set<std::string> statuses{"prepared", "filed", "granted", "served", "closed"};
    if (!statuses.count(status))
        return Error(ErrorCode::UnknownValue, {status}).inField("status");
    std::optional<qint64> companyId;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::RecoveryRepository repo(m_ws.db());
        auto file = repo.legalFile(fileId);
        if (!file)
            return Error(ErrorCode::NotFound, {std::to_string(fileId)}).inField("legal_file");
        file->status = status;
        if (dates.orderOn)
            file->dates.orderOn = dates.orderOn;
        if (dates.servedOn)
            file->dates.servedOn = dates.servedOn;
        if (dates.publishedOn)
            file->dates.publishedOn = dates.publishedOn;
        if (status == "closed")
            file->closedOn = m_ws.clock().today();
        if (!note.empty())
            file->note = note;
        if (auto s = repo.updateLegalFile(*file); !s)
            return s;
        companyId = file->companyId;
        return tx.commit();
    });
    if (outcome && companyId)
        emit m_ws.notifier().salesChanged(*companyId);
    return outcome;
}

std::vector<LegalFileView> LegalFileService::files(std::optional<qint64> companyId)
{
    std::vector<LegalFileView> views;
    store::ClientRepository clients(m_ws.db());
    for (store::LegalFileRecord& r : store::RecoveryRepository(m_ws.db()).legalFiles(companyId)) {
        LegalFileView v;
        if (const auto summary = clients.summaryById(r.companyId)) {
            v.siren = summary->siren.toStdString();
            v.name = summary->name.toStdString();
        }
        v.deadlines = receivables::legalDeadlines(r.kind, r.dates);
        v.record = std::move(r);
        views.push_back(std::move(v));
    }
    return views;
}

std::vector<PrescriptionWarning> LegalFileService::prescriptionWarnings(Date asOf, std::optional<qint64> companyId)
{
    const int months = SharedSettings(m_ws).recoveryPolicy().prescriptionWarnMonths;
    std::vector<PrescriptionWarning> warnings;
    store::ClientRepository clients(m_ws.db());
    for (const store::DunnedEntry& e : store::RecoveryRepository(m_ws.db()).dunnedEntries(companyId, asOf)) {
        if (!receivables::prescriptionNear(e.dueDate, asOf, months))
            continue;
        PrescriptionWarning w{e.companyId, {}, {}, e.piece, e.dueDate, receivables::prescriptionDate(e.dueDate), e.open};
        if (const auto summary = clients.summaryById(e.companyId)) {
            w.siren = summary->siren.toStdString();
            w.name = summary->name.toStdString();
        }
        warnings.push_back(std::move(w));
    }
    return warnings;
}

} // namespace pc::app
