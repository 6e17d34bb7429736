// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace hamkor {
namespace core {

// What the first 100 bytes of a file say about it, read before SQLite touches the file,
// so that a file that is not ours is refused without a single byte of it changed.
struct FileHeader
{
    quint32 applicationId = 0;
    quint32 userVersion = 0;
    qint64 pageSize = 0;
    qint64 pageCount = 0; // the size the header claims, when it is trustworthy
    qint64 fileSize = 0;
};

class FileProbe
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::FileProbe)

public:
    // Reads path's SQLite header. Fails with a message for a missing, unreadable, empty,
    // non-SQLite or truncated file.
    static Result<FileHeader> read(const QString &path);
};

} // namespace core
} // namespace hamkor
