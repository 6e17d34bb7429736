// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetLoader.h"

#include <QDateTime>

#include <functional>

class QIODevice;
class QPagedPaintDevice;

namespace hamkor {
namespace core {

// A budget for signature as PDF (issue 7): a title block (proposal, call, donor, version,
// date), the consortium with each partner's costs, the budget in the template's layout
// (one table per top heading, its header row repeated on every page), the totals lines,
// the sources of funding, a chart by heading, the donor's rules, the rounding rule and a
// signature block per partner; "Page N of M" on every page; A4, or US Letter for SF-424A.
// File > Print uses the same document.
class BudgetPdf
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetPdf)

public:
    static Status write(QIODevice &device, const LoadedBudget &budget,
                        const std::function<bool(int)> &progress = {});
    // The same pages on a printer (File > Print, Print Preview).
    static Status print(QPagedPaintDevice &printer, const LoadedBudget &budget);
};

} // namespace core
} // namespace hamkor
