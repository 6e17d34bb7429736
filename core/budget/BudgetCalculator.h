// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/budget/Budget.h"
#include "core/budget/BudgetTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <array>

namespace hamkor {
namespace core {

// A line as computed: its amount in its own currency, the rate used and the amount in the
// budget's currency, each rounded once (the rounding rule of README and Money).
struct ComputedLine
{
    qint64 lineId = 0;
    qint64 amountMinor = 0;           // quantity × unit cost, in the line's currency
    qint64 convertedMinor = 0;        // in the budget's currency
    std::optional<ExchangeRate> rate; // none when the line is in the budget's currency
    QString problem;                  // why it could not be computed (a missing rate)
    bool missingRate = false;         // the problem is a missing exchange rate
    // convertedMinor split by funding source: donor, own, other donors, in kind.
    std::array<qint64, 4> sources = {0, 0, 0, 0};
};

// A budget computed: every line, subtotals by heading, partner, period and funding source,
// and the template's totals lines in order, all in the budget's currency minor units.
struct BudgetResult
{
    QList<ComputedLine> lines;
    QMap<QString, qint64> byCategory; // every heading, with the headings above summed
    QMap<qint64, qint64> byMember;    // direct costs per consortium member
    QMap<int, qint64> byPeriod;
    QMap<QString, qint64> bySource;           // donor, own, other_donors, in_kind
    QList<std::pair<QString, qint64>> totals; // the template's totals lines, in order
    QMap<qint64, qint64> indirectByMember; // shared in proportion to each member's part of the base
    QStringList problems;                  // lines that could not be converted

    qint64 total(const QString &code) const;
};

// The budget engine (issue 6): pure computation, no database. Exchange rates are given as
// a list; the one used for a line is the latest on or before the version's rate date, from
// the line's currency to the budget's (or the other way round, divided).
class BudgetCalculator
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetCalculator)

public:
    // BudgetRun over the version's lines, every computed line kept in the result.
    static Result<BudgetResult> compute(const BudgetVersion &version, const BudgetTemplate &layout,
                                        const QList<ExchangeRate> &rates);
    // The rate for from → to on date: exact, or inverse when only to → from is known.
    static std::optional<std::pair<ExchangeRate, bool>> findRate(const QList<ExchangeRate> &rates,
                                                                 const QString &from,
                                                                 const QString &to,
                                                                 const QDate &date);
};

} // namespace core
} // namespace hamkor
