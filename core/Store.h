// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/Database.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace hamkor {
namespace core {

// The one object that owns an open file: its database and the undo stack of the edits
// made to it. Views and models read through it and learn of changes from its signals;
// edits reach it only as undo commands (SPEC: undo and redo for every edit).
class Store : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<Store>> create(const QString &path);
    static Result<std::unique_ptr<Store>>
    open(const QString &path, Database::Access access = Database::Access::ReadWrite);
    ~Store() override;

    Database &database() { return *m_database; }
    const Database &database() const { return *m_database; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString path() const { return m_database->path(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }

Q_SIGNALS:
    // Rows of table changed (an edit, an undo, an import); models reload what they show.
    void tableChanged(const QString &table);
    // An undo or redo could not be written (disk full, file gone); the message says why.
    void errorOccurred(const QString &message);

public:
    // Announces a change; called by commands and importers after their transaction commits.
    void notifyChanged(const QString &table) { Q_EMIT tableChanged(table); }
    void reportError(const QString &message) { Q_EMIT errorOccurred(message); }
    // An undo or redo of command failed and was rolled back: the file is as it was before
    // the step, so the step leaves the undo history (it would no longer match the file) and
    // the user is told why.
    void reportFailedStep(QUndoCommand *command, const Status &status);

private:
    explicit Store(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
};

} // namespace core
} // namespace hamkor
