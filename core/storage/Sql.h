// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hamkor {
namespace core {

// Small helpers so that every statement is prepared with bound values and every failure
// becomes a message in words.
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::Sql)

public:
    // Prepares sql, binds values in order and runs it. The query is ready for next().
    static Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql,
                                  const QVariantList &values = {});
    // Runs a prepared query again with new values (for batches of inserts). A QString
    // that is null but not a null QVariant is written as '', not NULL; pass
    // QVariant(QMetaType(QMetaType::QString)) for NULL.
    static Status run(QSqlQuery &query, const QVariantList &values);
    // The first column of the first row, or the error.
    static Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
                                   const QVariantList &values = {});
    // A database error in the words a user understands (disk full, read-only, locked…).
    static Error error(const QSqlError &error);
};

} // namespace core
} // namespace hamkor
