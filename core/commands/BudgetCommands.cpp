// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/BudgetCommands.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/budget/BudgetCalculator.h"
#include "core/budget/BudgetTemplate.h"
#include "core/commands/ChangeCommand.h"
#include "core/domain/Currency.h"
#include "core/reference/Reference.h"
#include "core/storage/BudgetRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <memory>

namespace hamkor {
namespace core {
namespace commands {

namespace {

class BudgetText
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::commands::BudgetCommands)
};

// One undoable change of budgets: versions, lines and exchange rates, each from `before` to
// `after` (nothing before: added; nothing after: removed).
class BudgetChange : public ChangeCommand
{
public:
    struct VersionEntry
    {
        std::optional<BudgetVersion> before, after; // with every line when added or removed
    };
    struct LineEntry
    {
        qint64 versionId = 0;
        std::optional<BudgetLine> before, after;
    };
    struct RateEntry
    {
        std::optional<ExchangeRate> before, after;
    };

    BudgetChange(Store &store, const QString &text) : ChangeCommand(store, text) {}

    QList<VersionEntry> versions;
    QList<LineEntry> lines;
    QList<RateEntry> rates;

private:
    Status apply(bool forward) override
    {
        const QSqlDatabase db = m_store.database().connection();
        Transaction transaction(db);
        if (!transaction.begun())
            return transaction.begun();
        BudgetRepository budgets(db);
        ExchangeRateRepository rateTable(db);
        QSet<qint64> touched;
        for (VersionEntry &e : versions) {
            const auto &from = forward ? e.before : e.after;
            const auto &to = forward ? e.after : e.before;
            if (!from && to) {
                auto id = budgets.insertVersion(*to);
                if (!id)
                    return id.error();
                if (forward && !e.after->id) { // keep the ids for a redo
                    auto stored = budgets.load(*id);
                    if (!stored)
                        return stored.error();
                    e.after = *stored;
                }
            } else if (from && !to) {
                if (Status s = budgets.removeVersion(from->id); !s)
                    return s;
            } else if (from && to) {
                if (Status s = budgets.updateVersion(*to); !s)
                    return s;
            }
        }
        for (LineEntry &e : lines) {
            const auto &from = forward ? e.before : e.after;
            const auto &to = forward ? e.after : e.before;
            if (!from && to) {
                BudgetLine line = *to;
                if (line.uuid.isEmpty())
                    line.uuid = newUuid();
                auto id = budgets.insertLine(e.versionId, line);
                if (!id)
                    return id.error();
                line.id = *id;
                if (forward)
                    e.after = line;
            } else if (from && !to) {
                if (Status s = budgets.removeLine(from->id); !s)
                    return s;
            } else if (from && to) {
                if (Status s = budgets.updateLine(*to); !s)
                    return s;
            }
            touched.insert(e.versionId);
        }
        for (RateEntry &e : rates) {
            const auto &from = forward ? e.before : e.after;
            const auto &to = forward ? e.after : e.before;
            if (!from && to) {
                if (to->id) {
                    if (Status s = rateTable.restore(*to); !s)
                        return s;
                } else {
                    auto put = rateTable.put(*to);
                    if (!put)
                        return put.error();
                    e.after->id = put->first;
                }
            } else if (from && !to) {
                if (Status s = rateTable.remove(from->id); !s)
                    return s;
            } else if (from && to) {
                if (Status s = rateTable.update(*to); !s)
                    return s;
            }
        }
        for (const qint64 id : std::as_const(touched))
            if (Status s = budgets.touch(id); !s)
                return s;
        if (Status s = transaction.commit(); !s)
            return s;
        if (!versions.isEmpty())
            m_store.notifyChanged(QStringLiteral("budget_versions"));
        if (!versions.isEmpty() || !lines.isEmpty())
            m_store.notifyChanged(QStringLiteral("budget_lines"));
        if (!rates.isEmpty())
            m_store.notifyChanged(QStringLiteral("exchange_rates"));
        return {};
    }
};

Error lockedError(const BudgetVersion &version)
{
    return Error{BudgetText::tr("The budget version “%1” (%2) is kept as it was; copy it to a "
                                "new version to change it.")
                     .arg(version.name, reference::budgetVersionStates().name(version.state))};
}

Status validate(BudgetRepository &budgets, const BudgetVersion &version)
{
    if (version.name.trimmed().isEmpty())
        return Error{BudgetText::tr("Give the budget version a name.")};
    auto taken = budgets.nameTaken(version.proposalId, version.name, version.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error{BudgetText::tr("The proposal already has a budget version “%1”.")
                         .arg(version.name.trimmed())};
    if (!BudgetTemplate::find(version.templateCode))
        return Error{
            BudgetText::tr("“%1” is not a budget template; use one of %2.")
                .arg(version.templateCode, BudgetTemplate::codes().join(QStringLiteral(", ")))};
    if (!Currency::fromCode(version.currency))
        return Error{
            BudgetText::tr("%1 is not an ISO 4217 currency Hamkor knows.").arg(version.currency)};
    if (!reference::budgetVersionStates().contains(version.state))
        return Error{BudgetText::tr("“%1” is not a state of a budget version.").arg(version.state)};
    if (!version.rateDate.isValid())
        return Error{BudgetText::tr("Give the date of the exchange rates the budget uses.")};
    return {};
}

Status validate(const ExchangeRate &rate)
{
    if (!Currency::fromCode(rate.from) || !Currency::fromCode(rate.to))
        return Error{BudgetText::tr("%1 → %2: both must be ISO 4217 currencies Hamkor knows.")
                         .arg(rate.from, rate.to)};
    if (rate.from == rate.to)
        return Error{BudgetText::tr("A rate from %1 to itself is always 1.").arg(rate.from)};
    if (rate.rate.isZero() || rate.rate.isNegative())
        return Error{
            BudgetText::tr("The rate from %1 to %2 must be more than 0.").arg(rate.from, rate.to)};
    if (!rate.date.isValid())
        return Error{
            BudgetText::tr("The rate from %1 to %2 needs a date.").arg(rate.from, rate.to)};
    return {};
}

// The version a change of lines is for, refused when it is locked.
Result<BudgetVersion> editableVersion(BudgetRepository &budgets, qint64 versionId,
                                      bool withLines = true)
{
    auto version = budgets.load(versionId, withLines);
    if (!version)
        return version.error();
    if (version->isLocked())
        return lockedError(*version);
    return version;
}

// The rates version is converted at now, from the file's table: what it keeps when locked.
Result<QList<ExchangeRate>> ratesUsed(Store &store, const BudgetVersion &version)
{
    const auto layout = BudgetTemplate::forVersion(version.templateCode, version.categories);
    auto rates = ExchangeRateRepository(store.database().connection()).all();
    if (!rates)
        return rates.error();
    if (!layout)
        return QList<ExchangeRate>();
    const auto result = BudgetCalculator::compute(version, *layout, *rates);
    if (!result)
        return result.error();
    QList<ExchangeRate> used;
    for (const ComputedLine &line : result->lines)
        if (line.rate && !used.contains(*line.rate))
            used.append(*line.rate);
    return used;
}

Status push(Store &store, BudgetChange *change)
{
    return pushChange(store, change);
}

} // namespace

Result<qint64> addBudgetVersion(Store &store, const BudgetVersion &version)
{
    BudgetRepository budgets(store.database().connection());
    if (Status s = validate(budgets, version); !s)
        return s.error();
    auto *change =
        new BudgetChange(store, BudgetText::tr("Add budget version %1").arg(version.name));
    change->versions.append({std::nullopt, version});
    if (Status s = push(store, change); !s)
        return s.error();
    return change->versions.constFirst().after->id;
}

Result<qint64> copyBudgetVersion(Store &store, qint64 versionId, const QString &name)
{
    BudgetRepository budgets(store.database().connection());
    auto source = budgets.load(versionId);
    if (!source)
        return source.error();
    BudgetVersion copy = *source;
    copy.id = 0;
    copy.uuid.clear();
    copy.createdAt.clear();
    copy.name = name.trimmed();
    copy.state = QStringLiteral("draft");
    copy.keptRates.clear();
    if (Status s = validate(budgets, copy); !s)
        return s.error();
    auto *change = new BudgetChange(
        store, BudgetText::tr("Copy budget version %1 to %2").arg(source->name, copy.name));
    change->versions.append({std::nullopt, copy});
    if (Status s = push(store, change); !s)
        return s.error();
    return change->versions.constFirst().after->id;
}

Status editBudgetVersion(Store &store, const BudgetVersion &version)
{
    BudgetRepository budgets(store.database().connection());
    auto before = budgets.load(version.id);
    if (!before)
        return before.error();
    BudgetVersion after = version;
    after.lines = before->lines;
    after.keptRates = before->keptRates;
    if (before->isLocked()) {
        // Only its state may change (an awarded version revised, a submission withdrawn).
        BudgetVersion stateOnly = *before;
        stateOnly.state = version.state;
        if (!(stateOnly == after))
            return lockedError(*before);
    }
    if (Status s = validate(budgets, after); !s)
        return s;
    if (!before->isLocked() && after.isLocked()) {
        auto kept = ratesUsed(store, after);
        if (!kept)
            return kept.error();
        after.keptRates = *kept;
    } else if (!after.isLocked()) {
        after.keptRates.clear();
    }
    auto *change =
        new BudgetChange(store, BudgetText::tr("Edit budget version %1").arg(after.name));
    change->versions.append({*before, after});
    return push(store, change);
}

Status removeBudgetVersion(Store &store, qint64 versionId)
{
    BudgetRepository budgets(store.database().connection());
    auto before = budgets.load(versionId);
    if (!before)
        return before.error();
    if (before->isLocked())
        return lockedError(*before);
    auto *change =
        new BudgetChange(store, BudgetText::tr("Delete budget version %1").arg(before->name));
    change->versions.append({*before, std::nullopt});
    return push(store, change);
}

Result<QList<qint64>> addBudgetLines(Store &store, qint64 versionId, const QList<BudgetLine> &lines,
                                     const QString &actionText,
                                     const QList<UserCategory> &newHeadings)
{
    BudgetRepository budgets(store.database().connection());
    auto version = editableVersion(budgets, versionId);
    if (!version)
        return version.error();
    int sort = 0;
    for (const BudgetLine &line : std::as_const(version->lines))
        sort = std::max(sort, line.sortOrder + 1);
    auto *change = new BudgetChange(store, actionText);
    if (!newHeadings.isEmpty()) {
        BudgetVersion before = *version, after = *version;
        before.lines.clear();
        after.lines.clear();
        after.categories += newHeadings;
        change->versions.append({before, after});
    }
    for (BudgetLine line : lines) {
        line.id = 0;
        line.uuid.clear();
        line.sortOrder = sort++;
        change->lines.append({versionId, std::nullopt, line});
    }
    QList<qint64> ids;
    if (Status s = push(store, change); !s)
        return s.error();
    for (const auto &entry : std::as_const(change->lines))
        ids << entry.after->id;
    return ids;
}

Status editBudgetLine(Store &store, const BudgetLine &line)
{
    BudgetRepository budgets(store.database().connection());
    auto versionId = budgets.versionOfLine(line.id);
    if (!versionId)
        return versionId.error();
    if (!*versionId)
        return Error{BudgetText::tr("The budget line is no longer in the file.")};
    auto version = editableVersion(budgets, *versionId, false);
    if (!version)
        return version.error();
    const auto before = budgets.loadLine(line.id);
    if (!before)
        return before.error();
    if (*before == line)
        return {};
    auto *change = new BudgetChange(
        store, BudgetText::tr("Edit budget line %1")
                   .arg(line.description.isEmpty() ? line.category : line.description));
    change->lines.append({*versionId, *before, line});
    return push(store, change);
}

Status removeBudgetLines(Store &store, const QList<qint64> &lineIds)
{
    if (lineIds.isEmpty())
        return {};
    BudgetRepository budgets(store.database().connection());
    auto *change = new BudgetChange(
        store, BudgetText::tr("Delete %n budget line(s)", nullptr, int(lineIds.size())));
    std::unique_ptr<BudgetChange> owner(change);
    QHash<qint64, BudgetVersion> versions;
    for (const qint64 id : lineIds) {
        auto versionId = budgets.versionOfLine(id);
        if (!versionId)
            return versionId.error();
        if (!*versionId)
            continue;
        if (!versions.contains(*versionId)) {
            auto version = editableVersion(budgets, *versionId);
            if (!version)
                return version.error();
            versions.insert(*versionId, *version);
        }
        for (const BudgetLine &line : versions.value(*versionId).lines)
            if (line.id == id)
                change->lines.append({*versionId, line, std::nullopt});
    }
    return push(store, owner.release());
}

Result<int> putExchangeRates(Store &store, const QList<ExchangeRate> &rates,
                             const QString &actionText)
{
    auto existing = ExchangeRateRepository(store.database().connection()).all();
    if (!existing)
        return existing.error();
    auto *change = new BudgetChange(store, actionText);
    std::unique_ptr<BudgetChange> owner(change);
    int added = 0;
    for (const ExchangeRate &rate : rates) {
        if (Status s = validate(rate); !s)
            return s.error();
        const auto same =
            std::find_if(existing->cbegin(), existing->cend(), [&](const ExchangeRate &r) {
                return r.from == rate.from && r.to == rate.to && r.date == rate.date &&
                       r.source == rate.source;
            });
        if (same == existing->cend()) {
            ExchangeRate fresh = rate;
            fresh.id = 0;
            change->rates.append({std::nullopt, fresh});
            ++added;
        } else if (!(same->rate == rate.rate) || same->rate.scale() != rate.rate.scale()) {
            ExchangeRate changed = rate;
            changed.id = same->id;
            change->rates.append({*same, changed});
        }
    }
    if (change->rates.isEmpty())
        return 0;
    if (Status s = push(store, owner.release()); !s)
        return s.error();
    return added;
}

Status editExchangeRate(Store &store, const ExchangeRate &rate)
{
    if (Status s = validate(rate); !s)
        return s;
    auto existing = ExchangeRateRepository(store.database().connection()).all();
    if (!existing)
        return existing.error();
    for (const ExchangeRate &before : std::as_const(*existing)) {
        if (before.id != rate.id)
            continue;
        auto *change = new BudgetChange(
            store, BudgetText::tr("Edit exchange rate %1 → %2").arg(rate.from, rate.to));
        change->rates.append({before, rate});
        return push(store, change);
    }
    return Error{BudgetText::tr("The exchange rate is no longer in the file.")};
}

Status removeExchangeRates(Store &store, const QList<qint64> &rateIds)
{
    auto existing = ExchangeRateRepository(store.database().connection()).all();
    if (!existing)
        return existing.error();
    auto *change = new BudgetChange(
        store, BudgetText::tr("Delete %n exchange rate(s)", nullptr, int(rateIds.size())));
    for (const ExchangeRate &rate : std::as_const(*existing))
        if (rateIds.contains(rate.id))
            change->rates.append({rate, std::nullopt});
    return push(store, change);
}

} // namespace commands
} // namespace core
} // namespace hamkor
