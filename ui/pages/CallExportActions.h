// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/CallQuery.h"

#include <QCoreApplication>

class QWidget;

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// Exporting calls from the window: a file chosen by the user (written whole or not at
// all), or the digest on the clipboard.
class CallExportActions
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::ui::CallExportActions)

public:
    // format is "csv" or "ics"; the calls are those the list's filter shows.
    static void exportFile(core::Store &store, const core::CallFilter &filter,
                           const QString &format, QWidget *parent);
    static void copyDigest(core::Store &store, QWidget *parent);
};

} // namespace ui
} // namespace hamkor
