#include "ui/RecoveryDocumentDialog.h"

#include "app/ErrorText.h"
#include "app/PdfWriter.h"
#include "app/RecoveryLetterBuilder.h"
#include "app/Workspace.h"
#include "app/RecoveryLabels.h"
#include "ui/SalesWidgets.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace pc::ui {

core::Result<RecoveryDocumentDialog*> RecoveryDocumentDialog::create(app::Workspace& workspace, qint64 companyId,
                                                                     const std::string& templateCode, core::Date asOf,
                                                                     const std::string& reference,
                                                                     const std::optional<std::set<qint64>>& only,
                                                                     QWidget* parent)
{
    auto letter = app::RecoveryLetterBuilder(workspace).build(companyId, templateCode, asOf, reference, only);
    if (!letter)
        return letter.error();
    const app::TemplateText text = app::DocumentTemplates(workspace).effective(
        QString::fromStdString(templateCode), QString::fromStdString(letter->language));
    auto rendered = app::renderLetter(*letter, text);
    if (!rendered)
        return rendered.error();
    return new RecoveryDocumentDialog(*rendered, *letter, parent);
}

RecoveryDocumentDialog::RecoveryDocumentDialog(app::RenderedLetter rendered, app::RecoveryLetter letter,
                                               QWidget* parent)
    : QDialog(parent), m_rendered(std::move(rendered)), m_letter(std::move(letter)), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("recoveryDocumentDialog"));
    setWindowTitle(tr("Aperçu — %1 — %2")
                       .arg(app::RecoveryLabels::templateName(QString::fromStdString(m_letter.templateCode)),
                            QString::fromStdString(m_letter.debtor.name)));
    const QString to = m_letter.debtor.email.empty() ? tr("<i>pas d'adresse e-mail au dossier</i>")
                                                     : QString::fromStdString(m_letter.debtor.email).toHtmlEscaped();
    auto* header = new QLabel(tr("<b>Objet :</b> %1<br><b>À :</b> %2")
                                  .arg(m_rendered.subject.toHtmlEscaped(), to),
                              this);
    header->setObjectName(QStringLiteral("documentHeaderLabel"));
    header->setTextFormat(Qt::RichText);
    m_browser->setObjectName(QStringLiteral("documentBrowser"));
    m_browser->setHtml(m_rendered.html);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    QPushButton* print = buttons->addButton(tr("&Imprimer…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printDocumentButton"));
    QPushButton* pdf = buttons->addButton(tr("Enregistrer en &PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("saveDocumentPdfButton"));
    QPushButton* mail = buttons->addButton(tr("Ouvrir dans la &messagerie"), QDialogButtonBox::ActionRole);
    mail->setObjectName(QStringLiteral("openInMailButton"));
    mail->setToolTip(tr("Prépare un brouillon d'e-mail, le PDF joint, à vérifier et envoyer depuis votre messagerie."));
    connect(print, &QPushButton::clicked, this, &RecoveryDocumentDialog::print);
    connect(pdf, &QPushButton::clicked, this, &RecoveryDocumentDialog::choosePdf);
    connect(mail, &QPushButton::clicked, this, &RecoveryDocumentDialog::openInMail);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 900);
}

QString RecoveryDocumentDialog::fileStem() const
{
    return QStringLiteral("%1_%2_%3")
        .arg(QString::fromStdString(m_letter.templateCode), QString::fromStdString(m_letter.debtor.siren),
             QString::fromStdString(m_letter.date.toIso()));
}

core::Status RecoveryDocumentDialog::savePdf(const QString& path) const
{
    return app::writePdf(m_rendered.html, path, m_rendered.subject);
}

core::Result<QString> RecoveryDocumentDialog::writeEmail(const QString& folder) const
{
    // The attachment is the PDF as the batch would write it, made in a scratch folder.
    QTemporaryDir scratch;
    const QString pdfName = fileStem() + QStringLiteral(".pdf");
    const QString pdfPath = QDir(scratch.path()).filePath(pdfName);
    if (auto status = savePdf(pdfPath); !status)
        return status.error();
    QFile pdf(pdfPath);
    if (!pdf.open(QIODevice::ReadOnly))
        return core::Error(core::ErrorCode::IoError, {pdfPath.toStdString()});
    const QByteArray eml = app::emlMessage(QString(), QString::fromStdString(m_letter.debtor.email), {}, m_rendered,
                                           pdf.readAll(), pdfName, m_letter.date);
    const QString path = QDir(folder).filePath(fileStem() + QStringLiteral(".eml"));
    QSaveFile out(path);
    if (!QDir().mkpath(folder) || !out.open(QIODevice::WriteOnly) || out.write(eml) != eml.size() || !out.commit())
        return core::Error(core::ErrorCode::IoError, {path.toStdString()});
    return path;
}

void RecoveryDocumentDialog::print()
{
    printDocument(m_rendered.html, m_rendered.subject, this);
}

void RecoveryDocumentDialog::choosePdf()
{
    const QString proposed = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .filePath(fileStem() + QStringLiteral(".pdf"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Enregistrer en PDF"), proposed, tr("Documents PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto status = savePdf(path); !status)
        showFailure(tr("PDF non enregistré"), status.error());
}

void RecoveryDocumentDialog::openInMail()
{
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("PosteClient"));
    auto path = writeEmail(folder);
    if (!path) {
        showFailure(tr("Brouillon d'e-mail non écrit"), path.error());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path)))
        QMessageBox::information(this, tr("Ouvrir dans la messagerie"),
                                 tr("Aucune messagerie ne s'est ouverte. Le brouillon est enregistré ici :\n%1")
                                     .arg(QDir::toNativeSeparators(*path)));
}

void RecoveryDocumentDialog::showFailure(const QString& what, const core::Error& error)
{
    QMessageBox::warning(this, what, app::ErrorText::describe(error));
}

} // namespace pc::ui
