// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FileProbe.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace hamkor {
namespace core {

namespace {
constexpr int HeaderSize = 100;
constexpr char Magic[] = "SQLite format 3";

quint32 readBigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}
} // namespace

Result<FileHeader> FileProbe::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("%1 does not exist.").arg(path)};
    if (info.isDir())
        return Error{tr("%1 is a folder, not a Hamkor file.").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2.").arg(path, file.errorString())};
    FileHeader header;
    header.fileSize = file.size();
    if (header.fileSize == 0)
        return Error{tr("%1 is empty: it is not a Hamkor file.").arg(path)};
    const QByteArray bytes = file.read(HeaderSize);
    if (bytes.size() < HeaderSize || !bytes.startsWith(QByteArray(Magic, sizeof Magic)))
        return Error{
            tr("%1 is not a Hamkor file (it is not an SQLite database at all).").arg(path)};

    quint32 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    header.pageSize = pageSize == 1 ? 65536 : pageSize;
    header.userVersion = readBigEndian32(bytes, 60);
    header.applicationId = readBigEndian32(bytes, 68);
    // The page count at offset 28 is only valid when the "version-valid-for" number at
    // offset 92 equals the change counter at offset 24 (SQLite 3.7.0 and later).
    if (readBigEndian32(bytes, 92) == readBigEndian32(bytes, 24))
        header.pageCount = readBigEndian32(bytes, 28);
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0)
        return Error{tr("%1 is damaged: its header names an impossible page size.").arg(path)};
    // A crash in the middle of a checkpoint leaves page 1 already written and the file
    // still short, with everything in the -wal file: SQLite recovers that on open.
    const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!walPending && header.pageCount > 0 && header.fileSize < header.pageCount * header.pageSize)
        return Error{tr("%1 is damaged: it is shorter than it should be (%2 of %3 bytes); it "
                        "was probably cut off while being copied. Restore it from a backup.")
                         .arg(path)
                         .arg(header.fileSize)
                         .arg(header.pageCount * header.pageSize)};
    return header;
}

} // namespace core
} // namespace hamkor
