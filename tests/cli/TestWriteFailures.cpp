// SPDX-License-Identifier: GPL-3.0-or-later
// What a user's files go through when the disk is against them: a nearly full USB stick, a
// folder that is gone, a file opened while it was read-only. Every export fails in words and
// leaves the older file as it was; a file made writable again takes changes.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run finish(QProcess &process)
{
    if (!process.waitForFinished(300000))
        return {-3, {}, QStringLiteral("timed out")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestWriteFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    Run hamkor(const QStringList &arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("HAMKOR_BINARY"), arguments);
        return finish(process);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath("demo.hamkor");
        const Run demo = hamkor({"demo", m_demo});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void fullDiskKeepsTheOlderFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("free"); // bytes left on the disk, fewer than the export needs
        const auto budget = [](const char *acronym, const char *format) {
            return QStringList{"export",   "budget", "--proposal", acronym,
                               "--format", format,   "--output",   "@OUT@"};
        };
        QTest::addRow("budget PDF") << budget("STEPPE", "pdf") << "budget.pdf" << 8192;
        QTest::addRow("budget XLSX") << budget("STEPPE", "xlsx") << "budget.xlsx" << 4096;
        QTest::addRow("budget CSV") << budget("STEPPE", "csv") << "budget.csv" << 4096;
        QTest::addRow("budget IATI") << budget("AQUAFIELD", "iati") << "budget.xml" << 0;
        QTest::addRow("proposal summary PDF")
            << QStringList{"export",   "proposal", "--proposal", "STEPPE",
                           "--format", "pdf",      "--output",   "@OUT@"}
            << "summary.pdf" << 8192;
        QTest::addRow("calls CSV")
            << QStringList{"export", "calls", "--format", "csv", "--output", "@OUT@"} << "calls.csv"
            << 0;
        QTest::addRow("calls ICS")
            << QStringList{"export", "calls", "--format", "ics", "--output", "@OUT@"} << "calls.ics"
            << 4096;
        QTest::addRow("digest") << QStringList{"export", "calls",    "--format",
                                               "digest", "--output", "@OUT@"}
                                << "digest.txt" << 0;
        QTest::addRow("partners CSV")
            << QStringList{"export", "partners", "--format", "csv", "--output", "@OUT@"}
            << "partners.csv" << 4096;
        QTest::addRow("partners VCF")
            << QStringList{"export", "partners", "--format", "vcf", "--output", "@OUT@"}
            << "partners.vcf" << 8192;
    }
    void fullDiskKeepsTheOlderFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, name);
        QFETCH(int, free);
        const QString disk = m_dir.filePath("usb-" + name);
        QVERIFY(QDir().mkpath(disk));
        // A mount namespace of the child's own: as root directly, otherwise in a user
        // namespace where the child is root. Nothing here is mocked: the disk is real.
        QStringList unshare{"--mount", "--propagation", "private"};
        if (::geteuid() != 0)
            unshare.prepend("--map-root-user");
        QProcess process;
        process.start("unshare", unshare +
                                     QStringList{"bash",
                                                 qEnvironmentVariable("HAMKOR_SOURCE_DIR") +
                                                     "/tests/cli/nearly-full-disk.sh",
                                                 disk, name, QString::number(free)} +
                                     arguments + QStringList{m_demo});
        const Run run = finish(process);
        QVERIFY2(run.out.contains("exit="),
                 qPrintable("This test mounts a small disk of its own and needs root or user "
                            "namespaces (unshare --map-root-user): " +
                            run.err));
        QVERIFY2(run.out.contains("exit=1\n"), qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains("the disk is full"), qPrintable(run.err));
        QVERIFY2(run.err.contains(name), qPrintable(run.err));
        QVERIFY2(!run.err.contains("Unknown error"), qPrintable(run.err));
        QVERIFY2(run.out.contains("older=OLDER GOOD FILE\n"), qPrintable(run.out));
        // Nothing half-written is left beside it.
        QVERIFY2(
            run.out.contains(QRegularExpression(QStringLiteral("files=(filler %1|%1 filler) \n")
                                                    .arg(QRegularExpression::escape(name)))),
            qPrintable(run.out));
    }

    // A file opened while it was read-only leaves a -shm with the read-only mode beside it.
    // Once the file is writable again, changes must go through: opening mends the -shm.
    void readOnlyFileMadeWritableAgainTakesChanges()
    {
        const QString folder = m_dir.filePath("shared-folder");
        QVERIFY(QDir().mkpath(folder + "/runtime"));
        QVERIFY(QFile::setPermissions(folder + "/runtime", QFileDevice::ReadOwner |
                                                               QFileDevice::WriteOwner |
                                                               QFileDevice::ExeOwner));
        const QString path = folder + "/office.hamkor";
        QVERIFY(QFile::copy(m_demo, path));
        // A person without root's powers, who cannot write a read-only file: as root the
        // child runs as nobody, owning the folder and the file.
        QStringList asUser;
        const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                         QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                         QFileDevice::ExeGroup;
        QVERIFY(QFile::setPermissions(m_dir.path(), all));
        if (::geteuid() == 0) {
            QCOMPARE(QProcess::execute("chown", {"-R", "nobody:nogroup", folder}), 0);
            asUser = {"setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"};
        }
        const auto run = [&](const QStringList &arguments) {
            QStringList command = asUser;
            command << "env"
                    << "HOME=" + folder << "XDG_CONFIG_HOME=" + folder << "XDG_DATA_HOME=" + folder
                    << "XDG_RUNTIME_DIR=" + folder + "/runtime"
                    << qEnvironmentVariable("HAMKOR_BINARY");
            command << arguments;
            QProcess process;
            process.start(command.takeFirst(), command);
            return finish(process);
        };
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther |
                                                QFileDevice::ReadGroup));
        const Run read = run({"list", "calls", path});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        QVERIFY2(QFile::exists(path + "-shm"), "reading a read-only file left no -shm");
        QVERIFY(!(QFile::permissions(path + "-shm") & QFileDevice::WriteOwner));

        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const Run import =
            run({"import", "calls",
                 qEnvironmentVariable("HAMKOR_SOURCE_DIR") + "/tests/data/calls-sample.csv", path});
        QVERIFY2(import.exitCode == 0, qPrintable(import.out + import.err));
        const Run after = run({"check", path});
        QVERIFY2(after.out.contains(QRegularExpression("calls +36\n")), qPrintable(after.out));
    }

    void missingFolderIsNamed()
    {
        const QString path = m_dir.filePath("gone/away/calls.csv");
        const Run run = hamkor({"export", "calls", "--format", "csv", "--output", path, m_demo});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("the folder " +
                                  QDir::toNativeSeparators(m_dir.filePath("gone/away")) +
                                  " does not exist"),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestWriteFailures)
#include "TestWriteFailures.moc"
