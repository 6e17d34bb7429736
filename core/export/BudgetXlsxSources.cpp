// SPDX-License-Identifier: GPL-3.0-or-later
// The "Sources of funding" sheet of BudgetXlsx.
#include "core/domain/MoneyFormat.h"
#include "core/export/BudgetText.h"
#include "core/export/BudgetXlsxBook.h"
#include "core/reference/Reference.h"

namespace hamkor {
namespace core {
namespace xlsx {

void Book::sourcesSheet(lxw_worksheet *sheet)
{
    const LoadedBudget &b = m_budget;
    const int header = titleBlock(sheet, tr("Sources of funding"));
    const QList<ReferenceItem> &sources = reference::fundingSources().items();
    text(sheet, header, 0, tr("Partner"), m_header);
    text(sheet, header, 1, tr("Role"), m_header);
    for (int s = 0; s < sources.size(); ++s)
        text(sheet, header, 2 + s, sources.at(s).name(), m_header);
    const int totalColumn = 2 + int(sources.size());
    text(sheet, header, totalColumn, tr("Direct costs"), m_header);
    worksheet_set_column(sheet, 0, 0, 28, nullptr);
    worksheet_set_column(sheet, 1, 1, 24, nullptr);
    worksheet_set_column(sheet, 2, lxw_col_t(totalColumn), 18, nullptr);
    printable(sheet, header);
    QHash<qint64, std::array<qint64, 4>> byMember;
    for (int i = 0; i < b.version.lines.size(); ++i) {
        std::array<qint64, 4> &parts = byMember[b.version.lines.at(i).memberId];
        for (size_t s = 0; s < 4; ++s)
            parts[s] += b.result.lines.at(i).sources[s];
    }
    int row = header + 1;
    const int first = row;
    for (const ConsortiumMember &member : b.context.proposal.members) {
        const std::array<qint64, 4> parts = byMember.value(member.id, {0, 0, 0, 0});
        text(sheet, row, 0, b.context.memberName(member.id));
        text(sheet, row, 1, reference::partnerRoles().name(member.role));
        qint64 sum = 0;
        for (size_t s = 0; s < 4; ++s) {
            money(sheet, row, 2 + int(s), parts[s]);
            sum += parts[s];
        }
        formula(sheet, row, totalColumn,
                QStringLiteral("=SUM(%1:%2)").arg(cell(row, 2), cell(row, totalColumn - 1)), sum,
                m_money);
        ++row;
    }
    text(sheet, row, 0, tr("Total"), m_totalText);
    text(sheet, row, 1, QString(), m_totalText);
    qint64 all = 0;
    for (const qint64 amount : b.result.bySource)
        all += amount;
    for (int s = 0; s <= 4; ++s) {
        const int column = 2 + s;
        const qint64 amount = s < 4 ? b.result.bySource.value(sources.at(s).code) : all;
        formula(sheet, row, column,
                row > first
                    ? QStringLiteral("=SUM(%1:%2)").arg(cell(first, column), cell(row - 1, column))
                    : QStringLiteral("=0"),
                amount, m_moneyTotal);
    }
    row += 2;
    const BudgetFigures &f = b.figures;
    text(sheet, row, 0, tr("Total eligible costs"), m_bold);
    money(sheet, row++, 2, f.eligible, m_moneyBold);
    text(sheet, row, 0,
         tr("Asked from the donor (%1 %)")
             .arg(MoneyFormat::formatDecimal(f.grantPct, MoneyFormat::displayStyle())),
         m_bold);
    money(sheet, row++, 2, f.grant, m_moneyBold);
    text(sheet, row, 0, tr("Co-financing"), m_bold);
    money(sheet, row++, 2, f.cofinancing, m_moneyBold);
    text(sheet, row + 1, 0, BudgetText::roundingNote(b.version.currency), m_note);
}

} // namespace xlsx
} // namespace core
} // namespace hamkor
