#pragma once

#include "app/PromiseService.h"
#include "store/RecoveryRepository.h"
#include "ui/RecordTableModel.h"

#include <QCoreApplication>

namespace pc::ui {

class RecoverySession;

using PromiseModel = RecordTableModel<app::PromiseView>;
using DisputeModel = RecordTableModel<store::DisputeRecord>;

// The promises and disputes as the lists of every client (`withClient`) and the client
// tab show them, the latter narrower: notes and secondary dates go to the tooltip.
// States are coloured: a broken promise red, a kept one green; an active dispute
// amber. Ages are counted to the session's day.
class RecoveryColumns {
    Q_DECLARE_TR_FUNCTIONS(RecoveryColumns)

public:
    static PromiseModel* promiseModel(RecoverySession& session, bool withClient, QObject* parent);
    static DisputeModel* disputeModel(RecoverySession& session, bool withClient, QObject* parent);

private:
    static QString promiseTip(const app::PromiseView& p);
    static QString disputeTip(const store::DisputeRecord& d);
};

} // namespace pc::ui
