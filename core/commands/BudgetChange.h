// SPDX-License-Identifier: GPL-3.0-or-later
// The undo command behind the budget and exchange-rate edits (BudgetCommands.h); only the
// commands' own sources include it.
#pragma once

#include "core/budget/Budget.h"
#include "core/commands/ChangeCommand.h"

#include <QCoreApplication>

#include <optional>

namespace hamkor {
namespace core {

class BudgetRepository;

namespace commands {

// The translation context of the budget commands' messages.
class BudgetText
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::commands::BudgetCommands)
};

// Why a locked (submitted or awarded) version refuses an edit.
Error lockedError(const BudgetVersion &version);
// Whether version may be stored as it is: a name unique in its proposal, a template, a
// currency, a state and a rate date Hamkor knows.
Status validateVersion(BudgetRepository &budgets, const BudgetVersion &version);

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
    Status apply(bool forward) override;
};

} // namespace commands
} // namespace core
} // namespace hamkor
