// SPDX-License-Identifier: GPL-3.0-or-later
// BudgetXlsx's workbook writer; only its own sources include this.
#pragma once

#include "core/budget/BudgetLoader.h"
#include "core/domain/Currency.h"
#include "core/reference/Reference.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <xlsxwriter.h>

namespace hamkor {
namespace core {
namespace xlsx {

// "A", "B", … "Z", "AA": the letters of a 0-based column.
QString columnName(int column);
QString cell(int row, int column);
// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique.
QString sheetName(QString name, QSet<QString> &taken);

class Book
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetXlsx)

public:
    Book(lxw_workbook *book, const LoadedBudget &budget) : m_book(book), m_budget(budget)
    {
        m_currency = *Currency::fromCode(budget.version.currency);
        m_title = format();
        format_set_bold(m_title);
        format_set_font_size(m_title, 13);
        format_set_font_color(m_title, 0x1F4E79);
        m_header = format();
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xDCE6F1);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(m_header, LXW_BORDER_THIN);
        m_text = format();
        m_bold = format();
        format_set_bold(m_bold);
        m_totalText = format();
        format_set_bold(m_totalText);
        format_set_bg_color(m_totalText, 0xEEF2F6);
        m_note = format();
        format_set_italic(m_note);
        format_set_font_color(m_note, 0x5B6670);
        m_number = format();
        format_set_num_format(m_number, "0.############");
        m_money = moneyFormat(m_currency, false, false);
        m_moneyBold = moneyFormat(m_currency, true, false);
        m_moneyTotal = moneyFormat(m_currency, true, true);
    }

    lxw_format *format() { return workbook_add_format(m_book); }

    lxw_format *moneyFormat(const Currency &currency, bool bold, bool total)
    {
        const QString key = currency.code() + QString::number(bold) + QString::number(total);
        if (lxw_format *known = m_moneyFormats.value(key))
            return known;
        lxw_format *f = format();
        QString pattern = QStringLiteral("#,##0");
        if (currency.minorUnits() > 0)
            pattern += u'.' + QString(currency.minorUnits(), u'0');
        pattern += QStringLiteral(" \"%1\"").arg(currency.code());
        format_set_num_format(f, pattern.toUtf8().constData());
        if (bold)
            format_set_bold(f);
        if (total)
            format_set_bg_color(f, 0xEEF2F6);
        m_moneyFormats.insert(key, f);
        return f;
    }

    double major(qint64 minor, const Currency &currency) const
    {
        return double(minor) / double(currency.minorPerMajor());
    }

    void text(lxw_worksheet *sheet, int row, int column, const QString &value,
              lxw_format *f = nullptr)
    {
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(),
                               f ? f : m_text);
    }

    void money(lxw_worksheet *sheet, int row, int column, qint64 minor, lxw_format *f = nullptr)
    {
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), major(minor, m_currency),
                               f ? f : m_money);
    }

    void formula(lxw_worksheet *sheet, int row, int column, const QString &value, qint64 minor,
                 lxw_format *f)
    {
        worksheet_write_formula_num(sheet, lxw_row_t(row), lxw_col_t(column),
                                    value.toUtf8().constData(), f, major(minor, m_currency));
    }

    void printable(lxw_worksheet *sheet, int headerRow)
    {
        worksheet_set_landscape(sheet);
        worksheet_set_paper(sheet, m_budget.layout.code() == u"sf-424a" ? 1 : 9); // Letter, A4
        worksheet_fit_to_pages(sheet, 1, 0);
        worksheet_repeat_rows(sheet, lxw_row_t(headerRow), lxw_row_t(headerRow));
        worksheet_freeze_panes(sheet, lxw_row_t(headerRow + 1), 2);
    }

    int titleBlock(lxw_worksheet *sheet, const QString &what)
    {
        const LoadedBudget &b = m_budget;
        text(sheet, 0, 0,
             b.context.proposal.acronym + QStringLiteral(" — ") + b.context.proposal.title,
             m_title);
        text(sheet, 1, 0,
             tr("%1 · budget “%2” (%3) · %4 · %5 · rates of %6")
                 .arg(what, b.version.name, reference::budgetVersionStates().name(b.version.state),
                      b.layoutName(), b.version.currency,
                      b.version.rateDate.toString(Qt::ISODate)));
        return FirstRow - 1; // the header row
    }

    // The budget in the template's layout, for the whole consortium or one partner.
    Status budgetSheet(lxw_worksheet *sheet, qint64 memberId, const QString &what,
                       const std::function<bool(int)> &progress);

    void writeLine(lxw_worksheet *sheet, int row, int index, const QHash<qint64, QString> &partners,
                   int yearCount);

    static QString sumOf(const QList<int> &rows, int column);

    // A totals line's formula in column (the cost, or a year's), from the rows of the
    // headings and totals lines it names.
    QString totalFormula(const BudgetTotalLine &total, const QHash<QString, int> &rowOf,
                         qint64 memberId, int column) const;

    // Who pays what: each partner's direct costs split by source, totals as formulas, then
    // the figures the donor looks at.
    void sourcesSheet(lxw_worksheet *sheet);

    // The cells of the partners' percentage lines on their sheets (member id, sheet name),
    // by totals line; set before the consortium's sheet is written.
    QHash<QString, QStringList> partnerCells(const QList<std::pair<qint64, QString>> &sheets) const;
    void setPartnerCells(const QHash<QString, QStringList> &cells) { m_partnerCells = cells; }

    static constexpr int Cost = 8;     // the column of a row's cost in the budget currency
    static constexpr int FirstRow = 4; // of a budget sheet's rows, below the title and header

private:
    lxw_workbook *m_book;
    const LoadedBudget &m_budget;
    Currency m_currency;
    QHash<QString, lxw_format *> m_moneyFormats;
    QHash<QString, QStringList> m_partnerCells;
    lxw_format *m_title, *m_header, *m_text, *m_bold, *m_totalText, *m_note, *m_number, *m_money,
        *m_moneyBold, *m_moneyTotal;
};

} // namespace xlsx
} // namespace core
} // namespace hamkor
