// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/budget/Budget.h"
#include "core/io/ImportProblem.h"

#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace hamkor {
namespace core {

class Store;
struct CsvOptions;
struct CsvTable;

// What adding budget lines from a table did: the problems that stopped it (nothing added),
// or the lines added and the version they went to.
struct BudgetLinesImport
{
    QList<ImportProblem> problems;
    int moreProblems = 0; // found beyond those listed (a streamed import lists the first ones)
    QString fileError;    // why the file could not be read as CSV (then nothing was added)
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

    // As intoProposal, from a CSV file read a row at a time and written as it is read, for
    // the command line: a file of a million lines is never held. One transaction, all or
    // nothing, and no undo step (commands::BudgetLinesWriter); the first maxProblems
    // problems are listed and the rest counted.
    static Result<BudgetLinesImport> streamIntoProposal(Store &store, qint64 proposalId,
                                                        const QString &versionName, QIODevice &csv,
                                                        const CsvOptions &options,
                                                        int maxProblems = 100);

private:
    // The version of the proposal named versionName (any case), else the newest when it is
    // empty; or a new one (no id) of that name, "Draft 1" when it is empty.
    static Result<BudgetVersion> targetVersion(Store &store, qint64 proposalId,
                                               const QString &versionName);
};

} // namespace core
} // namespace hamkor
