// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/WholeFile.h"

#include <QSaveFile>

namespace hamkor {
namespace core {

Status WholeFile::write(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (Status written = write(file); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{tr("Cannot write %1: %2").arg(path, why)};
    }
    if (!file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace core
} // namespace hamkor
