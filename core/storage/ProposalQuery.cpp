// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProposalQuery.h"

#include "core/storage/Sql.h"

namespace hamkor {
namespace core {

ProposalQuery::ProposalQuery(const QSqlDatabase &db) : m_db(db) {}

QString ProposalQuery::where(QVariantList &values) const
{
    QStringList conditions;
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        // A few thousand proposals: a scan of acronyms and titles answers within a frame.
        // instr() is SQLite's; PostgreSQL has strpos().
        conditions << QStringLiteral("(instr(lower(p.acronym), lower(?)) > 0 OR "
                                     "instr(lower(p.title), lower(?)) > 0)");
        values << text << text;
    }
    if (!m_filter.status.isEmpty()) {
        conditions << QStringLiteral("p.status = ?");
        values << m_filter.status;
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<qint64> ProposalQuery::count() const
{
    QVariantList values;
    const QString condition = where(values);
    auto rows =
        Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM proposals p") + condition, values);
    if (!rows)
        return rows.error();
    return rows->toLongLong();
}

Result<QList<ProposalRow>> ProposalQuery::page(qint64 offset, int limit) const
{
    QVariantList values;
    const QString condition = where(values);
    values << qint64(limit) << offset;
    auto query = Sql::exec(
        m_db,
        QStringLiteral("SELECT p.id, p.acronym, p.title, p.status, p.template, p.currency, "
                       "p.start_on, p.duration_months, c.title, c.donor, "
                       "(SELECT o.name FROM consortium_members m JOIN organisations o ON o.id = "
                       "m.organisation_id WHERE m.proposal_id = p.id AND m.role = 'lead' LIMIT 1), "
                       "(SELECT count(*) FROM consortium_members m WHERE m.proposal_id = p.id) "
                       "FROM proposals p LEFT JOIN calls c ON c.id = p.call_id") +
            condition + QStringLiteral(" ORDER BY p.acronym, p.id LIMIT ? OFFSET ?"),
        values);
    if (!query)
        return query.error();
    QList<ProposalRow> rows;
    while (query->next()) {
        ProposalRow row;
        row.id = query->value(0).toLongLong();
        row.acronym = query->value(1).toString();
        row.title = query->value(2).toString();
        row.status = query->value(3).toString();
        row.templateCode = query->value(4).toString();
        row.currency = query->value(5).toString();
        row.start = QDate::fromString(query->value(6).toString(), Qt::ISODate);
        row.durationMonths = query->value(7).toInt();
        row.callTitle = query->value(8).toString();
        row.donor = query->value(9).toString();
        row.leadName = query->value(10).toString();
        row.partners = query->value(11).toInt();
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace core
} // namespace hamkor
