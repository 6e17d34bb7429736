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

} // namespace core
} // namespace hamkor
