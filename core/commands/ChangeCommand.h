// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hamkor {
namespace core {
class Store;

namespace commands {

// An undoable edit of a file. Its forward step runs once before it is pushed, so that the
// caller learns whether it worked (pushChange); the push's own redo() is then skipped. A
// later undo or redo that fails is rolled back and leaves the history (Store::reportFailedStep).
class ChangeCommand : public QUndoCommand
{
public:
    ChangeCommand(Store &store, const QString &text) : QUndoCommand(text), m_store(store) {}

    Status first();
    void redo() override;
    void undo() override;

protected:
    // One step in one transaction: forward (do, redo) or back (undo).
    virtual Status apply(bool forward) = 0;

    Store &m_store;

private:
    bool m_done = false;
};

// Runs command's first step and pushes it onto the file's undo stack; deletes it and says
// why when the file is read-only or the step failed.
Status pushChange(Store &store, ChangeCommand *command);

} // namespace commands
} // namespace core
} // namespace hamkor
