// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Proposal.h"
#include "core/storage/StatementCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace hamkor {
namespace core {

// Reads and writes proposals with their themes, countries, mechanisms, consortium,
// checklist and status history. Never begins a transaction: callers wrap each user action.
class ProposalRepository
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::ProposalRepository)

public:
    explicit ProposalRepository(const QSqlDatabase &db);

    Result<Proposal> load(qint64 id) const;
    Result<Proposal> loadByAcronym(const QString &acronym) const;
    // A new proposal gets a UUID, time stamps and a first status-history entry; one with an
    // id and UUID (an undone deletion) gets them back with its members' and items' ids.
    Result<qint64> insert(const Proposal &proposal);
    // Every field; members and checklist items matched by id (changed ones updated, new
    // ones added, missing ones removed). A status change adds a history entry (its id is
    // returned; 0 when the status stayed or recordHistory is false).
    Result<qint64> update(const Proposal &proposal, bool recordHistory = true);
    Status remove(qint64 id);
    Status removeHistoryEntry(qint64 historyId);
    // The id of the proposal with this acronym (case-insensitive), or 0.
    Result<qint64> idOfAcronym(const QString &acronym) const;

private:
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values) const;
    Status writeLinks(qint64 id, const Proposal &proposal);
    // The consortium and the checklist, matched by id; members not saved yet may be named
    // by -(index + 1) in affiliations and checklist owners.
    Status writeConsortium(qint64 id, const Proposal &proposal, bool restoring);

    QSqlDatabase m_db;
    mutable StatementCache m_statements; // prepared once, run again with new values
};

} // namespace core
} // namespace hamkor
