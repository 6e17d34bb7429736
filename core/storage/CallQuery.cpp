// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CallQuery.h"

#include "core/Clock.h"
#include "core/reference/Reference.h"
#include "core/storage/Sql.h"

#include <QHash>
#include <QTimeZone>

namespace hamkor {
namespace core {

namespace {

// Statuses in the order of the pipeline, for sorting by status. The codes come from the
// reference list, never from input.
QString statusOrder()
{
    QString expression = QStringLiteral("CASE c.status");
    int position = 0;
    for (const ReferenceItem &item : reference::callStatuses().items())
        expression += QStringLiteral(" WHEN '") + item.code + QStringLiteral("' THEN ") +
                      QString::number(position++);
    return expression + QStringLiteral(" ELSE 99 END");
}

QString orderBy(CallSort sort)
{
    switch (sort) {
    case CallSort::Title:
        return QStringLiteral("c.title");
    case CallSort::Donor:
        return QStringLiteral("c.donor");
    case CallSort::Deadline:
        return QStringLiteral("c.deadline_utc");
    case CallSort::Grant:
        return QStringLiteral("c.max_amount_minor");
    case CallSort::Themes:
        return QStringLiteral("(SELECT min(theme) FROM call_themes t WHERE t.call_id = c.id)");
    case CallSort::Countries:
        return QStringLiteral("(SELECT min(country) FROM call_countries t WHERE t.call_id = c.id)");
    case CallSort::ByStatus:
        return statusOrder();
    case CallSort::Modified:
        return QStringLiteral("c.modified_at");
    }
    return QStringLiteral("c.deadline_utc");
}

// QTimeZone construction reads the zone database: once per zone, not once per row.
QTimeZone zoneFor(const QString &id)
{
    thread_local QHash<QString, QTimeZone> zones;
    auto it = zones.find(id);
    if (it == zones.end())
        it = zones.insert(id, QTimeZone(id.toLatin1()));
    return *it;
}

} // namespace

CallQuery::CallQuery(const QSqlDatabase &db) : m_db(db) {}

void CallQuery::setSort(CallSort sort, bool ascending)
{
    m_sort = sort;
    m_ascending = ascending;
}

QString CallQuery::matchExpression(const QString &text)
{
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms << u'"' + word + QStringLiteral("\"*");
        word.clear();
    };
    // The same word boundaries as FTS5's unicode61 tokenizer: letters, digits and marks
    // make words; everything else separates them (so no quote can reach the query).
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark())
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

QString CallQuery::where(QVariantList &values) const
{
    QStringList conditions;
    const QString match = matchExpression(m_filter.text);
    if (!match.isEmpty()) {
        // Dialect-specific: SQLite FTS5 (PostgreSQL: search_vector @@ to_tsquery).
        // Sorted by deadline, walking the deadline index and keeping the matching calls
        // beats sorting all matches when a first letter matches thousands; the unary plus
        // tells SQLite's planner so (it is a no-op in any SQL).
        conditions << (m_sort == CallSort::Deadline ? QStringLiteral("+c.id")
                                                    : QStringLiteral("c.id")) +
                          QStringLiteral(" IN (SELECT rowid FROM calls_search WHERE calls_search "
                                         "MATCH ?)");
        values << match;
    } else if (!m_filter.text.trimmed().isEmpty()) {
        conditions << QStringLiteral("0 = 1"); // only punctuation: nothing matches
    }
    if (!m_filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : m_filter.statuses) {
            marks << QStringLiteral("?");
            values << status;
        }
        conditions << QStringLiteral("c.status IN (") + marks.join(u',') + u')';
    }
    if (!m_filter.theme.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM call_themes t WHERE t.call_id = "
                                     "c.id AND t.theme = ?)");
        values << m_filter.theme;
    }
    if (!m_filter.country.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM call_countries t WHERE t.call_id = "
                                     "c.id AND t.country = ?)");
        values << m_filter.country;
    }
    const QDateTime now = Clock::nowUtc();
    const auto within = [&](int days) {
        conditions << QStringLiteral("c.deadline_utc >= ? AND c.deadline_utc < ?");
        values << Clock::stamp(now) << Clock::stamp(now.addDays(days));
    };
    switch (m_filter.window) {
    case CallFilter::Window::Any:
        break;
    case CallFilter::Window::Next7:
        within(7);
        break;
    case CallFilter::Window::Next30:
        within(30);
        break;
    case CallFilter::Window::Next90:
        within(90);
        break;
    case CallFilter::Window::Past:
        conditions << QStringLiteral("c.deadline_utc < ?");
        values << Clock::stamp(now);
        break;
    }
    if (m_filter.deadlineFrom.isValid()) {
        conditions << QStringLiteral("c.deadline_utc >= ?");
        values << Clock::stamp(m_filter.deadlineFrom);
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<qint64> CallQuery::count() const
{
    QVariantList values;
    const QString condition = where(values);
    auto rows =
        Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM calls c") + condition, values);
    if (!rows)
        return rows.error();
    return rows->toLongLong();
}

Result<QHash<QString, qint64>> CallQuery::countByStatus() const
{
    QVariantList values;
    const QString condition = where(values);
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT c.status, count(*) FROM calls c") + condition +
                               QStringLiteral(" GROUP BY c.status"),
                           values);
    if (!query)
        return query.error();
    QHash<QString, qint64> counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toLongLong());
    return counts;
}

Result<QList<CallRow>> CallQuery::page(qint64 offset, int limit) const
{
    QVariantList values;
    const QString condition = where(values);
    const QString direction = m_ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // group_concat is SQLite's; PostgreSQL spells it string_agg(theme, '|').
    const QString sql =
        QStringLiteral(
            "SELECT c.id, c.uuid, c.title, c.donor, c.reference, c.url, c.currency, "
            "c.min_amount_minor, c.max_amount_minor, c.deadline_utc, c.deadline_tz, "
            "c.status, c.modified_at, c.notes, "
            "(SELECT group_concat(theme, '|') FROM call_themes t WHERE t.call_id = c.id), "
            "(SELECT group_concat(country, '|') FROM call_countries t WHERE "
            "t.call_id = c.id) FROM calls c") +
        condition + QStringLiteral(" ORDER BY ") + orderBy(m_sort) + direction +
        QStringLiteral(", c.id") + direction + QStringLiteral(" LIMIT ? OFFSET ?");
    values << qint64(limit) << offset;
    auto query = Sql::exec(m_db, sql, values);
    if (!query)
        return query.error();
    QList<CallRow> rows;
    if (limit > 0)
        rows.reserve(limit);
    while (query->next()) {
        CallRow row;
        row.id = query->value(0).toLongLong();
        row.uuid = query->value(1).toString();
        row.title = query->value(2).toString();
        row.donor = query->value(3).toString();
        row.reference = query->value(4).toString();
        row.url = query->value(5).toString();
        row.currency = query->value(6).toString();
        if (!query->value(7).isNull())
            row.minAmountMinor = query->value(7).toLongLong();
        if (!query->value(8).isNull())
            row.maxAmountMinor = query->value(8).toLongLong();
        row.deadlineZone = query->value(10).toString();
        row.deadline = QDateTime::fromString(query->value(9).toString(), Qt::ISODateWithMs)
                           .toTimeZone(zoneFor(row.deadlineZone));
        row.status = query->value(11).toString();
        row.modifiedAt = query->value(12).toString();
        row.notes = query->value(13).toString();
        row.themes = query->value(14).toString().split(u'|', Qt::SkipEmptyParts);
        row.countries = query->value(15).toString().split(u'|', Qt::SkipEmptyParts);
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace core
} // namespace hamkor
