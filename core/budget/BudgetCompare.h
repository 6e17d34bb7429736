// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetLoader.h"

namespace hamkor {
namespace core {

// A line that differs between two versions of a budget.
struct LineDifference
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Changed;
    std::optional<BudgetLine> before, after;
    qint64 beforeAmount = 0; // in the budget's currency
    qint64 afterAmount = 0;
    QStringList fields; // Changed: what changed, in words
};

// A heading or totals line whose amount differs.
struct AmountDifference
{
    QString code;
    QString name;
    qint64 before = 0;
    qint64 after = 0;
};

// A setting of the versions that differs (template, currency, rate date, the rates of
// indirect costs and contingency, the funding rate), both as the reader sees them.
struct SettingDifference
{
    QString name;
    QString before;
    QString after;
};

struct BudgetComparison
{
    QList<SettingDifference> settings;
    QList<LineDifference> lines;
    QList<AmountDifference> amounts; // headings, then totals lines, in the layout's order
    qint64 totalBefore = 0;          // the total eligible costs
    qint64 totalAfter = 0;
    bool sameCurrency = true;
};

// Two versions of a proposal's budget side by side (issue 6). Lines are matched by what
// they are — heading, description, partner and year — since a copied version's lines are
// new rows; the n-th line with the same key matches the n-th.
class BudgetCompare
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetCompare)

public:
    static BudgetComparison compare(const LoadedBudget &before, const LoadedBudget &after);
};

} // namespace core
} // namespace hamkor
