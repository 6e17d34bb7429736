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

namespace {

// A generator seeded once by the system's secure source: asking the system (or the CPU's
// RDRAND) for every record made bulk inserts slow.
QRandomGenerator64 &uuidRandom()
{
    thread_local QRandomGenerator64 random(QRandomGenerator::system()->generate64());
    return random;
}

QString uuidText(quint64 high, quint64 low)
{
    const QUuid uuid(uint(high >> 32), ushort(high >> 16), ushort(high), uchar(low >> 56),
                     uchar(low >> 48), uchar(low >> 40), uchar(low >> 32), uchar(low >> 24),
                     uchar(low >> 16), uchar(low >> 8), uchar(low));
    return uuid.toString(QUuid::WithoutBraces);
}

constexpr quint64 Variant = quint64(0x80) << 56; // RFC 4122's, in the top two bits
constexpr quint64 LowBits = (quint64(1) << 62) - 1;

} // namespace

QString newUuid()
{
    quint64 high = uuidRandom().generate64();
    quint64 low = uuidRandom().generate64();
    high = (high & ~quint64(0xF000)) | 0x4000; // version 4
    low = (low & LowBits) | Variant;
    return uuidText(high, low);
}

UuidSequence::UuidSequence()
{
    const quint64 milliseconds = quint64(Clock::nowUtc().toMSecsSinceEpoch());
    m_high = (milliseconds << 16) | 0x7000 | (uuidRandom().generate64() & 0x7FF);
    m_low = (uuidRandom().generate64() & LowBits) | Variant;
}

QString UuidSequence::next()
{
    // Up by a random step of up to 2^32 in the 74 counted bits: a carry out of the low 62
    // goes into the high 12, and one out of those into the time, so the order holds.
    quint64 counted = (m_low & LowBits) + 1 + (uuidRandom().generate64() >> 32);
    if (counted > LowBits) {
        counted &= LowBits;
        m_high += (m_high & 0xFFF) == 0xFFF ? 0x10000 - 0xFFF : 1;
    }
    m_low = counted | Variant;
    return uuidText(m_high, m_low);
}

} // namespace core
} // namespace hamkor
