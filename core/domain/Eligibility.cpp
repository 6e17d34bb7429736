// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Eligibility.h"

#include "core/reference/Reference.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace hamkor {
namespace core {

namespace {

QString organisationName(const QHash<qint64, Organisation> &organisations, qint64 id)
{
    const auto it = organisations.constFind(id);
    return it == organisations.cend() ? QString::number(id)
                                      : (it->acronym.isEmpty() ? it->name : it->acronym);
}

QString countryNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names << reference::countries().name(code);
    return names.join(QStringLiteral(", "));
}

} // namespace

bool Eligibility::allPassed(const QList<EligibilityResult> &results)
{
    return std::all_of(results.cbegin(), results.cend(),
                       [](const EligibilityResult &result) { return result.passed; });
}

QList<EligibilityResult> Eligibility::consortium(const Proposal &proposal,
                                                 const QHash<qint64, Organisation> &organisations)
{
    QList<EligibilityResult> results;
    QStringList leads;
    QSet<qint64> seen;
    QStringList repeated;
    QHash<qint64, const ConsortiumMember *> byId;
    for (const ConsortiumMember &member : proposal.members) {
        byId.insert(member.id, &member);
        if (member.role == u"lead")
            leads << organisationName(organisations, member.organisationId);
        if (seen.contains(member.organisationId))
            repeated << organisationName(organisations, member.organisationId);
        seen.insert(member.organisationId);
    }
    results.append({tr("One lead applicant"), leads.size() == 1,
                    leads.size() == 1 ? tr("%1 leads the consortium.").arg(leads.constFirst())
                    : leads.isEmpty() ? tr("No partner is the lead applicant; choose one.")
                                      : tr("%1 are all lead applicants; only one can be.")
                                            .arg(leads.join(QStringLiteral(", ")))});
    results.append(
        {tr("Each partner once"), repeated.isEmpty(),
         repeated.isEmpty()
             ? tr("No organisation appears twice.")
             : tr("%1 appears more than once.").arg(repeated.join(QStringLiteral(", ")))});
    QStringList untied;
    for (const ConsortiumMember &member : proposal.members) {
        if (member.role != u"affiliated")
            continue;
        const ConsortiumMember *to = byId.value(member.affiliatedTo);
        if (!to || (to->role != u"co-applicant" && to->role != u"lead"))
            untied << organisationName(organisations, member.organisationId);
    }
    results.append({tr("Affiliated entities tied to an applicant"), untied.isEmpty(),
                    untied.isEmpty() ? tr("Every affiliated entity is tied to the lead or a "
                                          "co-applicant.")
                                     : tr("%1 is an affiliated entity but is not tied to the "
                                          "lead or a co-applicant.")
                                           .arg(untied.join(QStringLiteral(", ")))});
    return results;
}

QList<EligibilityResult> Eligibility::check(const Proposal &proposal,
                                            const std::optional<Call> &call,
                                            const QHash<qint64, Organisation> &organisations,
                                            const QDateTime &now)
{
    QList<EligibilityResult> results = consortium(proposal, organisations);
    if (!call) {
        results.append({tr("Linked to a call"), true,
                        tr("The proposal is not linked to a call, so no call rules apply.")});
        return results;
    }
    const ConsortiumMember *lead = nullptr;
    for (const ConsortiumMember &member : proposal.members)
        if (member.role == u"lead" && !lead)
            lead = &member;
    if (lead) {
        const Organisation organisation = organisations.value(lead->organisationId);
        const QString name = organisationName(organisations, lead->organisationId);
        const bool typeOk =
            call->applicantTypes.isEmpty() || call->applicantTypes.contains(organisation.type);
        QStringList types;
        for (const QString &code : call->applicantTypes)
            types << reference::organisationTypes().name(code);
        results.append({tr("Lead applicant's type"), typeOk,
                        typeOk
                            ? tr("%1's type, %2, is one the call accepts.")
                                  .arg(name, reference::organisationTypes().name(organisation.type))
                            : tr("%1's type, %2, is not one the call accepts (%3).")
                                  .arg(name, reference::organisationTypes().name(organisation.type),
                                       types.join(QStringLiteral(", ")))});
        const bool countryOk =
            call->countries.isEmpty() || call->countries.contains(organisation.country);
        results.append({tr("Lead applicant's country"), countryOk,
                        countryOk
                            ? tr("%1 is based in %2, an eligible country.")
                                  .arg(name, reference::countries().name(organisation.country))
                            : tr("%1 is based in %2, which is not among the call's "
                                 "countries (%3).")
                                  .arg(name, reference::countries().name(organisation.country),
                                       countryNames(call->countries))});
    }
    if (!call->countries.isEmpty()) {
        QStringList outside;
        for (const ConsortiumMember &member : proposal.members) {
            if (member.role != u"co-applicant")
                continue;
            const Organisation organisation = organisations.value(member.organisationId);
            if (!call->countries.contains(organisation.country))
                outside << tr("%1 (%2)").arg(organisationName(organisations, member.organisationId),
                                             reference::countries().name(organisation.country));
        }
        results.append(
            {tr("Co-applicants' countries"), outside.isEmpty(),
             outside.isEmpty()
                 ? tr("Every co-applicant is based in an eligible country.")
                 : tr("Not in an eligible country: %1.").arg(outside.join(QStringLiteral(", ")))});
    }
    if (call->maxPartners) {
        const int partners = int(proposal.members.size());
        results.append({tr("Number of partners"), partners <= *call->maxPartners,
                        tr("The consortium has %1 partners; the call allows at most %2.")
                            .arg(partners)
                            .arg(*call->maxPartners)});
    }
    if (call->minDurationMonths || call->maxDurationMonths) {
        const int months = proposal.durationMonths;
        const bool ok = (!call->minDurationMonths || months >= *call->minDurationMonths) &&
                        (!call->maxDurationMonths || months <= *call->maxDurationMonths);
        results.append({tr("Duration"), ok,
                        tr("%1 months; the call allows %2 to %3 months.")
                            .arg(months)
                            .arg(call->minDurationMonths ? QString::number(*call->minDurationMonths)
                                                         : QStringLiteral("…"))
                            .arg(call->maxDurationMonths ? QString::number(*call->maxDurationMonths)
                                                         : QStringLiteral("…"))});
    }
    if (!call->themes.isEmpty()) {
        QStringList shared;
        for (const QString &theme : proposal.themes)
            if (call->themes.contains(theme))
                shared << reference::themes().name(theme);
        results.append(
            {tr("Thematic areas"), !shared.isEmpty(),
             shared.isEmpty()
                 ? tr("None of the proposal's thematic areas is among the call's.")
                 : tr("Shared with the call: %1.").arg(shared.join(QStringLiteral(", ")))});
    }
    const QDateTime deadline = call->deadline();
    // Once the proposal is submitted the deadline is behind it, not against it.
    if (proposal.status != u"concept_note" && proposal.status != u"full_proposal") {
        results.append({tr("Call still open"), true,
                        tr("The proposal is past submission; the deadline was %1 (%2).")
                            .arg(QLocale().toString(deadline, QStringLiteral("d MMM yyyy, HH:mm")),
                                 QString::fromLatin1(deadline.timeZone().id()))});
        return results;
    }
    const bool open = deadline.isValid() && now < deadline;
    results.append(
        {tr("Call still open"), open,
         open ? tr("The deadline is %1 (%2).")
                    .arg(QLocale().toString(deadline, QStringLiteral("d MMM yyyy, HH:mm")),
                         QString::fromLatin1(deadline.timeZone().id()))
              : tr("The deadline passed on %1 (%2).")
                    .arg(QLocale().toString(deadline, QStringLiteral("d MMM yyyy, HH:mm")),
                         QString::fromLatin1(deadline.timeZone().id()))});
    return results;
}

} // namespace core
} // namespace hamkor
