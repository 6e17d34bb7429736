// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QIODevice;

namespace hamkor {
namespace core {

// A file replaced whole or not at all: written to a temporary file beside path (QSaveFile)
// and renamed over it only when write succeeded and every byte reached the disk (a full disk
// shows on the last flush). A failed or cancelled write leaves path as it was.
class WholeFile
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::WholeFile)

public:
    static Status write(const QString &path, const std::function<Status(QIODevice &)> &write);
    // "Cannot write PATH: the disk is full. …": the file and the reason in words — a full
    // disk, a missing folder, a read-only medium, no permission — instead of the system's
    // text alone ("Unknown error"), which is used only when none of those is the cause.
    static Error failure(const QString &path, const QString &systemText);
    static QString reason(const QString &path, const QString &systemText);
    // The reason when it is one of those causes; nothing when the system's text must do.
    static std::optional<QString> knownReason(const QString &path, const QString &systemText);
};

} // namespace core
} // namespace hamkor
