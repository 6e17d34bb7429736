// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/PdfPages.h"

#include "core/export/PdfPaginate.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace hamkor {
namespace core {
namespace pdf {

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
    const QRectF paper = device.pageLayout().paintRectPixels(resolution);
    const qreal footer = FooterMm * resolution / 25.4;
    const QSizeF body(paper.width(), paper.height() - footer);
    Flow flow;
    build(flow);
    Fonts fonts(&device);
    const Paginator paginator(flow, fonts, body, dots);

    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("the device cannot be drawn on")};
    const QList<Page> &pages = paginator.pages();
    const QFont font = fonts.face(text(7.5, Muted)).font;
    for (int page = 0; page < pages.size(); ++page) {
        if (setup.progress &&
            !setup.progress(60 + 40 * page / std::max<qsizetype>(1, pages.size())))
            return Error{tr("The export was cancelled.")};
        if (page > 0 && !device.newPage())
            return Error{tr("a new page could not be started")};
        paginator.paint(painter, pages.at(page));
        const qreal line = body.height() + footer / 3;
        painter.setPen(QPen(QColor(Grid), 0.5 * dots));
        painter.drawLine(QPointF(0, line), QPointF(body.width(), line));
        painter.setFont(font);
        painter.setPen(QColor(Muted));
        const QRectF area(0, line + 2 * dots, body.width(), footer);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop, setup.footer);
        painter.drawText(area, Qt::AlignRight | Qt::AlignTop,
                         tr("Page %1 of %2").arg(page + 1).arg(pages.size()));
    }
    if (!painter.end())
        return Error{tr("the pages could not be finished")};
    return {};
}

} // namespace pdf
} // namespace core
} // namespace hamkor
