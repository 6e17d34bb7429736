// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Currency.h"
#include "core/domain/Decimal.h"

#include <QCoreApplication>

namespace hamkor {
namespace core {

// An exact amount of money: a whole number of minor units (cents, tiyn) of one currency.
//
// The one rounding rule of Hamkor: whenever a result falls between two minor units it is
// rounded to the nearer one, and a result exactly halfway is rounded away from zero
// (0.125 EUR → 0.13 EUR, -0.125 EUR → -0.13 EUR). Every operation that can leave the
// 64-bit range reports an overflow instead of wrapping around.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::Money)

public:
    Money() = default;
    Money(qint64 minorUnits, Currency currency) : m_minor(minorUnits), m_currency(currency) {}
    static Money zero(Currency currency) { return Money(0, currency); }

    // An amount given in major units as an exact decimal ("1234.5" EUR). Fails when the
    // decimal has more digits after the point than the currency has minor units.
    static Result<Money> fromDecimal(const Decimal &major, Currency currency);

    qint64 minorUnits() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    // The amount in major units, exactly: 123456 minor EUR → 1234.56.
    Decimal toDecimal() const;

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> negated() const;
    // The amount times a quantity (2.5 months × 450 000.00 KZT), rounded by the rule.
    Result<Money> times(const Decimal &quantity) const;
    // pct percent of the amount (7 % of 100 000.00 EUR), rounded by the rule.
    Result<Money> percent(const Decimal &pct) const;
    // This amount converted into target at rate (1 unit of this currency = rate units of
    // target), rounded by the rule to the target's minor unit.
    Result<Money> convertedAt(const Decimal &rate, Currency target) const;
    // The same with a rate quoted the other way round (1 target = rate of this currency).
    Result<Money> convertedAtInverse(const Decimal &rate, Currency target) const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

private:
    Error overflow() const;
    Error mismatch(const Money &other) const;

    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace core
} // namespace hamkor
