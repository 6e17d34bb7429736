// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "core/storage/BudgetRepository.h"
#include "core/storage/Sql.h"

namespace hamkor {
namespace core {

namespace {
const char *const RateColumns =
    "uuid, from_currency, to_currency, rate, rate_date, source, modified_at";
} // namespace

ExchangeRateRepository::ExchangeRateRepository(const QSqlDatabase &db) : m_sql(db) {}

Result<QList<ExchangeRate>> ExchangeRateRepository::all()
{
    auto query = m_sql.run(QStringLiteral("SELECT id, from_currency, to_currency, rate, rate_date, "
                                          "source FROM exchange_rates "
                                          "ORDER BY from_currency, to_currency, rate_date, id"));
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    QList<ExchangeRate> rates;
    while (q.next()) {
        const auto rate = Decimal::parse(q.value(3).toString());
        if (!rate)
            return Error{
                tr("The file holds the rate “%1” from %2 to %3, which is not a number.")
                    .arg(q.value(3).toString(), q.value(1).toString(), q.value(2).toString())};
        rates.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), *rate,
                      QDate::fromString(q.value(4).toString(), Qt::ISODate),
                      q.value(5).toString()});
    }
    q.finish();
    return rates;
}

Result<std::pair<qint64, std::optional<Decimal>>>
ExchangeRateRepository::put(const ExchangeRate &rate)
{
    auto found = m_sql.run(QStringLiteral("SELECT id, rate FROM exchange_rates WHERE "
                                          "from_currency = ? AND to_currency = ? AND "
                                          "rate_date = ? AND source = ?"),
                           {rate.from, rate.to, rate.date.toString(Qt::ISODate), rate.source});
    if (!found)
        return found.error();
    if ((*found)->next()) {
        const qint64 id = (*found)->value(0).toLongLong();
        const auto before = Decimal::parse((*found)->value(1).toString());
        (*found)->finish();
        ExchangeRate changed = rate;
        changed.id = id;
        if (Status s = update(changed); !s)
            return s.error();
        return std::make_pair(id, before ? before : std::optional<Decimal>(Decimal()));
    }
    (*found)->finish();
    const auto added =
        m_sql.insert(QLatin1StringView("exchange_rates"), QLatin1String(RateColumns),
                     {newUuid(), rate.from, rate.to, rate.rate.toString(),
                      rate.date.toString(Qt::ISODate), rate.source, Clock::nowStamp()},
                     0, tr("The exchange rate was not stored."));
    if (!added)
        return added.error();
    const qint64 id = *added;
    return std::make_pair(id, std::optional<Decimal>());
}

Status ExchangeRateRepository::restore(const ExchangeRate &rate)
{
    const auto added =
        m_sql.insert(QLatin1StringView("exchange_rates"), QLatin1String(RateColumns),
                     {newUuid(), rate.from, rate.to, rate.rate.toString(),
                      rate.date.toString(Qt::ISODate), rate.source, Clock::nowStamp()},
                     rate.id, tr("The exchange rate was not stored."));
    return added ? Status() : Status(added.error());
}

Status ExchangeRateRepository::update(const ExchangeRate &rate)
{
    auto updated =
        m_sql.run(QStringLiteral("UPDATE exchange_rates SET from_currency = ?, "
                                 "to_currency = ?, rate = ?, rate_date = ?, source = ?, "
                                 "modified_at = ? WHERE id = ?"),
                  {rate.from, rate.to, rate.rate.toString(), rate.date.toString(Qt::ISODate),
                   rate.source, Clock::nowStamp(), rate.id});
    if (!updated)
        return updated.error();
    if ((*updated)->numRowsAffected() != 1)
        return Error{tr("The exchange rate is no longer in the file.")};
    return {};
}

Status ExchangeRateRepository::remove(qint64 id)
{
    auto removed = m_sql.run(QStringLiteral("DELETE FROM exchange_rates WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    return {};
}

} // namespace core
} // namespace hamkor
