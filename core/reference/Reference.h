// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reference/ReferenceList.h"

namespace hamkor {
namespace core {

// The fixed vocabularies of SPEC section 2, loaded once from resources/reference/.
// Files and the database store the codes; the UI shows ReferenceItem::name().
namespace reference {
const ReferenceList &themes();
const ReferenceList &countries(); // ISO 3166-1 alpha-2; Central Asia and Afghanistan first
const ReferenceList &organisationTypes();
const ReferenceList &partnerRoles();
const ReferenceList &mechanisms();
const ReferenceList &callStatuses();
const ReferenceList &proposalStatuses();
const ReferenceList &engagementKinds();
const ReferenceList &budgetVersionStates();
const ReferenceList &fundingSources();
const ReferenceList &checklistStates();
const ReferenceList &networks();
} // namespace reference

} // namespace core
} // namespace hamkor
