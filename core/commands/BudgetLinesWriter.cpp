// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/BudgetLinesWriter.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/BudgetChange.h"

namespace hamkor {
namespace core {
namespace commands {

BudgetLinesWriter::BudgetLinesWriter(Store &store, const BudgetVersion &version)
    : m_store(store), m_transaction(store.database().connection()),
      m_budgets(store.database().connection()), m_lines(store.database().connection()),
      m_version(version)
{
    m_version.lines.clear();
}

Result<std::unique_ptr<BudgetLinesWriter>> BudgetLinesWriter::begin(Store &store,
                                                                    const BudgetVersion &version)
{
    std::unique_ptr<BudgetLinesWriter> writer(new BudgetLinesWriter(store, version));
    if (!writer->m_transaction.begun())
        return writer->m_transaction.begun().error();
    BudgetRepository &budgets = writer->m_budgets;
    if (version.id == 0) {
        if (Status s = validateVersion(budgets, writer->m_version); !s)
            return s.error();
        const auto id = budgets.insertVersion(writer->m_version);
        if (!id)
            return id.error();
        writer->m_version.id = *id;
        writer->m_created = true;
        return writer;
    }
    auto stored = budgets.load(version.id, false);
    if (!stored)
        return stored.error();
    if (stored->isLocked())
        return lockedError(*stored);
    const auto next = budgets.nextSortOrder(version.id);
    if (!next)
        return next.error();
    writer->m_version = std::move(*stored);
    writer->m_nextSort = *next;
    return writer;
}

Status BudgetLinesWriter::add(BudgetLine line)
{
    line.sortOrder = m_nextSort++;
    if (Status s = m_lines.append(m_version.id, line, m_uuids.next()); !s)
        return s;
    ++m_added;
    return {};
}

Status BudgetLinesWriter::commit(const QList<UserCategory> &newHeadings)
{
    if (!newHeadings.isEmpty()) {
        BudgetVersion after = m_version;
        after.categories += newHeadings;
        if (Status s = m_budgets.updateVersion(after); !s)
            return s;
    } else if (m_added > 0 && !m_created) {
        if (Status s = m_budgets.touch(m_version.id); !s)
            return s;
    }
    if (Status s = m_transaction.commit(); !s)
        return s;
    // What an undoable change of the same lines announces (BudgetChange).
    const bool versions = m_created || !newHeadings.isEmpty();
    if (versions)
        m_store.notifyChanged(QStringLiteral("budget_versions"));
    if (versions || m_added > 0)
        m_store.notifyChanged(QStringLiteral("budget_lines"));
    return {};
}

} // namespace commands
} // namespace core
} // namespace hamkor
