// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hamkor {
namespace core {

// The SQL dialects Hamkor's storage speaks. SQLite is the default file; PostgreSQL 15 is
// the shared server the schema is kept portable to.
enum class SqlDialect
{
    SQLite,
    PostgreSQL
};

namespace sqlscript {

// Splits a script into single statements, since the Qt drivers run one per exec().
// Semicolons inside quotes, comments and CREATE TRIGGER … END bodies do not split.
QStringList split(const QString &script);

// Replaces the dialect tokens of a migration ({{ID}}) with the dialect's own syntax.
QString forDialect(QString statement, SqlDialect dialect);

} // namespace sqlscript
} // namespace core
} // namespace hamkor
