// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/PdfFlow.h"

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QTextLayout>

#include <memory>
#include <unordered_map>
#include <vector>

class QPaintDevice;
class QPainter;

namespace hamkor {
namespace core {
namespace pdf {

// The fonts a document uses on one device, each made once.
class Fonts
{
public:
    struct Face
    {
        QFont font;
        QFontMetricsF metrics;
    };

    explicit Fonts(const QPaintDevice *device) : m_device(device) {}
    const Face &face(const Style &style);
    const QPaintDevice *device() const { return m_device; }

private:
    const QPaintDevice *m_device;
    std::unordered_map<int, Face> m_faces; // by tenths of a point, times two, plus bold
};

// The top and bottom of a line of text, in its cell's coordinates (device dots).
struct Span
{
    qreal top = 0;
    qreal bottom = 0;
};

// A cell's text set in a width: its value in its style, then its notes, smaller and grey,
// each on its own line(s). Text that fits on one line (most cells) is measured and drawn
// without a QTextLayout.
class CellText
{
public:
    CellText(const Cell &cell, qreal width, Fonts &fonts);

    qreal height() const { return m_height; }
    // Every line, top to bottom.
    QList<Span> lines() const;
    // Draws the lines whose bottom lies in (after, upTo], the text's top left at origin.
    void draw(QPainter &painter, const QPointF &origin, qreal after, qreal upTo) const;

private:
    struct Part
    {
        QString text;
        const Fonts::Face *face = nullptr;
        QRgb colour = Ink;
        qreal top = 0;
        qreal height = 0;
        qreal x = 0;                         // one line: where it starts
        std::unique_ptr<QTextLayout> layout; // wrapped text
    };

    void add(const QString &text, const Style &style, Qt::Alignment alignment, qreal width,
             Fonts &fonts);

    std::vector<Part> m_parts;
    qreal m_height = 0;
};

} // namespace pdf
} // namespace core
} // namespace hamkor
