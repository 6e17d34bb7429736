// SPDX-License-Identifier: GPL-3.0-or-later
// A call's linked rows — thematic areas, countries, applicant types, documents, status
// history — queued and written in batches.
#include "core/Clock.h"
#include "core/storage/CallRepository.h"
#include "core/storage/Sql.h"

namespace hamkor {
namespace core {

void CallRepository::queueRow(const QString &insert, const QVariantList &values)
{
    // Rows for the linked tables wait and go in with one statement for many rows: an
    // import of 20,000 calls otherwise runs 100,000 single-row inserts.
    if (!m_pendingRows.contains(insert))
        m_pendingOrder << insert;
    m_pendingRows[insert] << values;
}

Status CallRepository::flushRows() const
{
    constexpr qsizetype RowsPerStatement = 200;
    for (const QString &insert : std::as_const(m_pendingOrder)) {
        const QList<QVariantList> rows = m_pendingRows.value(insert);
        const QString prefix = insert.left(insert.indexOf(QStringLiteral("VALUES")) + 7);
        const QString one = insert.mid(prefix.size()).trimmed();
        for (qsizetype first = 0; first < rows.size(); first += RowsPerStatement) {
            const qsizetype count = std::min(RowsPerStatement, rows.size() - first);
            QStringList tuples;
            QVariantList values;
            for (qsizetype i = first; i < first + count; ++i) {
                tuples << one;
                values += rows.at(i);
            }
            if (auto inserted = run(prefix + tuples.join(u','), values); !inserted)
                return inserted.error();
        }
    }
    m_pendingRows.clear();
    m_pendingOrder.clear();
    return {};
}

Status CallRepository::writeLinks(qint64 id, const Call &call)
{
    const QList<std::pair<QString, const QStringList *>> links = {
        {QStringLiteral("INSERT INTO call_themes (call_id, theme) VALUES (?, ?)"), &call.themes},
        {QStringLiteral("INSERT INTO call_countries (call_id, country) VALUES (?, ?)"),
         &call.countries},
        {QStringLiteral("INSERT INTO call_applicant_types (call_id, organisation_type) VALUES "
                        "(?, ?)"),
         &call.applicantTypes},
    };
    for (const auto &[sql, codes] : links) {
        QStringList unique = *codes;
        unique.removeDuplicates();
        for (const QString &code : std::as_const(unique))
            queueRow(sql, {id, code});
    }
    for (const QString &path : call.documents)
        queueRow(QStringLiteral("INSERT INTO call_documents (uuid, call_id, path, modified_at) "
                                "VALUES (?, ?, ?, ?)"),
                 {newUuid(), id, path, Clock::nowStamp()});
    return {};
}

Status CallRepository::addHistory(qint64 callId, const CallStatusChange &change, qint64 *historyId)
{
    const QVariantList values{newUuid(), callId, change.status, change.changedAt, change.note};
    const QString insert = QStringLiteral("INSERT INTO call_status_history (uuid, call_id, "
                                          "status, changed_at, note) VALUES (?, ?, ?, ?, ?)");
    if (!historyId) {
        queueRow(insert, values);
        return {};
    }
    auto query = run(insert + QStringLiteral(" RETURNING id"), values);
    if (!query)
        return query.error();
    if ((*query)->next())
        *historyId = (*query)->value(0).toLongLong();
    (*query)->finish();
    return {};
}

Status CallRepository::removeHistoryEntry(qint64 historyId)
{
    auto query = Sql::exec(m_db, QStringLiteral("DELETE FROM call_status_history WHERE id = ?"),
                           {historyId});
    return query ? Status() : Status(query.error());
}

} // namespace core
} // namespace hamkor
