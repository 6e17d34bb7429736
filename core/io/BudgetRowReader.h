// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/Budget.h"
#include "core/budget/BudgetTemplate.h"
#include "core/domain/Proposal.h"
#include "core/io/CsvColumns.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace hamkor {
namespace core {

// One row of the budget-lines format read into a budget line (BudgetImporter::preview reads
// a table with it; hamkor import budget a file streamed a row at a time). It keeps only
// the headings a generic budget gains, never the lines.
class BudgetRowReader
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetImporter)

public:
    // columns matched against the format (BudgetImporter::columns()); acronyms maps each
    // member's acronym in lower case to its member id. layout, proposal, acronyms and
    // columns must outlive the reader.
    BudgetRowReader(const CsvColumns &columns, const BudgetTemplate &layout,
                    const Proposal &proposal, const QHash<QString, qint64> &acronyms,
                    bool commaDecimals);

    // The line that row (which starts on line of the file) says; its problems, if any, are
    // appended to problems, and then the line is not to be used.
    BudgetLine read(const QStringList &row, int line, QList<ImportProblem> &problems);
    // The headings the rows named that a generic template did not have, in order.
    const QList<UserCategory> &newHeadings() const { return m_newHeadings; }

private:
    // The format's columns, in the order of BudgetImporter::columns().
    enum Column
    {
        Category,
        Description,
        Partner,
        Unit,
        Quantity,
        UnitCost,
        Currency,
        Period,
        DonorPct,
        OtherPct,
        InKindPct,
        DonorAmount,
        OtherAmount,
        InKindAmount,
        Columns
    };

    const CsvColumns &m_columns;
    int m_at[Columns]; // where each column is in the file, or -1
    const BudgetTemplate &m_layout;
    const Proposal &m_proposal;
    const QHash<QString, qint64> &m_acronyms;
    bool m_commaDecimals;
    bool m_freeHeadings; // a generic budget takes the headings the file names
    int m_years;
    QSet<QString> m_headings;
    QList<UserCategory> m_newHeadings;
};

} // namespace core
} // namespace hamkor
