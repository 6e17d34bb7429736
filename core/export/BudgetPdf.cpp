// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/BudgetPdf.h"

#include "core/Clock.h"
#include "core/domain/MoneyFormat.h"
#include "core/export/BudgetSheet.h"
#include "core/export/BudgetText.h"
#include "core/export/PdfBuilder.h"
#include "core/reference/Reference.h"

#include <QElapsedTimer>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QTextTable>

namespace hamkor {
namespace core {

using namespace pdf;

namespace {

constexpr int RowsPerTable = 24;

class Sheet : public Builder
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetPdf)

public:
    Sheet(QTextDocument &document, const LoadedBudget &budget, const QDateTime &made)
        : Builder(document), m_b(budget), m_made(made),
          m_currency(*Currency::fromCode(budget.version.currency))
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
        paragraph(p.acronym, text(18, Accent, true), 0, 1);
        paragraph(p.title, text(12, Ink, true), 0, 2);
        paragraph(tr("Budget for signature"), text(10, Muted), 0, 6);
        QTextTable *info = table(3, {18, 32, 18, 32}, 0);
        const std::optional<Call> &call = m_b.context.call;
        pairs(info, 0, tr("Call"), call ? call->title : QStringLiteral("—"), tr("Donor"),
              call ? call->donor : QStringLiteral("—"));
        pairs(info, 1, tr("Version"),
              m_b.version.name + QStringLiteral(" (") +
                  reference::budgetVersionStates().name(m_b.version.state) + u')',
              tr("Template"), m_b.layout.name());
        pairs(info, 2, tr("Currency, rates of"),
              m_b.version.currency + QStringLiteral(", ") +
                  m_b.version.rateDate.toString(Qt::ISODate),
              tr("Date"), QLocale().toString(m_made, QStringLiteral("d MMM yyyy, HH:mm")));
    }

    void consortium()
    {
        heading(tr("Consortium"));
        const QList<ConsortiumMember> &members = m_b.context.proposal.members;
        QTextTable *grid = gridTable(int(members.size()), {25, 20, 16, 13, 13, 13},
                                     {tr("Partner"), tr("Role"), tr("Country"), tr("Direct costs"),
                                      tr("Indirect costs"), tr("Total")});
        for (int i = 0; i < members.size(); ++i) {
            const ConsortiumMember &m = members.at(i);
            const Organisation o = m_b.context.organisations.value(m.organisationId);
            const qint64 direct = m_b.result.byMember.value(m.id);
            const qint64 indirect = m_b.result.indirectByMember.value(m.id);
            QTextCursor name =
                put(grid, i + 1, 0, m_b.context.memberName(m.id), text(TablePoints, Ink, true));
            if (!o.name.isEmpty() && o.name != o.acronym)
                addLine(name, o.name);
            put(grid, i + 1, 1, reference::partnerRoles().name(m.role));
            put(grid, i + 1, 2, reference::countries().name(o.country));
            put(grid, i + 1, 3, money(direct), text(), Qt::AlignRight);
            put(grid, i + 1, 4, money(indirect), text(), Qt::AlignRight);
            put(grid, i + 1, 5, money(direct + indirect), text(), Qt::AlignRight);
        }
    }

    // One table per top heading, so that long budgets lay out quickly; each repeats its
    // header row on a new page.
    void budgetTables()
    {
        heading(tr("Budget (%1)").arg(m_b.version.currency));
        const QList<BudgetSheetRow> rows = BudgetSheet::rows(m_b);
        QHash<qint64, QString> partners;
        for (const ConsortiumMember &m : m_b.context.proposal.members)
            partners.insert(m.id, m_b.context.memberName(m.id));
        const QList<qreal> widths{6, 25, 10, 8, 6, 15, 7, 10, 13};
        const QStringList titles{tr("No."),        tr("Heading / description"),
                                 tr("Partner"),    tr("Unit"),
                                 tr("# of units"), tr("Unit rate"),
                                 tr("Cur."),       tr("Rate"),
                                 tr("Cost")};
        for (int i = 0; i < rows.size();) {
            if (rows.at(i).kind == BudgetSheetRow::Kind::Total)
                break;
            // At most about half a page of rows per table: Qt lays out a table that runs
            // over many pages again and again, so a long budget is set as many tables, each
            // with its header row.
            int end = i + 1;
            while (end < rows.size() && end - i < RowsPerTable &&
                   rows.at(end).kind != BudgetSheetRow::Kind::Total)
                ++end;
            QTextTable *grid = gridTable(end - i, widths, titles, true);
            for (int r = i; r < end; ++r) {
                const BudgetSheetRow &row = rows.at(r);
                const int at = r - i + 1;
                if (row.kind == BudgetSheetRow::Kind::Heading) {
                    const QTextCharFormat bold = text(TablePoints, Ink, row.depth == 0);
                    for (int c = 0; c < widths.size(); ++c)
                        shade(grid, at, c, row.depth == 0 ? LabelFill : 0xffffff);
                    put(grid, at, 0, row.code, bold);
                    put(grid, at, 1, row.name, bold);
                    put(grid, at, 8, money(row.amount), bold, Qt::AlignRight);
                    continue;
                }
                const BudgetLine &line = m_b.version.lines.at(row.line);
                const ComputedLine &computed = m_b.result.lines.at(row.line);
                const auto lineCurrency = Currency::fromCode(line.currency);
                put(grid, at, 0, line.category, text(TablePoints - 0.5, Muted));
                QTextCursor description = put(grid, at, 1, line.description);
                if (m_b.layout.hasYears())
                    addLine(description, tr("Year %1").arg(line.period));
                put(grid, at, 2, partners.value(line.memberId));
                put(grid, at, 3, line.unit);
                put(grid, at, 4,
                    MoneyFormat::formatDecimal(line.quantity, MoneyFormat::displayStyle()), text(),
                    Qt::AlignRight);
                put(grid, at, 5,
                    lineCurrency ? MoneyFormat::format(Money(line.unitCostMinor, *lineCurrency),
                                                       MoneyFormat::displayStyle())
                                 : QString::number(line.unitCostMinor),
                    text(), Qt::AlignRight);
                put(grid, at, 6, line.currency);
                put(grid, at, 7,
                    computed.rate ? (computed.rate->from != line.currency ? QStringLiteral("÷ ")
                                                                          : QString()) +
                                        MoneyFormat::formatDecimal(computed.rate->rate,
                                                                   MoneyFormat::displayStyle())
                                  : QString(),
                    text(TablePoints - 0.5), Qt::AlignRight);
                put(grid, at, 8,
                    computed.problem.isEmpty() ? money(computed.convertedMinor) : tr("no rate"),
                    text(TablePoints, computed.problem.isEmpty() ? Ink : FailColour),
                    Qt::AlignRight);
            }
            i = end;
        }
    }

    void totals()
    {
        heading(tr("Totals"));
        // The totals lines, with the tax lines under the older EU layout's 12 Taxes.
        QList<BudgetSheetRow> rows;
        bool after = false;
        for (const BudgetSheetRow &row : BudgetSheet::rows(m_b)) {
            after = after || row.kind == BudgetSheetRow::Kind::Total;
            if (after)
                rows.append(row);
        }
        QTextTable *grid =
            gridTable(int(rows.size()), {12, 66, 22}, {tr("No."), tr("Totals line"), tr("Amount")});
        for (int i = 0; i < rows.size(); ++i) {
            const BudgetSheetRow &row = rows.at(i);
            const bool total = row.kind == BudgetSheetRow::Kind::Total;
            const QTextCharFormat format = text(TablePoints, Ink, total);
            if (total)
                for (int c = 0; c < 3; ++c)
                    shade(grid, i + 1, c, TotalFill);
            put(grid, i + 1, 0, row.code, format);
            put(grid, i + 1, 1, row.name, format);
            put(grid, i + 1, 2, money(row.amount), format, Qt::AlignRight);
        }
    }

    void sources()
    {
        heading(tr("Sources of funding"));
        const QList<ReferenceItem> &list = reference::fundingSources().items();
        QTextTable *grid = gridTable(int(list.size()) + 3, {60, 40}, {tr("Source"), tr("Amount")});
        int row = 1;
        for (const ReferenceItem &source : list) {
            put(grid, row, 0, source.name());
            put(grid, row++, 1, money(m_b.result.bySource.value(source.code)), text(),
                Qt::AlignRight);
        }
        const BudgetFigures &f = m_b.figures;
        const QTextCharFormat bold = text(TablePoints, Ink, true);
        put(grid, row, 0, tr("Total eligible costs"), bold);
        put(grid, row++, 1, money(f.eligible), bold, Qt::AlignRight);
        put(grid, row, 0,
            tr("Asked from the donor (%1 %)")
                .arg(MoneyFormat::formatDecimal(f.grantPct, MoneyFormat::displayStyle())),
            bold);
        put(grid, row++, 1, money(f.grant), bold, Qt::AlignRight);
        put(grid, row, 0, tr("Co-financing"), bold);
        put(grid, row, 1, money(f.cofinancing), bold, Qt::AlignRight);
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
        heading(tr("Costs by heading"));
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
        image(picture, 480);
    }

    void rules()
    {
        heading(tr("The donor's rules"));
        QTextTable *grid = gridTable(int(m_b.checks.size()), {13, 87}, {tr("Result"), tr("Rule")});
        for (int i = 0; i < m_b.checks.size(); ++i) {
            const BudgetCheck &check = m_b.checks.at(i);
            put(grid, i + 1, 0, check.passed ? tr("Pass") : tr("Fail"),
                text(TablePoints, check.passed ? PassColour : FailColour, true));
            QTextCursor rule = put(grid, i + 1, 1, check.rule, text(TablePoints, Ink, true));
            addLine(rule, check.detail);
        }
        paragraph(BudgetText::roundingNote(m_b.version.currency), text(TablePoints - 0.5, Muted), 6,
                  2);
    }

    void signatures()
    {
        heading(tr("Signatures"));
        const QList<ConsortiumMember> &members = m_b.context.proposal.members;
        QTextTable *grid =
            gridTable(int(members.size()), {28, 32, 24, 16},
                      {tr("Partner"), tr("Name and position"), tr("Signature"), tr("Date")});
        for (int i = 0; i < members.size(); ++i) {
            QTextCursor cursor = put(grid, i + 1, 0, m_b.context.memberName(members.at(i).id),
                                     text(TablePoints, Ink, true));
            addLine(cursor, reference::partnerRoles().name(members.at(i).role));
            addLine(cursor, QString()); // room to sign
        }
    }

    const LoadedBudget &m_b;
    const QDateTime m_made;
    const Currency m_currency;
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
    return Pages::write(device, setup, [&](QTextDocument &document, qreal pageHeight) {
        Sheet(document, budget, made).keepHeadingsWithTables(document, pageHeight);
    });
}

Status BudgetPdf::print(QPagedPaintDevice &printer, const LoadedBudget &budget)
{
    if (!Currency::fromCode(budget.version.currency))
        return Error{tr("The budget's currency %1 is not known.").arg(budget.version.currency)};
    const QDateTime made = Clock::nowUtc().toTimeZone(Clock::userZone());
    return Pages::paint(
        printer, setupFor(budget, made), [&](QTextDocument &document, qreal pageHeight) {
            Sheet(document, budget, made).keepHeadingsWithTables(document, pageHeight);
        });
}

} // namespace core
} // namespace hamkor
