// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QAction;
class QObject;
class QUndoGroup;

namespace hamkor {
namespace ui {

// Edit > Undo and Redo of the open file, with the standard shortcuts, naming the step after
// a colon: "Undo: Add budget line", which reads right in Russian too (Qt's own prefix glues
// the verb to the step: "Отменить Добавление…").
class UndoActions
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::ui::UndoActions)

public:
    static QAction *undo(QUndoGroup *group, QObject *parent);
    static QAction *redo(QUndoGroup *group, QObject *parent);
};

} // namespace ui
} // namespace hamkor
