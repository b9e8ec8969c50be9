#include "ui/FieldFeedback.h"

#include "app/Clock.h"
#include "app/ErrorText.h"

#include <QLocale>
#include <QWidget>

namespace pc::ui {
namespace {

const QDate kEmptyDate(1900, 1, 1);

QString fourDigitYearFormat()
{
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    return format.contains(QLatin1String("yyyy")) ? format : QStringLiteral("dd/MM/yyyy");
}

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
    edit->setDisplayFormat(fourDigitYearFormat());
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

QDateEdit* makeDateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fourDigitYearFormat());
    edit->setMaximumWidth(150);
    return edit;
}

QString moneyEditText(core::Money amount)
{
    const QLocale locale;
    const std::int64_t cents = amount.cents();
    // Through unsigned arithmetic so that the most negative amount has a magnitude too.
    const std::uint64_t magnitude = cents < 0 ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
    return (cents < 0 ? locale.negativeSign() : QString()) + QString::number(magnitude / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace pc::ui
