// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/budget/Budget.h"

namespace hamkor {
namespace core {

class Store;

// The edits of budgets and exchange rates, each one transaction and one undo step; on
// failure nothing changed. A submitted or awarded version refuses every edit but a change
// of its state: copy it to a new version to change it.
namespace commands {

// A new version with its headings and lines; its name is unique in the proposal.
Result<qint64> addBudgetVersion(Store &store, const BudgetVersion &version);
// A copy of a version, lines and all, as a new draft named name.
Result<qint64> copyBudgetVersion(Store &store, qint64 versionId, const QString &name);
// The version's own fields (name, state, template, currency, rate date, rates, notes,
// headings); its lines are left as they are.
Status editBudgetVersion(Store &store, const BudgetVersion &version);
Status removeBudgetVersion(Store &store, qint64 versionId);

// Lines added to a version at its end (a new line, a paste, an import), with the headings
// they need that a generic budget does not have yet.
Result<QList<qint64>> addBudgetLines(Store &store, qint64 versionId, const QList<BudgetLine> &lines,
                                     const QString &actionText,
                                     const QList<UserCategory> &newHeadings = {});
Status editBudgetLine(Store &store, const BudgetLine &line);
// Several lines changed at once (a fill down, cells cleared): one undo step named actionText.
Status editBudgetLines(Store &store, const QList<BudgetLine> &lines, const QString &actionText);
Status removeBudgetLines(Store &store, const QList<qint64> &lineIds);

// Rates added; one for the same pair, date and source takes the new rate. Returns how many
// were new.
Result<int> putExchangeRates(Store &store, const QList<ExchangeRate> &rates,
                             const QString &actionText);
Status editExchangeRate(Store &store, const ExchangeRate &rate);
Status removeExchangeRates(Store &store, const QList<qint64> &rateIds);

} // namespace commands
} // namespace core
} // namespace hamkor
