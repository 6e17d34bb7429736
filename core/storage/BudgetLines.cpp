// SPDX-License-Identifier: GPL-3.0-or-later
// BudgetRepository's budget lines: read, added, changed, removed.
#include "core/Clock.h"
#include "core/storage/BudgetRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/SqliteReader.h"

#include <QScopeGuard>

#include <algorithm>
#include <optional>
#include <type_traits>

namespace hamkor {
namespace core {

namespace {

const char *const LineFields = "category_code, description, member_id, unit, quantity, "
                               "unit_cost_minor, currency, period, funding_basis, donor_share, "
                               "own_share, other_share, in_kind_share, sort_order";

// Each of LineFields' values in turn, to add: a text, a number, or nothing (no member).
template <class Add> void eachLineValue(const BudgetLine &l, Add &&add)
{
    add(l.category);
    add(l.description);
    if (l.memberId > 0)
        add(l.memberId);
    else
        add(std::nullopt);
    add(l.unit);
    add(l.quantity.toString());
    add(l.unitCostMinor);
    add(l.currency);
    add(qint64(l.period));
    // funding_basis: shares as % of the line, or as minor units of its currency
    add(l.sharesAsAmounts ? QStringLiteral("amount") : QStringLiteral("percent"));
    add(l.sharesAsAmounts ? QString::number(l.donorMinor) : l.donorPct.toString());
    add(l.sharesAsAmounts ? QStringLiteral("0") : l.ownPct.toString());
    add(l.sharesAsAmounts ? QString::number(l.otherMinor) : l.otherPct.toString());
    add(l.sharesAsAmounts ? QString::number(l.inKindMinor) : l.inKindPct.toString());
    add(qint64(l.sortOrder));
}

QVariantList lineValues(const BudgetLine &l)
{
    QVariantList values;
    eachLineValue(l, [&values](const auto &value) {
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::nullopt_t>)
            values << QVariant(QMetaType(QMetaType::LongLong));
        else
            values << value;
    });
    return values;
}

// A row of Qt SQL read like an SqliteReader's.
struct QtRow
{
    const QSqlQuery &query;
    qint64 int64(int column) const { return query.value(column).toLongLong(); }
    QString text(int column) const { return query.value(column).toString(); }
};

// A line from a row of "SELECT id, uuid, " + LineFields.
template <class Row> Result<BudgetLine> lineFrom(const Row &row)
{
    BudgetLine l;
    l.id = row.int64(0);
    l.uuid = row.text(1);
    l.category = row.text(2);
    l.description = row.text(3);
    l.memberId = row.int64(4);
    l.unit = row.text(5);
    const QString quantityText = row.text(6);
    const auto quantity = Decimal::parse(quantityText);
    if (!quantity)
        return BudgetRepository::badNumber(
            QCoreApplication::translate("hamkor::core::BudgetRepository", "the quantity"),
            quantityText);
    l.quantity = *quantity;
    l.unitCostMinor = row.int64(7);
    l.currency = row.text(8);
    l.period = int(row.int64(9));
    if (row.text(10) == u"amount") {
        l.sharesAsAmounts = true;
        l.donorPct = Decimal();
        qint64 *amounts[] = {&l.donorMinor, nullptr, &l.otherMinor, &l.inKindMinor};
        for (int s : {0, 2, 3}) {
            const QString text = row.text(11 + s);
            bool ok = false;
            *amounts[s] = text.toLongLong(&ok);
            if (!ok)
                return BudgetRepository::badNumber(
                    QCoreApplication::translate("hamkor::core::BudgetRepository",
                                                "a funding share"),
                    text);
        }
        l.sortOrder = int(row.int64(15));
        return l;
    }
    Decimal *shares[] = {&l.donorPct, &l.ownPct, &l.otherPct, &l.inKindPct};
    for (int s = 0; s < 4; ++s) {
        const QString text = row.text(11 + s);
        const auto share = Decimal::parse(text);
        if (!share)
            return BudgetRepository::badNumber(
                QCoreApplication::translate("hamkor::core::BudgetRepository", "a funding share"),
                text);
        *shares[s] = *share;
    }
    l.sortOrder = int(row.int64(15));
    return l;
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
    QList<BudgetLine> lines;
    if (Status s = eachLine(
            where, {id},
            [&](BudgetLine &line) {
                lines.append(std::move(line));
                return Status();
            },
            &lines);
        !s)
        return s.error();
    return lines;
}

Status BudgetRepository::forEachLine(qint64 versionId,
                                     const std::function<Status(const BudgetLine &)> &each)
{
    return eachLine(QStringLiteral("version_id = ?"), {versionId}, each, nullptr);
}

Status BudgetRepository::forEachLineByHeading(qint64 versionId,
                                              const std::function<Status(const BudgetLine &)> &each)
{
    return eachLine(QStringLiteral("version_id = ?"), {versionId}, each, nullptr,
                    QStringLiteral("category_code, sort_order, id"));
}

Result<QList<std::pair<int, qint64>>> BudgetRepository::lineOrder(qint64 versionId)
{
    // From the index alone, sorted here: for a million lines this is far quicker than
    // SQLite sorting them.
    QList<std::pair<int, qint64>> order;
    const QString sql =
        QStringLiteral("SELECT sort_order, id FROM budget_lines WHERE version_id = ?");
    if (auto reader = SqliteReader::open(m_sql.database(), sql)) {
        if (!reader->bind(1, versionId))
            return Error{tr("The budget lines could not be read.")};
        while (reader->next())
            order.append({int(reader->int64(0)), reader->int64(1)});
        if (Status s = reader->error(); !s)
            return s.error();
    } else {
        auto query = m_sql.run(sql, {versionId});
        if (!query)
            return query.error();
        while ((*query)->next())
            order.append({(*query)->value(0).toInt(), (*query)->value(1).toLongLong()});
        (*query)->finish();
    }
    std::sort(order.begin(), order.end());
    return order;
}

Status BudgetRepository::eachLine(const QString &where, const QVariantList &values,
                                  const std::function<Status(BudgetLine &)> &each,
                                  QList<BudgetLine> *sized, const QString &orderBy)
{
    const QString sql = QStringLiteral("SELECT id, uuid, ") + QLatin1String(LineFields) +
                        QStringLiteral(" FROM budget_lines WHERE ") + where +
                        QStringLiteral(" ORDER BY ") + orderBy;
    // Straight from SQLite when the file is one: a budget may have a million lines. The
    // count comes first, so that its reader is done before the lines' one begins.
    if (sized) {
        auto count = SqliteReader::open(
            m_sql.database(), QStringLiteral("SELECT count(*) FROM budget_lines WHERE ") + where);
        if (count && count->bind(values) && count->next())
            sized->reserve(qsizetype(count->int64(0)));
    }
    if (auto reader = SqliteReader::open(m_sql.database(), sql)) {
        if (!reader->bind(values))
            return Error{tr("The budget lines could not be read.")};
        while (reader->next()) {
            auto line = lineFrom(*reader);
            if (!line)
                return line.error();
            if (Status s = each(line.value()); !s)
                return s;
        }
        return reader->error();
    }
    auto query = m_sql.run(sql, values);
    if (!query)
        return query.error();
    // The statement is kept for the next call: finish it however the reading ends, or it
    // would hold its read transaction open.
    const auto finish = qScopeGuard([&query] { (*query)->finish(); });
    const QtRow row{**query};
    while ((*query)->next()) {
        auto line = lineFrom(row);
        if (!line)
            return line.error();
        if (Status s = each(line.value()); !s)
            return s;
    }
    return {};
}

Result<qint64> BudgetRepository::insertLine(qint64 versionId, const BudgetLine &line)
{
    const bool restoring = line.id != 0 && !line.uuid.isEmpty();
    return m_sql.insert(
        QLatin1StringView("budget_lines"),
        QStringLiteral("uuid, version_id, modified_at, ") + QLatin1String(LineFields),
        QVariantList{line.uuid.isEmpty() ? newUuid() : line.uuid, versionId, Clock::nowStamp()} +
            lineValues(line),
        restoring ? line.id : 0, tr("The budget line was not stored."));
}

BudgetLineAppender::BudgetLineAppender(const QSqlDatabase &db)
    : m_repository(db), m_now(Clock::nowStamp())
{
    QString sql = QStringLiteral("INSERT INTO budget_lines (uuid, version_id, modified_at, ") +
                  QLatin1String(LineFields) + QStringLiteral(") VALUES (?");
    for (qsizetype i = 1; i < 3 + lineValues(BudgetLine()).size(); ++i)
        sql += QStringLiteral(", ?");
    m_insert = SqliteReader::open(db, sql + u')', SqliteReader::Pages::Read);
}

BudgetLineAppender::~BudgetLineAppender() = default;

Status BudgetLineAppender::append(qint64 versionId, const BudgetLine &line, const QString &uuid)
{
    if (!m_insert) {
        BudgetLine copy = line;
        copy.id = 0;
        copy.uuid = uuid;
        if (auto id = m_repository.insertLine(versionId, copy); !id)
            return id.error();
        return {};
    }
    // Bound one by one, without a QVariant for each value.
    m_insert->reset();
    bool bound =
        m_insert->bind(1, uuid) && m_insert->bind(2, versionId) && m_insert->bind(3, m_now);
    int column = 4;
    eachLineValue(line, [&](const auto &value) {
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::nullopt_t>)
            bound = bound && m_insert->bindNull(column++);
        else
            bound = bound && m_insert->bind(column++, value);
    });
    if (!bound)
        return Error{BudgetRepository::tr("The budget line was not stored.")};
    m_insert->next();
    return m_insert->error();
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

Result<int> BudgetRepository::nextSortOrder(qint64 versionId)
{
    auto query =
        m_sql.run(QStringLiteral("SELECT coalesce(max(sort_order) + 1, 0) FROM budget_lines WHERE "
                                 "version_id = ?"),
                  {versionId});
    if (!query)
        return query.error();
    const int next = (*query)->next() ? (*query)->value(0).toInt() : 0;
    (*query)->finish();
    return next;
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
