#include "ui/RecoveryTab.h"

#include "app/ErrorText.h"

#include <QMessageBox>

namespace pc::ui {

RecoveryTab::RecoveryTab(RecoverySession& session, QWidget* parent) : QWidget(parent), m_session(session) {}

void RecoveryTab::invalidate()
{
    m_stale = true;
    if (isVisible()) {
        m_stale = false;
        refresh();
    }
}

void RecoveryTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

void RecoveryTab::showError(const QString& what, const core::Error& error)
{
    showError(what, app::ErrorText::describe(error));
}

void RecoveryTab::showError(const QString& what, const QString& why)
{
    emit statusMessage(tr("%1 : %2").arg(what, why));
    if (!isVisible())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, what, why, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("recoveryErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
}

} // namespace pc::ui
