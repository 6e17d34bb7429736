// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetCompare.h"

#include "core/budget/BudgetRun.h"
#include "core/domain/MoneyFormat.h"

#include <QHash>
#include <QLocale>

namespace hamkor {
namespace core {

namespace {

QString keyOf(const BudgetLine &line)
{
    return line.category + u'\x1f' + line.description + u'\x1f' + QString::number(line.memberId) +
           u'\x1f' + QString::number(line.period);
}

QStringList changedFields(const BudgetLine &a, const BudgetLine &b)
{
    QStringList fields;
    if (a.unit != b.unit)
        fields << BudgetCompare::tr("unit");
    if (a.quantity != b.quantity)
        fields << BudgetCompare::tr("quantity");
    if (a.unitCostMinor != b.unitCostMinor)
        fields << BudgetCompare::tr("unit cost");
    if (a.currency != b.currency)
        fields << BudgetCompare::tr("currency");
    if (a.donorPct != b.donorPct || a.ownPct != b.ownPct || a.otherPct != b.otherPct ||
        a.inKindPct != b.inKindPct)
        fields << BudgetCompare::tr("funding");
    return fields;
}

} // namespace

namespace {

// The rate a version applies to its template's line of kind, "" when it has none.
QString rateText(const LoadedBudget &budget, BudgetTotalLine::Kind kind)
{
    for (const BudgetTotalLine &line : budget.layout.totals())
        if (line.kind == kind)
            return MoneyFormat::formatDecimal(BudgetRun::rateOf(line, budget.version.indirectPct,
                                                                budget.version.contingencyPct),
                                              MoneyFormat::displayStyle()) +
                   QStringLiteral(" %");
    return QString();
}

QList<SettingDifference> settingsThatDiffer(const LoadedBudget &before, const LoadedBudget &after)
{
    QList<SettingDifference> settings;
    const auto add = [&](const QString &name, const QString &a, const QString &b) {
        if (a != b)
            settings.append({name, a, b});
    };
    add(BudgetCompare::tr("Template"), before.layout.name(), after.layout.name());
    add(BudgetCompare::tr("Currency"), before.version.currency, after.version.currency);
    const QLocale locale;
    add(BudgetCompare::tr("Rates of"),
        locale.toString(before.version.rateDate, QStringLiteral("d MMM yyyy")),
        locale.toString(after.version.rateDate, QStringLiteral("d MMM yyyy")));
    add(BudgetCompare::tr("Indirect costs"), rateText(before, BudgetTotalLine::Kind::Indirect),
        rateText(after, BudgetTotalLine::Kind::Indirect));
    add(BudgetCompare::tr("Contingency reserve"),
        rateText(before, BudgetTotalLine::Kind::Contingency),
        rateText(after, BudgetTotalLine::Kind::Contingency));
    // The funding rate where the template funds a rate of the costs (Horizon Europe).
    const auto funding = [](const LoadedBudget &b) {
        const auto rate =
            b.version.fundingRatePct ? b.version.fundingRatePct : b.layout.fundingRatePct();
        return rate ? MoneyFormat::formatDecimal(*rate, MoneyFormat::displayStyle()) +
                          QStringLiteral(" %")
                    : QString();
    };
    add(BudgetCompare::tr("Funding rate"), funding(before), funding(after));
    return settings;
}

} // namespace

BudgetComparison BudgetCompare::compare(const LoadedBudget &before, const LoadedBudget &after)
{
    BudgetComparison c;
    c.sameCurrency = before.version.currency == after.version.currency;
    c.settings = settingsThatDiffer(before, after);
    QHash<QString, QList<int>> unmatched; // key → indexes of before's lines, in order
    for (int i = 0; i < before.version.lines.size(); ++i)
        unmatched[keyOf(before.version.lines.at(i))].append(i);
    QList<bool> matched(before.version.lines.size(), false);
    for (int j = 0; j < after.version.lines.size(); ++j) {
        const BudgetLine &line = after.version.lines.at(j);
        const qint64 amount = after.result.lines.value(j).convertedMinor;
        QList<int> &candidates = unmatched[keyOf(line)];
        if (candidates.isEmpty()) {
            c.lines.append({LineDifference::Kind::Added, std::nullopt, line, 0, amount, {}});
            continue;
        }
        const int i = candidates.takeFirst();
        matched[i] = true;
        const BudgetLine &old = before.version.lines.at(i);
        const qint64 oldAmount = before.result.lines.value(i).convertedMinor;
        const QStringList fields = changedFields(old, line);
        if (!fields.isEmpty() || oldAmount != amount)
            c.lines.append({LineDifference::Kind::Changed, old, line, oldAmount, amount, fields});
    }
    for (int i = 0; i < before.version.lines.size(); ++i)
        if (!matched.at(i))
            c.lines.append({LineDifference::Kind::Removed,
                            before.version.lines.at(i),
                            std::nullopt,
                            before.result.lines.value(i).convertedMinor,
                            0,
                            {}});

    // Headings of both layouts (the later version's first), then its totals lines.
    QStringList seen;
    const auto addAmount = [&](const QString &code, const QString &name) {
        if (seen.contains(code))
            return;
        seen << code;
        const qint64 a = before.result.total(code), b = after.result.total(code);
        if (a != b)
            c.amounts.append({code, name, a, b});
    };
    for (const LoadedBudget *budget : {&after, &before})
        for (const BudgetCategory &category : budget->layout.categories())
            addAmount(category.code, category.name());
    for (const LoadedBudget *budget : {&after, &before})
        for (const BudgetTotalLine &total : budget->layout.totals())
            addAmount(total.code, total.name());
    c.totalBefore = before.figures.eligible;
    c.totalAfter = after.figures.eligible;
    return c;
}

} // namespace core
} // namespace hamkor
