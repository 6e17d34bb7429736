// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/commands/ChangeCommand.h"
#include "core/domain/Organisation.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariantList>

namespace hamkor {
namespace core {

class Store;
class OrganisationRepository;

namespace commands {

// Merging two organisations, undoably: the removed one's contacts, engagements and
// consortium places move to the kept one, then it is deleted. Everything moved is noted,
// so that an undo moves exactly that back. Made through commands::mergeOrganisations().
class OrganisationMerge : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::commands::OrganisationMerge)

public:
    OrganisationMerge(Store &store, qint64 keepId, qint64 removeId);

private:
    Status apply(bool forward) override { return forward ? this->forward() : backward(); }
    Status forward();
    Status backward();
    Status moveIds(const char *table, const char *column, const QList<qint64> &ids, qint64 to);

    qint64 m_keepId = 0;
    qint64 m_removeId = 0;
    // What the forward step found and did, for the undo.
    Organisation m_keptBefore;
    Organisation m_removed;
    QList<qint64> m_movedContacts, m_movedEngagements, m_movedMembers;
    QList<QVariantList> m_deletedMembers;          // rows of consortium_members, in column order
    QList<std::pair<qint64, qint64>> m_movedLines; // budget line, its former member
    QList<std::pair<qint64, qint64>> m_movedChecklist;    // checklist item, its former owner
    QList<std::pair<qint64, qint64>> m_movedAffiliations; // member, its former affiliation
};

} // namespace commands
} // namespace core
} // namespace hamkor
