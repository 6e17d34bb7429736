// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/BudgetChange.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/storage/BudgetRepository.h"
#include "core/storage/Transaction.h"

#include <QSet>

namespace hamkor {
namespace core {
namespace commands {

Status BudgetChange::apply(bool forward)
{
    const QSqlDatabase db = m_store.database().connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    BudgetRepository budgets(db);
    ExchangeRateRepository rateTable(db);
    QSet<qint64> touched;
    for (VersionEntry &e : versions) {
        const auto &from = forward ? e.before : e.after;
        const auto &to = forward ? e.after : e.before;
        if (!from && to) {
            auto id = budgets.insertVersion(*to);
            if (!id)
                return id.error();
            if (forward && !e.after->id) { // keep the ids for a redo
                auto stored = budgets.load(*id);
                if (!stored)
                    return stored.error();
                e.after = *stored;
            }
        } else if (from && !to) {
            if (Status s = budgets.removeVersion(from->id); !s)
                return s;
        } else if (from && to) {
            if (Status s = budgets.updateVersion(*to); !s)
                return s;
        }
    }
    for (LineEntry &e : lines) {
        const auto &from = forward ? e.before : e.after;
        const auto &to = forward ? e.after : e.before;
        if (!from && to) {
            BudgetLine line = *to;
            if (line.uuid.isEmpty())
                line.uuid = newUuid();
            auto id = budgets.insertLine(e.versionId, line);
            if (!id)
                return id.error();
            line.id = *id;
            if (forward)
                e.after = line;
        } else if (from && !to) {
            if (Status s = budgets.removeLine(from->id); !s)
                return s;
        } else if (from && to) {
            if (Status s = budgets.updateLine(*to); !s)
                return s;
        }
        touched.insert(e.versionId);
    }
    for (RateEntry &e : rates) {
        const auto &from = forward ? e.before : e.after;
        const auto &to = forward ? e.after : e.before;
        if (!from && to) {
            if (to->id) {
                if (Status s = rateTable.restore(*to); !s)
                    return s;
            } else {
                auto put = rateTable.put(*to);
                if (!put)
                    return put.error();
                e.after->id = put->first;
            }
        } else if (from && !to) {
            if (Status s = rateTable.remove(from->id); !s)
                return s;
        } else if (from && to) {
            if (Status s = rateTable.update(*to); !s)
                return s;
        }
    }
    for (const qint64 id : std::as_const(touched))
        if (Status s = budgets.touch(id); !s)
            return s;
    if (Status s = transaction.commit(); !s)
        return s;
    if (!versions.isEmpty())
        m_store.notifyChanged(QStringLiteral("budget_versions"));
    if (!versions.isEmpty() || !lines.isEmpty())
        m_store.notifyChanged(QStringLiteral("budget_lines"));
    if (!rates.isEmpty())
        m_store.notifyChanged(QStringLiteral("exchange_rates"));
    return {};
}

} // namespace commands
} // namespace core
} // namespace hamkor
