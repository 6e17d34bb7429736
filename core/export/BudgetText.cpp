// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/BudgetText.h"

#include "core/domain/MoneyFormat.h"
#include "core/reference/Reference.h"

#include <QMultiHash>

namespace hamkor {
namespace core {

namespace {

class Writer
{
public:
    explicit Writer(const LoadedBudget &budget)
        : m_budget(budget), m_style(MoneyFormat::displayStyle()),
          m_currency(Currency::fromCode(budget.version.currency))
    {}

    QString money(qint64 minor) const
    {
        return m_currency ? MoneyFormat::format(Money(minor, *m_currency), m_style)
                          : QString::number(minor);
    }

    QString moneyIn(qint64 minor, const QString &code) const
    {
        const auto currency = Currency::fromCode(code);
        return currency ? MoneyFormat::formatWithCode(Money(minor, *currency), m_style)
                        : QString::number(minor) + u' ' + code;
    }

    // "label        amount" with the amount right-aligned at column 80; a label too long
    // for it has its amount on the next line.
    void row(const QString &label, qint64 minor)
    {
        const QString amount = money(minor);
        constexpr int Width = 80;
        const int pad = int(Width - label.size() - amount.size());
        if (pad >= 2) {
            m_lines << label + QString(pad, u' ') + amount;
        } else {
            m_lines << label;
            m_lines << QString(Width - amount.size(), u' ') + amount;
        }
    }

    void text(const QString &line) { m_lines << line; }
    QString result() const { return m_lines.join(u'\n') + u'\n'; }

    const LoadedBudget &m_budget;
    NumberStyle m_style;
    std::optional<Currency> m_currency;
    QStringList m_lines;
};

QString lineDetail(const Writer &w, const LoadedBudget &b, const BudgetLine &line,
                   const ComputedLine &computed)
{
    QString who = b.context.memberName(line.memberId);
    if (who.isEmpty())
        who = BudgetText::tr("no partner");
    QString text = BudgetText::tr("%1 · %2 · year %3 · %4 %5 × %6")
                       .arg(line.description, who, QString::number(line.period),
                            MoneyFormat::formatDecimal(line.quantity, w.m_style), line.unit,
                            w.moneyIn(line.unitCostMinor, line.currency));
    if (!computed.problem.isEmpty())
        return text + QStringLiteral(" — ") + computed.problem;
    if (computed.rate)
        text += QStringLiteral(" = %1 %2 %3")
                    .arg(w.moneyIn(computed.amountMinor, line.currency),
                         computed.rate->from != line.currency ? QStringLiteral("÷")
                                                              : QStringLiteral("×"),
                         MoneyFormat::formatDecimal(computed.rate->rate, w.m_style));
    return text;
}

} // namespace

QString BudgetText::roundingNote(const QString &currency)
{
    return tr("Rounding: each line is quantity × unit cost rounded to its currency's minor unit, "
              "then converted at the rate shown and rounded to %1's; every total adds those "
              "rounded amounts; a percentage of an amount is rounded to the minor unit; halves "
              "are rounded away from zero.")
        .arg(currency);
}

QString BudgetText::render(const LoadedBudget &b)
{
    Writer w(b);
    const BudgetVersion &v = b.version;
    w.text(b.context.proposal.acronym + QStringLiteral(" — ") + b.context.proposal.title);
    w.text(tr("Budget “%1” (%2) · %3 · %4 · rates of %5")
               .arg(v.name, reference::budgetVersionStates().name(v.state), b.layoutName(),
                    v.currency, v.rateDate.toString(Qt::ISODate)));
    w.text(QString());

    QMultiHash<QString, int> linesOf; // heading → indexes of its lines, in order
    for (int i = v.lines.size() - 1; i >= 0; --i)
        linesOf.insert(v.lines.at(i).category, i);
    const auto writeLines = [&](const QString &code, int depth) {
        const QList<int> indexes = linesOf.values(code);
        for (const int i : indexes)
            w.row(QString(2 * depth + 4, u' ') +
                      lineDetail(w, b, v.lines.at(i), b.result.lines.value(i)),
                  b.result.lines.value(i).convertedMinor);
    };
    for (const BudgetCategory &category : b.layout.categories()) {
        const qint64 amount = b.result.byCategory.value(category.code);
        if (category.depth > 0 && amount == 0 && !linesOf.contains(category.code))
            continue;
        w.row(QString(2 * category.depth, u' ') + category.code + u' ' + category.name(), amount);
        writeLines(category.code, category.depth);
    }
    for (const BudgetTotalLine &total : b.layout.totals()) {
        w.row(total.code + u' ' + total.name(), b.result.total(total.code));
        if (total.kind == BudgetTotalLine::Kind::Taxes)
            writeLines(total.code, 0);
    }

    w.text(QString());
    w.text(tr("By partner (direct costs + indirect costs)"));
    for (const ConsortiumMember &member : b.context.proposal.members) {
        const qint64 direct = b.result.byMember.value(member.id);
        const qint64 indirect = b.result.indirectByMember.value(member.id);
        if (direct == 0 && indirect == 0)
            continue;
        w.row(QStringLiteral("  %1 (%2): %3 + %4")
                  .arg(b.context.memberName(member.id), reference::partnerRoles().name(member.role),
                       w.money(direct), w.money(indirect)),
              direct + indirect);
    }
    for (auto it = b.result.byMember.cbegin(); it != b.result.byMember.cend(); ++it)
        if (b.context.memberName(it.key()).isEmpty())
            w.row(QStringLiteral("  ") + tr("not a member of the consortium"), it.value());

    w.text(tr("By year (direct costs)"));
    for (auto it = b.result.byPeriod.cbegin(); it != b.result.byPeriod.cend(); ++it)
        w.row(QStringLiteral("  ") + tr("Year %1").arg(it.key()), it.value());

    w.text(tr("By source of funding (direct costs)"));
    for (const ReferenceItem &source : reference::fundingSources().items())
        w.row(QStringLiteral("  ") + source.name(), b.result.bySource.value(source.code));

    w.text(QString());
    w.row(tr("Total eligible costs"), b.figures.eligible);
    w.row(
        tr("Asked from the donor (%1)")
            .arg(MoneyFormat::formatDecimal(b.figures.grantPct, w.m_style) + QStringLiteral(" %")),
        b.figures.grant);
    w.row(tr("Co-financing"), b.figures.cofinancing);

    QStringList rates;
    for (const ComputedLine &line : b.result.lines) {
        if (!line.rate)
            continue;
        const QString text = QStringLiteral("  %1 → %2  %3  %4  %5")
                                 .arg(line.rate->from, line.rate->to,
                                      MoneyFormat::formatDecimal(line.rate->rate, w.m_style),
                                      line.rate->date.toString(Qt::ISODate), line.rate->source);
        if (!rates.contains(text))
            rates << text;
    }
    if (!rates.isEmpty()) {
        w.text(QString());
        w.text(tr("Exchange rates used (the latest on or before %1)")
                   .arg(v.rateDate.toString(Qt::ISODate)));
        for (const QString &rate : std::as_const(rates))
            w.text(rate);
    }

    w.text(QString());
    QStringList broken;
    for (const BudgetCheck &check : b.checks)
        if (!check.passed)
            broken << QStringLiteral("FAIL  %1 — %2").arg(check.rule, check.detail);
    if (broken.isEmpty())
        w.text(tr("Rules: all %n pass.", nullptr, int(b.checks.size())));
    else
        w.text(tr("Rules broken: %n", nullptr, int(broken.size())) + u'\n' + broken.join(u'\n'));
    w.text(QString());
    w.text(roundingNote(v.currency));
    return w.result();
}

} // namespace core
} // namespace hamkor
