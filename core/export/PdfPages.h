// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/export/PdfFlow.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>

#include <functional>

class QIODevice;
class QPagedPaintDevice;

namespace hamkor {
namespace core {
namespace pdf {

constexpr qreal FooterMm = 8; // reserved at the bottom of each page's printable area

// The pages of a PDF: the flow written by build, laid out on pages and painted with a footer
// line under each (footer at the left, "Page N of M" at the right).
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
    using Build = std::function<void(Flow &flow)>;

    // Needs a QGuiApplication (fonts come from the platform plugin; "offscreen" will do);
    // without one, fails with a message instead of crashing.
    static Status write(QIODevice &device, const Setup &setup, const Build &build);
    // The same pages on any paged device: a PDF writer, or a printer (File > Print).
    static Status paint(QPagedPaintDevice &device, const Setup &setup, const Build &build);
};

} // namespace pdf
} // namespace core
} // namespace hamkor
