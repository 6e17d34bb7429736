// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetCalculator.h"
#include "core/domain/Call.h"
#include "core/domain/Eligibility.h"
#include "core/domain/Proposal.h"

namespace hamkor {
namespace core {

class BudgetLineChecks;

// One rule of a donor's, checked on a budget: in words, with the numbers, and the lines
// that break it (the editor takes the user to the first).
struct BudgetCheck
{
    QString rule;
    bool passed = false;
    QString detail;
    QList<qint64> lineIds;
};

// The figures a donor looks at, in the budget's currency minor units.
struct BudgetFigures
{
    qint64 direct = 0;   // every line but taxes
    qint64 indirect = 0; // the template's indirect-cost lines
    qint64 eligible = 0; // the template's total eligible costs
    // What the donor is asked for: the funding rate of the eligible costs where the
    // template has one (Horizon Europe); else the donor's share of the direct costs
    // applied to the eligible costs (rounded by the rule).
    qint64 grant = 0;
    qint64 cofinancing = 0; // eligible − grant
    Decimal grantPct;       // grant ÷ eligible × 100, to two decimals
};

// The donor's rules on a budget (issue 6): indirect costs and contingency within their
// caps, the grant within the call's limits, co-financing at least the call's minimum,
// associates charging only what they may, every line for a consortium member, with a rate
// for its currency and in a year the proposal runs.
class BudgetRules
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetRules)

public:
    static BudgetFigures figures(const BudgetVersion &version, const BudgetTemplate &layout,
                                 const BudgetResult &result);
    static QList<BudgetCheck> check(const BudgetVersion &version, const BudgetTemplate &layout,
                                    const BudgetResult &result, const Proposal &proposal,
                                    const std::optional<Call> &call,
                                    const QList<ExchangeRate> &rates);
    // The same, the rules on each line having been fed the lines one by one (a budget
    // streamed from the file, whose result holds no lines).
    static QList<BudgetCheck> check(const BudgetVersion &version, const BudgetTemplate &layout,
                                    const BudgetResult &result, const std::optional<Call> &call,
                                    const QList<ExchangeRate> &rates,
                                    const BudgetLineChecks &lines);
    // The checks as rules of the proposal's eligibility, named after the version.
    static QList<EligibilityResult> asEligibility(const BudgetVersion &version,
                                                  const QList<BudgetCheck> &checks);
};

} // namespace core
} // namespace hamkor
