// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetLoader.h"
#include "core/io/CsvWriter.h"

#include <functional>

namespace hamkor {
namespace core {

// A budget as CSV (issue 7): one row per line — heading code and name, description,
// partner, unit, quantity, unit cost, currency, the rate used (as quoted, with its pair and
// date), the amount in the budget's currency, the year and each funding source's part of
// it — then the template's totals lines, then the rounding rule. RFC 4180, UTF-8, numbers
// with a dot and no grouping; text that a spreadsheet would run as a formula is neutralised.
// The machine CSV's header is columns(); a CSV for Excel has headers().
class BudgetCsv
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetCsv)

public:
    static QStringList columns();
    // The same columns in the user's language, for a CSV made for Excel (options.excel),
    // which also keeps heading codes as text and writes numbers the locale's way.
    static QStringList headers();
    // progress is told the share done (0…100) now and then and may return false to stop;
    // then nothing more is written and the result says so.
    static Status write(QIODevice &device, const LoadedBudget &budget,
                        const CsvWriteOptions &options,
                        const std::function<bool(int)> &progress = {});
};

} // namespace core
} // namespace hamkor
