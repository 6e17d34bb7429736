// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/BudgetCsv.h"

#include "core/budget/BudgetRun.h"
#include "core/domain/MoneyFormat.h"
#include "core/export/BudgetText.h"

namespace hamkor {
namespace core {

namespace {

// minor units as "-1234.50": what MoneyFormat writes in the Plain style, without its
// generality (a budget of a million lines has twenty million numbers).
QString plainAmount(qint64 minor, int digits)
{
    const bool negative = minor < 0;
    quint64 magnitude = negative ? 0 - quint64(minor) : quint64(minor);
    char buffer[32];
    int at = int(sizeof buffer);
    for (int d = 0; d < digits; ++d) {
        buffer[--at] = char('0' + magnitude % 10);
        magnitude /= 10;
    }
    if (digits > 0)
        buffer[--at] = '.';
    do {
        buffer[--at] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        buffer[--at] = '-';
    return QString::fromLatin1(buffer + at, qsizetype(sizeof buffer) - at);
}

} // namespace

QStringList BudgetCsv::columns()
{
    return {QStringLiteral("category_code"), QStringLiteral("category"),
            QStringLiteral("description"),   QStringLiteral("partner"),
            QStringLiteral("unit"),          QStringLiteral("quantity"),
            QStringLiteral("unit_cost"),     QStringLiteral("currency"),
            QStringLiteral("rate"),          QStringLiteral("rate_from"),
            QStringLiteral("rate_to"),       QStringLiteral("rate_date"),
            QStringLiteral("amount"),        QStringLiteral("budget_currency"),
            QStringLiteral("period"),        QStringLiteral("donor"),
            QStringLiteral("own"),           QStringLiteral("other_donors"),
            QStringLiteral("in_kind")};
}

QStringList BudgetCsv::headers()
{
    return {tr("Code"),      tr("Heading"),         tr("Description"), tr("Partner"),
            tr("Unit"),      tr("Number of units"), tr("Unit rate"),   tr("Currency"),
            tr("Rate"),      tr("Rate from"),       tr("Rate to"),     tr("Rate date"),
            tr("Cost"),      tr("Budget currency"), tr("Year"),        tr("Donor"),
            tr("Own funds"), tr("Other donors"),    tr("In kind")};
}

Status BudgetCsv::write(QIODevice &device, const LoadedBudget &budget,
                        const CsvWriteOptions &options, const std::function<bool(int)> &progress)
{
    const auto currency = Currency::fromCode(budget.version.currency);
    if (!currency)
        return Error{tr("The budget's currency %1 is not known.").arg(budget.version.currency)};
    const auto money = [](qint64 minor, const Currency &in) {
        return CsvCell{plainAmount(minor, in.minorUnits()), true};
    };
    const auto text = [](const QString &value) {
        return CsvCell{value, false};
    };
    const auto number = [](const QString &value) {
        return CsvCell{value, true};
    };
    const auto empty = CsvCell{};

    // A budget uses few rates: their texts are made once (by the rate's row), not for
    // every line.
    struct RateTexts
    {
        QHash<qint64, std::pair<QString, QString>> known;
        std::pair<QString, QString> of(const ExchangeRate &r)
        {
            if (r.id == 0)
                return {r.rate.toString(), r.date.toString(Qt::ISODate)};
            auto it = known.find(r.id);
            if (it == known.end())
                it = known.insert(r.id, {r.rate.toString(), r.date.toString(Qt::ISODate)});
            return *it;
        }
        QString rate(const ExchangeRate &r) { return of(r).first; }
        QString date(const ExchangeRate &r) { return of(r).second; }
    } rateTexts;
    CsvWriter writer(device, options);
    writer.writeTextRow(options.excel ? headers() : columns());
    const auto code = [](const QString &value) {
        return CsvCell{value, false, true};
    };
    QHash<QString, QString> headingNames;
    for (const BudgetCategory &category : budget.layout.categories())
        headingNames.insert(category.code, category.name());
    for (const BudgetTotalLine &total : budget.layout.totals())
        headingNames.insert(total.code, total.name());
    QHash<qint64, QString> partners;
    for (const ConsortiumMember &member : budget.context.proposal.members)
        partners.insert(member.id, budget.context.memberName(member.id));

    // A budget left in the file (a million lines) is never held whole: its lines go through
    // the engine one by one as they are written. A budget in memory is computed already.
    std::optional<BudgetRun> run;
    if (budget.streamed) {
        auto begun = BudgetRun::begin(budget.version, budget.layout, budget.rates);
        if (!begun)
            return begun.error();
        run.emplace(std::move(begun).value());
    }
    const qsizetype count = budget.version.lines.size();
    qsizetype done = 0;
    QList<CsvCell> row;
    row.reserve(columns().size());
    const auto writeLine = [&](const BudgetLine &line, const ComputedLine &computed) -> Status {
        if (done % 4096 == 0) {
            if (progress && count > 0 && !progress(int(done * 100 / count)))
                return Error{tr("The export was cancelled.")};
            if (Status s = writer.status(); !s) // a full disk: stop reading
                return s;
        }
        ++done;
        const auto lineCurrency = Currency::fromCode(line.currency);
        row.resize(0);
        row << code(line.category) << text(headingNames.value(line.category))
            << text(line.description) << text(partners.value(line.memberId)) << text(line.unit)
            << number(line.quantity.toString())
            << (lineCurrency ? money(line.unitCostMinor, *lineCurrency)
                             : number(QString::number(line.unitCostMinor)))
            << text(line.currency);
        if (computed.rate)
            row << number(rateTexts.rate(*computed.rate)) << text(computed.rate->from)
                << text(computed.rate->to) << text(rateTexts.date(*computed.rate));
        else
            row << empty << empty << empty << empty;
        // A line that could not be converted has no amount (the rules name it).
        if (computed.problem.isEmpty())
            row << money(computed.convertedMinor, *currency);
        else
            row << empty;
        row << text(budget.version.currency) << number(QString::number(line.period));
        for (const qint64 part : computed.sources)
            row << money(part, *currency);
        writer.writeRow(row);
        return {};
    };
    Status lines;
    if (run) {
        lines = budget.streamed([&](const BudgetLine &line) -> Status {
            const auto computed = run->add(line);
            return computed ? writeLine(line, *computed) : Status(computed.error());
        });
    } else {
        for (qsizetype i = 0; i < count && lines; ++i)
            lines = writeLine(budget.version.lines.at(i), budget.result.lines.at(i));
    }
    if (!lines)
        return lines;
    Result<BudgetResult> finished = run ? run->finish() : Result<BudgetResult>(budget.result);
    if (!finished)
        return finished.error();
    const BudgetResult &result = finished.value();
    for (const BudgetTotalLine &total : budget.layout.totals()) {
        row = {code(total.code), text(total.name())};
        for (int column = 2; column < 12; ++column)
            row << empty;
        row << money(result.total(total.code), *currency) << text(budget.version.currency);
        while (row.size() < columns().size())
            row << empty;
        writer.writeRow(row);
    }
    QList<CsvCell> note{empty, text(tr("Rounding")),
                        text(BudgetText::roundingNote(budget.version.currency))};
    while (note.size() < columns().size())
        note << empty;
    writer.writeRow(note);
    if (progress)
        progress(100);
    return writer.status();
}

} // namespace core
} // namespace hamkor
