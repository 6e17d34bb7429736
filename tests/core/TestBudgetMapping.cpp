// SPDX-License-Identifier: GPL-3.0-or-later
// A budget laid out in another donor's template: where each heading's lines go, and the
// totals by that donor's rules.
#include "core/budget/BudgetMapping.h"
#include "tests/core/BudgetSamples.h"

#include <QTest>

using namespace hamkor::core;
using namespace hamkor::core::samples;

class TestBudgetMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A heading's lines move to the other template's heading for the same kind of cost, or
    // the nearest one it has.
    void headingFor_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("EU staff → Horizon") << "eu-prag"
                                            << "1.1.2"
                                            << "horizon-europe"
                                            << "A.1";
        QTest::newRow("EU per diems → Horizon travel") << "eu-prag"
                                                       << "1.3.3"
                                                       << "horizon-europe"
                                                       << "C.1";
        QTest::newRow("EU vehicles → SF equipment") << "eu-prag"
                                                    << "3.1"
                                                    << "sf-424a"
                                                    << "d";
        QTest::newRow("EU office rent → SF other") << "eu-prag"
                                                   << "4.2"
                                                   << "sf-424a"
                                                   << "h";
        QTest::newRow("EU audit → SF contractual") << "eu-prag"
                                                   << "5.3"
                                                   << "sf-424a"
                                                   << "f";
        QTest::newRow("Horizon subcontracting → EU other") << "horizon-europe"
                                                           << "B"
                                                           << "eu-prag"
                                                           << "6";
        QTest::newRow("Horizon equipment → EU equipment") << "horizon-europe"
                                                          << "C.2"
                                                          << "eu-prag"
                                                          << "3.2";
        QTest::newRow("SF fringe → EU staff") << "sf-424a"
                                              << "b"
                                              << "eu-prag"
                                              << "1.1.1";
        QTest::newRow("SF fringe → Horizon employees") << "sf-424a"
                                                       << "b"
                                                       << "horizon-europe"
                                                       << "A.1";
        QTest::newRow("SF supplies → EU supplies") << "sf-424a"
                                                   << "e"
                                                   << "eu-prag"
                                                   << "3.5";
        QTest::newRow("older EU taxes → newer EU other") << "eu-prag-legacy"
                                                         << "12"
                                                         << "eu-prag"
                                                         << "6";
    }

    void headingFor()
    {
        QFETCH(QString, from);
        QFETCH(QString, code);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        const auto source = BudgetTemplate::find(from);
        const auto target = BudgetTemplate::find(to);
        QVERIFY(source && target);
        QCOMPARE(BudgetMapping::headingFor(*target, BudgetMapping::kindOf(*source, code)),
                 expected);
    }

    // A user's headings (generic) are read by their names, in English or Russian.
    void kindOfUserHeadings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::newRow("staff") << "Project staff"
                               << "staff";
        QTest::newRow("per diems first") << "Per diems of staff"
                                         << "per_diems";
        QTest::newRow("Russian travel") << QStringLiteral("Командировки") << "travel";
        QTest::newRow("training") << "Training of farmers"
                                  << "events";
        QTest::newRow("Russian rent") << QStringLiteral("Аренда офиса") << "office";
        QTest::newRow("nothing known") << "Demonstration sites"
                                       << "other";
    }

    void kindOfUserHeadings()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        const auto layout = BudgetTemplate::forVersion("generic", {{"G1", name}});
        QCOMPARE(BudgetMapping::kindOf(*layout, "G1"), kind);
    }

    // The sample budget (EU PRAG at its 7 % of indirect costs) in every other template, its
    // totals by that donor's rules: Horizon Europe's flat 25 % of A + C = 758.50; the 7 %
    // carried over everywhere a budget chooses its rate: 7 % of 3 034.00 = 212.38 of SF-424A's
    // direct costs (no equipment), of the older EU layout's 9, of the generic direct costs.
    void relayout_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("staff");
        QTest::addColumn<QString>("travel");
        QTest::addColumn<qint64>("total");
        QTest::newRow("Horizon Europe") << "horizon-europe"
                                        << "A.1"
                                        << "C.1" << qint64(379250);
        QTest::newRow("SF-424A") << "sf-424a"
                                 << "a"
                                 << "c" << qint64(324638);
        QTest::newRow("older EU layout") << "eu-prag-legacy"
                                         << "1.1.1"
                                         << "2.1" << qint64(324638);
        QTest::newRow("generic") << "generic"
                                 << "1.1.1"
                                 << "2.1" << qint64(324638);
    }

    void relayout()
    {
        QFETCH(QString, to);
        QFETCH(QString, staff);
        QFETCH(QString, travel);
        QFETCH(qint64, total);
        const LoadedBudget b = budget("eu-prag");
        const auto relaid = BudgetMapping::relayout(b, to);
        QVERIFY2(relaid, qPrintable(relaid.message()));
        const LoadedBudget &r = relaid->budget;
        QCOMPARE(r.version.templateCode, to);
        QCOMPARE(r.version.lines.at(0).category, staff);
        QCOMPARE(r.version.lines.at(1).category, travel);
        QCOMPARE(r.result.total(r.layout.grandTotal()->code), total);
        QCOMPARE(r.figures.eligible, total);
        QVERIFY(r.layoutName().contains("laid out from"));
        QCOMPARE(relaid->moves.size(), 2);
        QCOMPARE(relaid->moves.at(0).lines, 1);
        // The budget's own template: nothing moves.
        const auto same = BudgetMapping::relayout(b, "eu-prag");
        QVERIFY(same && same->moves.isEmpty());
        QVERIFY(!BudgetMapping::relayout(b, "nope"));
    }
};

QTEST_GUILESS_MAIN(TestBudgetMapping)
#include "TestBudgetMapping.moc"
