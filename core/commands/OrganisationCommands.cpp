// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/OrganisationCommands.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/ChangeCommand.h"
#include "core/commands/OrganisationMerge.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/RowSnapshot.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <algorithm>
#include <optional>

namespace hamkor {
namespace core {
namespace commands {

namespace {

// One undoable change of organisations: each entry goes from `before` to `after`; a
// missing side means it does not exist there (added or removed).
class OrganisationChange : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::commands::OrganisationChange)

public:
    struct Entry
    {
        std::optional<Organisation> before;
        std::optional<Organisation> after;
        // Consortium places whose contact person the last step removed, for the next one.
        QList<RowSnapshot> saved = {};
    };

    OrganisationChange(Store &store, QList<Entry> entries, const QString &text)
        : ChangeCommand(store, text), m_entries(std::move(entries))
    {}

    const QList<Entry> &entries() const { return m_entries; }

private:
    Status apply(bool forward) override
    {
        Transaction transaction(m_store.database().connection());
        if (!transaction.begun())
            return transaction.begun();
        OrganisationRepository organisations(m_store.database().connection());
        for (Entry &entry : m_entries) {
            const std::optional<Organisation> &from = forward ? entry.before : entry.after;
            const std::optional<Organisation> &to = forward ? entry.after : entry.before;
            if (!from && to) {
                if (forward && !entry.after->id) {
                    // UUIDs fixed now, so that a redo after an undo restores the same records.
                    if (entry.after->uuid.isEmpty())
                        entry.after->uuid = newUuid();
                    for (Contact &contact : entry.after->contacts)
                        if (contact.uuid.isEmpty())
                            contact.uuid = newUuid();
                    for (Engagement &engagement : entry.after->engagements)
                        if (engagement.uuid.isEmpty())
                            engagement.uuid = newUuid();
                }
                auto id = organisations.insert(*to);
                if (!id)
                    return id.error();
                if (forward && !entry.after->id)
                    entry.after->id = *id;
            } else if (from && !to) {
                if (Status s = organisations.remove(from->id); !s)
                    return s;
            } else if (from && to) {
                auto cut = contactLinksCut(*from, *to);
                if (!cut)
                    return cut.error();
                if (Status s = organisations.update(*to); !s)
                    return s;
                for (const RowSnapshot &rows : std::as_const(entry.saved))
                    if (Status s = rows.restore(m_store.database().connection()); !s)
                        return s;
                entry.saved = std::move(cut).value();
            }
        }
        if (Status indexed = organisations.flushIndex(); !indexed)
            return indexed;
        if (Status committed = transaction.commit(); !committed)
            return committed;
        m_store.notifyChanged(QStringLiteral("organisations"));
        return {};
    }

    // The consortium places whose contact person is a contact that going from `from` to `to`
    // removes: the database unlinks them, an undo links them again.
    Result<QList<RowSnapshot>> contactLinksCut(const Organisation &from,
                                               const Organisation &to) const
    {
        QVariantList removed;
        for (const Contact &contact : from.contacts)
            if (contact.id &&
                std::none_of(to.contacts.cbegin(), to.contacts.cend(),
                             [&](const Contact &kept) { return kept.id == contact.id; }))
                removed << contact.id;
        if (removed.isEmpty())
            return QList<RowSnapshot>();
        auto rows = RowSnapshot::take(
            m_store.database().connection(), QStringLiteral("consortium_members"),
            QStringLiteral("contact_id IN (%1)")
                .arg(QStringList(removed.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
            removed);
        if (!rows)
            return rows.error();
        return QList<RowSnapshot>{*rows};
    }

    QList<Entry> m_entries;
};

// The names of the steps in Edit > Undo.
class OrganisationText
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::commands::OrganisationText)
};

} // namespace

Result<qint64> addOrganisation(Store &store, const Organisation &organisation)
{
    Organisation fresh = organisation;
    fresh.id = 0;
    auto *command =
        new OrganisationChange(store, {{std::nullopt, fresh}},
                               OrganisationText::tr("Add partner “%1”").arg(organisation.name));
    if (Status status = pushChange(store, command); !status)
        return status.error();
    return command->entries().constFirst().after->id;
}

Status editOrganisation(Store &store, const Organisation &organisation)
{
    auto before = OrganisationRepository(store.database().connection()).load(organisation.id);
    if (!before)
        return before.error();
    if (*before == organisation)
        return {};
    return pushChange(store, new OrganisationChange(
                                 store, {{*before, organisation}},
                                 OrganisationText::tr("Edit partner “%1”").arg(organisation.name)));
}

Status removeOrganisations(Store &store, const QList<qint64> &ids)
{
    QList<OrganisationChange::Entry> entries;
    OrganisationRepository repository(store.database().connection());
    for (qint64 id : ids) {
        auto organisation = repository.load(id);
        if (!organisation)
            return organisation.error();
        auto places = repository.consortiumPlaces(id);
        if (!places)
            return places.error();
        if (!places->isEmpty()) {
            QStringList acronyms;
            for (const ConsortiumPlace &place : std::as_const(*places))
                acronyms << place.acronym;
            return Error{OrganisationText::tr("“%1” is a partner in %2; take it out of those "
                                              "consortia, or merge it into another "
                                              "organisation, before deleting it.")
                             .arg(organisation->name, acronyms.join(QStringLiteral(", ")))};
        }
        entries.append({*organisation, std::nullopt});
    }
    if (entries.isEmpty())
        return {};
    const QString text =
        entries.size() == 1
            ? OrganisationText::tr("Delete partner “%1”").arg(entries.constFirst().before->name)
            : OrganisationText::tr("Delete %n partners", nullptr, int(entries.size()));
    return pushChange(store, new OrganisationChange(store, entries, text));
}

Result<QList<qint64>> addOrganisations(Store &store, const QList<Organisation> &organisations,
                                       const QString &actionText)
{
    QList<OrganisationChange::Entry> entries;
    entries.reserve(organisations.size());
    for (Organisation organisation : organisations) {
        organisation.id = 0;
        entries.append({std::nullopt, organisation});
    }
    auto *command = new OrganisationChange(store, entries, actionText);
    if (Status status = pushChange(store, command); !status)
        return status.error();
    QList<qint64> ids;
    for (const OrganisationChange::Entry &entry : command->entries())
        ids << entry.after->id;
    return ids;
}

Status mergeOrganisations(Store &store, qint64 keepId, qint64 removeId)
{
    if (keepId == removeId)
        return Error{OrganisationText::tr("An organisation cannot be merged into itself.")};
    return pushChange(store, new OrganisationMerge(store, keepId, removeId));
}

} // namespace commands
} // namespace core
} // namespace hamkor
