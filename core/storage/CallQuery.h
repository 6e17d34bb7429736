// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace hamkor {
namespace core {

// What the calls list shows: a filter a user builds from the filter bar.
struct CallFilter
{
    enum class Window
    {
        Any,
        Next7,
        Next30,
        Next90,
        Past
    };

    QString text;         // words to find in title, donor, reference and notes
    QStringList statuses; // empty: every status
    QString theme;        // a theme code, or empty
    QString country;      // an ISO code, or empty
    Window window = Window::Any;
    QDateTime deadlineFrom; // when valid: only deadlines at or after this moment

    bool operator==(const CallFilter &) const = default;
};

// The columns the calls list can sort by.
enum class CallSort
{
    Title,
    Donor,
    Deadline,
    Grant,
    Themes,
    Countries,
    ByStatus,
    Modified
};

// One row of the calls list: enough to show it, not the whole call.
struct CallRow
{
    qint64 id = 0;
    QString uuid, title, donor, reference, url, currency;
    std::optional<qint64> minAmountMinor, maxAmountMinor;
    QDateTime deadline; // in the donor's zone
    QString deadlineZone;
    QString status;
    QStringList themes, countries;
    QString notes;
    QString modifiedAt;
};

// Filters, sorts and pages calls in SQL, so that a list of tens of thousands shows its
// first screen without reading the rest (SPEC section 6). Text is matched through the
// full-text index (FTS5 on SQLite), as whole words or word beginnings in any script.
class CallQuery
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::CallQuery)

public:
    explicit CallQuery(const QSqlDatabase &db);

    void setFilter(const CallFilter &filter) { m_filter = filter; }
    const CallFilter &filter() const { return m_filter; }
    void setSort(CallSort sort, bool ascending);

    Result<qint64> count() const;
    Result<QList<CallRow>> page(qint64 offset, int limit) const;
    // How many calls of the filter have each status, for the pipeline chart.
    Result<QHash<QString, qint64>> countByStatus() const;
    // Every row of the filter, in order (for exports and the command line).
    Result<QList<CallRow>> all() const { return page(0, -1); }

    // The FTS5 query for what a user typed: each word a quoted prefix, all required.
    // Empty when the text has no word characters.
    static QString matchExpression(const QString &text);

private:
    QString where(QVariantList &values) const;

    QSqlDatabase m_db;
    CallFilter m_filter;
    CallSort m_sort = CallSort::Deadline;
    bool m_ascending = true;
};

} // namespace core
} // namespace hamkor
