// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Store.h"

namespace hamkor {
namespace core {

Store::Store(std::unique_ptr<Database> database) : m_database(std::move(database)) {}

Store::~Store()
{
    // Commands may hold queries on the connection; they go before the database closes.
    m_undoStack.clear();
}

Result<std::unique_ptr<Store>> Store::create(const QString &path)
{
    auto database = Database::create(path);
    if (!database)
        return database.error();
    return std::unique_ptr<Store>(new Store(std::move(database).value()));
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Database::Access access)
{
    auto database = Database::open(path, access);
    if (!database)
        return database.error();
    return std::unique_ptr<Store>(new Store(std::move(database).value()));
}

void Store::reportFailedStep(QUndoCommand *command, const Status &status)
{
    if (status)
        return;
    command->setObsolete(true);
    reportError(tr("%1 could not be saved: %2 The file is as it was before; this step has left "
                   "the undo history.")
                    .arg(command->text(), status.message()));
}

} // namespace core
} // namespace hamkor
