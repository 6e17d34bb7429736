// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a script sees it: exit codes, stdout, stderr.
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class TestCommands : public QObject
{
    Q_OBJECT

    Run hamkor(const QStringList &arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("HAMKOR_BINARY"), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void helpAndVersion()
    {
        const Run help = hamkor({"--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char *word : {"new FILE", "demo", "check FILE", "--lang"})
            QVERIFY2(help.out.contains(QString::fromUtf8(word)), word);
        const Run version = hamkor({"--version"});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("hamkor " HAMKOR_VERSION));
        const Run importHelp = hamkor({"import", "--help"});
        QCOMPARE(importHelp.exitCode, 0);
        QVERIFY2(importHelp.out.contains("calls, partners, proposals, rates or budget"),
                 qPrintable(importHelp.out));
        const Run demoHelp = hamkor({"demo", "--help"});
        QCOMPARE(demoHelp.exitCode, 0);
        QVERIFY(demoHelp.out.contains("--size"));
    }

    void newCreatesAndNeverOverwrites()
    {
        const QString path = m_dir.filePath("new.hamkor");
        const Run created = hamkor({"new", path});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.out.contains("Created"));
        QVERIFY(QFile::exists(path));
        const Run again = hamkor({"new", path});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already exists"), qPrintable(again.err));
    }

    void demoThenCheck()
    {
        const QString path = m_dir.filePath("demo.hamkor");
        const Run demo = hamkor({"demo", path});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(demo.err.isEmpty());
        const Run check = hamkor({"check", path});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains("Integrity: ok"), qPrintable(check.out));
        QVERIFY(check.out.contains(QRegularExpression("calls +12\n")));
        QVERIFY(check.out.contains(QRegularExpression("organisations +20\n")));
        QVERIFY(check.out.contains(QStringLiteral("Format: %1 (this program writes format %1)")
                                       .arg(hamkor::core::Migrations::latestVersion())));
        const Run overwrite = hamkor({"demo", path});
        QCOMPARE(overwrite.exitCode, 1);
        QVERIFY(overwrite.err.contains("does not overwrite"));
    }

    // A call whose deadline's zone is not in the time-zone database: `check` names it, the
    // calendar says it left it out, the CSV writes no half-made deadline.
    void callWithoutAShowableDeadlineIsNamed()
    {
        const QString path = m_dir.filePath("geneva.hamkor");
        QCOMPARE(hamkor({"demo", path}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec("UPDATE calls SET deadline_tz = 'Europe/Geneva', "
                                       "deadline_local = '', deadline_utc = '' WHERE id = 1"));
            QVERIFY(QSqlQuery(db).exec("UPDATE calls SET deadline_tz = 'Europe/Geneva', "
                                       "deadline_utc = '' WHERE id = 2"));
            db.close();
        }
        QSqlDatabase::removeDatabase("raw");
        const Run check = hamkor({"check", path});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains("the deadline cannot be shown"), qPrintable(check.err));
        QVERIFY2(check.err.contains("time zone “Europe/Geneva” is not a zone"),
                 qPrintable(check.err));
        const Run ics = hamkor(
            {"export", "calls", "--format", "ics", "--output", m_dir.filePath("geneva.ics"), path});
        QCOMPARE(ics.exitCode, 0);
        QVERIFY2(ics.err.contains("is not in the calendar: it has no deadline date"),
                 qPrintable(ics.err));
        const Run csv = hamkor({"export", "calls", "--format", "csv", path});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(!csv.out.contains(",T,"), qPrintable(csv.out));
    }

    void checkRefusesWhatIsNotAHamkorFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addRow("text file") << "text"
                                   << "not a Hamkor file";
        QTest::addRow("newer version") << "newer"
                                       << "newer version of Hamkor";
        QTest::addRow("missing") << "missing"
                                 << "does not exist";
    }
    void checkRefusesWhatIsNotAHamkorFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(kind + ".hamkor");
        if (kind == "text") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Dear partners,\nplease find the budget attached.\n");
        } else if (kind == "newer") {
            QCOMPARE(hamkor({"new", path}).exitCode, 0);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery(db).exec("PRAGMA user_version = 7");
                db.close();
            }
            QSqlDatabase::removeDatabase("raw");
        }
        const Run check = hamkor({"check", path});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.startsWith("hamkor: "), qPrintable(check.err));
        QVERIFY2(check.err.contains(message), qPrintable(check.err));
        QVERIFY(check.out.isEmpty());
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown command") << QStringList{"frobnicate", "x"} << "";
        QTest::addRow("unknown size")
            << QStringList{"demo", "--size", "huge", "x.hamkor"} << "Unknown size";
        QTest::addRow("unknown option")
            << QStringList{"demo", "--colour", "x.hamkor"} << "Unknown option";
        QTest::addRow("missing file") << QStringList{"check"} << "Wrong number of arguments";
        QTest::addRow("two files") << QStringList{"new", "a", "b"} << "Wrong number of arguments";
        QTest::addRow("unknown option alone") << QStringList{"--bogus"} << "Unknown option";
        QTest::addRow("two files for the window")
            << QStringList{"a.hamkor", "b.hamkor"} << "one file at a time: “b.hamkor”";
        QTest::addRow("kind missing") << QStringList{"import"} << "needs a kind";
        QTest::addRow("unknown kind of export")
            << QStringList{"export", "proposals", "x.hamkor"} << "use calls, partners or proposal.";
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = hamkor(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("hamkor: "));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void importExportListCalls()
    {
        const QString path = m_dir.filePath("calls.hamkor");
        const QString sample =
            qEnvironmentVariable("HAMKOR_SOURCE_DIR") + "/tests/data/calls-sample.csv";
        QCOMPARE(hamkor({"new", path}).exitCode, 0);
        const Run imported = hamkor({"import", "calls", sample, path});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.out.trimmed(), "Imported 24 calls.");
        const Run again = hamkor({"import", "calls", sample, path});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("Skipped 24 already present"), qPrintable(again.out));

        const Run csv = hamkor({"export", "calls", "--format", "csv", path});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("title,donor,reference,url,themes,countries,applicant_types"));
        QCOMPARE(csv.out.count("\r\n"), 25);
        const Run ics =
            hamkor({"export", "calls", "--format", "ics", "--status", "preparing", path});
        QCOMPARE(ics.exitCode, 0);
        QVERIFY(ics.out.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.out.contains("BEGIN:VEVENT"));
        QVERIFY(ics.out.contains("TRIGGER:-P7D"));
        const QString output = m_dir.filePath("digest.txt");
        const Run digest =
            hamkor({"export", "calls", "--format", "digest", "--output", output, path});
        QCOMPARE(digest.exitCode, 0);
        QVERIFY(digest.out.isEmpty());
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(written.readAll()).startsWith("Open calls, "));

        const Run table = hamkor({"list", "calls", path});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.trimmed().split('\n').size(), 24);
        const Run listed = hamkor({"list", "calls", "--format", "csv", path});
        QCOMPARE(listed.out, csv.out);

        const Run badFormat = hamkor({"export", "calls", "--format", "pdf", path});
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY(badFormat.err.contains("Unknown format"));
        const Run badStatus = hamkor({"export", "calls", "--status", "pending", path});
        QCOMPARE(badStatus.exitCode, 2);
        QVERIFY(badStatus.err.contains("Unknown status"));
        const Run unwritable =
            hamkor({"export", "calls", "--output", "/nonexistent/dir/x.csv", path});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY(unwritable.err.contains("Cannot write"));
        QVERIFY(!QFile::exists("/nonexistent/dir/x.csv"));
    }

    void importExportListPartners()
    {
        const QString path = m_dir.filePath("partners.hamkor");
        const QString sample =
            qEnvironmentVariable("HAMKOR_SOURCE_DIR") + "/tests/data/partners-sample.csv";
        QCOMPARE(hamkor({"new", path}).exitCode, 0);
        const Run imported = hamkor({"import", "partners", sample, path});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.startsWith("Imported 28 partners."), qPrintable(imported.out));
        const Run again = hamkor({"import", "partners", sample, path});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("28"), qPrintable(again.out));
        const Run table = hamkor({"list", "partners", path});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.trimmed().split('\n').size(), 28);
        QVERIFY(table.out.contains(QStringLiteral("Жасыл")));
        const Run csv = hamkor({"export", "partners", "--format", "csv", path});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("name,name_latin,acronym,type,country"));
        const Run vcf = hamkor({"export", "partners", "--format", "vcf", path});
        QCOMPARE(vcf.exitCode, 0);
        QVERIFY(vcf.out.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        const Run unknown = hamkor({"list", "donors", path});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("calls, partners or proposals"));
    }

    void proposalsEligibilityAndSummary()
    {
        const QString path = m_dir.filePath("proposals.hamkor");
        const QString data = qEnvironmentVariable("HAMKOR_SOURCE_DIR") + "/tests/data/";
        QCOMPARE(hamkor({"new", path}).exitCode, 0);
        QCOMPARE(hamkor({"import", "calls", data + "calls-sample.csv", path}).exitCode, 0);
        QCOMPARE(hamkor({"import", "partners", data + "partners-sample.csv", path}).exitCode, 0);
        const Run imported = hamkor({"import", "proposals", data + "proposals-sample.csv", path});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("Imported 4 proposals."), qPrintable(imported.out));
        const Run listed = hamkor({"list", "proposals", path});
        QCOMPARE(listed.out.trimmed().split('\n').size(), 4);
        QVERIFY(listed.out.contains("CLIMRES"));

        // The sample's deadlines lie ahead of this test's real clock for a while; the
        // consortium rules hold whatever the date.
        const Run eligibility = hamkor({"eligibility", "--proposal", "CLIMRES", path});
        QVERIFY2(eligibility.out.contains("PASS  One lead applicant"), qPrintable(eligibility.out));
        QCOMPARE(eligibility.exitCode, eligibility.out.contains("FAIL") ? 1 : 0);
        const Run unknown = hamkor({"eligibility", "--proposal", "NOPE", path});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("NOPE"));
        QCOMPARE(hamkor({"eligibility", path}).exitCode, 2);

        const QString pdf = m_dir.filePath("climres.pdf");
        const Run exported = hamkor({"export", "proposal", "--proposal", "CLIMRES", "--format",
                                     "pdf", "--output", pdf, path});
        QCOMPARE(exported.exitCode, 0);
        QProcess text;
        text.start("pdftotext", {"-layout", pdf, "-"});
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        // Table cells wrap, so the words are looked for one by one.
        QVERIFY2(content.contains(QStringLiteral("Жасыл")), qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("Болашақ")));
        QVERIFY(content.contains("CLIMRES"));
        QVERIFY(content.contains("Page 1 of"));
        // "--output -" is standard output, as for every export.
        QProcess piped;
        piped.start(qEnvironmentVariable("HAMKOR_BINARY"),
                    {"export", "proposal", "--proposal", "CLIMRES", "--output", "-", path});
        QVERIFY(piped.waitForFinished(120000));
        QCOMPARE(piped.exitCode(), 0);
        QVERIFY(piped.readAllStandardOutput().startsWith("%PDF-"));
        QVERIFY(!QFile::exists("-"));
        const Run missing = hamkor({"export", "proposal", "--proposal", "NOPE", "--format", "pdf",
                                    "--output", m_dir.filePath("nope.pdf"), path});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath("nope.pdf")));
    }

    void brokenImportAddsNothing()
    {
        const QString path = m_dir.filePath("broken.hamkor");
        QCOMPARE(hamkor({"new", path}).exitCode, 0);
        const QString csv = m_dir.filePath("broken.csv");
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,donor,deadline,max_amount,currency\n"
                   "Good call,EU,2027-02-12T16:00,1000,EUR\n"
                   "Bad amount,EU,2027-03-01T16:00,lots,EUR\n"
                   "Bad date,EU,2027-02-30T16:00,1000,EUR\n");
        file.close();
        const Run run = hamkor({"import", "calls", csv, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Line 3, column max_amount"), qPrintable(run.err));
        QVERIFY2(run.err.contains("Line 4, column deadline"), qPrintable(run.err));
        QVERIFY(run.err.contains("Nothing was imported."));
        QCOMPARE(hamkor({"list", "calls", path}).out.trimmed(), "No calls.");
    }

    void russian()
    {
        const QString path = m_dir.filePath("ru.hamkor");
        QCOMPARE(hamkor({"new", path}).exitCode, 0);
        const Run check = hamkor({"check", "--lang", "ru", path});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(QStringLiteral("Целостность")), qPrintable(check.out));
        const Run missing = hamkor({"check", "--lang", "ru", m_dir.filePath("none.hamkor")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("не существует")), qPrintable(missing.err));
        // Help in Russian: the description, the commands and the options.
        const Run help = hamkor({"--lang", "ru", "--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char *words : {"Команды:", "создать пустой файл", "Использовать язык CODE"})
            QVERIFY2(help.out.contains(QString::fromUtf8(words)), qPrintable(help.out));
        const Run demoHelp = hamkor({"--lang=ru", "demo", "--help"});
        QVERIFY2(demoHelp.out.contains(QStringLiteral("Использовать язык CODE")),
                 qPrintable(demoHelp.out));
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "TestCommands.moc"
