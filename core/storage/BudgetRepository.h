// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/budget/Budget.h"
#include "core/storage/StatementCache.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace hamkor {
namespace core {

class SqliteReader;

// A budget version as a list shows it.
struct BudgetVersionSummary
{
    qint64 id = 0;
    QString name;
    QString state;
    QString templateCode;
    QString currency;
    int lineCount = 0;
    QString modifiedAt;
};

// Reads and writes budget versions with their headings and lines. Never begins a
// transaction: callers wrap each user action.
class BudgetRepository
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetRepository)

public:
    explicit BudgetRepository(const QSqlDatabase &db);

    // A proposal's versions, oldest first.
    Result<QList<BudgetVersionSummary>> versions(qint64 proposalId);
    // The version with its headings, and its lines unless withLines is false.
    Result<BudgetVersion> load(qint64 versionId, bool withLines = true);
    Result<BudgetLine> loadLine(qint64 lineId);
    // Calls each with the version's lines in order, read one by one (a budget of a million
    // lines need not be held), and stops at the first that fails.
    Status forEachLine(qint64 versionId, const std::function<Status(const BudgetLine &)> &each);
    // The same lines grouped by heading, in order within each heading (the order of the
    // index on version and heading: read without sorting them all).
    Status forEachLineByHeading(qint64 versionId,
                                const std::function<Status(const BudgetLine &)> &each);
    // The sort order and id of each of the version's lines, in the lines' order: where a
    // line read in another order comes in its version.
    Result<QList<std::pair<int, qint64>>> lineOrder(qint64 versionId);
    // The version named name (case-insensitive), or the newest one when name is empty.
    Result<BudgetVersion> loadByName(qint64 proposalId, const QString &name, bool withLines = true);

    // A new version gets a UUID and time stamps, its lines new ones too; one with an id
    // and UUID (an undone deletion) gets them back, with its lines' ids.
    Result<qint64> insertVersion(const BudgetVersion &version);
    // The version's own fields, its user headings and kept rates; not its lines.
    Status updateVersion(const BudgetVersion &version);
    Status removeVersion(qint64 versionId);
    Result<bool> nameTaken(qint64 proposalId, const QString &name, qint64 exceptId = 0);

    // A line with an id and UUID is written back with them (undo of a removal).
    Result<qint64> insertLine(qint64 versionId, const BudgetLine &line);
    Status updateLine(const BudgetLine &line);
    Status removeLine(qint64 lineId);
    // The sort order after the version's last line (0 when it has none).
    Result<int> nextSortOrder(qint64 versionId);
    // The version a line belongs to, or 0.
    Result<qint64> versionOfLine(qint64 lineId);
    // Stamps the version as modified now.
    Status touch(qint64 versionId);

    // "The file holds the quantity “x”, which is not a number."
    static Error badNumber(const QString &what, const QString &text);

private:
    Result<QList<BudgetLine>> loadLines(const QString &where, qint64 id);
    // The lines matching where (with a ? for each of values), in order (or as orderBy
    // says); sized is reserved for them all.
    Status eachLine(const QString &where, const QVariantList &values,
                    const std::function<Status(BudgetLine &)> &each, QList<BudgetLine> *sized,
                    const QString &orderBy = QStringLiteral("sort_order, id"));
    Status writeCategories(qint64 versionId, const QList<UserCategory> &categories);
    Status writeKeptRates(qint64 versionId, const QList<ExchangeRate> &rates);

    StatementCache m_sql;
};

// Lines added one after another to a version in a long run (an import of a million lines)
// through one statement prepared once: straight through SQLite when the file is one (Qt SQL
// names every bound value anew, which costs more than SQLite's own insert), else as
// BudgetRepository::insertLine adds them. Lives within the caller's transaction.
class BudgetLineAppender
{
public:
    explicit BudgetLineAppender(const QSqlDatabase &db);
    ~BudgetLineAppender();
    BudgetLineAppender(const BudgetLineAppender &) = delete;
    BudgetLineAppender &operator=(const BudgetLineAppender &) = delete;

    // A new line with uuid (the line's own id and UUID are not used), stamped as modified
    // when the appender was made.
    Status append(qint64 versionId, const BudgetLine &line, const QString &uuid);

private:
    BudgetRepository m_repository;
    std::unique_ptr<SqliteReader> m_insert;
    QString m_now;
};

// The file's exchange rates (SPEC section 2): dated, with their source, kept exact.
class ExchangeRateRepository
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::ExchangeRateRepository)

public:
    explicit ExchangeRateRepository(const QSqlDatabase &db);

    // Every rate, by pair and date.
    Result<QList<ExchangeRate>> all();
    // Adds a rate; one for the same pair, date and source gets the new rate. Returns the
    // id, and (when it replaced one) the rate it had.
    Result<std::pair<qint64, std::optional<Decimal>>> put(const ExchangeRate &rate);
    // Writes a rate back as it was, with its id (undo).
    Status restore(const ExchangeRate &rate);
    Status update(const ExchangeRate &rate);
    Status remove(qint64 id);

private:
    StatementCache m_sql;
};

} // namespace core
} // namespace hamkor
