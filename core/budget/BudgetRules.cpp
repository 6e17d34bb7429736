// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetRules.h"

#include "core/budget/BudgetRun.h"
#include "core/domain/ExactMath.h"
#include "core/domain/MoneyFormat.h"

#include <QHash>
#include <QSet>

namespace hamkor {
namespace core {

namespace {

constexpr int MaxListed = 5; // lines named in a detail before "and N more"

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
    explicit Texts(const BudgetVersion &version)
        : m_currency(Currency::fromCode(version.currency)), m_first(version.lines.constData())
    {}

    QString money(qint64 minor) const
    {
        if (!m_currency)
            return QString::number(minor);
        return MoneyFormat::formatWithCode(Money(minor, *m_currency), MoneyFormat::displayStyle());
    }

    QString line(const BudgetLine &line) const
    {
        // Lines are named by their place in the version (they all live in its list).
        const auto index = &line - m_first;
        return line.description.isEmpty()
                   ? BudgetRules::tr("line %1 (%2)").arg(index + 1).arg(line.category)
                   : BudgetRules::tr("line %1 (%2)").arg(index + 1).arg(line.description);
    }

    QString lines(const QList<const BudgetLine *> &lines) const
    {
        QStringList names;
        for (int i = 0; i < lines.size() && i < MaxListed; ++i)
            names << line(*lines.at(i));
        QString text = names.join(QStringLiteral(", "));
        if (lines.size() > MaxListed)
            text += BudgetRules::tr(" and %n more", nullptr, int(lines.size() - MaxListed));
        return text;
    }

private:
    std::optional<Currency> m_currency;
    const BudgetLine *m_first;
};

QList<qint64> idsOf(const QList<const BudgetLine *> &lines)
{
    QList<qint64> ids;
    for (const BudgetLine *line : lines)
        ids << line->id;
    return ids;
}

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
    const Texts texts(version);
    QList<BudgetCheck> checks;
    checkCaps(checks, version, layout, result, call, texts);
    if (call)
        checkCall(checks, version, figures(version, layout, result), *call, rates, texts);

    QHash<qint64, const ConsortiumMember *> members;
    for (const ConsortiumMember &member : proposal.members)
        members.insert(member.id, &member);

    // Associates: only what the donor lets them charge.
    bool hasAssociates = false;
    for (const ConsortiumMember &member : proposal.members)
        hasAssociates = hasAssociates || member.role == u"associate";
    if (hasAssociates && layout.associatesMayCharge()) {
        const QStringList &allowed = *layout.associatesMayCharge();
        QList<const BudgetLine *> broken;
        for (const BudgetLine &line : version.lines) {
            const ConsortiumMember *member = members.value(line.memberId);
            if (!member || member->role != u"associate")
                continue;
            bool ok = false;
            for (const QString &heading : layout.ancestry(line.category))
                ok = ok || allowed.contains(heading);
            if (!ok)
                broken << &line;
        }
        const QString may =
            allowed.isEmpty() ? tr("associates may charge no costs")
                              : tr("associates may charge only headings %1 (travel and per diems)")
                                    .arg(allowed.join(QStringLiteral(", ")));
        checks.append(
            {tr("Associates charge only what they may"), broken.isEmpty(),
             broken.isEmpty()
                 ? tr("Under %1, %2; no associate's line breaks this.").arg(layout.name(), may)
                 : tr("Under %1, %2: %3.").arg(layout.name(), may, texts.lines(broken)),
             idsOf(broken)});
    }

    QList<const BudgetLine *> outside, missingRate, badPeriod;
    QList<QString> otherProblems;
    QList<qint64> otherIds;
    const int years = (proposal.durationMonths + 11) / 12;
    for (int i = 0; i < version.lines.size(); ++i) {
        const BudgetLine &line = version.lines.at(i);
        if (!members.contains(line.memberId))
            outside << &line;
        if (years > 0 && (line.period < 1 || line.period > years))
            badPeriod << &line;
        if (i < result.lines.size() && !result.lines.at(i).problem.isEmpty()) {
            if (result.lines.at(i).missingRate) {
                missingRate << &line;
            } else {
                otherProblems << result.lines.at(i).problem;
                otherIds << line.id;
            }
        }
    }
    checks.append({tr("Every line for a member of the consortium"), outside.isEmpty(),
                   outside.isEmpty() ? tr("Every line is for a member of the consortium.")
                                     : tr("%n line(s) for no member of the consortium: %1.",
                                          nullptr, int(outside.size()))
                                           .arg(texts.lines(outside)),
                   idsOf(outside)});
    QStringList pairs;
    for (const BudgetLine *line : std::as_const(missingRate))
        if (!pairs.contains(line->currency))
            pairs << line->currency;
    checks.append({tr("An exchange rate for every currency"), missingRate.isEmpty(),
                   missingRate.isEmpty()
                       ? tr("Every line in another currency has a rate to %1 on or before %2.")
                             .arg(version.currency, version.rateDate.toString(Qt::ISODate))
                       : tr("No rate to %1 on or before %2 from %3: %4.")
                             .arg(version.currency, version.rateDate.toString(Qt::ISODate),
                                  pairs.join(QStringLiteral(", ")), texts.lines(missingRate)),
                   idsOf(missingRate)});
    if (years > 0)
        checks.append(
            {tr("Every line within the proposal's years"), badPeriod.isEmpty(),
             badPeriod.isEmpty()
                 ? tr("The proposal runs %n year(s); every line is in one of them.", nullptr, years)
                 : tr("The proposal runs %n year(s) (%1 months); outside them: %2.", nullptr, years)
                       .arg(proposal.durationMonths)
                       .arg(texts.lines(badPeriod)),
             idsOf(badPeriod)});
    if (!otherProblems.isEmpty())
        checks.append({tr("Every line under a heading of the template"), false,
                       otherProblems.join(QLatin1Char(' ')), otherIds});
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
