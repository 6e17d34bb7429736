// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Call.h"
#include "core/storage/StatementCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace hamkor {
namespace core {

// Reads and writes calls with their themes, countries, applicant types, documents and
// status history. It does not begin transactions: the caller (an edit command, the
// importer) wraps each user action in one. Statements are prepared once and reused.
class CallRepository
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::CallRepository)

public:
    explicit CallRepository(const QSqlDatabase &db);
    ~CallRepository();
    CallRepository(const CallRepository &) = delete;
    CallRepository &operator=(const CallRepository &) = delete;

    Result<Call> load(qint64 id) const;
    // The calls with these ids, in the same order; ids no longer there are left out.
    Result<QList<Call>> loadMany(const QList<qint64> &ids) const;
    // Inserts call. A new call gets a UUID, time stamps and a first status-history entry;
    // a call that has an id and UUID already (an undone deletion) gets them back, with its
    // history. Returns the id.
    Result<qint64> insert(const Call &call);
    // Writes every field of call over the stored one. When the status changes and
    // recordHistory is set, a history entry is added; its id is returned (else 0).
    Result<qint64> update(const Call &call, bool recordHistory = true);
    Status remove(qint64 id);
    Status removeHistoryEntry(qint64 historyId);
    // The proposals linked to a call, which lose the link when the call is deleted, and
    // putting those links back when the deletion is undone.
    Result<QList<qint64>> linkedProposals(qint64 callId) const;
    Status relinkProposals(qint64 callId, const QList<qint64> &proposalIds);
    // Writes what inserts queued (linked rows, the full-text index) for the changes made so
    // far. Call it once before the transaction commits: it is quicker than a write each.
    Status flush();
    // The call that call would duplicate: the same donor and reference, or with no
    // reference the same donor, title and deadline. 0 when there is none.
    Result<qint64> findDuplicate(const Call &call) const;
    // The same test for many calls at once: the keys of every call in the file, to look up
    // with duplicateKey() (one read instead of one per imported row).
    Result<QSet<QString>> duplicateKeys() const;
    static QString duplicateKey(const Call &call);

private:
    Status writeLinks(qint64 id, const Call &call);
    void queueRow(const QString &insert, const QVariantList &values);
    Status flushRows() const;
    // Adds call's words to the full-text index, or takes them out (add = false) with the
    // values the index holds for it.
    Status index(qint64 id, const Call &call, bool add);
    Status addHistory(qint64 callId, const CallStatusChange &change, qint64 *historyId);
    QVariantList fieldValues(const Call &call) const;
    // Runs sql with values on a statement prepared once per repository.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_db;
    mutable StatementCache m_statements;                 // prepared once, run again with new values
    QList<std::pair<bool, QVariantList>> m_pendingIndex; // add (or remove), and the values
    mutable QHash<QString, QList<QVariantList>> m_pendingRows; // single-row insert → rows
    mutable QStringList m_pendingOrder;                        // in the order first queued
};

} // namespace core
} // namespace hamkor
