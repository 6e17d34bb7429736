// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"

#include <QRandomGenerator>
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
    // A version 4 UUID from a generator seeded once by the system's secure source: asking
    // the system (or the CPU's RDRAND) for every record made bulk inserts slow.
    thread_local QRandomGenerator64 random(QRandomGenerator::system()->generate64());
    quint64 high = random.generate64();
    quint64 low = random.generate64();
    high = (high & ~quint64(0xF000)) | 0x4000;                    // version 4
    low = (low & ~(quint64(0xC0) << 56)) | (quint64(0x80) << 56); // RFC 4122 variant
    QUuid uuid(uint(high >> 32), ushort(high >> 16), ushort(high), uchar(low >> 56),
               uchar(low >> 48), uchar(low >> 40), uchar(low >> 32), uchar(low >> 24),
               uchar(low >> 16), uchar(low >> 8), uchar(low));
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace core
} // namespace hamkor
