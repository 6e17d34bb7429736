// SPDX-License-Identifier: GPL-3.0-or-later
// BudgetRepository's budget lines: read, added, changed, removed.
#include "core/Clock.h"
#include "core/storage/BudgetRepository.h"
#include "core/storage/Sql.h"

namespace hamkor {
namespace core {

namespace {

const char *const LineFields = "category_code, description, member_id, unit, quantity, "
                               "unit_cost_minor, currency, period, funding_basis, donor_share, "
                               "own_share, other_share, in_kind_share, sort_order";

QVariantList lineValues(const BudgetLine &l)
{
    return {l.category,
            l.description,
            l.memberId > 0 ? QVariant(l.memberId) : QVariant(QMetaType(QMetaType::LongLong)),
            l.unit,
            l.quantity.toString(),
            l.unitCostMinor,
            l.currency,
            l.period,
            QStringLiteral("percent"),
            l.donorPct.toString(),
            l.ownPct.toString(),
            l.otherPct.toString(),
            l.inKindPct.toString(),
            l.sortOrder};
}

} // namespace

Result<BudgetLine> BudgetRepository::loadLine(qint64 lineId)
{
    auto lines = loadLines(QStringLiteral("id = ?"), lineId);
    if (!lines)
        return lines.error();
    if (lines->isEmpty())
        return Error{tr("The budget line is no longer in the file.")};
    return lines->constFirst();
}

Result<QList<BudgetLine>> BudgetRepository::loadLines(const QString &where, qint64 id)
{
    auto query = m_sql.run(QStringLiteral("SELECT id, uuid, ") + QLatin1String(LineFields) +
                               QStringLiteral(" FROM budget_lines WHERE ") + where +
                               QStringLiteral(" ORDER BY sort_order, id"),
                           {id});
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    QList<BudgetLine> lines;
    while (q.next()) {
        BudgetLine l;
        l.id = q.value(0).toLongLong();
        l.uuid = q.value(1).toString();
        l.category = q.value(2).toString();
        l.description = q.value(3).toString();
        l.memberId = q.value(4).toLongLong();
        l.unit = q.value(5).toString();
        const auto quantity = Decimal::parse(q.value(6).toString());
        if (!quantity)
            return badNumber(tr("the quantity"), q.value(6).toString());
        l.quantity = *quantity;
        l.unitCostMinor = q.value(7).toLongLong();
        l.currency = q.value(8).toString();
        l.period = q.value(9).toInt();
        Decimal *shares[] = {&l.donorPct, &l.ownPct, &l.otherPct, &l.inKindPct};
        for (int s = 0; s < 4; ++s) {
            const QString text = q.value(11 + s).toString();
            const auto share = Decimal::parse(text);
            if (!share)
                return badNumber(tr("a funding share"), text);
            *shares[s] = *share;
        }
        l.sortOrder = q.value(15).toInt();
        lines.append(l);
    }
    q.finish();
    return lines;
}

Result<qint64> BudgetRepository::insertLine(qint64 versionId, const BudgetLine &line)
{
    const bool restoring = line.id != 0 && !line.uuid.isEmpty();
    QVariantList values;
    if (restoring)
        values << line.id;
    values << (line.uuid.isEmpty() ? newUuid() : line.uuid) << versionId << Clock::nowStamp()
           << lineValues(line);
    auto added = m_sql.run(
        QStringLiteral("INSERT INTO budget_lines (") +
            (restoring ? QStringLiteral("id, ") : QString()) +
            QStringLiteral("uuid, version_id, modified_at, ") + QLatin1String(LineFields) +
            QStringLiteral(") VALUES (") + (restoring ? QStringLiteral("?, ") : QString()) +
            QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        values);
    if (!added)
        return added.error();
    if (!(*added)->next())
        return Sql::error((*added)->lastError());
    const qint64 id = (*added)->value(0).toLongLong();
    (*added)->finish();
    return id;
}

Status BudgetRepository::updateLine(const BudgetLine &line)
{
    QVariantList values = lineValues(line);
    values << Clock::nowStamp() << line.id;
    auto updated = m_sql.run(
        QStringLiteral("UPDATE budget_lines SET category_code = ?, description = ?, member_id = ?, "
                       "unit = ?, quantity = ?, unit_cost_minor = ?, currency = ?, period = ?, "
                       "funding_basis = ?, donor_share = ?, own_share = ?, other_share = ?, "
                       "in_kind_share = ?, sort_order = ?, modified_at = ? WHERE id = ?"),
        values);
    if (!updated)
        return updated.error();
    if ((*updated)->numRowsAffected() != 1)
        return Error{tr("The budget line is no longer in the file.")};
    return {};
}

Status BudgetRepository::removeLine(qint64 lineId)
{
    auto removed = m_sql.run(QStringLiteral("DELETE FROM budget_lines WHERE id = ?"), {lineId});
    if (!removed)
        return removed.error();
    return {};
}

Result<qint64> BudgetRepository::versionOfLine(qint64 lineId)
{
    auto query =
        m_sql.run(QStringLiteral("SELECT version_id FROM budget_lines WHERE id = ?"), {lineId});
    if (!query)
        return query.error();
    const qint64 id = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
    (*query)->finish();
    return id;
}

} // namespace core
} // namespace hamkor
