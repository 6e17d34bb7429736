// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/BudgetImporter.h"

#include "core/domain/Currency.h"
#include "core/io/BudgetRowReader.h"
#include "core/io/CellParsers.h"
#include "core/io/CsvColumns.h"
#include "core/io/CsvReader.h"

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

namespace {

QStringList budgetRequired()
{
    return {QStringLiteral("category"), QStringLiteral("partner"), QStringLiteral("quantity"),
            QStringLiteral("unit_cost"), QStringLiteral("currency")};
}

QString budgetUnknown()
{
    return BudgetImporter::tr(
        "This column is not part of the budget-lines format. The columns are: %1.");
}

} // namespace

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

CsvColumns BudgetImporter::matchHeader(const QStringList &header, QList<ImportProblem> &problems)
{
    return CsvColumns(header, columns(), budgetRequired(), budgetUnknown(), problems);
}

BudgetImportPreview BudgetImporter::preview(const CsvTable &table, const BudgetTemplate &layout,
                                            const Proposal &proposal,
                                            const QHash<QString, qint64> &acronyms,
                                            std::optional<bool> decimalCommas)
{
    BudgetImportPreview preview;
    const CsvColumns columns(table, BudgetImporter::columns(), budgetRequired(), budgetUnknown(),
                             preview.problems);
    if (!preview.ok())
        return preview;
    BudgetRowReader reader(columns, layout, proposal, acronyms,
                           decimalCommas.value_or(table.delimiter == u';'));
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        ++preview.rowsRead;
        preview.lines.append(
            reader.read(table.rows.at(r), table.rowLines.value(r, int(r) + 2), preview.problems));
    }
    preview.newHeadings = reader.newHeadings();
    if (!preview.ok())
        preview.lines.clear();
    return preview;
}

} // namespace core
} // namespace hamkor
