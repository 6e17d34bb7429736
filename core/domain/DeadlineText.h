// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace hamkor {
namespace core {

// How a deadline reads to a person: in their own zone, with the days left counted in
// calendar days of their own zone (a deadline at 01:00 tomorrow is "tomorrow", not "today").
class DeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::DeadlineText)

public:
    // Calendar days from now to deadline, both seen in zone; negative when it has passed.
    static int daysLeft(const QDateTime &deadline, const QDateTime &now, const QTimeZone &zone);
    // "12 Feb 2027, 21:00" in zone, written the locale's way.
    static QString moment(const QDateTime &deadline, const QTimeZone &zone, const QLocale &locale);
    // The deadline as the donor states it: "12 Feb 2027, 16:00 Europe/Brussels".
    static QString donorMoment(const QDateTime &deadline, const QLocale &locale);
    // "today", "tomorrow", "in 5 days", "passed 3 days ago", from daysLeft and whether the
    // moment itself has passed (a deadline earlier today has passed although 0 days are left).
    static QString daysLeftText(int days, bool passed);
};

} // namespace core
} // namespace hamkor
