// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/domain/DeadlineText.h"
#include "core/export/CallExport.h"
#include "core/export/CallSelection.h"
#include "core/io/CallImporter.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"

#include <QBuffer>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hamkor::core;

namespace {

const QDateTime kStamp(QDate(2026, 11, 27), QTime(8, 43), Qt::UTC);
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

QDateTime at(int y, int m, int d, int h, int min, const char *zone)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArray(zone)));
}

Call makeCall(const QString &title, const QString &donor, const QDateTime &deadline)
{
    Call call;
    call.title = title;
    call.donor = donor;
    call.deadlineDate = deadline.date();
    call.deadlineTime = deadline.time();
    call.deadlineZone = QString::fromLatin1(deadline.timeZone().id());
    return call;
}

QByteArray exportCsv(const QList<Call> &calls, const CsvWriteOptions &options = CsvWriteOptions())
{
    QBuffer buffer;
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    const Status status = CallExport::csv(buffer, calls, options);
    if (!status)
        qWarning() << status.message();
    return buffer.data();
}

// The three calls of the round trip: Cyrillic, a note that needs quoting, a formula.
QList<Call> roundTripCalls()
{
    Call cyrillic = makeCall("Климатическая устойчивость гражданского общества", "Европейский союз",
                             at(2027, 2, 12, 16, 0, "Europe/Brussels"));
    cyrillic.reference = "RT-1";
    cyrillic.url = "https://example.org/calls/rt-1";
    cyrillic.themes = {"climate_change", "education_leadership"};
    cyrillic.countries = {"KZ", "KG", "TJ"};
    cyrillic.applicantTypes = {"cso", "academic"};
    cyrillic.currency = "EUR";
    cyrillic.minAmountMinor = 30000000;
    cyrillic.maxAmountMinor = 150000050;
    cyrillic.cofinancingMinPct = Decimal::parse(u"10");
    cyrillic.indirectCapPct = Decimal::parse(u"7.5");
    cyrillic.minDurationMonths = 24;
    cyrillic.maxDurationMonths = 48;
    cyrillic.maxPartners = 8;
    cyrillic.opens = QDate(2026, 11, 2);
    cyrillic.status = "assessing";
    cyrillic.notes = "Lead must be \"local\", see annex 2,\nthen the concept note";

    Call formula = makeCall("=HYPERLINK(\"http://evil.example\",\"click\")", "UNDP",
                            at(2027, 1, 20, 18, 0, "Asia/Bishkek"));
    formula.reference = "RT-2";
    formula.currency = "USD";
    formula.maxAmountMinor = 5000000;
    formula.notes = "Plain note.";

    Call minus = makeCall("Zero-five", "GIZ", at(2027, 4, 15, 17, 0, "Asia/Almaty"));
    minus.currency = "KZT";
    minus.minAmountMinor = 1500000000;
    minus.status = "preparing";
    minus.notes = "-5";
    return {cyrillic, formula, minus};
}

} // namespace

class TestCallExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto store = Store::create(m_dir.filePath(QString("export-%1.hamkor").arg(++m_files)));
        QVERIFY2(store.ok(), qPrintable(store.message()));
        m_store = std::move(store).value();
    }
    void cleanup() { m_store.reset(); }

    void csvRoundTrip()
    {
        const QList<Call> calls = roundTripCalls();
        const QByteArray bytes = exportCsv(calls);
        QVERIFY(bytes.startsWith(CallImporter::columns().join(',').toUtf8() + "\r\n"));
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(bytes.contains(calls.at(0).title.toUtf8()));
        QVERIFY(bytes.contains("\"Climate change|Education, leadership and capacity building\""));
        QVERIFY(bytes.contains(",300000.00,1500000.50,10,7.5,24,48,8,2026-11-02,"
                               "2027-02-12T16:00,Europe/Brussels,assessing,"));
        QVERIFY(
            bytes.contains("\"Lead must be \"\"local\"\", see annex 2,\nthen the concept note\""));
        // Formula injection: the text cannot start a formula in a spreadsheet.
        QVERIFY(bytes.contains("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","));
        QVERIFY(!bytes.contains("\n=") && !bytes.contains(",="));
        QVERIFY(bytes.contains(",'-5\r\n"));
        QVERIFY(bytes.contains(",15000000.00,,"));

        const auto table = CsvReader::parse(bytes);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->encoding, "UTF-8");
        const CallImportPreview preview =
            CallImporter::preview(m_store->database().connection(), *table, "UTC");
        QVERIFY(preview.ok());
        QCOMPARE(preview.toAdd.size(), calls.size());
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const Call &sent = calls.at(i);
            const Call &back = preview.toAdd.at(i);
            // A leading ' is what keeps a formula from running; it comes back with the text.
            QVERIFY2(back.title == sent.title || back.title == "'" + sent.title,
                     qPrintable(back.title));
            QVERIFY2(back.notes == sent.notes || back.notes == "'" + sent.notes,
                     qPrintable(back.notes));
            QCOMPARE(back.donor, sent.donor);
            QCOMPARE(back.reference, sent.reference);
            QCOMPARE(back.url, sent.url);
            QCOMPARE(back.themes, sent.themes);
            QCOMPARE(back.countries, sent.countries);
            QCOMPARE(back.applicantTypes, sent.applicantTypes);
            QCOMPARE(back.currency, sent.currency);
            QCOMPARE(back.minAmountMinor, sent.minAmountMinor);
            QCOMPARE(back.maxAmountMinor, sent.maxAmountMinor);
            QCOMPARE(back.cofinancingMinPct, sent.cofinancingMinPct);
            QCOMPARE(back.indirectCapPct, sent.indirectCapPct);
            QCOMPARE(back.minDurationMonths, sent.minDurationMonths);
            QCOMPARE(back.maxDurationMonths, sent.maxDurationMonths);
            QCOMPARE(back.maxPartners, sent.maxPartners);
            QCOMPARE(back.opens, sent.opens);
            QCOMPARE(back.deadlineDate, sent.deadlineDate);
            QCOMPARE(back.deadlineTime, sent.deadlineTime);
            QCOMPARE(back.deadlineZone, sent.deadlineZone);
            QCOMPARE(back.status, sent.status);
        }
        QCOMPARE(preview.toAdd.at(0).title, calls.at(0).title);
        QCOMPARE(preview.toAdd.at(0).notes, calls.at(0).notes);
        QCOMPARE(preview.toAdd.at(2).title, calls.at(2).title);
    }

    void csvForExcel()
    {
        // Russian Excel: ';' between cells and a byte-order mark; amounts keep the point.
        CsvWriteOptions options;
        options.delimiter = u';';
        options.byteOrderMark = true;
        const QList<Call> calls = roundTripCalls();
        const QByteArray bytes = exportCsv(calls, options);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" + CallImporter::columns().join(';').toUtf8()));
        const auto table = CsvReader::parse(bytes);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->delimiter, QChar(u';'));
        const CallImportPreview preview =
            CallImporter::preview(m_store->database().connection(), *table, "UTC");
        QVERIFY(preview.ok());
        QCOMPARE(preview.toAdd.size(), calls.size());
        QCOMPARE(preview.toAdd.at(0).maxAmountMinor, calls.at(0).maxAmountMinor);
        QCOMPARE(preview.toAdd.at(0).indirectCapPct, calls.at(0).indirectCapPct);
        QCOMPARE(preview.toAdd.at(0).notes, calls.at(0).notes);
    }

    void csvBytes()
    {
        Call call =
            makeCall("Small grants for water", "GEF SGP", at(2027, 1, 20, 18, 0, "Asia/Bishkek"));
        call.reference = "SGP-KG-27";
        call.url = "https://example.org/sgp";
        call.themes = {"iwrm", "water_saving"};
        call.countries = {"KG"};
        call.applicantTypes = {"cso"};
        call.currency = "USD";
        call.minAmountMinor = 1000000;
        call.maxAmountMinor = 5000000;
        call.indirectCapPct = Decimal::parse(u"7.5");
        call.minDurationMonths = 12;
        call.maxDurationMonths = 24;
        call.opens = QDate(2026, 10, 15);
        call.status = "preparing";
        call.notes = "Only national CSOs.";

        const QByteArray expected =
            "title,donor,reference,url,themes,countries,applicant_types,currency,min_amount,"
            "max_amount,cofinancing_min_pct,indirect_cap_pct,min_duration_months,"
            "max_duration_months,max_partners,opens,deadline,deadline_tz,status,notes\r\n"
            "Small grants for water,GEF SGP,SGP-KG-27,https://example.org/sgp,"
            "Integrated water resources management|Water-saving technologies,KG,cso,USD,"
            "10000.00,50000.00,,7.5,12,24,,2026-10-15,2027-01-20T18:00,Asia/Bishkek,preparing,"
            "Only national CSOs.\r\n";
        QCOMPARE(exportCsv({call}), expected);
        QCOMPARE(exportCsv({}), CallImporter::columns().join(',').toUtf8() + "\r\n");
    }

    void ics()
    {
        Call call =
            makeCall("Гражданское общество за климатическую устойчивость в Центральной Азии",
                     "European Union", at(2027, 2, 12, 16, 0, "Europe/Brussels"));
        call.uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        call.reference = "EU-2027-001";
        call.url = "https://example.org/calls/eu-2027-001";
        call.notes = "Concept note first; then, maybe, the full proposal.";
        const QByteArray ics = CallExport::ics({call}, kStamp);

        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(ics.contains("\r\nDTSTART;TZID=Europe/Brussels:20270212T160000\r\n"));
        QVERIFY(ics.contains("\r\nBEGIN:VTIMEZONE\r\n"));
        QVERIFY(ics.contains("\r\nTZID:Europe/Brussels\r\n"));
        QVERIFY(ics.contains("\r\nTZOFFSETTO:+0100\r\n"));
        QVERIFY(ics.contains("\r\nTZOFFSETTO:+0200\r\n"));
        QVERIFY(ics.contains("\r\nUID:0f8fad5b-d9cb-469f-a165-70867728950e@hamkor\r\n"));
        QVERIFY(ics.contains("\r\nDTSTAMP:20261127T084300Z\r\n"));
        QVERIFY(ics.contains("\r\nTRIGGER:-P7D\r\n"));
        QVERIFY(ics.contains("\r\nTRIGGER:-P1D\r\n"));
        QVERIFY(ics.contains("\r\nURL:https://example.org/calls/eu-2027-001\r\n"));
        QVERIFY(ics.indexOf("BEGIN:VTIMEZONE") < ics.indexOf("BEGIN:VEVENT"));

        // CRLF line ends only, and no line longer than 75 octets.
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        QCOMPARE(ics.count('\r'), ics.count("\r\n"));
        const QList<QByteArray> lines = ics.split('\n');
        for (const QByteArray &line : lines)
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR

        // Unfolded, the summary holds the whole title; the notes are escaped as TEXT.
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        QVERIFY(unfolded.contains(
            ("\r\nSUMMARY:Deadline: " + call.title + " (European Union)\r\n").toUtf8()));
        QVERIFY(unfolded.contains("Concept note first\\; then\\, maybe\\, the full proposal."));

        // A second call in another zone gets its own VTIMEZONE; a call without a deadline
        // has no event.
        Call almaty = makeCall("Second", "UNDP", at(2027, 3, 1, 18, 0, "Asia/Almaty"));
        almaty.uuid = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
        Call undated = almaty;
        undated.uuid = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
        undated.deadlineDate = QDate();
        const QByteArray two = CallExport::ics({call, almaty, undated}, kStamp);
        QCOMPARE(two.count("BEGIN:VEVENT"), 2);
        QCOMPARE(two.count("BEGIN:VTIMEZONE"), 2);
        QVERIFY(two.contains("\r\nDTSTART;TZID=Asia/Almaty:20270301T180000\r\n"));
        QVERIFY(!two.contains("6ba7b811"));
    }

    void almatyOffset()
    {
        // Kazakhstan moved to a single zone, UTC+05, on 1 March 2024 (tzdata 2024a).
        const QDateTime winter(QDate(2027, 2, 12), QTime(15, 0), Qt::UTC);
        QCOMPARE(QTimeZone("Asia/Almaty").offsetFromUtc(winter), 5 * 3600);
        QCOMPARE(QTimeZone("Asia/Bishkek").offsetFromUtc(winter), 6 * 3600);
        QCOMPARE(QTimeZone("Europe/Brussels").offsetFromUtc(winter), 3600);
        QCOMPARE(QTimeZone("Europe/Brussels").offsetFromUtc(at(2027, 4, 15, 16, 0, "UTC")), 7200);
    }

    void userZone_data()
    {
        QTest::addColumn<QDateTime>("deadline");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("time");

        const QDateTime winter = at(2027, 2, 12, 16, 0, "Europe/Brussels"); // CET, +01
        const QDateTime summer = at(2027, 4, 15, 16, 0, "Europe/Brussels"); // CEST, +02
        QTest::addRow("winter, Almaty")
            << winter << QByteArray("Asia/Almaty") << QDate(2027, 2, 12) << "20:00";
        QTest::addRow("winter, Bishkek")
            << winter << QByteArray("Asia/Bishkek") << QDate(2027, 2, 12) << "21:00";
        QTest::addRow("winter, Brussels")
            << winter << QByteArray("Europe/Brussels") << QDate(2027, 2, 12) << "16:00";
        QTest::addRow("summer, Almaty")
            << summer << QByteArray("Asia/Almaty") << QDate(2027, 4, 15) << "19:00";
        QTest::addRow("summer, Bishkek")
            << summer << QByteArray("Asia/Bishkek") << QDate(2027, 4, 15) << "20:00";
        QTest::addRow("late evening, next day in Almaty")
            << at(2027, 2, 12, 23, 0, "Europe/Brussels") << QByteArray("Asia/Almaty")
            << QDate(2027, 2, 13) << "03:00";
        QTest::addRow("New York, next day in Dushanbe")
            << at(2027, 3, 10, 17, 0, "America/New_York") << QByteArray("Asia/Dushanbe")
            << QDate(2027, 3, 11) << "03:00";
    }

    void userZone()
    {
        QFETCH(QDateTime, deadline);
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QString, time);

        const QTimeZone userZone(zone);
        QVERIFY(userZone.isValid());
        const QDateTime seen = deadline.toTimeZone(userZone);
        QCOMPARE(seen.date(), date);
        QCOMPARE(seen.time().toString("HH:mm"), time);
        QCOMPARE(seen, deadline); // the same moment

        const QString text = DeadlineText::moment(deadline, userZone, kEnglish);
        QCOMPARE(text.right(5), time);
        QCOMPARE(text, kEnglish.toString(date, "d MMM yyyy") + ", " + time);
    }

    void donorMoment()
    {
        QCOMPARE(DeadlineText::donorMoment(at(2027, 2, 12, 16, 0, "Europe/Brussels"), kEnglish),
                 "12 Feb 2027, 16:00 Europe/Brussels");
    }

    void daysLeft_data()
    {
        QTest::addColumn<QDateTime>("deadline");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("text");

        const QDateTime now = at(2027, 2, 11, 23, 0, "Asia/Almaty");
        // 21:00 in Brussels is 01:00 the next day in Almaty.
        const QDateTime oneAm = at(2027, 2, 11, 21, 0, "Europe/Brussels");
        QTest::addRow("01:00 next day is tomorrow")
            << oneAm << now << QByteArray("Asia/Almaty") << 1 << false << "tomorrow";
        QTest::addRow("the same moments in Brussels are today")
            << oneAm << now << QByteArray("Europe/Brussels") << 0 << false << "today";
        QTest::addRow("later today") << at(2027, 2, 11, 23, 30, "Asia/Almaty") << now
                                     << QByteArray("Asia/Almaty") << 0 << false << "today";
        QTest::addRow("earlier today") << at(2027, 2, 11, 10, 0, "Asia/Almaty") << now
                                       << QByteArray("Asia/Almaty") << 0 << true << "passed today";
        QTest::addRow("yesterday") << at(2027, 2, 10, 16, 0, "Europe/Brussels") << now
                                   << QByteArray("Asia/Almaty") << -1 << true << "passed yesterday";
        QTest::addRow("three days ago")
            << at(2027, 2, 8, 16, 0, "Europe/Brussels") << now << QByteArray("Asia/Almaty") << -3
            << true << "passed 3 days ago";
        QTest::addRow("in five days") << at(2027, 2, 16, 16, 0, "Europe/Brussels") << now
                                      << QByteArray("Asia/Almaty") << 5 << false << "in 5 days";
    }

    void daysLeft()
    {
        QFETCH(QDateTime, deadline);
        QFETCH(QDateTime, now);
        QFETCH(QByteArray, zone);
        QFETCH(int, days);
        QFETCH(bool, passed);
        QFETCH(QString, text);

        const int left = DeadlineText::daysLeft(deadline, now, QTimeZone(zone));
        QCOMPARE(left, days);
        QCOMPARE(deadline < now, passed);
        QCOMPARE(DeadlineText::daysLeftText(left, deadline < now), text);
    }

    void digest()
    {
        const QDateTime now = at(2027, 2, 1, 9, 0, "Asia/Almaty");
        Call soon =
            makeCall("Small grants for water", "GEF SGP", at(2027, 2, 5, 18, 0, "Asia/Bishkek"));
        soon.url = "https://example.org/sgp";
        Call later = makeCall("Civil society for climate resilience", "European Union",
                              at(2027, 2, 12, 16, 0, "Europe/Brussels"));
        later.url = "https://example.org/eu";
        // In deadline order, as callselection::openAhead gives them.
        const QString text =
            CallExport::digest({soon, later}, now, QTimeZone("Asia/Almaty"), kEnglish);

        QVERIFY2(text.startsWith("Open calls, 1 February 2027 (times in Asia/Almaty)\n"),
                 qPrintable(text));
        QVERIFY2(text.contains("1. Small grants for water\n"), qPrintable(text));
        QVERIFY2(text.contains("GEF SGP · deadline 5 Feb 2027, 17:00 · in 4 days\n"),
                 qPrintable(text));
        QVERIFY2(text.contains("   https://example.org/sgp\n"), qPrintable(text));
        QVERIFY2(text.contains("2. Civil society for climate resilience\n"), qPrintable(text));
        QVERIFY2(text.contains("European Union · deadline 12 Feb 2027, 20:00 · in 11 days\n"),
                 qPrintable(text));
        QVERIFY2(text.contains("   https://example.org/eu\n"), qPrintable(text));
        QVERIFY(text.indexOf("Small grants") < text.indexOf("Civil society"));
        QVERIFY(text.indexOf("sgp") < text.indexOf("Civil society"));

        const QString none = CallExport::digest({}, now, QTimeZone("Asia/Almaty"), kEnglish);
        QVERIFY2(none.contains("No open calls."), qPrintable(none));
    }

    void openAhead()
    {
        auto add = [this](const QString &title, const QDateTime &deadline, const QString &status) {
            Call call = makeCall(title, "Donor", deadline);
            call.reference = title;
            call.status = status;
            const auto id = commands::addCall(*m_store, call);
            QVERIFY2(id.ok(), qPrintable(id.message()));
        };
        add("Open ahead", at(2027, 3, 1, 12, 0, "Europe/Brussels"), "identified");
        add("Passed", at(2026, 12, 1, 12, 0, "Europe/Brussels"), "identified");
        add("Rejected", at(2027, 2, 1, 12, 0, "Europe/Brussels"), "rejected");
        add("Submitted soon", at(2027, 1, 15, 17, 0, "Asia/Almaty"), "submitted");

        const QDateTime now(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        const auto ahead = callselection::openAhead(m_store->database().connection(), now);
        QVERIFY2(ahead.ok(), qPrintable(ahead.message()));
        QStringList titles;
        for (const Call &call : *ahead)
            titles << call.title;
        QCOMPARE(titles, QStringList({"Submitted soon", "Open ahead"}));

        const auto rejected =
            callselection::openAhead(m_store->database().connection(), now, {"rejected"});
        QVERIFY2(rejected.ok(), qPrintable(rejected.message()));
        QCOMPARE(rejected->size(), 1);
        QCOMPARE(rejected->first().title, "Rejected");
    }
};

QTEST_GUILESS_MAIN(TestCallExport)
#include "TestCallExport.moc"
