// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace hamkor {
namespace core {

// The time as the program sees it. Everything that stamps or compares times asks here, so
// that tests can fix "now" (days left to a deadline, modification times).
class Clock
{
public:
    static QDateTime nowUtc();
    // "now" as stored in files: ISO 8601 UTC with milliseconds, "2026-11-27T08:43:00.000Z".
    static QString nowStamp();
    static QString stamp(const QDateTime &moment);

    // The user's own time zone, in which deadlines are shown beside the donor's.
    static QTimeZone userZone();

    // Tests only: a function that returns the time to use; nullptr restores the real clock.
    static void setSource(std::function<QDateTime()> source);
    // Tests only: the zone to use as the user's; an invalid zone restores the system's.
    static void setUserZone(const QTimeZone &zone);
};

// A new random UUID as stored in files: 36 characters, lower case, no braces.
QString newUuid();

// UUIDs in increasing order, for many records written at once (RFC 9562 version 7: the
// milliseconds since 1970 when the sequence began, then a random start counted up by random
// steps). Their UNIQUE index grows in one place instead of at random all over: the million
// lines of an import are written in less than half the time.
class UuidSequence
{
public:
    UuidSequence();
    QString next();

private:
    quint64 m_high; // the time (48 bits), the version (4), counted bits (12)
    quint64 m_low;  // the variant (2 bits), counted bits (62)
};

} // namespace core
} // namespace hamkor
