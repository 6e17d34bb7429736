// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/PdfBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace hamkor {
namespace core {
namespace pdf {

QString family()
{
    // Has Cyrillic with the Kazakh and Tajik letters, Uzbek Latin ʻ and Arabic
    // (fonts-dejavu-core).
    return QStringLiteral("DejaVu Sans");
}

QTextCharFormat text(qreal points, QRgb colour, bool bold)
{
    QTextCharFormat format;
    format.setFontFamilies({family()});
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    // Qt shapes Latin and Cyrillic without ligatures when a letter spacing is set, so that the
    // text layer says "Affiliated", not "A\uFB03liated"; 1/50 of a dot is not visible.
    format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    format.setFontLetterSpacing(0.02);
    format.setForeground(QColor(colour));
    return format;
}

Builder::Builder(QTextDocument &document) : m_document(document), m_cursor(&document)
{
    // Laid out once at the end, not after every cell (which takes minutes for long tables).
    m_cursor.beginEditBlock();
}

void Builder::keepHeadingsWithTables(const QTextDocument &document, qreal pageHeight)
{
    if (m_editing) {
        m_cursor.endEditBlock();
        m_editing = false;
    }
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (const auto &[heading, first] : m_keep) {
        if (int(layout->blockBoundingRect(first).bottom() / pageHeight) >
            int(layout->blockBoundingRect(heading).top() / pageHeight)) {
            QTextBlockFormat format = heading.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(heading).setBlockFormat(format);
        }
    }
}

void Builder::heading(const QString &value)
{
    paragraph(value, text(11.5, Accent, true), 8, 2);
    m_heading = m_cursor.block();
}

// The block right after a table is reused (the document keeps one there); its top margin is
// not laid out, so the table's bottom margin takes it.
void Builder::paragraph(const QString &value, const QTextCharFormat &format, qreal top,
                        qreal bottom)
{
    QTextBlockFormat block;
    block.setTopMargin(top * Css);
    block.setBottomMargin(bottom * Css);
    block.setLayoutDirection(Qt::LeftToRight);
    if (m_lastTable) {
        QTextTableFormat tableFormat = m_lastTable->format();
        tableFormat.setBottomMargin(top * Css);
        m_lastTable->setFormat(tableFormat);
        m_cursor.movePosition(QTextCursor::End);
        m_cursor.setBlockFormat(block);
        m_lastTable = nullptr;
    } else if (m_started) {
        m_cursor.insertBlock(block, format);
    } else {
        m_cursor.setBlockFormat(block);
    }
    m_started = true;
    m_cursor.insertText(value, format);
}

QTextTable *Builder::table(int rows, const QList<qreal> &percents, int headerRows)
{
    // Inserting a table leaves the cursor in its first cell: the next one goes after it.
    if (m_lastTable)
        m_cursor.movePosition(QTextCursor::End);
    QTextTableFormat format;
    format.setBorder(1); // CSS pixels; 1 is the least that draws the grid when collapsed
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(Grid));
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(1.8 * Css);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(headerRows);
    QList<QTextLength> widths;
    for (qreal percent : percents)
        widths << QTextLength(QTextLength::PercentageLength, percent);
    format.setColumnWidthConstraints(widths);
    m_lastTable = m_cursor.insertTable(rows, int(percents.size()), format);
    const QTextTableCell first = m_lastTable->cellAt(std::min(headerRows, rows - 1), 0);
    if (m_heading.isValid())
        m_keep.append({m_heading, first.firstCursorPosition().block()});
    m_heading = QTextBlock();
    m_started = true;
    return m_lastTable;
}

QTextTable *Builder::gridTable(int rows, const QList<qreal> &percents, const QStringList &titles,
                               bool repeatHeader)
{
    QTextTable *grid = table(rows + 1, percents, repeatHeader ? 1 : 0);
    for (int column = 0; column < titles.size(); ++column) {
        shade(grid, 0, column, HeaderFill);
        put(grid, 0, column, titles.at(column), text(TablePoints, Accent, true));
    }
    return grid;
}

void Builder::image(const QImage &picture, qreal widthPoints)
{
    static int counter = 0;
    const QUrl name(QStringLiteral("hamkor-image-%1").arg(++counter));
    m_document.addResource(QTextDocument::ImageResource, name, picture);
    paragraph(QString(), text(), 4, 4);
    QTextImageFormat format;
    format.setName(name.toString());
    format.setWidth(widthPoints * Css);
    format.setHeight(widthPoints * Css * picture.height() / std::max(1, picture.width()));
    m_cursor.insertImage(format);
    if (m_heading.isValid())
        m_keep.append({m_heading, m_cursor.block()});
    m_heading = QTextBlock();
}

void Builder::shade(QTextTable *into, int row, int column, QRgb colour)
{
    QTextTableCell cell = into->cellAt(row, column);
    QTextTableCellFormat format = cell.format().toTableCellFormat();
    format.setBackground(QColor(colour));
    cell.setFormat(format);
}

void Builder::pairs(QTextTable *into, int row, const QString &label1, const QString &value1,
                    const QString &label2, const QString &value2)
{
    for (int column : {0, 2}) {
        shade(into, row, column, LabelFill);
        put(into, row, column, column ? label2 : label1, text(TablePoints, Muted, true));
        put(into, row, column + 1, column ? value2 : value1, text(TablePoints + 0.5));
    }
}

QTextCursor Builder::put(QTextTable *into, int row, int column, const QString &value,
                         const QTextCharFormat &format, Qt::Alignment alignment)
{
    // Only the block format is touched: the cell's own format holds its shading. Left to
    // right whatever the script (an Arabic name is still shaped right to left).
    QTextCursor cursor = into->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block = cursor.blockFormat();
    block.setLayoutDirection(Qt::LeftToRight);
    block.setAlignment(alignment);
    cursor.setBlockFormat(block);
    cursor.insertText(value, format);
    return cursor;
}

void Builder::addLine(QTextCursor &cursor, const QString &value)
{
    const QTextCharFormat format = text(TablePoints - 1, Muted);
    cursor.insertBlock(cursor.blockFormat(), format);
    cursor.insertText(value, format);
}

Status Pages::write(QIODevice &device, const Setup &setup, const Build &build)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{tr("The PDF could not be made: drawing text needs the graphical part of the "
                        "program (QGuiApplication), which is not running.")};
    if (!device.isOpen() || !device.isWritable())
        return Error{tr("The PDF could not be written: the file is not open for writing.")};
    QPdfWriter writer(&device);
    writer.setResolution(Resolution);
    writer.setTitle(setup.title);
    writer.setCreator(QStringLiteral("Hamkor"));
    if (Status painted = paint(writer, setup, build); !painted)
        return Error{
            tr("The PDF could not be written: %1")
                .arg(device.errorString().isEmpty() ? painted.message() : device.errorString())};
    return {};
}

Status Pages::paint(QPagedPaintDevice &device, const Setup &setup, const Build &build)
{
    device.setPageLayout(QPageLayout(setup.size, setup.orientation, QMarginsF(15, 10, 15, 8),
                                     QPageLayout::Millimeter));
    const int resolution = device.logicalDpiY();
    const qreal dots = resolution / 72.0;
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    QFont font(family());
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    const QRectF paper = device.pageLayout().paintRectPixels(resolution);
    const qreal footer = FooterMm * resolution / 25.4;
    const QSizeF body(paper.width(), paper.height() - footer);
    document.setPageSize(body);
    build(document, body.height());

    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("the device cannot be drawn on")};
    const int pages = document.pageCount();
    font.setPointSizeF(7.5);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, QColor(Ink));
    for (int page = 0; page < pages; ++page) {
        if (setup.progress && !setup.progress(60 + 40 * page / std::max(1, pages)))
            return Error{tr("The export was cancelled.")};
        if (page > 0 && !device.newPage())
            return Error{tr("a new page could not be started")};
        // The page's slice of the document, then the footer below it.
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -page * body.height());
        context.clip = QRectF(QPointF(0, page * body.height()), body);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        const qreal line = body.height() + footer / 3;
        painter.setPen(QPen(QColor(Grid), 0.5 * dots));
        painter.drawLine(QPointF(0, line), QPointF(body.width(), line));
        painter.setFont(font);
        painter.setPen(QColor(Muted));
        const QRectF area(0, line + 2 * dots, body.width(), footer);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop, setup.footer);
        painter.drawText(area, Qt::AlignRight | Qt::AlignTop,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return Error{tr("the pages could not be finished")};
    return {};
}

Status Pages::writeFile(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (Status written = write(file); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{tr("Cannot write %1: %2").arg(path, why)};
    }
    if (!file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace pdf
} // namespace core
} // namespace hamkor
