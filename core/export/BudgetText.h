// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetLoader.h"

#include <QCoreApplication>

class QIODevice;

namespace hamkor {
namespace core {

// A budget as plain text, in its template's layout (`hamkor budget`): the title, each
// heading with its subtotal and its lines (quantity × unit cost, the rate used and the
// amount in the budget's currency), the template's totals lines, totals by partner, by year
// and by source of funding, the grant asked for, the rules broken, and the rounding rule.
class BudgetText
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetText)

public:
    static QString render(const LoadedBudget &budget);
    // The same text written to device. A budget left in the file (Lines::Streamed) is read
    // once, heading by heading, its lines written into a temporary file until the totals
    // that come before them are known, and never held: a budget of a million lines prints
    // in bounded memory. render() of such a budget stops where reading it fails; write()
    // says why.
    static Status write(QIODevice &device, const LoadedBudget &budget);
    // The rounding rule in one paragraph, as every export states it.
    static QString roundingNote(const QString &currency);
};

} // namespace core
} // namespace hamkor
