// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <limits>
#include <optional>

// Integer arithmetic behind Money and Decimal. Products are taken in 128 bits, so that
// amount × quantity × rate cannot overflow before it is divided back; only the final
// result must fit into 64 bits, and when it does not, the caller gets nothing and
// reports an overflow.
namespace hamkor {
namespace core {
namespace exact {

__extension__ typedef __int128 Int128;

constexpr Int128 pow10(int exponent)
{
    Int128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// numerator / denominator rounded half away from zero (2.5 → 3, -2.5 → -3), the one
// rounding rule of Hamkor. The denominator must be positive.
constexpr Int128 divideRounded(Int128 numerator, Int128 denominator)
{
    const Int128 magnitude = numerator < 0 ? -numerator : numerator;
    const Int128 quotient = (magnitude + denominator / 2) / denominator;
    // For an odd denominator, denominator / 2 is rounded down, so a remainder of exactly
    // half cannot occur and the sum above rounds half up correctly too.
    return numerator < 0 ? -quotient : quotient;
}

constexpr std::optional<qint64> toInt64(Int128 value)
{
    if (value > std::numeric_limits<qint64>::max() || value < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return static_cast<qint64>(value);
}

} // namespace exact
} // namespace core
} // namespace hamkor
