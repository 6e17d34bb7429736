// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/BudgetImporter.h"

#include "core/budget/FundingShares.h"
#include "core/domain/Currency.h"
#include "core/io/CellParsers.h"
#include "core/io/CsvColumns.h"
#include "core/io/CsvReader.h"

#include <QSet>

namespace hamkor {
namespace core {

QStringList RateImporter::columns()
{
    return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("rate"),
            QStringLiteral("date"), QStringLiteral("source")};
}

RateImportPreview RateImporter::preview(const CsvTable &table)
{
    RateImportPreview preview;
    const CsvColumns columns(
        table, RateImporter::columns(),
        {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("rate"),
         QStringLiteral("date")},
        tr("This column is not part of the exchange-rates format. The columns are: %1."),
        preview.problems);
    if (!preview.ok())
        return preview;
    const bool commaDecimals = table.delimiter == u';';
    QHash<QString, int> seen;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int line = table.rowLines.value(r, int(r) + 2);
        ++preview.rowsRead;
        const qsizetype before = preview.problems.size();
        const auto problem = [&](const char *column, const QString &message) {
            preview.problems.append({line, QString::fromLatin1(column), message});
        };
        ExchangeRate rate;
        rate.from = columns.cell(row, QStringLiteral("from")).toUpper();
        rate.to = columns.cell(row, QStringLiteral("to")).toUpper();
        rate.source = columns.cell(row, QStringLiteral("source"));
        for (const auto &[column, code] : {std::pair("from", rate.from), std::pair("to", rate.to)})
            if (!Currency::fromCode(code))
                problem(column, code.isEmpty()
                                    ? tr("The currency is missing.")
                                    : tr("“%1” is not an ISO 4217 currency code.").arg(code));
        if (!rate.from.isEmpty() && rate.from == rate.to)
            problem("to", tr("A rate from %1 to itself is always 1.").arg(rate.from));
        const QString rateText = columns.cell(row, QStringLiteral("rate"));
        if (auto value = CellParsers::decimal(rateText, commaDecimals); !value)
            problem("rate", value.message());
        else if (value->isZero() || value->isNegative())
            problem("rate", tr("The rate must be more than 0."));
        else
            rate.rate = *value;
        if (auto date = CellParsers::date(columns.cell(row, QStringLiteral("date"))); !date)
            problem("date", date.message());
        else
            rate.date = *date;
        if (preview.problems.size() > before)
            continue;
        const QString key = rate.from + u'|' + rate.to + u'|' + rate.date.toString(Qt::ISODate) +
                            u'|' + rate.source;
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            problem("rate", tr("Line %1 already gives the rate from %2 to %3 on %4 from this "
                               "source.")
                                .arg(QString::number(*it), rate.from, rate.to,
                                     rate.date.toString(Qt::ISODate)));
            continue;
        }
        seen.insert(key, line);
        preview.rates.append(rate);
    }
    return preview;
}

QStringList BudgetImporter::columns()
{
    return {QStringLiteral("category"),     QStringLiteral("description"),
            QStringLiteral("partner"),      QStringLiteral("unit"),
            QStringLiteral("quantity"),     QStringLiteral("unit_cost"),
            QStringLiteral("currency"),     QStringLiteral("period"),
            QStringLiteral("donor_pct"),    QStringLiteral("other_pct"),
            QStringLiteral("in_kind_pct"),  QStringLiteral("donor_amount"),
            QStringLiteral("other_amount"), QStringLiteral("in_kind_amount")};
}

BudgetImportPreview BudgetImporter::preview(const CsvTable &table, const BudgetTemplate &layout,
                                            const Proposal &proposal,
                                            const QHash<QString, qint64> &acronyms,
                                            std::optional<bool> decimalCommas)
{
    BudgetImportPreview preview;
    const CsvColumns columns(
        table, BudgetImporter::columns(),
        {QStringLiteral("category"), QStringLiteral("partner"), QStringLiteral("quantity"),
         QStringLiteral("unit_cost"), QStringLiteral("currency")},
        tr("This column is not part of the budget-lines format. The columns are: %1."),
        preview.problems);
    if (!preview.ok())
        return preview;
    const bool commaDecimals = decimalCommas.value_or(table.delimiter == u';');
    // A generic budget takes the headings the file names; a donor's layout only its own.
    const bool freeHeadings = layout.code() == u"generic";
    QSet<QString> headings;
    for (const BudgetCategory &category : layout.categories())
        headings.insert(category.code);
    const int years = (proposal.durationMonths + 11) / 12;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int line = table.rowLines.value(r, int(r) + 2);
        ++preview.rowsRead;
        const auto problem = [&](const char *column, const QString &message) {
            preview.problems.append({line, QString::fromLatin1(column), message});
        };
        const auto cell = [&](const char *column) {
            return columns.cell(row, QString::fromLatin1(column));
        };
        BudgetLine l;
        l.category = cell("category");
        if (l.category.isEmpty()) {
            problem("category", tr("The heading is missing."));
        } else if (freeHeadings) {
            if (!headings.contains(l.category)) {
                headings.insert(l.category);
                preview.newHeadings.append({l.category, l.category});
            }
        } else if (layout.takesLines(l.category)) {
            // a heading without sub-headings, or taxes
        } else if (!layout.category(l.category)) {
            problem("category", tr("“%1” is not a heading of %2.").arg(l.category, layout.name()));
        } else {
            problem(
                "category",
                tr("Heading %1 has sub-headings; put the line under one of them.").arg(l.category));
        }
        l.description = cell("description");
        l.unit = cell("unit");
        const QString partner = cell("partner");
        if (partner.isEmpty())
            problem("partner", tr("The partner is missing; give the acronym of a member of "
                                  "the consortium."));
        else if (const auto it = acronyms.constFind(partner.toLower()); it == acronyms.cend())
            problem(
                "partner",
                tr("“%1” is not a member of the consortium of %2.").arg(partner, proposal.acronym));
        else
            l.memberId = *it;
        if (auto quantity = CellParsers::decimal(cell("quantity"), commaDecimals); !quantity)
            problem("quantity", quantity.message());
        else if (quantity->isNegative())
            problem("quantity", tr("The number of units cannot be negative."));
        else
            l.quantity = *quantity;
        l.currency = cell("currency").toUpper();
        const auto currency = Currency::fromCode(l.currency);
        if (!currency)
            problem("currency", l.currency.isEmpty()
                                    ? tr("The currency is missing.")
                                    : tr("“%1” is not an ISO 4217 currency code.").arg(l.currency));
        else if (auto cost = CellParsers::amount(cell("unit_cost"), *currency, commaDecimals);
                 !cost)
            problem("unit_cost", cost.message());
        else if (*cost < 0)
            problem("unit_cost", tr("The unit cost cannot be negative."));
        else
            l.unitCostMinor = *cost;
        if (const QString period = cell("period"); !period.isEmpty()) {
            if (auto year = CellParsers::wholeNumber(period); !year)
                problem("period", year.message());
            else if (*year < 1 || (years > 0 && *year > years))
                problem("period", tr("Year %1 is not a year of the proposal, which runs %n "
                                     "year(s).",
                                     nullptr, years)
                                      .arg(*year));
            else
                l.period = *year;
        }
        for (const auto &[column, share] :
             {std::pair("donor_pct", FundingShares::Share::Donor),
              std::pair("other_pct", FundingShares::Share::OtherDonors),
              std::pair("in_kind_pct", FundingShares::Share::InKind)}) {
            const QString text = cell(column);
            if (text.isEmpty())
                continue;
            if (auto pct = CellParsers::decimal(text, commaDecimals); !pct)
                problem(column, pct.message());
            else if (Status s = FundingShares::set(l, share, *pct); !s)
                problem(column, s.message());
        }
        // Or amounts in the line's currency; the partner's own takes the rest of the line.
        const bool percentages = !cell("donor_pct").isEmpty() || !cell("other_pct").isEmpty() ||
                                 !cell("in_kind_pct").isEmpty();
        for (const auto &[column, share] :
             {std::pair("donor_amount", FundingShares::Share::Donor),
              std::pair("other_amount", FundingShares::Share::OtherDonors),
              std::pair("in_kind_amount", FundingShares::Share::InKind)}) {
            const QString text = cell(column);
            if (text.isEmpty() || !currency)
                continue;
            if (percentages) {
                problem(column, tr("Give the shares as percentages or as amounts, not both."));
                continue;
            }
            if (auto amount = CellParsers::amount(text, *currency, commaDecimals); !amount)
                problem(column, amount.message());
            else if (Status s = FundingShares::setAmount(l, share, *amount); !s)
                problem(column, s.message());
        }
        preview.lines.append(l);
    }
    if (!preview.ok())
        preview.lines.clear();
    return preview;
}

} // namespace core
} // namespace hamkor
