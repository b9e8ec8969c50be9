#include "ui/SalesWidgets.h"

#include "app/Clock.h"
#include "app/PdfWriter.h"
#include "ui/FieldFeedback.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QTableView>
#include <QTextDocument>

namespace pc::ui {

QTableView* makeDocumentView(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

bool printDocument(const QString& html, const QString& title, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(app::documentPageLayout());
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("pc::ui::SalesWidgets", "Imprimer %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The printer must outlive the layout made for its pages.
    app::layoutDocument(html, printer)->print(&printer);
    return true;
}

int selectedRow(const QTableView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QLabel* makeProblemLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color:#c0392b"));
    label->hide();
    return label;
}

void showProblem(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QLabel* makeHintLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color:#5d6d7e"));
    return label;
}

std::optional<DateAndText> askDateAndText(QWidget* parent, const QString& title, const QString& textLabel,
                                          const QString& dateLabel, core::Date initialDate)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("dateAndTextDialog"));
    dialog.setWindowTitle(title);
    auto* text = new QLineEdit(&dialog);
    text->setObjectName(QStringLiteral("dialogTextEdit"));
    text->setMinimumWidth(260);
    QDateEdit* date = makeDateEdit(&dialog);
    date->setObjectName(QStringLiteral("dialogDateEdit"));
    date->setDate(app::toQDate(initialDate));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(textLabel, text);
    form->addRow(dateLabel, date);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return DateAndText{app::fromQDate(date->date()), text->text().trimmed()};
}

} // namespace pc::ui
