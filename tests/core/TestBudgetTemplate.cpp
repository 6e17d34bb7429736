// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetTemplate.h"
#include "core/reference/ReferenceList.h"

#include <QTest>

using namespace hamkor::core;

class TestBudgetTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTemplate_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("leaves"); // some headings lines go under
        QTest::addColumn<QStringList>("totals"); // the totals lines, in order
        QTest::addRow("EU PRAG") << "eu-prag"
                                 << QStringList{"1.1.1", "1.1.2", "1.2", "1.3.3", "2.2",
                                                "3.5",   "4.4",   "5.8", "6"}
                                 << QStringList{"7", "8", "9", "10"};
        QTest::addRow("EU PRAG, older layout") << "eu-prag-legacy" << QStringList{"1.1.1", "6"}
                                               << QStringList{"7", "8", "9", "10", "11", "12"};
        QTest::addRow("Horizon Europe")
            << "horizon-europe" << QStringList{"A.1", "A.4", "B", "C.1", "C.3", "D.1", "D.2"}
            << QStringList{"E", "T"};
        QTest::addRow("SF-424A") << "sf-424a" << QStringList{"a", "b", "c", "d", "e", "f", "g", "h"}
                                 << QStringList{"i", "j", "k"};
        QTest::addRow("generic") << "generic" << QStringList{} << QStringList{"S", "I", "T"};
    }
    void everyTemplate()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, leaves);
        QFETCH(QStringList, totals);
        const auto t = BudgetTemplate::find(code);
        QVERIFY(t);
        QVERIFY(!t->name().isEmpty());
        for (const QString &leaf : leaves)
            QVERIFY2(t->isLeaf(leaf), qPrintable(leaf));
        QStringList found;
        for (const BudgetTotalLine &line : t->totals()) {
            found << line.code;
            QVERIFY(!line.english.isEmpty() && !line.russian.isEmpty());
        }
        QCOMPARE(found, totals);
        for (const BudgetCategory &category : t->categories())
            QVERIFY2(!category.russian.isEmpty(), qPrintable(category.code));
    }

    void suggestedForADonor_data()
    {
        QTest::addColumn<QString>("donor");
        QTest::addColumn<QString>("code");
        QTest::addRow("EU") << "European Union"
                            << "eu-prag";
        QTest::addRow("EU short") << "EU"
                                  << "eu-prag";
        QTest::addRow("Horizon") << "Horizon Europe"
                                 << "horizon-europe";
        QTest::addRow("USAID") << "USAID"
                               << "sf-424a";
        QTest::addRow("GEF") << "GEF Small Grants Programme"
                             << "generic";
        QTest::addRow("Eurasia is not the EU") << "Eurasia Foundation"
                                               << "generic";
        QTest::addRow("empty") << ""
                               << "generic";
    }
    void suggestedForADonor()
    {
        QFETCH(QString, donor);
        QFETCH(QString, code);
        QCOMPARE(BudgetTemplate::suggestedFor(donor), code);
        QVERIFY(BudgetTemplate::find(code));
    }

    void euRules()
    {
        const auto prag = BudgetTemplate::find("eu-prag");
        QVERIFY(!prag->isLeaf("1.1")); // a heading with sub-headings takes no lines
        QVERIFY(!prag->isLeaf("7"));   // totals lines are not headings
        QCOMPARE(prag->ancestry("1.1.1"), QStringList({"1.1.1", "1.1", "1"}));
        QCOMPARE(prag->category("1.3.3")->depth, 2);
        const BudgetTotalLine &indirect = prag->totals().at(1);
        QCOMPARE(indirect.kind, BudgetTotalLine::Kind::Indirect);
        QCOMPARE(indirect.base, QStringList({"7"}));
        QCOMPARE(indirect.capPct->toString(), "7");
        QCOMPARE(prag->totals().at(3).kind, BudgetTotalLine::Kind::Contingency);
        QCOMPARE(prag->totals().at(3).capPct->toString(), "5");
        // The older layout: contingency before indirect costs, which are on 9.
        const auto legacy = BudgetTemplate::find("eu-prag-legacy");
        QCOMPARE(legacy->totals().at(1).kind, BudgetTotalLine::Kind::Contingency);
        QCOMPARE(legacy->totals().at(3).base, QStringList({"9"}));
        QCOMPARE(legacy->totals().at(5).kind, BudgetTotalLine::Kind::Taxes);
    }

    void horizonAndUsRules()
    {
        const auto horizon = BudgetTemplate::find("horizon-europe");
        QVERIFY(horizon->perBeneficiary());
        QCOMPARE(horizon->totals().at(0).base, QStringList({"A", "C", "D.2"})); // not B, not D.1
        QCOMPARE(horizon->totals().at(0).ratePct->toString(), "25");
        const auto us = BudgetTemplate::find("sf-424a");
        QCOMPARE(us->currency(), "USD");
        QCOMPARE(us->totals().at(1).ratePct->toString(), "15"); // de minimis since Oct 2024
        QCOMPARE(us->totals().at(1).baseExcludes, QStringList({"d", "g"}));
    }

    void namesFollowTheLanguage()
    {
        const auto prag = BudgetTemplate::find("eu-prag");
        setDisplayLanguage("ru");
        QCOMPARE(prag->category("2")->name(), QStringLiteral("Поездки"));
        setDisplayLanguage("en");
        QCOMPARE(prag->category("2")->name(), QStringLiteral("Travel"));
        QVERIFY(!BudgetTemplate::find("no-such-template"));
        QCOMPARE(BudgetTemplate::codes().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestBudgetTemplate)
#include "TestBudgetTemplate.moc"
