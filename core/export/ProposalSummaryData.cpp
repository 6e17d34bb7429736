// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ProposalSummaryData.h"

#include "core/Clock.h"
#include "core/budget/BudgetLoader.h"

namespace hamkor {
namespace core {

Result<ProposalSummaryInput> loadProposalSummary(const QSqlDatabase &db, qint64 proposalId)
{
    auto context = loadProposalContext(db, proposalId);
    if (!context)
        return context.error();
    const QDateTime now = Clock::nowUtc();
    auto eligibility = checkProposal(*context, db, now);
    if (!eligibility)
        return eligibility.error();
    ProposalSummaryInput input;
    input.proposal = std::move(context->proposal);
    input.call = std::move(context->call);
    input.organisations = std::move(context->organisations);
    input.eligibility = std::move(*eligibility);
    input.generatedAt = now.toTimeZone(Clock::userZone());
    return input;
}

} // namespace core
} // namespace hamkor
