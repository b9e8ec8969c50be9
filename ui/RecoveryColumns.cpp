#include "ui/RecoveryColumns.h"

#include "app/Labels.h"
#include "app/RecoveryLabels.h"
#include "ui/RecoveryFormat.h"
#include "ui/RecoverySession.h"

#include <QBrush>
#include <QColor>
#include <QStringList>

namespace pc::ui {

namespace {

const QColor kRed(0xc0, 0x39, 0x2b);
const QColor kAmber(0xb9, 0x77, 0x0e);
const QColor kGreen(0x1e, 0x84, 0x49);

// How a column is drawn beside its text.
enum class Kind { Text, Number, State };

template <class T>
struct Columns {
    std::vector<typename RecordTableModel<T>::Column> columns;
    std::vector<Kind> kinds;

    void add(const QString& header, std::function<QVariant(const T&)> value, Kind kind = Kind::Text)
    {
        columns.push_back({header, std::move(value)});
        kinds.push_back(kind);
    }
};

QVariant alignment(Kind kind)
{
    return kind == Kind::Number ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
}

QColor promiseColour(receivables::PromiseState state)
{
    switch (state) {
    case receivables::PromiseState::Broken: return kRed;
    case receivables::PromiseState::Kept: return kGreen;
    case receivables::PromiseState::Pending: return kAmber;
    }
    return {};
}

} // namespace

QString RecoveryColumns::promiseTip(const app::PromiseView& p)
{
    QStringList lines;
    lines << tr("Attendue jusqu'au %1 (délai de grâce compris)").arg(app::Labels::date(p.status.deadline));
    if (p.status.since)
        lines << (p.status.state == receivables::PromiseState::Kept
                      ? tr("Tenue le %1").arg(app::Labels::date(p.status.since))
                      : tr("Non tenue depuis le %1").arg(app::Labels::date(p.status.since)));
    if (!p.record.note.empty())
        lines << QString::fromStdString(p.record.note);
    return lines.join(QLatin1Char('\n'));
}

QString RecoveryColumns::disputeTip(const store::DisputeRecord& d)
{
    QStringList lines;
    if (!d.note.empty())
        lines << tr("Le client : %1").arg(QString::fromStdString(d.note));
    if (d.dispute.resolvedOn)
        lines << tr("Résolu le %1").arg(app::Labels::date(d.dispute.resolvedOn));
    if (!d.resolutionNote.empty())
        lines << tr("Décision : %1").arg(QString::fromStdString(d.resolutionNote));
    return lines.join(QLatin1Char('\n'));
}

PromiseModel* RecoveryColumns::promiseModel(RecoverySession& session, bool withClient, QObject* parent)
{
    using app::PromiseView;
    Columns<PromiseView> c;
    c.add(tr("Faite le"), [](const PromiseView& p) { return app::Labels::date(p.record.promise.madeOn); });
    if (withClient) {
        c.add(tr("Client"), [&session](const PromiseView& p) { return session.clientName(p.record.companyId); });
        c.add(tr("SIREN"), [&session](const PromiseView& p) {
            return RecoveryFormat::siren(session.clientSiren(p.record.companyId).toStdString());
        });
    }
    c.add(tr("Montant"), [](const PromiseView& p) { return app::Labels::money(p.record.promise.amount); }, Kind::Number);
    c.add(tr("Pour le"), [](const PromiseView& p) { return app::Labels::date(p.record.promise.promisedFor); });
    c.add(tr("Reçu"), [](const PromiseView& p) { return app::Labels::money(p.status.received); }, Kind::Number);
    c.add(tr("État"), [](const PromiseView& p) { return app::RecoveryLabels::promiseState(p.status.state); }, Kind::State);
    if (withClient)
        c.add(tr("Attendue jusqu'au"), [](const PromiseView& p) { return app::Labels::date(p.status.deadline); });
    c.add(tr("Interlocuteur"), [](const PromiseView& p) { return QString::fromStdString(p.record.contact); });
    if (withClient)
        c.add(tr("Note"), [](const PromiseView& p) { return QString::fromStdString(p.record.note); });
    auto* model = new PromiseModel(std::move(c.columns), parent);
    model->setRoleProvider([kinds = std::move(c.kinds)](const PromiseView& p, int column, int role) -> QVariant {
        const Kind kind = kinds[static_cast<std::size_t>(column)];
        if (role == Qt::TextAlignmentRole)
            return alignment(kind);
        if (role == Qt::ForegroundRole && kind == Kind::State)
            return QBrush(promiseColour(p.status.state));
        if (role == Qt::ToolTipRole)
            return promiseTip(p);
        return {};
    });
    return model;
}

DisputeModel* RecoveryColumns::disputeModel(RecoverySession& session, bool withClient, QObject* parent)
{
    using store::DisputeRecord;
    Columns<DisputeRecord> c;
    c.add(tr("Ouvert le"), [](const DisputeRecord& d) { return app::Labels::date(d.dispute.openedOn); });
    if (withClient) {
        c.add(tr("Client"), [&session](const DisputeRecord& d) { return session.clientName(d.companyId); });
        c.add(tr("SIREN"), [&session](const DisputeRecord& d) {
            return RecoveryFormat::siren(session.clientSiren(d.companyId).toStdString());
        });
    }
    c.add(tr("Facture"), [](const DisputeRecord& d) { return QString::fromStdString(d.piece); });
    c.add(tr("Montant"), [](const DisputeRecord& d) { return app::Labels::money(d.dispute.amount); }, Kind::Number);
    c.add(tr("Motif"), [](const DisputeRecord& d) { return app::RecoveryLabels::disputeReason(d.dispute.reason); });
    c.add(tr("Statut"), [](const DisputeRecord& d) { return app::RecoveryLabels::disputeStatus(d.dispute.status); },
          Kind::State);
    c.add(tr("Responsable"), [](const DisputeRecord& d) { return QString::fromStdString(d.dispute.owner); });
    c.add(tr("Âge"),
          [&session](const DisputeRecord& d) {
              return tr("%n j", nullptr, d.dispute.openedOn.daysUntil(d.dispute.resolvedOn.value_or(session.asOf())));
          },
          Kind::Number);
    if (withClient) {
        c.add(tr("Résolu le"), [](const DisputeRecord& d) { return app::Labels::date(d.dispute.resolvedOn); });
        c.add(tr("Note"), [](const DisputeRecord& d) {
            return QString::fromStdString(d.resolutionNote.empty() ? d.note : d.resolutionNote);
        });
    }
    auto* model = new DisputeModel(std::move(c.columns), parent);
    model->setRoleProvider(
        [&session, kinds = std::move(c.kinds)](const DisputeRecord& d, int column, int role) -> QVariant {
            const Kind kind = kinds[static_cast<std::size_t>(column)];
            if (role == Qt::TextAlignmentRole)
                return alignment(kind);
            if (role == Qt::ForegroundRole && kind == Kind::State && d.dispute.activeOn(session.asOf()))
                return QBrush(kAmber);
            if (role == Qt::ToolTipRole)
                return disputeTip(d);
            return {};
        });
    return model;
}

} // namespace pc::ui
