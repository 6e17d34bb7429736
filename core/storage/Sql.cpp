// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Sql.h"

namespace hamkor {
namespace core {

Result<QSqlQuery> Sql::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return error(query.lastError());
    if (Status status = run(query, values); !status)
        return status.error();
    return query;
}

Status Sql::run(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // The drivers bind a null QString as SQL NULL; an empty text is '' unless the
        // caller passed a typed null QVariant on purpose.
        if (value.metaType().id() == QMetaType::QString && !value.isNull() &&
            value.toString().isNull())
            query.bindValue(int(i), QString(QLatin1String("")));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec())
        return error(query.lastError());
    return {};
}

Result<QVariant> Sql::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = exec(db, sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Error Sql::error(const QSqlError &sqlError)
{
    // SQLite's primary result codes, as the QSQLITE driver reports them.
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    const QString detail =
        sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error{tr("The file is busy: another program is writing to it. Try again in a "
                        "moment. (%1)")
                         .arg(detail)};
    case 8: // SQLITE_READONLY
        return Error{tr("The file, its folder or the -wal or -shm file beside it cannot be "
                        "written, so the change was not saved. Open the file again: Hamkor "
                        "mends a -shm file left read-only, or says which file is in the way. "
                        "(%1)")
                         .arg(detail)};
    case 10: // SQLITE_IOERR
        return Error{tr("The disk reported an error while reading or writing the file; the "
                        "change was not saved. (%1)")
                         .arg(detail)};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error{tr("The file is damaged. Restore it from a backup. (%1)").arg(detail)};
    case 13: // SQLITE_FULL
        return Error{tr("The disk is full, so the change was not saved. Free some space and try "
                        "again. (%1)")
                         .arg(detail)};
    case 19: // SQLITE_CONSTRAINT
        return Error{tr("The change conflicts with data already in the file. (%1)").arg(detail)};
    default:
        return Error{tr("The database reported an error: %1").arg(detail)};
    }
}

} // namespace core
} // namespace hamkor
