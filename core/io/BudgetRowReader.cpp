// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/BudgetRowReader.h"

#include "core/budget/FundingShares.h"
#include "core/domain/Currency.h"
#include "core/io/BudgetImporter.h"
#include "core/io/CellParsers.h"

#include <tuple>

namespace hamkor {
namespace core {

BudgetRowReader::BudgetRowReader(const CsvColumns &columns, const BudgetTemplate &layout,
                                 const Proposal &proposal, const QHash<QString, qint64> &acronyms,
                                 bool commaDecimals)
    : m_columns(columns), m_layout(layout), m_proposal(proposal), m_acronyms(acronyms),
      m_commaDecimals(commaDecimals), m_freeHeadings(layout.code() == u"generic"),
      m_years((proposal.durationMonths + 11) / 12)
{
    const QStringList names = BudgetImporter::columns();
    Q_ASSERT(names.size() == Columns);
    for (int c = 0; c < Columns; ++c)
        m_at[c] = columns.indexOf(names.at(c));
    for (const BudgetCategory &category : layout.categories())
        m_headings.insert(category.code);
}

BudgetLine BudgetRowReader::read(const QStringList &row, int line, QList<ImportProblem> &problems)
{
    const auto problem = [&](const char *column, const QString &message) {
        problems.append({line, QString::fromLatin1(column), message});
    };
    // By the column's place, found once: a file may have a million rows.
    const auto cell = [&](Column column) {
        return CsvColumns::cellAt(row, m_at[column]);
    };
    BudgetLine l;
    l.category = cell(Category);
    if (l.category.isEmpty()) {
        problem("category", tr("The heading is missing."));
    } else if (m_freeHeadings) {
        if (!m_headings.contains(l.category)) {
            m_headings.insert(l.category);
            m_newHeadings.append({l.category, l.category});
        }
    } else if (m_layout.takesLines(l.category)) {
        // a heading without sub-headings, or taxes
    } else if (!m_layout.category(l.category)) {
        problem("category", tr("“%1” is not a heading of %2.").arg(l.category, m_layout.name()));
    } else {
        problem("category",
                tr("Heading %1 has sub-headings; put the line under one of them.").arg(l.category));
    }
    l.description = cell(Description);
    l.unit = cell(Unit);
    const QString partner = cell(Partner);
    if (partner.isEmpty())
        problem("partner", tr("The partner is missing; give the acronym of a member of "
                              "the consortium."));
    else if (const auto it = m_acronyms.constFind(partner.toLower()); it == m_acronyms.cend())
        problem(
            "partner",
            tr("“%1” is not a member of the consortium of %2.").arg(partner, m_proposal.acronym));
    else
        l.memberId = *it;
    if (auto quantity = CellParsers::decimal(cell(Quantity), m_commaDecimals); !quantity)
        problem("quantity", quantity.message());
    else if (quantity->isNegative())
        problem("quantity", tr("The number of units cannot be negative."));
    else
        l.quantity = *quantity;
    l.currency = cell(Currency).toUpper();
    const auto currency = Currency::fromCode(l.currency);
    if (!currency)
        problem("currency", l.currency.isEmpty()
                                ? tr("The currency is missing.")
                                : tr("“%1” is not an ISO 4217 currency code.").arg(l.currency));
    else if (auto cost = CellParsers::amount(cell(UnitCost), *currency, m_commaDecimals); !cost)
        problem("unit_cost", cost.message());
    else if (*cost < 0)
        problem("unit_cost", tr("The unit cost cannot be negative."));
    else
        l.unitCostMinor = *cost;
    if (const QString period = cell(Period); !period.isEmpty()) {
        if (auto year = CellParsers::wholeNumber(period); !year)
            problem("period", year.message());
        else if (*year < 1 || (m_years > 0 && *year > m_years))
            problem("period", tr("Year %1 is not a year of the proposal, which runs %n "
                                 "year(s).",
                                 nullptr, m_years)
                                  .arg(*year));
        else
            l.period = *year;
    }
    for (const auto &[column, share, name] :
         {std::tuple(DonorPct, FundingShares::Share::Donor, "donor_pct"),
          std::tuple(OtherPct, FundingShares::Share::OtherDonors, "other_pct"),
          std::tuple(InKindPct, FundingShares::Share::InKind, "in_kind_pct")}) {
        const QString text = cell(column);
        if (text.isEmpty())
            continue;
        if (auto pct = CellParsers::decimal(text, m_commaDecimals); !pct)
            problem(name, pct.message());
        else if (Status s = FundingShares::set(l, share, *pct); !s)
            problem(name, s.message());
    }
    // Or amounts in the line's currency; the partner's own takes the rest of the line.
    const bool percentages =
        !cell(DonorPct).isEmpty() || !cell(OtherPct).isEmpty() || !cell(InKindPct).isEmpty();
    for (const auto &[column, share, name] :
         {std::tuple(DonorAmount, FundingShares::Share::Donor, "donor_amount"),
          std::tuple(OtherAmount, FundingShares::Share::OtherDonors, "other_amount"),
          std::tuple(InKindAmount, FundingShares::Share::InKind, "in_kind_amount")}) {
        const QString text = cell(column);
        if (text.isEmpty() || !currency)
            continue;
        if (percentages) {
            problem(name, tr("Give the shares as percentages or as amounts, not both."));
            continue;
        }
        if (auto amount = CellParsers::amount(text, *currency, m_commaDecimals); !amount)
            problem(name, amount.message());
        else if (Status s = FundingShares::setAmount(l, share, *amount); !s)
            problem(name, s.message());
    }
    return l;
}

} // namespace core
} // namespace hamkor
