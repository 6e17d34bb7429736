// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/PdfPaginate.h"

#include <QPainter>

#include <algorithm>

namespace hamkor {
namespace core {
namespace pdf {

namespace {

constexpr qreal GridPoints = 0.6;      // the width of a table's lines
constexpr int ShortTableRows = 30;     // a table of at most so many rows …
constexpr qreal ShortTableShare = 0.4; // … taking at most this share of a page is kept whole

} // namespace

Paginator::Paginator(const Flow &flow, Fonts &fonts, const QSizeF &body, qreal dotsPerPoint)
    : m_flow(flow), m_fonts(fonts), m_body(body), m_dots(dotsPerPoint),
      m_padding(CellPadding * dotsPerPoint)
{
    newPage();
    const auto &blocks = flow.blocks();
    for (int i = 0; i < int(blocks.size()); ++i) {
        const Block &block = *blocks.at(i);
        if (block.keepWithNext && m_y > 0) {
            qreal need = (block.top + block.bottom) * m_dots +
                         CellText(block.text, m_body.width(), m_fonts).height();
            if (i + 1 < int(blocks.size()))
                need += blocks.at(i + 1)->top * m_dots + firstUnit(i + 1);
            if (m_y + need > m_body.height())
                newPage();
        }
        switch (block.kind) {
        case Block::Kind::Text:
            text(i);
            break;
        case Block::Kind::Image:
            image(i);
            break;
        case Block::Kind::Table:
            table(i);
            break;
        }
    }
}

void Paginator::newPage()
{
    m_pages.append(Page());
    m_y = 0;
    m_bodyTop = 0;
}

void Paginator::place(int block, int row, qreal height)
{
    Piece piece;
    piece.block = block;
    piece.row = row;
    piece.y = m_y;
    piece.height = height;
    m_pages.last().append(piece);
    m_y += height;
}

void Paginator::text(int index)
{
    const Block &block = *m_flow.blocks().at(index);
    if (m_y > 0)
        m_y += block.top * m_dots;
    CellText text(block.text, m_body.width(), m_fonts);
    const qreal height = text.height();
    // What a fresh page would hold moves there; what it would not is split from here.
    if (m_y > 0 && m_y + height > m_body.height() && height <= m_body.height())
        newPage();
    if (m_y + height <= m_body.height()) {
        place(index, -1, height);
    } else {
        std::vector<CellText> cells;
        cells.push_back(std::move(text));
        split(index, -1, cells, 0, {});
    }
    m_y += block.bottom * m_dots;
}

qreal Paginator::imageHeight(const Block &block) const
{
    const qreal width = std::min(block.widthPoints * m_dots, m_body.width());
    const qreal height = width * block.image.height() / std::max(1, block.image.width());
    return std::min(height, m_body.height());
}

void Paginator::image(int index)
{
    const Block &block = *m_flow.blocks().at(index);
    if (m_y > 0)
        m_y += block.top * m_dots;
    const qreal height = imageHeight(block);
    if (m_y > 0 && m_y + height > m_body.height())
        newPage();
    place(index, -1, height);
    m_y += block.bottom * m_dots;
}

QList<Paginator::Column> Paginator::columns(const Table &table) const
{
    QList<Column> columns;
    qreal percent = 0;
    for (qreal width : table.percents) {
        columns.append({m_body.width() * percent / 100, m_body.width() * width / 100});
        percent += width;
    }
    return columns;
}

qreal Paginator::rowHeight(const Table &table, int row, const QList<Column> &columns)
{
    qreal height = 0;
    const QList<Cell> &cells = table.rows.at(row);
    for (int c = 0; c < cells.size(); ++c)
        height = std::max(
            height, CellText(cells.at(c), columns.at(c).width - 2 * m_padding, m_fonts).height());
    return height + 2 * m_padding;
}

qreal Paginator::firstUnit(int index)
{
    const Block &block = *m_flow.blocks().at(index);
    switch (block.kind) {
    case Block::Kind::Text:
        return CellText(block.text, m_body.width(), m_fonts).height();
    case Block::Kind::Image:
        return imageHeight(block);
    case Block::Kind::Table:
        break;
    }
    // A short table (signatures, sources, rules) is kept whole; a long one needs its header
    // and first row together.
    const QList<Column> widths = columns(block.table);
    const int count = int(block.table.rows.size());
    qreal height = 0;
    if (count <= ShortTableRows) {
        for (int row = 0; row < count; ++row)
            height += rowHeight(block.table, row, widths);
        if (height <= ShortTableShare * m_body.height())
            return height;
        height = 0;
    }
    for (int row = 0; row < std::min(block.table.headerRows + 1, count); ++row)
        height += rowHeight(block.table, row, widths);
    return height;
}

void Paginator::header(int index, const QList<Column> &columns)
{
    const Table &table = m_flow.blocks().at(index)->table;
    for (int row = 0; row < table.headerRows; ++row)
        place(index, row, rowHeight(table, row, columns));
}

void Paginator::table(int index)
{
    const Block &block = *m_flow.blocks().at(index);
    const Table &table = block.table;
    const QList<Column> widths = columns(table);
    if (m_y > 0)
        m_y += block.top * m_dots;
    const qreal first = firstUnit(index);
    if (m_y > 0 && m_y + first > m_body.height() && first <= m_body.height())
        newPage();
    const qreal top = m_y;
    header(index, widths);
    const qreal headerHeight = m_y - top;
    if (top == 0)
        m_bodyTop = m_y;
    for (int row = table.headerRows; row < table.rows.size(); ++row) {
        const qreal height = rowHeight(table, row, widths);
        if (m_y + height <= m_body.height()) {
            place(index, row, height);
            continue;
        }
        if (height <= m_body.height() - headerHeight) {
            newPage();
            header(index, widths);
            m_bodyTop = m_y;
            place(index, row, height);
            continue;
        }
        std::vector<CellText> cells;
        const QList<Cell> &values = table.rows.at(row);
        for (int c = 0; c < values.size(); ++c)
            cells.emplace_back(values.at(c), widths.at(c).width - 2 * m_padding, m_fonts);
        split(index, row, cells, m_padding, [&] { header(index, widths); });
    }
    m_y += block.bottom * m_dots;
}

void Paginator::split(int index, int row, const std::vector<CellText> &cells, qreal padding,
                      const std::function<void()> &continued)
{
    QList<Span> spans;
    for (const CellText &cell : cells)
        spans.append(cell.lines());
    constexpr qreal none = std::numeric_limits<qreal>::max();
    qreal after = std::numeric_limits<qreal>::lowest();
    for (;;) {
        // The piece starts at the top of the highest line not drawn yet …
        qreal from = none;
        for (const Span &span : spans)
            if (span.bottom > after)
                from = std::min(from, span.top);
        if (from == none)
            return;
        // … and takes every line that ends in the room left on the page.
        const qreal room = m_body.height() - m_y - 2 * padding;
        qreal upTo = std::numeric_limits<qreal>::lowest();
        for (const Span &span : spans)
            if (span.bottom > after && span.bottom <= from + room)
                upTo = std::max(upTo, span.bottom);
        if (upTo < from) {
            if (m_y > m_bodyTop) { // something else is on the page: try a fresh one
                newPage();
                if (continued)
                    continued();
                m_bodyTop = m_y;
                continue;
            }
            // A line taller than a page: it goes on a page of its own, cut at the foot.
            upTo = none;
            for (const Span &span : spans)
                if (span.bottom > after)
                    upTo = std::min(upTo, span.bottom);
        }
        Piece piece;
        piece.block = index;
        piece.row = row;
        piece.y = m_y;
        piece.height = upTo - from + 2 * padding;
        piece.from = from;
        piece.after = after;
        piece.upTo = upTo;
        m_pages.last().append(piece);
        m_y += piece.height;
        after = upTo;
        const bool more = std::any_of(spans.cbegin(), spans.cend(),
                                      [after](const Span &span) { return span.bottom > after; });
        if (more) {
            newPage();
            if (continued)
                continued();
            m_bodyTop = m_y;
        }
    }
}

void Paginator::paint(QPainter &painter, const Page &page) const
{
    for (const Piece &piece : page) {
        const Block &block = *m_flow.blocks().at(piece.block);
        switch (block.kind) {
        case Block::Kind::Text:
            CellText(block.text, m_body.width(), m_fonts)
                .draw(painter, QPointF(0, piece.y - piece.from), piece.after, piece.upTo);
            continue;
        case Block::Kind::Image:
            painter.drawImage(
                QRectF(0, piece.y,
                       piece.height * block.image.width() / std::max(1, block.image.height()),
                       piece.height),
                block.image);
            continue;
        case Block::Kind::Table:
            break;
        }
        const QList<Column> widths = columns(block.table);
        const QList<Cell> &cells = block.table.rows.at(piece.row);
        for (int c = 0; c < cells.size(); ++c) {
            const Cell &cell = cells.at(c);
            const QRectF box(widths.at(c).x, piece.y, widths.at(c).width, piece.height);
            if (cell.fill != NoFill)
                painter.fillRect(box, QColor(cell.fill));
            CellText(cell, box.width() - 2 * m_padding, m_fonts)
                .draw(painter, box.topLeft() + QPointF(m_padding, m_padding - piece.from),
                      piece.after, piece.upTo);
        }
        painter.setPen(QPen(QColor(Grid), GridPoints * m_dots));
        painter.setBrush(Qt::NoBrush);
        for (const Column &column : widths)
            painter.drawRect(QRectF(column.x, piece.y, column.width, piece.height));
    }
}

} // namespace pdf
} // namespace core
} // namespace hamkor
