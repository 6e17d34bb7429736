// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetRules.h"

#include <QTest>

using namespace hamkor::core;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

BudgetLine line(qint64 id, const QString &category, qint64 member, const char *quantity,
                qint64 unitCostMinor, const QString &currency, const QString &description)
{
    BudgetLine l;
    l.id = id;
    l.category = category;
    l.description = description;
    l.memberId = member;
    l.quantity = dec(quantity);
    l.unitCostMinor = unitCostMinor;
    l.currency = currency;
    l.donorPct = dec("90");
    l.ownPct = dec("10");
    return l;
}

ConsortiumMember member(qint64 id, const QString &role)
{
    ConsortiumMember m;
    m.id = id;
    m.organisationId = id;
    m.role = role;
    return m;
}

// The budget every case starts from (EU PRAG, EUR, rate date 1 November 2026):
//   A 1.1.1 lead         10 × 1 000.00 EUR                 = 10 000.00
//   B 2.1   associate     2 ×   500.00 EUR                 =  1 000.00
//   C 3.2   co-applicant  1 × 1 000 000.00 KZT at 500 KZT  =  2 000.00
//   7 direct 13 000.00; 8 indirect 7 % = 910.00; 9 total eligible 13 910.00
//   donor 90 % of every line: 11 700.00 of 13 000.00 → grant 13 910.00 × 0.9 = 12 519.00,
//   co-financing 1 391.00 (10 %).
struct Case
{
    BudgetVersion version;
    Proposal proposal;
    std::optional<Call> call;
    QList<ExchangeRate> rates;
};

Case base()
{
    Case c;
    c.version.name = "Draft 1";
    c.version.currency = "EUR";
    c.version.rateDate = QDate(2026, 11, 1);
    c.version.indirectPct = dec("7");
    c.version.lines = {line(11, "1.1.1", 1, "10", 100000, "EUR", "Coordinator"),
                       line(12, "2.1", 3, "2", 50000, "EUR", "Flights"),
                       line(13, "3.2", 2, "1", 100000000, "KZT", "Laptops")};
    c.proposal.durationMonths = 36;
    c.proposal.members = {member(1, "lead"), member(2, "co-applicant"), member(3, "associate")};
    Call call;
    call.currency = "EUR";
    call.minAmountMinor = 1000000;
    call.maxAmountMinor = 2000000;
    call.cofinancingMinPct = dec("10");
    c.call = call;
    c.rates = {ExchangeRate{0, "EUR", "KZT", dec("500"), QDate(2026, 10, 1), "InforEuro"}};
    return c;
}

Case scenario(int which)
{
    Case c = base();
    switch (which) {
    case 1: // indirect costs above the cap: 7.5 % of 13 000.00 = 975.00
        c.version.indirectPct = dec("7.5");
        break;
    case 2: // contingency above the cap: 6 % of 13 000.00 = 780.00
        c.version.contingencyPct = dec("6");
        break;
    case 3:
        c.version.contingencyPct = dec("5");
        break;
    case 4:
        c.call->maxAmountMinor = 1200000;
        break;
    case 5:
        c.call->minAmountMinor = 1300000;
        break;
    case 6: // limits in USD: 10 000–20 000 USD at 0.8 → 8 000.00–16 000.00 EUR
        c.call->currency = "USD";
        c.rates.append({0, "USD", "EUR", dec("0.8"), QDate(2026, 11, 1), "InforEuro"});
        break;
    case 7:
        c.call->currency = "USD";
        break;
    case 8: // the coordinator at 95 %: donor 9 500 + 900 + 1 800 = 12 200.00 of 13 000.00,
            // grant 13 910.00 × 12 200 / 13 000 = 13 054.00, co-financing 856.00 = 6.15 %
        c.version.lines[0].donorPct = dec("95");
        c.version.lines[0].ownPct = dec("5");
        break;
    case 9: // the associate buys equipment
        c.version.lines[1].category = "3.2";
        break;
    case 10:
        c.version.lines[2].memberId = 99;
        break;
    case 11:
        c.rates.clear();
        break;
    case 12:
        c.version.lines[2].period = 4;
        break;
    case 13: // the call caps indirect costs lower than the donor
        c.call->indirectCapPct = dec("5");
        break;
    case 14: // Horizon Europe: associated partners charge nothing
        c.version.templateCode = "horizon-europe";
        c.version.indirectPct.reset();
        c.version.lines = {line(11, "A.1", 1, "10", 100000, "EUR", "Researcher"),
                           line(12, "C.1", 3, "2", 50000, "EUR", "Field trip")};
        break;
    case 15: // Horizon Europe's flat rate, lowered: 20 % of 1 000.00 = 200.00
        c.version.templateCode = "horizon-europe";
        c.version.indirectPct = dec("20");
        c.version.lines = {line(11, "A.1", 1, "1", 100000, "EUR", "Researcher")};
        break;
    }
    return c;
}

QList<BudgetCheck> run(const Case &c)
{
    const auto layout = BudgetTemplate::find(c.version.templateCode);
    Q_ASSERT(layout);
    const auto result = BudgetCalculator::compute(c.version, *layout, c.rates);
    Q_ASSERT(result);
    return BudgetRules::check(c.version, *layout, *result, c.proposal, c.call, c.rates);
}

} // namespace

class TestBudgetRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figures()
    {
        const Case c = base();
        const auto layout = BudgetTemplate::find("eu-prag");
        const auto result = BudgetCalculator::compute(c.version, *layout, c.rates);
        QVERIFY(result);
        const BudgetFigures f = BudgetRules::figures(c.version, *layout, *result);
        QCOMPARE(f.direct, 1300000);
        QCOMPARE(f.indirect, 91000);
        QCOMPARE(f.eligible, 1391000);
        QCOMPARE(f.grant, 1251900);
        QCOMPARE(f.cofinancing, 139100);
        QCOMPARE(f.grantPct, dec("90"));
    }

    // Horizon Europe funds a rate of the eligible costs: 70 % of (1 000.00 + 25 %) = 875.00.
    void fundingRate()
    {
        BudgetVersion v;
        v.templateCode = "horizon-europe";
        v.fundingRatePct = dec("70");
        v.lines = {line(1, "A.1", 1, "1", 100000, "EUR", "Researcher")};
        const auto layout = BudgetTemplate::find("horizon-europe");
        const auto result = BudgetCalculator::compute(v, *layout, {});
        QVERIFY(result);
        const BudgetFigures f = BudgetRules::figures(v, *layout, *result);
        QCOMPARE(f.eligible, 125000);
        QCOMPARE(f.grant, 87500);
        QCOMPARE(f.grantPct, dec("70"));
    }

    void rules_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QList<qint64>>("lines");

        QTest::newRow("indirect at the cap")
            << 0 << "Indirect costs within the cap (8)" << true
            << "Indirect costs are 910.00 EUR, 7 % of 13,000.00 EUR; at most 7 % is allowed."
            << QList<qint64>{};
        QTest::newRow("indirect over the cap")
            << 1 << "Indirect costs within the cap (8)" << false
            << "Indirect costs are 975.00 EUR, 7.5 % of 13,000.00 EUR; at most 7 % is allowed. "
               "Lower the rate to 7 % or less."
            << QList<qint64>{};
        QTest::newRow("indirect over the call's cap")
            << 13 << "Indirect costs within the cap (8)" << false
            << "Indirect costs are 910.00 EUR, 7 % of 13,000.00 EUR; at most 5 % is allowed. "
               "Lower the rate to 5 % or less."
            << QList<qint64>{};
        QTest::newRow("Horizon's flat rate lowered")
            << 15 << "Indirect costs within the cap (E)" << false
            << "Indirect costs are 200.00 EUR, 20 % of 1,000.00 EUR; the donor's flat rate is "
               "25 %. Use the flat rate of 25 %."
            << QList<qint64>{};
        QTest::newRow("contingency over the cap")
            << 2 << "Contingency within the cap (10)" << false
            << "The contingency reserve is 780.00 EUR, 6 % of 13,000.00 EUR; at most 5 % is "
               "allowed. Lower the rate to 5 % or less."
            << QList<qint64>{};
        QTest::newRow("contingency at the cap")
            << 3 << "Contingency within the cap (10)" << true
            << "The contingency reserve is 650.00 EUR, 5 % of 13,000.00 EUR; at most 5 % is "
               "allowed."
            << QList<qint64>{};
        QTest::newRow("grant within limits")
            << 0 << "Grant within the call's limits" << true
            << "The grant asked for is 12,519.00 EUR; the call gives between 10,000.00 EUR and "
               "20,000.00 EUR."
            << QList<qint64>{};
        QTest::newRow("grant above the maximum")
            << 4 << "Grant within the call's limits" << false
            << "The grant asked for is 12,519.00 EUR; the call gives between 10,000.00 EUR and "
               "12,000.00 EUR."
            << QList<qint64>{};
        QTest::newRow("grant below the minimum")
            << 5 << "Grant within the call's limits" << false
            << "The grant asked for is 12,519.00 EUR; the call gives between 13,000.00 EUR and "
               "20,000.00 EUR."
            << QList<qint64>{};
        QTest::newRow("limits in another currency")
            << 6 << "Grant within the call's limits" << true
            << "The grant asked for is 12,519.00 EUR; the call gives between 8,000.00 EUR and "
               "16,000.00 EUR (converted from USD at 0.8 of 2026-11-01)."
            << QList<qint64>{};
        QTest::newRow("limits without a rate")
            << 7 << "Grant within the call's limits" << false
            << "The call's limits are in USD and there is no rate from USD to EUR on or before "
               "2026-11-01 to compare them."
            << QList<qint64>{};
        QTest::newRow("co-financing at the minimum")
            << 0 << "Co-financing" << true
            << "Co-financing is 1,391.00 EUR, 10 % of the eligible costs of 13,910.00 EUR (the "
               "donor's share is 90 %); the call asks for at least 10 %."
            << QList<qint64>{};
        QTest::newRow("co-financing under the minimum")
            << 8 << "Co-financing" << false
            << "Co-financing is 856.00 EUR, 6.15 % of the eligible costs of 13,910.00 EUR (the "
               "donor's share is 93.85 %); the call asks for at least 10 %."
            << QList<qint64>{};
        QTest::newRow("associate's travel")
            << 0 << "Associates charge only what they may" << true
            << "Under EU external action grant (PRAG), newer layout, associates may charge only "
               "headings 1.3, 2 (travel and per diems); no associate's line breaks this."
            << QList<qint64>{};
        QTest::newRow("associate's equipment")
            << 9 << "Associates charge only what they may" << false
            << "Under EU external action grant (PRAG), newer layout, associates may charge only "
               "headings 1.3, 2 (travel and per diems): line 2 (Flights)."
            << QList<qint64>{12};
        QTest::newRow("Horizon associate")
            << 14 << "Associates charge only what they may" << false
            << "Under Horizon Europe, associates may charge no costs: line 2 (Field trip)."
            << QList<qint64>{12};
        QTest::newRow("members") << 0 << "Every line for a member of the consortium" << true
                                 << "Every line is for a member of the consortium."
                                 << QList<qint64>{};
        QTest::newRow("a stranger's line")
            << 10 << "Every line for a member of the consortium" << false
            << "1 line(s) for no member of the consortium: line 3 (Laptops)." << QList<qint64>{13};
        QTest::newRow("rates") << 0 << "An exchange rate for every currency" << true
                               << "Every line in another currency has a rate to EUR on or before "
                                  "2026-11-01."
                               << QList<qint64>{};
        QTest::newRow("a missing rate")
            << 11 << "An exchange rate for every currency" << false
            << "No rate to EUR on or before 2026-11-01 from KZT: line 3 (Laptops)."
            << QList<qint64>{13};
        QTest::newRow("years") << 0 << "Every line within the proposal's years" << true
                               << "The proposal runs 3 year(s); every line is in one of them."
                               << QList<qint64>{};
        QTest::newRow("a fourth year of three")
            << 12 << "Every line within the proposal's years" << false
            << "The proposal runs 3 year(s) (36 months); outside them: line 3 (Laptops)."
            << QList<qint64>{13};
    }

    void rules()
    {
        QFETCH(int, scenario);
        QFETCH(QString, rule);
        const QList<BudgetCheck> checks = run(::scenario(scenario));
        const auto it = std::find_if(checks.cbegin(), checks.cend(),
                                     [&](const BudgetCheck &c) { return c.rule == rule; });
        QVERIFY2(it != checks.cend(), qPrintable("no rule " + rule));
        QTEST(it->detail, "detail");
        QTEST(it->passed, "passed");
        QTEST(it->lineIds, "lines");
    }

    // Without a call and without associates only the budget's own rules are checked.
    void standalone()
    {
        Case c = base();
        c.call.reset();
        c.proposal.members.removeLast();
        c.version.lines.removeAt(1);
        QStringList rules;
        for (const BudgetCheck &check : run(c)) {
            rules << check.rule;
            QVERIFY2(check.passed, qPrintable(check.detail));
        }
        QCOMPARE(rules, (QStringList{"Indirect costs within the cap (8)",
                                     "Contingency within the cap (10)",
                                     "Every line for a member of the consortium",
                                     "An exchange rate for every currency",
                                     "Every line within the proposal's years"}));
    }
};

QTEST_GUILESS_MAIN(TestBudgetRules)
#include "TestBudgetRules.moc"
