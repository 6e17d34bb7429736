// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/PdfCellText.h"

#include <QPainter>
#include <QTextOption>

#include <cmath>

namespace hamkor {
namespace core {
namespace pdf {

const Fonts::Face &Fonts::face(const Style &style)
{
    const int key = int(std::lround(style.points * 10)) * 2 + (style.bold ? 1 : 0);
    auto found = m_faces.find(key);
    if (found == m_faces.end()) {
        QFont font(family());
        font.setPointSizeF(style.points);
        font.setWeight(style.bold ? QFont::Bold : QFont::Normal);
        // Qt shapes Latin and Cyrillic without ligatures when a letter spacing is set, so
        // that the text layer says "Affiliated", not "A\uFB03liated"; 1/50 of a dot is not
        // visible.
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
        found = m_faces.emplace(key, Face{font, QFontMetricsF(font, m_device)}).first;
    }
    return found->second;
}

CellText::CellText(const Cell &cell, qreal width, Fonts &fonts)
{
    add(cell.value, cell.style, cell.alignment, width, fonts);
    for (const QString &note : cell.notes)
        add(note, text(cell.style.points - 1, Muted), cell.alignment, width, fonts);
}

void CellText::add(const QString &text, const Style &style, Qt::Alignment alignment, qreal width,
                   Fonts &fonts)
{
    Part part;
    part.face = &fonts.face(style);
    part.colour = style.colour;
    part.top = m_height;
    const bool breaks = text.contains(u'\n');
    const qreal advance = breaks ? 0 : part.face->metrics.horizontalAdvance(text);
    if (!breaks && advance <= width) {
        part.text = text;
        part.height = part.face->metrics.height();
        if (alignment & Qt::AlignRight)
            part.x = width - advance;
        else if (alignment & Qt::AlignHCenter)
            part.x = (width - advance) / 2;
    } else {
        QString lines = text;
        lines.replace(u'\n', QChar::LineSeparator);
        part.layout = std::make_unique<QTextLayout>(lines, part.face->font, fonts.device());
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(Qt::LeftToRight);
        part.layout->setTextOption(option);
        part.layout->beginLayout();
        for (QTextLine line = part.layout->createLine(); line.isValid();
             line = part.layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, part.height));
            part.height += line.height();
        }
        part.layout->endLayout();
    }
    m_height += part.height;
    m_parts.push_back(std::move(part));
}

QList<Span> CellText::lines() const
{
    QList<Span> spans;
    for (const Part &part : m_parts) {
        if (!part.layout) {
            spans.append({part.top, part.top + part.height});
            continue;
        }
        for (int i = 0; i < part.layout->lineCount(); ++i) {
            const QTextLine line = part.layout->lineAt(i);
            spans.append({part.top + line.y(), part.top + line.y() + line.height()});
        }
    }
    return spans;
}

void CellText::draw(QPainter &painter, const QPointF &origin, qreal after, qreal upTo) const
{
    for (const Part &part : m_parts) {
        if (part.top >= upTo || part.top + part.height <= after)
            continue;
        if (painter.font() != part.face->font)
            painter.setFont(part.face->font);
        if (painter.pen().color().rgb() != QColor(part.colour).rgb())
            painter.setPen(QColor(part.colour));
        if (!part.layout) {
            const qreal bottom = part.top + part.height;
            if (!part.text.isEmpty() && bottom > after && bottom <= upTo)
                painter.drawText(origin + QPointF(part.x, part.top + part.face->metrics.ascent()),
                                 part.text);
            continue;
        }
        for (int i = 0; i < part.layout->lineCount(); ++i) {
            const QTextLine line = part.layout->lineAt(i);
            const qreal bottom = part.top + line.y() + line.height();
            if (bottom > after && bottom <= upTo)
                line.draw(&painter, origin + QPointF(0, part.top));
        }
    }
}

} // namespace pdf
} // namespace core
} // namespace hamkor
