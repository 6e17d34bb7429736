// SPDX-License-Identifier: GPL-3.0-or-later
// The full-text index of calls, and the proposals that point at a call.
#include "core/storage/CallRepository.h"
#include "core/storage/Sql.h"

namespace hamkor {
namespace core {

Result<QList<qint64>> CallRepository::linkedProposals(qint64 callId) const
{
    auto query =
        Sql::exec(m_db, QStringLiteral("SELECT id FROM proposals WHERE call_id = ?"), {callId});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

Status CallRepository::relinkProposals(qint64 callId, const QList<qint64> &proposalIds)
{
    for (qint64 proposal : proposalIds) {
        auto query =
            Sql::exec(m_db, QStringLiteral("UPDATE proposals SET call_id = ? WHERE id = ?"),
                      {callId, proposal});
        if (!query)
            return query.error();
    }
    return {};
}

Status CallRepository::index(qint64 id, const Call &call, bool add)
{
    // Dialect-specific: SQLite's FTS5 index is written here (see migration 3); PostgreSQL
    // keeps its own in a generated column.
    if (m_db.driverName() != QLatin1String("QSQLITE"))
        return {};
    // Queued, and written together by flush(): FTS5 writes its pending terms to disk
    // whenever another statement opens a savepoint, which nearly every insert does, so
    // writes of the index between other statements cost a disk write each.
    m_pendingIndex.append({add, QVariantList{id, call.title.trimmed(), call.donor.trimmed(),
                                             call.reference.trimmed(), call.notes}});
    return {};
}

Status CallRepository::flush()
{
    if (Status written = flushRows(); !written)
        return written;
    for (const auto &[add, values] : std::as_const(m_pendingIndex)) {
        auto query = add ? run(QStringLiteral("INSERT INTO calls_search (rowid, title, donor, "
                                              "reference, notes) VALUES (?, ?, ?, ?, ?)"),
                               values)
                         : run(QStringLiteral("INSERT INTO calls_search (calls_search, rowid, "
                                              "title, donor, reference, notes) VALUES "
                                              "('delete', ?, ?, ?, ?, ?)"),
                               values);
        if (!query)
            return query.error();
    }
    m_pendingIndex.clear();
    return {};
}

CallRepository::~CallRepository()
{
    if (!m_pendingIndex.isEmpty() || !m_pendingRows.isEmpty())
        qWarning("CallRepository: queued rows were not written; call flush()");
}

} // namespace core
} // namespace hamkor
