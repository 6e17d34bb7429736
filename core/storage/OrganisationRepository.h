// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Organisation.h"
#include "core/storage/StatementCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace hamkor {
namespace core {

// A proposal an organisation takes part in, as the organisation's page lists it.
struct ConsortiumPlace
{
    qint64 proposalId = 0;
    qint64 memberId = 0;
    QString acronym;
    QString title;
    QString role;   // code of reference::partnerRoles()
    QString status; // code of reference::proposalStatuses()
};

// Reads and writes organisations with their themes, networks, contacts and engagements,
// the keys that duplicate checks compare (NameMatching) and the full-text index of names.
// Like CallRepository it never begins a transaction; callers wrap each user action in one
// and call flushIndex() before committing.
class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::OrganisationRepository)

public:
    explicit OrganisationRepository(const QSqlDatabase &db);
    ~OrganisationRepository();
    OrganisationRepository(const OrganisationRepository &) = delete;
    OrganisationRepository &operator=(const OrganisationRepository &) = delete;

    Result<Organisation> load(qint64 id) const;
    // In the order of ids; ids no longer there are left out.
    Result<QList<Organisation>> loadMany(const QList<qint64> &ids) const;
    // A new organisation gets a UUID and time stamps; one with an id and UUID already (an
    // undone deletion) gets them back, with its contacts' and engagements' ids.
    Result<qint64> insert(const Organisation &organisation);
    // Writes every field; contacts and engagements are matched by id: changed ones are
    // updated, new ones (id 0) added, missing ones removed.
    Status update(const Organisation &organisation);
    Status remove(qint64 id);
    Result<QList<ConsortiumPlace>> consortiumPlaces(qint64 organisationId) const;
    Status flushIndex();
    // Recomputes the duplicate-check keys and the search index of every organisation: for
    // files from before format 4, whose rows have neither. Flushes the index itself.
    Status rebuildSearch();

private:
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values) const;
    QVariantList fieldValues(const Organisation &organisation) const;
    Status writeLinks(qint64 id, const Organisation &organisation, bool restoring);
    Status writeContacts(qint64 id, const QList<Contact> &contacts, bool restoring);
    Status writeEngagements(qint64 id, const QList<Engagement> &engagements, bool restoring);
    Result<qint64> networkId(const QString &name);
    void index(qint64 id, const Organisation &organisation, bool add);

    QSqlDatabase m_db;
    mutable StatementCache m_statements; // prepared once, run again with new values
    QList<std::pair<qint64, std::optional<Organisation>>> m_pendingIndex; // id, and what to index
};

} // namespace core
} // namespace hamkor
