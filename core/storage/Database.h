// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace hamkor {
namespace core {

// One open .hamkor file: an SQLite database marked with Hamkor's application_id, at the
// file format in its user_version (SPEC section 3).
//
// Opening checks the file before SQLite may change a byte of it, and refuses with a
// message a user can act on: not an SQLite file, another program's database, a newer
// Hamkor's file, a damaged or truncated file, a file another Hamkor is writing. A file or
// folder that cannot be written is opened read-only, and readOnlyReason() says why. An
// older file is backed up, then migrated forward.
//
// The connection has foreign keys on, WAL, synchronous=FULL and a busy timeout. It belongs
// to the thread that opened the file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::Database)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    // "HMKR": how SQLite's application_id marks a Hamkor file.
    static constexpr quint32 ApplicationId = 0x484D4B52;

    // Creates a new, empty file readable by its owner only; refuses an existing path.
    static Result<std::unique_ptr<Database>> create(const QString &path);
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Access access = Access::ReadWrite);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the file was opened read-only, in words; empty when it is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The copy made before this open migrated the file forward; empty when none was needed.
    QString migrationBackupPath() const { return m_backupPath; }
    int schemaVersion() const { return m_schemaVersion; }

    // A consistent copy of the whole file at destination, written under a temporary name
    // and renamed, readable by its owner only. Works while the file is in use.
    Status backupTo(const QString &destination) const;

    // The path of the lock file that marks path as open for writing.
    static QString lockPathFor(const QString &path);

private:
    Database() = default;
    static Result<std::unique_ptr<Database>> openChecked(const QString &path, Access access,
                                                         bool creating);
    Status connect(bool readOnly, bool immutable);
    Status verifyAndPrepare(bool creating);

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    QString m_backupPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
};

} // namespace core
} // namespace hamkor
