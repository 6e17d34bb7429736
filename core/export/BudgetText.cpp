// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/BudgetText.h"

#include "core/budget/BudgetLineChecks.h"
#include "core/domain/MoneyFormat.h"
#include "core/export/BudgetTextSpool.h"
#include "core/reference/Reference.h"

#include <QIODevice>
#include <QMultiHash>
#include <QSet>
#include <QStringEncoder>

#include <algorithm>
#include <functional>

namespace hamkor {
namespace core {

namespace {

// Where the text goes, as UTF-8, a line or more at a time, each ending in a newline.
using Out = std::function<void(QByteArrayView)>;

class Writer
{
public:
    Writer(const LoadedBudget &budget, const Out &out)
        : m_style(MoneyFormat::displayStyle()),
          m_currency(Currency::fromCode(budget.version.currency)), m_out(out),
          m_detail(BudgetText::tr("%1 · %2 · year %3 · %4 %5 × %6")),
          m_noPartner(BudgetText::tr("no partner"))
    {
        for (const ConsortiumMember &member : budget.context.proposal.members)
            m_partners.insert(member.id, budget.context.memberName(member.id));
    }

    QString money(qint64 minor) const
    {
        return m_currency ? MoneyFormat::format(Money(minor, *m_currency), m_style)
                          : QString::number(minor);
    }

    QString moneyIn(qint64 minor, const QString &code)
    {
        auto currency = m_currencies.constFind(code);
        if (currency == m_currencies.cend())
            currency = m_currencies.insert(code, Currency::fromCode(code));
        return *currency ? MoneyFormat::formatWithCode(Money(minor, **currency), m_style)
                         : QString::number(minor) + u' ' + code;
    }

    // "label        amount" with the amount right-aligned at column 80; a label too long
    // for it has its amount on the next line.
    QString rowText(const QString &label, qint64 minor) const
    {
        const QString amount = money(minor);
        constexpr int Width = 80;
        const int pad = int(Width - label.size() - amount.size());
        QString text = label;
        if (pad >= 2) {
            text.resize(label.size() + pad, u' ');
        } else {
            text += u'\n';
            text.resize(text.size() + Width - amount.size(), u' ');
        }
        return text + amount;
    }
    void row(const QString &label, qint64 minor) { text(rowText(label, minor)); }

    // A line of the budget under a heading at depth: what it is and its amount.
    void line(const BudgetLine &line, const ComputedLine &computed, int depth)
    {
        QString who = m_partners.value(line.memberId);
        if (who.isEmpty())
            who = m_noPartner;
        QString detail = m_detail.arg(line.description, who, QString::number(line.period),
                                      MoneyFormat::formatDecimal(line.quantity, m_style), line.unit,
                                      moneyIn(line.unitCostMinor, line.currency));
        if (!computed.problem.isEmpty())
            detail += QStringLiteral(" — ") + computed.problem;
        else if (computed.rate)
            detail += QStringLiteral(" = %1 %2 %3")
                          .arg(moneyIn(computed.amountMinor, line.currency),
                               computed.rate->from != line.currency ? QStringLiteral("÷")
                                                                    : QStringLiteral("×"),
                               MoneyFormat::formatDecimal(computed.rate->rate, m_style));
        row(QString(2 * depth + 4, u' ') + detail, computed.convertedMinor);
    }

    void text(const QString &line)
    {
        // Encoded into the same buffer each time: a million lines may come.
        const qsizetype most = m_utf8.requiredSpace(line.size()) + 1;
        if (m_buffer.size() < most)
            m_buffer.resize(most);
        char *end = m_utf8.appendToBuffer(m_buffer.data(), line);
        *end++ = '\n';
        m_out(QByteArrayView(m_buffer.constData(), end - m_buffer.constData()));
    }

    NumberStyle m_style;
    std::optional<Currency> m_currency;
    const Out &m_out;
    QString m_detail;
    QString m_noPartner;
    QHash<qint64, QString> m_partners;
    QHash<QString, std::optional<Currency>> m_currencies; // the lines' currencies, known once
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QByteArray m_buffer;
};

// What the text says besides the lines: worked out already for a budget held in memory, as
// its lines are read for one left in the file.
struct Totals
{
    BudgetResult result; // without lines when streamed
    BudgetFigures figures;
    QList<BudgetCheck> checks;
    QList<ExchangeRate> rates; // the rates the lines use, in the order they first do
    QSet<QString> headings;    // those with lines
};

// Writes the lines under a heading at a depth.
using LinesUnder = std::function<Status(const QString &heading, int depth)>;

// The text of budget, with its totals and the lines under each heading as given.
Status writeText(const LoadedBudget &b, const Totals &t, const LinesUnder &writeLines,
                 const Out &out)
{
    Writer w(b, out);
    const BudgetVersion &v = b.version;
    w.text(b.context.proposal.acronym + QStringLiteral(" — ") + b.context.proposal.title);
    w.text(BudgetText::tr("Budget “%1” (%2) · %3 · %4 · rates of %5")
               .arg(v.name, reference::budgetVersionStates().name(v.state), b.layoutName(),
                    v.currency, v.rateDate.toString(Qt::ISODate)));
    w.text(QString());

    for (const BudgetCategory &category : b.layout.categories()) {
        const qint64 amount = t.result.byCategory.value(category.code);
        if (category.depth > 0 && amount == 0 && !t.headings.contains(category.code))
            continue;
        w.row(QString(2 * category.depth, u' ') + category.code + u' ' + category.name(), amount);
        if (Status s = writeLines(category.code, category.depth); !s)
            return s;
    }
    for (const BudgetTotalLine &total : b.layout.totals()) {
        w.row(total.code + u' ' + total.name(), t.result.total(total.code));
        if (total.kind == BudgetTotalLine::Kind::Taxes)
            if (Status s = writeLines(total.code, 0); !s)
                return s;
    }

    w.text(QString());
    w.text(BudgetText::tr("By partner (direct costs + indirect costs)"));
    for (const ConsortiumMember &member : b.context.proposal.members) {
        const qint64 direct = t.result.byMember.value(member.id);
        const qint64 indirect = t.result.indirectByMember.value(member.id);
        if (direct == 0 && indirect == 0)
            continue;
        w.row(QStringLiteral("  %1 (%2): %3 + %4")
                  .arg(b.context.memberName(member.id), reference::partnerRoles().name(member.role),
                       w.money(direct), w.money(indirect)),
              direct + indirect);
    }
    for (auto it = t.result.byMember.cbegin(); it != t.result.byMember.cend(); ++it)
        if (b.context.memberName(it.key()).isEmpty())
            w.row(QStringLiteral("  ") + BudgetText::tr("not a member of the consortium"),
                  it.value());

    w.text(BudgetText::tr("By year (direct costs)"));
    for (auto it = t.result.byPeriod.cbegin(); it != t.result.byPeriod.cend(); ++it)
        w.row(QStringLiteral("  ") + BudgetText::tr("Year %1").arg(it.key()), it.value());

    w.text(BudgetText::tr("By source of funding (direct costs)"));
    for (const ReferenceItem &source : reference::fundingSources().items())
        w.row(QStringLiteral("  ") + source.name(), t.result.bySource.value(source.code));

    w.text(QString());
    w.row(BudgetText::tr("Total eligible costs"), t.figures.eligible);
    w.row(
        BudgetText::tr("Asked from the donor (%1)")
            .arg(MoneyFormat::formatDecimal(t.figures.grantPct, w.m_style) + QStringLiteral(" %")),
        t.figures.grant);
    w.row(BudgetText::tr("Co-financing"), t.figures.cofinancing);

    QStringList rates;
    for (const ExchangeRate &rate : t.rates) {
        const QString text =
            QStringLiteral("  %1 → %2  %3  %4  %5")
                .arg(rate.from, rate.to, MoneyFormat::formatDecimal(rate.rate, w.m_style),
                     rate.date.toString(Qt::ISODate), rate.source);
        if (!rates.contains(text))
            rates << text;
    }
    if (!rates.isEmpty()) {
        w.text(QString());
        w.text(BudgetText::tr("Exchange rates used (the latest on or before %1)")
                   .arg(v.rateDate.toString(Qt::ISODate)));
        for (const QString &rate : std::as_const(rates))
            w.text(rate);
    }

    w.text(QString());
    QStringList broken;
    for (const BudgetCheck &check : t.checks)
        if (!check.passed)
            broken << QStringLiteral("FAIL  %1 — %2").arg(check.rule, check.detail);
    if (broken.isEmpty())
        w.text(BudgetText::tr("Rules: all %n pass.", nullptr, int(t.checks.size())));
    else
        w.text(BudgetText::tr("Rules broken: %n", nullptr, int(broken.size())) + u'\n' +
               broken.join(u'\n'));
    w.text(QString());
    w.text(BudgetText::roundingNote(v.currency));
    return {};
}

// A budget in memory: everything is computed already.
Status writeHeld(const LoadedBudget &b, const Out &out)
{
    const BudgetVersion &v = b.version;
    Totals t{b.result, b.figures, b.checks, {}, {}};
    for (const ComputedLine &line : b.result.lines)
        if (line.rate && !t.rates.contains(*line.rate))
            t.rates.append(*line.rate);
    QMultiHash<QString, int> linesOf; // heading → indexes of its lines, in order
    for (int i = v.lines.size() - 1; i >= 0; --i) {
        linesOf.insert(v.lines.at(i).category, i);
        t.headings.insert(v.lines.at(i).category);
    }
    Writer w(b, out);
    const LinesUnder writeLines = [&](const QString &code, int depth) {
        const QList<int> indexes = linesOf.values(code);
        for (const int i : indexes)
            w.line(v.lines.at(i), b.result.lines.value(i), depth);
        return Status();
    };
    return writeText(b, t, writeLines, out);
}

// A budget left in the file, read once, heading by heading, and never held: its lines are
// computed and checked as they come, and written into a spool (on a second thread), which
// follows the headings with their totals once all are known.
Status writeStreamed(const LoadedBudget &b, const Out &out)
{
    // Where each line comes in the version, for the lines a problem or a rule names.
    const auto order = b.streamedOrder();
    if (!order)
        return order.error();
    const BudgetLineChecks::PlaceOf placeOf = [&order](const BudgetLineChecks::Key &key) {
        const std::pair<int, qint64> wanted(int(key.first), key.second);
        return int(std::lower_bound(order->cbegin(), order->cend(), wanted) - order->cbegin());
    };
    QHash<QString, int> depths; // the headings printed, and how far in
    for (const BudgetCategory &category : b.layout.categories())
        depths.insert(category.code, category.depth);
    for (const BudgetTotalLine &total : b.layout.totals())
        if (total.kind == BudgetTotalLine::Kind::Taxes && !depths.contains(total.code))
            depths.insert(total.code, 0);

    Totals t;
    auto run = BudgetRun::begin(b.version, b.layout, b.rates);
    if (!run)
        return run.error();
    BudgetLineChecks lineChecks(b.version, b.layout, b.context.proposal, placeOf);
    QList<std::pair<BudgetLineChecks::Key, ExchangeRate>> rates; // each with its first line
    BudgetTextSpool spool;
    const Out toSpool = [&spool](QByteArrayView bytes) {
        spool.write(bytes);
    };
    Writer lines(b, toSpool); // used on the spool's thread only
    if (Status s = spool.start([&lines](const BudgetLine &line, const ComputedLine &computed,
                                        int depth) { lines.line(line, computed, depth); });
        !s)
        return s;
    QString heading;
    int depth = -1; // not printed
    const Status read = b.streamedByHeading([&](const BudgetLine &line) -> Status {
        if (t.headings.isEmpty() || line.category != heading) {
            heading = line.category;
            depth = depths.value(heading, -1);
            t.headings.insert(heading);
            if (depth >= 0)
                spool.heading(heading);
        }
        const BudgetLineChecks::Key key(line.sortOrder, line.id);
        const auto computed = run->add(line, [&] { return placeOf(key); });
        if (!computed)
            return computed.error();
        lineChecks.add(line, key, *computed);
        if (computed->rate) {
            auto it = std::find_if(rates.begin(), rates.end(),
                                   [&](const auto &r) { return r.second == *computed->rate; });
            if (it == rates.end())
                rates.append({key, *computed->rate});
            else if (key < it->first)
                it->first = key;
        }
        if (depth >= 0)
            spool.add(line, *computed, depth);
        return {};
    });
    if (Status s = spool.finish(); !read || !s)
        return !read ? read : s;
    auto result = run->finish();
    if (!result)
        return result.error();
    t.result = std::move(*result);
    t.figures = BudgetRules::figures(b.version, b.layout, t.result);
    t.checks =
        BudgetRules::check(b.version, b.layout, t.result, b.context.call, b.rates, lineChecks);
    std::sort(rates.begin(), rates.end(),
              [](const auto &x, const auto &y) { return x.first < y.first; });
    for (const auto &rate : std::as_const(rates))
        t.rates.append(rate.second);
    return writeText(
        b, t, [&](const QString &code, int) { return spool.copy(code, out); }, out);
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

QString BudgetText::render(const LoadedBudget &budget)
{
    QByteArray text;
    const Out out = [&text](QByteArrayView bytes) {
        text.append(bytes);
    };
    // A budget in memory is always written whole; a streamed one as far as it can be read.
    static_cast<void>(budget.streamed ? writeStreamed(budget, out) : writeHeld(budget, out));
    return QString::fromUtf8(text);
}

Status BudgetText::write(QIODevice &device, const LoadedBudget &budget)
{
    bool written = true;
    const Out out = [&](QByteArrayView bytes) {
        written = written && device.write(bytes.data(), bytes.size()) == bytes.size();
    };
    if (Status s = budget.streamed ? writeStreamed(budget, out) : writeHeld(budget, out); !s)
        return s;
    if (!written)
        return Error{tr("The budget could not be written: %1.").arg(device.errorString())};
    return {};
}

} // namespace core
} // namespace hamkor
