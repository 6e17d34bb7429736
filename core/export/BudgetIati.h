// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetLoader.h"

class QIODevice;

namespace hamkor {
namespace core {

// An awarded proposal as an IATI activity (standard 2.03, issue 7): its identifier, the
// lead applicant reporting, title and summary, the donor funding it and the partners
// implementing it with their roles, its status and planned dates, the countries it works in
// and one budget per year of the budget version (its total eligible costs, with the
// indirect costs shared among the years in proportion to their direct costs).
class BudgetIati
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetIati)

public:
    static Status write(QIODevice &device, const LoadedBudget &budget);
    // The proposal statuses an IATI file is made for: awarded and after.
    static bool isAwarded(const QString &status);
};

} // namespace core
} // namespace hamkor
