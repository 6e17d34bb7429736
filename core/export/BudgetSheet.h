// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetLoader.h"

namespace hamkor {
namespace core {

// One row of a budget in its template's layout, as every export writes it.
struct BudgetSheetRow
{
    enum class Kind
    {
        Heading,
        Line,
        Total
    };
    Kind kind = Kind::Heading;
    QString code;
    QString name;  // a heading's or totals line's name; a line's description
    int depth = 0; // headings: 0 for a top heading; lines: their heading's depth + 1
    int line = -1; // Line: its index in the version's lines
    qint64 amount = 0;
    QList<qint64> perYear; // the amount of each year, 1…years (totals: the whole budget's)
    const BudgetTotalLine *total = nullptr; // Total: its definition
};

// A budget laid out in its template's order: each heading (with the headings above it,
// and only those with lines when skipEmpty), its lines, then the template's totals lines.
// For one partner (memberId ≠ 0) only that partner's lines count, and its totals lines are
// its share: subtotals and totals of its own headings, indirect costs as shared out.
class BudgetSheet
{
public:
    static QList<BudgetSheetRow> rows(const LoadedBudget &budget, qint64 memberId = 0,
                                      bool skipEmpty = true);
    // The number of years the budget shows in columns: the proposal's (at least 1), or the
    // latest year a line names.
    static int years(const LoadedBudget &budget);
};

} // namespace core
} // namespace hamkor
