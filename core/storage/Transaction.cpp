// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Transaction.h"

#include "core/storage/Sql.h"

#include <QSqlDriver>

namespace hamkor {
namespace core {

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    // Dialect-specific: SQLite's BEGIN IMMEDIATE; PostgreSQL takes row locks as it writes.
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery query(m_db);
    if (!query.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
        m_begun = Sql::error(query.lastError());
        return;
    }
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_begun)
        return m_begun;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return Sql::error(query.lastError());
    m_active = false;
    return {};
}

} // namespace core
} // namespace hamkor
