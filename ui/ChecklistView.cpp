#include "ui/ChecklistView.h"

#include "app/Labels.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pc::ui {

ChecklistView::ChecklistView(QWidget* parent) : QWidget(parent), m_items(new QVBoxLayout), m_summary(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    layout->addLayout(m_items);
    layout->addStretch(1);
}

void ChecklistView::show(const core::OpeningChecklist& checklist)
{
    while (QLayoutItem* item = m_items->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const core::ChecklistLine& line : checklist.lines()) {
        const QString mark = line.satisfied ? QStringLiteral("<span style='color:#1e8449'>&#10004;</span>")
                                            : QStringLiteral("<span style='color:#c0392b'>&#10008;</span>");
        QString text = mark + QStringLiteral("&nbsp; ") + app::Labels::checklistItem(line.item).toHtmlEscaped();
        if (!line.satisfied)
            text += QStringLiteral("<br><span style='color:#7b241c; margin-left:18px'>&nbsp;&nbsp;&nbsp;&nbsp;")
                + app::Labels::checklistGap(line).toHtmlEscaped() + QStringLiteral("</span>");
        auto* label = new QLabel(text, this);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setObjectName(QString::fromUtf8(core::toCode(line.item)));
        label->setProperty("satisfied", line.satisfied);
        m_items->addWidget(label);
    }
    const int missing = static_cast<int>(checklist.missing().size());
    m_summary->setText(missing == 0 ? tr("Dossier complet : le compte peut être activé")
                                    : tr("Dossier incomplet : %n point(s) manquant(s)", nullptr, missing));
    m_summary->setStyleSheet(missing == 0 ? QStringLiteral("color:#1e8449") : QStringLiteral("color:#c0392b"));
}

QString ChecklistView::summary() const
{
    return m_summary->text();
}

} // namespace pc::ui
