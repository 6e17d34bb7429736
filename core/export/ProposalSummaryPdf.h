// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Call.h"
#include "core/domain/Eligibility.h"
#include "core/domain/Organisation.h"
#include "core/domain/Proposal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>

namespace hamkor {
namespace core {

// What the summary sheet shows: a proposal, the call it answers (none when standalone), the
// consortium's organisations by id, and the eligibility check (Eligibility::check).
struct ProposalSummaryInput
{
    Proposal proposal;
    std::optional<Call> call;
    QHash<qint64, Organisation> organisations;
    QList<EligibilityResult> eligibility;
    // When the sheet is made, in the reader's own zone (Clock::nowUtc() seen in
    // Clock::userZone()): printed on every page, and the "now" and the zone in which the days
    // left to the deadline are counted.
    QDateTime generatedAt;
};

// A one-to-two page PDF summary of a proposal (issue "Summary sheet"): the title block, the
// call and its deadline in the donor's zone, the consortium with roles and countries, the
// checklist and the eligibility result, with "Page N of M" and the date on every page.
//
// User text (names, titles, contributions, checklist items) is drawn as plain text, never
// read as HTML: a partner called "<img src=…>" is printed as those characters.
// The text is set in DejaVu Sans, which has Cyrillic (with Kazakh and Tajik letters), Uzbek
// Latin and Arabic; the PDF embeds it, so its text layer holds the real characters.
//
// Painting needs a QGuiApplication (fonts come from the platform plugin; "offscreen" will do);
// without one, write() fails with a message instead of crashing.
class ProposalSummaryPdf
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::ProposalSummaryPdf)

public:
    // The PDF, A4 portrait, written to an open device.
    static Status write(QIODevice &device, const ProposalSummaryInput &input);
    // The PDF written to path through QSaveFile: the file is replaced whole or not at all.
    static Status writeFile(const QString &path, const ProposalSummaryInput &input);
};

} // namespace core
} // namespace hamkor
