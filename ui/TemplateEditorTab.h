#pragma once

#include "app/RecoveryLetter.h"
#include "ui/RecoveryTab.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace pc::ui {

// The documents of stage 8 (fifth tab): each template (reminder, statement, formal
// notice, final notice, injonction request) in each language, its subject and body
// edited as Mustache text beside a live preview on a letter of the session's client
// (or a sample one). Saving checks the text; the team's version replaces the built-in
// one until it is set back. Both are undone with Ctrl+Z.
class TemplateEditorTab : public RecoveryTab {
    Q_OBJECT

public:
    TemplateEditorTab(RecoverySession& session, QUndoStack& undoStack, QWidget* parent = nullptr);

    QPlainTextEdit* bodyEdit() const { return m_body; }
    QTextBrowser* preview() const { return m_preview; }

    void selectTemplate(const QString& code, const QString& language);
    // Saves the text typed; false, with the parser's message shown, when refused.
    bool save();
    // Sets the selected template back to the built-in one.
    bool resetToBuiltIn();
    // Renders the preview now rather than after the typing pause.
    void renderPreview();

    // A letter with every part a template may show, for when no client is chosen.
    static app::RecoveryLetter sampleLetter(const QString& code, const QString& language, core::Date asOf);

protected:
    void refresh() override;

private:
    QWidget* makeEditor();
    void currentChanged(QListWidgetItem* current, QListWidgetItem* previous);
    bool confirmSwitch();
    void load();
    void markDirty();
    void updateItems();
    void applied(const QString& code, const QString& language);
    app::TemplateText typed() const;
    app::RecoveryLetter previewLetter();
    void showProblem(const QString& message);

    QUndoStack& m_undo;
    QListWidget* m_list;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QTextBrowser* m_preview;
    QLabel* m_sample;
    QLabel* m_problem;
    QPushButton* m_save;
    QPushButton* m_reset;
    QTimer* m_previewTimer;
    QString m_code;
    QString m_language;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace pc::ui
