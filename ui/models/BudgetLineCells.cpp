// SPDX-License-Identifier: GPL-3.0-or-later
// The cells of a budget line in BudgetTreeModel: what they show, what an editor offers and
// how an edit is read and saved.
#include "core/Store.h"
#include "core/budget/FundingShares.h"
#include "core/commands/BudgetCommands.h"
#include "core/domain/MoneyFormat.h"
#include "core/reference/Reference.h"
#include "ui/models/BudgetTreeNode.h"

#include <QBrush>
#include <QColor>

namespace hamkor {
namespace ui {

using core::BudgetLine;
using core::MoneyFormat;

namespace {

QVariant pair(const QString &text, const QVariant &value)
{
    return QVariantList{text, value};
}

} // namespace

QVariant BudgetTreeModel::lineData(const Node &node, int column, int role) const
{
    const BudgetLine &line = m_budget->version.lines.at(node.line);
    const core::ComputedLine computed = m_budget->result.lines.value(node.line);
    const core::NumberStyle style = MoneyFormat::displayStyle();
    if (role == LineIdRole)
        return line.id;
    if (role == ChoicesRole)
        return choices(column);
    if (role == YearsRole)
        return std::max(1, (m_budget->context.proposal.durationMonths + 11) / 12);
    if (role == Qt::ToolTipRole) {
        if (!computed.problem.isEmpty())
            return computed.problem;
        if (column == Item)
            return line.description;
        if (column == Rate && computed.rate)
            return tr("%1 → %2 of %3, %4")
                .arg(computed.rate->from, computed.rate->to,
                     computed.rate->date.toString(Qt::ISODate), computed.rate->source);
        return {};
    }
    if (role == Qt::ForegroundRole && !computed.problem.isEmpty() &&
        (column == Rate || column == Amount || column == Item))
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case Item:
        return line.description;
    case Heading:
        return line.category;
    case Partner:
        if (edit)
            return line.memberId;
        return m_budget->context.memberName(line.memberId);
    case Unit:
        return line.unit;
    case Quantity:
        return MoneyFormat::formatDecimal(line.quantity, style);
    case UnitCost:
        if (const auto currency = core::Currency::fromCode(line.currency))
            return MoneyFormat::format(core::Money(line.unitCostMinor, *currency), style);
        return QString::number(line.unitCostMinor);
    case Currency:
        return line.currency;
    case Year:
        return line.period;
    case DonorPct:
    case OtherPct:
    case InKindPct: {
        // A share as a percentage of the line, or as an amount in its currency.
        if (line.sharesAsAmounts) {
            const qint64 minor = column == DonorPct   ? line.donorMinor
                                 : column == OtherPct ? line.otherMinor
                                                      : line.inKindMinor;
            const auto currency = core::Currency::fromCode(line.currency);
            return currency ? MoneyFormat::formatWithCode(core::Money(minor, *currency), style)
                            : QString::number(minor);
        }
        const core::Decimal &pct = column == DonorPct   ? line.donorPct
                                   : column == OtherPct ? line.otherPct
                                                        : line.inKindPct;
        return MoneyFormat::formatDecimal(pct, style) + (edit ? QString() : QStringLiteral(" %"));
    }
    case Rate:
        if (computed.missingRate)
            return tr("missing");
        if (!computed.rate)
            return QString();
        return (computed.rate->from != line.currency ? QStringLiteral("÷ ") : QString()) +
               MoneyFormat::formatDecimal(computed.rate->rate, style);
    case Amount:
        if (!computed.problem.isEmpty())
            return QStringLiteral("—");
        if (const auto currency = core::Currency::fromCode(m_budget->version.currency))
            return MoneyFormat::format(core::Money(computed.convertedMinor, *currency), style);
        return {};
    }
    return {};
}

QVariant BudgetTreeModel::choices(int column) const
{
    QVariantList list;
    switch (column) {
    case Heading:
        for (const core::BudgetCategory &category : m_budget->layout.categories())
            if (m_budget->layout.isLeaf(category.code))
                list << pair(category.code + u' ' + category.name(), category.code);
        for (const core::BudgetTotalLine &total : m_budget->layout.totals())
            if (total.kind == core::BudgetTotalLine::Kind::Taxes)
                list << pair(total.code + u' ' + total.name(), total.code);
        break;
    case Partner:
        for (const core::ConsortiumMember &member : m_budget->context.proposal.members)
            list << pair(m_budget->context.memberName(member.id) + QStringLiteral(" (") +
                             core::reference::partnerRoles().name(member.role) + u')',
                         member.id);
        break;
    case Currency: {
        QStringList codes{m_budget->version.currency};
        for (const BudgetLine &line : m_budget->version.lines)
            if (!codes.contains(line.currency))
                codes << line.currency;
        for (const QString &code : core::Currency::commonCodes())
            if (!codes.contains(code))
                codes << code;
        for (const QString &code : std::as_const(codes))
            list << pair(code, code);
        break;
    }
    default:
        return {};
    }
    return list;
}

core::Result<BudgetLine> BudgetTreeModel::edited(const BudgetLine &line, int column,
                                                 const QVariant &value) const
{
    BudgetLine l = line;
    const QString text = value.toString().trimmed();
    const core::NumberStyle style = MoneyFormat::displayStyle();
    switch (column) {
    case Item:
        l.description = text;
        break;
    case Heading:
        if (!m_budget->layout.takesLines(text))
            return core::Error{tr("“%1” is not a heading of %2 without sub-headings.")
                                   .arg(text, m_budget->layout.name())};
        l.category = text;
        break;
    case Partner:
        l.memberId = value.toLongLong();
        break;
    case Unit:
        l.unit = text;
        break;
    case Quantity: {
        const auto quantity = MoneyFormat::parseDecimal(text, style);
        if (!quantity)
            return core::Error{tr("Number of units “%1”: %2").arg(text, quantity.message())};
        if (quantity->isNegative())
            return core::Error{tr("The number of units cannot be negative.")};
        l.quantity = *quantity;
        break;
    }
    case UnitCost: {
        const auto currency = core::Currency::fromCode(l.currency);
        if (!currency)
            return core::Error{tr("The line's currency %1 is not known.").arg(l.currency)};
        const auto cost = MoneyFormat::parse(text, *currency, style);
        if (!cost)
            return core::Error{tr("Unit rate “%1”: %2").arg(text, cost.message())};
        if (cost->minorUnits() < 0)
            return core::Error{tr("The unit rate cannot be negative.")};
        l.unitCostMinor = cost->minorUnits();
        break;
    }
    case Currency: {
        const auto from = core::Currency::fromCode(l.currency);
        const auto to = core::Currency::fromCode(text.toUpper());
        if (!to)
            return core::Error{tr("%1 is not an ISO 4217 currency Hamkor knows.").arg(text)};
        // The unit rate keeps its value: 1 500.00 KZT becomes 1 500.00 USD.
        if (from) {
            const auto cost =
                core::Money::fromDecimal(core::Money(l.unitCostMinor, *from).toDecimal(), *to);
            if (!cost)
                return core::Error{tr("The unit rate has more decimals than %1 has; change it "
                                      "first.")
                                       .arg(to->code())};
            l.unitCostMinor = cost->minorUnits();
        }
        l.currency = to->code();
        break;
    }
    case Year: {
        bool ok = false;
        const int year = value.toInt(&ok);
        const int years = (m_budget->context.proposal.durationMonths + 11) / 12;
        if (!ok || year < 1 || (years > 0 && year > years))
            return core::Error{
                tr("Year %1 is not a year of the proposal, which runs %n year(s).", nullptr, years)
                    .arg(text)};
        l.period = year;
        break;
    }
    case DonorPct:
    case OtherPct:
    case InKindPct: {
        const core::FundingShares::Share share =
            column == DonorPct   ? core::FundingShares::Share::Donor
            : column == OtherPct ? core::FundingShares::Share::OtherDonors
                                 : core::FundingShares::Share::InKind;
        // "90" or "90 %" is a percentage; "4 000 KZT" an amount in the line's currency.
        QString number = text;
        const QString code = number.section(u' ', -1).toUpper();
        if (code.size() == 3 && code.at(0).isLetter()) {
            if (code != l.currency)
                return core::Error{tr("Share “%1”: an amount is in the line's currency, %2.")
                                       .arg(text, l.currency)};
            number.chop(3);
            const auto currency = core::Currency::fromCode(l.currency);
            const auto amount = currency ? MoneyFormat::parse(number.trimmed(), *currency, style)
                                         : core::Result<core::Money>(core::Error{l.currency});
            if (!amount)
                return core::Error{tr("Share “%1”: %2").arg(text, amount.message())};
            if (const core::Status s =
                    core::FundingShares::setAmount(l, share, amount->minorUnits());
                !s)
                return core::Error{tr("Share “%1”: %2").arg(text, s.message())};
            break;
        }
        if (number.endsWith(u'%'))
            number.chop(1);
        const auto pct = MoneyFormat::parseDecimal(number.trimmed(), style);
        if (!pct)
            return core::Error{tr("The share “%1” must be a number from 0 to 100, or an amount "
                                  "with the line's currency (%2).")
                                   .arg(text, l.currency)};
        if (const core::Status s = core::FundingShares::set(l, share, *pct); !s)
            return core::Error{tr("Share “%1”: %2").arg(text, s.message())};
        break;
    }
    default:
        return core::Error{tr("This cell is computed and cannot be edited.")};
    }
    return l;
}

bool BudgetTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    return setCells({index}, {value}, QString());
}

void BudgetTreeModel::amountsChanged(const Node *node)
{
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    for (const Node *up = node->parent; up && up != m_root.get(); up = up->parent)
        Q_EMIT dataChanged(indexOf(up, Amount), indexOf(up, Amount));
    for (const Node *top : m_root->children)
        if (top->kind == Node::Kind::Total)
            Q_EMIT dataChanged(indexOf(top, Amount), indexOf(top, Amount));
}

} // namespace ui
} // namespace hamkor
