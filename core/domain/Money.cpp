// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Money.h"

#include "core/domain/ExactMath.h"

namespace hamkor {
namespace core {

using exact::Int128;

Result<Money> Money::fromDecimal(const Decimal &major, Currency currency)
{
    const Decimal n = major.normalized();
    if (n.scale() > currency.minorUnits())
        return Error{tr("%1 has more digits after the point than %2 allows (%n).", nullptr,
                        currency.minorUnits())
                         .arg(major.toString(), currency.code())};
    const auto minor =
        exact::toInt64(Int128(n.units()) * exact::pow10(currency.minorUnits() - n.scale()));
    if (!minor)
        return Error{tr("%1 %2 is too large an amount.").arg(major.toString(), currency.code())};
    return Money(*minor, currency);
}

Decimal Money::toDecimal() const
{
    return *Decimal::fromParts(m_minor, m_currency.minorUnits());
}

Error Money::overflow() const
{
    return Error{tr("The result is too large to be held exactly (the amounts involved are "
                    "around %1 %2).")
                     .arg(toDecimal().toString(), m_currency.code())};
}

Error Money::mismatch(const Money &other) const
{
    return Error{tr("Cannot combine amounts in %1 and %2 without an exchange rate.")
                     .arg(m_currency.code(), other.m_currency.code())};
}

Result<Money> Money::plus(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return mismatch(other);
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return overflow();
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return mismatch(other);
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        return overflow();
    return Money(difference, m_currency);
}

Result<Money> Money::negated() const
{
    qint64 result = 0;
    if (__builtin_sub_overflow(qint64(0), m_minor, &result))
        return overflow();
    return Money(result, m_currency);
}

Result<Money> Money::times(const Decimal &quantity) const
{
    const Int128 product = Int128(m_minor) * quantity.units();
    const auto minor =
        exact::toInt64(exact::divideRounded(product, exact::pow10(quantity.scale())));
    if (!minor)
        return overflow();
    return Money(*minor, m_currency);
}

Result<Money> Money::percent(const Decimal &pct) const
{
    const Int128 product = Int128(m_minor) * pct.units();
    const auto minor = exact::toInt64(exact::divideRounded(product, exact::pow10(pct.scale() + 2)));
    if (!minor)
        return overflow();
    return Money(*minor, m_currency);
}

Result<Money> Money::convertedAt(const Decimal &rate, Currency target) const
{
    if (rate.units() <= 0)
        return Error{
            tr("An exchange rate must be greater than zero, not %1.").arg(rate.toString())};
    // target minor = minor × rate × 10^targetMinor / 10^sourceMinor; rate = units / 10^scale.
    // Multiplying out first and dividing once keeps the result exact before the one rounding.
    const int up = target.minorUnits();
    const int down = m_currency.minorUnits() + rate.scale();
    Int128 numerator = Int128(m_minor) * rate.units();
    if (numerator > Int128(1) << 100 || numerator < -(Int128(1) << 100))
        return overflow();
    numerator *= exact::pow10(up);
    const auto minor = exact::toInt64(exact::divideRounded(numerator, exact::pow10(down)));
    if (!minor)
        return overflow();
    return Money(*minor, target);
}

Result<Money> Money::convertedAtInverse(const Decimal &rate, Currency target) const
{
    if (rate.units() <= 0)
        return Error{
            tr("An exchange rate must be greater than zero, not %1.").arg(rate.toString())};
    // target minor = minor / rate × 10^targetMinor / 10^sourceMinor
    //              = minor × 10^(scale + targetMinor) / (units × 10^sourceMinor).
    Int128 numerator = Int128(m_minor) * exact::pow10(rate.scale() + target.minorUnits());
    const Int128 denominator = Int128(rate.units()) * exact::pow10(m_currency.minorUnits());
    const auto minor = exact::toInt64(exact::divideRounded(numerator, denominator));
    if (!minor)
        return overflow();
    return Money(*minor, target);
}

} // namespace core
} // namespace hamkor
