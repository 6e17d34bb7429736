// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetLoader.h"

#include <functional>

namespace hamkor {
namespace core {

// A budget as an XLSX workbook (issue 7), with libxlsxwriter: the template's layout on a
// "Budget" sheet (numbering, headings, unit / number of units / unit rate / cost, and a
// column per year where the template has years), a "Sources of funding" sheet, and a sheet
// per partner where the template is per beneficiary (Horizon Europe). Subtotals and totals
// are spreadsheet formulas with Hamkor's own values stored as their results; a line's cost
// is a value (Hamkor rounds it in two steps, see the rounding rule on each sheet). Money
// cells show their currency; headings stay in view when scrolling; every sheet prints fit
// to the page width with its header row on every page. Text is written as text, never as a
// formula.
class BudgetXlsx
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetXlsx)

public:
    static Status writeFile(const QString &path, const LoadedBudget &budget,
                            const std::function<bool(int)> &progress = {});
};

} // namespace core
} // namespace hamkor
