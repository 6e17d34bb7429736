// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/budget/BudgetLoader.h"

#include <QCoreApplication>

namespace hamkor {
namespace core {

// Lines moved from a heading of one template to a heading of another.
struct HeadingMove
{
    QString from; // "1.1.1 Technical"
    QString to;   // "A.1 Employees (or equivalent)"
    int lines = 0;
};

// A budget laid out again in another donor's template, to be exported in it: each line moves
// to the target's heading for the same kind of cost (the kinds are the templates' data:
// staff, fringe, per_diems, travel, equipment, supplies, office, services, subcontracting,
// third_party, construction, internal, other); a kind the target has no heading for goes to
// the nearest it has (per diems to travel, fringe benefits to staff, … else "other").
// The generic template keeps the headings as they are. The rates of indirect costs and
// contingency the budget used carry over (at most the target's cap; a flat rate is the
// target's), the funding rate is the target's, and so are the rules.
class BudgetMapping
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetMapping)

public:
    struct Relaid
    {
        LoadedBudget budget;
        QList<HeadingMove> moves; // in the order of the lines; none for the budget's own template
    };

    // budget must hold its lines (not Lines::Streamed).
    static Result<Relaid> relayout(const LoadedBudget &budget, const QString &templateCode);
    // The kind of cost of a line's heading in layout: the template's own, else guessed from
    // the heading's name (a generic budget's "Staff", «Командировки»), else "other".
    static QString kindOf(const BudgetTemplate &layout, const QString &code);
    // The heading of layout that takes lines of kind.
    static QString headingFor(const BudgetTemplate &layout, const QString &kind);
};

} // namespace core
} // namespace hamkor
