// SPDX-License-Identifier: GPL-3.0-or-later
// A writer killed at any moment loses at most the action in flight and never corrupts the
// file (SPEC section 3): run a real writing process, kill -9 it at many points, and check.
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesAtMostTheActionInFlight()
    {
        const QString writer = qEnvironmentVariable("HAMKOR_CRASH_WRITER");
        QVERIFY2(!writer.isEmpty(), "HAMKOR_CRASH_WRITER is not set");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.hamkor"));
        QVERIFY(Database::create(path).ok());

        QRandomGenerator random(42);
        int committedBefore = 0;
        for (int round = 0; round < 25; ++round) {
            QProcess process;
            process.start(writer, {QStringLiteral("write"), path, QStringLiteral("100000")});
            QVERIFY(process.waitForStarted());
            // Kill after a varying number of committed actions, and in some rounds at a
            // random moment before the first line arrives.
            const int target = int(random.bounded(1, 60));
            QByteArray output;
            int lastCommitted = 0;
            if (round % 5 == 4) {
                QTest::qWait(int(random.bounded(1, 40)));
            } else {
                while (lastCommitted < target && process.waitForReadyRead(10000)) {
                    output += process.readAllStandardOutput();
                    const QList<QByteArray> lines = output.trimmed().split('\n');
                    lastCommitted = lines.constLast().toInt();
                }
            }
            process.kill(); // SIGKILL: no clean-up, no checkpoint
            process.waitForFinished();
            output += process.readAllStandardOutput();
            QVERIFY2(!output.contains("error"), output.constData());
            const QList<QByteArray> lines = output.trimmed().split('\n');
            lastCommitted = output.trimmed().isEmpty() ? 0 : lines.constLast().toInt();

            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.message()));
            const auto integrity =
                Sql::scalar((*db)->connection(), QStringLiteral("PRAGMA integrity_check"));
            QCOMPARE(integrity->toString(), QStringLiteral("ok"));
            const qint64 organisations =
                Sql::scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM "
                                                                "organisations"))
                    ->toLongLong();
            const qint64 contacts =
                Sql::scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM contacts"))
                    ->toLongLong();
            // Every action reported as committed is there, at most one more (committed but
            // killed before it could say so), and each action is whole.
            QVERIFY2(organisations >= committedBefore + lastCommitted,
                     qPrintable(QStringLiteral("round %1: %2 rows, %3 committed")
                                    .arg(round)
                                    .arg(organisations)
                                    .arg(committedBefore + lastCommitted)));
            QVERIFY(organisations <= committedBefore + lastCommitted + 1);
            QCOMPARE(contacts, organisations);
            committedBefore = int(organisations);
        }
        QVERIFY(committedBefore > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
