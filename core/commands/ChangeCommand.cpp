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
        return Error{ChangeText::tr("The file is open read-only; nothing was changed.")};
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
