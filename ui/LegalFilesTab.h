#pragma once

#include "app/LegalFileService.h"
#include "ui/RecordTableModel.h"
#include "ui/RecoveryTab.h"

class QLabel;
class QPushButton;
class QTableView;

namespace pc::ui {

// Legal recovery (stage 8, last tab): every legal file with its next deadline, the
// deadlines of the one selected, and the invoices whose prescription comes near. For
// the session's client: an injonction de payer request written as a PDF, a hand-over
// to a collection agency, a protective attachment, a claim declared in collective
// proceedings.
class LegalFilesTab : public RecoveryTab {
    Q_OBJECT

public:
    explicit LegalFilesTab(RecoverySession& session, QWidget* parent = nullptr);

    RecordTableModel<app::LegalFileView>* filesModel() const { return m_files; }

    // For the session's client; false, with the reason shown, when refused.
    bool prepareInjonction();
    bool handOverToAgency(const QString& agency);
    bool openFile(receivables::LegalFileKind kind, const QString& note);

protected:
    void refresh() override;

private:
    QWidget* makeActions();
    QWidget* makeFilesBox();
    QWidget* makeWarningsBox();
    void askAgency();
    void askFile(receivables::LegalFileKind kind);
    void updateSelected();
    void openSelectedDocument();
    void showDeadlines();
    void updateButtons();
    const app::LegalFileView* selected() const;
    // Where the file for the client goes, in the output folder (made if need be).
    QString outputPath(const QString& prefix, const QString& extension);
    void prepared(const app::PreparedFile& file, const QString& what);

    RecordTableModel<app::LegalFileView>* m_files;
    RecordTableModel<receivables::LegalDeadline>* m_deadlines;
    RecordTableModel<app::PrescriptionWarning>* m_warnings;
    QLabel* m_client = nullptr;
    QTableView* m_filesView = nullptr;
    QTableView* m_deadlinesView = nullptr;
    QLabel* m_warningsTitle = nullptr;
    QList<QPushButton*> m_clientButtons;
    QPushButton* m_update = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace pc::ui
