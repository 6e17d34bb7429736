// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/PdfCellText.h"
#include "core/export/PdfFlow.h"

#include <QList>
#include <QSizeF>

#include <functional>
#include <limits>
#include <vector>

class QPainter;

namespace hamkor {
namespace core {
namespace pdf {

// Where a piece of a block lands on a page: a paragraph or picture, or a table's row.
struct Piece
{
    int block = 0;
    int row = -1; // a table's row
    qreal y = 0;  // top on the page, in dots
    qreal height = 0;
    // The lines of text shown: those whose bottom lies in (after, upTo], the text's point
    // from at the piece's top (all of them unless a row taller than a page is split).
    qreal from = 0;
    qreal after = std::numeric_limits<qreal>::lowest();
    qreal upTo = std::numeric_limits<qreal>::max();
};
using Page = QList<Piece>;

// Lays a flow out on pages of a body size (device dots) and paints them.
class Paginator
{
public:
    Paginator(const Flow &flow, Fonts &fonts, const QSizeF &body, qreal dotsPerPoint);

    const QList<Page> &pages() const { return m_pages; }
    void paint(QPainter &painter, const Page &page) const;

private:
    struct Column
    {
        qreal x = 0;
        qreal width = 0;
    };

    void newPage();
    void place(int block, int row, qreal height);
    void text(int index);
    void image(int index);
    void table(int index);
    void header(int index, const QList<Column> &columns);
    // Splits a row (or a paragraph) taller than a page between lines of text.
    void split(int index, int row, const std::vector<CellText> &cells, qreal padding,
               const std::function<void()> &continued);
    QList<Column> columns(const Table &table) const;
    qreal rowHeight(const Table &table, int row, const QList<Column> &columns);
    qreal imageHeight(const Block &block) const;
    // What a heading keeps with it, and what is moved to a new page together: a paragraph, a
    // picture, a short table whole, or a long table's header and first row.
    qreal firstUnit(int index);

    const Flow &m_flow;
    Fonts &m_fonts;
    const QSizeF m_body;
    const qreal m_dots;
    const qreal m_padding;
    QList<Page> m_pages;
    qreal m_y = 0;       // where the next piece goes on the last page
    qreal m_bodyTop = 0; // below the last page's repeated header rows, if it has any
};

} // namespace pdf
} // namespace core
} // namespace hamkor
