// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Call.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace hamkor {
namespace core {

namespace {
// Building a QTimeZone reads the zone database; a few zones serve thousands of calls.
QTimeZone zoneNamed(const QString &id)
{
    thread_local QHash<QString, QTimeZone> zones;
    auto it = zones.find(id);
    if (it == zones.end())
        it = zones.insert(id, QTimeZone(id.toLatin1()));
    return *it;
}
QString translated(const char *text)
{
    return QCoreApplication::translate("hamkor::core::Call", text);
}
} // namespace

QString Call::zoneProblem(const QString &zone)
{
    if (zone.isEmpty())
        return translated(
            QT_TRANSLATE_NOOP("hamkor::core::Call",
                              "its deadline has no time zone; open the call and choose the donor's "
                              "zone"));
    if (zoneNamed(zone).isValid())
        return {};
    return translated(QT_TRANSLATE_NOOP(
                          "hamkor::core::Call",
                          "its deadline's time zone “%1” is not a zone of the time-zone database; "
                          "open the call and choose the donor's zone (Europe/Zurich for Geneva, "
                          "Europe/Brussels for Brussels)"))
        .arg(zone);
}

QString Call::deadlineProblem() const
{
    if (!deadlineDate.isValid())
        return translated(QT_TRANSLATE_NOOP("hamkor::core::Call", "it has no deadline date"));
    if (!deadlineTime.isValid())
        return translated(
            QT_TRANSLATE_NOOP("hamkor::core::Call", "its deadline has no time of day"));
    return zoneProblem(deadlineZone);
}

QDateTime Call::deadline() const
{
    const QTimeZone zone = zoneNamed(deadlineZone);
    if (!deadlineDate.isValid() || !deadlineTime.isValid() || !zone.isValid())
        return {};
    return QDateTime(deadlineDate, deadlineTime, zone);
}

} // namespace core
} // namespace hamkor
