// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/BudgetPdf.h"

#include "core/Clock.h"
#include "core/domain/MoneyFormat.h"
#include "core/export/BudgetSheet.h"
#include "core/export/BudgetText.h"
#include "core/export/PdfPages.h"
#include "core/reference/Reference.h"

#include <QImage>
#include <QLocale>
#include <QPainter>

namespace hamkor {
namespace core {

using namespace pdf;

namespace {

class Sheet
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetPdf)

public:
    Sheet(Flow &flow, const LoadedBudget &budget, const QDateTime &made)
        : m_flow(flow), m_b(budget), m_made(made),
          m_currency(*Currency::fromCode(budget.version.currency)),
          m_rows(BudgetSheet::rows(budget))
    {
        titleBlock();
        consortium();
        budgetTables();
        totals();
        sources();
        chart();
        rules();
        signatures();
    }

private:
    QString money(qint64 minor) const
    {
        return MoneyFormat::format(Money(minor, m_currency), MoneyFormat::displayStyle());
    }

    void titleBlock()
    {
        const Proposal &p = m_b.context.proposal;
        m_flow.paragraph(p.acronym, text(18, Accent, true), 0, 1);
        m_flow.paragraph(p.title, text(12, Ink, true), 0, 2);
        m_flow.paragraph(tr("Budget for signature"), text(10, Muted), 0, 6);
        Table *info = m_flow.table(3, {18, 32, 18, 32}, 0);
        const std::optional<Call> &call = m_b.context.call;
        Flow::pairs(info, 0, tr("Call"), call ? call->title : QStringLiteral("—"), tr("Donor"),
                    call ? call->donor : QStringLiteral("—"));
        Flow::pairs(info, 1, tr("Version"),
                    m_b.version.name + QStringLiteral(" (") +
                        reference::budgetVersionStates().name(m_b.version.state) + u')',
                    tr("Template"), m_b.layoutName());
        Flow::pairs(info, 2, tr("Currency, rates of"),
                    m_b.version.currency + QStringLiteral(", ") +
                        QLocale().toString(m_b.version.rateDate, QStringLiteral("d MMM yyyy")),
                    tr("Date"), QLocale().toString(m_made, QStringLiteral("d MMM yyyy, HH:mm")));
    }

    void consortium()
    {
        m_flow.heading(tr("Consortium"));
        const QList<ConsortiumMember> &members = m_b.context.proposal.members;
        Table *grid = m_flow.gridTable(int(members.size()), {25, 20, 16, 13, 13, 13},
                                       {tr("Partner"), tr("Role"), tr("Country"),
                                        tr("Direct costs"), tr("Indirect costs"), tr("Total")});
        for (int i = 0; i < members.size(); ++i) {
            const ConsortiumMember &m = members.at(i);
            const Organisation o = m_b.context.organisations.value(m.organisationId);
            const qint64 direct = m_b.result.byMember.value(m.id);
            const qint64 indirect = m_b.result.indirectByMember.value(m.id);
            Cell &name = Flow::put(grid, i + 1, 0, m_b.context.memberName(m.id),
                                   text(TablePoints, Ink, true));
            if (!o.name.isEmpty() && o.name != o.acronym)
                Flow::addLine(name, o.name);
            Flow::put(grid, i + 1, 1, reference::partnerRoles().name(m.role));
            Flow::put(grid, i + 1, 2, reference::countries().name(o.country));
            Flow::put(grid, i + 1, 3, money(direct), text(), Qt::AlignRight);
            Flow::put(grid, i + 1, 4, money(indirect), text(), Qt::AlignRight);
            Flow::put(grid, i + 1, 5, money(direct + indirect), text(), Qt::AlignRight);
        }
    }

    // One table, its header row on every page, the rows up to the totals lines.
    void budgetTables()
    {
        m_flow.heading(tr("Budget (%1)").arg(m_b.version.currency));
        const QList<BudgetSheetRow> &rows = m_rows;
        QHash<qint64, QString> partners;
        for (const ConsortiumMember &m : m_b.context.proposal.members)
            partners.insert(m.id, m_b.context.memberName(m.id));
        const QList<qreal> widths{6, 25, 10, 8, 6, 15, 7, 10, 13};
        const QStringList titles{tr("No."),        tr("Heading / description"),
                                 tr("Partner"),    tr("Unit"),
                                 tr("# of units"), tr("Unit rate"),
                                 tr("Cur."),       tr("Rate"),
                                 tr("Cost")};
        int end = 0;
        while (end < rows.size() && rows.at(end).kind != BudgetSheetRow::Kind::Total)
            ++end;
        Table *grid = m_flow.gridTable(end, widths, titles);
        for (int r = 0; r < end; ++r) {
            const BudgetSheetRow &row = rows.at(r);
            const int at = r + 1;
            if (row.kind == BudgetSheetRow::Kind::Heading) {
                const Style bold = text(TablePoints, Ink, row.depth == 0);
                if (row.depth == 0)
                    for (int c = 0; c < widths.size(); ++c)
                        Flow::shade(grid, at, c, LabelFill);
                Flow::put(grid, at, 0, row.code, bold);
                Flow::put(grid, at, 1, row.name, bold);
                Flow::put(grid, at, 8, money(row.amount), bold, Qt::AlignRight);
                continue;
            }
            const BudgetLine &line = m_b.version.lines.at(row.line);
            const ComputedLine &computed = m_b.result.lines.at(row.line);
            const auto lineCurrency = Currency::fromCode(line.currency);
            Flow::put(grid, at, 0, line.category, text(TablePoints - 0.5, Muted));
            Cell &description = Flow::put(grid, at, 1, line.description);
            if (m_b.layout.hasYears())
                Flow::addLine(description, tr("Year %1").arg(line.period));
            Flow::put(grid, at, 2, partners.value(line.memberId));
            Flow::put(grid, at, 3, line.unit);
            Flow::put(grid, at, 4,
                      MoneyFormat::formatDecimal(line.quantity, MoneyFormat::displayStyle()),
                      text(), Qt::AlignRight);
            Flow::put(grid, at, 5,
                      lineCurrency ? MoneyFormat::format(Money(line.unitCostMinor, *lineCurrency),
                                                         MoneyFormat::displayStyle())
                                   : QString::number(line.unitCostMinor),
                      text(), Qt::AlignRight);
            Flow::put(grid, at, 6, line.currency);
            Flow::put(grid, at, 7,
                      computed.rate ? (computed.rate->from != line.currency ? QStringLiteral("÷ ")
                                                                            : QString()) +
                                          MoneyFormat::formatDecimal(computed.rate->rate,
                                                                     MoneyFormat::displayStyle())
                                    : QString(),
                      text(TablePoints - 0.5), Qt::AlignRight);
            Flow::put(grid, at, 8,
                      computed.problem.isEmpty() ? money(computed.convertedMinor) : tr("no rate"),
                      text(TablePoints, computed.problem.isEmpty() ? Ink : FailColour),
                      Qt::AlignRight);
        }
    }

    void totals()
    {
        m_flow.heading(tr("Totals"));
        // The totals lines, with the tax lines under the older EU layout's 12 Taxes.
        QList<BudgetSheetRow> rows;
        bool after = false;
        for (const BudgetSheetRow &row : m_rows) {
            after = after || row.kind == BudgetSheetRow::Kind::Total;
            if (after)
                rows.append(row);
        }
        Table *grid = m_flow.gridTable(int(rows.size()), {12, 66, 22},
                                       {tr("No."), tr("Totals line"), tr("Amount")});
        for (int i = 0; i < rows.size(); ++i) {
            const BudgetSheetRow &row = rows.at(i);
            const bool total = row.kind == BudgetSheetRow::Kind::Total;
            const Style format = text(TablePoints, Ink, total);
            if (total)
                for (int c = 0; c < 3; ++c)
                    Flow::shade(grid, i + 1, c, TotalFill);
            Flow::put(grid, i + 1, 0, row.code, format);
            Flow::put(grid, i + 1, 1, row.name, format);
            Flow::put(grid, i + 1, 2, money(row.amount), format, Qt::AlignRight);
        }
    }

    void sources()
    {
        m_flow.heading(tr("Sources of funding"));
        const QList<ReferenceItem> &list = reference::fundingSources().items();
        // The sources of the direct costs add up to them; the figures for the donor follow.
        Table *grid = m_flow.gridTable(int(list.size()) + 4, {60, 40},
                                       {tr("Source of the direct costs"), tr("Amount")});
        int row = 1;
        for (const ReferenceItem &source : list) {
            Flow::put(grid, row, 0, source.name());
            Flow::put(grid, row++, 1, money(m_b.result.bySource.value(source.code)), text(),
                      Qt::AlignRight);
        }
        const BudgetFigures &f = m_b.figures;
        const Style bold = text(TablePoints, Ink, true);
        Flow::put(grid, row, 0, tr("Direct costs"), bold);
        Flow::put(grid, row++, 1, money(f.direct), bold, Qt::AlignRight);
        for (int c = 0; c < 2; ++c)
            Flow::shade(grid, row, c, TotalFill);
        Flow::put(grid, row, 0, tr("Total eligible costs"), bold);
        Flow::put(grid, row++, 1, money(f.eligible), bold, Qt::AlignRight);
        Flow::put(grid, row, 0,
                  tr("Asked from the donor (%1 %)")
                      .arg(MoneyFormat::formatDecimal(f.grantPct, MoneyFormat::displayStyle())),
                  bold);
        Flow::put(grid, row++, 1, money(f.grant), bold, Qt::AlignRight);
        Flow::put(grid, row, 0, tr("Co-financing"), bold);
        Flow::put(grid, row, 1, money(f.cofinancing), bold, Qt::AlignRight);
    }

    // Bars by top heading, drawn at print resolution.
    void chart()
    {
        QList<std::pair<QString, qint64>> bars;
        qint64 largest = 1;
        for (const BudgetCategory &c : m_b.layout.categories())
            if (c.depth == 0) {
                const qint64 amount = m_b.result.byCategory.value(c.code);
                bars.append({c.code + u' ' + c.name(), amount});
                largest = std::max(largest, amount);
            }
        if (bars.isEmpty())
            return;
        m_flow.heading(tr("Costs by heading"));
        const int width = 2400, barHeight = 60, gap = 24, labelWidth = 1000;
        QImage picture(width, int(bars.size()) * (barHeight + gap) + gap, QImage::Format_RGB32);
        picture.fill(Qt::white);
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing);
        QFont font(family());
        font.setPixelSize(38);
        painter.setFont(font);
        for (int i = 0; i < bars.size(); ++i) {
            const int y = gap + i * (barHeight + gap);
            painter.setPen(QColor(Ink));
            painter.drawText(QRect(0, y, labelWidth - 20, barHeight),
                             Qt::AlignRight | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(bars.at(i).first, Qt::ElideRight,
                                                              labelWidth - 20));
            const int length =
                int((width - labelWidth - 380) *
                    (double(std::max<qint64>(0, bars.at(i).second)) / double(largest)));
            painter.fillRect(QRect(labelWidth, y, length, barHeight), QColor(0x1f, 0x7a, 0x6d));
            painter.drawText(QRect(labelWidth + length + 12, y, 360, barHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, money(bars.at(i).second));
        }
        painter.end();
        m_flow.image(picture, 480);
    }

    void rules()
    {
        m_flow.heading(tr("The donor's rules"));
        Table *grid =
            m_flow.gridTable(int(m_b.checks.size()), {13, 87}, {tr("Result"), tr("Rule")});
        for (int i = 0; i < m_b.checks.size(); ++i) {
            const BudgetCheck &check = m_b.checks.at(i);
            Flow::put(grid, i + 1, 0, check.passed ? tr("Pass") : tr("Fail"),
                      text(TablePoints, check.passed ? PassColour : FailColour, true));
            Cell &rule = Flow::put(grid, i + 1, 1, check.rule, text(TablePoints, Ink, true));
            Flow::addLine(rule, check.detail);
        }
        m_flow.paragraph(BudgetText::roundingNote(m_b.version.currency),
                         text(TablePoints - 0.5, Muted), 6, 2);
    }

    void signatures()
    {
        m_flow.heading(tr("Signatures"));
        const QList<ConsortiumMember> &members = m_b.context.proposal.members;
        Table *grid =
            m_flow.gridTable(int(members.size()), {28, 32, 24, 16},
                             {tr("Partner"), tr("Name and position"), tr("Signature"), tr("Date")});
        for (int i = 0; i < members.size(); ++i) {
            Cell &cursor = Flow::put(grid, i + 1, 0, m_b.context.memberName(members.at(i).id),
                                     text(TablePoints, Ink, true));
            Flow::addLine(cursor, reference::partnerRoles().name(members.at(i).role));
            Flow::addLine(cursor, QString()); // room to sign
        }
    }

    Flow &m_flow;
    const LoadedBudget &m_b;
    const QDateTime m_made;
    const Currency m_currency;
    const QList<BudgetSheetRow> m_rows; // the budget in its template's order, totals last
};

} // namespace

namespace {

Pages::Setup setupFor(const LoadedBudget &budget, const QDateTime &made)
{
    Pages::Setup setup;
    if (budget.layout.code() == u"sf-424a")
        setup.size = QPageSize(QPageSize::Letter);
    setup.title =
        BudgetPdf::tr("%1 — budget “%2”").arg(budget.context.proposal.acronym, budget.version.name);
    setup.footer = BudgetPdf::tr("%1 · budget “%2” · made by Hamkor on %3")
                       .arg(budget.context.proposal.acronym, budget.version.name,
                            QLocale().toString(made, QStringLiteral("d MMM yyyy, HH:mm")));
    return setup;
}

} // namespace

Status BudgetPdf::write(QIODevice &device, const LoadedBudget &budget,
                        const std::function<bool(int)> &progress)
{
    if (!Currency::fromCode(budget.version.currency))
        return Error{tr("The budget's currency %1 is not known.").arg(budget.version.currency)};
    const QDateTime made = Clock::nowUtc().toTimeZone(Clock::userZone());
    if (progress && !progress(5))
        return Error{tr("The export was cancelled.")};
    Pages::Setup setup = setupFor(budget, made);
    setup.progress = progress; // told 60…100 % as the pages are painted; may cancel
    return Pages::write(device, setup, [&](Flow &flow) { Sheet(flow, budget, made); });
}

Status BudgetPdf::print(QPagedPaintDevice &printer, const LoadedBudget &budget)
{
    if (!Currency::fromCode(budget.version.currency))
        return Error{tr("The budget's currency %1 is not known.").arg(budget.version.currency)};
    const QDateTime made = Clock::nowUtc().toTimeZone(Clock::userZone());
    return Pages::paint(printer, setupFor(budget, made),
                        [&](Flow &flow) { Sheet(flow, budget, made); });
}

} // namespace core
} // namespace hamkor
