// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/WalCompanions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hamkor {
namespace core {

Status WalCompanions::makeWritable(const QString &databasePath)
{
    const QFileDevice::Permissions mode =
        QFileInfo(databasePath).permissions() | QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        const QString path = databasePath + suffix;
        const QFileInfo companion(path);
        if (!companion.exists() || companion.isWritable())
            continue;
        if (QFile::setPermissions(path, mode) && QFileInfo(path).isWritable())
            continue;
        // The -shm is only an index of the -wal, rebuilt on open; the -wal holds changes
        // not yet in the file and must never be removed.
        if (suffix == QLatin1String("-shm") && QFile::remove(path))
            continue;
        return Error{tr("%1 cannot be written: it was left read-only (probably when the file "
                        "was opened while it was read-only) and belongs to another user, so "
                        "Hamkor cannot fix it. Ask that user or an administrator to delete it, "
                        "or make it writable.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    return {};
}

} // namespace core
} // namespace hamkor
