// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetCalculator.h"
#include "core/domain/Currency.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace hamkor {
namespace core {

// Calls each with every line of a budget in order, and stops at the first that fails.
using LineSource = std::function<Status(const std::function<Status(const BudgetLine &)> &each)>;

// The budget engine one line at a time: each line computed as it comes and added to the
// subtotals, the template's totals lines worked out at the end. BudgetCalculator::compute
// is a run over a version's lines; a CSV export streams a million lines through one
// without holding them.
class BudgetRun
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetCalculator)

public:
    // For version's currency, rate date and rates of indirect costs and contingency (its
    // lines are not read); layout must outlive the run.
    static Result<BudgetRun> begin(const BudgetVersion &version, const BudgetTemplate &layout,
                                   const QList<ExchangeRate> &rates);

    // The next line, computed; one that cannot be (a missing rate, an unknown heading) has
    // its problem said and counts for nothing. Fails only when a total leaves the range
    // money can hold.
    Result<ComputedLine> add(const BudgetLine &line);
    // The same for lines that come in another order (a budget read heading by heading):
    // place gives the line's place in the version, asked only when a problem names it.
    Result<ComputedLine> add(const BudgetLine &line, const std::function<int()> &place);
    // Every total; the result's lines are left empty.
    Result<BudgetResult> finish();

    // The percentage a percentage line (indirect costs, contingency) takes of its base: the
    // version's own; else the template's; indirect costs else at the cap (what most
    // applicants claim), a contingency reserve else none.
    static Decimal rateOf(const BudgetTotalLine &line, const std::optional<Decimal> &indirectPct,
                          const std::optional<Decimal> &contingencyPct);

private:
    // What every line under a heading shares, worked out once per heading.
    struct Heading
    {
        QString problem; // "%1" stands for the line's label
        bool isTax = false;
        QStringList chain; // the heading and those above it
    };
    // The currency of lines and the rate to the budget's, worked out once per currency.
    struct Conversion
    {
        std::optional<Currency> currency;
        std::optional<std::pair<ExchangeRate, bool>> rate; // none: same currency or missing
        bool missing = false;
    };

    BudgetRun(const BudgetVersion &version, const BudgetTemplate &layout,
              const QList<ExchangeRate> &rates, const Currency &currency);
    // The line computed, not yet added to anything.
    Result<ComputedLine> compute(const BudgetLine &line, const std::function<int()> &place);
    const Heading &headingOf(const QString &code);
    const Conversion &conversionOf(const QString &code);
    // The line's converted amount split by source of funding.
    Status sourcesOf(const BudgetLine &line, const Conversion &conversion,
                     ComputedLine &computed) const;
    Status totalsLines();

    QString m_currencyCode;
    QDate m_rateDate;
    std::optional<Decimal> m_indirectPct;
    std::optional<Decimal> m_contingencyPct;
    const BudgetTemplate *m_layout;
    QList<ExchangeRate> m_rates;
    Currency m_currency;
    QStringList m_taxCodes;
    int m_index = 0;

    QHash<QString, Heading> m_headings;
    QHash<QString, Conversion> m_conversions;
    QHash<QString, qint64> m_byHeading; // the lines' own headings; the ones above at the end
    QString m_lastCategory;
    qint64 *m_lastSlot = nullptr;
    QHash<qint64, QHash<QString, qint64>> m_byMemberHeading;
    qint64 m_sources[4] = {0, 0, 0, 0};
    BudgetResult m_result;
};

} // namespace core
} // namespace hamkor
