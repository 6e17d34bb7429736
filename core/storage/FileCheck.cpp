// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FileCheck.h"

#include "core/domain/Call.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Sql.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace hamkor {
namespace core {

QStringList FileCheck::tables()
{
    return {QStringLiteral("calls"),
            QStringLiteral("call_themes"),
            QStringLiteral("call_countries"),
            QStringLiteral("call_status_history"),
            QStringLiteral("call_documents"),
            QStringLiteral("organisations"),
            QStringLiteral("contacts"),
            QStringLiteral("engagements"),
            QStringLiteral("networks"),
            QStringLiteral("proposals"),
            QStringLiteral("consortium_members"),
            QStringLiteral("checklist_items"),
            QStringLiteral("budget_versions"),
            QStringLiteral("budget_lines"),
            QStringLiteral("exchange_rates")};
}

Result<qint64> FileCheck::count(const Database &db, const QString &table)
{
    // Table names cannot be bound; only names from the fixed list above are used.
    if (!tables().contains(table))
        return Error{tr("There is no table %1.").arg(table)};
    const auto rows = Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table);
    if (!rows)
        return rows.error();
    return rows->toLongLong();
}

Result<QList<TableCount>> FileCheck::counts(const Database &db)
{
    QList<TableCount> result;
    for (const QString &table : tables()) {
        const auto rows = count(db, table);
        if (!rows)
            return rows.error();
        result.append({table, *rows});
    }
    return result;
}

QStringList FileCheck::deadlineProblems(const Database &db)
{
    QStringList problems;
    auto calls = Sql::exec(
        db.connection(),
        QStringLiteral("SELECT id, title, deadline_local, deadline_tz FROM calls ORDER BY id"));
    if (!calls)
        return {calls.message()};
    QSqlQuery &query = calls.value();
    int more = 0;
    while (query.next()) {
        Call call;
        const QString local = query.value(2).toString();
        call.deadlineDate = QDate::fromString(local.left(10), Qt::ISODate);
        call.deadlineTime = QTime::fromString(local.mid(11, 5), QStringLiteral("HH:mm"));
        call.deadlineZone = query.value(3).toString();
        const QString problem = call.deadlineProblem();
        if (problem.isEmpty())
            continue;
        if (problems.size() < 40)
            problems << tr("Call %1 “%2”: the deadline cannot be shown: %3.")
                            .arg(query.value(0).toString(), query.value(1).toString(), problem);
        else
            ++more;
    }
    if (more > 0)
        problems << tr("… and %n more call(s) whose deadline cannot be shown.", nullptr, more);
    return problems;
}

Result<FileReport> FileCheck::run(const QString &path)
{
    auto opened = Database::open(path, Database::Access::ReadOnly);
    if (!opened)
        return opened.error();
    const Database &db = **opened;
    FileReport report;
    report.path = db.path();
    report.sizeBytes = QFileInfo(path).size();
    report.schemaVersion = db.schemaVersion();
    report.latestVersion = Migrations::latestVersion();

    {
        QSqlQuery integrity(db.connection());
        if (!integrity.exec(QStringLiteral("PRAGMA integrity_check(20)"))) {
            report.problems << tr("The integrity check could not run: %1")
                                   .arg(Sql::error(integrity.lastError()).message);
        } else {
            while (integrity.next()) {
                const QString line = integrity.value(0).toString();
                if (line != QLatin1String("ok"))
                    report.problems << tr("Integrity: %1").arg(line);
            }
        }
    }
    {
        QSqlQuery foreignKeys(db.connection());
        if (foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            while (foreignKeys.next() && report.problems.size() < 40)
                report.problems << tr("Table %1, row %2 refers to a missing row of %3.")
                                       .arg(foreignKeys.value(0).toString(),
                                            foreignKeys.value(1).toString(),
                                            foreignKeys.value(2).toString());
        }
    }
    if (report.problems.isEmpty()) {
        // The full-text index keeps one size record per indexed call (FTS5 "docsize"); a
        // different number means searching would miss calls.
        const auto indexed = Sql::scalar(
            db.connection(), QStringLiteral("SELECT count(*) FROM calls_search_docsize"));
        const auto stored =
            Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM calls"));
        if (indexed && stored && indexed->toLongLong() != stored->toLongLong())
            report.problems << tr("The search index holds %1 of the %2 calls; searching would "
                                  "miss some of them.")
                                   .arg(indexed->toLongLong())
                                   .arg(stored->toLongLong());
    }
    if (report.problems.isEmpty())
        report.problems << deadlineProblems(db);
    if (report.problems.isEmpty()) {
        auto counted = counts(db);
        if (!counted)
            report.problems << counted.message();
        else
            report.counts = *counted;
    }
    return report;
}

} // namespace core
} // namespace hamkor
