#include "app/PdfWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace pc::app {
namespace {

constexpr int kPdfResolution = 300;
constexpr qreal kMarginMm = 15.0;

core::Error ioError(const QString& path)
{
    return core::Error(core::ErrorCode::IoError, {path.toStdString()});
}

} // namespace

QPageLayout documentPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> layoutDocument(const QString& html, QPagedPaintDevice& device)
{
    auto document = std::make_unique<QTextDocument>();
    // Measured on the device itself, a page of the document is exactly the device's
    // printable area: print() then neither scales nor adds its own margins.
    document->documentLayout()->setPaintDevice(&device);
    document->setDocumentMargin(0);
    // Ligatures would come out of the PDF as "ﬁ" (U+FB01): a search for "confirmation"
    // or a program reading the invoice would miss the word. French needs no shaping.
    QFont font = document->defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setHtml(html);
    document->setPageSize(QSizeF(device.width(), device.height()));
    return document;
}

core::Status writePdf(const QString& html, const QString& path, const QString& title)
{
    // QPdfWriter reports no write error; a file opened here does, and a failed write
    // leaves any previous file untouched.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path);
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(documentPageLayout());
        writer.setResolution(kPdfResolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("PosteClient"));
        layoutDocument(html, writer)->print(&writer);
    }
    if (!file.commit())
        return ioError(path);
    return {};
}

} // namespace pc::app
