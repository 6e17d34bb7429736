// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Decimal.h"

#include <QTest>

using hamkor::core::Decimal;

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("canonical");
        QTest::addRow("integer") << "12" << true << qint64(12) << 0 << "12";
        QTest::addRow("half") << "2.5" << true << qint64(25) << 1 << "2.5";
        QTest::addRow("trailing zeros kept in scale")
            << "521.4700" << true << qint64(5214700) << 4 << "521.47";
        QTest::addRow("rate") << "0.0000742" << true << qint64(742) << 7 << "0.0000742";
        QTest::addRow("negative") << "-0.125" << true << qint64(-125) << 3 << "-0.125";
        QTest::addRow("plus sign") << "+3" << true << qint64(3) << 0 << "3";
        QTest::addRow("spaces around") << "  7 " << true << qint64(7) << 0 << "7";
        QTest::addRow("leading point") << ".5" << true << qint64(5) << 1 << "0.5";
        QTest::addRow("leading zeros") << "007.50" << true << qint64(750) << 2 << "7.5";
        QTest::addRow("zero") << "0" << true << qint64(0) << 0 << "0";
        QTest::addRow("18 digits") << "999999999999999999" << true << qint64(999999999999999999)
                                   << 0 << "999999999999999999";
        QTest::addRow("beyond 64 bits") << "9223372036854775808" << false << qint64(0) << 0 << "";
        QTest::addRow("13 decimals") << "0.1234567890123" << false << qint64(0) << 0 << "";
        QTest::addRow("empty") << "" << false << qint64(0) << 0 << "";
        QTest::addRow("sign only") << "-" << false << qint64(0) << 0 << "";
        QTest::addRow("two points") << "1.2.3" << false << qint64(0) << 0 << "";
        QTest::addRow("comma") << "1,5" << false << qint64(0) << 0 << "";
        QTest::addRow("exponent") << "1e3" << false << qint64(0) << 0 << "";
        QTest::addRow("text") << "abc" << false << qint64(0) << 0 << "";
        QTest::addRow("arabic-indic digits") << "\u0661\u0662" << false << qint64(0) << 0 << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto value = Decimal::parse(text);
        QCOMPARE(value.has_value(), valid);
        if (!valid)
            return;
        QFETCH(qint64, units);
        QFETCH(int, scale);
        QFETCH(QString, canonical);
        QCOMPARE(value->units(), units);
        QCOMPARE(value->scale(), scale);
        QCOMPARE(value->toString(), canonical);
    }

    void compare()
    {
        QVERIFY(*Decimal::parse(u"2.50") == *Decimal::parse(u"2.5"));
        QVERIFY(*Decimal::parse(u"0.1") < *Decimal::parse(u"0.11"));
        QVERIFY(*Decimal::parse(u"-1") < *Decimal::parse(u"0"));
        QVERIFY(*Decimal::parse(u"100") > *Decimal::parse(u"99.999999999999"));
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "TestDecimal.moc"
