// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/IcsWriter.h"

#include <QIODevice>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace hamkor {
namespace core {

namespace {

// RFC 5545 3.1: a content line is at most 75 octets, not counting the CRLF.
constexpr int kMaxLineOctets = 75;

// RFC 5545 3.3.11 (TEXT): backslash, semicolon and comma are escaped with a backslash and
// a line break becomes "\n". CR LF, a lone CR and the Unicode line and paragraph
// separators (QTextDocument's plain text uses U+2029) all count as one line break. Other
// control characters are not allowed in TEXT at all and are dropped; a tab is allowed.
QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u';':
            out += QLatin1String("\\;");
            break;
        case u',':
            out += QLatin1String("\\,");
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += QLatin1String("\\n");
            break;
        case u'\n':
        case 0x2028:
        case 0x2029:
            out += QLatin1String("\\n");
            break;
        case u'\t':
            out += QChar(c);
            break;
        default:
            if (c >= 0x20 && c != 0x7f)
                out += QChar(c);
        }
    }
    return out;
}

// URL is a URI value (RFC 5545 3.3.13), not TEXT: no escaping, but a control character
// would break the content line, so those go.
QString cleanUri(const QString &uri)
{
    QString out;
    for (const QChar c : uri) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f)
            out += c;
    }
    return out;
}

// A parameter value (RFC 5545 3.1) must be quoted when it holds ':', ';' or ','.
QString paramValue(const QString &value)
{
    const bool needsQuotes = value.contains(u':') || value.contains(u';') || value.contains(u',');
    QString out = value;
    out.remove(u'"');
    return needsQuotes ? u'"' + out + u'"' : out;
}

// DATE-TIME (RFC 5545 3.3.5) without separators; seconds, never milliseconds. Written by
// hand so that no locale can change a digit.
QString formatDateTime(const QDate &date, const QTime &time)
{
    return QString::asprintf("%04d%02d%02dT%02d%02d%02d", date.year(), date.month(), date.day(),
                             time.hour(), time.minute(), time.second());
}

QString formatUtc(const QDateTime &moment)
{
    const QDateTime utc = moment.toUTC();
    return formatDateTime(utc.date(), utc.time()) + u'Z';
}

// UTC-OFFSET (RFC 5545 3.3.14): +HHMM, with seconds only when there are any.
QString formatOffset(int seconds)
{
    const char sign = seconds < 0 ? '-' : '+';
    const int a = std::abs(seconds);
    if (a % 60 != 0)
        return QString::asprintf("%c%02d%02d%02d", sign, a / 3600, a / 60 % 60, a % 60);
    return QString::asprintf("%c%02d%02d", sign, a / 3600, a / 60 % 60);
}

// TZNAME: the zone's abbreviation when it is a real one (CET, EEST); tzdata spells zones
// without one as their offset ("+05"), and another backend might say "UTC+05:00", so
// anything not purely alphabetic is rewritten in tzdata's style: +05, +0530.
QString zoneName(const QString &abbreviation, int offset)
{
    const bool alphabetic = !abbreviation.isEmpty() &&
                            std::all_of(abbreviation.cbegin(), abbreviation.cend(), [](QChar c) {
                                return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
                            });
    if (alphabetic)
        return abbreviation;
    const char sign = offset < 0 ? '-' : '+';
    const int minutes = std::abs(offset) / 60;
    if (minutes % 60 != 0)
        return QString::asprintf("%c%02d%02d", sign, minutes / 60, minutes % 60);
    return QString::asprintf("%c%02d", sign, minutes / 60);
}

// A TZID is written only for zones of the IANA database, which every client knows by
// name. UTC, fixed offsets (Qt names them "UTC+05:00") and local or offset time specs
// have no such name; they are written as the UTC instant they denote, which is exact.
bool hasIanaZone(const QDateTime &moment)
{
    return moment.timeSpec() == Qt::TimeZone && moment.timeZone().isValid() &&
           !moment.timeZone().id().startsWith("UTC");
}

QString dateTimeProperty(const QString &name, const QDateTime &moment)
{
    if (hasIanaZone(moment)) {
        const QString zone = QString::fromUtf8(moment.timeZone().id());
        return name + QLatin1String(";TZID=") + paramValue(zone) + u':' +
               formatDateTime(moment.date(), moment.time());
    }
    return name + u':' + formatUtc(moment);
}

// One STANDARD or DAYLIGHT sub-component: the offset that holds from atUtc on.
struct Observance
{
    QDateTime atUtc;
    int offsetFrom = 0;
    int offsetTo = 0;
    int daylightOffset = 0;
    QString abbreviation;
};

// A VTIMEZONE (RFC 5545 3.6.5) from the tz database as Qt sees it, for [firstYear,
// lastYear]. Each transition is its own sub-component with a DTSTART and no RRULE, so the
// definition is exactly the data, including the years a zone changed its rules; the last
// transition before the range is included too, so the range's first months are covered.
// DTSTART is the local time before the change, in the TZOFFSETFROM offset. A zone with no
// transitions in the range gets one STANDARD with its fixed offset since 1970.
void appendTimeZone(QStringList &lines, const QTimeZone &zone, int firstYear, int lastYear)
{
    const QDateTime from(QDate(firstYear, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(lastYear + 1, 1, 1), QTime(0, 0), Qt::UTC);

    lines << QStringLiteral("BEGIN:VTIMEZONE")
          << QLatin1String("TZID:") + escapeText(QString::fromUtf8(zone.id()));

    const QTimeZone::OffsetDataList inRange = zone.transitions(from, to);
    if (inRange.isEmpty()) {
        // offsetFromUtc(), not offsetData(): Qt 6.4's UTC-style backends leave the latter
        // empty.
        const int fixed = zone.offsetFromUtc(from);
        const QString offset = formatOffset(fixed);
        lines << QStringLiteral("BEGIN:STANDARD") << QStringLiteral("DTSTART:19700101T000000")
              << QLatin1String("TZOFFSETFROM:") + offset << QLatin1String("TZOFFSETTO:") + offset
              << QLatin1String("TZNAME:") + zoneName(zone.abbreviation(from), fixed)
              << QStringLiteral("END:STANDARD") << QStringLiteral("END:VTIMEZONE");
        return;
    }

    QTimeZone::OffsetDataList data;
    const QTimeZone::OffsetData before = zone.previousTransition(from);
    if (before.atUtc.isValid() && before.atUtc < inRange.first().atUtc)
        data << before;
    data << inRange;

    QList<Observance> observances;
    bool negativeDaylight = false;
    for (const QTimeZone::OffsetData &d : std::as_const(data)) {
        Observance o;
        o.atUtc = d.atUtc.toUTC();
        o.offsetFrom = observances.isEmpty() ? zone.offsetFromUtc(o.atUtc.addSecs(-1))
                                             : observances.last().offsetTo;
        o.offsetTo = d.offsetFromUtc;
        o.daylightOffset = d.daylightTimeOffset;
        o.abbreviation = d.abbreviation;
        negativeDaylight = negativeDaylight || d.daylightTimeOffset < 0;
        observances << o;
    }

    for (const Observance &o : std::as_const(observances)) {
        // tzdata gives Europe/Dublin (and Africa/Casablanca) a negative DST: winter GMT is
        // "standard time minus an hour". Clients expect the older reading, summer time as
        // DAYLIGHT, so in such a zone the periods without that negative offset are DAYLIGHT.
        const bool daylight = o.daylightOffset > 0 || (negativeDaylight && o.daylightOffset == 0);
        const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        const QDateTime localBefore = o.atUtc.addSecs(o.offsetFrom);
        lines << QLatin1String("BEGIN:") + kind
              << QLatin1String("DTSTART:") + formatDateTime(localBefore.date(), localBefore.time())
              << QLatin1String("TZOFFSETFROM:") + formatOffset(o.offsetFrom)
              << QLatin1String("TZOFFSETTO:") + formatOffset(o.offsetTo)
              << QLatin1String("TZNAME:") + zoneName(o.abbreviation, o.offsetTo)
              << QLatin1String("END:") + kind;
    }
    lines << QStringLiteral("END:VTIMEZONE");
}

// VALARM TRIGGER (RFC 5545 3.8.6.3), relative to the start: "-P7D" is seven days before.
QString trigger(int daysBefore)
{
    if (daysBefore == 0)
        return QStringLiteral("PT0S");
    if (daysBefore > 0)
        return QStringLiteral("-P%1D").arg(daysBefore);
    return QStringLiteral("P%1D").arg(-daysBefore);
}

// RFC 5545 3.1: a line longer than 75 octets is folded by inserting CRLF and one space;
// the space counts towards the next line's 75. Lines are cut between UTF-8 characters,
// never inside one (the RFC says SHOULD; Outlook and Apple Calendar garble the other
// kind), so a chunk may be a few octets short of the limit.
QByteArray fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    qsizetype limit = kMaxLineOctets;
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = kMaxLineOctets - 1;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

// DTEND: the start plus the duration in elapsed time, so a duration across a DST change
// stays its length. A deadline is a point in time: RFC 5545 (3.6.1) then wants no DTEND at
// all, since a DTEND must be later than DTSTART; a negative duration counts as none.
QDateTime endOf(const IcsEvent &event)
{
    return event.start.addSecs(qint64(std::max(0, event.durationMinutes)) * 60);
}

void appendEvent(QStringList &lines, const IcsEvent &event, const QString &stamp)
{
    lines << QStringLiteral("BEGIN:VEVENT") << QLatin1String("UID:") + escapeText(event.uid)
          << QLatin1String("DTSTAMP:") + stamp
          << dateTimeProperty(QStringLiteral("DTSTART"), event.start);
    if (event.durationMinutes > 0)
        lines << dateTimeProperty(QStringLiteral("DTEND"), endOf(event));
    lines << QLatin1String("SUMMARY:") + escapeText(event.summary);
    if (!event.description.isEmpty())
        lines << QLatin1String("DESCRIPTION:") + escapeText(event.description);
    if (const QString url = cleanUri(event.url); !url.isEmpty())
        lines << QLatin1String("URL:") + url;
    QStringList categories;
    for (const QString &category : event.categories) {
        if (!category.trimmed().isEmpty())
            categories << escapeText(category.trimmed());
    }
    if (!categories.isEmpty())
        lines << QLatin1String("CATEGORIES:") + categories.join(u',');
    // A DISPLAY alarm must have a DESCRIPTION (RFC 5545 3.6.6); the clients show it.
    const QString alarmText = escapeText(event.summary.isEmpty() ? event.uid : event.summary);
    for (const int days : event.remindDaysBefore) {
        lines << QStringLiteral("BEGIN:VALARM") << QStringLiteral("ACTION:DISPLAY")
              << QLatin1String("DESCRIPTION:") + alarmText
              << QLatin1String("TRIGGER:") + trigger(days) << QStringLiteral("END:VALARM");
    }
    lines << QStringLiteral("END:VEVENT");
}

} // namespace

QByteArray IcsWriter::write(const QList<IcsEvent> &events, const QDateTime &stampUtc,
                            const QString &calendarName)
{
    QList<IcsEvent> valid;
    // Zone id -> the years its events fall in (start and end, in the zone's own time). A
    // QMap, so zones come out sorted by id and the bytes never depend on input order.
    QMap<QByteArray, std::pair<int, int>> zoneYears;
    for (const IcsEvent &event : events) {
        if (!event.start.isValid())
            continue;
        valid << event;
        if (!hasIanaZone(event.start))
            continue;
        const QDateTime end = endOf(event);
        const QByteArray id = event.start.timeZone().id();
        const int first = event.start.date().year();
        const int last = end.date().year();
        auto it = zoneYears.find(id);
        if (it == zoneYears.end())
            zoneYears.insert(id, {first, last});
        else
            *it = {std::min(it->first, first), std::max(it->second, last)};
    }

    QStringList lines;
    lines << QStringLiteral("BEGIN:VCALENDAR") << QStringLiteral("VERSION:2.0")
          << QStringLiteral("PRODID:-//Hamkor//Hamkor 0.1//EN")
          << QStringLiteral("CALSCALE:GREGORIAN") << QStringLiteral("METHOD:PUBLISH")
          << QLatin1String("X-WR-CALNAME:") + escapeText(calendarName);
    // Zone definitions come before the events that use them, as most producers write them,
    // so that a reader reading in one pass knows a TZID before it meets it.
    for (auto it = zoneYears.cbegin(); it != zoneYears.cend(); ++it)
        appendTimeZone(lines, QTimeZone(it.key()), it->first - 1, it->second + 1);

    // The caller's clock always gives a valid time; the epoch only keeps the file valid.
    const QString stamp =
        formatUtc(stampUtc.isValid() ? stampUtc : QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    for (const IcsEvent &event : std::as_const(valid))
        appendEvent(lines, event, stamp);
    lines << QStringLiteral("END:VCALENDAR");

    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += fold(line.toUtf8());
    return out;
}

Status IcsWriter::write(QIODevice &device, const QList<IcsEvent> &events, const QDateTime &stampUtc,
                        const QString &calendarName)
{
    const QByteArray bytes = write(events, stampUtc, calendarName);
    if (!device.isWritable() || device.write(bytes) != bytes.size())
        return Error{tr("The calendar could not be written: %1").arg(device.errorString())};
    return {};
}

} // namespace core
} // namespace hamkor
