// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/ChangeCommand.h"

#include "core/Store.h"

#include <utility>

namespace hamkor {
namespace core {
namespace commands {

namespace {
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::commands::ChangeCommand)
};
} // namespace

Status ChangeCommand::first()
{
    const Status status = apply(true);
    m_done = status.ok();
    return status;
}

void ChangeCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    m_store.reportFailedStep(this, apply(true));
}

void ChangeCommand::undo()
{
    m_store.reportFailedStep(this, apply(false));
}

Status pushChange(Store &store, ChangeCommand *command)
{
    if (store.isReadOnly()) {
        delete command;
        const QString why = store.database().readOnlyReason();
        return Error{
            why.isEmpty()
                ? ChangeText::tr("%1 is open read-only; nothing was changed.").arg(store.path())
                : ChangeText::tr("%1 is open read-only; nothing was changed. %2")
                      .arg(store.path(), why)};
    }
    if (Status status = command->first(); !status) {
        delete command;
        return status;
    }
    store.undoStack()->push(command);
    return {};
}

} // namespace commands
} // namespace core
} // namespace hamkor
