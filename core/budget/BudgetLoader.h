// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/budget/BudgetRules.h"
#include "core/budget/BudgetRun.h"
#include "core/domain/Organisation.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace hamkor {
namespace core {

// A proposal with what its checks need: its call and its members' organisations.
struct ProposalContext
{
    Proposal proposal;
    std::optional<Call> call;
    QHash<qint64, Organisation> organisations; // the consortium's, by id

    // A member's acronym, else its organisation's name; "" for 0 or a stranger.
    QString memberName(qint64 memberId) const;
    // The members whose organisations have acronyms, by acronym in lower case (an import's
    // partner column).
    QHash<QString, qint64> membersByAcronym() const;
};

Result<ProposalContext> loadProposalContext(const QSqlDatabase &db, qint64 proposalId);

// A budget version read from the file and computed: what the editor, the command line and
// the exports show, so that they agree to the unit.
struct LoadedBudget
{
    ProposalContext context;
    BudgetVersion version;
    BudgetTemplate layout;
    QList<ExchangeRate> rates;
    BudgetResult result;
    BudgetFigures figures;
    QList<BudgetCheck> checks;
    // Set when the lines were left in the file (Lines::Streamed): they are read from it one
    // by one, and version.lines, result, figures and checks stay empty.
    LineSource streamed;
    // With streamed: the same lines grouped by heading, in order within each (read without
    // sorting them all), and the sort order and id of every line in order, which says where
    // a line read so comes in the version.
    LineSource streamedByHeading;
    std::function<Result<QList<std::pair<int, qint64>>>()> streamedOrder;
    // Set when the budget was laid out again in another template for an export
    // (BudgetMapping): the name of the template its lines are under in the file.
    QString relaidFrom;

    // The template's name, with the one it was laid out from when it was.
    QString layoutName() const;

    // Computes result, figures and checks again from version, layout and rates; fails
    // only when a total leaves the range money can hold.
    Status recompute();
};

// Whether a loaded budget holds its lines, or leaves them in the file to be streamed (a CSV
// export of a million lines).
enum class Lines
{
    Held,
    Streamed
};

// The version named versionName (the newest when empty) of the proposal with acronym.
Result<LoadedBudget> loadBudget(const QSqlDatabase &db, const QString &acronym,
                                const QString &versionName, Lines lines = Lines::Held);
Result<LoadedBudget> loadBudget(const QSqlDatabase &db, qint64 versionId,
                                Lines lines = Lines::Held);

// The proposal's eligibility (issue 5) followed by the rules on its newest budget version,
// if it has one.
Result<QList<EligibilityResult>> checkProposal(const ProposalContext &context,
                                               const QSqlDatabase &db, const QDateTime &now);

} // namespace core
} // namespace hamkor
