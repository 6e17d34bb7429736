// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Organisation.h"

namespace hamkor {
namespace core {

class Store;

// The edits of partner organisations. Each writes in one transaction and, when that
// worked, becomes one step of the store's undo stack; when it failed nothing changed.
namespace commands {

Result<qint64> addOrganisation(Store &store, const Organisation &organisation);
// Every field, contacts and engagements included.
Status editOrganisation(Store &store, const Organisation &organisation);
Status removeOrganisations(Store &store, const QList<qint64> &ids);
// Adds many as one undo step ("Import 28 partners"); returns their ids.
Result<QList<qint64>> addOrganisations(Store &store, const QList<Organisation> &organisations,
                                       const QString &actionText);
// Keeps keepId and moves removeId's contacts, engagements and consortium places to it
// (where both are in one consortium, the kept one's place stays and the other's budget
// lines and checklist items move to it); its themes and networks are added to the kept
// one's; then removeId is deleted. One undo step.
Status mergeOrganisations(Store &store, qint64 keepId, qint64 removeId);

} // namespace commands
} // namespace core
} // namespace hamkor
