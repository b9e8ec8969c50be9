#include "ui/LegalFileDialog.h"

#include "app/ErrorText.h"
#include "app/Labels.h"
#include "ui/FieldFeedback.h"
#include "app/RecoveryLabels.h"
#include "ui/SalesWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::ui {

LegalFileDialog::LegalFileDialog(app::Workspace& workspace, const app::LegalFileView& file, QWidget* parent)
    : QDialog(parent),
      m_ws(workspace),
      m_fileId(file.record.id),
      m_status(new QComboBox(this)),
      m_orderOn(makeOptionalDateEdit(this)),
      m_servedOn(makeOptionalDateEdit(this)),
      m_publishedOn(makeOptionalDateEdit(this)),
      m_abroad(new QCheckBox(tr("Créancier établi hors de la France métropolitaine (+ 2 mois)"), this)),
      m_note(new QLineEdit(QString::fromStdString(file.record.note), this)),
      m_problem(makeProblemLabel("legalFileProblemLabel", this))
{
    setObjectName(QStringLiteral("legalFileDialog"));
    setWindowTitle(tr("Mettre à jour le dossier"));
    m_status->setObjectName(QStringLiteral("legalStatusCombo"));
    for (const char* code : {"prepared", "filed", "granted", "served", "closed"})
        m_status->addItem(app::RecoveryLabels::legalStatus(code), QString::fromLatin1(code));
    m_status->setCurrentIndex(m_status->findData(QString::fromStdString(file.record.status)));
    m_orderOn->setObjectName(QStringLiteral("legalOrderDateEdit"));
    m_servedOn->setObjectName(QStringLiteral("legalServedDateEdit"));
    m_publishedOn->setObjectName(QStringLiteral("legalPublishedDateEdit"));
    setOptionalDate(m_orderOn, file.record.dates.orderOn);
    setOptionalDate(m_servedOn, file.record.dates.servedOn);
    setOptionalDate(m_publishedOn, file.record.dates.publishedOn);
    m_abroad->setChecked(file.record.dates.creditorAbroad);
    m_note->setObjectName(QStringLiteral("legalNoteEdit"));

    auto* intro = new QLabel(tr("<b>%1</b> — %2, ouvert le %3.")
                                 .arg(QString::fromStdString(file.name).toHtmlEscaped(),
                                      app::RecoveryLabels::legalKind(file.record.kind),
                                      app::Labels::date(file.record.openedOn)),
                             this);
    auto* hint = makeHintLabel(this);
    hint->setText(tr("Les échéances suivent ces dates : signifier l'ordonnance dans les 6 mois, opposition dans le mois "
                     "de la signification ; exécuter une saisie dans les 3 mois ; déclarer une créance dans les 2 mois "
                     "de la publication au BODACC."));
    auto* form = new QFormLayout;
    form->addRow(tr("É&tat :"), m_status);
    form->addRow(tr("&Ordonnance ou autorisation du :"), m_orderOn);
    form->addRow(tr("&Signifiée ou exécutée le :"), m_servedOn);
    form->addRow(tr("&Publication BODACC du :"), m_publishedOn);
    form->addRow(QString(), m_abroad);
    form->addRow(tr("&Note :"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mettre à jour"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveLegalFileButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LegalFileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void LegalFileDialog::accept()
{
    receivables::LegalDates dates;
    dates.orderOn = optionalDate(m_orderOn);
    dates.servedOn = optionalDate(m_servedOn);
    dates.publishedOn = optionalDate(m_publishedOn);
    dates.creditorAbroad = m_abroad->isChecked();
    auto status = app::LegalFileService(m_ws).update(m_fileId, m_status->currentData().toString().toStdString(), dates,
                                                     m_note->text().trimmed().toStdString());
    if (!status) {
        showProblem(m_problem, app::ErrorText::describe(status.error()));
        return;
    }
    QDialog::accept();
}

} // namespace pc::ui
