// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetLoader.h"

#include "core/storage/BudgetRepository.h"
#include "core/storage/CallRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProposalRepository.h"

#include <algorithm>

namespace hamkor {
namespace core {

QString ProposalContext::memberName(qint64 memberId) const
{
    for (const ConsortiumMember &member : proposal.members) {
        if (member.id != memberId)
            continue;
        const auto it = organisations.constFind(member.organisationId);
        if (it == organisations.cend())
            return QString();
        return it->acronym.isEmpty() ? it->name : it->acronym;
    }
    return QString();
}

QHash<QString, qint64> ProposalContext::membersByAcronym() const
{
    QHash<QString, qint64> members;
    for (const ConsortiumMember &member : proposal.members) {
        const Organisation organisation = organisations.value(member.organisationId);
        if (!organisation.acronym.isEmpty())
            members.insert(organisation.acronym.toLower(), member.id);
    }
    return members;
}

Result<ProposalContext> loadProposalContext(const QSqlDatabase &db, qint64 proposalId)
{
    ProposalContext context;
    auto proposal = ProposalRepository(db).load(proposalId);
    if (!proposal)
        return proposal.error();
    context.proposal = *proposal;
    if (context.proposal.callId) {
        auto call = CallRepository(db).load(context.proposal.callId);
        if (!call)
            return call.error();
        context.call = *call;
    }
    QList<qint64> ids;
    for (const ConsortiumMember &member : context.proposal.members)
        ids << member.organisationId;
    auto organisations = OrganisationRepository(db).loadMany(ids);
    if (!organisations)
        return organisations.error();
    for (const Organisation &organisation : *organisations)
        context.organisations.insert(organisation.id, organisation);
    return context;
}

QString LoadedBudget::layoutName() const
{
    return relaidFrom.isEmpty()
               ? layout.name()
               : QCoreApplication::translate("hamkor::core::BudgetMapping", "%1, laid out from %2")
                     .arg(layout.name(), relaidFrom);
}

Status LoadedBudget::recompute()
{
    auto computed = BudgetCalculator::compute(version, layout, rates);
    if (!computed)
        return computed.error();
    result = std::move(*computed);
    figures = BudgetRules::figures(version, layout, result);
    checks = BudgetRules::check(version, layout, result, context.proposal, context.call, rates);
    return {};
}

namespace {

// A locked version's kept rates, and the file's rates for the pairs it did not need.
QList<ExchangeRate> withKeptRates(const QList<ExchangeRate> &kept, const QList<ExchangeRate> &file)
{
    QList<ExchangeRate> rates = kept;
    for (const ExchangeRate &rate : file) {
        const bool covered = std::any_of(kept.cbegin(), kept.cend(), [&](const ExchangeRate &k) {
            return (k.from == rate.from && k.to == rate.to) ||
                   (k.from == rate.to && k.to == rate.from);
        });
        if (!covered)
            rates.append(rate);
    }
    return rates;
}

Result<LoadedBudget> complete(const QSqlDatabase &db, ProposalContext context,
                              BudgetVersion version, Lines lines = Lines::Held)
{
    LoadedBudget budget;
    budget.context = std::move(context);
    budget.version = std::move(version);
    const auto layout =
        BudgetTemplate::forVersion(budget.version.templateCode, budget.version.categories);
    if (!layout)
        return Error{QCoreApplication::translate("hamkor::core::BudgetRules",
                                                 "The budget uses the template “%1”, which this "
                                                 "version of Hamkor does not know.")
                         .arg(budget.version.templateCode)};
    budget.layout = *layout;
    auto rates = ExchangeRateRepository(db).all();
    if (!rates)
        return rates.error();
    budget.rates = budget.version.isLocked() ? withKeptRates(budget.version.keptRates, *rates)
                                             : std::move(*rates);
    if (lines == Lines::Streamed) {
        budget.streamed = [db, id = budget.version.id](const auto &each) {
            return BudgetRepository(db).forEachLine(id, each);
        };
        budget.streamedByHeading = [db, id = budget.version.id](const auto &each) {
            return BudgetRepository(db).forEachLineByHeading(id, each);
        };
        budget.streamedOrder = [db, id = budget.version.id] {
            return BudgetRepository(db).lineOrder(id);
        };
        return budget;
    }
    if (Status s = budget.recompute(); !s)
        return s.error();
    return budget;
}

} // namespace

Result<LoadedBudget> loadBudget(const QSqlDatabase &db, const QString &acronym,
                                const QString &versionName, Lines lines)
{
    const auto proposal = ProposalRepository(db).loadByAcronym(acronym);
    if (!proposal)
        return proposal.error();
    auto version = BudgetRepository(db).loadByName(proposal->id, versionName, lines == Lines::Held);
    if (!version)
        return version.error();
    auto context = loadProposalContext(db, proposal->id);
    if (!context)
        return context.error();
    return complete(db, std::move(*context), std::move(*version), lines);
}

Result<LoadedBudget> loadBudget(const QSqlDatabase &db, qint64 versionId, Lines lines)
{
    auto version = BudgetRepository(db).load(versionId, lines == Lines::Held);
    if (!version)
        return version.error();
    auto context = loadProposalContext(db, version->proposalId);
    if (!context)
        return context.error();
    return complete(db, std::move(*context), std::move(*version), lines);
}

Result<QList<EligibilityResult>> checkProposal(const ProposalContext &context,
                                               const QSqlDatabase &db, const QDateTime &now)
{
    QList<EligibilityResult> results =
        Eligibility::check(context.proposal, context.call, context.organisations, now);
    BudgetRepository budgets(db);
    const auto versions = budgets.versions(context.proposal.id);
    if (!versions)
        return versions.error();
    if (versions->isEmpty())
        return results;
    auto version = budgets.load(versions->constLast().id);
    if (!version)
        return version.error();
    auto budget = complete(db, context, std::move(*version));
    if (!budget)
        return budget.error();
    results += BudgetRules::asEligibility(budget->version, budget->checks);
    return results;
}

} // namespace core
} // namespace hamkor
