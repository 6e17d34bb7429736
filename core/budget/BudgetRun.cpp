// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetRun.h"

#include "core/domain/ExactMath.h"
#include "core/domain/Money.h"

#include <QSet>

#include <algorithm>

namespace hamkor {
namespace core {

namespace {

Error tooLarge()
{
    return Error{BudgetRun::tr("The budget's totals are too large to be held exactly.")};
}

// a += b, or false when the sum leaves the 64-bit range.
bool add(qint64 &a, qint64 b)
{
    return !__builtin_add_overflow(a, b, &a);
}

QString lineLabel(const BudgetLine &line, int index)
{
    const QString what = line.description.isEmpty() ? line.category : line.description;
    return BudgetRun::tr("Line %1 (%2)").arg(index + 1).arg(what);
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

Result<BudgetRun> BudgetRun::begin(const BudgetVersion &version, const BudgetTemplate &layout,
                                   const QList<ExchangeRate> &rates)
{
    const auto currency = Currency::fromCode(version.currency);
    if (!currency)
        return Error{tr("The budget's currency %1 is not an ISO 4217 currency Hamkor knows.")
                         .arg(version.currency)};
    return BudgetRun(version, layout, rates, *currency);
}

BudgetRun::BudgetRun(const BudgetVersion &version, const BudgetTemplate &layout,
                     const QList<ExchangeRate> &rates, const Currency &currency)
    : m_currencyCode(version.currency), m_rateDate(version.rateDate),
      m_indirectPct(version.indirectPct), m_contingencyPct(version.contingencyPct),
      m_layout(&layout), m_rates(rates), m_currency(currency)
{
    for (const BudgetTotalLine &line : layout.totals())
        if (line.kind == BudgetTotalLine::Kind::Taxes)
            m_taxCodes.append(line.code);
}

const BudgetRun::Heading &BudgetRun::headingOf(const QString &code)
{
    auto it = m_headings.find(code);
    if (it != m_headings.end())
        return *it;
    Heading h;
    h.isTax = m_taxCodes.contains(code);
    // A template without headings (generic) takes the line's own heading.
    const bool freeHeadings = m_layout->categories().isEmpty() && !code.isEmpty();
    if (code.isEmpty())
        h.problem = tr("%1 has no heading.");
    else if (!h.isTax && !freeHeadings && !m_layout->isLeaf(code))
        h.problem = m_layout->category(code)
                        ? tr("%1: heading %2 has sub-headings; enter the line under one of them.")
                              .arg(QStringLiteral("%1"), code)
                        : tr("%1: heading %2 is not in the template %3.")
                              .arg(QStringLiteral("%1"), code, m_layout->name());
    h.chain = h.isTax || freeHeadings ? QStringList{code} : m_layout->ancestry(code);
    return *m_headings.insert(code, h);
}

const BudgetRun::Conversion &BudgetRun::conversionOf(const QString &code)
{
    auto it = m_conversions.find(code);
    if (it != m_conversions.end())
        return *it;
    Conversion c;
    c.currency = Currency::fromCode(code);
    if (c.currency && !(*c.currency == m_currency)) {
        c.rate = BudgetCalculator::findRate(m_rates, code, m_currencyCode, m_rateDate);
        c.missing = !c.rate;
    }
    return *m_conversions.insert(code, c);
}

Result<ComputedLine> BudgetRun::compute(const BudgetLine &line, const std::function<int()> &place)
{
    ComputedLine computed;
    computed.lineId = line.id;
    const Heading &heading = headingOf(line.category);
    const Conversion &conversion = conversionOf(line.currency);
    if (!heading.problem.isEmpty())
        computed.problem = heading.problem.arg(lineLabel(line, place()));
    else if (!conversion.currency)
        computed.problem = tr("%1: %2 is not an ISO 4217 currency Hamkor knows.")
                               .arg(lineLabel(line, place()), line.currency);
    if (!computed.problem.isEmpty())
        return computed;
    const auto amount = Money(line.unitCostMinor, *conversion.currency).times(line.quantity);
    if (!amount)
        return Error{lineLabel(line, place()) + QStringLiteral(": ") + amount.message()};
    computed.amountMinor = amount->minorUnits();
    Result<Money> converted = *amount;
    if (conversion.missing) {
        computed.problem = tr("%1: there is no exchange rate from %2 to %3 on or before %4.")
                               .arg(lineLabel(line, place()), line.currency, m_currencyCode,
                                    m_rateDate.toString(Qt::ISODate));
        computed.missingRate = true;
        return computed;
    }
    if (conversion.rate) {
        computed.rate = conversion.rate->first;
        converted = conversion.rate->second
                        ? amount->convertedAtInverse(conversion.rate->first.rate, m_currency)
                        : amount->convertedAt(conversion.rate->first.rate, m_currency);
        if (!converted)
            return Error{lineLabel(line, place()) + QStringLiteral(": ") + converted.message()};
    }
    computed.convertedMinor = converted->minorUnits();
    if (heading.isTax)
        return computed; // taxes are no direct cost of a member or period
    if (Status s = sourcesOf(line, conversion, computed); !s)
        return s.error();
    return computed;
}

Result<ComputedLine> BudgetRun::add(const BudgetLine &line)
{
    const int index = m_index++;
    return add(line, [index] { return index; });
}

Result<ComputedLine> BudgetRun::add(const BudgetLine &line, const std::function<int()> &place)
{
    auto computed = compute(line, place);
    if (!computed)
        return computed;
    if (!computed->problem.isEmpty()) {
        m_result.problems.append(computed->problem);
        return computed;
    }
    const qint64 value = computed->convertedMinor;
    // Lines come heading by heading: the last heading's slot is usually the one.
    if (!m_lastSlot || line.category != m_lastCategory) {
        m_lastCategory = line.category;
        m_lastSlot = &m_byHeading[line.category];
    }
    if (!core::add(*m_lastSlot, value))
        return tooLarge();
    if (headingOf(line.category).isTax)
        return computed;
    if (!core::add(m_byMemberHeading[line.memberId][line.category], value) ||
        !core::add(m_result.byMember[line.memberId], value) ||
        !core::add(m_result.byPeriod[line.period], value))
        return tooLarge();
    for (int k = 0; k < 4; ++k)
        if (!core::add(m_sources[k], computed->sources[size_t(k)]))
            return tooLarge();
    return computed;
}

Status BudgetRun::sourcesOf(const BudgetLine &line, const Conversion &conversion,
                            ComputedLine &computed) const
{
    const qint64 value = computed.convertedMinor;
    if (line.sharesAsAmounts) {
        // Amounts in the line's currency, each converted like the line; the partner's own
        // co-financing takes what they leave, so the sources add up exactly.
        const qint64 given[] = {line.donorMinor, 0, line.otherMinor, line.inKindMinor};
        qint64 assigned = 0;
        for (int k : {0, 2, 3}) {
            const Money share(given[k], *conversion.currency);
            const auto part =
                !conversion.rate ? Result<Money>(share)
                : conversion.rate->second
                    ? share.convertedAtInverse(conversion.rate->first.rate, m_currency)
                    : share.convertedAt(conversion.rate->first.rate, m_currency);
            if (!part || !core::add(assigned, part->minorUnits()))
                return tooLarge();
            computed.sources[size_t(k)] = part->minorUnits();
        }
        computed.sources[1] = value - assigned;
        return {};
    }
    // Each share is rounded by the rule, except the last one the line has, which takes what
    // is left, so that the sources always add up to the line exactly.
    const Decimal *shares[] = {&line.donorPct, &line.ownPct, &line.otherPct, &line.inKindPct};
    int last = 0;
    for (int k = 0; k < 4; ++k)
        if (!shares[k]->isZero())
            last = k;
    const Money lineMoney(value, m_currency);
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
        if (!core::add(assigned, part))
            return tooLarge();
        computed.sources[size_t(k)] = part;
    }
    return {};
}

Decimal BudgetRun::rateOf(const BudgetTotalLine &line, const std::optional<Decimal> &indirectPct,
                          const std::optional<Decimal> &contingencyPct)
{
    const bool indirect = line.kind == BudgetTotalLine::Kind::Indirect;
    return (indirect ? indirectPct : contingencyPct)
        .value_or(line.ratePct.value_or(indirect ? line.capPct.value_or(Decimal()) : Decimal()));
}

Result<BudgetResult> BudgetRun::finish()
{
    QSet<QString> topHeadings; // what "*" adds up
    for (auto it = m_byHeading.cbegin(); it != m_byHeading.cend(); ++it) {
        const Heading &heading = m_headings.value(it.key());
        if (!heading.isTax)
            topHeadings.insert(heading.chain.last());
        for (const QString &code : heading.chain)
            if (!core::add(m_result.byCategory[code], it.value()))
                return tooLarge();
    }
    const char *const sourceCodes[] = {"donor", "own", "other_donors", "in_kind"};
    for (int k = 0; k < 4; ++k)
        m_result.bySource.insert(QString::fromLatin1(sourceCodes[k]), m_sources[k]);

    // The template's totals lines, in order; each may name headings and earlier totals. The
    // same is worked out for each member on its own headings, so that a percentage line is
    // shared among the members in proportion to their part of its base (Horizon Europe
    // leaves subcontracting out of a beneficiary's base, SF-424A equipment).
    QMap<QString, qint64> known = m_result.byCategory;
    QHash<qint64, QHash<QString, qint64>> knownByMember;
    for (auto it = m_byMemberHeading.cbegin(); it != m_byMemberHeading.cend(); ++it)
        for (auto h = it->cbegin(); h != it->cend(); ++h)
            for (const QString &code : m_headings.value(h.key()).chain)
                if (!core::add(knownByMember[it.key()][code], h.value()))
                    return tooLarge();
    const auto sumIn = [&](const auto &values, const QStringList &codes) -> std::optional<qint64> {
        qint64 sum = 0;
        for (const QString &code : codes) {
            if (code == QLatin1String("*")) {
                for (const QString &heading : std::as_const(topHeadings))
                    if (!core::add(sum, values.value(heading)))
                        return std::nullopt;
            } else if (!core::add(sum, values.value(code))) {
                return std::nullopt;
            }
        }
        return sum;
    };
    for (const BudgetTotalLine &line : m_layout->totals()) {
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
            const Decimal pct = rateOf(line, m_indirectPct, m_contingencyPct);
            const auto share = Money(*base - *excluded, m_currency).percent(pct);
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
            // Per beneficiary (Horizon Europe), each member's indirect costs are the rate of
            // its own base, rounded, and the line is their sum, as the donor's budget table
            // adds them; otherwise the whole is shared in proportion to the members' bases.
            Result<QMap<qint64, qint64>> parts = QMap<qint64, qint64>();
            if (m_layout->perBeneficiary() && indirect) {
                qint64 sum = 0;
                for (auto it = bases.cbegin(); it != bases.cend(); ++it) {
                    const auto part = Money(it.value(), m_currency).percent(pct);
                    if (!part || !core::add(sum, part->minorUnits()))
                        return tooLarge();
                    parts->insert(it.key(), part->minorUnits());
                }
                if (!bases.isEmpty())
                    amount = sum;
            } else {
                parts = shareOut(amount, bases);
            }
            if (!parts)
                return parts.error();
            for (auto it = parts->cbegin(); it != parts->cend(); ++it) {
                knownByMember[it.key()].insert(line.code, it.value());
                if (indirect && !core::add(m_result.indirectByMember[it.key()], it.value()))
                    return tooLarge();
            }
            break;
        }
        case BudgetTotalLine::Kind::Taxes:
            amount = m_result.byCategory.value(line.code);
            break;
        }
        known.insert(line.code, amount);
        m_result.totals.append({line.code, amount});
    }
    return std::move(m_result);
}

} // namespace core
} // namespace hamkor
