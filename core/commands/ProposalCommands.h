// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Proposal.h"

namespace hamkor {
namespace core {

class Store;

// The edits of proposals, each one transaction and one undo step; on failure nothing
// changed. A proposal's acronym is unique in a file.
namespace commands {

Result<qint64> addProposal(Store &store, const Proposal &proposal);
// Every field, the consortium and the checklist included.
Status editProposal(Store &store, const Proposal &proposal);
Status removeProposals(Store &store, const QList<qint64> &ids);
Result<QList<qint64>> addProposals(Store &store, const QList<Proposal> &proposals,
                                   const QString &actionText);

} // namespace commands
} // namespace core
} // namespace hamkor
