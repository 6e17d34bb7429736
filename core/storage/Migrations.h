// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/SqlScript.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace hamkor {
namespace core {

// The numbered schema migrations in resources/migrations/NNNN_name.sql, compiled into the
// program. File format N is the schema after migrations 1…N; PRAGMA user_version holds N.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::Migrations)

public:
    // The file format this program writes: the number of the last migration.
    static int latestVersion();
    // The statements of migration number version (1-based), ready for dialect.
    static QStringList statements(int version, SqlDialect dialect);
    // Brings db from version from to latestVersion(), each migration in its own transaction
    // that also sets user_version, so that a crash leaves the file at a whole version.
    static Status migrate(const QSqlDatabase &db, int from);
};

} // namespace core
} // namespace hamkor
