// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace hamkor {
namespace core {

// What the PDFs Hamkor makes (summary sheets, budgets for signature) share: the look, and
// what a document holds in reading order (Flow: headings, paragraphs, tables, pictures),
// which pdf::Pages lays out on pages and paints with QPainter.
//
// Text is only ever drawn as text, so nothing in it is read as markup. It is set in DejaVu
// Sans, which has Cyrillic (with the Kazakh and Tajik letters), Uzbek Latin and Arabic; the
// PDF embeds it, so its text layer holds the real characters.
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
constexpr QRgb NoFill = 0;         // a cell left white
constexpr int Resolution = 600;    // dots per inch of the PDF's coordinates
constexpr qreal TablePoints = 8.5; // text in tables
constexpr qreal CellPadding = 1.8; // points on each side of a cell's text

QString family();

// How a piece of text looks.
struct Style
{
    qreal points = TablePoints;
    QRgb colour = Ink;
    bool bold = false;
};
Style text(qreal points = TablePoints, QRgb colour = Ink, bool bold = false);

// A table cell, or a paragraph: its text, then smaller grey lines under it. Each wraps at
// word boundaries (anywhere in a word longer than the width) and reads left to right
// whatever its script (an Arabic name is still shaped right to left).
struct Cell
{
    QString value;
    Style style;
    Qt::Alignment alignment = Qt::AlignLeft;
    QStringList notes;
    QRgb fill = NoFill;
};

// Rows of cells, each framed by a thin line, under column widths in per cent of the page's
// width. The first headerRows rows are drawn again at the top of each page the table runs
// onto. A row moves to the next page whole unless it is taller than a page; then it is split
// between two lines of text.
struct Table
{
    QList<qreal> percents;
    int headerRows = 0;
    QList<QList<Cell>> rows;
};

struct Block
{
    enum class Kind
    {
        Text,
        Table,
        Image
    };
    Kind kind = Kind::Text;
    Cell text;                 // Kind::Text
    qreal top = 0;             // points of space above (not at the top of a page) …
    qreal bottom = 0;          // … and below
    bool keepWithNext = false; // a heading: never left at a page's foot without what follows
    Table table;               // Kind::Table
    QImage image;              // Kind::Image
    qreal widthPoints = 0;     // of the image
};

// A document in reading order, written block by block and table by table.
class Flow
{
public:
    void heading(const QString &value);
    // A paragraph in style, with space above and below in points.
    void paragraph(const QString &value, const Style &style, qreal top = 0, qreal bottom = 1);
    // A table of rows × columns (widths in per cent) of empty cells.
    Table *table(int rows, const QList<qreal> &percents, int headerRows = 0);
    // A table with a shaded header row (repeated on each page) and rows rows below it.
    Table *gridTable(int rows, const QList<qreal> &percents, const QStringList &titles);
    // An image (a chart) in its own block, width in points.
    void image(const QImage &picture, qreal widthPoints);

    static void shade(Table *into, int row, int column, QRgb colour);
    // A row of a four-column key-value table: a shaded label, its value, twice.
    static void pairs(Table *into, int row, const QString &label1, const QString &value1,
                      const QString &label2, const QString &value2);
    // Text in a cell; addLine adds a second, smaller grey line to it.
    static Cell &put(Table *into, int row, int column, const QString &value,
                     const Style &style = text(), Qt::Alignment alignment = Qt::AlignLeft);
    static void addLine(Cell &cell, const QString &value);

    const std::vector<std::unique_ptr<Block>> &blocks() const { return m_blocks; }

private:
    Block &add(Block::Kind kind);

    std::vector<std::unique_ptr<Block>> m_blocks;
};

} // namespace pdf
} // namespace core
} // namespace hamkor
