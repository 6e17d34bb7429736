// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/Budget.h"
#include "core/budget/BudgetTemplate.h"
#include "core/domain/Proposal.h"
#include "core/io/CsvColumns.h"
#include "core/io/ImportProblem.h"

#include <QCoreApplication>
#include <QHash>

namespace hamkor {
namespace core {

struct CsvTable;

// What importing an exchange-rates file would do, before anything is written.
struct RateImportPreview
{
    QList<ExchangeRate> rates; // every rate of the file, in order
    QList<ImportProblem> problems;
    int rowsRead = 0;

    bool ok() const { return problems.isEmpty(); }
};

// Reads the exchange-rates CSV format: from, to, rate, date, source (`../shared/data/rates.csv`).
// 1 unit of from is rate units of to on date; the rate is kept exactly as written.
class RateImporter
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::RateImporter)

public:
    static QStringList columns();
    static RateImportPreview preview(const CsvTable &table);
};

// What importing budget lines would do: the lines, and the headings a generic budget gains.
struct BudgetImportPreview
{
    QList<BudgetLine> lines;
    QList<UserCategory> newHeadings; // generic template: codes not yet named
    QList<ImportProblem> problems;
    int rowsRead = 0;

    bool ok() const { return problems.isEmpty(); }
};

// Reads the budget-lines CSV format: category, description, partner, unit, quantity,
// unit_cost, currency, period, donor_pct, and optionally other_pct and in_kind_pct (other
// donors' and in-kind shares; the partner's own co-financing takes the rest), or instead of
// the percentages donor_amount, other_amount, in_kind_amount in the line's currency. The
// category is a
// heading of the version's template by its code (1.1.1, A.1, c); the partner a member of the
// proposal's consortium by its organisation's acronym, in any case; unit_cost is in major units of
// the line's currency; donor_pct the donor's share (the rest is the partner's co-financing), 100
// when empty; the period a year of the proposal, 1 when empty.
class BudgetImporter
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetImporter)

public:
    static QStringList columns();
    // acronyms maps each member's acronym in lower case to its member id.
    // Numbers have a decimal comma when decimalCommas says so, else when cells are separated
    // by ';' (as Russian-language spreadsheets save them).
    // The format's columns found in the header of a file read a row at a time; a problem for
    // each column it cannot take (BudgetRowReader then reads the rows).
    static CsvColumns matchHeader(const QStringList &header, QList<ImportProblem> &problems);
    static BudgetImportPreview preview(const CsvTable &table, const BudgetTemplate &layout,
                                       const Proposal &proposal,
                                       const QHash<QString, qint64> &acronyms,
                                       std::optional<bool> decimalCommas = std::nullopt);
};

} // namespace core
} // namespace hamkor
