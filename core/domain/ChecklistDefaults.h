// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Organisation.h"
#include "core/domain/Proposal.h"

#include <QHash>

namespace hamkor {
namespace core {

// The checklist a new proposal starts with, per donor template
// (resources/reference/checklist_templates.json): items for the whole submission, and
// items for each consortium member of a role ("Mandate from ZhB" for each co-applicant).
// The user edits it afterwards.
class ChecklistDefaults
{
public:
    // The default items for proposal, in the display language; members not saved yet are
    // named as owners by -(index + 1) (see ConsortiumMember::affiliatedTo).
    static QList<ChecklistItem> forProposal(const Proposal &proposal,
                                            const QHash<qint64, Organisation> &organisations);
};

} // namespace core
} // namespace hamkor
