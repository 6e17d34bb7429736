// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/UndoActions.h"

#include <QAction>
#include <QKeySequence>
#include <QUndoGroup>

namespace hamkor {
namespace ui {

namespace {
// Connected after Qt's own handler of the same signal, so this text is the one shown.
auto naming(QAction *action, const QString &verb, const QString &named)
{
    return [action, verb, named](const QString &step) {
        action->setText(step.isEmpty() ? verb : named.arg(step));
    };
}
} // namespace

QAction *UndoActions::undo(QUndoGroup *group, QObject *parent)
{
    QAction *action = group->createUndoAction(parent, tr("&Undo"));
    action->setShortcut(QKeySequence::Undo);
    QObject::connect(group, &QUndoGroup::undoTextChanged, action,
                     naming(action, tr("&Undo"), tr("&Undo: %1")));
    return action;
}

QAction *UndoActions::redo(QUndoGroup *group, QObject *parent)
{
    QAction *action = group->createRedoAction(parent, tr("&Redo"));
    action->setShortcut(QKeySequence::Redo);
    QObject::connect(group, &QUndoGroup::redoTextChanged, action,
                     naming(action, tr("&Redo"), tr("&Redo: %1")));
    return action;
}

} // namespace ui
} // namespace hamkor
