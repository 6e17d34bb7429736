// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetCalculator.h"

#include "core/domain/ExactMath.h"
#include "core/domain/Money.h"

#include <QSet>

#include <algorithm>

namespace hamkor {
namespace core {

namespace {

Error tooLarge()
{
    return Error{BudgetCalculator::tr("The budget's totals are too large to be held exactly.")};
}

// a += b, or false when the sum leaves the 64-bit range.
bool add(qint64 &a, qint64 b)
{
    return !__builtin_add_overflow(a, b, &a);
}

QString lineLabel(const BudgetLine &line, int index)
{
    const QString what = line.description.isEmpty() ? line.category : line.description;
    return BudgetCalculator::tr("Line %1 (%2)").arg(index + 1).arg(what);
}

// Shares a total among keys in proportion to weights, so that the shares add up to the
// total exactly: each share is rounded down, and the minor units left over go one by one
// to the keys with the largest remainders (ties to the smaller key).
Result<QMap<qint64, qint64>> shareOut(qint64 total, const QMap<qint64, qint64> &weights)
{
    QMap<qint64, qint64> shares;
    exact::Int128 weightSum = 0;
    for (const qint64 weight : weights)
        weightSum += weight;
    if (weightSum <= 0)
        return shares;
    struct Rest
    {
        qint64 key;
        exact::Int128 remainder;
    };
    QList<Rest> rests;
    exact::Int128 given = 0;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        const exact::Int128 product = exact::Int128(total) * it.value();
        const exact::Int128 share = product / weightSum; // toward zero
        shares.insert(it.key(), static_cast<qint64>(share));
        given += share;
        rests.append({it.key(), product - share * weightSum});
    }
    std::stable_sort(rests.begin(), rests.end(), [](const Rest &a, const Rest &b) {
        const exact::Int128 ma = a.remainder < 0 ? -a.remainder : a.remainder;
        const exact::Int128 mb = b.remainder < 0 ? -b.remainder : b.remainder;
        return ma > mb;
    });
    const qint64 step = total < 0 ? -1 : 1;
    exact::Int128 left = exact::Int128(total) - given;
    for (int i = 0; left != 0 && i < rests.size(); ++i, left -= step)
        shares[rests.at(i).key] += step;
    return shares;
}

} // namespace

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
    const auto budgetCurrency = Currency::fromCode(version.currency);
    if (!budgetCurrency)
        return Error{tr("The budget's currency %1 is not an ISO 4217 currency Hamkor knows.")
                         .arg(version.currency)};
    QStringList taxCodes;
    for (const BudgetTotalLine &line : layout.totals())
        if (line.kind == BudgetTotalLine::Kind::Taxes)
            taxCodes.append(line.code);

    BudgetResult result;
    result.lines.reserve(version.lines.size());
    QSet<QString> topHeadings; // what "*" adds up

    // What every line under a heading shares, worked out once per heading.
    struct Heading
    {
        QString problem; // "%1" stands for the line's label
        bool isTax = false;
        QStringList chain; // the heading and those above it
    };
    QHash<QString, Heading> headings;
    const auto headingOf = [&](const QString &code) -> const Heading & {
        auto it = headings.find(code);
        if (it != headings.end())
            return *it;
        Heading h;
        h.isTax = taxCodes.contains(code);
        // A template without headings (generic) takes the line's own heading.
        const bool freeHeadings = layout.categories().isEmpty() && !code.isEmpty();
        if (code.isEmpty())
            h.problem = tr("%1 has no heading.");
        else if (!h.isTax && !freeHeadings && !layout.isLeaf(code))
            h.problem = layout.category(code)
                            ? tr("%1: heading %2 has sub-headings; enter the line under one of "
                                 "them.")
                                  .arg(QStringLiteral("%1"), code)
                            : tr("%1: heading %2 is not in the template %3.")
                                  .arg(QStringLiteral("%1"), code, layout.name());
        h.chain = h.isTax || freeHeadings ? QStringList{code} : layout.ancestry(code);
        return *headings.insert(code, h);
    };
    // The currency of lines and the rate to the budget's, worked out once per currency.
    struct Conversion
    {
        std::optional<Currency> currency;
        std::optional<std::pair<ExchangeRate, bool>> rate; // none: same currency or missing
        bool missing = false;
    };
    QHash<QString, Conversion> conversions;
    const auto conversionOf = [&](const QString &code) -> const Conversion & {
        auto it = conversions.find(code);
        if (it != conversions.end())
            return *it;
        Conversion c;
        c.currency = Currency::fromCode(code);
        if (c.currency && !(*c.currency == *budgetCurrency)) {
            c.rate = findRate(rates, code, version.currency, version.rateDate);
            c.missing = !c.rate;
        }
        return *conversions.insert(code, c);
    };
    QHash<QString, qint64> byHeading; // the lines' own headings; the ones above at the end
    QString lastCategory;
    qint64 *lastSlot = nullptr;
    QHash<qint64, QHash<QString, qint64>> byMemberHeading;
    qint64 sources[4] = {0, 0, 0, 0};
    for (int i = 0; i < version.lines.size(); ++i) {
        const BudgetLine &line = version.lines.at(i);
        ComputedLine computed;
        computed.lineId = line.id;
        const Heading &heading = headingOf(line.category);
        const Conversion &conversion = conversionOf(line.currency);
        if (!heading.problem.isEmpty())
            computed.problem = heading.problem.arg(lineLabel(line, i));
        else if (!conversion.currency)
            computed.problem = tr("%1: %2 is not an ISO 4217 currency Hamkor knows.")
                                   .arg(lineLabel(line, i), line.currency);
        if (!computed.problem.isEmpty()) {
            result.problems.append(computed.problem);
            result.lines.append(computed);
            continue;
        }
        const auto amount = Money(line.unitCostMinor, *conversion.currency).times(line.quantity);
        if (!amount)
            return Error{lineLabel(line, i) + QStringLiteral(": ") + amount.message()};
        computed.amountMinor = amount->minorUnits();
        Result<Money> converted = *amount;
        if (conversion.missing) {
            computed.problem = tr("%1: there is no exchange rate from %2 to %3 on or before %4.")
                                   .arg(lineLabel(line, i), line.currency, version.currency,
                                        version.rateDate.toString(Qt::ISODate));
            computed.missingRate = true;
            result.problems.append(computed.problem);
            result.lines.append(computed);
            continue;
        }
        if (conversion.rate) {
            computed.rate = conversion.rate->first;
            converted =
                conversion.rate->second
                    ? amount->convertedAtInverse(conversion.rate->first.rate, *budgetCurrency)
                    : amount->convertedAt(conversion.rate->first.rate, *budgetCurrency);
            if (!converted)
                return Error{lineLabel(line, i) + QStringLiteral(": ") + converted.message()};
        }
        const qint64 value = converted->minorUnits();
        computed.convertedMinor = value;
        result.lines.append(computed);

        // Lines come heading by heading: the last heading's slot is usually the one.
        if (!lastSlot || line.category != lastCategory) {
            lastCategory = line.category;
            lastSlot = &byHeading[line.category];
        }
        if (!add(*lastSlot, value))
            return tooLarge();
        if (heading.isTax)
            continue; // taxes are no direct cost of a member or period
        if (!add(byMemberHeading[line.memberId][line.category], value))
            return tooLarge();
        if (!add(result.byMember[line.memberId], value) ||
            !add(result.byPeriod[line.period], value))
            return tooLarge();
        if (line.sharesAsAmounts) {
            // Amounts in the line's currency, each converted like the line; the partner's
            // own co-financing takes what they leave, so the sources add up exactly.
            const qint64 given[] = {line.donorMinor, 0, line.otherMinor, line.inKindMinor};
            qint64 parts[4] = {0, 0, 0, 0};
            qint64 assigned = 0;
            for (int k : {0, 2, 3}) {
                const Money share(given[k], *conversion.currency);
                const auto part =
                    !conversion.rate ? Result<Money>(share)
                    : conversion.rate->second
                        ? share.convertedAtInverse(conversion.rate->first.rate, *budgetCurrency)
                        : share.convertedAt(conversion.rate->first.rate, *budgetCurrency);
                if (!part || !add(assigned, part->minorUnits()))
                    return tooLarge();
                parts[k] = part->minorUnits();
            }
            parts[1] = value - assigned;
            for (int k = 0; k < 4; ++k) {
                if (!add(sources[k], parts[k]))
                    return tooLarge();
                result.lines.last().sources[size_t(k)] = parts[k];
            }
            continue;
        }
        // Each share is rounded by the rule, except the last one the line has, which takes
        // what is left, so that the sources always add up to the line exactly.
        const Decimal *shares[] = {&line.donorPct, &line.ownPct, &line.otherPct, &line.inKindPct};
        int last = 0;
        for (int k = 0; k < 4; ++k)
            if (!shares[k]->isZero())
                last = k;
        const Money lineMoney(value, *budgetCurrency);
        qint64 assigned = 0;
        for (int k = 0; k < 4; ++k) {
            qint64 part = 0;
            if (k == last) {
                part = value - assigned;
            } else if (!shares[k]->isZero()) {
                const auto share = lineMoney.percent(*shares[k]);
                if (!share)
                    return tooLarge();
                part = share->minorUnits();
            }
            if (!add(sources[k], part) || !add(assigned, part))
                return tooLarge();
            result.lines.last().sources[size_t(k)] = part;
        }
    }
    for (auto it = byHeading.cbegin(); it != byHeading.cend(); ++it) {
        const Heading &heading = headings.value(it.key());
        if (!heading.isTax)
            topHeadings.insert(heading.chain.last());
        for (const QString &code : heading.chain)
            if (!add(result.byCategory[code], it.value()))
                return tooLarge();
    }
    const char *const sourceCodes[] = {"donor", "own", "other_donors", "in_kind"};
    for (int k = 0; k < 4; ++k)
        result.bySource.insert(QString::fromLatin1(sourceCodes[k]), sources[k]);

    // The template's totals lines, in order; each may name headings and earlier totals. The
    // same is worked out for each member on its own headings, so that a percentage line is
    // shared among the members in proportion to their part of its base (Horizon Europe
    // leaves subcontracting out of a beneficiary's base, SF-424A equipment).
    QMap<QString, qint64> known = result.byCategory;
    QHash<qint64, QHash<QString, qint64>> knownByMember;
    for (auto it = byMemberHeading.cbegin(); it != byMemberHeading.cend(); ++it)
        for (auto h = it->cbegin(); h != it->cend(); ++h)
            for (const QString &code : headings.value(h.key()).chain)
                if (!add(knownByMember[it.key()][code], h.value()))
                    return tooLarge();
    const auto sumIn = [&](const auto &values, const QStringList &codes) -> std::optional<qint64> {
        qint64 sum = 0;
        for (const QString &code : codes) {
            if (code == QLatin1String("*")) {
                for (const QString &heading : std::as_const(topHeadings))
                    if (!add(sum, values.value(heading)))
                        return std::nullopt;
            } else if (!add(sum, values.value(code))) {
                return std::nullopt;
            }
        }
        return sum;
    };
    for (const BudgetTotalLine &line : layout.totals()) {
        qint64 amount = 0;
        QMap<qint64, qint64> bases; // members' parts of a percentage line's base
        switch (line.kind) {
        case BudgetTotalLine::Kind::Subtotal:
        case BudgetTotalLine::Kind::Total: {
            const auto sum = sumIn(known, line.of);
            if (!sum)
                return tooLarge();
            amount = *sum;
            for (auto it = knownByMember.begin(); it != knownByMember.end(); ++it) {
                const auto part = sumIn(*it, line.of);
                if (!part)
                    return tooLarge();
                it->insert(line.code, *part);
            }
            break;
        }
        case BudgetTotalLine::Kind::Indirect:
        case BudgetTotalLine::Kind::Contingency: {
            const bool indirect = line.kind == BudgetTotalLine::Kind::Indirect;
            const auto base = sumIn(known, line.base);
            const auto excluded = sumIn(known, line.baseExcludes);
            if (!base || !excluded)
                return tooLarge();
            const std::optional<Decimal> chosen =
                indirect ? version.indirectPct : version.contingencyPct;
            // The budget's own rate; else the template's; indirect costs else at the cap
            // (what most applicants claim), a contingency reserve else none.
            const Decimal pct = chosen.value_or(
                line.ratePct.value_or(indirect ? line.capPct.value_or(Decimal()) : Decimal()));
            const auto share = Money(*base - *excluded, *budgetCurrency).percent(pct);
            if (!share)
                return tooLarge();
            amount = share->minorUnits();
            for (auto it = knownByMember.cbegin(); it != knownByMember.cend(); ++it) {
                const auto memberBase = sumIn(*it, line.base);
                const auto memberExcluded = sumIn(*it, line.baseExcludes);
                if (!memberBase || !memberExcluded)
                    return tooLarge();
                bases.insert(it.key(), *memberBase - *memberExcluded);
            }
            auto parts = shareOut(amount, bases);
            if (!parts)
                return parts.error();
            for (auto it = parts->cbegin(); it != parts->cend(); ++it) {
                knownByMember[it.key()].insert(line.code, it.value());
                if (indirect && !add(result.indirectByMember[it.key()], it.value()))
                    return tooLarge();
            }
            break;
        }
        case BudgetTotalLine::Kind::Taxes:
            amount = result.byCategory.value(line.code);
            break;
        }
        known.insert(line.code, amount);
        result.totals.append({line.code, amount});
    }
    return result;
}

} // namespace core
} // namespace hamkor
