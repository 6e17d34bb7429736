// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/RowSnapshot.h"

#include "core/storage/Sql.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace hamkor {
namespace core {

Result<RowSnapshot> RowSnapshot::take(const QSqlDatabase &db, const QString &table,
                                      const QString &where, const QVariantList &values)
{
    auto query = Sql::exec(
        db, QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY id").arg(table, where), values);
    if (!query)
        return query.error();
    RowSnapshot snapshot;
    snapshot.m_table = table;
    const QSqlRecord record = query->record();
    for (int i = 0; i < record.count(); ++i)
        snapshot.m_columns << record.fieldName(i);
    while (query->next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            row << query->value(i);
        snapshot.m_rows << row;
    }
    return snapshot;
}

Status RowSnapshot::restore(const QSqlDatabase &db) const
{
    if (m_rows.isEmpty())
        return {};
    QStringList updates;
    for (const QString &column : m_columns)
        if (column != QLatin1String("id"))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    // The same upsert in SQLite (3.24 and later) and PostgreSQL.
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
            .arg(m_table, m_columns.join(QStringLiteral(", ")),
                 QStringList(m_columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                 updates.join(QStringLiteral(", ")));
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return Sql::error(query.lastError());
    for (const QVariantList &row : m_rows)
        if (Status status = Sql::run(query, row); !status)
            return status;
    return {};
}

} // namespace core
} // namespace hamkor
