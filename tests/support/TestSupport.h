#pragma once

#include "app/Workspace.h"
#include "core/ClientFile.h"
#include "core/Date.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>

namespace pc::test {

// A file of tests/data, read whole. Fails the test when it is missing.
QByteArray readTestData(const QString& relativePath);
QString testDataPath(const QString& relativePath);
// A file of ../shared/fixtures, or an empty path when the folder is not there.
QString sharedFixturePath(const QString& relativePath);

// The date the tests run "as of".
core::Date testToday();

// A workspace over a fresh SQLite file in a temporary folder, with a clock stopped
// on testToday() (or the given day) and the actor "tester".
class TempWorkspace {
public:
    explicit TempWorkspace(core::Date today = testToday());
    app::Workspace& ws() { return *m_ws; }
    app::Workspace* operator->() { return m_ws.get(); }
    QString databasePath() const;
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<app::Workspace> m_ws;
};

// "YYYY-MM-DD" -> Date; the test fails on bad text.
core::Date date(const std::string& iso);

// A client file whose opening checklist is complete as of testToday(): SIREN from
// the 8-digit payload, head office SIRET, IBAN/BIC, Kbis of 10 days, terms signed,
// accounts-payable contact, payment method. Status prospect, no account number.
core::ClientFile completeClient(const std::string& sirenPayload, const std::string& name);

} // namespace pc::test
