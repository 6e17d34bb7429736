// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StatementCache.h"

#include "core/storage/Sql.h"

namespace hamkor {
namespace core {

Result<QSqlQuery *> StatementCache::run(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return Sql::error(query.lastError());
        it = m_statements.insert(sql, query);
    }
    it->finish();
    if (Status status = Sql::run(*it, values); !status)
        return status.error();
    return &*it;
}

Result<qint64> StatementCache::insert(QLatin1StringView table, const QString &columns,
                                      QVariantList values, qint64 restoredId,
                                      const QString &notStored)
{
    if (restoredId != 0)
        values.prepend(restoredId);
    QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                  (restoredId != 0 ? QStringLiteral("id, ") : QString()) + columns +
                  QStringLiteral(") VALUES (?");
    for (qsizetype i = 1; i < values.size(); ++i)
        sql += QStringLiteral(", ?");
    auto query = run(sql + QStringLiteral(") RETURNING id"), values);
    if (!query)
        return query.error();
    if (!(*query)->next())
        return Error{notStored};
    const qint64 id = (*query)->value(0).toLongLong();
    (*query)->finish();
    return id;
}

} // namespace core
} // namespace hamkor
