#pragma once

// Driving real widgets from the GUI tests as a user would: find them, type into them.

#include "support/CatchCompat.h"

#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace pc::test {

template <class T>
T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

// QTest::keyClicks knows ASCII only: accented letters are sent as the text of a key.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Replaces the text of a line edit, key by key.
inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

} // namespace pc::test
