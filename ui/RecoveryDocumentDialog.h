#pragma once

#include "app/RecoveryLetter.h"
#include "core/Date.h"
#include "core/Result.h"

#include <QDialog>

#include <optional>
#include <set>
#include <string>

class QTextBrowser;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

// A recovery letter as it would go out, before it does: built from the client's items
// (app::RecoveryLetterBuilder) and the team's template (DocumentTemplates::effective),
// to read, print, save as a PDF, or open as a draft in the mail client.
class RecoveryDocumentDialog : public QDialog {
    Q_OBJECT

public:
    // The letter of `templateCode` about the client's items `only` (all its open items
    // when none). Errors: the builder's and the template's.
    static core::Result<RecoveryDocumentDialog*> create(app::Workspace& workspace, qint64 companyId,
                                                        const std::string& templateCode, core::Date asOf,
                                                        const std::string& reference,
                                                        const std::optional<std::set<qint64>>& only,
                                                        QWidget* parent);

    QTextBrowser* browser() const { return m_browser; }
    core::Status savePdf(const QString& path) const;
    // Writes the e-mail (the text, the PDF attached) as an .eml file in `folder` and
    // gives its path.
    core::Result<QString> writeEmail(const QString& folder) const;

private:
    RecoveryDocumentDialog(app::RenderedLetter rendered, app::RecoveryLetter letter, QWidget* parent);

    QString fileStem() const;
    void print();
    void choosePdf();
    void openInMail();
    void showFailure(const QString& what, const core::Error& error);

    app::RenderedLetter m_rendered;
    app::RecoveryLetter m_letter;
    QTextBrowser* m_browser;
};

} // namespace pc::ui
