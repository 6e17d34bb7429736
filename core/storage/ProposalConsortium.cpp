// SPDX-License-Identifier: GPL-3.0-or-later
// A proposal's consortium and checklist, written so that the ids of members and items
// survive an edit (budget lines, checklist owners and affiliations point at them).
#include "core/Clock.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/Sql.h"

#include <QSet>

namespace hamkor {
namespace core {

namespace {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant date(const QDate &day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate))
                         : QVariant(QMetaType(QMetaType::QString));
}

// The saved id a member reference stands for: a real id, or -(index + 1) of a member of
// the list just written.
qint64 resolve(qint64 reference, const QList<qint64> &savedIds)
{
    if (reference >= 0)
        return reference;
    return savedIds.value(-reference - 1, 0);
}

} // namespace

Status ProposalRepository::writeConsortium(qint64 id, const Proposal &proposal, bool restoring)
{
    const QString now = Clock::nowStamp();
    // Members no longer listed go first, with what points at them (their checklist
    // ownership is cleared by the foreign key; their budget lines lose their member).
    QSet<qint64> kept;
    for (const ConsortiumMember &member : proposal.members)
        if (member.id > 0)
            kept.insert(member.id);
    auto existing =
        run(QStringLiteral("SELECT id FROM consortium_members WHERE proposal_id = ?"), {id});
    if (!existing)
        return existing.error();
    QList<qint64> gone;
    while ((*existing)->next())
        if (!kept.contains((*existing)->value(0).toLongLong()))
            gone << (*existing)->value(0).toLongLong();
    (*existing)->finish();
    for (qint64 member : std::as_const(gone))
        if (auto removed =
                run(QStringLiteral("DELETE FROM consortium_members WHERE id = ?"), {member});
            !removed)
            return removed.error();

    // Written without affiliations first: a member may be tied to one saved after it.
    QList<qint64> savedIds;
    for (const ConsortiumMember &m : proposal.members) {
        const QVariantList fields{m.organisationId, m.role,      nullableId(m.contactId),
                                  m.contribution,   m.sortOrder, now};
        if (m.id > 0 && !restoring) {
            auto updated = run(QStringLiteral("UPDATE consortium_members SET organisation_id = ?, "
                                              "role = ?, contact_id = ?, contribution = ?, "
                                              "sort_order = ?, modified_at = ?, affiliated_to_id = "
                                              "NULL WHERE id = ? AND proposal_id = ?"),
                               fields + QVariantList{m.id, id});
            if (!updated)
                return updated.error();
            if ((*updated)->numRowsAffected() == 1) {
                savedIds << m.id;
                continue;
            }
        }
        QVariantList values{m.uuid.isEmpty() ? newUuid() : m.uuid, id};
        values += fields;
        const auto inserted = m_statements.insert(
            QLatin1StringView("consortium_members"),
            QStringLiteral("uuid, proposal_id, organisation_id, role, contact_id, contribution, "
                           "sort_order, modified_at"),
            values, m.id > 0 ? m.id : 0, tr("The consortium member was not stored."));
        if (!inserted)
            return inserted.error();
        savedIds << *inserted;
    }
    for (qsizetype i = 0; i < proposal.members.size(); ++i) {
        const qint64 to = resolve(proposal.members.at(i).affiliatedTo, savedIds);
        if (to <= 0)
            continue;
        if (auto tied = run(QStringLiteral("UPDATE consortium_members SET affiliated_to_id = ? "
                                           "WHERE id = ?"),
                            {to, savedIds.at(i)});
            !tied)
            return tied.error();
    }

    // The checklist: matched by id as well.
    auto cleared = run(QStringLiteral("DELETE FROM checklist_items WHERE proposal_id = ?"), {id});
    if (!cleared)
        return cleared.error();
    for (const ChecklistItem &item : proposal.checklist) {
        const bool withId = item.id > 0;
        QVariantList values;
        if (withId)
            values << item.id;
        values << (item.uuid.isEmpty() ? newUuid() : item.uuid) << id << item.title.trimmed()
               << nullableId(resolve(item.ownerMemberId, savedIds)) << date(item.due) << item.state
               << item.filePath << item.sortOrder << now;
        auto inserted =
            run(QStringLiteral("INSERT INTO checklist_items (") +
                    (withId ? QStringLiteral("id, ") : QString()) +
                    QStringLiteral("uuid, proposal_id, title, owner_member_id, due_on, "
                                   "state, file_path, sort_order, modified_at) VALUES (") +
                    (withId ? QStringLiteral("?, ") : QString()) +
                    QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                values);
        if (!inserted)
            return inserted.error();
    }
    return {};
}

} // namespace core
} // namespace hamkor
