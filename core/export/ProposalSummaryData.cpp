// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ProposalSummaryData.h"

#include "core/Clock.h"
#include "core/storage/CallRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProposalRepository.h"

namespace hamkor {
namespace core {

Result<ProposalSummaryInput> loadProposalSummary(const QSqlDatabase &db, qint64 proposalId)
{
    ProposalSummaryInput input;
    auto proposal = ProposalRepository(db).load(proposalId);
    if (!proposal)
        return proposal.error();
    input.proposal = *proposal;
    if (input.proposal.callId) {
        auto call = CallRepository(db).load(input.proposal.callId);
        if (!call)
            return call.error();
        input.call = *call;
    }
    QList<qint64> ids;
    for (const ConsortiumMember &member : input.proposal.members)
        ids << member.organisationId;
    auto organisations = OrganisationRepository(db).loadMany(ids);
    if (!organisations)
        return organisations.error();
    for (const Organisation &organisation : *organisations)
        input.organisations.insert(organisation.id, organisation);
    const QDateTime now = Clock::nowUtc();
    input.eligibility = Eligibility::check(input.proposal, input.call, input.organisations, now);
    input.generatedAt = now.toTimeZone(Clock::userZone());
    return input;
}

} // namespace core
} // namespace hamkor
