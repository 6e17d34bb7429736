// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

#include <functional>

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
};

} // namespace core
} // namespace hamkor
