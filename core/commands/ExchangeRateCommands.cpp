// SPDX-License-Identifier: GPL-3.0-or-later
// The exchange-rate edits of BudgetCommands.h.
#include "core/Store.h"
#include "core/commands/BudgetChange.h"
#include "core/commands/BudgetCommands.h"
#include "core/domain/Currency.h"
#include "core/storage/BudgetRepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace hamkor {
namespace core {
namespace commands {

namespace {

Status validate(const ExchangeRate &rate)
{
    if (!Currency::fromCode(rate.from) || !Currency::fromCode(rate.to))
        return Error{BudgetText::tr("%1 → %2: both must be ISO 4217 currencies Hamkor knows.")
                         .arg(rate.from, rate.to)};
    if (rate.from == rate.to)
        return Error{BudgetText::tr("A rate from %1 to itself is always 1.").arg(rate.from)};
    if (rate.rate.isZero() || rate.rate.isNegative())
        return Error{
            BudgetText::tr("The rate from %1 to %2 must be more than 0.").arg(rate.from, rate.to)};
    if (!rate.date.isValid())
        return Error{
            BudgetText::tr("The rate from %1 to %2 needs a date.").arg(rate.from, rate.to)};
    return {};
}

} // namespace

Result<int> putExchangeRates(Store &store, const QList<ExchangeRate> &rates,
                             const QString &actionText)
{
    auto existing = ExchangeRateRepository(store.database().connection()).all();
    if (!existing)
        return existing.error();
    auto *change = new BudgetChange(store, actionText);
    std::unique_ptr<BudgetChange> owner(change);
    int added = 0;
    for (const ExchangeRate &rate : rates) {
        if (Status s = validate(rate); !s)
            return s.error();
        const auto same =
            std::find_if(existing->cbegin(), existing->cend(), [&](const ExchangeRate &r) {
                return r.from == rate.from && r.to == rate.to && r.date == rate.date &&
                       r.source == rate.source;
            });
        if (same == existing->cend()) {
            ExchangeRate fresh = rate;
            fresh.id = 0;
            change->rates.append({std::nullopt, fresh});
            ++added;
        } else if (!(same->rate == rate.rate) || same->rate.scale() != rate.rate.scale()) {
            ExchangeRate changed = rate;
            changed.id = same->id;
            change->rates.append({*same, changed});
        }
    }
    if (change->rates.isEmpty())
        return 0;
    if (Status s = pushChange(store, owner.release()); !s)
        return s.error();
    return added;
}

Status editExchangeRate(Store &store, const ExchangeRate &rate)
{
    if (Status s = validate(rate); !s)
        return s;
    auto existing = ExchangeRateRepository(store.database().connection()).all();
    if (!existing)
        return existing.error();
    for (const ExchangeRate &before : std::as_const(*existing)) {
        if (before.id != rate.id)
            continue;
        auto *change = new BudgetChange(
            store, BudgetText::tr("Edit exchange rate %1 → %2").arg(rate.from, rate.to));
        change->rates.append({before, rate});
        return pushChange(store, change);
    }
    return Error{BudgetText::tr("The exchange rate is no longer in the file.")};
}

Status removeExchangeRates(Store &store, const QList<qint64> &rateIds)
{
    auto existing = ExchangeRateRepository(store.database().connection()).all();
    if (!existing)
        return existing.error();
    auto *change = new BudgetChange(
        store, BudgetText::tr("Delete %n exchange rate(s)", nullptr, int(rateIds.size())));
    for (const ExchangeRate &rate : std::as_const(*existing))
        if (rateIds.contains(rate.id))
            change->rates.append({rate, std::nullopt});
    return pushChange(store, change);
}

} // namespace commands
} // namespace core
} // namespace hamkor
