#include "ui/KpiTile.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace pc::ui {

KpiTile::KpiTile(const QString& title, QWidget* parent)
    : QFrame(parent), m_value(new QLabel(QStringLiteral("…"), this)), m_note(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setObjectName(QStringLiteral("kpiTile"));
    setStyleSheet(QStringLiteral("#kpiTile { background: palette(base); border: 1px solid palette(mid); border-radius: 4px; }"));
    auto* name = new QLabel(title, this);
    QFont small = name->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    name->setFont(small);
    name->setStyleSheet(QStringLiteral("color: palette(dark);"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_note->setFont(small);
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(name);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
}

void KpiTile::setValue(const QString& value, const QString& note, bool alarming)
{
    m_value->setText(value);
    m_note->setText(note);
    m_note->setStyleSheet(alarming ? QStringLiteral("color: #c0392b; font-weight: bold;") : QStringLiteral("color: #2e7d32;"));
}

QString KpiTile::value() const
{
    return m_value->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event)
{
    QFrame::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        emit clicked();
}

} // namespace pc::ui
