// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetCalculator.h"
#include "core/budget/BudgetRules.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <utility>

namespace hamkor {
namespace core {

// The donor's rules that look at each line (associates charging only what they may, every
// line for a member, in a year the proposal runs, with a rate for its currency and under a
// heading of the template), fed a line at a time and in any order: a budget streamed from
// the file is checked without being held. Each rule keeps the count and the ids of the lines
// that break it, and the names of the first few, not the lines.
class BudgetLineChecks
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetRules)

public:
    // Where a line comes in its version: lines are named and listed in this order.
    using Key = std::pair<qint64, qint64>;
    // The place of the line with key in the version (0 for the first), for its name.
    using PlaceOf = std::function<int(const Key &key)>;

    // version, layout and proposal must outlive the checks. Without placeOf, a key's first
    // number is the line's place.
    BudgetLineChecks(const BudgetVersion &version, const BudgetTemplate &layout,
                     const Proposal &proposal, PlaceOf placeOf = {});

    // The line with key, as the budget engine computed it.
    void add(const BudgetLine &line, const Key &key, const ComputedLine &computed);
    // The checks, in the order BudgetRules::check gives them after the totals' ones.
    void appendTo(QList<BudgetCheck> &checks) const;

    // How many lines are named in a check's detail before "and N more".
    static constexpr int MaxListed = 5;

private:
    // The lines that break one rule.
    struct Broken
    {
        QList<std::pair<Key, QString>> first; // the first MaxListed, with what names them
        int count = 0;
        QList<std::pair<Key, qint64>> ids;

        void add(const BudgetLine &line, const Key &key);
        bool isEmpty() const { return count == 0; }
        QString text(const PlaceOf &placeOf) const;
        QList<qint64> idsInOrder() const;
    };

    const BudgetVersion &m_version;
    const BudgetTemplate &m_layout;
    const Proposal &m_proposal;
    PlaceOf m_placeOf;
    QHash<qint64, QString> m_roles; // the members' roles, by member id
    bool m_checkAssociates = false;
    int m_years = 0;
    Broken m_associates, m_outside, m_missingRate, m_badPeriod;
    QHash<QString, Key> m_missingCurrencies; // by the first line in each
    struct Problem
    {
        Key key;
        QString text;
        qint64 id;
    };
    QList<Problem> m_otherProblems;
};

} // namespace core
} // namespace hamkor
