// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/budget/Budget.h"
#include "core/io/CsvReader.h"

#include <QHash>

namespace hamkor {
namespace core {

// Budget lines as a spreadsheet copies and pastes them: tab-separated, in the columns of the
// budget-lines import (category, description, partner, unit, quantity, unit_cost, currency,
// period, donor_pct, other_pct, in_kind_pct), numbers with a dot and no grouping.
class BudgetClipboard
{
public:
    // A header row, then one row per line; partners by their acronyms (memberId → acronym).
    static QString toText(const QList<BudgetLine> &lines, const QHash<qint64, QString> &acronyms);
    // Pasted text as a table for BudgetImporter: with its own header row when the first
    // cell is "category", else in the columns above (as many as its first row has cells).
    static Result<CsvTable> toTable(const QString &text);
};

} // namespace core
} // namespace hamkor
