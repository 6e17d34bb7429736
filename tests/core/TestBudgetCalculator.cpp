// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetCalculator.h"
#include "core/budget/BudgetRules.h"

#include <QTest>

using namespace hamkor::core;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

BudgetLine line(const QString &category, qint64 member, const char *quantity, qint64 unitCostMinor,
                const QString &currency = "EUR", int period = 1)
{
    BudgetLine l;
    l.category = category;
    l.description = category;
    l.memberId = member;
    l.quantity = dec(quantity);
    l.unitCostMinor = unitCostMinor;
    l.currency = currency;
    l.period = period;
    return l;
}

ExchangeRate rate(const QString &from, const QString &to, const char *value, QDate date)
{
    return ExchangeRate{0, from, to, dec(value), date, "InforEuro"};
}

BudgetResult computed(const BudgetVersion &version, const QList<ExchangeRate> &rates = {})
{
    const auto layout = BudgetTemplate::find(version.templateCode);
    Q_ASSERT(layout);
    auto result = BudgetCalculator::compute(version, *layout, rates);
    if (!result)
        qFatal("%s", qPrintable(result.message()));
    return *result;
}

} // namespace

class TestBudgetCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // EU PRAG: salaries, travel and a service paid in tenge, converted at the EU's rate
    // quoted EUR → KZT; 7 % indirect costs of the direct costs, shared by the partners.
    void euPragBudget()
    {
        BudgetVersion v;
        v.rateDate = QDate(2026, 11, 1);
        v.lines = {line("1.1.1", 1, "12", 250000),            // 30 000.00
                   line("2.1", 2, "3", 123456, "EUR", 2),     // 3 703.68
                   line("3.5", 2, "1", 100000000, "KZT", 2)}; // 1 000 000.00 KZT
        const QList<ExchangeRate> rates = {rate("EUR", "KZT", "530.10", QDate(2026, 12, 1)),
                                           rate("EUR", "KZT", "521.47", QDate(2026, 10, 1)),
                                           rate("EUR", "KZT", "500", QDate(2026, 1, 1))};
        const BudgetResult r = computed(v, rates);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.lines.at(2).amountMinor, 100000000);
        QCOMPARE(r.lines.at(2).convertedMinor, 191766); // 1 000 000 / 521.47 = 1 917.6558…
        QVERIFY(r.lines.at(2).rate);
        QCOMPARE(r.lines.at(2).rate->date, QDate(2026, 10, 1)); // the latest before the date
        QVERIFY(!r.lines.at(0).rate);

        QCOMPARE(r.byCategory.value("1"), 3000000);
        QCOMPARE(r.byCategory.value("1.1"), 3000000);
        QCOMPARE(r.byCategory.value("1.1.1"), 3000000);
        QCOMPARE(r.byCategory.value("2"), 370368);
        QCOMPARE(r.byCategory.value("3"), 191766);
        QCOMPARE(r.total("7"), 3562134);
        QCOMPARE(r.total("8"), 249349); // 7 % of 35 621.34 = 2 493.4938
        QCOMPARE(r.total("9"), 3811483);
        QCOMPARE(r.total("10"), 0); // no contingency reserve unless the budget asks for one
        QCOMPARE(r.byMember.value(1), 3000000);
        QCOMPARE(r.byMember.value(2), 562134);
        QCOMPARE(r.byPeriod.value(1), 3000000);
        QCOMPARE(r.byPeriod.value(2), 562134);
        QCOMPARE(r.bySource.value("donor"), 3562134);
        // 2 099.9968 and 393.4932 rounded down leave a cent for the larger remainder.
        QCOMPARE(r.indirectByMember.value(1), 210000);
        QCOMPARE(r.indirectByMember.value(2), 39349);

        v.contingencyPct = dec("5");
        v.indirectPct = dec("6.5");
        const BudgetResult withReserve = computed(v, rates);
        QCOMPARE(withReserve.total("8"), 231539);  // 6.5 % of 35 621.34 = 2 315.3871
        QCOMPARE(withReserve.total("10"), 178107); // 5 % = 1 781.067
    }

    // A quantity times a unit cost, and a conversion, each rounded once, half away from zero.
    void lineRounding_data()
    {
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<qint64>("unitCost");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("eurRate"); // 1 EUR = rate of currency; empty: EUR itself
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("converted");
        QTest::addRow("half a cent up") << "2.5" << qint64(5) << "EUR"
                                        << "" << qint64(13) << qint64(13);
        QTest::addRow("negative half away") << "-2.5" << qint64(5) << "EUR"
                                            << "" << qint64(-13) << qint64(-13);
        QTest::addRow("months of a salary") << "2.5" << qint64(45000000) << "KZT"
                                            << "521.47" << qint64(112500000) << qint64(215736);
        QTest::addRow("no minor units") << "3" << qint64(15000) << "JPY"
                                        << "162.5" << qint64(45000) << qint64(27692);
        QTest::addRow("exactly half a cent") << "1" << qint64(1) << "USD"
                                             << "0.8" << qint64(1) << qint64(1); // 1.25 → 1
    }
    void lineRounding()
    {
        QFETCH(QString, quantity);
        QFETCH(qint64, unitCost);
        QFETCH(QString, currency);
        QFETCH(QString, eurRate);
        QFETCH(qint64, amount);
        QFETCH(qint64, converted);
        BudgetVersion v;
        v.lines = {line("1.1.1", 1, qPrintable(quantity), unitCost, currency)};
        QList<ExchangeRate> rates;
        if (!eurRate.isEmpty())
            rates = {rate("EUR", currency, qPrintable(eurRate), QDate(2026, 1, 1))};
        const BudgetResult r = computed(v, rates);
        QCOMPARE(r.lines.at(0).amountMinor, amount);
        QCOMPARE(r.lines.at(0).convertedMinor, converted);
        QCOMPARE(r.total("7"), converted);
    }

    void rates()
    {
        const QList<ExchangeRate> list = {rate("EUR", "KZT", "521.47", QDate(2026, 10, 1)),
                                          rate("KZT", "EUR", "0.0019", QDate(2026, 10, 1)),
                                          rate("USD", "EUR", "0.9", QDate(2026, 11, 1))};
        auto found = BudgetCalculator::findRate(list, "KZT", "EUR", QDate(2026, 11, 27));
        QVERIFY(found);
        QCOMPARE(found->first.rate, dec("0.0019")); // the direct quote wins on the same day
        QVERIFY(!found->second);
        found = BudgetCalculator::findRate(list, "EUR", "USD", QDate(2026, 11, 27));
        QVERIFY(found && found->second); // only USD → EUR is known: used divided
        QVERIFY(!BudgetCalculator::findRate(list, "EUR", "USD", QDate(2026, 10, 31)));
        QVERIFY(!BudgetCalculator::findRate(list, "EUR", "GBP", QDate(2026, 11, 27)));
    }

    // Lines that cannot be computed are named, and the rest of the budget still adds up.
    void problemsAreNamed_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no rate") << "2.1"
                                 << "GBP"
                                 << "no exchange rate from GBP to EUR";
        QTest::addRow("heading with sub-headings") << "1.1"
                                                   << "EUR"
                                                   << "heading 1.1 has sub-headings";
        QTest::addRow("unknown heading") << "9.9"
                                         << "EUR"
                                         << "heading 9.9 is not in the template";
        QTest::addRow("unknown currency") << "2.1"
                                          << "XYZ"
                                          << "XYZ is not an ISO 4217 currency";
        QTest::addRow("no heading") << ""
                                    << "EUR"
                                    << "has no heading";
    }
    void problemsAreNamed()
    {
        QFETCH(QString, category);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        BudgetVersion v;
        v.lines = {line("1.1.1", 1, "1", 100000), line(category, 1, "1", 5000, currency)};
        v.lines[1].description = "Flights";
        const BudgetResult r = computed(v);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().contains(expected), qPrintable(r.problems.first()));
        QVERIFY2(r.problems.first().startsWith("Line 2 (Flights)"), qPrintable(r.problems.first()));
        QCOMPARE(r.lines.at(1).problem, r.problems.first());
        QCOMPARE(r.total("7"), 100000);
    }

    void unknownBudgetCurrencyFails()
    {
        BudgetVersion v;
        v.currency = "ECU";
        QVERIFY(!BudgetCalculator::compute(v, *BudgetTemplate::find("eu-prag"), {}));
    }

    // Sources: each share rounded, the last one the line has takes the rest.
    void fundingSources()
    {
        BudgetVersion v;
        BudgetLine l = line("1.1.1", 1, "1", 10005); // 100.05
        l.donorPct = dec("90");
        l.ownPct = dec("10");
        BudgetLine k = line("2.1", 1, "1", 10000);
        k.donorPct = dec("80");
        k.otherPct = dec("15");
        k.inKindPct = dec("5");
        v.lines = {l, k};
        const BudgetResult r = computed(v);
        QCOMPARE(r.bySource.value("donor"), 9005 + 8000); // 90.045 → 90.05
        QCOMPARE(r.bySource.value("own"), 1000);          // the rest: 10.00, not 10.01
        QCOMPARE(r.bySource.value("other_donors"), 1500);
        QCOMPARE(r.bySource.value("in_kind"), 500);
        qint64 sum = 0;
        for (const qint64 part : r.bySource)
            sum += part;
        QCOMPARE(sum, r.total("7"));
    }

    // Older EU layout: contingency before indirect costs, taxes on their own line.
    void euPragLegacy()
    {
        BudgetVersion v;
        v.templateCode = "eu-prag-legacy";
        v.contingencyPct = dec("5");
        v.lines = {line("1.1.1", 1, "1", 1000000), line("12", 1, "1", 20000)};
        const BudgetResult r = computed(v);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.total("7"), 1000000);
        QCOMPARE(r.total("8"), 50000);
        QCOMPARE(r.total("9"), 1050000);
        QCOMPARE(r.total("10"), 73500); // 7 % of 9
        QCOMPARE(r.total("11"), 1123500);
        QCOMPARE(r.total("12"), 20000);
        QCOMPARE(r.byMember.value(1), 1000000); // taxes are no direct cost
    }

    // Horizon Europe: 25 % of personnel, purchases and internal invoices, not subcontracting.
    void horizonEurope()
    {
        BudgetVersion v;
        v.templateCode = "horizon-europe";
        v.lines = {line("A.1", 1, "1", 400000), line("B", 1, "1", 100000),
                   line("C.1", 2, "1", 50000), line("D.2", 2, "1", 10000)};
        const BudgetResult r = computed(v);
        QCOMPARE(r.total("E"), 115000);
        QCOMPARE(r.total("T"), 675000);
        QCOMPARE(r.indirectByMember.value(1) + r.indirectByMember.value(2), 115000);
    }

    // Each beneficiary's indirect costs are 25 % of its own base: member 1's subcontracting
    // (B) earns it none. Base 1: 1 000.00 (A.1); base 2: 1 000.00 (A.1), not its 2 000.00 of
    // B. E = 25 % of 2 000.00 = 500.00, shared 250.00 / 250.00 (by direct costs it would be
    // 166.67 / 333.33).
    void indirectSharedByEachMembersBase()
    {
        BudgetVersion v;
        v.templateCode = "horizon-europe";
        v.lines = {line("A.1", 1, "1", 100000), line("A.1", 2, "1", 100000),
                   line("B", 2, "1", 200000)};
        const BudgetResult r = computed(v);
        QCOMPARE(r.total("E"), 50000);
        QCOMPARE(r.indirectByMember.value(1), 25000);
        QCOMPARE(r.indirectByMember.value(2), 25000);
    }

    // Per beneficiary, each member's 25 % is rounded on its own and E is their sum, as the
    // donor's budget table adds them: 0.02 EUR of personnel each earns 0.005 → 0.01, E =
    // 0.02 (25 % of the whole 0.04 would round to 0.01). The flat-rate rule still passes.
    void perBeneficiaryRounding()
    {
        BudgetVersion v;
        v.templateCode = "horizon-europe";
        v.lines = {line("A.1", 1, "1", 2), line("A.1", 2, "1", 2)};
        const BudgetResult r = computed(v);
        QCOMPARE(r.total("E"), 2);
        QCOMPARE(r.indirectByMember.value(1), 1);
        QCOMPARE(r.indirectByMember.value(2), 1);
        QCOMPARE(r.total("T"), 6);
        const auto layout = BudgetTemplate::find("horizon-europe");
        bool checked = false;
        for (const BudgetCheck &check :
             BudgetRules::check(v, *layout, r, Proposal(), std::nullopt, {}))
            if (check.rule.startsWith("Indirect costs within the cap")) {
                QVERIFY2(check.passed, qPrintable(check.detail));
                checked = true;
            }
        QVERIFY(checked);
        // Lowered below the flat rate, it fails all the same: 20 % of 100.00 each.
        v.indirectPct = Decimal::fromInteger(20);
        v.lines = {line("A.1", 1, "1", 10000), line("A.1", 2, "1", 10000)};
        const BudgetResult lowered = computed(v);
        for (const BudgetCheck &check :
             BudgetRules::check(v, *layout, lowered, Proposal(), std::nullopt, {}))
            if (check.rule.startsWith("Indirect costs within the cap"))
                QVERIFY(!check.passed);
    }

    // SF-424A: the de minimis 15 % of modified total direct costs, without equipment.
    void sf424a()
    {
        BudgetVersion v;
        v.templateCode = "sf-424a";
        v.currency = "USD";
        v.lines = {line("a", 1, "1", 100000, "USD"), line("d", 1, "1", 500000, "USD")};
        BudgetResult r = computed(v);
        QCOMPARE(r.total("i"), 600000);
        QCOMPARE(r.total("j"), 15000);
        QCOMPARE(r.total("k"), 615000);
        v.indirectPct = dec("10");
        r = computed(v);
        QCOMPARE(r.total("j"), 10000);
    }

    // The generic template takes the headings the user writes.
    void genericHeadings()
    {
        BudgetVersion v;
        v.templateCode = "generic";
        v.indirectPct = dec("10");
        v.lines = {line("Staff", 1, "2", 1000), line("Travel", 1, "1", 500)};
        const BudgetResult r = computed(v);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.total("S"), 2500);
        QCOMPARE(r.total("I"), 250);
        QCOMPARE(r.total("T"), 2750);
    }
};

QTEST_GUILESS_MAIN(TestBudgetCalculator)
#include "TestBudgetCalculator.moc"
