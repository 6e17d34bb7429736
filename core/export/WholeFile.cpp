// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/WholeFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <optional>

namespace hamkor {
namespace core {

namespace {
// Less room than this left on the disk after a failed write means the disk filled up.
constexpr qint64 NearlyFull = 64 * 1024;
} // namespace

std::optional<QString> WholeFile::knownReason(const QString &path, const QString &systemText)
{
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    const QString shownFolder = QDir::toNativeSeparators(folder);
    if (!QFileInfo(folder).isDir())
        return tr("the folder %1 does not exist").arg(shownFolder);
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.isReadOnly())
        return tr("the disk is read-only (write-protected, or mounted for reading only)");
    const QString noSpace = QString::fromLocal8Bit(std::strerror(ENOSPC));
    if (systemText == noSpace || (storage.isValid() && storage.bytesAvailable() < NearlyFull))
        return tr("the disk is full; free some space or save it elsewhere");
    if (file.exists() && !file.isWritable())
        return tr("the file is read-only: you have no permission to change it");
    if (!QFileInfo(folder).isWritable())
        return tr("you have no permission to write in the folder %1").arg(shownFolder);
    return std::nullopt;
}

QString WholeFile::reason(const QString &path, const QString &systemText)
{
    if (auto known = knownReason(path, systemText))
        return *known;
    if (systemText.isEmpty() || systemText == QLatin1String("Unknown error"))
        return tr("the system did not say why");
    return systemText;
}

Error WholeFile::failure(const QString &path, const QString &systemText)
{
    return Error{tr("Cannot write %1: %2. An older file of that name was kept as it was.")
                     .arg(QDir::toNativeSeparators(path), reason(path, systemText))};
}

Status WholeFile::write(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    if (Status written = write(file); !written) {
        // The writer's own message says what it was doing; a failing file says why in words.
        // A write cut short by a full disk sets no error on the file, only a short count.
        const bool deviceFailed = file.error() != QFileDevice::NoError ||
                                  knownReason(path, file.errorString()).has_value();
        const Error why = deviceFailed ? failure(path, file.errorString()) : written.error();
        file.cancelWriting();
        return why;
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const Error why = failure(path, file.errorString());
        file.cancelWriting();
        return why;
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

} // namespace core
} // namespace hamkor
