// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of a budget of 1,000,000 lines on the command line: imported from CSV and printed,
// each command run as a process of its own, for its time and its peak memory.
#include "core/budget/BudgetLoader.h"
#include "core/storage/Database.h"
#include "core/storage/ProposalRepository.h"
#include "tests/benchmarks/BenchTable.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace hamkor::core;

namespace bench {

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

QByteArray errorsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QList<Row> largeBudgetRows(const QString &path, const QString &dir)
{
    // HAMKOR_BENCH_BINARY measures another build of hamkor (an older one, to compare).
    const QString program =
        qEnvironmentVariable("HAMKOR_BENCH_BINARY", QString::fromUtf8(HAMKOR_BINARY));
    const QString acronym = QStringLiteral("PRJ0001");
    QByteArrayList partners;
    {
        auto db = Database::open(path, Database::Access::ReadOnly);
        const auto proposal =
            db ? ProposalRepository((*db)->connection()).loadByAcronym(acronym) : Error{};
        const auto context =
            proposal ? loadProposalContext((*db)->connection(), proposal->id) : Error{};
        if (!context)
            qFatal("no proposal %s in the large file", qPrintable(acronym));
        for (const ConsortiumMember &member : context->proposal.members)
            partners << context->memberName(member.id).toUtf8();
    }
    // The lines of a large budget as a spreadsheet would save them: headings, partners,
    // currencies and years in turn, descriptions in Russian and English.
    const QString csv = dir + QStringLiteral("/budget-1m.csv");
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("could not write the budget CSV");
        const char *const headings[] = {"1.1.1", "1.1.2", "1.3.2", "2.1", "2.2", "3.2",
                                        "4.2",   "5.1",   "5.3",   "5.7", "5.8", "6"};
        const char *const currencies[] = {"EUR", "KZT", "KGS", "TJS", "UZS", "USD"};
        const char *const costs[] = {"450.00",  "450000.00",  "85000.00",
                                     "4200.00", "9500000.00", "500.00"};
        QByteArray rows = "category,description,partner,unit,quantity,unit_cost,currency,period,"
                          "donor_pct\n";
        for (int i = 0; i < 1'000'000; ++i) {
            const QByteArray n = QByteArray::number(i + 1);
            rows += QByteArray(headings[i % 12]) + ",Строка " + n + " — line " + n + ',' +
                    partners.at(i % partners.size()) + ",month," + QByteArray::number(1 + i % 24) +
                    ',' + costs[i % 6] + ',' + currencies[i % 6] + ',' +
                    QByteArray::number(1 + i % 3) + ",90\n";
            if (rows.size() > 1'000'000) {
                file.write(rows);
                rows.clear();
            }
        }
        file.write(rows);
    }
    say(QStringLiteral("Budget CSV of 1,000,000 lines: %1 MB")
            .arg(QFileInfo(csv).size() / 1e6, 0, 'f', 0));

    const QString errors = dir + QStringLiteral("/errors.txt");
    const QString text = dir + QStringLiteral("/budget.txt");
    const QString version = QStringLiteral("Imported");
    const Child imported =
        run(program,
            {QStringLiteral("import"), QStringLiteral("budget"), csv, path,
             QStringLiteral("--proposal"), acronym, QStringLiteral("--version"), version},
            dir + QStringLiteral("/import.txt"), errors);
    if (imported.exitCode != 0)
        qFatal("the import failed: %s", errorsOf(errors).left(2000).constData());
    const Child printed = run(program,
                              {QStringLiteral("budget"), QStringLiteral("--proposal"), acronym,
                               QStringLiteral("--version"), version, path},
                              text, errors);
    if (printed.exitCode != 0)
        qFatal("hamkor budget failed: %s", errorsOf(errors).left(2000).constData());
    say(QStringLiteral("Text of the budget: %1 MB").arg(QFileInfo(text).size() / 1e6, 0, 'f', 0));
    return {{QStringLiteral("`hamkor import budget` of 1,000,000 lines from CSV into the large "
                            "file (read, check, write; one transaction)"),
             imported.milliseconds, -1, QStringLiteral("under 15 s, under 300 MB"),
             imported.peakMegabytes},
            {QStringLiteral("`hamkor budget` of those 1,000,000 lines (totals, rules, every line "
                            "under its heading)"),
             printed.milliseconds, -1, QStringLiteral("under 5 s, under 300 MB"),
             printed.peakMegabytes}};
}

} // namespace bench
