// SPDX-License-Identifier: GPL-3.0-or-later
// BudgetLinesImporter::streamIntoProposal: a CSV file of budget lines read a row at a time,
// each good row written as it is read, in one transaction that is only committed when no
// row had a problem.
#include "core/Store.h"
#include "core/budget/BudgetLoader.h"
#include "core/commands/BudgetLinesWriter.h"
#include "core/io/BudgetImporter.h"
#include "core/io/BudgetLinesImport.h"
#include "core/io/BudgetRowReader.h"
#include "core/io/CsvReader.h"

#include <QMap>

#include <optional>

namespace hamkor {
namespace core {

namespace {

// The first problems of a file, and how many more there are: a file of a million lines for
// the wrong proposal has a million problems, of which a person reads the first few.
class Problems
{
public:
    explicit Problems(int listed) : m_listed(listed) {}

    void add(QList<ImportProblem> &problems)
    {
        for (ImportProblem &problem : problems) {
            if (m_first.size() < m_listed)
                m_first.append(std::move(problem));
            else
                ++m_more;
        }
        problems.clear();
    }
    bool any() const { return !m_first.isEmpty() || m_more > 0; }
    void into(BudgetLinesImport &outcome)
    {
        outcome.problems = std::move(m_first);
        outcome.moreProblems = m_more;
    }

private:
    int m_listed;
    QList<ImportProblem> m_first;
    int m_more = 0;
};

} // namespace

Result<BudgetLinesImport>
BudgetLinesImporter::streamIntoProposal(Store &store, qint64 proposalId, const QString &versionName,
                                        QIODevice &csv, const CsvOptions &options, int maxProblems)
{
    auto version = targetVersion(store, proposalId, versionName);
    if (!version)
        return version.error();
    const auto context = loadProposalContext(store.database().connection(), proposalId);
    if (!context)
        return context.error();
    const auto layout = BudgetTemplate::forVersion(version->templateCode, version->categories);
    if (!layout)
        return Error{tr("The budget uses the template “%1”, which this version of Hamkor does "
                        "not know.")
                         .arg(version->templateCode)};
    const QHash<QString, qint64> acronyms = context->membersByAcronym();
    auto writer = commands::BudgetLinesWriter::begin(store, *version);
    if (!writer)
        return writer.error();

    BudgetLinesImport outcome;
    QList<ImportProblem> headerProblems;
    std::optional<CsvColumns> columns;
    std::optional<BudgetRowReader> reader;
    QMap<int, ImportProblem> unnamed; // values under columns without a name, by column
    Problems problems(maxProblems);
    QList<ImportProblem> found; // the current row's
    bool writeFailed = false;
    const Status read = CsvReader::stream(
        csv, options,
        [&](const CsvTable &head) -> Status {
            columns.emplace(BudgetImporter::matchHeader(head.header, headerProblems));
            if (!headerProblems.isEmpty())
                return Error{QString()}; // the rows cannot be read: stop here
            reader.emplace(*columns, *layout, context->proposal, acronyms, head.delimiter == u';');
            return {};
        },
        [&](QStringList &cells, int line) -> Status {
            columns->checkUnnamed(cells, line, found);
            for (ImportProblem &problem : found)
                unnamed.insert(problem.column.mid(1).toInt(), std::move(problem));
            found.clear();
            BudgetLine budgetLine = reader->read(cells, line, found);
            if (!found.isEmpty())
                problems.add(found);
            // Once anything is wrong nothing will be kept: the rest is only checked.
            if (problems.any() || !unnamed.isEmpty())
                return {};
            Status added = (*writer)->add(std::move(budgetLine));
            writeFailed = !added;
            return added;
        });
    if (!headerProblems.isEmpty()) {
        Problems listed(maxProblems);
        listed.add(headerProblems);
        listed.into(outcome);
        return outcome;
    }
    if (writeFailed)
        return read.error();
    if (!read) {
        outcome.fileError = read.message();
        return outcome;
    }
    // As a table read whole reports it: only the columns, when a column without a name has
    // values (BudgetImporter::preview).
    if (!unnamed.isEmpty()) {
        QList<ImportProblem> columnProblems = unnamed.values();
        Problems listed(maxProblems);
        listed.add(columnProblems);
        listed.into(outcome);
        return outcome;
    }
    if (problems.any()) {
        problems.into(outcome);
        return outcome;
    }
    if (Status s = (*writer)->commit(reader->newHeadings()); !s)
        return s.error();
    outcome.added = (*writer)->added();
    outcome.versionId = (*writer)->versionId();
    outcome.versionName = version->name;
    return outcome;
}

} // namespace core
} // namespace hamkor
