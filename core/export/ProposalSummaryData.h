// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/export/ProposalSummaryPdf.h"

#include <QSqlDatabase>

namespace hamkor {
namespace core {

// Everything the summary sheet of a proposal shows, read from the file: the proposal, its
// call, its partners and the eligibility check as of now (the window and the command
// line print the same sheet).
Result<ProposalSummaryInput> loadProposalSummary(const QSqlDatabase &db, qint64 proposalId);

} // namespace core
} // namespace hamkor
