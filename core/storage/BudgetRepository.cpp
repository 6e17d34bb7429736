// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BudgetRepository.h"

#include "core/Clock.h"
#include "core/storage/Sql.h"

namespace hamkor {
namespace core {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant decimalOrNull(const std::optional<Decimal> &value)
{
    return value ? QVariant(value->toString()) : nullText();
}

std::optional<Decimal> decimalOf(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return Decimal::parse(value.toString());
}

const char *const VersionFields = "proposal_id, name, state, template, currency, rate_date, "
                                  "indirect_rate_pct, contingency_pct, funding_rate_pct, notes";

QVariantList versionValues(const BudgetVersion &v)
{
    return {v.proposalId,
            v.name.trimmed(),
            v.state,
            v.templateCode,
            v.currency,
            v.rateDate.isValid() ? v.rateDate.toString(Qt::ISODate) : QString(),
            decimalOrNull(v.indirectPct),
            decimalOrNull(v.contingencyPct),
            decimalOrNull(v.fundingRatePct),
            v.notes};
}

} // namespace

Error BudgetRepository::badNumber(const QString &what, const QString &text)
{
    return Error{tr("The file holds %1 “%2”, which is not a number.").arg(what, text)};
}

BudgetRepository::BudgetRepository(const QSqlDatabase &db) : m_sql(db) {}

Result<QList<BudgetVersionSummary>> BudgetRepository::versions(qint64 proposalId)
{
    auto query = m_sql.run(
        QStringLiteral("SELECT v.id, v.name, v.state, v.template, v.currency, v.modified_at, "
                       "(SELECT count(*) FROM budget_lines l WHERE l.version_id = v.id) "
                       "FROM budget_versions v WHERE v.proposal_id = ? "
                       "ORDER BY v.created_at, v.id"),
        {proposalId});
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    QList<BudgetVersionSummary> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(6).toInt(),
                     q.value(5).toString()});
    q.finish();
    return list;
}

Result<BudgetVersion> BudgetRepository::loadByName(qint64 proposalId, const QString &name,
                                                   bool withLines)
{
    auto query =
        name.trimmed().isEmpty()
            ? m_sql.run(QStringLiteral("SELECT id FROM budget_versions WHERE "
                                       "proposal_id = ? ORDER BY created_at DESC, id DESC"),
                        {proposalId})
            : m_sql.run(QStringLiteral("SELECT id FROM budget_versions WHERE "
                                       "proposal_id = ? AND lower(name) = lower(?)"),
                        {proposalId, name.trimmed()});
    if (!query)
        return query.error();
    const qint64 id = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
    (*query)->finish();
    if (id == 0)
        return Error{name.trimmed().isEmpty()
                         ? tr("The proposal has no budget yet.")
                         : tr("The proposal has no budget version “%1”.").arg(name.trimmed())};
    return load(id, withLines);
}

Result<BudgetVersion> BudgetRepository::load(qint64 versionId, bool withLines)
{
    auto query = m_sql.run(QStringLiteral("SELECT uuid, created_at, modified_at, ") +
                               QLatin1String(VersionFields) +
                               QStringLiteral(" FROM budget_versions WHERE id = ?"),
                           {versionId});
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    if (!q.next())
        return Error{tr("The budget version is no longer in the file.")};
    BudgetVersion v;
    v.id = versionId;
    v.uuid = q.value(0).toString();
    v.createdAt = q.value(1).toString();
    v.modifiedAt = q.value(2).toString();
    v.proposalId = q.value(3).toLongLong();
    v.name = q.value(4).toString();
    v.state = q.value(5).toString();
    v.templateCode = q.value(6).toString();
    v.currency = q.value(7).toString();
    v.rateDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    v.indirectPct = decimalOf(q.value(9));
    v.contingencyPct = decimalOf(q.value(10));
    v.fundingRatePct = decimalOf(q.value(11));
    v.notes = q.value(12).toString();
    q.finish();

    auto categories = m_sql.run(QStringLiteral("SELECT code, name FROM budget_categories WHERE "
                                               "version_id = ? ORDER BY sort_order, id"),
                                {versionId});
    if (!categories)
        return categories.error();
    while ((*categories)->next())
        v.categories.append(
            {(*categories)->value(0).toString(), (*categories)->value(1).toString()});
    (*categories)->finish();

    auto kept = m_sql.run(QStringLiteral("SELECT from_currency, to_currency, rate, rate_date, "
                                         "source FROM budget_version_rates WHERE version_id = ? "
                                         "ORDER BY id"),
                          {versionId});
    if (!kept)
        return kept.error();
    while ((*kept)->next()) {
        const auto rate = Decimal::parse((*kept)->value(2).toString());
        if (!rate)
            return badNumber(tr("a kept exchange rate"), (*kept)->value(2).toString());
        v.keptRates.append({0, (*kept)->value(0).toString(), (*kept)->value(1).toString(), *rate,
                            QDate::fromString((*kept)->value(3).toString(), Qt::ISODate),
                            (*kept)->value(4).toString()});
    }
    (*kept)->finish();

    if (!withLines)
        return v;
    auto lines = loadLines(QStringLiteral("version_id = ?"), versionId);
    if (!lines)
        return lines.error();
    v.lines = std::move(*lines);
    return v;
}

Result<bool> BudgetRepository::nameTaken(qint64 proposalId, const QString &name, qint64 exceptId)
{
    auto query = m_sql.run(QStringLiteral("SELECT count(*) FROM budget_versions WHERE "
                                          "proposal_id = ? AND lower(name) = lower(?) AND id <> ?"),
                           {proposalId, name.trimmed(), exceptId});
    if (!query)
        return query.error();
    const bool taken = (*query)->next() && (*query)->value(0).toLongLong() > 0;
    (*query)->finish();
    return taken;
}

Result<qint64> BudgetRepository::insertVersion(const BudgetVersion &version)
{
    const QString now = Clock::nowStamp();
    const bool restoring = version.id != 0 && !version.uuid.isEmpty();
    const auto added = m_sql.insert(
        QLatin1StringView("budget_versions"),
        QStringLiteral("uuid, created_at, modified_at, ") + QLatin1String(VersionFields),
        QVariantList{version.uuid.isEmpty() ? newUuid() : version.uuid,
                     version.createdAt.isEmpty() ? now : version.createdAt, now} +
            versionValues(version),
        restoring ? version.id : 0, tr("The budget version was not stored."));
    if (!added)
        return added.error();
    const qint64 id = *added;
    if (Status s = writeCategories(id, version.categories); !s)
        return s.error();
    if (Status s = writeKeptRates(id, version.keptRates); !s)
        return s.error();
    for (const BudgetLine &line : version.lines) {
        BudgetLine copy = line;
        if (!restoring) {
            copy.id = 0;
            copy.uuid.clear();
        }
        if (auto lineId = insertLine(id, copy); !lineId)
            return lineId.error();
    }
    return id;
}

Status BudgetRepository::updateVersion(const BudgetVersion &version)
{
    QVariantList values = versionValues(version);
    values << Clock::nowStamp() << version.id;
    auto updated = m_sql.run(QStringLiteral("UPDATE budget_versions SET proposal_id = ?, name = ?, "
                                            "state = ?, template = ?, currency = ?, rate_date = ?, "
                                            "indirect_rate_pct = ?, contingency_pct = ?, "
                                            "funding_rate_pct = ?, notes = ?, modified_at = ? "
                                            "WHERE id = ?"),
                             values);
    if (!updated)
        return updated.error();
    if ((*updated)->numRowsAffected() != 1)
        return Error{tr("The budget version is no longer in the file.")};
    if (Status s = writeCategories(version.id, version.categories); !s)
        return s;
    return writeKeptRates(version.id, version.keptRates);
}

Status BudgetRepository::writeKeptRates(qint64 versionId, const QList<ExchangeRate> &rates)
{
    if (auto removed = m_sql.run(
            QStringLiteral("DELETE FROM budget_version_rates WHERE version_id = ?"), {versionId});
        !removed)
        return removed.error();
    const QString now = Clock::nowStamp();
    for (const ExchangeRate &rate : rates)
        if (auto added = m_sql.run(
                QStringLiteral("INSERT INTO budget_version_rates (uuid, version_id, "
                               "from_currency, to_currency, rate, rate_date, source, modified_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {newUuid(), versionId, rate.from, rate.to, rate.rate.toString(),
                 rate.date.toString(Qt::ISODate), rate.source, now});
            !added)
            return added.error();
    return {};
}

Status BudgetRepository::writeCategories(qint64 versionId, const QList<UserCategory> &categories)
{
    if (auto removed = m_sql.run(
            QStringLiteral("DELETE FROM budget_categories WHERE version_id = ?"), {versionId});
        !removed)
        return removed.error();
    const QString now = Clock::nowStamp();
    for (int i = 0; i < categories.size(); ++i) {
        const UserCategory &c = categories.at(i);
        if (auto added =
                m_sql.run(QStringLiteral("INSERT INTO budget_categories (uuid, "
                                         "version_id, code, name, sort_order, "
                                         "modified_at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {newUuid(), versionId, c.code.trimmed(), c.name.trimmed(), i, now});
            !added)
            return added.error();
    }
    return {};
}

Status BudgetRepository::removeVersion(qint64 versionId)
{
    auto removed =
        m_sql.run(QStringLiteral("DELETE FROM budget_versions WHERE id = ?"), {versionId});
    if (!removed)
        return removed.error();
    return {};
}

Status BudgetRepository::touch(qint64 versionId)
{
    auto touched =
        m_sql.run(QStringLiteral("UPDATE budget_versions SET modified_at = ? WHERE id = ?"),
                  {Clock::nowStamp(), versionId});
    if (!touched)
        return touched.error();
    return {};
}

} // namespace core
} // namespace hamkor
