// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/Budget.h"
#include "core/domain/Decimal.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hamkor {
namespace core {

// A heading of a donor's budget layout: "1.1.1 Technical" under "1.1" under "1 Human
// resources". Lines are entered against headings without children.
struct BudgetCategory
{
    QString code;
    QString english;
    QString russian;
    QString parent; // empty for a top heading
    int depth = 0;  // 0 for a top heading
    // The kinds of cost a heading without sub-headings takes ("staff", "travel", …), the
    // first its own: what BudgetMapping moves a line by to another template.
    QStringList kinds;

    QString name() const;
};

// A line of a layout that the budget computes: a subtotal of headings, indirect costs or a
// contingency reserve as a percentage of a base, a total of other totals lines, taxes.
struct BudgetTotalLine
{
    enum class Kind
    {
        Subtotal,
        Indirect,
        Contingency,
        Total,
        Taxes
    };

    QString code;
    QString english;
    QString russian;
    Kind kind = Kind::Subtotal;
    QStringList of;                 // Subtotal, Total: the codes added ("*": every heading)
    QStringList base;               // Indirect, Contingency: the codes the percentage is of
    QStringList baseExcludes;       // headings left out of the base (SF-424A's MTDC)
    std::optional<Decimal> ratePct; // the template's own rate, when it has one
    std::optional<Decimal> capPct;  // the most the donor allows

    QString name() const;
};

// A donor's budget layout (SPEC section 4), as data in resources/reference/budget_templates.json:
// eu-prag, eu-prag-legacy, horizon-europe, sf-424a, generic.
class BudgetTemplate
{
public:
    // The template with this code, or nothing.
    static std::optional<BudgetTemplate> find(const QString &code);
    static QStringList codes();
    // The layout a call's donor asks for: Horizon Europe's, the EU's PRAG, the US federal
    // SF-424A, or the generic one for every other donor.
    static QString suggestedFor(const QString &donor);
    // The layout a budget version uses: its template, with the headings the user named
    // when the template has none of its own (generic). Nothing for an unknown code.
    static std::optional<BudgetTemplate> forVersion(const QString &code,
                                                    const QList<UserCategory> &headings);

    QString code() const { return m_code; }
    QString name() const;
    QString currency() const { return m_currency; } // empty when the donor names none
    bool hasYears() const { return m_years; }
    bool perBeneficiary() const { return m_perBeneficiary; }
    std::optional<Decimal> fundingRatePct() const { return m_fundingRatePct; }
    // The headings an associate may charge (travel and per diems under the EU's rules;
    // none in Horizon Europe); nothing when the donor has no such rule.
    const std::optional<QStringList> &associatesMayCharge() const { return m_associatesMayCharge; }
    // The last totals line that adds up (the total eligible costs), or nullptr.
    const BudgetTotalLine *grandTotal() const;
    const QList<BudgetCategory> &categories() const { return m_categories; }
    const QList<BudgetTotalLine> &totals() const { return m_totals; }

    const BudgetCategory *category(const QString &code) const;
    // Whether code is a heading without sub-headings.
    bool isLeaf(const QString &code) const;
    // Whether lines may be entered against code: a heading without sub-headings, or a
    // totals line of taxes (the older EU layout's 12).
    bool takesLines(const QString &code) const;
    // code and every heading above it, innermost first: "1.1.1" → 1.1.1, 1.1, 1.
    QStringList ancestry(const QString &code) const;

private:
    QString m_code;
    QString m_english;
    QString m_russian;
    QString m_currency;
    bool m_years = true;
    bool m_perBeneficiary = false;
    std::optional<Decimal> m_fundingRatePct;
    std::optional<QStringList> m_associatesMayCharge;
    QList<BudgetCategory> m_categories;
    QList<BudgetTotalLine> m_totals;
};

} // namespace core
} // namespace hamkor
