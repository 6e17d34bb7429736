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
    const QSqlDatabase &database() const { return m_db; }

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace core
} // namespace hamkor
