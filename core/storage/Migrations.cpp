// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>

namespace hamkor {
namespace core {

namespace {
QStringList migrationFiles()
{
    static const QStringList files = [] {
        QStringList names = QDir(QStringLiteral(":/migrations"))
                                .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (QString &name : names)
            name.prepend(QStringLiteral(":/migrations/"));
        return names;
    }();
    return files;
}
} // namespace

int Migrations::latestVersion()
{
    return int(migrationFiles().size());
}

QStringList Migrations::statements(int version, SqlDialect dialect)
{
    QFile file(migrationFiles().value(version - 1));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList result = sqlscript::split(QString::fromUtf8(file.readAll()));
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
