// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace hamkor {
namespace core {

// One deadline as a calendar entry. Plain text throughout: the writer does all the
// escaping and folding iCalendar needs.
struct IcsEvent
{
    QString uid;         // stable across exports, so a re-import updates instead of duplicating
    QString summary;     // e.g. "Deadline: <call title> (<donor>)"
    QString description; // free text: newlines, commas, semicolons, backslashes, any script
    QString url;         // may be empty
    // The deadline. With an IANA QTimeZone (Europe/Brussels) it is written in that zone's
    // wall-clock time with a VTIMEZONE, so it stays right when the zone's rules shift;
    // in UTC (or any other spec) it is written as a UTC instant.
    QDateTime start;
    int durationMinutes = 0; // 0: a point in time (DTEND = DTSTART)
    QList<int> remindDaysBefore = {7, 1};
    QStringList categories; // optional
};

// Writes deadlines as an iCalendar (RFC 5545) file that Google Calendar, Outlook,
// Thunderbird and Apple Calendar import. The output depends only on the arguments and the
// system's tz database: the same input gives the same bytes, so exports can be compared
// and tested byte for byte. DTSTAMP comes from the caller (Clock) for the same reason.
class IcsWriter
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::IcsWriter)

public:
    // Events whose start is not a valid QDateTime are left out: a calendar entry needs a time.
    static QByteArray write(const QList<IcsEvent> &events, const QDateTime &stampUtc,
                            const QString &calendarName);

    // The same bytes written to an open device (a QSaveFile for files, a QBuffer in tests).
    static Status write(QIODevice &device, const QList<IcsEvent> &events, const QDateTime &stampUtc,
                        const QString &calendarName);
};

} // namespace core
} // namespace hamkor
