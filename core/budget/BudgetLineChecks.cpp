// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetLineChecks.h"

#include <algorithm>

namespace hamkor {
namespace core {

void BudgetLineChecks::Broken::add(const BudgetLine &line, const Key &key)
{
    ++count;
    ids.append({key, line.id});
    // The first few by key: lines may come in any order.
    if (first.size() == MaxListed && !(key < first.constLast().first))
        return;
    const auto at =
        std::upper_bound(first.begin(), first.end(), key,
                         [](const Key &k, const auto &entry) { return k < entry.first; });
    first.insert(at, {key, line.description.isEmpty() ? line.category : line.description});
    if (first.size() > MaxListed)
        first.removeLast();
}

QString BudgetLineChecks::Broken::text(const PlaceOf &placeOf) const
{
    // Lines are named by their place in the version.
    QStringList names;
    for (const auto &[key, what] : first)
        names << BudgetLineChecks::tr("line %1 (%2)").arg(placeOf(key) + 1).arg(what);
    QString text = names.join(QStringLiteral(", "));
    if (count > MaxListed)
        text += BudgetLineChecks::tr(" and %n more", nullptr, count - MaxListed);
    return text;
}

QList<qint64> BudgetLineChecks::Broken::idsInOrder() const
{
    QList<std::pair<Key, qint64>> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QList<qint64> inOrder;
    inOrder.reserve(sorted.size());
    for (const auto &entry : std::as_const(sorted))
        inOrder << entry.second;
    return inOrder;
}

BudgetLineChecks::BudgetLineChecks(const BudgetVersion &version, const BudgetTemplate &layout,
                                   const Proposal &proposal, PlaceOf placeOf)
    : m_version(version), m_layout(layout), m_proposal(proposal),
      m_placeOf(placeOf ? std::move(placeOf) : [](const Key &key) { return int(key.first); }),
      m_years((proposal.durationMonths + 11) / 12)
{
    bool hasAssociates = false;
    for (const ConsortiumMember &member : proposal.members) {
        m_roles.insert(member.id, member.role);
        hasAssociates = hasAssociates || member.role == u"associate";
    }
    m_checkAssociates = hasAssociates && layout.associatesMayCharge();
}

void BudgetLineChecks::add(const BudgetLine &line, const Key &key, const ComputedLine &computed)
{
    const auto role = m_roles.constFind(line.memberId);
    if (m_checkAssociates && role != m_roles.cend() && *role == u"associate") {
        // Associates: only what the donor lets them charge.
        const QStringList &allowed = *m_layout.associatesMayCharge();
        bool ok = false;
        for (const QString &heading : m_layout.ancestry(line.category))
            ok = ok || allowed.contains(heading);
        if (!ok)
            m_associates.add(line, key);
    }
    if (role == m_roles.cend())
        m_outside.add(line, key);
    if (m_years > 0 && (line.period < 1 || line.period > m_years))
        m_badPeriod.add(line, key);
    if (computed.problem.isEmpty())
        return;
    if (computed.missingRate) {
        m_missingRate.add(line, key);
        const auto known = m_missingCurrencies.find(line.currency);
        if (known == m_missingCurrencies.end())
            m_missingCurrencies.insert(line.currency, key);
        else if (key < *known)
            *known = key;
    } else {
        m_otherProblems.append({key, computed.problem, line.id});
    }
}

void BudgetLineChecks::appendTo(QList<BudgetCheck> &checks) const
{
    if (m_checkAssociates) {
        const QStringList &allowed = *m_layout.associatesMayCharge();
        const QString may =
            allowed.isEmpty() ? tr("associates may charge no costs")
                              : tr("associates may charge only headings %1 (travel and per diems)")
                                    .arg(allowed.join(QStringLiteral(", ")));
        checks.append(
            {tr("Associates charge only what they may"), m_associates.isEmpty(),
             m_associates.isEmpty()
                 ? tr("Under %1, %2; no associate's line breaks this.").arg(m_layout.name(), may)
                 : tr("Under %1, %2: %3.").arg(m_layout.name(), may, m_associates.text(m_placeOf)),
             m_associates.idsInOrder()});
    }
    checks.append({tr("Every line for a member of the consortium"), m_outside.isEmpty(),
                   m_outside.isEmpty() ? tr("Every line is for a member of the consortium.")
                                       : tr("%n line(s) for no member of the consortium: %1.",
                                            nullptr, m_outside.count)
                                             .arg(m_outside.text(m_placeOf)),
                   m_outside.idsInOrder()});
    const QString rateDate = m_version.rateDate.toString(Qt::ISODate);
    QList<std::pair<Key, QString>> currencies;
    for (auto it = m_missingCurrencies.cbegin(); it != m_missingCurrencies.cend(); ++it)
        currencies.append({it.value(), it.key()});
    std::sort(currencies.begin(), currencies.end());
    QStringList missing;
    for (const auto &entry : std::as_const(currencies))
        missing << entry.second;
    checks.append({tr("An exchange rate for every currency"), m_missingRate.isEmpty(),
                   m_missingRate.isEmpty()
                       ? tr("Every line in another currency has a rate to %1 on or before %2.")
                             .arg(m_version.currency, rateDate)
                       : tr("No rate to %1 on or before %2 from %3: %4.")
                             .arg(m_version.currency, rateDate, missing.join(QStringLiteral(", ")),
                                  m_missingRate.text(m_placeOf)),
                   m_missingRate.idsInOrder()});
    if (m_years > 0)
        checks.append({tr("Every line within the proposal's years"), m_badPeriod.isEmpty(),
                       m_badPeriod.isEmpty()
                           ? tr("The proposal runs %n year(s); every line is in one of them.",
                                nullptr, m_years)
                           : tr("The proposal runs %n year(s) (%1 months); outside them: %2.",
                                nullptr, m_years)
                                 .arg(m_proposal.durationMonths)
                                 .arg(m_badPeriod.text(m_placeOf)),
                       m_badPeriod.idsInOrder()});
    if (!m_otherProblems.isEmpty()) {
        QList<Problem> problems = m_otherProblems;
        std::stable_sort(problems.begin(), problems.end(),
                         [](const Problem &a, const Problem &b) { return a.key < b.key; });
        QStringList texts;
        QList<qint64> ids;
        for (const Problem &problem : std::as_const(problems)) {
            texts << problem.text;
            ids << problem.id;
        }
        checks.append({tr("Every line under a heading of the template"), false,
                       texts.join(QLatin1Char(' ')), ids});
    }
}

} // namespace core
} // namespace hamkor
