// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"

#include <QUuid>

namespace hamkor {
namespace core {

namespace {
std::function<QDateTime()> &source()
{
    static std::function<QDateTime()> function;
    return function;
}
QTimeZone &zoneOverride()
{
    static QTimeZone zone;
    return zone;
}
} // namespace

QTimeZone Clock::userZone()
{
    return zoneOverride().isValid() ? zoneOverride() : QTimeZone::systemTimeZone();
}

void Clock::setUserZone(const QTimeZone &zone)
{
    zoneOverride() = zone;
}

QDateTime Clock::nowUtc()
{
    return source() ? source()().toUTC() : QDateTime::currentDateTimeUtc();
}

QString Clock::nowStamp()
{
    return stamp(nowUtc());
}

QString Clock::stamp(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

void Clock::setSource(std::function<QDateTime()> function)
{
    source() = std::move(function);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace core
} // namespace hamkor
