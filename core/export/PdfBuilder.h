// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>

#include <functional>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;
class QTextTable;

namespace hamkor {
namespace core {

// What the PDFs Hamkor makes (summary sheets, budgets for signature) share: the look, the
// building blocks of a QTextDocument, and the pages with "Page N of M" under each.
//
// User text goes in through QTextCursor::insertText only, so nothing in it is ever read as
// markup. The text is set in DejaVu Sans, which has Cyrillic (with the Kazakh and Tajik
// letters), Uzbek Latin and Arabic; the PDF embeds it, so its text layer holds the real
// characters.
namespace pdf {

constexpr QRgb Ink = 0x1a1a1a;
constexpr QRgb Accent = 0x1f4e79;     // headings, the acronym, header rows' text
constexpr QRgb HeaderFill = 0xdce6f1; // header rows of tables
constexpr QRgb LabelFill = 0xf2f4f7;  // label cells of key-value tables
constexpr QRgb TotalFill = 0xeef2f6;  // totals rows
constexpr QRgb Grid = 0x9aa6b2;
constexpr QRgb Muted = 0x5b6670;
constexpr QRgb PassColour = 0x1e7b34;
constexpr QRgb FailColour = 0xb3261e;
constexpr int Resolution = 600;    // dots per inch of the PDF's coordinates
constexpr qreal FooterMm = 8;      // reserved at the bottom of each page's printable area
constexpr qreal TablePoints = 8.5; // text in tables (the document's default is 10 pt)
// Lengths are given in points times one of these. The painter works in the PDF's dots;
// QTextDocument takes CSS pixels (1/96 inch) for margins, borders and padding.
constexpr qreal Dots = Resolution / 72.0;
constexpr qreal Css = 96.0 / 72.0;

QString family();
QTextCharFormat text(qreal points = TablePoints, QRgb colour = Ink, bool bold = false);

// Writes a document into a QTextDocument, block by block and table by table.
class Builder
{
public:
    explicit Builder(QTextDocument &document);

    // Ends the building (the document is laid out once, now); then a heading left at the
    // foot of a page with its table's first row on the next moves to the next page too.
    void keepHeadingsWithTables(const QTextDocument &document, qreal pageHeight);

    void heading(const QString &value);
    // A new block with text in format.
    void paragraph(const QString &value, const QTextCharFormat &format, qreal top = 0,
                   qreal bottom = 1);
    QTextTable *table(int rows, const QList<qreal> &percents, int headerRows);
    // A table with a shaded header row and rows below it; the header row is repeated when
    // the table runs onto a new page if repeatHeader (Qt 6.4 may draw a repeated header over
    // what follows a table that ends at the foot of a page, so short tables do without).
    QTextTable *gridTable(int rows, const QList<qreal> &percents, const QStringList &titles,
                          bool repeatHeader = false);
    // An image (a chart) in its own block, width in points.
    void image(const QImage &picture, qreal widthPoints);

    static void shade(QTextTable *into, int row, int column, QRgb colour);
    // A row of a four-column key-value table: a shaded label, its value, twice.
    static void pairs(QTextTable *into, int row, const QString &label1, const QString &value1,
                      const QString &label2, const QString &value2);
    // Text in a cell, left to right whatever its script.
    static QTextCursor put(QTextTable *into, int row, int column, const QString &value,
                           const QTextCharFormat &format = text(),
                           Qt::Alignment alignment = Qt::AlignLeft);
    // A second, smaller grey line in the same cell.
    static void addLine(QTextCursor &cursor, const QString &value);

protected:
    QTextDocument &m_document;
    QTextCursor m_cursor;
    QTextTable *m_lastTable = nullptr;               // the table the cursor stands after
    QTextBlock m_heading;                            // the last heading, until its table comes
    QList<std::pair<QTextBlock, QTextBlock>> m_keep; // a heading, its table's first row
    bool m_started = false; // whether the document's first block holds text
    bool m_editing = true;  // inside the edit block begun on construction
};

// The pages of a PDF: the document built by build (given the document and the height of a
// page's body), painted page by page with a footer line (footer at the left, "Page N of M"
// at the right).
class Pages
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::pdf::Pages)

public:
    struct Setup
    {
        QPageSize size = QPageSize(QPageSize::A4);
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QString title;
        QString footer;
        // Told the share done as pages are painted; returning false stops.
        std::function<bool(int)> progress;
    };
    using Build = std::function<void(QTextDocument &document, qreal pageHeight)>;

    // Needs a QGuiApplication (fonts come from the platform plugin; "offscreen" will do);
    // without one, fails with a message instead of crashing.
    static Status write(QIODevice &device, const Setup &setup, const Build &build);
    // The same pages on any paged device: a PDF writer, or a printer (File > Print).
    static Status paint(QPagedPaintDevice &device, const Setup &setup, const Build &build);
    // Through QSaveFile: the file at path is replaced whole or not at all.
    static Status writeFile(const QString &path, const std::function<Status(QIODevice &)> &write);
};

} // namespace pdf
} // namespace core
} // namespace hamkor
