// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetRules.h"

#include "core/budget/BudgetLineChecks.h"
#include "core/budget/BudgetRun.h"
#include "core/domain/ExactMath.h"
#include "core/domain/MoneyFormat.h"

namespace hamkor {
namespace core {

namespace {

// part ÷ whole × 100 to two decimals, rounded by the rule; 0 when whole is 0.
Decimal percentOf(qint64 part, qint64 whole)
{
    if (whole == 0)
        return Decimal();
    const exact::Int128 hundredths = exact::divideRounded(
        exact::Int128(part) * 10000, whole < 0 ? -exact::Int128(whole) : exact::Int128(whole));
    return Decimal::fromParts(exact::toInt64(hundredths).value_or(0), 2)->normalized();
}

// Whether amount is at most pct % of base, as the budget computes a percentage: rounded to
// the minor unit by the rule (7 % of 0.50 is 0.04, and 0.04 is within the cap).
QString pctText(const Decimal &pct)
{
    return MoneyFormat::formatDecimal(pct, MoneyFormat::displayStyle()) + QStringLiteral(" %");
}

class Texts
{
public:
    explicit Texts(const BudgetVersion &version) : m_currency(Currency::fromCode(version.currency))
    {}

    QString money(qint64 minor) const
    {
        if (!m_currency)
            return QString::number(minor);
        return MoneyFormat::formatWithCode(Money(minor, *m_currency), MoneyFormat::displayStyle());
    }

private:
    std::optional<Currency> m_currency;
};

qint64 sumOf(const BudgetResult &result, const QStringList &codes)
{
    qint64 sum = 0;
    for (const QString &code : codes)
        sum += result.total(code);
    return sum;
}

// The rules on the template's percentage lines: indirect costs and contingency at most
// their cap (the call's, when it is lower than the donor's).
void checkCaps(QList<BudgetCheck> &checks, const BudgetVersion &version,
               const BudgetTemplate &layout, const BudgetResult &result,
               const std::optional<Call> &call, const Texts &texts)
{
    for (const BudgetTotalLine &line : layout.totals()) {
        const bool indirect = line.kind == BudgetTotalLine::Kind::Indirect;
        if (!indirect && line.kind != BudgetTotalLine::Kind::Contingency)
            continue;
        std::optional<Decimal> cap = line.capPct;
        if (indirect && call && call->indirectCapPct && (!cap || *call->indirectCapPct < *cap))
            cap = call->indirectCapPct;
        if (!cap)
            continue;
        const qint64 amount = result.total(line.code);
        const qint64 base = sumOf(result, line.base) - sumOf(result, line.baseExcludes);
        // A flat rate (Horizon Europe's 25 %) is neither more nor less.
        const bool flat =
            line.ratePct && line.capPct && *line.ratePct == *line.capPct && *cap == *line.capPct;
        // The rate the budget applies, against the cap: the amounts follow from it, rounded
        // once (or per beneficiary, each partner's part on its own).
        const Decimal rate = BudgetRun::rateOf(line, version.indirectPct, version.contingencyPct);
        const bool passed = rate <= *cap && (!flat || rate == *cap);
        const QString allowed =
            flat ? BudgetRules::tr("the donor's flat rate is %1").arg(pctText(*cap))
                 : BudgetRules::tr("at most %1 is allowed").arg(pctText(*cap));
        QString detail =
            (indirect ? BudgetRules::tr("Indirect costs are %1, %2 of %3; %4.")
                      : BudgetRules::tr("The contingency reserve is %1, %2 of %3; %4."))
                .arg(texts.money(amount), pctText(percentOf(amount, base)), texts.money(base),
                     allowed);
        if (!passed)
            detail += QLatin1Char(' ') +
                      (flat ? BudgetRules::tr("Use the flat rate of %1.").arg(pctText(*cap))
                            : BudgetRules::tr("Lower the rate to %1 or less.").arg(pctText(*cap)));
        checks.append({indirect
                           ? BudgetRules::tr("Indirect costs within the cap (%1)").arg(line.code)
                           : BudgetRules::tr("Contingency within the cap (%1)").arg(line.code),
                       passed,
                       detail,
                       {}});
    }
}

// The call's limits on the grant and on co-financing.
void checkCall(QList<BudgetCheck> &checks, const BudgetVersion &version,
               const BudgetFigures &figures, const Call &call, const QList<ExchangeRate> &rates,
               const Texts &texts)
{
    if (call.minAmountMinor || call.maxAmountMinor) {
        const QString rule = BudgetRules::tr("Grant within the call's limits");
        const auto from = Currency::fromCode(call.currency);
        const auto to = Currency::fromCode(version.currency);
        std::optional<qint64> min = call.minAmountMinor, max = call.maxAmountMinor;
        QString converted;
        if (from && to && !(*from == *to)) {
            const auto rate = BudgetCalculator::findRate(rates, call.currency, version.currency,
                                                         version.rateDate);
            if (!rate) {
                checks.append({rule,
                               false,
                               BudgetRules::tr("The call's limits are in %1 and there is no rate "
                                               "from %1 to %2 on or before %3 to compare them.")
                                   .arg(call.currency, version.currency,
                                        version.rateDate.toString(Qt::ISODate)),
                               {}});
                return;
            }
            const auto convert = [&](std::optional<qint64> &amount) {
                if (!amount)
                    return;
                const Money money(*amount, *from);
                const auto result = rate->second ? money.convertedAtInverse(rate->first.rate, *to)
                                                 : money.convertedAt(rate->first.rate, *to);
                amount = result ? std::optional<qint64>(result->minorUnits()) : std::nullopt;
            };
            convert(min);
            convert(max);
            converted =
                QLatin1Char(' ') +
                BudgetRules::tr("(converted from %1 at %2 of %3)")
                    .arg(call.currency,
                         MoneyFormat::formatDecimal(rate->first.rate, MoneyFormat::displayStyle()),
                         rate->first.date.toString(Qt::ISODate));
        }
        const bool passed = (!min || figures.grant >= *min) && (!max || figures.grant <= *max);
        QString limits;
        if (min && max)
            limits = BudgetRules::tr("between %1 and %2").arg(texts.money(*min), texts.money(*max));
        else if (min)
            limits = BudgetRules::tr("at least %1").arg(texts.money(*min));
        else
            limits = BudgetRules::tr("at most %1").arg(texts.money(*max));
        checks.append({rule,
                       passed,
                       BudgetRules::tr("The grant asked for is %1; the call gives %2%3.")
                           .arg(texts.money(figures.grant), limits, converted),
                       {}});
    }
    if (call.cofinancingMinPct) {
        const Decimal &min = *call.cofinancingMinPct;
        const bool passed = exact::Int128(figures.cofinancing) * 100 * exact::pow10(min.scale()) >=
                            exact::Int128(min.units()) * figures.eligible;
        checks.append(
            {BudgetRules::tr("Co-financing"),
             passed,
             BudgetRules::tr("Co-financing is %1, %2 of the eligible costs of %3 (the "
                             "donor's share is %4); the call asks for at least %5.")
                 .arg(texts.money(figures.cofinancing),
                      pctText(percentOf(figures.cofinancing, figures.eligible)),
                      texts.money(figures.eligible), pctText(figures.grantPct), pctText(min)),
             {}});
    }
}

} // namespace

BudgetFigures BudgetRules::figures(const BudgetVersion &version, const BudgetTemplate &layout,
                                   const BudgetResult &result)
{
    BudgetFigures f;
    for (const qint64 amount : result.byMember)
        f.direct += amount;
    for (const BudgetTotalLine &line : layout.totals())
        if (line.kind == BudgetTotalLine::Kind::Indirect)
            f.indirect += result.total(line.code);
    const BudgetTotalLine *grand = layout.grandTotal();
    f.eligible = grand ? result.total(grand->code) : f.direct;
    const std::optional<Decimal> fundingRate =
        version.fundingRatePct ? version.fundingRatePct : layout.fundingRatePct();
    const auto currency = Currency::fromCode(version.currency);
    if (fundingRate && currency) {
        const auto grant = Money(f.eligible, *currency).percent(*fundingRate);
        f.grant = grant ? grant->minorUnits() : 0;
    } else if (f.direct != 0) {
        const qint64 donor = result.bySource.value(QStringLiteral("donor"));
        f.grant = exact::toInt64(exact::divideRounded(exact::Int128(f.eligible) * donor, f.direct))
                      .value_or(0);
    }
    f.cofinancing = f.eligible - f.grant;
    f.grantPct = percentOf(f.grant, f.eligible);
    return f;
}

QList<BudgetCheck> BudgetRules::check(const BudgetVersion &version, const BudgetTemplate &layout,
                                      const BudgetResult &result, const Proposal &proposal,
                                      const std::optional<Call> &call,
                                      const QList<ExchangeRate> &rates)
{
    BudgetLineChecks lines(version, layout, proposal);
    for (int i = 0; i < version.lines.size(); ++i)
        lines.add(version.lines.at(i), {i, 0},
                  i < result.lines.size() ? result.lines.at(i) : ComputedLine());
    return check(version, layout, result, call, rates, lines);
}

QList<BudgetCheck> BudgetRules::check(const BudgetVersion &version, const BudgetTemplate &layout,
                                      const BudgetResult &result, const std::optional<Call> &call,
                                      const QList<ExchangeRate> &rates,
                                      const BudgetLineChecks &lines)
{
    const Texts texts(version);
    QList<BudgetCheck> checks;
    checkCaps(checks, version, layout, result, call, texts);
    if (call)
        checkCall(checks, version, figures(version, layout, result), *call, rates, texts);
    lines.appendTo(checks);
    return checks;
}

QList<EligibilityResult> BudgetRules::asEligibility(const BudgetVersion &version,
                                                    const QList<BudgetCheck> &checks)
{
    QList<EligibilityResult> results;
    for (const BudgetCheck &check : checks)
        results.append(
            {tr("Budget “%1”: %2").arg(version.name, check.rule), check.passed, check.detail});
    return results;
}

} // namespace core
} // namespace hamkor
