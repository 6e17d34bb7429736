// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Money.h"

#include <QTest>

#include <limits>

using namespace hamkor::core;

namespace {
Currency currency(const char *code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}
Decimal decimal(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencies_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("minor");
        QTest::addRow("EUR") << "EUR" << 2;
        QTest::addRow("USD") << "USD" << 2;
        QTest::addRow("KZT") << "KZT" << 2;
        QTest::addRow("KGS") << "KGS" << 2;
        QTest::addRow("TJS") << "TJS" << 2;
        QTest::addRow("TMT") << "TMT" << 2;
        QTest::addRow("UZS") << "UZS" << 2;
        QTest::addRow("RUB") << "RUB" << 2;
        QTest::addRow("AFN") << "AFN" << 2;
        QTest::addRow("GBP") << "GBP" << 2;
        QTest::addRow("CHF") << "CHF" << 2;
        QTest::addRow("JPY") << "JPY" << 0;
        QTest::addRow("KWD") << "KWD" << 3;
        QTest::addRow("lower case") << "eur" << 2;
    }
    void currencies()
    {
        QFETCH(QString, code);
        QFETCH(int, minor);
        const auto found = Currency::fromCode(code);
        QVERIFY(found);
        QCOMPARE(found->minorUnits(), minor);
        QCOMPARE(found->code(), code.toUpper());
        QVERIFY(!found->name(u"en").isEmpty());
        QVERIFY(!found->name(u"ru").isEmpty());
    }
    void unknownCurrency()
    {
        QVERIFY(!Currency::fromCode(u"XYZ"));
        QVERIFY(!Currency::fromCode(u""));
        QVERIFY(!Currency::fromCode(u"EURO"));
    }

    void times_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<qint64>("expected");
        // 12 months × 450 000.00 KZT = 5 400 000.00 KZT
        QTest::addRow("whole") << qint64(45000000) << "KZT"
                               << "12" << qint64(540000000);
        // 2.5 months × 1 234.57 EUR = 3 086.425 → 3 086.43 (half away from zero)
        QTest::addRow("half up") << qint64(123457) << "EUR"
                                 << "2.5" << qint64(308643);
        // 0.5 × 0.01 EUR = 0.005 → 0.01
        QTest::addRow("smallest half") << qint64(1) << "EUR"
                                       << "0.5" << qint64(1);
        // 0.49 × 0.01 EUR = 0.0049 → 0.00
        QTest::addRow("below half") << qint64(1) << "EUR"
                                    << "0.49" << qint64(0);
        // -2.5 × 1 234.57 EUR = -3 086.425 → -3 086.43 (away from zero, not up)
        QTest::addRow("negative half") << qint64(-123457) << "EUR"
                                       << "2.5" << qint64(-308643);
        // 3 × 1 000 JPY = 3 000 JPY; 1.5 × 333 JPY = 499.5 → 500
        QTest::addRow("yen") << qint64(333) << "JPY"
                             << "1.5" << qint64(500);
        // 0.333 × 100.00 EUR = 33.30
        QTest::addRow("fraction") << qint64(10000) << "EUR"
                                  << "0.333" << qint64(3330);
        QTest::addRow("zero") << qint64(10000) << "EUR"
                              << "0" << qint64(0);
    }
    void times()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, code);
        QFETCH(QString, quantity);
        QFETCH(qint64, expected);
        const Money amount(minor, *Currency::fromCode(code));
        const auto result = amount.times(*Decimal::parse(quantity));
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result->minorUnits(), expected);
        QCOMPARE(result->currency(), amount.currency());
    }

    void percent_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("pct");
        QTest::addColumn<qint64>("expected");
        // 7 % of 100 000.00 = 7 000.00
        QTest::addRow("7 percent") << qint64(10000000) << "7" << qint64(700000);
        // 7 % of 12 345.67 = 864.1969 → 864.20
        QTest::addRow("rounds up") << qint64(1234567) << "7" << qint64(86420);
        // 25 % of 0.02 = 0.005 → 0.01
        QTest::addRow("half") << qint64(2) << "25" << qint64(1);
        // 5 % of 0.10 = 0.005 → 0.01; 5 % of 0.09 = 0.0045 → 0.00
        QTest::addRow("half exactly") << qint64(10) << "5" << qint64(1);
        QTest::addRow("below half") << qint64(9) << "5" << qint64(0);
        // 15.5 % of 1 000.00 = 155.00
        QTest::addRow("decimal percent") << qint64(100000) << "15.5" << qint64(15500);
        // 7 % of -0.50 = -0.035 → -0.04
        QTest::addRow("negative") << qint64(-50) << "7" << qint64(-4);
    }
    void percent()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, pct);
        QFETCH(qint64, expected);
        const auto result = Money(minor, currency("EUR")).percent(*Decimal::parse(pct));
        QVERIFY(result.ok());
        QCOMPARE(result->minorUnits(), expected);
    }

    void conversion_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("inverse");
        QTest::addColumn<qint64>("expected");
        // 5 400 000.00 KZT × 0.001780 = 9 612.00 EUR
        QTest::addRow("KZT to EUR") << qint64(540000000) << "KZT"
                                    << "0.001780"
                                    << "EUR" << false << qint64(961200);
        // 680 000.00 KGS × 0.010250 = 6 970.00 EUR
        QTest::addRow("KGS to EUR") << qint64(68000000) << "KGS"
                                    << "0.010250"
                                    << "EUR" << false << qint64(697000);
        // 114 000 000.00 UZS × 0.0000742 = 8 458.80 EUR
        QTest::addRow("UZS to EUR") << qint64(11400000000) << "UZS"
                                    << "0.0000742"
                                    << "EUR" << false << qint64(845880);
        // 123.45 USD × 0.8620 = 106.41390 → 106.41 EUR
        QTest::addRow("USD to EUR rounds down") << qint64(12345) << "USD"
                                                << "0.8620"
                                                << "EUR" << false << qint64(10641);
        // 0.58 USD × 0.8620 = 0.49996 → 0.50
        QTest::addRow("USD to EUR rounds up") << qint64(58) << "USD"
                                              << "0.8620"
                                              << "EUR" << false << qint64(50);
        // 100.00 EUR at 1 EUR = 160.25 JPY: 16 025 JPY (no minor unit)
        QTest::addRow("to yen") << qint64(10000) << "EUR"
                                << "160.25"
                                << "JPY" << false << qint64(16025);
        // 1 000 JPY × 0.0061 = 6.10 EUR
        QTest::addRow("from yen") << qint64(1000) << "JPY"
                                  << "0.0061"
                                  << "EUR" << false << qint64(610);
        // inverse: 1 EUR = 521.47 KZT; 1 000 000.00 KZT / 521.47 = 1 917.6558… → 1 917.66 EUR
        QTest::addRow("inverse") << qint64(100000000) << "KZT"
                                 << "521.47"
                                 << "EUR" << true << qint64(191766);
        // inverse with a half: 1 EUR = 2 XXX; 0.01 / 2 = 0.005 → 0.01
        QTest::addRow("inverse half") << qint64(1) << "USD"
                                      << "2"
                                      << "EUR" << true << qint64(1);
    }
    void conversion()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, from);
        QFETCH(QString, rate);
        QFETCH(QString, to);
        QFETCH(bool, inverse);
        QFETCH(qint64, expected);
        const Money amount(minor, *Currency::fromCode(from));
        const Decimal r = *Decimal::parse(rate);
        const auto result = inverse ? amount.convertedAtInverse(r, *Currency::fromCode(to))
                                    : amount.convertedAt(r, *Currency::fromCode(to));
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result->minorUnits(), expected);
        QCOMPARE(result->currency().code(), to);
    }

    void zeroRateIsRefused()
    {
        const auto result = Money(100, currency("USD")).convertedAt(decimal("0"), currency("EUR"));
        QVERIFY(!result.ok());
        QVERIFY(result.message().contains(u"greater than zero"));
    }

    void overflowIsReported()
    {
        const Money max(std::numeric_limits<qint64>::max(), currency("EUR"));
        const Money min(std::numeric_limits<qint64>::min(), currency("EUR"));
        QVERIFY(!max.plus(Money(1, currency("EUR"))).ok());
        QVERIFY(!min.minus(Money(1, currency("EUR"))).ok());
        QVERIFY(!min.negated().ok());
        QVERIFY(!max.times(decimal("2")).ok());
        QVERIFY(!max.percent(decimal("200")).ok());
        QVERIFY(!max.convertedAt(decimal("1000"), currency("JPY")).ok());
        QVERIFY(max.plus(Money(1, currency("EUR"))).message().contains(u"too large"));
        // Right at the edge still works.
        QCOMPARE(max.minus(Money(1, currency("EUR")))->minorUnits(),
                 std::numeric_limits<qint64>::max() - 1);
        QCOMPARE(max.times(decimal("1"))->minorUnits(), std::numeric_limits<qint64>::max());
    }

    void mixedCurrenciesAreRefused()
    {
        const auto sum = Money(100, currency("EUR")).plus(Money(100, currency("USD")));
        QVERIFY(!sum.ok());
        QVERIFY(sum.message().contains(u"EUR"));
        QVERIFY(sum.message().contains(u"USD"));
    }

    void fromDecimal()
    {
        QCOMPARE(Money::fromDecimal(decimal("1234.5"), currency("EUR"))->minorUnits(), 123450);
        QCOMPARE(Money::fromDecimal(decimal("1500"), currency("JPY"))->minorUnits(), 1500);
        QVERIFY(!Money::fromDecimal(decimal("1.005"), currency("EUR")).ok());
        QVERIFY(!Money::fromDecimal(decimal("0.5"), currency("JPY")).ok());
        QCOMPARE(Money::fromDecimal(decimal("1.230"), currency("EUR"))->minorUnits(), 123);
        QCOMPARE(Money(123450, currency("EUR")).toDecimal().toString(), QStringLiteral("1234.5"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
