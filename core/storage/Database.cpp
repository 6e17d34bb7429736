// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/Clock.h"
#include "core/storage/FileProbe.h"
#include "core/storage/Migrations.h"
#include "core/storage/Sql.h"
#include "core/storage/WalCompanions.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QThread>
#include <QUrl>

#include <filesystem>
#include <sqlite3.h>

namespace hamkor {
namespace core {

namespace {

// Files up to this size get PRAGMA quick_check on every open (tens of milliseconds);
// larger ones rely on the header check here and the full check of `hamkor check`.
constexpr qint64 QuickCheckLimit = 64 * 1024 * 1024;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("hamkor-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

Result<qint64> pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma))
        return Sql::error(query.lastError());
    return query.next() ? query.value(0).toLongLong() : 0;
}

Status execPragma(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma))
        return Sql::error(query.lastError());
    return {};
}

} // namespace

QString Database::lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

Result<std::unique_ptr<Database>> Database::create(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return Error{tr("%1 already exists; Hamkor does not overwrite files. Choose another "
                        "name or remove the file first.")
                         .arg(path)};
    if (!QDir().mkpath(info.absolutePath()))
        return Error{tr("Cannot create the folder %1.").arg(info.absolutePath())};
    // Created here with mode 0600 before SQLite opens it: SQLite would make it 0644, and its
    // -wal and -shm files copy the mode of the database.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{tr("Cannot create %1: %2.").arg(path, file.errorString())};
    file.close();
    auto database = openChecked(path, Access::ReadWrite, true);
    if (!database)
        QFile::remove(path);
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    return openChecked(path, access, false);
}

Result<std::unique_ptr<Database>> Database::openChecked(const QString &path, Access access,
                                                        bool creating)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    if (!creating) {
        auto header = FileProbe::read(path);
        if (!header)
            return header.error();
        const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
        if (header->applicationId != ApplicationId && !(header->applicationId == 0 && walPending))
            return Error{
                tr("%1 is not a Hamkor file: it is a database of another program.").arg(path)};
        if (int(header->userVersion) > Migrations::latestVersion())
            return Error{tr("%1 was made by a newer version of Hamkor (file format %2; this "
                            "version reads up to format %3). Update Hamkor to open it.")
                             .arg(path)
                             .arg(header->userVersion)
                             .arg(Migrations::latestVersion())};
    }

    db->m_readOnly = access == Access::ReadOnly;
    const QFileInfo info(db->m_path);
    if (!db->m_readOnly && !info.isWritable()) {
        db->m_readOnly = true;
        db->m_readOnlyReason =
            tr("%1 is marked read-only (its permissions, or a read-only disk), so it was opened "
               "for reading only. Make it writable, then open it again.")
                .arg(QDir::toNativeSeparators(db->m_path));
    } else if (!db->m_readOnly && !QFileInfo(info.absolutePath()).isWritable()) {
        db->m_readOnly = true;
        db->m_readOnlyReason = tr("The folder %1 is read-only, so the file was opened for "
                                  "reading only.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath()));
    }

    if (!db->m_readOnly) {
        db->m_lock = std::make_unique<QLockFile>(lockPathFor(db->m_path));
        db->m_lock->setStaleLockTime(0); // stale only when its process is gone
        bool locked = db->m_lock->tryLock(0);
        if (!locked && db->m_lock->error() == QLockFile::LockFailedError) {
            // A lock file without its owner's details was left by a writer killed while
            // making it (another one writes them at once): after a moment, take it over.
            qint64 owner = 0;
            QString ownerHost, ownerApplication;
            if (!db->m_lock->getLockInfo(&owner, &ownerHost, &ownerApplication)) {
                QThread::msleep(200);
                if (!db->m_lock->getLockInfo(&owner, &ownerHost, &ownerApplication) &&
                    db->m_lock->removeStaleLockFile())
                    locked = db->m_lock->tryLock(0);
            }
        }
        if (!locked) {
            if (db->m_lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host;
                QString application;
                db->m_lock->getLockInfo(&pid, &host, &application);
                return Error{tr("%1 is open for writing in another Hamkor (process %2 on %3). "
                                "Close it there first, or open it read-only.")
                                 .arg(path)
                                 .arg(pid)
                                 .arg(host.isEmpty() ? tr("this computer") : host)};
            }
            db->m_lock.reset();
            db->m_readOnly = true;
            db->m_readOnlyReason =
                tr("No lock could be taken next to the file, so it was opened for reading only.");
        }
    }
    if (!db->m_readOnly) {
        if (Status companions = WalCompanions::makeWritable(db->m_path); !companions) {
            db->m_lock.reset();
            db->m_readOnly = true;
            db->m_readOnlyReason =
                tr("It was opened for reading only: %1").arg(companions.message());
        }
    }

    Status connected = db->connect(db->m_readOnly, false);
    if (connected)
        connected = db->verifyAndPrepare(creating);
    if (!connected && db->m_readOnly && !creating) {
        // A WAL file in a read-only folder cannot get its -shm index: read it as immutable.
        QSqlDatabase::removeDatabase(std::exchange(db->m_connectionName, QString()));
        if (Status retry = db->connect(true, true); retry)
            connected = db->verifyAndPrepare(false);
    }
    if (!connected)
        return connected.error();
    return db;
}

Status Database::connect(bool readOnly, bool immutable)
{
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return Error{tr("Qt's SQLite driver is missing. Install the package libqt6sql6-sqlite.")};
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (immutable) {
        options << QStringLiteral("QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return Error{tr("Cannot open %1: %2").arg(m_path, Sql::error(db.lastError()).message)};
    return {};
}

Status Database::verifyAndPrepare(bool creating)
{
    const QSqlDatabase db = connection();
    const auto applicationId = pragmaValue(db, QStringLiteral("application_id"));
    if (!applicationId)
        return Error{tr("%1 cannot be read: %2").arg(m_path, applicationId.message())};
    const auto version = pragmaValue(db, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    if (!creating) {
        if (quint32(*applicationId) != ApplicationId)
            return Error{
                tr("%1 is not a Hamkor file: it is a database of another program.").arg(m_path)};
        if (*version > Migrations::latestVersion())
            return Error{tr("%1 was made by a newer version of Hamkor (file format %2; this "
                            "version reads up to format %3). Update Hamkor to open it.")
                             .arg(m_path)
                             .arg(*version)
                             .arg(Migrations::latestVersion())};
        if (QFileInfo(m_path).size() <= QuickCheckLimit) {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next() ||
                check.value(0).toString() != QLatin1String("ok"))
                return Error{tr("%1 is damaged (%2). Restore it from a backup.")
                                 .arg(m_path, check.lastError().isValid()
                                                  ? check.lastError().databaseText()
                                                  : check.value(0).toString())};
        }
    }
    if (Status fk = execPragma(db, QStringLiteral("foreign_keys = ON")); !fk)
        return fk;
    if (!m_readOnly) {
        if (Status wal = execPragma(db, QStringLiteral("journal_mode = WAL")); !wal)
            return wal;
        if (Status sync = execPragma(db, QStringLiteral("synchronous = FULL")); !sync)
            return sync;
        // A large import is one transaction; a cache that holds it avoids spilling pages
        // to the WAL half-way (SQLite's default is 2 MB).
        if (Status cache = execPragma(db, QStringLiteral("cache_size = -65536")); !cache)
            return cache;
        // Statement journals (one per insert that might be undone within its transaction)
        // in memory, not in temporary files written and thrown away by the thousand.
        if (Status temp = execPragma(db, QStringLiteral("temp_store = MEMORY")); !temp)
            return temp;
    }
    m_schemaVersion = int(*version);
    if (m_schemaVersion == Migrations::latestVersion())
        return {};
    const QFileInfo file(m_path);
    const bool writable = file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
    if (m_readOnly && m_readOnlyReason.isEmpty() && writable) // reading was asked for
        return Error{tr("%1 is in an older file format (%2). Open it once in the Hamkor window "
                        "to upgrade it to format %3 (a backup copy is made first), then run "
                        "this again.")
                         .arg(m_path)
                         .arg(m_schemaVersion)
                         .arg(Migrations::latestVersion())};
    if (m_readOnly)
        return Error{tr("%1 is in an older file format (%2) and must be upgraded to format %3 "
                        "before this version of Hamkor can use it, but it cannot be written "
                        "here. Copy it to a folder you can write to and open the copy.")
                         .arg(m_path)
                         .arg(m_schemaVersion)
                         .arg(Migrations::latestVersion())};
    if (creating) {
        if (Status id = execPragma(db, QStringLiteral("application_id = %1").arg(ApplicationId));
            !id)
            return id;
    } else {
        const QFileInfo info(m_path);
        m_backupPath = info.absoluteDir().filePath(
            QStringLiteral("%1.format%2-backup-%3.hamkor")
                .arg(info.completeBaseName())
                .arg(m_schemaVersion)
                .arg(Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (Status backup = backupTo(m_backupPath); !backup)
            return Error{tr("The file needs an upgrade, but the backup copy made first failed, "
                            "so nothing was changed: %1")
                             .arg(backup.message())};
    }
    if (Status migrated = Migrations::migrate(db, m_schemaVersion); !migrated)
        return migrated;
    m_schemaVersion = Migrations::latestVersion();
    // Write the new header into the main file now, so that the file says what it is even
    // to a reader that looks only at its first bytes.
    return execPragma(db, QStringLiteral("wal_checkpoint(TRUNCATE)"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Status Database::backupTo(const QString &destination) const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{tr("The backup needs an SQLite file.")};
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());
    const QString part = destination + QStringLiteral(".part");
    QFile::remove(part);
    {
        QFile file(part);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{tr("Cannot write the backup %1: %2.").arg(part, file.errorString())};
    }
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(part).constData(), &target, SQLITE_OPEN_READWRITE,
                             nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        else if (rc == SQLITE_OK)
            rc = sqlite3_errcode(target);
    }
    const QString message = QString::fromUtf8(target ? sqlite3_errmsg(target) : "out of memory");
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(part);
        return Error{tr("The backup to %1 failed: %2.").arg(destination, message)};
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(part).toStdString(),
                            QFile::encodeName(destination).toStdString(), error);
    if (error) {
        QFile::remove(part);
        return Error{tr("The backup could not be put in place at %1: %2.")
                         .arg(destination, QString::fromStdString(error.message()))};
    }
    return {};
}

} // namespace core
} // namespace hamkor
