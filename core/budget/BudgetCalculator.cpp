// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetCalculator.h"

#include "core/budget/BudgetRun.h"

namespace hamkor {
namespace core {

qint64 BudgetResult::total(const QString &code) const
{
    for (const auto &[name, amount] : totals)
        if (name == code)
            return amount;
    return byCategory.value(code);
}

std::optional<std::pair<ExchangeRate, bool>>
BudgetCalculator::findRate(const QList<ExchangeRate> &rates, const QString &from, const QString &to,
                           const QDate &date)
{
    const ExchangeRate *best = nullptr;
    bool bestInverse = false;
    for (const ExchangeRate &rate : rates) {
        if (rate.rate.isZero() || rate.rate.isNegative())
            continue;
        if (date.isValid() && rate.date.isValid() && rate.date > date)
            continue;
        const bool direct = rate.from == from && rate.to == to;
        const bool inverse = rate.from == to && rate.to == from;
        if (!direct && !inverse)
            continue;
        // The latest date wins; on the same date a rate quoted in the wanted direction.
        if (!best || rate.date > best->date || (rate.date == best->date && bestInverse && direct)) {
            best = &rate;
            bestInverse = inverse;
        }
    }
    if (!best)
        return std::nullopt;
    return std::make_pair(*best, bestInverse);
}

Result<BudgetResult> BudgetCalculator::compute(const BudgetVersion &version,
                                               const BudgetTemplate &layout,
                                               const QList<ExchangeRate> &rates)
{
    auto run = BudgetRun::begin(version, layout, rates);
    if (!run)
        return run.error();
    QList<ComputedLine> lines;
    lines.reserve(version.lines.size());
    for (const BudgetLine &line : version.lines) {
        auto computed = run->add(line);
        if (!computed)
            return computed.error();
        lines.append(std::move(*computed));
    }
    auto result = run->finish();
    if (!result)
        return result.error();
    result->lines = std::move(lines);
    return result;
}

} // namespace core
} // namespace hamkor
