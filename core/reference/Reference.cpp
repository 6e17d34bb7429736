// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reference/Reference.h"

namespace hamkor {
namespace core {
namespace reference {

#define HAMKOR_REFERENCE_LIST(function, file)                                                      \
    const ReferenceList &function()                                                                \
    {                                                                                              \
        static const ReferenceList list(QStringLiteral(file));                                     \
        return list;                                                                               \
    }

HAMKOR_REFERENCE_LIST(themes, "themes")
HAMKOR_REFERENCE_LIST(countries, "countries")
HAMKOR_REFERENCE_LIST(organisationTypes, "organisation_types")
HAMKOR_REFERENCE_LIST(partnerRoles, "partner_roles")
HAMKOR_REFERENCE_LIST(mechanisms, "mechanisms")
HAMKOR_REFERENCE_LIST(callStatuses, "call_statuses")
HAMKOR_REFERENCE_LIST(proposalStatuses, "proposal_statuses")
HAMKOR_REFERENCE_LIST(engagementKinds, "engagement_kinds")
HAMKOR_REFERENCE_LIST(budgetVersionStates, "budget_version_states")
HAMKOR_REFERENCE_LIST(fundingSources, "funding_sources")
HAMKOR_REFERENCE_LIST(checklistStates, "checklist_states")
HAMKOR_REFERENCE_LIST(networks, "networks")

#undef HAMKOR_REFERENCE_LIST

} // namespace reference
} // namespace core
} // namespace hamkor
