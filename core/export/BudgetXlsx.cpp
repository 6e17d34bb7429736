// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/BudgetXlsx.h"

#include "core/budget/BudgetRun.h"
#include "core/domain/MoneyFormat.h"
#include "core/export/BudgetSheet.h"
#include "core/export/BudgetText.h"
#include "core/export/BudgetXlsxBook.h"
#include "core/reference/Reference.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace hamkor {
namespace core {

namespace xlsx {

// "A", "B", … "Z", "AA": the letters of a 0-based column.
QString columnName(int column)
{
    QString name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name;
}

QString cell(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique.
QString sheetName(QString name, QSet<QString> &taken)
{
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, u'-');
    name = name.left(28).trimmed();
    // Excel refuses a name that begins or ends with an apostrophe, and keeps "History".
    while (name.startsWith(u'\'') || name.endsWith(u'\''))
        name = name.startsWith(u'\'') ? name.mid(1) : name.chopped(1);
    if (name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        name += QStringLiteral(" (partner)");
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; taken.contains(unique.toLower()); ++n)
        unique = name + QStringLiteral(" %1").arg(n);
    taken.insert(unique.toLower());
    return unique;
}

Status Book::budgetSheet(lxw_worksheet *sheet, qint64 memberId, const QString &what,
                         const std::function<bool(int)> &progress)
{
    const LoadedBudget &b = m_budget;
    const bool years = b.layout.hasYears() && memberId == 0;
    const int yearCount = years ? BudgetSheet::years(b) : 0;
    const int header = titleBlock(sheet, what);
    const QStringList titles{tr("No."),
                             tr("Heading / description"),
                             tr("Partner"),
                             tr("Unit"),
                             tr("# of units"),
                             tr("Unit rate"),
                             tr("Currency"),
                             tr("Exchange rate"),
                             tr("Cost (%1)").arg(b.version.currency)};
    for (int c = 0; c < titles.size(); ++c)
        text(sheet, header, c, titles.at(c), m_header);
    for (int y = 0; y < yearCount; ++y)
        text(sheet, header, Cost + 1 + y, tr("Year %1 (%2)").arg(y + 1).arg(b.version.currency),
             m_header);
    worksheet_set_column(sheet, 0, 0, 8, nullptr);
    worksheet_set_column(sheet, 1, 1, 48, nullptr);
    worksheet_set_column(sheet, 2, 3, 11, nullptr);
    worksheet_set_column(sheet, 4, 4, 9, nullptr);
    worksheet_set_column(sheet, 5, 5, 16, nullptr);
    worksheet_set_column(sheet, 6, 7, 10, nullptr);
    worksheet_set_column(sheet, Cost, lxw_col_t(Cost + yearCount), 17, nullptr);
    printable(sheet, header);

    const QList<BudgetSheetRow> rows = BudgetSheet::rows(b, memberId);
    QHash<qint64, QString> partners;
    for (const ConsortiumMember &member : b.context.proposal.members)
        partners.insert(member.id, b.context.memberName(member.id));
    QHash<QString, int> rowOf; // heading or totals line code → its row
    // The rows whose cost a heading adds up: its lines, or its sub-headings.
    QHash<int, QList<int>> children;
    QList<std::pair<int, int>> open; // (depth, row) of the headings above
    int row = FirstRow;              // header + 1
    const int first = row;
    for (int i = 0; i < rows.size(); ++i, ++row) {
        if (progress && i % 2048 == 0 && !progress(int(qint64(i) * 90 / rows.size())))
            return Error{tr("The export was cancelled.")};
        const BudgetSheetRow &r = rows.at(i);
        if (r.kind == BudgetSheetRow::Kind::Total)
            break;
        while (!open.isEmpty() && open.last().first >= r.depth)
            open.removeLast();
        if (!open.isEmpty())
            children[open.last().second].append(row);
        if (r.kind == BudgetSheetRow::Kind::Heading) {
            rowOf.insert(r.code, row);
            open.append({r.depth, row});
            continue;
        }
        writeLine(sheet, row, r.line, partners, yearCount);
    }
    // Headings: the sum of what is under them, written now that every row is placed.
    row = first;
    for (const BudgetSheetRow &r : rows) {
        if (r.kind == BudgetSheetRow::Kind::Total)
            break;
        if (r.kind == BudgetSheetRow::Kind::Heading) {
            lxw_format *nameFormat = r.depth == 0 ? m_bold : m_text;
            text(sheet, row, 0, r.code, nameFormat);
            text(sheet, row, 1, QString(2 * r.depth, u' ') + r.name, nameFormat);
            for (int y = -1; y < yearCount; ++y) {
                const int column = Cost + 1 + y;
                const qint64 amount = y < 0 ? r.amount : r.perYear.value(y);
                formula(sheet, row, column, sumOf(children.value(row), column), amount,
                        r.depth == 0 ? m_moneyBold : m_money);
            }
        }
        ++row;
    }
    // The template's totals lines; the older EU layout's taxes with their lines below.
    bool totals = false;
    for (int i = 0; i < rows.size(); ++i) {
        const BudgetSheetRow &r = rows.at(i);
        totals = totals || r.kind == BudgetSheetRow::Kind::Total;
        if (!totals)
            continue;
        if (r.kind == BudgetSheetRow::Kind::Line) {
            writeLine(sheet, row++, r.line, partners, yearCount);
            continue;
        }
        rowOf.insert(r.code, row);
        text(sheet, row, 0, r.code, m_totalText);
        text(sheet, row, 1, r.name, m_totalText);
        for (int c = 2; c < Cost; ++c)
            text(sheet, row, c, QString(), m_totalText);
        QList<int> below; // the older EU layout's tax lines
        if (r.total->kind == BudgetTotalLine::Kind::Taxes)
            for (int k = i + 1; k < rows.size() && rows.at(k).kind == BudgetSheetRow::Kind::Line;
                 ++k)
                below << row + (k - i);
        for (int y = -1; y < yearCount; ++y) {
            const int column = Cost + 1 + y;
            const QString value = r.total->kind == BudgetTotalLine::Kind::Taxes
                                      ? sumOf(below, column)
                                      : totalFormula(*r.total, rowOf, memberId, column);
            formula(sheet, row, column, value, y < 0 ? r.amount : r.perYear.value(y), m_moneyTotal);
        }
        ++row;
    }
    text(sheet, row + 1, 1, BudgetText::roundingNote(b.version.currency), m_note);
    return {};
}

void Book::writeLine(lxw_worksheet *sheet, int row, int index,
                     const QHash<qint64, QString> &partners, int yearCount)
{
    const BudgetLine &line = m_budget.version.lines.at(index);
    const ComputedLine &computed = m_budget.result.lines.at(index);
    text(sheet, row, 0, line.category);
    text(sheet, row, 1, line.description);
    text(sheet, row, 2, partners.value(line.memberId));
    text(sheet, row, 3, line.unit);
    worksheet_write_number(sheet, lxw_row_t(row), 4, line.quantity.toDouble(), m_number);
    if (const auto c = Currency::fromCode(line.currency))
        worksheet_write_number(sheet, lxw_row_t(row), 5, major(line.unitCostMinor, *c),
                               moneyFormat(*c, false, false));
    text(sheet, row, 6, line.currency);
    if (computed.rate)
        worksheet_write_number(sheet, lxw_row_t(row), 7, computed.rate->rate.toDouble(), m_number);
    if (!computed.problem.isEmpty())
        text(sheet, row, Cost, computed.problem);
    else
        money(sheet, row, Cost, computed.convertedMinor);
    if (line.period >= 1 && line.period <= yearCount)
        money(sheet, row, Cost + line.period, computed.convertedMinor);
}

QString Book::sumOf(const QList<int> &rows, int column)
{
    if (rows.isEmpty())
        return QStringLiteral("=0");
    // Consecutive rows as one range: SUM(I5:I900) for the lines of a heading.
    QStringList parts;
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        parts << (i == j ? cell(rows.at(i), column)
                         : cell(rows.at(i), column) + u':' + cell(rows.at(j), column));
        i = j + 1;
    }
    return QStringLiteral("=SUM(%1)").arg(parts.join(u','));
}

QString Book::totalFormula(const BudgetTotalLine &total, const QHash<QString, int> &rowOf,
                           qint64 memberId, int column) const
{
    const auto refs = [&](const QStringList &codes) {
        QStringList cells;
        for (const QString &code : codes) {
            if (code == QLatin1String("*")) {
                for (const BudgetCategory &c : m_budget.layout.categories())
                    if (c.depth == 0 && rowOf.contains(c.code))
                        cells << cell(rowOf.value(c.code), column);
            } else if (rowOf.contains(code)) {
                cells << cell(rowOf.value(code), column);
            }
        }
        return cells;
    };
    switch (total.kind) {
    case BudgetTotalLine::Kind::Subtotal:
    case BudgetTotalLine::Kind::Total: {
        const QStringList cells = refs(total.of);
        return cells.isEmpty() ? QStringLiteral("=0") : QStringLiteral("=") + cells.join(u'+');
    }
    case BudgetTotalLine::Kind::Indirect:
    case BudgetTotalLine::Kind::Contingency: {
        // Per beneficiary, the consortium's line adds up the partners' own (each the rate of
        // its own base, on its sheet); a partner has no contingency of its own.
        const bool ownRate =
            total.kind == BudgetTotalLine::Kind::Indirect || !m_budget.layout.perBeneficiary();
        if (memberId && !ownRate)
            return QStringLiteral("=0");
        if (!memberId && column == Cost && m_partnerCells.contains(total.code))
            return u'=' + m_partnerCells.value(total.code).join(u'+');
        const Decimal pct =
            BudgetRun::rateOf(total, m_budget.version.indirectPct, m_budget.version.contingencyPct);
        const QStringList included = refs(total.base);
        const QStringList excluded = refs(total.baseExcludes);
        QString base = included.isEmpty() ? QStringLiteral("0")
                                          : QStringLiteral("(%1)").arg(included.join(u'+'));
        if (!excluded.isEmpty())
            base = QStringLiteral("(%1-%2)").arg(base, excluded.join(u'-'));
        return QStringLiteral("=ROUND(%1*%2/100,%3)")
            .arg(base, pct.toString())
            .arg(m_currency.minorUnits());
    }
    case BudgetTotalLine::Kind::Taxes:
        return QStringLiteral("=%1").arg(QString::number(
            major(m_budget.result.total(total.code), m_currency), 'f', m_currency.minorUnits()));
    }
    return QStringLiteral("=0");
}

// Where each partner's percentage lines (indirect costs) are on its sheet, for the
// consortium's line to add them up: 'ZhB'!I14.
QHash<QString, QStringList>
Book::partnerCells(const QList<std::pair<qint64, QString>> &sheets) const
{
    QHash<QString, QStringList> cells;
    for (const auto &[memberId, name] : sheets) {
        const QList<BudgetSheetRow> rows = BudgetSheet::rows(m_budget, memberId);
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).kind == BudgetSheetRow::Kind::Total &&
                rows.at(i).total->kind == BudgetTotalLine::Kind::Indirect)
                cells[rows.at(i).code] << QStringLiteral("'%1'!%2").arg(
                    QString(name).replace(u'\'', QStringLiteral("''")), cell(FirstRow + i, Cost));
    }
    // Lines of no partner of the consortium have no sheet: their part is added as it is.
    qint64 rest = 0;
    const QMap<qint64, qint64> &parts = m_budget.result.indirectByMember;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        if (std::none_of(sheets.cbegin(), sheets.cend(),
                         [&](const auto &sheet) { return sheet.first == it.key(); }))
            rest += it.value();
    if (rest != 0)
        for (QStringList &list : cells)
            list << QString::number(major(rest, m_currency), 'f', m_currency.minorUnits());
    return cells;
}

} // namespace xlsx

using xlsx::Book;
using xlsx::sheetName;

Status BudgetXlsx::writeFile(const QString &path, const LoadedBudget &budget,
                             const std::function<bool(int)> &progress)
{
    if (!Currency::fromCode(budget.version.currency))
        return Error{tr("The budget's currency %1 is not known.").arg(budget.version.currency)};
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE; // headings are written after their lines
    const QByteArray file = path.toUtf8();
    lxw_workbook *book = workbook_new_opt(file.constData(), &options);
    if (!book)
        return Error{tr("Cannot write %1.").arg(path)};
    const QByteArray title =
        tr("%1 — budget “%2”").arg(budget.context.proposal.acronym, budget.version.name).toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>("Hamkor");
    workbook_set_properties(book, &properties);
    Book writer(book, budget);
    // The sheets' names first: the consortium's sheet refers to the partners'.
    QSet<QString> taken;
    const QString mainName = sheetName(tr("Budget"), taken);
    const QString sourcesName = sheetName(tr("Sources of funding"), taken);
    QList<std::pair<qint64, QString>> partnerSheets;
    if (budget.layout.perBeneficiary())
        for (const ConsortiumMember &member : budget.context.proposal.members)
            partnerSheets.append(
                {member.id, sheetName(budget.context.memberName(member.id), taken)});
    writer.setPartnerCells(writer.partnerCells(partnerSheets));
    const auto sheet = [&](const QString &name) -> lxw_worksheet * {
        return workbook_add_worksheet(book, name.toUtf8().constData());
    };
    const Error refused{tr("The workbook could not take a sheet for “%1”.")};
    Status status;
    if (lxw_worksheet *main = sheet(mainName))
        status = writer.budgetSheet(main, 0, tr("Budget"), progress);
    else
        status = Error{refused.message.arg(mainName)};
    if (status) {
        if (lxw_worksheet *sources = sheet(sourcesName))
            writer.sourcesSheet(sources);
        for (const auto &[memberId, name] : std::as_const(partnerSheets)) {
            lxw_worksheet *partner = sheet(name);
            status = partner ? writer.budgetSheet(partner, memberId,
                                                  budget.context.memberName(memberId), {})
                             : Status(Error{refused.message.arg(name)});
            if (!status)
                break;
        }
    }
    const lxw_error closed = workbook_close(book);
    if (!status)
        return status;
    if (closed != LXW_NO_ERROR)
        return Error{tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)))};
    if (progress)
        progress(100);
    return {};
}

} // namespace core
} // namespace hamkor
