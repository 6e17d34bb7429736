// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/budget/Budget.h"
#include "core/storage/BudgetRepository.h"
#include "core/storage/Transaction.h"

#include <memory>

namespace hamkor {
namespace core {

class Store;

namespace commands {

// Budget lines written to the file as they come, in one transaction and without an undo
// step: for the command line, which may import a million lines and then ends (an undo step
// holds every line it adds; the window imports through addBudgetLines). Nothing is kept
// unless commit() succeeds.
class BudgetLinesWriter
{
public:
    // Begins the transaction. A version without an id is added first, checked as
    // addBudgetVersion checks it (its lines are not written: add() them); one with an id
    // must be in the file and open to edits.
    static Result<std::unique_ptr<BudgetLinesWriter>> begin(Store &store,
                                                            const BudgetVersion &version);
    BudgetLinesWriter(const BudgetLinesWriter &) = delete;
    BudgetLinesWriter &operator=(const BudgetLinesWriter &) = delete;

    // A new line after the version's last one.
    Status add(BudgetLine line);
    // Gives the version the headings a generic budget gained, stamps it and commits; the
    // Store then announces the change.
    Status commit(const QList<UserCategory> &newHeadings);

    qint64 versionId() const { return m_version.id; }
    int added() const { return m_added; }

private:
    BudgetLinesWriter(Store &store, const BudgetVersion &version);

    Store &m_store;
    Transaction m_transaction;
    BudgetRepository m_budgets;
    BudgetLineAppender m_lines;
    UuidSequence m_uuids;    // in order: the UUID index grows at one end
    BudgetVersion m_version; // as stored, without its lines
    bool m_created = false;
    int m_nextSort = 0;
    int m_added = 0;
};

} // namespace commands
} // namespace core
} // namespace hamkor
