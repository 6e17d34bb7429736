// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Call.h"

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
} // namespace

QDateTime Call::deadline() const
{
    const QTimeZone zone = zoneNamed(deadlineZone);
    if (!deadlineDate.isValid() || !deadlineTime.isValid() || !zone.isValid())
        return {};
    return QDateTime(deadlineDate, deadlineTime, zone);
}

} // namespace core
} // namespace hamkor
