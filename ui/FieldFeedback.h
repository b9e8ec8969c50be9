#pragma once

#include "core/Date.h"
#include "core/Error.h"
#include "core/Money.h"

#include <QDateEdit>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace pc::ui {

// Marks an input as wrong (red frame, the reason in its tooltip) or right again.
void markInvalid(QWidget* field, const QString& reason);
void markValid(QWidget* field);

// Collects the problems of a form before it is saved: the first field to fix and
// every message, "label: reason".
class FormErrors {
public:
    void add(QWidget* field, const QString& label, const core::Error& error);
    void add(QWidget* field, const QString& label, const QString& reason);
    bool empty() const { return m_messages.isEmpty(); }
    const QStringList& messages() const { return m_messages; }
    QWidget* firstField() const { return m_first; }

private:
    QStringList m_messages;
    QWidget* m_first = nullptr;
};

// A date field that may be empty: its minimum date stands for "no date" and shows blank.
QDateEdit* makeOptionalDateEdit(QWidget* parent);
void setOptionalDate(QDateEdit* edit, const std::optional<core::Date>& date);
std::optional<core::Date> optionalDate(const QDateEdit* edit);

// "-1234,56": what an amount field starts from, without group separators so that the
// user can correct a digit without fighting the spaces. Money::parse reads it back.
QString moneyEditText(core::Money amount);

// A required date field in the UI locale's short format, with a four-digit year.
QDateEdit* makeDateEdit(QWidget* parent);

} // namespace pc::ui
