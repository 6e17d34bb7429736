// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Decimal.h"
#include "core/domain/Money.h"

#include <QCoreApplication>

namespace hamkor {
namespace core {

// How numbers are written: English "1,234,567.89", Russian "1 234 567,89" (the group
// separator is a no-break space, U+00A0, so that a number never breaks across lines), and
// Plain "1234567.89" for files and the command line.
enum class NumberStyle
{
    English,
    Russian,
    Plain
};

class MoneyFormat
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::MoneyFormat)

public:
    // How numbers are shown to the user: Russian in the Russian interface, else English.
    static NumberStyle displayStyle();
    // The amount with exactly the currency's minor digits, without the currency code.
    static QString format(const Money &money, NumberStyle style);
    // The same followed by a space and the currency code: "1,234.50 EUR".
    static QString formatWithCode(const Money &money, NumberStyle style);
    // A decimal as written in style, keeping its own digits after the point.
    static QString formatDecimal(const Decimal &value, NumberStyle style);

    // Reads an amount as a user types it in style. Group separators are optional but must
    // stand between groups of three digits; Russian accepts a space, a no-break space or a
    // narrow no-break space, and a point in place of the comma. More digits after the
    // point than the currency has is an error, not a silent rounding.
    static Result<Money> parse(QStringView text, Currency currency, NumberStyle style);
    static Result<Decimal> parseDecimal(QStringView text, NumberStyle style);
};

} // namespace core
} // namespace hamkor
