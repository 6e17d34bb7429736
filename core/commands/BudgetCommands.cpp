// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/BudgetCommands.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/budget/BudgetCalculator.h"
#include "core/budget/BudgetTemplate.h"
#include "core/commands/BudgetChange.h"
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

Error lockedError(const BudgetVersion &version)
{
    return Error{BudgetText::tr("The budget version “%1” (%2) is kept as it was; copy it to a "
                                "new version to change it.")
                     .arg(version.name, reference::budgetVersionStates().name(version.state))};
}

Status validateVersion(BudgetRepository &budgets, const BudgetVersion &version)
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

namespace {

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
    if (Status s = validateVersion(budgets, version); !s)
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
    if (Status s = validateVersion(budgets, copy); !s)
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
    if (Status s = validateVersion(budgets, after); !s)
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
    return editBudgetLines(store, {line},
                           BudgetText::tr("Edit budget line %1")
                               .arg(line.description.isEmpty() ? line.category : line.description));
}

Status editBudgetLines(Store &store, const QList<BudgetLine> &lines, const QString &actionText)
{
    BudgetRepository budgets(store.database().connection());
    auto change = std::make_unique<BudgetChange>(store, actionText);
    QSet<qint64> checked;
    for (const BudgetLine &line : lines) {
        auto versionId = budgets.versionOfLine(line.id);
        if (!versionId)
            return versionId.error();
        if (!*versionId)
            return Error{BudgetText::tr("The budget line is no longer in the file.")};
        if (!checked.contains(*versionId)) {
            if (auto version = editableVersion(budgets, *versionId, false); !version)
                return version.error();
            checked.insert(*versionId);
        }
        const auto before = budgets.loadLine(line.id);
        if (!before)
            return before.error();
        if (*before != line)
            change->lines.append({*versionId, *before, line});
    }
    if (change->lines.isEmpty())
        return {};
    return push(store, change.release());
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

} // namespace commands
} // namespace core
} // namespace hamkor
