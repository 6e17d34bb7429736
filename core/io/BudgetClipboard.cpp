// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/BudgetClipboard.h"

#include "core/domain/Currency.h"
#include "core/domain/MoneyFormat.h"
#include "core/io/BudgetImporter.h"

namespace hamkor {
namespace core {

namespace {

// A cell that cannot break the row: tabs and line breaks become spaces.
QString flat(QString text)
{
    for (QChar &c : text)
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    return text;
}

// A share given as an amount, as the import reads it; "" for a line in percentages.
QString amountText(bool asAmounts, qint64 minor, const std::optional<Currency> &currency)
{
    if (!asAmounts)
        return QString();
    return currency ? MoneyFormat::format(Money(minor, *currency), NumberStyle::Plain)
                    : QString::number(minor);
}

} // namespace

QString BudgetClipboard::toText(const QList<BudgetLine> &lines,
                                const QHash<qint64, QString> &acronyms)
{
    QStringList rows{BudgetImporter::columns().join(u'\t')};
    for (const BudgetLine &line : lines) {
        const auto currency = Currency::fromCode(line.currency);
        const QString cost =
            currency ? MoneyFormat::format(Money(line.unitCostMinor, *currency), NumberStyle::Plain)
                     : QString::number(line.unitCostMinor);
        rows << QStringList{flat(line.category),
                            flat(line.description),
                            flat(acronyms.value(line.memberId)),
                            flat(line.unit),
                            line.quantity.toString(),
                            cost,
                            line.currency,
                            QString::number(line.period),
                            line.sharesAsAmounts ? QString() : line.donorPct.toString(),
                            line.sharesAsAmounts ? QString() : line.otherPct.toString(),
                            line.sharesAsAmounts ? QString() : line.inKindPct.toString(),
                            amountText(line.sharesAsAmounts, line.donorMinor, currency),
                            amountText(line.sharesAsAmounts, line.otherMinor, currency),
                            amountText(line.sharesAsAmounts, line.inKindMinor, currency)}
                    .join(u'\t');
    }
    return rows.join(u'\n') + u'\n';
}

Result<CsvTable> BudgetClipboard::toTable(const QString &text)
{
    QString body = text;
    if (!body.section(u'\t', 0, 0)
             .trimmed()
             .startsWith(QLatin1String("category"), Qt::CaseInsensitive)) {
        // As many of the columns, in order, as the first row has cells.
        const qsizetype cells = body.section(u'\n', 0, 0).count(u'\t') + 1;
        body.prepend(BudgetImporter::columns().mid(0, cells).join(u'\t') + u'\n');
    }
    auto table = CsvReader::parse(body.toUtf8());
    if (!table)
        return table.error();
    return table;
}

} // namespace core
} // namespace hamkor
