// SPDX-License-Identifier: GPL-3.0-or-later
// The budget rows of the benchmark table: a 10,000-line budget in three currencies.
#include "core/Store.h"
#include "core/budget/BudgetLoader.h"
#include "core/commands/BudgetCommands.h"
#include "core/demo/DemoData.h"
#include "core/export/BudgetExport.h"
#include "core/storage/ProposalRepository.h"
#include "tests/benchmarks/BenchTable.h"
#include "ui/models/BudgetTreeModel.h"
#include "ui/views/BudgetSidePanel.h"

#include <QTemporaryDir>

using namespace hamkor;

namespace bench {

QList<Row> budgetRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("budget.hamkor"));
    {
        auto db = core::Database::create(path);
        if (!db || !core::DemoData::fill(**db, core::DemoData::Size::Small))
            qFatal("could not create the demo file");
    }
    auto store = core::Store::open(path);
    if (!store)
        qFatal("could not open the demo file");
    core::Store &s = **store;
    const auto proposal =
        core::ProposalRepository(s.database().connection()).loadByAcronym(QStringLiteral("STEPPE"));
    core::BudgetVersion version;
    version.proposalId = proposal->id;
    version.name = QStringLiteral("Large");
    version.rateDate = QDate(2026, 11, 15);
    const QStringList headings{QStringLiteral("1.1.1"), QStringLiteral("1.3.2"),
                               QStringLiteral("2.1"),   QStringLiteral("3.2"),
                               QStringLiteral("4.2"),   QStringLiteral("5.7")};
    const QStringList currencies{QStringLiteral("EUR"), QStringLiteral("KZT"),
                                 QStringLiteral("USD")};
    for (int i = 0; i < 10000; ++i) {
        core::BudgetLine line;
        line.category = headings.at(i % headings.size());
        line.description = QStringLiteral("Line %1").arg(i + 1);
        line.memberId = proposal->members.at(i % proposal->members.size()).id;
        line.unit = QStringLiteral("month");
        line.quantity = *core::Decimal::fromParts(10 + i % 25, 1);
        line.currency = currencies.at(i % 3);
        line.unitCostMinor = line.currency == u"KZT" ? 45000000 : 120000 + i;
        line.period = 1 + i % 3;
        line.donorPct = core::Decimal::fromInteger(90);
        line.ownPct = core::Decimal::fromInteger(10);
        line.sortOrder = i;
        version.lines.append(line);
    }
    const auto id = core::commands::addBudgetVersion(s, version);
    if (!id)
        qFatal("%s", qPrintable(id.message()));
    QList<Row> rows;

    auto budget = core::loadBudget(s.database().connection(), *id);
    const double recompute = bestOf(20, [&] {
        if (!budget->recompute())
            qFatal("recompute failed");
    });
    rows.append({QStringLiteral("recompute a 10,000-line budget in EUR, KZT and USD (lines, "
                                "subtotals, totals lines, partners, years, sources, rules)"),
                 recompute, -1, QStringLiteral("under 5 ms")});

    ui::BudgetTreeModel model;
    model.setStore(&s);
    // What the window updates beside the tree on every edit: totals, chart, rules.
    ui::BudgetSidePanel side;
    QObject::connect(&model, &ui::BudgetTreeModel::recomputed, &side,
                     [&] { side.show(model.budget()); });
    const double opened = bestOf(5, [&] {
        if (!model.setVersion(*id))
            qFatal("could not open the budget");
    });
    rows.append({QStringLiteral("open the 10,000-line budget in the editor (read, compute, "
                                "build the tree)"),
                 opened, -1, QStringLiteral("under 200 ms")});

    // The slowest of 20 edits of a quantity: saved as an undo step, every total recomputed.
    const QModelIndex line = model.indexOfLine(budget->version.lines.at(500).id)
                                 .siblingAtColumn(ui::BudgetTreeModel::Quantity);
    double slowest = 0;
    for (int i = 0; i < 20; ++i)
        slowest = std::max(slowest, bestOf(1, [&] {
                               if (!model.setData(line, QString::number(3 + i % 2)))
                                   qFatal("edit failed");
                           }));
    // A budget of 5,000 lines (the first half of the large one) to PDF and to XLSX.
    core::BudgetVersion half = version;
    half.name = QStringLiteral("Half");
    half.lines = version.lines.mid(0, 5000);
    const auto halfId = core::commands::addBudgetVersion(s, half);
    auto halfBudget = core::loadBudget(s.database().connection(), *halfId);
    const QString out = dir.filePath(QStringLiteral("budget"));
    const auto exportAs = [&](core::BudgetExport::Format format) {
        return bestOf(3, [&] {
            if (!core::BudgetExport::writeFile(out, *halfBudget, {format, {}, {}}))
                qFatal("export failed");
        });
    };
    rows.append({QStringLiteral("export a 5,000-line budget to PDF for signature"),
                 exportAs(core::BudgetExport::Format::Pdf), -1, QStringLiteral("under 2 s")});
    rows.append({QStringLiteral("export a 5,000-line budget to XLSX"),
                 exportAs(core::BudgetExport::Format::Xlsx), -1, QStringLiteral("under 1 s")});

    rows.append({QStringLiteral("edit one cell of the 10,000-line budget (saved as an undo step, "
                                "every total, the chart and the rules updated; slowest of 20)"),
                 slowest, -1, QStringLiteral("under 16 ms")});
    return rows;
}

} // namespace bench
