// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/BudgetSheet.h"

#include "core/budget/BudgetRun.h"
#include "core/domain/Money.h"

#include <QHash>

namespace hamkor {
namespace core {

int BudgetSheet::years(const LoadedBudget &budget)
{
    int years = std::max(1, (budget.context.proposal.durationMonths + 11) / 12);
    for (const BudgetLine &line : budget.version.lines)
        years = std::max(years, line.period);
    return years;
}

QList<BudgetSheetRow> BudgetSheet::rows(const LoadedBudget &budget, qint64 memberId, bool skipEmpty)
{
    const int years = BudgetSheet::years(budget);
    const BudgetTemplate &layout = budget.layout;
    const QList<BudgetLine> &lines = budget.version.lines;
    // Amounts by heading (with the headings above) and year, of the lines that count.
    QHash<QString, qint64> amounts;
    QHash<QString, QList<qint64>> perYear;
    QHash<QString, QList<int>> linesOf;
    for (int i = 0; i < lines.size(); ++i) {
        const BudgetLine &line = lines.at(i);
        if (memberId && line.memberId != memberId)
            continue;
        const qint64 value = budget.result.lines.value(i).convertedMinor;
        linesOf[line.category].append(i);
        const QStringList chain = layout.category(line.category) ? layout.ancestry(line.category)
                                                                 : QStringList{line.category};
        for (const QString &code : chain) {
            amounts[code] += value;
            QList<qint64> &years_ = perYear[code];
            years_.resize(years);
            if (line.period >= 1 && line.period <= years)
                years_[line.period - 1] += value;
        }
    }
    const auto lineRow = [&](int i, int depth) {
        BudgetSheetRow row;
        row.kind = BudgetSheetRow::Kind::Line;
        row.code = lines.at(i).category;
        row.name = lines.at(i).description;
        row.depth = depth;
        row.line = i;
        row.amount = budget.result.lines.value(i).convertedMinor;
        row.perYear = QList<qint64>(years, 0);
        if (lines.at(i).period >= 1 && lines.at(i).period <= years)
            row.perYear[lines.at(i).period - 1] = row.amount;
        return row;
    };

    QList<BudgetSheetRow> rows;
    for (const BudgetCategory &category : layout.categories()) {
        if (skipEmpty && !amounts.contains(category.code) && category.depth > 0)
            continue;
        BudgetSheetRow heading;
        heading.code = category.code;
        heading.name = category.name();
        heading.depth = category.depth;
        heading.amount = amounts.value(category.code);
        heading.perYear = perYear.value(category.code, QList<qint64>(years, 0));
        rows.append(heading);
        for (const int i : linesOf.value(category.code))
            rows.append(lineRow(i, category.depth + 1));
    }
    // The totals lines: the whole budget's, or the partner's share.
    QHash<QString, qint64> known = amounts;
    bool firstIndirect = true;
    // The whole budget's by year too, as a spreadsheet works them out from the headings'
    // years: sums, and each year's percentage rounded by the rule.
    const auto currency = Currency::fromCode(budget.version.currency);
    const auto sumYears = [&](const QStringList &codes) {
        QList<qint64> sum(years, 0);
        const auto add = [&](const QString &code) {
            const QList<qint64> of = perYear.value(code);
            for (int y = 0; y < std::min(years, int(of.size())); ++y)
                sum[y] += of.at(y);
        };
        for (const QString &code : codes) {
            if (code != QLatin1String("*")) {
                add(code);
                continue;
            }
            for (const BudgetCategory &category : layout.categories())
                if (category.depth == 0)
                    add(category.code);
        }
        return sum;
    };
    for (const BudgetTotalLine &total : layout.totals()) {
        BudgetSheetRow row;
        row.kind = BudgetSheetRow::Kind::Total;
        row.code = total.code;
        row.name = total.name();
        row.total = &total;
        if (!memberId) {
            row.amount = budget.result.total(total.code);
            switch (total.kind) {
            case BudgetTotalLine::Kind::Subtotal:
            case BudgetTotalLine::Kind::Total:
                row.perYear = sumYears(total.of);
                break;
            case BudgetTotalLine::Kind::Indirect:
            case BudgetTotalLine::Kind::Contingency: {
                const QList<qint64> base = sumYears(total.base);
                const QList<qint64> excluded = sumYears(total.baseExcludes);
                const Decimal pct = BudgetRun::rateOf(total, budget.version.indirectPct,
                                                      budget.version.contingencyPct);
                row.perYear = QList<qint64>(years, 0);
                for (int y = 0; y < years && currency; ++y)
                    if (const auto share =
                            Money(base.at(y) - excluded.at(y), *currency).percent(pct))
                        row.perYear[y] = share->minorUnits();
                break;
            }
            case BudgetTotalLine::Kind::Taxes:
                row.perYear = perYear.value(total.code, QList<qint64>(years, 0));
                break;
            }
            perYear.insert(total.code, row.perYear);
        } else {
            switch (total.kind) {
            case BudgetTotalLine::Kind::Subtotal:
            case BudgetTotalLine::Kind::Total:
                for (const QString &code : total.of) {
                    if (code == QLatin1String("*")) {
                        for (const BudgetCategory &category : layout.categories())
                            if (category.depth == 0)
                                row.amount += known.value(category.code);
                    } else {
                        row.amount += known.value(code);
                    }
                }
                break;
            case BudgetTotalLine::Kind::Indirect:
                row.amount = firstIndirect ? budget.result.indirectByMember.value(memberId) : 0;
                firstIndirect = false;
                break;
            case BudgetTotalLine::Kind::Contingency:
            case BudgetTotalLine::Kind::Taxes:
                row.amount = known.value(total.code);
                break;
            }
        }
        known.insert(total.code, row.amount);
        rows.append(row);
        if (total.kind == BudgetTotalLine::Kind::Taxes)
            for (const int i : linesOf.value(total.code))
                rows.append(lineRow(i, 1));
    }
    return rows;
}

} // namespace core
} // namespace hamkor
