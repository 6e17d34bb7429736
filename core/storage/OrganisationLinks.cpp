// SPDX-License-Identifier: GPL-3.0-or-later
// What hangs off an organisation: its themes, networks, contacts and engagements.
#include "core/Clock.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/Sql.h"

namespace hamkor {
namespace core {

namespace {

QVariant date(const QDate &day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate))
                         : QVariant(QMetaType(QMetaType::QString));
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

} // namespace

Status OrganisationRepository::writeLinks(qint64 id, const Organisation &organisation,
                                          bool restoring)
{
    QStringList themes = organisation.themes;
    themes.removeDuplicates();
    for (const QString &theme : std::as_const(themes))
        if (auto inserted = run(QStringLiteral("INSERT INTO organisation_themes "
                                               "(organisation_id, theme) VALUES (?, ?)"),
                                {id, theme});
            !inserted)
            return inserted.error();
    QStringList networks;
    for (const QString &network : organisation.networks)
        if (!network.trimmed().isEmpty() && !networks.contains(network.trimmed()))
            networks << network.trimmed();
    for (const QString &network : std::as_const(networks)) {
        const auto networkRow = networkId(network);
        if (!networkRow)
            return networkRow.error();
        if (auto inserted = run(QStringLiteral("INSERT INTO organisation_networks "
                                               "(organisation_id, network_id) VALUES (?, ?)"),
                                {id, *networkRow});
            !inserted)
            return inserted.error();
    }
    if (Status contacts = writeContacts(id, organisation.contacts, restoring); !contacts)
        return contacts;
    return writeEngagements(id, organisation.engagements, restoring);
}

Result<qint64> OrganisationRepository::networkId(const QString &name)
{
    auto found = run(QStringLiteral("SELECT id FROM networks WHERE name = ?"), {name});
    if (!found)
        return found.error();
    if ((*found)->next()) {
        const qint64 id = (*found)->value(0).toLongLong();
        (*found)->finish();
        return id;
    }
    auto inserted = run(QStringLiteral("INSERT INTO networks (uuid, name, modified_at) VALUES "
                                       "(?, ?, ?) RETURNING id"),
                        {newUuid(), name, Clock::nowStamp()});
    if (!inserted)
        return inserted.error();
    const qint64 id = (*inserted)->next() ? (*inserted)->value(0).toLongLong() : 0;
    (*inserted)->finish();
    return id;
}

Status OrganisationRepository::writeContacts(qint64 id, const QList<Contact> &contacts,
                                             bool restoring)
{
    // Matched by id, so that a consortium member's contact person survives an edit.
    QList<qint64> kept;
    for (const Contact &c : contacts)
        if (c.id && !restoring)
            kept << c.id;
    auto existing = run(QStringLiteral("SELECT id FROM contacts WHERE organisation_id = ?"), {id});
    if (!existing)
        return existing.error();
    QList<qint64> gone;
    while ((*existing)->next())
        if (!kept.contains((*existing)->value(0).toLongLong()))
            gone << (*existing)->value(0).toLongLong();
    (*existing)->finish();
    for (qint64 contact : std::as_const(gone))
        if (auto removed = run(QStringLiteral("DELETE FROM contacts WHERE id = ?"), {contact});
            !removed)
            return removed.error();
    const QString now = Clock::nowStamp();
    for (const Contact &c : contacts) {
        const QVariantList fields{
            c.name.trimmed(),     c.position.trimmed(), c.email.trimmed(), c.phone.trimmed(),
            c.whatsapp.trimmed(), c.telegram.trimmed(), c.notes,           now};
        if (c.id && !restoring) {
            auto updated = run(QStringLiteral("UPDATE contacts SET name = ?, position = ?, "
                                              "email = ?, phone = ?, whatsapp = ?, telegram = ?, "
                                              "notes = ?, modified_at = ? WHERE id = ? AND "
                                              "organisation_id = ?"),
                               fields + QVariantList{c.id, id});
            if (!updated)
                return updated.error();
            if ((*updated)->numRowsAffected() == 1)
                continue;
            // Not there any more (an undo brings back a contact the edit removed): insert
            // it again under its own id.
        }
        const bool withId = c.id != 0;
        QVariantList values;
        if (withId)
            values << c.id;
        values << (c.uuid.isEmpty() ? newUuid() : c.uuid) << id;
        values += fields;
        auto inserted = run(QStringLiteral("INSERT INTO contacts (") +
                                (withId ? QStringLiteral("id, ") : QString()) +
                                QStringLiteral("uuid, organisation_id, name, position, email, "
                                               "phone, whatsapp, telegram, notes, modified_at) "
                                               "VALUES (") +
                                placeholders(values.size()) + u')',
                            values);
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Status OrganisationRepository::writeEngagements(qint64 id, const QList<Engagement> &engagements,
                                                bool restoring)
{
    auto cleared = run(QStringLiteral("DELETE FROM engagements WHERE organisation_id = ?"), {id});
    if (!cleared)
        return cleared.error();
    const QString now = Clock::nowStamp();
    for (const Engagement &e : engagements) {
        // Engagements keep their UUID (records are exchanged between copies by UUID); the
        // integer key is reused only when an undone deletion brings them back.
        const bool withId = e.id != 0;
        QVariantList values;
        if (withId)
            values << e.id;
        values << (e.uuid.isEmpty() ? newUuid() : e.uuid) << id << e.kind << date(e.started)
               << date(e.ended) << e.title.trimmed() << e.note << now;
        auto inserted = run(QStringLiteral("INSERT INTO engagements (") +
                                (withId ? QStringLiteral("id, ") : QString()) +
                                QStringLiteral("uuid, organisation_id, kind, started_on, "
                                               "ended_on, title, note, modified_at) VALUES (") +
                                placeholders(values.size()) + u')',
                            values);
        if (!inserted)
            return inserted.error();
    }
    Q_UNUSED(restoring)
    return {};
}

} // namespace core
} // namespace hamkor
