#pragma once

#include "core/Result.h"

#include <QPageLayout>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace pc::app {

// A4 portrait with 15 mm margins: the page of every printed document.
QPageLayout documentPageLayout();

// The document of `html` laid out on the pages of `device` (a QPdfWriter, or the GUI's
// QPrinter once its page is chosen), so that QTextDocument::print(&device) prints it
// as it is, without the 2 cm margins and page numbers it adds to an unpaginated
// document. The document measures with `device`, which must outlive it.
std::unique_ptr<QTextDocument> layoutDocument(const QString& html, QPagedPaintDevice& device);

// Writes `html` as an A4 PDF at `path`, replacing the file in one step, with `title` as
// the PDF's title. IoError (args: path) when the file cannot be written. Fonts need a
// QGuiApplication.
core::Status writePdf(const QString& html, const QString& path, const QString& title);

} // namespace pc::app
