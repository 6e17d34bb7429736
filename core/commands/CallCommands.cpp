// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/CallCommands.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/ChangeCommand.h"
#include "core/storage/CallRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace hamkor {
namespace core {
namespace commands {

namespace {

constexpr int StatusChangeId = 0x4341; // mergeWith(): status changes of one call

// One undoable change of calls: each entry goes from `before` to `after`, where a missing
// side means the call does not exist on that side (added or removed).
class CallChange : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::commands::CallChange)

public:
    struct Entry
    {
        std::optional<Call> before;
        std::optional<Call> after;
        QList<qint64> history;         // status-history rows the forward step added
        QList<qint64> linkedProposals; // proposals to link again when a removal is undone
    };

    CallChange(Store &store, QList<Entry> entries, const QString &text, bool statusOnly)
        : ChangeCommand(store, text), m_entries(std::move(entries)), m_statusOnly(statusOnly)
    {}

    const QList<Entry> &entries() const { return m_entries; }

    int id() const override { return m_statusOnly ? StatusChangeId : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const CallChange *>(other);
        if (!m_statusOnly || !next->m_statusOnly || m_entries.size() != 1 ||
            next->m_entries.size() != 1 || m_entries[0].after->id != next->m_entries[0].after->id)
            return false;
        m_entries[0].after = next->m_entries[0].after;
        m_entries[0].history += next->m_entries[0].history;
        setText(next->text());
        return true;
    }

private:
    Status apply(bool forward) override
    {
        Transaction transaction(m_store.database().connection());
        if (!transaction.begun())
            return transaction.begun();
        CallRepository calls(m_store.database().connection());
        for (Entry &entry : m_entries) {
            const std::optional<Call> &from = forward ? entry.before : entry.after;
            const std::optional<Call> &to = forward ? entry.after : entry.before;
            if (!from && to) {
                if (forward && !entry.after->id && entry.after->uuid.isEmpty())
                    entry.after->uuid = newUuid(); // kept, so a redo restores the same record
                auto id = calls.insert(*to);
                if (!id)
                    return id.error();
                if (forward)
                    entry.after->id = *id;
                else if (Status s = calls.relinkProposals(*id, entry.linkedProposals); !s)
                    return s;
            } else if (from && !to) {
                if (forward) {
                    auto linked = calls.linkedProposals(from->id);
                    if (!linked)
                        return linked.error();
                    entry.linkedProposals = *linked;
                }
                if (Status s = calls.remove(from->id); !s)
                    return s;
            } else if (from && to) {
                if (!forward) {
                    for (qint64 history : std::as_const(entry.history))
                        if (Status s = calls.removeHistoryEntry(history); !s)
                            return s;
                    entry.history.clear();
                }
                auto history = calls.update(*to, forward);
                if (!history)
                    return history.error();
                if (*history)
                    entry.history << *history;
            }
        }
        if (Status indexed = calls.flush(); !indexed)
            return indexed;
        if (Status committed = transaction.commit(); !committed)
            return committed;
        m_store.notifyChanged(QStringLiteral("calls"));
        return {};
    }

    QList<Entry> m_entries;
    bool m_statusOnly = false;
};

Result<Call> loadCall(Store &store, qint64 id)
{
    return CallRepository(store.database().connection()).load(id);
}

// The names of the steps in Edit > Undo.
class CallText
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::commands::CallText)
};

} // namespace

Result<qint64> addCall(Store &store, const Call &call)
{
    Call fresh = call;
    fresh.id = 0;
    auto *command = new CallChange(store, {{std::nullopt, fresh, {}, {}}},
                                   CallText::tr("Add call “%1”").arg(call.title), false);
    if (Status status = pushChange(store, command); !status)
        return status.error();
    return command->entries().constFirst().after->id; // owned by the undo stack now
}

Status editCall(Store &store, const Call &call)
{
    auto before = loadCall(store, call.id);
    if (!before)
        return before.error();
    if (*before == call)
        return {};
    return pushChange(store, new CallChange(store, {{*before, call, {}, {}}},
                                            CallText::tr("Edit call “%1”").arg(call.title), false));
}

Status setCallStatus(Store &store, qint64 callId, const QString &status)
{
    auto before = loadCall(store, callId);
    if (!before)
        return before.error();
    if (before->status == status)
        return {};
    Call after = *before;
    after.status = status;
    return pushChange(store,
                      new CallChange(store, {{*before, after, {}, {}}},
                                     CallText::tr("Change status of “%1”").arg(after.title), true));
}

Status removeCalls(Store &store, const QList<qint64> &callIds)
{
    QList<CallChange::Entry> entries;
    for (qint64 id : callIds) {
        auto call = loadCall(store, id);
        if (!call)
            return call.error();
        entries.append({*call, std::nullopt, {}, {}});
    }
    if (entries.isEmpty())
        return {};
    const QString text =
        entries.size() == 1
            ? CallText::tr("Delete call “%1”").arg(entries.constFirst().before->title)
            : CallText::tr("Delete %n calls", nullptr, int(entries.size()));
    return pushChange(store, new CallChange(store, entries, text, false));
}

Result<QList<qint64>> addCalls(Store &store, const QList<Call> &calls, const QString &actionText)
{
    QList<CallChange::Entry> entries;
    entries.reserve(calls.size());
    for (Call call : calls) {
        call.id = 0;
        entries.append({std::nullopt, call, {}, {}});
    }
    auto *command = new CallChange(store, entries, actionText, false);
    if (Status status = pushChange(store, command); !status)
        return status.error();
    QList<qint64> ids;
    for (const CallChange::Entry &entry : command->entries())
        ids << entry.after->id;
    return ids;
}

} // namespace commands
} // namespace core
} // namespace hamkor
