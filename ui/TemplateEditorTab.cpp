#include "ui/TemplateEditorTab.h"

#include "app/ErrorText.h"
#include "app/RecoveryLetterBuilder.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "app/RecoveryLabels.h"
#include "ui/RecoveryFormat.h"
#include "ui/RecoverySession.h"
#include "ui/SalesWidgets.h"
#include "ui/TemplateEditCommand.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pc::ui {

using core::Money;

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kLanguageRole = Qt::UserRole + 2;
// Long enough not to render at every key, short enough to feel live.
constexpr int kPreviewDelayMs = 300;

app::LetterItem sampleItem(std::string piece, core::Date dueDate, Money amount, core::Date asOf, Money penalty)
{
    app::LetterItem item;
    item.piece = std::move(piece);
    item.date = dueDate.addDays(-30);
    item.dueDate = dueDate;
    item.amount = amount;
    item.open = amount;
    item.daysLate = std::max(0, dueDate.daysUntil(asOf));
    item.rate = core::Rate::fromBasisPoints(1215);
    item.penalty = penalty;
    item.indemnity = item.daysLate > 0 ? Money::fromEuros(40) : Money();
    return item;
}

} // namespace

TemplateEditorTab::TemplateEditorTab(RecoverySession& session, QUndoStack& undoStack, QWidget* parent)
    : RecoveryTab(session, parent),
      m_undo(undoStack),
      m_list(new QListWidget(this)),
      m_subject(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)),
      m_preview(new QTextBrowser(this)),
      m_sample(makeHintLabel(this)),
      m_problem(makeProblemLabel("templateProblemLabel", this)),
      m_save(new QPushButton(tr("&Enregistrer le modèle"), this)),
      m_reset(new QPushButton(tr("Rétablir le modèle d'&origine"), this)),
      m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("templateEditorTab"));
    m_list->setObjectName(QStringLiteral("templateList"));
    for (const QString& code : app::DocumentTemplates::codes())
        for (const QString& language : app::DocumentTemplates::languages()) {
            auto* item = new QListWidgetItem(m_list);
            item->setData(kCodeRole, code);
            item->setData(kLanguageRole, language);
        }
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(makeEditor(), 1);

    connect(m_list, &QListWidget::currentItemChanged, this, &TemplateEditorTab::currentChanged);
    connect(m_subject, &QLineEdit::textEdited, this, &TemplateEditorTab::markDirty);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditorTab::markDirty);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditorTab::renderPreview);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditorTab::save);
    connect(m_reset, &QPushButton::clicked, this, &TemplateEditorTab::resetToBuiltIn);
}

QWidget* TemplateEditorTab::makeEditor()
{
    auto* editor = new QWidget(this);
    m_subject->setObjectName(QStringLiteral("templateSubjectEdit"));
    m_body->setObjectName(QStringLiteral("templateBodyEdit"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_reset->setObjectName(QStringLiteral("resetTemplateButton"));
    m_sample->setObjectName(QStringLiteral("templateSampleLabel"));
    auto* hint = makeHintLabel(editor);
    hint->setText(tr("Texte Mustache : {{debtor.name}}, {{totalOverdue}}, {{payBy}}, {{#overdue}}…{{/overdue}} "
                     "pour chaque facture échue. Ctrl+Z annule un enregistrement."));

    auto* splitter = new QSplitter(Qt::Horizontal, editor);
    splitter->addWidget(m_body);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* subject = new QFormLayout;
    subject->addRow(tr("Ob&jet :"), m_subject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sample, 1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(subject);
    layout->addWidget(splitter, 1);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    return editor;
}

void TemplateEditorTab::refresh()
{
    // Shown for the first time: the first template, read and rendered only now.
    if (m_code.isEmpty()) {
        m_list->setCurrentRow(0);
        return;
    }
    updateItems();
    renderPreview();
}

void TemplateEditorTab::updateItems()
{
    app::DocumentTemplates templates(session().workspace());
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QString code = item->data(kCodeRole).toString();
        const QString language = item->data(kLanguageRole).toString();
        const bool edited = templates.isEdited(code, language);
        QString text =
            QStringLiteral("%1 — %2").arg(app::RecoveryLabels::templateName(code), RecoveryFormat::language(language));
        if (edited)
            text += tr(" · modifié");
        item->setText(text);
        QFont font = item->font();
        font.setBold(edited);
        item->setFont(font);
    }
    // As wide as its longest name, which grows when a template is marked edited.
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 8);
    m_reset->setEnabled(!m_code.isEmpty() && templates.isEdited(m_code, m_language));
}

void TemplateEditorTab::selectTemplate(const QString& code, const QString& language)
{
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->data(kCodeRole).toString() == code && item->data(kLanguageRole).toString() == language)
            m_list->setCurrentRow(row);
    }
}

void TemplateEditorTab::currentChanged(QListWidgetItem* current, QListWidgetItem* previous)
{
    if (!current)
        return;
    if (!confirmSwitch()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(previous);
        return;
    }
    m_code = current->data(kCodeRole).toString();
    m_language = current->data(kLanguageRole).toString();
    load();
}

bool TemplateEditorTab::confirmSwitch()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(this, tr("Modèle modifié"),
                                              tr("Le modèle a été modifié. Enregistrer les modifications ?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void TemplateEditorTab::load()
{
    const app::TemplateText text = app::DocumentTemplates(session().workspace()).effective(m_code, m_language);
    m_loading = true;
    m_subject->setText(text.subject);
    m_subject->setCursorPosition(0);
    m_body->setPlainText(text.body);
    m_loading = false;
    m_dirty = false;
    m_save->setEnabled(false);
    m_problem->hide();
    updateItems();
    renderPreview();
}

void TemplateEditorTab::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_save->setEnabled(true);
    m_previewTimer->start();
}

app::TemplateText TemplateEditorTab::typed() const
{
    return {m_subject->text(), m_body->toPlainText()};
}

app::RecoveryLetter TemplateEditorTab::previewLetter()
{
    const std::optional<qint64> client = session().client();
    if (client) {
        auto letter = app::RecoveryLetterBuilder(session().workspace())
                          .build(*client, m_code.toStdString(), session().asOf(), "R0001");
        if (letter) {
            letter.value().templateCode = m_code.toStdString();
            letter.value().language = m_language.toStdString();
            m_sample->setText(tr("Aperçu sur les pièces de %1.").arg(session().clientName(*client)));
            return *letter;
        }
    }
    m_sample->setText(tr("Aperçu sur une lettre d'exemple : choisissez un client pour voir la sienne."));
    app::RecoveryLetter sample = sampleLetter(m_code, m_language, session().asOf());
    sample.creditor.name = app::SharedSettings(session().workspace()).seller().name;
    if (sample.creditor.name.empty())
        sample.creditor.name = tr("Votre société").toStdString();
    return sample;
}

void TemplateEditorTab::renderPreview()
{
    m_previewTimer->stop();
    if (m_code.isEmpty())
        return;
    auto rendered = app::renderLetter(previewLetter(), typed());
    if (!rendered) {
        showProblem(tr("Le modèle ne se lit pas : %1").arg(app::ErrorText::describe(rendered.error())));
        return;
    }
    m_problem->hide();
    m_preview->setHtml(rendered->html);
}

bool TemplateEditorTab::save()
{
    if (m_code.isEmpty())
        return false;
    app::DocumentTemplates templates(session().workspace());
    const bool edited = templates.isEdited(m_code, m_language);
    const std::optional<app::TemplateText> before =
        edited ? std::optional(templates.effective(m_code, m_language)) : std::nullopt;
    const app::TemplateText after = typed();
    if (auto status = templates.save(m_code, m_language, after); !status) {
        showProblem(tr("Modèle non enregistré : %1").arg(app::ErrorText::describe(status.error())));
        (status.error().where.field == "subject" ? static_cast<QWidget*>(m_subject) : m_body)->setFocus();
        return false;
    }
    m_undo.push(new TemplateEditCommand(
        session().workspace(), m_code, m_language, before, after,
        [this](const QString& code, const QString& language) { applied(code, language); },
        [this](const core::Error& error) { showError(tr("Modèle non rétabli"), error); }));
    m_dirty = false;
    m_save->setEnabled(false);
    m_problem->hide();
    updateItems();
    emit statusMessage(tr("Modèle %1 enregistré : les prochains documents le suivront.")
                           .arg(app::RecoveryLabels::templateName(m_code)));
    return true;
}

bool TemplateEditorTab::resetToBuiltIn()
{
    app::DocumentTemplates templates(session().workspace());
    if (m_code.isEmpty() || !templates.isEdited(m_code, m_language))
        return false;
    const app::TemplateText before = templates.effective(m_code, m_language);
    if (auto status = templates.reset(m_code, m_language); !status) {
        showError(tr("Modèle non rétabli"), status.error());
        return false;
    }
    m_undo.push(new TemplateEditCommand(
        session().workspace(), m_code, m_language, before, std::nullopt,
        [this](const QString& code, const QString& language) { applied(code, language); },
        [this](const core::Error& error) { showError(tr("Modèle non rétabli"), error); }));
    load();
    emit statusMessage(tr("Modèle d'origine rétabli. Ctrl+Z reprend la version de l'équipe."));
    return true;
}

void TemplateEditorTab::applied(const QString& code, const QString& language)
{
    if (code == m_code && language == m_language)
        load();
    else
        updateItems();
}

void TemplateEditorTab::showProblem(const QString& message)
{
    ui::showProblem(m_problem, message);
}

app::RecoveryLetter TemplateEditorTab::sampleLetter(const QString& code, const QString& language, core::Date asOf)
{
    app::RecoveryLetter l;
    l.templateCode = code.toStdString();
    l.language = language.toStdString();
    l.date = asOf;
    l.reference = "R0001";
    l.creditor.addressLines = {"1 place Bellecour", "69002 Lyon"};
    l.debtor = {"Exemple Distribution", "732829320", "SAS", {"12 rue de la République", "69001 Lyon"},
                "compta@exemple.fr", "Mme Martine Roche"};
    l.salesRep = "Julie Marchand";
    l.overdue = {sampleItem("FA000101", asOf.addDays(-45), Money::fromEuros(1200), asOf, Money::fromCents(1798)),
                 sampleItem("FA000117", asOf.addDays(-12), Money::fromEuros(480), asOf, Money::fromCents(192))};
    l.notDue = {sampleItem("FA000131", asOf.addDays(18), Money::fromEuros(860), asOf, Money())};
    l.totalOverdue = Money::fromEuros(1680);
    l.totalNotDue = Money::fromEuros(860);
    l.totalPenalties = Money::fromCents(1990);
    l.totalIndemnities = Money::fromEuros(80);
    l.totalClaimed = l.totalOverdue + l.totalPenalties + l.totalIndemnities;
    l.payBy = asOf.addDays(l.payWithinDays);
    l.creditorIban = "FR76 3000 4008 2300 0123 4567 819";
    l.creditorBic = "BNPAFRPPXXX";
    l.court = "Tribunal de commerce de Lyon";
    l.supportingDocuments = {"Factures FA000101 et FA000117", "Conditions générales de vente signées",
                             "Mise en demeure et son avis de réception"};
    l.deadlines = {{"Signification de l'ordonnance", asOf.addMonths(6)}};
    return l;
}

} // namespace pc::ui
