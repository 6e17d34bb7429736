// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/IcsWriter.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

using namespace hamkor::core;

namespace {
using Component = QMap<QString, QString>; // property name -> value; "KIND" -> STANDARD/DAYLIGHT

const QDateTime kStamp(QDate(2026, 11, 27), QTime(8, 43), Qt::UTC);

QDateTime at(int y, int m, int d, int h, int min, const char *zone)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArray(zone)));
}

IcsEvent deadline(const QDateTime &start, const QString &uid = "call-1@hamkor")
{
    IcsEvent event;
    event.uid = uid;
    event.summary = "Deadline: Civil society fund (EU)";
    event.start = start;
    return event;
}

QByteArray write(const QList<IcsEvent> &events)
{
    return IcsWriter::write(events, kStamp, "Hamkor deadlines");
}

// RFC 5545 3.1 unfolding: remove every CRLF followed by one space, then split at CRLF.
QStringList unfold(QByteArray ics)
{
    ics.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(ics).split("\r\n");
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

// The value of the first logical line starting with prefix (e.g. "SUMMARY:").
QString value(const QStringList &lines, const QString &prefix)
{
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return QString();
}

Component observance(const QString &kind, const QString &dtstart, const QString &from,
                     const QString &to, const QString &name)
{
    return {{"KIND", kind},
            {"DTSTART", dtstart},
            {"TZOFFSETFROM", from},
            {"TZOFFSETTO", to},
            {"TZNAME", name}};
}

// The STANDARD/DAYLIGHT sub-components of the VTIMEZONE with the given TZID.
QList<Component> observances(const QStringList &lines, const QString &tzid)
{
    QList<Component> out;
    bool inZone = false;
    for (const QString &line : lines) {
        if (line == "TZID:" + tzid)
            inZone = true;
        else if (line == "END:VTIMEZONE")
            inZone = false;
        else if (inZone && (line == "BEGIN:STANDARD" || line == "BEGIN:DAYLIGHT"))
            out.append(Component{{"KIND", line.mid(6)}});
        else if (inZone && !out.isEmpty() && !line.startsWith("END:"))
            out.last().insert(line.section(u':', 0, 0), line.section(u':', 1));
    }
    return out;
}
} // namespace

class TestIcsWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brusselsDeadline()
    {
        const QStringList lines =
            unfold(write({deadline(at(2027, 2, 12, 16, 0, "Europe/Brussels"))}));
        QVERIFY(lines.contains("DTSTART;TZID=Europe/Brussels:20270212T160000"));
        // A point in time: no DTEND (RFC 5545 3.6.1; a DTEND must be after DTSTART).
        QVERIFY(!lines.join('\n').contains("DTEND"));
        QVERIFY(lines.contains("DTSTAMP:20261127T084300Z"));
        QCOMPARE(lines.count("BEGIN:VTIMEZONE"), 1);
        // The year before and after the deadline, plus the change that opens 2026.
        QCOMPARE(observances(lines, "Europe/Brussels").size(), 7);
    }

    void brusselsTransitions_data()
    {
        QTest::addColumn<Component>("expected");
        QTest::addRow("2025-10") << observance("STANDARD", "20251026T030000", "+0200", "+0100",
                                               "CET");
        QTest::addRow("2026-03") << observance("DAYLIGHT", "20260329T020000", "+0100", "+0200",
                                               "CEST");
        QTest::addRow("2026-10") << observance("STANDARD", "20261025T030000", "+0200", "+0100",
                                               "CET");
        QTest::addRow("2027-03") << observance("DAYLIGHT", "20270328T020000", "+0100", "+0200",
                                               "CEST");
        QTest::addRow("2027-10") << observance("STANDARD", "20271031T030000", "+0200", "+0100",
                                               "CET");
        QTest::addRow("2028-03") << observance("DAYLIGHT", "20280326T020000", "+0100", "+0200",
                                               "CEST");
        QTest::addRow("2028-10") << observance("STANDARD", "20281029T030000", "+0200", "+0100",
                                               "CET");
    }
    void brusselsTransitions()
    {
        QFETCH(Component, expected);
        const QStringList lines =
            unfold(write({deadline(at(2027, 2, 12, 16, 0, "Europe/Brussels"))}));
        QVERIFY(observances(lines, "Europe/Brussels").contains(expected));
    }

    void fixedOffsetZones_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("offset");
        QTest::addColumn<QString>("name");
        QTest::addRow("Almaty") << QByteArray("Asia/Almaty") << "+0500"
                                << "+05";
        QTest::addRow("Tashkent") << QByteArray("Asia/Tashkent") << "+0500"
                                  << "+05";
        QTest::addRow("Bishkek") << QByteArray("Asia/Bishkek") << "+0600"
                                 << "+06";
        QTest::addRow("Dushanbe") << QByteArray("Asia/Dushanbe") << "+0500"
                                  << "+05";
        QTest::addRow("Kathmandu") << QByteArray("Asia/Kathmandu") << "+0545"
                                   << "+0545";
        QTest::addRow("Kolkata") << QByteArray("Asia/Kolkata") << "+0530"
                                 << "IST";
    }
    void fixedOffsetZones()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, offset);
        QFETCH(QString, name);
        const QDateTime start(QDate(2027, 5, 1), QTime(18, 0), QTimeZone(zone));
        const QStringList lines = unfold(write({deadline(start)}));
        const QString tzid = QString::fromLatin1(zone);
        QVERIFY(lines.contains("DTSTART;TZID=" + tzid + ":20270501T180000"));
        const Component expected = observance("STANDARD", "19700101T000000", offset, offset, name);
        QCOMPARE(observances(lines, tzid), QList<Component>{expected});
    }

    // Kazakhstan moved Almaty from +06 to +05 on 1 March 2024 (tzdata 2024a): a 2025
    // deadline's range reaches back into 2024, so that change is written out.
    void almatyChangeOf2024()
    {
        const QTimeZone almaty("Asia/Almaty");
        if (almaty.offsetFromUtc(QDateTime(QDate(2024, 1, 15), QTime(0, 0), Qt::UTC)) != 21600)
            QSKIP("this system's tzdata predates 2024a");
        const auto found = observances(
            unfold(write({deadline(at(2025, 6, 2, 18, 0, "Asia/Almaty"))})), "Asia/Almaty");
        QVERIFY(found.size() >= 2);
        const Component expected =
            observance("STANDARD", "20240301T000000", "+0600", "+0500", "+05");
        QCOMPARE(found.last(), expected);
    }

    // tzdata's negative DST for Ireland (winter GMT is the "daylight" period) is written
    // the way clients expect: IST is DAYLIGHT, GMT is STANDARD.
    void dublinNegativeDst()
    {
        const auto found = observances(
            unfold(write({deadline(at(2027, 7, 1, 12, 0, "Europe/Dublin"))})), "Europe/Dublin");
        QVERIFY(!found.isEmpty());
        for (const Component &c : found)
            QCOMPARE(c.value("KIND"), c.value("TZNAME") == "IST" ? "DAYLIGHT" : "STANDARD");
    }

    void utc_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QString>("dtstart");
        QTest::addRow("Qt::UTC") << QDateTime(QDate(2027, 6, 1), QTime(12, 0), Qt::UTC)
                                 << "20270601T120000Z";
        QTest::addRow("QTimeZone::utc")
            << QDateTime(QDate(2027, 6, 1), QTime(12, 0), QTimeZone::utc()) << "20270601T120000Z";
        QTest::addRow("offset spec")
            << QDateTime(QDate(2027, 6, 1), QTime(17, 0), Qt::OffsetFromUTC, 5 * 3600)
            << "20270601T120000Z";
        QTest::addRow("fixed-offset zone")
            << QDateTime(QDate(2027, 6, 1), QTime(17, 0), QTimeZone(5 * 3600))
            << "20270601T120000Z";
    }
    void utc()
    {
        QFETCH(QDateTime, start);
        QFETCH(QString, dtstart);
        IcsEvent event = deadline(start);
        event.durationMinutes = 90;
        const QStringList lines = unfold(write({event}));
        QVERIFY(lines.contains("DTSTART:" + dtstart));
        QVERIFY(lines.contains("DTEND:20270601T133000Z"));
        QCOMPARE(lines.count("BEGIN:VTIMEZONE"), 0);
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::addRow("comma") << "Bishkek, Osh"
                               << "Bishkek\\, Osh";
        QTest::addRow("semicolon") << "a; b"
                                   << "a\\; b";
        QTest::addRow("backslash") << "C:\\calls\\eu"
                                   << "C:\\\\calls\\\\eu";
        QTest::addRow("newline") << "one\ntwo"
                                 << "one\\ntwo";
        QTest::addRow("CRLF") << "one\r\ntwo"
                              << "one\\ntwo";
        QTest::addRow("CR") << "one\rtwo"
                            << "one\\ntwo";
        QTest::addRow("paragraph separator") << QString::fromUtf8("one\u2029two") << "one\\ntwo";
        QTest::addRow("backslash n") << "\\n"
                                     << "\\\\n";
        QTest::addRow("kept") << "a: \"b\"\tc"
                              << "a: \"b\"\tc";
        QTest::addRow("control dropped") << QString::fromUtf8("a\x01\x7f"
                                                              "b")
                                         << "ab";
        QTest::addRow("Cyrillic") << QString::fromUtf8("Срок, подачи")
                                  << QString::fromUtf8("Срок\\, подачи");
    }
    void escaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        IcsEvent event = deadline(at(2027, 2, 12, 16, 0, "Europe/Brussels"));
        event.summary = text;
        event.description = text;
        event.categories = {text, "EU"};
        const QStringList lines = unfold(write({event}));
        QCOMPARE(value(lines, "SUMMARY:"), escaped);
        QCOMPARE(value(lines, "DESCRIPTION:"), escaped);
        QCOMPARE(value(lines, "CATEGORIES:"), escaped + ",EU");
    }

    void folding_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addRow("Cyrillic") << QString::fromUtf8(
            "Срок подачи заявок: Программа поддержки гражданского общества в Центральной Азии, "
            "Европейский союз; второй этап — полная заявка\\бюджет");
        QTest::addRow("ASCII") << QString(200, u'x');
        QTest::addRow("four-byte")
            << QString::fromUtf8("Deadline 🎯") + QString::fromUtf8("🇪🇺").repeated(40);
        QTest::addRow("mixed") << QString::fromUtf8("Ташкент – 東京 – Brüssel, ").repeated(8);
    }
    void folding()
    {
        QFETCH(QString, summary);
        IcsEvent event = deadline(at(2027, 2, 12, 16, 0, "Europe/Brussels"));
        event.summary = summary;
        const QByteArray ics = write({event});
        int folded = 0;
        for (const QByteArray &line : ics.split('\n')) {
            const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(content.size() <= 75, content.constData());
            // Each physical line must be valid UTF-8 on its own.
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = decoder(content);
            QVERIFY2(!decoder.hasError() && text.toUtf8() == content, content.constData());
            if (content.startsWith(' '))
                ++folded;
        }
        QVERIFY(folded > 0);
        QCOMPARE(unescape(value(unfold(ics), "SUMMARY:")), summary);
    }

    void crlfEverywhere()
    {
        IcsEvent event = deadline(at(2027, 2, 12, 16, 0, "Europe/Brussels"));
        event.description = "line one\nline two\r\nline three\r";
        const QByteArray ics = write({event});
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        for (qsizetype i = 0; i < ics.size(); ++i) {
            if (ics.at(i) == '\n')
                QVERIFY(i > 0 && ics.at(i - 1) == '\r');
            if (ics.at(i) == '\r')
                QVERIFY(i + 1 < ics.size() && ics.at(i + 1) == '\n');
        }
    }

    void alarms()
    {
        IcsEvent event = deadline(at(2027, 2, 12, 16, 0, "Europe/Brussels"));
        QStringList lines = unfold(write({event}));
        QCOMPARE(lines.count("BEGIN:VALARM"), 2);
        QCOMPARE(lines.count("ACTION:DISPLAY"), 2);
        QCOMPARE(lines.count("DESCRIPTION:Deadline: Civil society fund (EU)"), 2);
        QVERIFY(lines.indexOf("TRIGGER:-P7D") < lines.indexOf("TRIGGER:-P1D"));
        QVERIFY(lines.indexOf("TRIGGER:-P7D") > 0);

        event.remindDaysBefore = {14, 0};
        lines = unfold(write({event}));
        QVERIFY(lines.contains("TRIGGER:-P14D"));
        QVERIFY(lines.contains("TRIGGER:PT0S"));

        event.remindDaysBefore.clear();
        QCOMPARE(unfold(write({event})).count("BEGIN:VALARM"), 0);
    }

    void golden()
    {
        IcsEvent first = deadline(at(2027, 3, 15, 18, 0, "Asia/Tashkent"), "call-7@hamkor");
        first.summary = "Deadline: Youth initiatives (EU)";
        first.description = "Concept note first.\nBudget: EUR 50,000; co-financing 10%.";
        first.url = "https://example.org/calls/42";
        first.categories = {"EU", "Youth"};
        IcsEvent second =
            deadline(QDateTime(QDate(2027, 4, 30), QTime(23, 59), Qt::UTC), "call-8@hamkor");
        second.summary = "Deadline: Small grants (US)";
        second.durationMinutes = 30;
        second.remindDaysBefore = {1};

        QByteArray expected = R"(BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Hamkor//Hamkor 0.1//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Hamkor: deadlines\, Central Asia
BEGIN:VTIMEZONE
TZID:Asia/Tashkent
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0500
TZOFFSETTO:+0500
TZNAME:+05
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:call-7@hamkor
DTSTAMP:20261127T084300Z
DTSTART;TZID=Asia/Tashkent:20270315T180000
SUMMARY:Deadline: Youth initiatives (EU)
DESCRIPTION:Concept note first.\nBudget: EUR 50\,000\; co-financing 10%.
URL:https://example.org/calls/42
CATEGORIES:EU,Youth
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Deadline: Youth initiatives (EU)
TRIGGER:-P7D
END:VALARM
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Deadline: Youth initiatives (EU)
TRIGGER:-P1D
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:call-8@hamkor
DTSTAMP:20261127T084300Z
DTSTART:20270430T235900Z
DTEND:20270501T002900Z
SUMMARY:Deadline: Small grants (US)
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Deadline: Small grants (US)
TRIGGER:-P1D
END:VALARM
END:VEVENT
END:VCALENDAR
)";
        expected.replace("\n", "\r\n");
        const QByteArray actual =
            IcsWriter::write({first, second}, kStamp, "Hamkor: deadlines, Central Asia");
        QCOMPARE(actual, expected);

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(
            IcsWriter::write(buffer, {first, second}, kStamp, "Hamkor: deadlines, Central Asia"));
        QCOMPARE(buffer.data(), expected);
    }

    void unwritableDevice()
    {
        QBuffer closed;
        const Status status = IcsWriter::write(closed, {}, kStamp, "Hamkor");
        QVERIFY(!status);
        QVERIFY(!status.message().isEmpty());
    }

    void deterministic()
    {
        IcsEvent a = deadline(at(2027, 2, 12, 16, 0, "Europe/Brussels"), "a@hamkor");
        a.description = QString::fromUtf8("Тест, test; \\ ").repeated(10);
        a.categories = {"EU", "Horizon"};
        IcsEvent b = deadline(at(2027, 9, 1, 17, 0, "Asia/Almaty"), "b@hamkor");
        IcsEvent c = deadline(QDateTime(QDate(2027, 4, 1), QTime(9, 0), Qt::UTC), "c@hamkor");
        const QByteArray once = write({a, b, c});
        QCOMPARE(write({a, b, c}), once);
        // Zones are sorted by id, not by the order events name them.
        const QStringList lines = unfold(write({b, a, c}));
        QVERIFY(lines.indexOf("TZID:Asia/Almaty") < lines.indexOf("TZID:Europe/Brussels"));
    }

    void sharedZoneOnce()
    {
        const QStringList lines =
            unfold(write({deadline(at(2027, 2, 12, 16, 0, "Europe/Brussels"), "a@hamkor"),
                          deadline(at(2028, 6, 30, 12, 0, "Europe/Brussels"), "b@hamkor"),
                          deadline(at(2027, 3, 1, 9, 0, "Asia/Tashkent"), "c@hamkor")}));
        QCOMPARE(lines.count("BEGIN:VTIMEZONE"), 2);
        QCOMPARE(lines.count("TZID:Europe/Brussels"), 1);
        QCOMPARE(lines.count("TZID:Asia/Tashkent"), 1);
        QCOMPARE(lines.count("BEGIN:VEVENT"), 3);
        // The union of both events' years, each widened by one: 2026 to 2029.
        const auto found = observances(lines, "Europe/Brussels");
        QCOMPARE(found.size(), 9);
        QCOMPARE(found.last().value("DTSTART"), "20291028T030000");
    }

    void invalidStartLeftOut()
    {
        IcsEvent broken = deadline(QDateTime(), "broken@hamkor");
        const QStringList lines =
            unfold(write({broken, deadline(at(2027, 2, 12, 16, 0, "Europe/Brussels"))}));
        QCOMPARE(lines.count("BEGIN:VEVENT"), 1);
        QVERIFY(!lines.contains("UID:broken@hamkor"));
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "TestIcsWriter.moc"
