// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Decimal.h"

#include "core/domain/ExactMath.h"

namespace hamkor {
namespace core {

std::optional<Decimal> Decimal::fromParts(qint64 units, int scale)
{
    if (scale < 0 || scale > MaxScale)
        return std::nullopt;
    return Decimal(units, scale);
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype pos = 0;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        ++pos;
    }
    qint64 units = 0;
    int scale = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c == u'.') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        seenDigit = true;
        if (units == 0 && c == u'0' && !seenPoint)
            continue; // leading zeros do not count as digits
        if (seenPoint)
            ++scale;
        if (scale > MaxScale || __builtin_mul_overflow(units, 10, &units) ||
            __builtin_add_overflow(units, qint64(c.unicode() - u'0'), &units))
            return std::nullopt;
    }
    if (!seenDigit)
        return std::nullopt;
    return Decimal(negative ? -units : units, scale);
}

Decimal Decimal::normalized() const
{
    Decimal result = *this;
    while (result.m_scale > 0 && result.m_units % 10 == 0) {
        result.m_units /= 10;
        --result.m_scale;
    }
    return result;
}

QString Decimal::toString() const
{
    const Decimal n = normalized();
    QString digits = QString::number(n.m_units < 0 ? -static_cast<quint64>(n.m_units)
                                                   : static_cast<quint64>(n.m_units));
    if (n.m_scale > 0) {
        if (digits.size() <= n.m_scale)
            digits.prepend(QString(n.m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - n.m_scale, u'.');
    }
    if (n.m_units < 0)
        digits.prepend(u'-');
    return digits;
}

double Decimal::toDouble() const
{
    return static_cast<double>(m_units) / static_cast<double>(exact::pow10(m_scale));
}

int Decimal::compare(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const exact::Int128 a = exact::Int128(m_units) * exact::pow10(scale - m_scale);
    const exact::Int128 b = exact::Int128(other.m_units) * exact::pow10(scale - other.m_scale);
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace core
} // namespace hamkor
