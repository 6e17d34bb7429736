// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace hamkor {
namespace core {

class Database;

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

// What `hamkor check` reports about a file.
struct FileReport
{
    QString path;
    qint64 sizeBytes = 0;
    int schemaVersion = 0;
    int latestVersion = 0;
    QStringList problems; // empty when the file is sound
    QList<TableCount> counts;

    bool ok() const { return problems.isEmpty(); }
};

class FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::FileCheck)

public:
    // Opens path read-only and runs SQLite's full integrity check and foreign-key check,
    // then counts the rows of every table. Fails only when the file cannot be opened.
    static Result<FileReport> run(const QString &path);
    // Row counts of the main tables of an open file.
    static Result<qint64> count(const Database &db, const QString &table);
    static Result<QList<TableCount>> counts(const Database &db);
    // Calls whose deadline cannot be shown (no date, or a time zone unknown to the
    // time-zone database), one sentence each, at most 40 and a count of the rest.
    static QStringList deadlineProblems(const Database &db);
    // The tables of the current schema, in the order reports list them.
    static QStringList tables();
};

} // namespace core
} // namespace hamkor
