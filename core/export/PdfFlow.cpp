// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/PdfFlow.h"

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

Style text(qreal points, QRgb colour, bool bold)
{
    return Style{points, colour, bold};
}

Block &Flow::add(Block::Kind kind)
{
    m_blocks.push_back(std::make_unique<Block>());
    m_blocks.back()->kind = kind;
    return *m_blocks.back();
}

void Flow::heading(const QString &value)
{
    paragraph(value, text(11.5, Accent, true), 8, 2);
    m_blocks.back()->keepWithNext = true;
}

void Flow::paragraph(const QString &value, const Style &style, qreal top, qreal bottom)
{
    Block &block = add(Block::Kind::Text);
    block.text.value = value;
    block.text.style = style;
    block.top = top;
    block.bottom = bottom;
}

Table *Flow::table(int rows, const QList<qreal> &percents, int headerRows)
{
    Block &block = add(Block::Kind::Table);
    block.table.percents = percents;
    block.table.headerRows = std::min(headerRows, rows);
    block.table.rows.resize(rows);
    for (QList<Cell> &row : block.table.rows)
        row.resize(percents.size());
    return &block.table;
}

Table *Flow::gridTable(int rows, const QList<qreal> &percents, const QStringList &titles)
{
    Table *grid = table(rows + 1, percents, 1);
    for (int column = 0; column < titles.size(); ++column) {
        shade(grid, 0, column, HeaderFill);
        put(grid, 0, column, titles.at(column), text(TablePoints, Accent, true));
    }
    return grid;
}

void Flow::image(const QImage &picture, qreal widthPoints)
{
    Block &block = add(Block::Kind::Image);
    block.image = picture;
    block.widthPoints = widthPoints;
    block.top = 4;
    block.bottom = 4;
}

void Flow::shade(Table *into, int row, int column, QRgb colour)
{
    into->rows[row][column].fill = colour;
}

void Flow::pairs(Table *into, int row, const QString &label1, const QString &value1,
                 const QString &label2, const QString &value2)
{
    for (int column : {0, 2}) {
        shade(into, row, column, LabelFill);
        put(into, row, column, column ? label2 : label1, text(TablePoints, Muted, true));
        put(into, row, column + 1, column ? value2 : value1, text(TablePoints + 0.5));
    }
}

Cell &Flow::put(Table *into, int row, int column, const QString &value, const Style &style,
                Qt::Alignment alignment)
{
    Cell &cell = into->rows[row][column];
    cell.value = value;
    cell.style = style;
    cell.alignment = alignment;
    return cell;
}

void Flow::addLine(Cell &cell, const QString &value)
{
    cell.notes.append(value);
}

} // namespace pdf
} // namespace core
} // namespace hamkor
