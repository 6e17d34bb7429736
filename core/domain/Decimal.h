// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace hamkor {
namespace core {

// An exact decimal number: units × 10^-scale, where units is a 64-bit integer (up to 18
// significant digits, and 19 up to 9 223 372 036 854 775 807) and scale at most 12. Quantities (2.5
// months), percentages (7.5 %) and exchange rates (1 EUR = 521.47 KZT) are Decimals, never binary
// floating point, so that what a user types is what is stored and what every calculation uses.
class Decimal
{
public:
    static constexpr int MaxScale = 12;

    constexpr Decimal() = default;
    static Decimal fromInteger(qint64 value) { return Decimal(value, 0); }
    // Units and scale as they are: fromParts(25, 1) is 2.5. Scale must be 0..MaxScale.
    static std::optional<Decimal> fromParts(qint64 units, int scale);

    // Parses "2.5", "-0.125", "+3", "521.4700" (a dot, no grouping, no exponent).
    // Returns nothing for anything else, or when the value does not fit into 64 bits or
    // has more than MaxScale decimals.
    static std::optional<Decimal> parse(QStringView text);

    qint64 units() const { return m_units; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }
    // The same value with trailing zeros after the point removed: 2.50 → 2.5.
    Decimal normalized() const;
    // Canonical text: a dot, no grouping, no trailing zeros ("2.5", "-0.125", "3").
    QString toString() const;
    // Only for display and charts, never for money.
    double toDouble() const;

    friend bool operator==(const Decimal &a, const Decimal &b) { return a.compare(b) == 0; }
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
    {
        return a.compare(b) <=> 0;
    }

private:
    constexpr Decimal(qint64 units, int scale) : m_units(units), m_scale(scale) {}
    int compare(const Decimal &other) const;

    qint64 m_units = 0;
    int m_scale = 0;
};

} // namespace core
} // namespace hamkor
