// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OrganisationQuery.h"

#include "core/domain/NameMatching.h"
#include "core/storage/CallQuery.h"
#include "core/storage/Sql.h"

namespace hamkor {
namespace core {

namespace {
QString orderBy(OrganisationSort sort)
{
    switch (sort) {
    case OrganisationSort::Name:
        return QStringLiteral("o.name");
    case OrganisationSort::Acronym:
        return QStringLiteral("o.acronym");
    case OrganisationSort::Type:
        return QStringLiteral("o.type");
    case OrganisationSort::Country:
        return QStringLiteral("o.country");
    case OrganisationSort::City:
        return QStringLiteral("o.city");
    case OrganisationSort::LastEngagement:
        return QStringLiteral("(SELECT max(started_on) FROM engagements e WHERE "
                              "e.organisation_id = o.id)");
    }
    return QStringLiteral("o.name");
}
} // namespace

OrganisationQuery::OrganisationQuery(const QSqlDatabase &db) : m_db(db) {}

void OrganisationQuery::setSort(OrganisationSort sort, bool ascending)
{
    m_sort = sort;
    m_ascending = ascending;
}

QString OrganisationQuery::where(QVariantList &values) const
{
    QStringList conditions;
    // The words as typed, and their Latin spelling, so that "жасыл" and "zhasyl" both
    // find «Жасыл Болашақ» (its transliteration is indexed too).
    const QString typed = CallQuery::matchExpression(m_filter.text);
    if (!typed.isEmpty()) {
        QString expression = typed;
        const QString latin =
            CallQuery::matchExpression(NameMatching::transliterate(m_filter.text));
        if (!latin.isEmpty() && latin != typed)
            expression = u'(' + typed + QStringLiteral(") OR (") + latin + u')';
        // Dialect-specific: SQLite FTS5 (PostgreSQL: search_vector @@ to_tsquery).
        conditions << QStringLiteral("o.id IN (SELECT rowid FROM organisations_search WHERE "
                                     "organisations_search MATCH ?)");
        values << expression;
    } else if (!m_filter.text.trimmed().isEmpty()) {
        conditions << QStringLiteral("0 = 1");
    }
    if (!m_filter.type.isEmpty()) {
        conditions << QStringLiteral("o.type = ?");
        values << m_filter.type;
    }
    if (!m_filter.country.isEmpty()) {
        conditions << QStringLiteral("o.country = ?");
        values << m_filter.country;
    }
    if (!m_filter.theme.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM organisation_themes t WHERE "
                                     "t.organisation_id = o.id AND t.theme = ?)");
        values << m_filter.theme;
    }
    if (!m_filter.network.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM organisation_networks l JOIN networks "
                                     "n ON n.id = l.network_id WHERE l.organisation_id = o.id "
                                     "AND n.name = ?)");
        values << m_filter.network;
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<qint64> OrganisationQuery::count() const
{
    QVariantList values;
    const QString condition = where(values);
    auto rows = Sql::scalar(
        m_db, QStringLiteral("SELECT count(*) FROM organisations o") + condition, values);
    if (!rows)
        return rows.error();
    return rows->toLongLong();
}

Result<QList<OrganisationRow>> OrganisationQuery::page(qint64 offset, int limit) const
{
    QVariantList values;
    const QString condition = where(values);
    const QString direction = m_ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // group_concat is SQLite's; PostgreSQL spells it string_agg(…, '|').
    const QString sql =
        QStringLiteral("SELECT o.id, o.name, o.name_latin, o.acronym, o.type, o.country, o.city, "
                       "(SELECT group_concat(theme, '|') FROM organisation_themes t WHERE "
                       "t.organisation_id = o.id), "
                       "(SELECT group_concat(n.name, '|') FROM organisation_networks l JOIN "
                       "networks n ON n.id = l.network_id WHERE l.organisation_id = o.id), "
                       "(SELECT max(started_on) FROM engagements e WHERE e.organisation_id = "
                       "o.id) FROM organisations o") +
        condition + QStringLiteral(" ORDER BY ") + orderBy(m_sort) + direction +
        QStringLiteral(", o.id") + direction + QStringLiteral(" LIMIT ? OFFSET ?");
    values << qint64(limit) << offset;
    auto query = Sql::exec(m_db, sql, values);
    if (!query)
        return query.error();
    QList<OrganisationRow> rows;
    while (query->next()) {
        OrganisationRow row;
        row.id = query->value(0).toLongLong();
        row.name = query->value(1).toString();
        row.nameLatin = query->value(2).toString();
        row.acronym = query->value(3).toString();
        row.type = query->value(4).toString();
        row.country = query->value(5).toString();
        row.city = query->value(6).toString();
        row.themes = query->value(7).toString().split(u'|', Qt::SkipEmptyParts);
        row.networks = query->value(8).toString().split(u'|', Qt::SkipEmptyParts);
        row.lastEngagement = QDate::fromString(query->value(9).toString(), Qt::ISODate);
        rows.append(std::move(row));
    }
    return rows;
}

Result<QStringList> OrganisationQuery::networks() const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT name FROM networks ORDER BY name"));
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

} // namespace core
} // namespace hamkor
