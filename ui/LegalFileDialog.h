#pragma once

#include "app/LegalFileService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

// "Mettre à jour": a legal file moves on (filed, order granted, served, closed) with
// the dates its deadlines run from: the order, its service, the BODACC publication.
// Recorded on OK through app::LegalFileService::update.
class LegalFileDialog : public QDialog {
    Q_OBJECT

public:
    LegalFileDialog(app::Workspace& workspace, const app::LegalFileView& file, QWidget* parent = nullptr);

    void accept() override;

private:
    app::Workspace& m_ws;
    qint64 m_fileId;
    QComboBox* m_status;
    QDateEdit* m_orderOn;
    QDateEdit* m_servedOn;
    QDateEdit* m_publishedOn;
    QCheckBox* m_abroad;
    QLineEdit* m_note;
    QLabel* m_problem;
};

} // namespace pc::ui
