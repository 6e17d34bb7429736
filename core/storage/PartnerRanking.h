// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Call.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace hamkor {
namespace core {

// An organisation worth asking to join a proposal for a call, with why, in words.
struct RankedPartner
{
    qint64 organisationId = 0;
    QString name;
    QString acronym;
    QString country; // ISO 3166-1 alpha-2
    QString type;    // code of reference::organisationTypes()
    int score = 0;
    // Each fact that earned points, with its numbers: "works on Climate change and
    // Biodiversity and ecosystems (2 of the call's 3 thematic areas)", "based in Kyrgyzstan,
    // an eligible country", "3 engagements with us, the latest on 12 Mar 2026 (expert
    // work)", "partner in 2 earlier consortia (STEPPE, AQUAFIELD)", "has audited accounts".
    QStringList reasons;

    friend bool operator==(const RankedPartner &, const RankedPartner &) = default;
};

// Which partners suit a call. Only organisations the call allows are ranked: their country
// among its eligible countries and their type among its applicant types (when it lists
// any), sharing at least one of its thematic areas (when it lists any), never a donor.
//
// Score = 10 × shared thematic areas + 3 × engagements with us (at most 5 count)
//       + 5 × earlier consortia (at most 4 count; a proposal for this very call is not an
//       earlier one) + 1 for audited accounts; equal scores in order of name.
//
// Computed in SQL with the call's codes as bound values: one query ranks every candidate,
// a second reads the acronyms of the earlier consortia of those returned.
class PartnerRanking
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::PartnerRanking)

public:
    explicit PartnerRanking(const QSqlDatabase &db);

    // The best limit partners for call, best first; every candidate when limit <= 0.
    Result<QList<RankedPartner>> forCall(const Call &call, int limit = 50) const;

private:
    QSqlDatabase m_db;
};

} // namespace core
} // namespace hamkor
