// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/io/ImportProblem.h"

#include <QCoreApplication>

#include <optional>

namespace hamkor {
namespace core {

class Store;
struct CsvTable;

// What adding budget lines from a table did: the problems that stopped it (nothing added),
// or the lines added and the version they went to.
struct BudgetLinesImport
{
    QList<ImportProblem> problems;
    int added = 0;
    qint64 versionId = 0;
    QString versionName;
};

// Budget lines from the budget-lines CSV format (or pasted from a spreadsheet) into a
// proposal's budget, all or nothing, one undo step (BudgetImporter reads the rows).
class BudgetLinesImporter
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetLinesImporter)

public:
    // Into the version named versionName; a new version of that name when the proposal has
    // none such; the newest when versionName is empty, or a new "Draft 1" when there is none.
    static Result<BudgetLinesImport> intoProposal(Store &store, qint64 proposalId,
                                                  const QString &versionName,
                                                  const CsvTable &table);
    // Into an existing version; pasted text reads decimal commas as the user writes them.
    static Result<BudgetLinesImport> intoVersion(Store &store, qint64 versionId,
                                                 const CsvTable &table,
                                                 std::optional<bool> decimalCommas = std::nullopt,
                                                 const QString &actionText = QString());
};

} // namespace core
} // namespace hamkor
