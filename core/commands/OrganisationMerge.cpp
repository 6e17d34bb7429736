// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/OrganisationMerge.h"

#include "core/Store.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"

namespace hamkor {
namespace core {
namespace commands {

namespace {
const char *const MemberColumns = "id, uuid, proposal_id, organisation_id, role, affiliated_to_id, "
                                  "contact_id, contribution, sort_order, modified_at";

// The ids a query selects. A failed read is kept in `failed` (the first one), which the
// caller checks before it writes anything that depends on the ids.
QList<qint64> ids(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                  Status &failed)
{
    QList<qint64> result;
    auto query = Sql::exec(db, sql, values);
    if (!query) {
        if (failed)
            failed = query.error();
        return result;
    }
    while (query->next())
        result << query->value(0).toLongLong();
    return result;
}
} // namespace

OrganisationMerge::OrganisationMerge(Store &store, qint64 keepId, qint64 removeId)
    : ChangeCommand(store, QString()), m_keepId(keepId), m_removeId(removeId)
{}

Status OrganisationMerge::moveIds(const char *table, const char *column, const QList<qint64> &rows,
                                  qint64 to)
{
    // Table and column names come from this file only.
    for (qint64 row : rows) {
        auto moved =
            Sql::exec(m_store.database().connection(),
                      QStringLiteral("UPDATE ") + QLatin1String(table) + QStringLiteral(" SET ") +
                          QLatin1String(column) + QStringLiteral(" = ? WHERE id = ?"),
                      {to, row});
        if (!moved)
            return moved.error();
    }
    return {};
}

Status OrganisationMerge::forward()
{
    const QSqlDatabase db = m_store.database().connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    OrganisationRepository organisations(db);
    auto kept = organisations.load(m_keepId);
    auto removed = organisations.load(m_removeId);
    if (!kept)
        return kept.error();
    if (!removed)
        return removed.error();
    m_keptBefore = *kept;
    m_removed = *removed;
    setText(tr("Merge “%1” into “%2”").arg(m_removed.name, m_keptBefore.name));
    Status readFailed;

    m_movedContacts = ids(db, QStringLiteral("SELECT id FROM contacts WHERE organisation_id = ?"),
                          {m_removeId}, readFailed);
    m_movedEngagements =
        ids(db, QStringLiteral("SELECT id FROM engagements WHERE organisation_id = ?"),
            {m_removeId}, readFailed);
    if (!readFailed)
        return readFailed;
    if (Status s = moveIds("contacts", "organisation_id", m_movedContacts, m_keepId); !s)
        return s;
    if (Status s = moveIds("engagements", "organisation_id", m_movedEngagements, m_keepId); !s)
        return s;

    m_movedMembers.clear();
    m_deletedMembers.clear();
    m_movedLines.clear();
    m_movedChecklist.clear();
    m_movedAffiliations.clear();
    auto places = organisations.consortiumPlaces(m_removeId);
    if (!places)
        return places.error();
    for (const ConsortiumPlace &place : std::as_const(*places)) {
        const QList<qint64> keptMember =
            ids(db,
                QStringLiteral("SELECT id FROM consortium_members WHERE proposal_id = ? AND "
                               "organisation_id = ?"),
                {place.proposalId, m_keepId}, readFailed);
        if (!readFailed)
            return readFailed;
        if (keptMember.isEmpty()) {
            m_movedMembers << place.memberId;
            continue;
        }
        // Both in one consortium: the kept one's place stays; what hung on the other's moves.
        const qint64 target = keptMember.constFirst();
        for (qint64 line :
             ids(db, QStringLiteral("SELECT id FROM budget_lines WHERE member_id = ?"),
                 {place.memberId}, readFailed))
            m_movedLines.append({line, place.memberId});
        for (qint64 item : ids(db,
                               QStringLiteral("SELECT id FROM checklist_items WHERE "
                                              "owner_member_id = ?"),
                               {place.memberId}, readFailed))
            m_movedChecklist.append({item, place.memberId});
        for (qint64 member : ids(db,
                                 QStringLiteral("SELECT id FROM consortium_members WHERE "
                                                "affiliated_to_id = ?"),
                                 {place.memberId}, readFailed))
            m_movedAffiliations.append({member, place.memberId});
        if (!readFailed)
            return readFailed;
        for (const auto &[table, column, moved] :
             {std::tuple{"budget_lines", "member_id", &m_movedLines},
              std::tuple{"checklist_items", "owner_member_id", &m_movedChecklist},
              std::tuple{"consortium_members", "affiliated_to_id", &m_movedAffiliations}}) {
            QList<qint64> rows;
            for (const auto &pair : *moved)
                if (pair.second == place.memberId)
                    rows << pair.first;
            if (Status s = moveIds(table, column, rows, target); !s)
                return s;
        }
        auto row = Sql::exec(db,
                             QStringLiteral("SELECT ") + QLatin1String(MemberColumns) +
                                 QStringLiteral(" FROM consortium_members WHERE id = ?"),
                             {place.memberId});
        if (!row)
            return row.error();
        if (row->next()) {
            QVariantList values;
            for (int i = 0; i < 10; ++i)
                values << row->value(i);
            m_deletedMembers << values;
        }
        row->finish();
        if (auto deleted =
                Sql::exec(db, QStringLiteral("DELETE FROM consortium_members WHERE id = ?"),
                          {place.memberId});
            !deleted)
            return deleted.error();
    }
    if (Status s = moveIds("consortium_members", "organisation_id", m_movedMembers, m_keepId); !s)
        return s;

    // The kept organisation, with what it now holds and what the other knew that it did not.
    auto merged = organisations.load(m_keepId);
    if (!merged)
        return merged.error();
    for (const QString &theme : std::as_const(m_removed.themes))
        if (!merged->themes.contains(theme))
            merged->themes << theme;
    for (const QString &network : std::as_const(m_removed.networks))
        if (!merged->networks.contains(network))
            merged->networks << network;
    for (const auto &[field, other] :
         {std::pair{&merged->nameLatin, m_removed.nameLatin},
          std::pair{&merged->acronym, m_removed.acronym}, std::pair{&merged->city, m_removed.city},
          std::pair{&merged->registrationNumber, m_removed.registrationNumber},
          std::pair{&merged->website, m_removed.website},
          std::pair{&merged->email, m_removed.email}, std::pair{&merged->phone, m_removed.phone},
          std::pair{&merged->pic, m_removed.pic}})
        if (field->isEmpty())
            *field = other;
    if (Status s = organisations.update(*merged); !s)
        return s;
    if (Status s = organisations.remove(m_removeId); !s)
        return s;
    if (Status s = organisations.flushIndex(); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    m_store.notifyChanged(QStringLiteral("organisations"));
    return {};
}

Status OrganisationMerge::backward()
{
    const QSqlDatabase db = m_store.database().connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    OrganisationRepository organisations(db);
    Organisation removed = m_removed;
    removed.contacts.clear();
    removed.engagements.clear();
    if (auto inserted = organisations.insert(removed); !inserted)
        return inserted.error();
    if (Status s = moveIds("contacts", "organisation_id", m_movedContacts, m_removeId); !s)
        return s;
    if (Status s = moveIds("engagements", "organisation_id", m_movedEngagements, m_removeId); !s)
        return s;
    if (Status s = moveIds("consortium_members", "organisation_id", m_movedMembers, m_removeId); !s)
        return s;
    for (const QVariantList &member : std::as_const(m_deletedMembers)) {
        auto inserted = Sql::exec(db,
                                  QStringLiteral("INSERT INTO consortium_members (") +
                                      QLatin1String(MemberColumns) +
                                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  member);
        if (!inserted)
            return inserted.error();
    }
    for (const auto &[table, column, moved] :
         {std::tuple{"budget_lines", "member_id", &m_movedLines},
          std::tuple{"checklist_items", "owner_member_id", &m_movedChecklist},
          std::tuple{"consortium_members", "affiliated_to_id", &m_movedAffiliations}})
        for (const auto &[row, former] : *moved)
            if (Status s = moveIds(table, column, {row}, former); !s)
                return s;
    if (Status s = organisations.update(m_keptBefore); !s)
        return s;
    if (Status s = organisations.flushIndex(); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    m_store.notifyChanged(QStringLiteral("organisations"));
    return {};
}

} // namespace commands
} // namespace core
} // namespace hamkor
