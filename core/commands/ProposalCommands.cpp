// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/ProposalCommands.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/ChangeCommand.h"
#include "core/domain/ChecklistDefaults.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProposalRepository.h"
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

// The rows that going from `from` to `to` deletes in cascade or unlinks, as they are now:
// a deleted proposal's budget; the budget lines of partners an edit removes.
Result<QList<RowSnapshot>> rowsCut(const QSqlDatabase &db, const std::optional<Proposal> &from,
                                   const std::optional<Proposal> &to)
{
    QList<RowSnapshot> cut;
    const auto take = [&](const char *table, const QString &where, const QVariantList &values) {
        auto rows = RowSnapshot::take(db, QLatin1String(table), where, values);
        if (rows && !rows->isEmpty())
            cut << *rows;
        return rows ? Status() : Status(rows.error());
    };
    if (from && !to) {
        const QString versions =
            QStringLiteral("version_id IN (SELECT id FROM budget_versions WHERE proposal_id = ?)");
        for (const auto &[table, where] :
             {std::pair("budget_versions", QStringLiteral("proposal_id = ?")),
              std::pair("budget_categories", versions), std::pair("budget_lines", versions)})
            if (Status s = take(table, where, {from->id}); !s)
                return s.error();
    } else if (from && to) {
        QVariantList removed;
        for (const ConsortiumMember &member : from->members)
            if (member.id &&
                std::none_of(to->members.cbegin(), to->members.cend(),
                             [&](const ConsortiumMember &kept) { return kept.id == member.id; }))
                removed << member.id;
        if (!removed.isEmpty()) {
            const QString where = QStringLiteral("member_id IN (%1)")
                                      .arg(QStringList(removed.size(), QStringLiteral("?"))
                                               .join(QStringLiteral(", ")));
            if (Status s = take("budget_lines", where, removed); !s)
                return s.error();
        }
    }
    return cut;
}

// One undoable change of proposals, from `before` to `after` for each entry.
class ProposalChange : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::commands::ProposalChange)

public:
    struct Entry
    {
        std::optional<Proposal> before;
        std::optional<Proposal> after;
        QList<qint64> history;    // status-history rows the forward step added
        QList<RowSnapshot> saved; // rows the last step deleted or unlinked, for the next one
    };

    ProposalChange(Store &store, QList<Entry> entries, const QString &text)
        : ChangeCommand(store, text), m_entries(std::move(entries))
    {}

    const QList<Entry> &entries() const { return m_entries; }

private:
    Status apply(bool forward) override
    {
        Transaction transaction(m_store.database().connection());
        if (!transaction.begun())
            return transaction.begun();
        ProposalRepository proposals(m_store.database().connection());
        for (Entry &entry : m_entries) {
            const std::optional<Proposal> &from = forward ? entry.before : entry.after;
            const std::optional<Proposal> &to = forward ? entry.after : entry.before;
            auto cut = rowsCut(m_store.database().connection(), from, to);
            if (!cut)
                return cut.error();
            if (!from && to) {
                if (forward && !entry.after->id && entry.after->uuid.isEmpty())
                    entry.after->uuid = newUuid();
                auto id = proposals.insert(*to);
                if (!id)
                    return id.error();
                if (forward && !entry.after->id) {
                    // The ids its members and items got, so that a redo restores them.
                    auto stored = proposals.load(*id);
                    if (!stored)
                        return stored.error();
                    entry.after = *stored;
                }
            } else if (from && !to) {
                if (Status s = proposals.remove(from->id); !s)
                    return s;
            } else if (from && to) {
                if (!forward) {
                    for (qint64 history : std::as_const(entry.history))
                        if (Status s = proposals.removeHistoryEntry(history); !s)
                            return s;
                    entry.history.clear();
                }
                auto history = proposals.update(*to, forward);
                if (!history)
                    return history.error();
                if (*history)
                    entry.history << *history;
            }
            // What the step before this one cut comes back once its rows exist again.
            for (const RowSnapshot &rows : std::as_const(entry.saved))
                if (Status s = rows.restore(m_store.database().connection()); !s)
                    return s;
            entry.saved = std::move(cut).value();
        }
        if (Status committed = transaction.commit(); !committed)
            return committed;
        m_store.notifyChanged(QStringLiteral("proposals"));
        return {};
    }

    QList<Entry> m_entries;
};

class ProposalText
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::commands::ProposalText)
};

// Checks what the database cannot say in words: the acronym is needed and unique.
Status checkAcronym(Store &store, const Proposal &proposal)
{
    if (proposal.acronym.trimmed().isEmpty())
        return Error{ProposalText::tr("The proposal needs an acronym.")};
    const auto holder =
        ProposalRepository(store.database().connection()).idOfAcronym(proposal.acronym);
    if (!holder)
        return holder.error();
    if (*holder && *holder != proposal.id)
        return Error{ProposalText::tr("Another proposal is already called “%1”; an acronym names "
                                      "one proposal only.")
                         .arg(proposal.acronym.trimmed())};
    return {};
}

// A new proposal without a checklist starts with its template's default one.
Proposal withDefaults(Store &store, Proposal proposal)
{
    if (!proposal.checklist.isEmpty())
        return proposal;
    QList<qint64> ids;
    for (const ConsortiumMember &member : proposal.members)
        ids << member.organisationId;
    QHash<qint64, Organisation> organisations;
    if (const auto loaded = OrganisationRepository(store.database().connection()).loadMany(ids);
        loaded)
        for (const Organisation &organisation : *loaded)
            organisations.insert(organisation.id, organisation);
    proposal.checklist = ChecklistDefaults::forProposal(proposal, organisations);
    return proposal;
}

} // namespace

Result<qint64> addProposal(Store &store, const Proposal &proposal)
{
    Proposal fresh = withDefaults(store, proposal);
    fresh.id = 0;
    if (Status s = checkAcronym(store, fresh); !s)
        return s.error();
    auto *command = new ProposalChange(store, {{std::nullopt, fresh, {}, {}}},
                                       ProposalText::tr("Add proposal %1").arg(fresh.acronym));
    if (Status status = pushChange(store, command); !status)
        return status.error();
    return command->entries().constFirst().after->id;
}

Status editProposal(Store &store, const Proposal &proposal)
{
    auto before = ProposalRepository(store.database().connection()).load(proposal.id);
    if (!before)
        return before.error();
    if (*before == proposal)
        return {};
    if (Status s = checkAcronym(store, proposal); !s)
        return s;
    return pushChange(
        store, new ProposalChange(store, {{*before, proposal, {}, {}}},
                                  ProposalText::tr("Edit proposal %1").arg(proposal.acronym)));
}

Status removeProposals(Store &store, const QList<qint64> &ids)
{
    QList<ProposalChange::Entry> entries;
    ProposalRepository repository(store.database().connection());
    for (qint64 id : ids) {
        auto proposal = repository.load(id);
        if (!proposal)
            return proposal.error();
        entries.append({*proposal, std::nullopt, {}, {}});
    }
    if (entries.isEmpty())
        return {};
    const QString text =
        entries.size() == 1
            ? ProposalText::tr("Delete proposal %1").arg(entries.constFirst().before->acronym)
            : ProposalText::tr("Delete %n proposals", nullptr, int(entries.size()));
    return pushChange(store, new ProposalChange(store, entries, text));
}

Result<QList<qint64>> addProposals(Store &store, const QList<Proposal> &proposals,
                                   const QString &actionText)
{
    QList<ProposalChange::Entry> entries;
    for (const Proposal &proposal : proposals) {
        Proposal fresh = withDefaults(store, proposal);
        fresh.id = 0;
        if (Status s = checkAcronym(store, fresh); !s)
            return s.error();
        entries.append({std::nullopt, fresh, {}, {}});
    }
    auto *command = new ProposalChange(store, entries, actionText);
    if (Status status = pushChange(store, command); !status)
        return status.error();
    QList<qint64> ids;
    for (const ProposalChange::Entry &entry : command->entries())
        ids << entry.after->id;
    return ids;
}

} // namespace commands
} // namespace core
} // namespace hamkor
