#include "ui/FieldFeedback.h"

#include "app/Clock.h"
#include "app/ErrorText.h"

#include <QWidget>

namespace pc::ui {
namespace {

const QDate kEmptyDate(1900, 1, 1);

} // namespace

void markInvalid(QWidget* field, const QString& reason)
{
    field->setProperty("invalid", true);
    field->setStyleSheet(QStringLiteral("border: 1px solid #c0392b; background: #fdecea;"));
    field->setToolTip(reason);
}

void markValid(QWidget* field)
{
    if (!field->property("invalid").toBool())
        return;
    field->setProperty("invalid", false);
    field->setStyleSheet(QString());
    field->setToolTip(QString());
}

void FormErrors::add(QWidget* field, const QString& label, const core::Error& error)
{
    add(field, label, app::ErrorText::message(error));
}

void FormErrors::add(QWidget* field, const QString& label, const QString& reason)
{
    m_messages << label + QStringLiteral(" : ") + reason;
    if (field) {
        markInvalid(field, reason);
        if (!m_first)
            m_first = field;
    }
}

QDateEdit* makeOptionalDateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kEmptyDate);
    edit->setMaximumDate(QDate(2199, 12, 31));
    edit->setSpecialValueText(QStringLiteral(" "));
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                               ? QLocale().dateFormat(QLocale::ShortFormat)
                               : QStringLiteral("dd/MM/yyyy"));
    edit->setDate(kEmptyDate);
    edit->setMaximumWidth(150);
    return edit;
}

void setOptionalDate(QDateEdit* edit, const std::optional<core::Date>& date)
{
    edit->setDate(date ? app::toQDate(*date) : kEmptyDate);
}

std::optional<core::Date> optionalDate(const QDateEdit* edit)
{
    if (edit->date() <= kEmptyDate)
        return std::nullopt;
    return app::fromQDate(edit->date());
}

} // namespace pc::ui
