// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Call.h"
#include "core/domain/Organisation.h"
#include "core/domain/Proposal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace hamkor {
namespace core {

// One rule of the eligibility check, and whether the proposal meets it.
struct EligibilityResult
{
    QString rule; // what is checked, in words: "Lead applicant's country"
    bool passed = false;
    QString detail; // why it passes or fails, with the facts: "Germany is not among …"
};

// A proposal against its call (issue 5), each rule in plain words. The consortium rules
// (one lead applicant, each partner once, affiliated entities tied to a co-applicant) come
// first; then the call's: the lead's type and country, every co-applicant's country, the
// number of partners, the duration, the thematic areas, and whether the call is still open
// in the donor's own time zone.
class Eligibility
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::Eligibility)

public:
    // organisations holds at least the consortium's members, by id.
    static QList<EligibilityResult> check(const Proposal &proposal, const std::optional<Call> &call,
                                          const QHash<qint64, Organisation> &organisations,
                                          const QDateTime &now);
    static bool allPassed(const QList<EligibilityResult> &results);
    // Only the consortium's own rules (also checked by the editor before saving).
    static QList<EligibilityResult> consortium(const Proposal &proposal,
                                               const QHash<qint64, Organisation> &organisations);
};

} // namespace core
} // namespace hamkor
