// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DeadlineText.h"

namespace hamkor {
namespace core {

int DeadlineText::daysLeft(const QDateTime &deadline, const QDateTime &now, const QTimeZone &zone)
{
    return int(now.toTimeZone(zone).date().daysTo(deadline.toTimeZone(zone).date()));
}

QString DeadlineText::moment(const QDateTime &deadline, const QTimeZone &zone,
                             const QLocale &locale)
{
    return locale.toString(deadline.toTimeZone(zone), QStringLiteral("d MMM yyyy, HH:mm"));
}

QString DeadlineText::donorMoment(const QDateTime &deadline, const QLocale &locale)
{
    return locale.toString(deadline, QStringLiteral("d MMM yyyy, HH:mm")) + u' ' +
           QString::fromLatin1(deadline.timeZone().id());
}

QString DeadlineText::daysLeftText(int days, bool passed)
{
    if (passed) {
        if (days >= 0)
            return tr("passed today");
        if (days == -1)
            return tr("passed yesterday");
        return tr("passed %n days ago", nullptr, -days);
    }
    if (days <= 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    return tr("in %n days", nullptr, days);
}

} // namespace core
} // namespace hamkor
