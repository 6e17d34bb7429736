// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace hamkor::core;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on path with a plain SQLite connection, as another program would.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString makeFile(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto db = Database::create(path);
    if (!db)
        qWarning() << db.message();
    return path;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.hamkor"));
        {
            auto db = Database::create(path);
            QVERIFY2(db.ok(), qPrintable(db.message()));
            QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
            QVERIFY(!(*db)->isReadOnly());
            const auto mode =
                Sql::scalar((*db)->connection(), QStringLiteral("PRAGMA journal_mode"));
            QCOMPARE(mode->toString(), QStringLiteral("wal"));
            QCOMPARE(
                Sql::scalar((*db)->connection(), QStringLiteral("PRAGMA foreign_keys"))->toInt(),
                1);
            QCOMPARE(
                Sql::scalar((*db)->connection(), QStringLiteral("PRAGMA synchronous"))->toInt(),
                2); // FULL
        }
        // Readable and writable by its owner only, and so are SQLite's companion files.
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        auto reopened = Database::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        QCOMPARE(
            quint32(Sql::scalar((*reopened)->connection(), QStringLiteral("PRAGMA application_id"))
                        ->toLongLong()),
            Database::ApplicationId);
        QVERIFY((*reopened)->migrationBackupPath().isEmpty());
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exists.hamkor"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        const auto db = Database::create(path);
        QVERIFY(!db.ok());
        QVERIFY(db.message().contains(QStringLiteral("already exists")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("precious"));
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto db = Database::open(makeFile(dir, QStringLiteral("fk.hamkor")));
        QVERIFY(db.ok());
        const auto insert = Sql::exec(
            (*db)->connection(),
            QStringLiteral("INSERT INTO contacts (uuid, organisation_id, name, modified_at) "
                           "VALUES ('u', 424242, 'Nobody', 'now')"));
        QVERIFY(!insert.ok());
        QVERIFY(insert.message().contains(QStringLiteral("conflicts")));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text file") << "text"
                                   << "not an SQLite database";
        QTest::addRow("empty file") << "empty"
                                    << "is empty";
        QTest::addRow("another program's database") << "foreign"
                                                    << "another program";
        QTest::addRow("newer Hamkor") << "newer"
                                      << "newer version of Hamkor";
        QTest::addRow("truncated") << "truncated"
                                   << "shorter than it should be";
        QTest::addRow("corrupted") << "corrupted"
                                   << "damaged";
        QTest::addRow("folder") << "folder"
                                << "is a folder";
        QTest::addRow("missing") << "missing"
                                 << "does not exist";
    }
    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("file.hamkor"));
        if (kind == u"text" || kind == u"empty") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (kind == u"text")
                file.write("title,donor\nA call,EU\n");
        } else if (kind == u"foreign") {
            rawSql(path, {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY)")});
        } else if (kind == u"newer") {
            makeFile(dir, QStringLiteral("file.hamkor"));
            rawSql(path, {QStringLiteral("PRAGMA user_version = 99")});
        } else if (kind == u"truncated" || kind == u"corrupted") {
            {
                auto db = Database::open(makeFile(dir, QStringLiteral("file.hamkor")));
                QVERIFY(db.ok());
                // Enough rows for the file to span many pages.
                for (int i = 0; i < 400; ++i)
                    QVERIFY(
                        Sql::exec((*db)->connection(),
                                  QStringLiteral("INSERT INTO networks (uuid, name, modified_at) "
                                                 "VALUES (?, ?, 'now')"),
                                  {QString::number(i),
                                   QString(200, QChar(u'a' + i % 26)) + QString::number(i)})
                            .ok());
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            if (kind == u"truncated") {
                QVERIFY(file.resize(size / 2));
            } else {
                file.seek(size / 2);
                file.write(QByteArray(8192, '\x5a'));
            }
        } else if (kind == u"folder") {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("file.hamkor")));
        }
        const QByteArray before = fileHash(path);
        const auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(expected), qPrintable(db.message()));
        QVERIFY2(db.message().contains(QStringLiteral("file.hamkor")), qPrintable(db.message()));
        QCOMPARE(fileHash(path), before); // untouched
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || kind == u"newer" ||
                kind == u"truncated" || kind == u"corrupted");
    }

    // A crash in the middle of a checkpoint: page 1 already names the new size, the file is
    // still short, and the -wal file holds everything. SQLite recovers that; so must we.
    void crashDuringCheckpointOpens()
    {
        QTemporaryDir dir;
        const QString crashed = dir.filePath(QStringLiteral("crashed.hamkor"));
        {
            auto db = Database::open(makeFile(dir, QStringLiteral("live.hamkor")));
            QVERIFY(db.ok());
            QVERIFY(Sql::exec((*db)->connection(), QStringLiteral("PRAGMA wal_autocheckpoint = 0"))
                        .ok());
            for (int i = 0; i < 300; ++i)
                QVERIFY(
                    Sql::exec((*db)->connection(),
                              QStringLiteral("INSERT INTO networks (uuid, name, modified_at) "
                                             "VALUES (?, ?, 'now')"),
                              {QString::number(i), QString(300, QChar(u'n')) + QString::number(i)})
                        .ok());
            // The moment of the crash, copied while the program still has the file open.
            QVERIFY(QFile::copy(dir.filePath(QStringLiteral("live.hamkor")), crashed));
            QVERIFY(QFile::copy(dir.filePath(QStringLiteral("live.hamkor-wal")),
                                crashed + QStringLiteral("-wal")));
        }
        QFile file(crashed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray header = file.read(100);
        const int pageSize = (uchar(header.at(16)) << 8) | uchar(header.at(17));
        const quint32 pages = quint32(file.size() / pageSize) + 50;
        const char count[4] = {char(pages >> 24), char(pages >> 16), char(pages >> 8), char(pages)};
        QVERIFY(file.seek(28));
        QCOMPARE(file.write(count, 4), 4);
        QVERIFY(file.seek(92)); // the page count is valid for this change counter
        QCOMPARE(file.write(header.constData() + 24, 4), 4);
        file.close();

        const auto db = Database::open(crashed);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        const auto rows =
            Sql::scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM networks"), {});
        QVERIFY(rows.ok());
        QCOMPARE(rows->toInt(), 300);
    }

    void secondWriterIsRefused()
    {
        QTemporaryDir dir;
        const QString path = makeFile(dir, QStringLiteral("shared.hamkor"));
        auto first = Database::open(path);
        QVERIFY(first.ok());
        const auto second = Database::open(path);
        QVERIFY(!second.ok());
        QVERIFY2(second.message().contains(QStringLiteral("open for writing in another Hamkor")),
                 qPrintable(second.message()));
        // Reading alongside is fine.
        const auto reader = Database::open(path, Database::Access::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.message()));
        QVERIFY((*reader)->isReadOnly());
        // The lock goes with the first one.
        first = Error{};
        QVERIFY(Database::open(path).ok());
    }

    void writerInAnotherProcessIsRefusedUntilItDies()
    {
        QTemporaryDir dir;
        const QString path = makeFile(dir, QStringLiteral("held.hamkor"));
        QProcess holder;
        holder.start(qEnvironmentVariable("HAMKOR_CRASH_WRITER"), {QStringLiteral("hold"), path});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readAllStandardOutput().trimmed(), QByteArray("open"));
        const auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QString::number(holder.processId())));
        holder.kill();
        holder.waitForFinished();
        // A lock left by a process that is gone does not stand in the way.
        QVERIFY2(Database::open(path).ok(), "stale lock was not taken over");
    }

    void readOnlyConnectionRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = makeFile(dir, QStringLiteral("ro.hamkor"));
        auto db = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(db.ok());
        QVERIFY((*db)->isReadOnly());
        const auto insert = Sql::exec(
            (*db)->connection(), QStringLiteral("INSERT INTO file_settings VALUES ('k', 'v')"));
        QVERIFY(!insert.ok());
        QVERIFY2(insert.message().contains(QStringLiteral("read-only")),
                 qPrintable(insert.message()));
    }

    void readOnlyFileAndFolderOpenReadOnly_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::addRow("read-only file") << false;
        QTest::addRow("read-only folder") << true;
    }
    void readOnlyFileAndFolderOpenReadOnly()
    {
        // Permissions do not bind root, so as root the check runs as user nobody.
        QFETCH(bool, folder);
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::ExeOther |
                                              QFile::WriteOther);
        const QString path = makeFile(dir, QStringLiteral("locked.hamkor"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther |
                                        (folder ? QFile::WriteOwner | QFile::WriteOther
                                                : QFileDevice::Permissions()));
        if (folder)
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::ExeOther);
        const QByteArray before = fileHash(path);
        QStringList command{qEnvironmentVariable("HAMKOR_CRASH_WRITER"), QStringLiteral("open"),
                            path};
        if (geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) is needed to test as root");
            command =
                QStringList{setpriv, QStringLiteral("--reuid=65534"),
                            QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")} +
                command;
        }
        QProcess process;
        process.start(command.takeFirst(), command);
        QVERIFY(process.waitForFinished(20000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        QVERIFY2(output.startsWith(QStringLiteral("ro: ")), qPrintable(output));
        QVERIFY2(output.contains(folder ? QStringLiteral("folder")
                                        : QStringLiteral("is marked read-only")),
                 qPrintable(output));
        QVERIFY2(output.contains(folder ? dir.path() : path), qPrintable(output)); // named
        QCOMPARE(fileHash(path), before);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void olderFileIsBackedUpThenMigrated()
    {
        QTemporaryDir dir;
        const QString path = makeFile(dir, QStringLiteral("old.hamkor"));
        // A file at format 0: marked as Hamkor's, but with none of the tables yet.
        QStringList drops;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            auto tables = Sql::exec((*db)->connection(),
                                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                   "'table'"));
            while (tables->next())
                drops << QStringLiteral("DROP TABLE IF EXISTS ") + tables->value(0).toString();
        }
        rawSql(path, QStringList{QStringLiteral("PRAGMA foreign_keys = OFF")} + drops +
                         QStringList{QStringLiteral("PRAGMA user_version = 0"),
                                     QStringLiteral("CREATE TABLE keepsake (note TEXT)"),
                                     QStringLiteral("INSERT INTO keepsake VALUES ('old data')")});
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
        const QString backup = (*db)->migrationBackupPath();
        QVERIFY(backup.contains(QStringLiteral("format0-backup")));
        QVERIFY(QFile::exists(backup));
        QCOMPARE(QFile::permissions(backup) & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY(
            Sql::scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM calls")).ok());
        QCOMPARE(Sql::scalar((*db)->connection(), QStringLiteral("SELECT note FROM keepsake"))
                     ->toString(),
                 QStringLiteral("old data"));
    }

    void failedMigrationLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = makeFile(dir, QStringLiteral("clash.hamkor"));
        // Format 0 with a table in the way of migration 1: it must roll back whole.
        rawSql(path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                      QStringLiteral("DROP TABLE exchange_rates"),
                      QStringLiteral("PRAGMA user_version = 0")});
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("format 1 failed")),
                 qPrintable(db.message()));
        auto again = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(!again.ok()); // still format 0: needs the upgrade, which cannot run read-only
        QVERIFY2(again.message().contains(QStringLiteral("older file format (0)")),
                 qPrintable(again.message()));
        // Reading was asked for and the file could be written: the window upgrades it.
        QVERIFY2(again.message().contains(QStringLiteral("Open it once in the Hamkor window")),
                 qPrintable(again.message()));
    }

    void backupIsACompleteCopy()
    {
        QTemporaryDir dir;
        auto db = Database::open(makeFile(dir, QStringLiteral("src.hamkor")));
        QVERIFY(db.ok());
        QVERIFY(Sql::exec((*db)->connection(),
                          QStringLiteral("INSERT INTO file_settings VALUES ('greeting', 'салом')"))
                    .ok());
        const QString copy = dir.filePath(QStringLiteral("copy.hamkor"));
        QVERIFY((*db)->backupTo(copy).ok());
        QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
        auto reopened = Database::open(copy, Database::Access::ReadOnly);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        QCOMPARE(
            Sql::scalar((*reopened)->connection(),
                        QStringLiteral("SELECT value FROM file_settings WHERE key = 'greeting'"))
                ->toString(),
            QStringLiteral("салом"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
