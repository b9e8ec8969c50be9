#pragma once

#include "core/Date.h"

#include <QAbstractItemView>
#include <QString>

#include <optional>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace pc::ui {

// What the pages of stages 4 to 6 share: lists of documents, messages under a form,
// and the small question of a date and a text (a deposit, a signed delivery note).

// A list of documents, one selected at a time, read-only, its last column stretched.
QTableView* makeDocumentView(QAbstractItemModel* model, const char* name, QWidget* parent);
// The row selected in `view`, -1 when none.
int selectedRow(const QTableView* view);

// Cells being typed open on a double click, F2 or the first key, as in a spreadsheet;
// not on merely moving to them, which would open an editor over every cell crossed.
inline constexpr QAbstractItemView::EditTriggers kEditTriggers = QAbstractItemView::DoubleClicked
    | QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed;

// Asks for a printer and prints a document of stages 4 to 6 on the page layout of its
// PDF; false when the user cancels.
bool printDocument(const QString& html, const QString& title, QWidget* parent);

// A red label, hidden until a problem is shown.
QLabel* makeProblemLabel(const char* name, QWidget* parent);
void showProblem(QLabel* label, const QString& message);

// A grey explanation.
QLabel* makeHintLabel(QWidget* parent);

struct DateAndText {
    core::Date date;
    QString text;
};

// Asks a text and a date in one small dialog; none when cancelled.
std::optional<DateAndText> askDateAndText(QWidget* parent, const QString& title, const QString& textLabel,
                                          const QString& dateLabel, core::Date initialDate);

} // namespace pc::ui
