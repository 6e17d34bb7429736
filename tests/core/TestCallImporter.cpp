// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/domain/CallRules.h"
#include "core/io/CallImporter.h"
#include "core/io/CsvReader.h"
#include "core/storage/Sql.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hamkor::core;

namespace {

const QString kDefaultZone = "Asia/Almaty";

QString samplePath()
{
    const QString source = qEnvironmentVariable("HAMKOR_SOURCE_DIR");
    if (!source.isEmpty())
        return source + "/tests/data/calls-sample.csv";
    return QFINDTESTDATA("../data/calls-sample.csv");
}

qint64 callCount(Store &store)
{
    const auto count = Sql::scalar(store.database().connection(), "SELECT count(*) FROM calls");
    return count ? count->toLongLong() : -1;
}

QString problemsText(const CallImportPreview &preview)
{
    QStringList lines;
    for (const ImportProblem &problem : preview.problems)
        lines << problem.text();
    return lines.join('\n');
}

// What the application does with a file: read it, preview it, and add the calls only when
// there is not a single problem (all or nothing).
struct Outcome
{
    QString csvError; // CsvReader's message when the file could not be read at all
    CallImportPreview preview;
    QString addError; // commands::addCalls' message when adding failed
};

Outcome importBytes(Store &store, const QByteArray &bytes)
{
    Outcome outcome;
    const auto table = CsvReader::parse(bytes);
    if (!table) {
        outcome.csvError = table.message();
        return outcome;
    }
    outcome.preview = CallImporter::preview(store.database().connection(), *table, kDefaultZone);
    if (outcome.preview.ok() && !outcome.preview.toAdd.isEmpty()) {
        const auto ids = commands::addCalls(store, outcome.preview.toAdd, "Import calls");
        if (!ids)
            outcome.addError = ids.message();
    }
    return outcome;
}

QByteArray windows1251(const QString &text)
{
    QStringEncoder encoder("windows-1251");
    const QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

} // namespace

class TestCallImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto store = Store::create(m_dir.filePath(QString("calls-%1.hamkor").arg(++m_files)));
        QVERIFY2(store.ok(), qPrintable(store.message()));
        m_store = std::move(store).value();
    }
    void cleanup() { m_store.reset(); }

    void sampleFile()
    {
        const QString path = samplePath();
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const auto table = CsvReader::readFile(path);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->encoding, "UTF-8");
        QCOMPARE(table->header, CallImporter::columns());

        const auto first =
            CallImporter::preview(m_store->database().connection(), *table, kDefaultZone);
        QVERIFY2(first.ok(), qPrintable(problemsText(first)));
        QCOMPARE(first.problems.size(), 0);
        QCOMPARE(first.rowsRead, 24);
        QCOMPARE(first.toAdd.size(), 24);
        QCOMPARE(first.toAddLines.size(), 24);
        QCOMPARE(first.toAddLines.first(), 2);
        QVERIFY(first.duplicates.isEmpty());

        // The first row read cell by cell.
        const Call &eu = first.toAdd.first();
        QCOMPARE(eu.title, "Civil society for climate resilience in Central Asia");
        QCOMPARE(eu.donor, "European Union");
        QCOMPARE(eu.reference, "SAMPLE-EU-2027-001");
        QCOMPARE(eu.themes, QStringList({"climate_change", "flood_emergency_prevention",
                                         "education_leadership"}));
        QCOMPARE(eu.countries, QStringList({"KZ", "KG", "TJ", "TM", "UZ"}));
        QCOMPARE(eu.applicantTypes, QStringList({"cso", "academic", "international"}));
        QCOMPARE(eu.currency, "EUR");
        QCOMPARE(eu.minAmountMinor, std::optional<qint64>(30000000));
        QCOMPARE(eu.maxAmountMinor, std::optional<qint64>(150000000));
        QCOMPARE(eu.cofinancingMinPct, Decimal::parse(u"10"));
        QCOMPARE(eu.indirectCapPct, Decimal::parse(u"7"));
        QCOMPARE(eu.minDurationMonths, std::optional<int>(24));
        QCOMPARE(eu.maxDurationMonths, std::optional<int>(48));
        QCOMPARE(eu.maxPartners, std::optional<int>(8));
        QCOMPARE(eu.opens, QDate(2026, 11, 2));
        QCOMPARE(eu.deadline(),
                 QDateTime(QDate(2027, 2, 12), QTime(16, 0), QTimeZone("Europe/Brussels")));
        QCOMPARE(eu.status, "assessing");

        const auto ids = commands::addCalls(*m_store, first.toAdd, "Import 24 calls");
        QVERIFY2(ids.ok(), qPrintable(ids.message()));
        QCOMPARE(ids->size(), 24);
        QCOMPARE(callCount(*m_store), qint64(24));
        QCOMPARE(m_store->undoStack()->count(), 1); // one undo step for the whole import

        const auto again =
            CallImporter::preview(m_store->database().connection(), *table, kDefaultZone);
        QVERIFY2(again.ok(), qPrintable(problemsText(again)));
        QCOMPARE(again.toAdd.size(), 0);
        QCOMPARE(again.duplicates.size(), 24);
        QCOMPARE(again.duplicates.first().first, 2);
        QVERIFY2(again.duplicates.first().second.contains("already in this file"),
                 qPrintable(again.duplicates.first().second));

        m_store->undoStack()->undo();
        QCOMPARE(callCount(*m_store), qint64(0));
        m_store->undoStack()->redo();
        QCOMPARE(callCount(*m_store), qint64(24));
    }

    void russianExcel()
    {
        QStringEncoder probe("windows-1251");
        QVERIFY2(probe.isValid(), "this Qt cannot encode Windows-1251");
        const QString text =
            "title;donor;reference;currency;min_amount;max_amount;opens;deadline;deadline_tz;"
            "status;notes\r\n"
            "Гранты для гражданского общества;Европейский союз;RU-1;EUR;150000,50;300000,00;"
            "01.12.2026;12.02.2027 16:00;Asia/Almaty;identified;Заметка, с запятой\r\n"
            "Водные ресурсы Центральной Азии;Фонд водного партнерства;RU-2;USD;10000;50000,75;"
            "15.01.2027;20.03.2027;Asia/Almaty;preparing;\r\n";
        const QByteArray bytes = windows1251(text);

        const auto table = CsvReader::parse(bytes);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->encoding, "Windows-1251");
        QCOMPARE(table->delimiter, QChar(u';'));

        const Outcome outcome = importBytes(*m_store, bytes);
        QVERIFY2(outcome.preview.ok(), qPrintable(problemsText(outcome.preview)));
        QCOMPARE(outcome.preview.toAdd.size(), 2);
        QVERIFY2(outcome.addError.isEmpty(), qPrintable(outcome.addError));
        QCOMPARE(callCount(*m_store), qint64(2));

        const Call &first = outcome.preview.toAdd.at(0);
        QCOMPARE(first.title, "Гранты для гражданского общества");
        QCOMPARE(first.donor, "Европейский союз");
        QCOMPARE(first.notes, "Заметка, с запятой");
        QCOMPARE(first.currency, "EUR");
        QCOMPARE(first.minAmountMinor, std::optional<qint64>(15000050));
        QCOMPARE(first.maxAmountMinor, std::optional<qint64>(30000000));
        QCOMPARE(first.opens, QDate(2026, 12, 1));
        QCOMPARE(first.deadlineDate, QDate(2027, 2, 12));
        QCOMPARE(first.deadlineTime, QTime(16, 0));
        QCOMPARE(first.deadlineZone, "Asia/Almaty");

        const Call &second = outcome.preview.toAdd.at(1);
        QCOMPARE(second.title, "Водные ресурсы Центральной Азии");
        QCOMPARE(second.maxAmountMinor, std::optional<qint64>(5000075));
        QCOMPARE(second.deadlineDate, QDate(2027, 3, 20));
        QCOMPARE(second.deadlineTime, QTime(23, 59)); // a date alone is the end of that day
        QCOMPARE(second.status, "preparing");
    }

    void headerAnyOrderAnyCase()
    {
        const QByteArray bytes =
            "DEADLINE,Max_Amount,Title,CURRENCY,  Donor  "
            ",Deadline_TZ,REFERENCE,Themes,COUNTRIES\r\n"
            "2027-03-31T12:00,800000,Basin dialogue,chf,SDC,Europe/Zurich,SDC-4,"
            "Transboundary water cooperation,kz|KG\r\n";
        const Outcome outcome = importBytes(*m_store, bytes);
        QVERIFY2(outcome.csvError.isEmpty(), qPrintable(outcome.csvError));
        QVERIFY2(outcome.preview.ok(), qPrintable(problemsText(outcome.preview)));
        QCOMPARE(outcome.preview.toAdd.size(), 1);
        const Call &call = outcome.preview.toAdd.first();
        QCOMPARE(call.title, "Basin dialogue");
        QCOMPARE(call.donor, "SDC");
        QCOMPARE(call.reference, "SDC-4");
        QCOMPARE(call.currency, "CHF");
        QCOMPARE(call.maxAmountMinor, std::optional<qint64>(80000000));
        QCOMPARE(call.themes, QStringList({"transboundary_water"}));
        QCOMPARE(call.countries, QStringList({"KZ", "KG"}));
        QCOMPARE(call.deadline(),
                 QDateTime(QDate(2027, 3, 31), QTime(12, 0), QTimeZone("Europe/Zurich")));
        QCOMPARE(call.status, "identified"); // no status column: a new call is identified
        QCOMPARE(callCount(*m_store), qint64(1));
    }

    void brokenFile_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected"); // part of the message
        QTest::addColumn<int>("line");         // 0: the message names no line
        QTest::addColumn<QString>("column");   // empty for errors of the CSV itself

        const QByteArray head = "title,donor,deadline";
        const QByteArray good = "Good call,EU,2027-02-12T16:00\r\n";

        // Errors of the CSV itself: CsvReader::parse fails.
        QTest::addRow("unclosed quote")
            << head + "\r\n" + good + "\"Unclosed,EU,2027-02-12T16:00\r\n"
            << "never closed" << 3 << "";
        QTest::addRow("quote inside a cell")
            << head + "\r\nA \"quoted\" word,EU,2027-02-12T16:00\r\n"
            << "a quote inside a cell" << 2 << "";
        QTest::addRow("invalid UTF-8") << head + "\r\nAb\xff\xfe cd,EU,2027-02-12T16:00\r\n"
                                       << "not valid UTF-8" << 2 << "";
        QTest::addRow("empty file") << QByteArray() << "The file is empty" << 0 << "";
        QTest::addRow("only a byte-order mark")
            << QByteArray("\xEF\xBB\xBF") << "The file is empty" << 0 << "";
        QTest::addRow("10 MB cell") << head + ",notes\r\nHuge,EU,2027-02-12T16:00," +
                                           QByteArray(10 * 1024 * 1024, 'a') + "\r\n"
                                    << "larger than 1 MB" << 2 << "";
        QTest::addRow("too few cells") << head + "\r\n" + good + "Short,EU\r\n"
                                       << "has 2 cells" << 3 << "";

        // Errors of the calls format: the preview lists them by line and column.
        QTest::addRow("no deadline column") << QByteArray("title,donor\r\nA,EU\r\n")
                                            << "This column is required" << 1 << "deadline";
        QTest::addRow("unknown column") << head + ",budget\r\nA,EU,2027-02-12T16:00,100\r\n"
                                        << "not part of the calls format" << 1 << "budget";
        QTest::addRow("column twice") << head + ",Title\r\nA,EU,2027-02-12T16:00,B\r\n"
                                      << "appears twice" << 1 << "Title";
        QTest::addRow("text in an amount")
            << head + ",currency,max_amount\r\nA,EU,2027-02-12T16:00,EUR,lots\r\n"
            << "“lots” is not an amount" << 2 << "max_amount";
        QTest::addRow("amount without currency")
            << head + ",max_amount\r\nA,EU,2027-02-12T16:00,1000\r\n"
            << "needs a currency" << 2 << "max_amount";
        QTest::addRow("too many decimals")
            << head + ",currency,min_amount\r\nA,EU,2027-02-12T16:00,EUR,10.005\r\n"
            << "more digits after the point" << 2 << "min_amount";
        QTest::addRow("day that does not exist")
            << head + "\r\nA,EU,2027-02-30T16:00\r\n"
            << "2027-02-30 is not a day that exists" << 2 << "deadline";
        QTest::addRow("time that does not exist")
            << head + ",deadline_tz\r\nA,EU,2027-03-28T02:30,Europe/Brussels\r\n"
            << "does not exist in Europe/Brussels" << 2 << "deadline";
        QTest::addRow("unknown time zone")
            << head + ",deadline_tz\r\nGood,EU,2027-02-12T16:00,Europe/Brussels\r\n"
                      "Red planet,EU,2027-02-12T16:00,Mars/Olympus\r\n"
            << "“Mars/Olympus” is not a time zone" << 3 << "deadline_tz";
        QTest::addRow("missing title") << head + "\r\n  ,EU,2027-02-12T16:00\r\n"
                                       << "The title is missing" << 2 << "title";
        // The multi-line note of line 2 makes the next row start on line 4.
        QTest::addRow("max below min")
            << head + ",currency,min_amount,max_amount,notes\r\n"
                      "Good,EU,2027-02-12T16:00,EUR,,,\"first line\r\nsecond line\"\r\n"
                      "Bad,EU,2027-02-12T16:00,EUR,5000,1000,\r\n"
            << "smaller than the smallest" << 4 << "max_amount";
        QTest::addRow("deadline before opens")
            << head + ",opens\r\nA,EU,2027-02-12T16:00,2027-03-01\r\n"
            << "before the call opens" << 2 << "deadline";
        QTest::addRow("unknown theme")
            << head + ",themes\r\nA,EU,2027-02-12T16:00,Climate change|Space exploration\r\n"
            << "Space exploration" << 2 << "themes";
        QTest::addRow("unknown country") << head + ",countries\r\nA,EU,2027-02-12T16:00,KZ|XX\r\n"
                                         << "“XX”" << 2 << "countries";
        QTest::addRow("unknown applicant type")
            << head + ",applicant_types\r\nA,EU,2027-02-12T16:00,cso|aliens\r\n"
            << "“aliens”" << 2 << "applicant_types";
        QTest::addRow("unknown currency") << head + ",currency\r\nA,EU,2027-02-12T16:00,XYZ\r\n"
                                          << "not an ISO 4217 currency" << 2 << "currency";
        QTest::addRow("percentage above 100")
            << head + ",indirect_cap_pct\r\nA,EU,2027-02-12T16:00,107\r\n"
            << "between 0 and 100" << 2 << "indirect_cap_pct";
        QTest::addRow("unknown status") << head + ",status\r\nA,EU,2027-02-12T16:00,pending\r\n"
                                        << "is not a call status" << 2 << "status";
    }

    // Zones the system has, listed or not; deadlines without a zone take the computer's own.
    void zonesOfTheSystem_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("known");
        QTest::addRow("listed") << "Asia/Almaty" << true;
        QTest::addRow("UTC") << "UTC" << true;
        QTest::addRow("Etc/UTC") << "Etc/UTC" << true;
        QTest::addRow("Etc/GMT+5") << "Etc/GMT+5" << true;
        QTest::addRow("GMT") << "GMT" << true;
        QTest::addRow("made up") << "Mars/Olympus" << false;
        QTest::addRow("a path") << "../../etc/passwd" << false;
        QTest::addRow("empty") << "" << false;
    }
    void zonesOfTheSystem()
    {
        QFETCH(QString, zone);
        QFETCH(bool, known);
        QCOMPARE(CallRules::isKnownZone(zone), known);
        QCOMPARE(CallRules::isKnownZone(zone), known); // the second answer from the cache
        if (!known)
            return;
        const QByteArray csv =
            "title,donor,deadline,deadline_tz\r\nA,EU,2027-02-12T16:00," + zone.toLatin1() + "\r\n";
        const Outcome outcome = importBytes(*m_store, csv);
        QVERIFY2(outcome.preview.ok(), qPrintable(outcome.csvError));
    }

    void brokenFile()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QFETCH(int, line);
        QFETCH(QString, column);

        const Outcome outcome = importBytes(*m_store, csv);
        if (column.isEmpty()) {
            QVERIFY2(!outcome.csvError.isEmpty(), "the CSV was read although it is broken");
            QVERIFY2(outcome.csvError.contains(expected), qPrintable(outcome.csvError));
            if (line > 0) {
                QVERIFY2(
                    outcome.csvError.contains(QString("line %1").arg(line), Qt::CaseInsensitive),
                    qPrintable(outcome.csvError));
            }
        } else {
            QVERIFY2(outcome.csvError.isEmpty(), qPrintable(outcome.csvError));
            QVERIFY(!outcome.preview.ok());
            bool found = false;
            for (const ImportProblem &problem : outcome.preview.problems) {
                if (problem.line == line && problem.column == column &&
                    problem.message.contains(expected)) {
                    found = true;
                    QVERIFY(problem.text().startsWith(QString("Line %1, column ").arg(line)));
                }
            }
            QVERIFY2(found, qPrintable(problemsText(outcome.preview)));
        }
        QVERIFY2(outcome.addError.isEmpty(), qPrintable(outcome.addError));
        QCOMPARE(callCount(*m_store), qint64(0));
        QCOMPARE(m_store->undoStack()->count(), 0);
    }

    void duplicatesInOneFile()
    {
        const QByteArray bytes = "title,donor,reference,deadline\r\n"
                                 "Water fund,GEF,GEF-1,2027-02-12T16:00\r\n"
                                 "Water fund (again),GEF,GEF-1,2027-03-12T16:00\r\n"
                                 "Small grants,UNDP,,2027-04-01T17:00\r\n"
                                 "Small grants,UNDP,,2027-04-01T17:00\r\n"
                                 "Small grants,UNDP,,2027-05-01T17:00\r\n";
        const Outcome outcome = importBytes(*m_store, bytes);
        QVERIFY2(outcome.preview.ok(), qPrintable(problemsText(outcome.preview)));
        QCOMPARE(outcome.preview.rowsRead, 5);
        QCOMPARE(outcome.preview.toAdd.size(), 3);
        QCOMPARE(outcome.preview.toAddLines, QList<int>({2, 4, 6}));
        QCOMPARE(outcome.preview.duplicates.size(), 2);
        // donor + reference
        QCOMPARE(outcome.preview.duplicates.at(0).first, 3);
        QVERIFY2(outcome.preview.duplicates.at(0).second.contains("line 2"),
                 qPrintable(outcome.preview.duplicates.at(0).second));
        // donor + title + deadline, without a reference
        QCOMPARE(outcome.preview.duplicates.at(1).first, 5);
        QVERIFY2(outcome.preview.duplicates.at(1).second.contains("line 4"),
                 qPrintable(outcome.preview.duplicates.at(1).second));
        QCOMPARE(callCount(*m_store), qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestCallImporter)
#include "TestCallImporter.moc"
