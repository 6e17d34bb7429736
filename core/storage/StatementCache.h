// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace hamkor {
namespace core {

// Statements prepared once per connection and run again with new values: a repository
// asks for its SQL text and gets the prepared query, run and ready for next().
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase &db) : m_db(db) {}

    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});
    // Adds a row to table and returns its id: values for columns, in order; a row brought
    // back by undo (restoredId ≠ 0) gets its id back. Only the constant names are put into
    // the statement, never a value. notStored is said when no row comes back. The id column
    // is named only when an id is given back: PostgreSQL's identity columns refuse an
    // explicit NULL where SQLite would pick the next rowid.
    Result<qint64> insert(QLatin1StringView table, const QString &columns, QVariantList values,
                          qint64 restoredId, const QString &notStored);
    const QSqlDatabase &database() const { return m_db; }

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace core
} // namespace hamkor
