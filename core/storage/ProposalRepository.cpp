// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProposalRepository.h"

#include "core/Clock.h"
#include "core/storage/Sql.h"

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

const char *const Fields = "call_id, acronym, title, summary, start_on, duration_months, "
                           "currency, template, status, notes, modified_at";

} // namespace

ProposalRepository::ProposalRepository(const QSqlDatabase &db) : m_db(db), m_statements(db) {}

Result<QSqlQuery *> ProposalRepository::run(const QString &sql, const QVariantList &values) const
{
    return m_statements.run(sql, values);
}

Result<qint64> ProposalRepository::idOfAcronym(const QString &acronym) const
{
    auto found = run(QStringLiteral("SELECT id FROM proposals WHERE lower(acronym) = lower(?)"),
                     {acronym.trimmed()});
    if (!found)
        return found.error();
    const qint64 id = (*found)->next() ? (*found)->value(0).toLongLong() : 0;
    (*found)->finish();
    return id;
}

Result<Proposal> ProposalRepository::loadByAcronym(const QString &acronym) const
{
    const auto id = idOfAcronym(acronym);
    if (!id)
        return id.error();
    if (!*id)
        return Error{tr("There is no proposal “%1” in this file.").arg(acronym)};
    return load(*id);
}

Result<Proposal> ProposalRepository::load(qint64 id) const
{
    auto query = run(QStringLiteral("SELECT uuid, created_at, ") + QLatin1String(Fields) +
                         QStringLiteral(" FROM proposals WHERE id = ?"),
                     {id});
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    if (!q.next())
        return Error{tr("There is no proposal number %1 in this file.").arg(id)};
    Proposal p;
    p.id = id;
    p.uuid = q.value(0).toString();
    p.createdAt = q.value(1).toString();
    p.callId = q.value(2).toLongLong();
    p.acronym = q.value(3).toString();
    p.title = q.value(4).toString();
    p.summary = q.value(5).toString();
    p.start = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.durationMonths = q.value(7).toInt();
    p.currency = q.value(8).toString();
    p.templateCode = q.value(9).toString();
    p.status = q.value(10).toString();
    p.notes = q.value(11).toString();
    p.modifiedAt = q.value(12).toString();
    q.finish();
    for (const auto &[sql, list] :
         {std::pair{"SELECT theme FROM proposal_themes WHERE proposal_id = ? ORDER BY theme",
                    &p.themes},
          std::pair{"SELECT country FROM proposal_countries WHERE proposal_id = ? ORDER BY country",
                    &p.countries},
          std::pair{"SELECT mechanism FROM proposal_mechanisms WHERE proposal_id = ? ORDER BY "
                    "mechanism",
                    &p.mechanisms}}) {
        auto rows = run(QString::fromLatin1(sql), {id});
        if (!rows)
            return rows.error();
        while ((*rows)->next())
            *list << (*rows)->value(0).toString();
    }
    auto members = run(QStringLiteral("SELECT id, uuid, organisation_id, role, affiliated_to_id, "
                                      "contact_id, contribution, sort_order FROM "
                                      "consortium_members WHERE proposal_id = ? ORDER BY "
                                      "sort_order, id"),
                       {id});
    if (!members)
        return members.error();
    while ((*members)->next()) {
        const QSqlQuery &m = **members;
        p.members.append({m.value(0).toLongLong(), m.value(1).toString(), m.value(2).toLongLong(),
                          m.value(3).toString(), m.value(4).toLongLong(), m.value(5).toLongLong(),
                          m.value(6).toString(), m.value(7).toInt()});
    }
    auto items = run(QStringLiteral("SELECT id, uuid, title, owner_member_id, due_on, state, "
                                    "file_path, sort_order FROM checklist_items WHERE "
                                    "proposal_id = ? ORDER BY sort_order, id"),
                     {id});
    if (!items)
        return items.error();
    while ((*items)->next()) {
        const QSqlQuery &c = **items;
        p.checklist.append({c.value(0).toLongLong(), c.value(1).toString(), c.value(2).toString(),
                            c.value(3).toLongLong(),
                            QDate::fromString(c.value(4).toString(), Qt::ISODate),
                            c.value(5).toString(), c.value(6).toString(), c.value(7).toInt()});
    }
    auto history = run(QStringLiteral("SELECT id, status, changed_at FROM proposal_status_history "
                                      "WHERE proposal_id = ? ORDER BY changed_at, id"),
                       {id});
    if (!history)
        return history.error();
    while ((*history)->next())
        p.history.append({(*history)->value(0).toLongLong(), (*history)->value(1).toString(),
                          (*history)->value(2).toString()});
    return p;
}

Result<qint64> ProposalRepository::insert(const Proposal &proposal)
{
    const QString now = Clock::nowStamp();
    const bool restoring = proposal.id != 0 && !proposal.uuid.isEmpty();
    QVariantList values;
    values << (proposal.uuid.isEmpty() ? newUuid() : proposal.uuid)
           << (proposal.createdAt.isEmpty() ? now : proposal.createdAt)
           << nullableId(proposal.callId) << proposal.acronym.trimmed() << proposal.title.trimmed()
           << proposal.summary << date(proposal.start) << proposal.durationMonths
           << proposal.currency << proposal.templateCode << proposal.status << proposal.notes
           << (restoring ? proposal.modifiedAt : now);
    const auto inserted =
        m_statements.insert(QLatin1StringView("proposals"),
                            QStringLiteral("uuid, created_at, ") + QLatin1String(Fields), values,
                            restoring ? proposal.id : 0, tr("The proposal was not stored."));
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (Status links = writeLinks(id, proposal); !links)
        return links.error();
    if (Status consortium = writeConsortium(id, proposal, restoring); !consortium)
        return consortium.error();
    if (restoring && !proposal.history.isEmpty()) {
        for (const ProposalStatusChange &change : proposal.history)
            if (auto added = run(QStringLiteral("INSERT INTO proposal_status_history (uuid, "
                                                "proposal_id, status, changed_at) VALUES (?, ?, "
                                                "?, ?)"),
                                 {newUuid(), id, change.status, change.changedAt});
                !added)
                return added.error();
    } else if (auto added = run(QStringLiteral("INSERT INTO proposal_status_history (uuid, "
                                               "proposal_id, status, changed_at) VALUES (?, ?, ?, "
                                               "?)"),
                                {newUuid(), id, proposal.status, now});
               !added) {
        return added.error();
    }
    return id;
}

Result<qint64> ProposalRepository::update(const Proposal &proposal, bool recordHistory)
{
    auto previous = run(QStringLiteral("SELECT status FROM proposals WHERE id = ?"), {proposal.id});
    if (!previous)
        return previous.error();
    if (!(*previous)->next())
        return Error{tr("The proposal “%1” is no longer in the file.").arg(proposal.acronym)};
    const QString before = (*previous)->value(0).toString();
    (*previous)->finish();
    const QString now = Clock::nowStamp();
    auto query =
        run(QStringLiteral("UPDATE proposals SET call_id = ?, acronym = ?, title = ?, "
                           "summary = ?, start_on = ?, duration_months = ?, currency = ?, "
                           "template = ?, status = ?, notes = ?, modified_at = ? WHERE "
                           "id = ?"),
            {nullableId(proposal.callId), proposal.acronym.trimmed(), proposal.title.trimmed(),
             proposal.summary, date(proposal.start), proposal.durationMonths, proposal.currency,
             proposal.templateCode, proposal.status, proposal.notes, now, proposal.id});
    if (!query)
        return query.error();
    for (const char *table : {"proposal_themes", "proposal_countries", "proposal_mechanisms"}) {
        // Table names come from the fixed list above.
        if (auto cleared = run(QStringLiteral("DELETE FROM ") + QLatin1String(table) +
                                   QStringLiteral(" WHERE proposal_id = ?"),
                               {proposal.id});
            !cleared)
            return cleared.error();
    }
    if (Status links = writeLinks(proposal.id, proposal); !links)
        return links.error();
    if (Status consortium = writeConsortium(proposal.id, proposal, false); !consortium)
        return consortium.error();
    qint64 historyId = 0;
    if (recordHistory && before != proposal.status) {
        auto added = run(QStringLiteral("INSERT INTO proposal_status_history (uuid, proposal_id, "
                                        "status, changed_at) VALUES (?, ?, ?, ?) RETURNING id"),
                         {newUuid(), proposal.id, proposal.status, now});
        if (!added)
            return added.error();
        historyId = (*added)->next() ? (*added)->value(0).toLongLong() : 0;
        (*added)->finish();
    }
    return historyId;
}

Status ProposalRepository::writeLinks(qint64 id, const Proposal &proposal)
{
    for (const auto &[sql, codes] :
         {std::pair{"INSERT INTO proposal_themes (proposal_id, theme) VALUES (?, ?)",
                    &proposal.themes},
          std::pair{"INSERT INTO proposal_countries (proposal_id, country) VALUES (?, ?)",
                    &proposal.countries},
          std::pair{"INSERT INTO proposal_mechanisms (proposal_id, mechanism) VALUES (?, ?)",
                    &proposal.mechanisms}}) {
        QStringList unique = *codes;
        unique.removeDuplicates();
        for (const QString &code : std::as_const(unique))
            if (auto inserted = run(QString::fromLatin1(sql), {id, code}); !inserted)
                return inserted.error();
    }
    return {};
}

Status ProposalRepository::removeHistoryEntry(qint64 historyId)
{
    auto removed =
        run(QStringLiteral("DELETE FROM proposal_status_history WHERE id = ?"), {historyId});
    return removed ? Status() : Status(removed.error());
}

Status ProposalRepository::remove(qint64 id)
{
    auto removed = run(QStringLiteral("DELETE FROM proposals WHERE id = ?"), {id});
    return removed ? Status() : Status(removed.error());
}

} // namespace core
} // namespace hamkor
