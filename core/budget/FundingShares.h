// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/budget/Budget.h"

#include <QCoreApplication>

namespace hamkor {
namespace core {

// How a line is paid, in % of the line: the donor, other donors and in kind are given, and
// the partner's own co-financing takes what they leave, so that the four add up to 100.
class FundingShares
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::FundingShares)

public:
    enum class Share
    {
        Donor,
        OtherDonors,
        InKind
    };

    // Sets one share and the partner's own to the rest; fails, leaving line as it was, when
    // pct is not from 0 to 100 or the given shares would exceed 100. A line whose shares were
    // amounts switches to percentages: its other shares start again from 0.
    static Status set(BudgetLine &line, Share share, const Decimal &pct);
    // The same with an amount in the line's own currency (minor units): the shares become
    // amounts (from 0 when they were percentages); they may not exceed the line's amount.
    static Status setAmount(BudgetLine &line, Share share, qint64 minor);
};

} // namespace core
} // namespace hamkor
