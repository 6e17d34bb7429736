// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/BudgetLinesImport.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/budget/BudgetLoader.h"
#include "core/commands/BudgetCommands.h"
#include "core/io/BudgetImporter.h"
#include "core/storage/BudgetRepository.h"

namespace hamkor {
namespace core {

namespace {

Result<BudgetLinesImport> import(Store &store, BudgetVersion version, const CsvTable &table,
                                 std::optional<bool> decimalCommas = std::nullopt,
                                 const QString &actionText = QString())
{
    const QSqlDatabase db = store.database().connection();
    const auto context = loadProposalContext(db, version.proposalId);
    if (!context)
        return context.error();
    const auto layout = BudgetTemplate::forVersion(version.templateCode, version.categories);
    if (!layout)
        return Error{BudgetLinesImporter::tr("The budget uses the template “%1”, which this "
                                             "version of Hamkor does not know.")
                         .arg(version.templateCode)};
    BudgetLinesImport outcome;
    const BudgetImportPreview preview = BudgetImporter::preview(
        table, *layout, context->proposal, context->membersByAcronym(), decimalCommas);
    if (!preview.ok()) {
        outcome.problems = preview.problems;
        return outcome;
    }
    const int n = int(preview.lines.size());
    if (version.id == 0) {
        version.categories = preview.newHeadings;
        version.lines = preview.lines;
        for (int i = 0; i < version.lines.size(); ++i)
            version.lines[i].sortOrder = i;
        const auto added = commands::addBudgetVersion(store, version);
        if (!added)
            return added.error();
        outcome.versionId = *added;
    } else if (n > 0) {
        const auto added = commands::addBudgetLines(
            store, version.id, preview.lines,
            actionText.isEmpty() ? BudgetLinesImporter::tr("Import %n budget lines", nullptr, n)
                                 : actionText,
            preview.newHeadings);
        if (!added)
            return added.error();
        outcome.versionId = version.id;
    }
    outcome.added = n;
    outcome.versionName = version.name;
    return outcome;
}

} // namespace

Result<BudgetVersion> BudgetLinesImporter::targetVersion(Store &store, qint64 proposalId,
                                                         const QString &versionName)
{
    BudgetRepository budgets(store.database().connection());
    const auto versions = budgets.versions(proposalId);
    if (!versions)
        return versions.error();
    const QString wanted = versionName.trimmed();
    for (auto it = versions->crbegin(); it != versions->crend(); ++it)
        if (wanted.isEmpty() || it->name.toLower() == wanted.toLower())
            return budgets.load(it->id, false);
    const auto context = loadProposalContext(store.database().connection(), proposalId);
    if (!context)
        return context.error();
    BudgetVersion fresh;
    fresh.proposalId = proposalId;
    fresh.name = wanted.isEmpty() ? tr("Draft 1") : wanted;
    fresh.templateCode = context->proposal.templateCode;
    fresh.currency = context->proposal.currency;
    fresh.rateDate = Clock::nowUtc().date();
    return fresh;
}

Result<BudgetLinesImport> BudgetLinesImporter::intoProposal(Store &store, qint64 proposalId,
                                                            const QString &versionName,
                                                            const CsvTable &table)
{
    auto version = targetVersion(store, proposalId, versionName);
    if (!version)
        return version.error();
    return import(store, *version, table);
}

Result<BudgetLinesImport> BudgetLinesImporter::intoVersion(Store &store, qint64 versionId,
                                                           const CsvTable &table,
                                                           std::optional<bool> decimalCommas,
                                                           const QString &actionText)
{
    auto version = BudgetRepository(store.database().connection()).load(versionId, false);
    if (!version)
        return version.error();
    return import(store, *version, table, decimalCommas, actionText);
}

} // namespace core
} // namespace hamkor
