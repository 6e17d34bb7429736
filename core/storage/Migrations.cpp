// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

#include "core/storage/OrganisationRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>

namespace hamkor {
namespace core {

namespace {
// NNNN_name.sql holds a migration's portable statements; NNNN_name.sqlite.sql and
// NNNN_name.postgresql.sql, when present, what only that dialect can say.
QString dialectSuffix(SqlDialect dialect)
{
    return dialect == SqlDialect::SQLite ? QStringLiteral(".sqlite.sql")
                                         : QStringLiteral(".postgresql.sql");
}

QStringList migrationFiles()
{
    static const QStringList files = [] {
        QStringList names;
        for (const QString &name :
             QDir(QStringLiteral(":/migrations"))
                 .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            if (!name.endsWith(dialectSuffix(SqlDialect::SQLite)) &&
                !name.endsWith(dialectSuffix(SqlDialect::PostgreSQL)))
                names << QStringLiteral(":/migrations/") + name;
        }
        return names;
    }();
    return files;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

int Migrations::latestVersion()
{
    return int(migrationFiles().size());
}

QStringList Migrations::statements(int version, SqlDialect dialect)
{
    const QString base = migrationFiles().value(version - 1);
    if (base.isEmpty())
        return {};
    QString dialectFile = base;
    dialectFile.replace(dialectFile.size() - 4, 4, dialectSuffix(dialect));
    QStringList result = sqlscript::split(readFile(base) + u'\n' + readFile(dialectFile));
    for (QString &statement : result)
        statement = sqlscript::forDialect(statement, dialect);
    return result;
}

Status Migrations::migrate(const QSqlDatabase &db, int from)
{
    for (int version = from + 1; version <= latestVersion(); ++version) {
        Transaction transaction(db);
        if (!transaction.begun())
            return transaction.begun();
        for (const QString &statement : statements(version, SqlDialect::SQLite)) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return Error{tr("Upgrading the file to format %1 failed: %2")
                                 .arg(version)
                                 .arg(Sql::error(query.lastError()).message)};
        }
        // Program-side steps, run once the schema is the latest so that the code reading
        // the rows matches it, in the same transaction as the last migration.
        if (version == latestVersion() && from < 4) {
            // Format 4 added partner search and duplicate keys; older rows have neither.
            if (Status rebuilt = OrganisationRepository(db).rebuildSearch(); !rebuilt)
                return Error{tr("Upgrading the file to format %1 failed: %2")
                                 .arg(version)
                                 .arg(rebuilt.message())};
        }
        // PRAGMA takes no bound values; version is our own integer, not user input.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return Sql::error(query.lastError());
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace core
} // namespace hamkor
