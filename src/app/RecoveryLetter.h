#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Rate.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace pc::app {

class Workspace;

// The documents of stage 8 (reminders, account statement, formal notice, final notice
// before court, injonction de payer request) are written from templates the team can
// edit, in French or English. A template is Mustache text (kainjow::mustache, packaged
// by Debian) over the values of a RecoveryLetter, already formatted for its language.

struct LetterParty {
    std::string name;
    std::string siren;
    std::string legalForm;
    std::vector<std::string> addressLines; // street lines, then "69003 Lyon"
    std::string email;
    std::string contact; // the person the letter is addressed to
};

struct LetterItem {
    std::string piece; // invoice number
    core::Date date;
    core::Date dueDate;
    core::Money amount;   // the invoice incl. VAT
    core::Money open;     // still due
    core::Money disputed; // under dispute, shown apart
    int daysLate = 0;     // 0 when not yet due
    core::Rate rate;      // late-payment rate applied
    core::Money penalty;
    core::Money indemnity;
};

struct LetterDeadline {
    std::string label; // already in the letter's language
    core::Date date;
};

struct RecoveryLetter {
    // "reminder", "statement", "formal_notice", "final_notice", "injonction".
    std::string templateCode;
    std::string language = "fr"; // "fr" or "en"
    core::Date date;             // the letter's date
    std::string reference;       // our reference (the action or legal file number)
    LetterParty creditor;
    LetterParty debtor;
    std::string salesRep;
    std::vector<LetterItem> overdue; // past due, oldest first
    std::vector<LetterItem> notDue;  // not yet due (statement), by due date
    core::Money totalOverdue;
    core::Money totalNotDue;
    core::Money totalDisputed;
    core::Money totalPenalties;
    core::Money totalIndemnities;
    core::Money totalClaimed; // overdue + penalties + indemnities
    int payWithinDays = 8;
    core::Date payBy;
    std::string creditorIban;
    std::string creditorBic;
    // Legal files: the competent court, the supporting documents, the deadlines.
    std::string court;
    std::vector<std::string> supportingDocuments;
    std::vector<LetterDeadline> deadlines;
};

struct TemplateText {
    QString subject; // e-mail subject, Mustache too
    QString body;    // HTML for QTextDocument, Mustache
};

struct RenderedLetter {
    QString subject;
    QString html;
    QString plainText; // the body as text, for the e-mail
};

// Built-in templates (resources/templates/<language>/<code>.html) and the team's
// edited versions (table document_templates), which take precedence.
class DocumentTemplates {
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplates)

public:
    explicit DocumentTemplates(Workspace& workspace) : m_ws(workspace) {}

    static QStringList codes();     // the template codes above
    static QStringList languages(); // "fr", "en"
    static TemplateText builtIn(const QString& code, const QString& language);
    // The edited version when there is one, else the built-in one.
    TemplateText effective(const QString& code, const QString& language);
    bool isEdited(const QString& code, const QString& language);
    // Errors: UnknownValue (code or language), InvalidFormat (the Mustache text does not
    // parse; args {the parser's message}, field "body" or "subject").
    core::Status save(const QString& code, const QString& language, const TemplateText& text);
    // Back to the built-in template.
    core::Status reset(const QString& code, const QString& language);

private:
    Workspace& m_ws;
};

// Fills the template. Every value is HTML-escaped. Errors: InvalidFormat (args {message}).
core::Result<RenderedLetter> renderLetter(const RecoveryLetter& letter, const TemplateText& text);

// A ready-to-send e-mail (RFC 5322, MIME multipart: the text, the PDF attached), to open
// in the desktop mail client or drop in an outbox.
QByteArray emlMessage(const QString& from, const QString& to, const QStringList& cc, const RenderedLetter& letter,
                      const QByteArray& pdf, const QString& pdfName, core::Date date);

} // namespace pc::app
