#pragma once

#include <QFrame>

class QLabel;

namespace pc::ui {

// One figure of the dashboard: its name, its value and a line below it (the target
// and the gap), red when the figure is worse than its target. Clickable.
class KpiTile : public QFrame {
    Q_OBJECT

public:
    explicit KpiTile(const QString& title, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& note = {}, bool alarming = false);
    QString value() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QLabel* m_value;
    QLabel* m_note;
};

} // namespace pc::ui
