// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/MoneyFormat.h"

#include <QTest>

using namespace hamkor::core;

Q_DECLARE_METATYPE(hamkor::core::NumberStyle)

namespace {
const QString Nbsp = QStringLiteral("\u00A0");
}

class TestMoneyFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("code");
        QTest::addColumn<NumberStyle>("style");
        QTest::addColumn<QString>("expected");
        QTest::addRow("en grouping")
            << qint64(123456789) << "EUR" << NumberStyle::English << "1,234,567.89";
        QTest::addRow("ru grouping") << qint64(123456789) << "EUR" << NumberStyle::Russian
                                     << "1" + Nbsp + "234" + Nbsp + "567,89";
        QTest::addRow("plain") << qint64(123456789) << "EUR" << NumberStyle::Plain << "1234567.89";
        QTest::addRow("small") << qint64(5) << "EUR" << NumberStyle::English << "0.05";
        QTest::addRow("zero") << qint64(0) << "KZT" << NumberStyle::Russian << "0,00";
        QTest::addRow("negative") << qint64(-100000) << "USD" << NumberStyle::English
                                  << "-1,000.00";
        QTest::addRow("three digits") << qint64(99900) << "USD" << NumberStyle::English << "999.00";
        QTest::addRow("yen") << qint64(1234567) << "JPY" << NumberStyle::English << "1,234,567";
        QTest::addRow("dinar") << qint64(1234567) << "KWD" << NumberStyle::Russian
                               << "1" + Nbsp + "234,567";
    }
    void format()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, code);
        QFETCH(NumberStyle, style);
        QFETCH(QString, expected);
        QCOMPARE(MoneyFormat::format(Money(minor, *Currency::fromCode(code)), style), expected);
    }

    void withCode()
    {
        QCOMPARE(MoneyFormat::formatWithCode(Money(123450, *Currency::fromCode(u"EUR")),
                                             NumberStyle::English),
                 QStringLiteral("1,234.50 EUR"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<NumberStyle>("style");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::addRow("en full") << "1,234,567.89"
                                 << "EUR" << NumberStyle::English << true << qint64(123456789);
        QTest::addRow("en no grouping")
            << "1234567.89"
            << "EUR" << NumberStyle::English << true << qint64(123456789);
        QTest::addRow("en one decimal") << "12.5"
                                        << "EUR" << NumberStyle::English << true << qint64(1250);
        QTest::addRow("en negative") << "-1,000"
                                     << "USD" << NumberStyle::English << true << qint64(-100000);
        QTest::addRow("ru space") << "1 234 567,89"
                                  << "KZT" << NumberStyle::Russian << true << qint64(123456789);
        QTest::addRow("ru nbsp") << "1" + Nbsp + "234" + Nbsp + "567,89"
                                 << "KZT" << NumberStyle::Russian << true << qint64(123456789);
        QTest::addRow("ru narrow nbsp") << QStringLiteral("1\u202F234,5") << "KZT"
                                        << NumberStyle::Russian << true << qint64(123450);
        QTest::addRow("ru point accepted")
            << "1234.5"
            << "KZT" << NumberStyle::Russian << true << qint64(123450);
        QTest::addRow("ru minus sign") << QStringLiteral("\u22125,00") << "KZT"
                                       << NumberStyle::Russian << true << qint64(-500);
        QTest::addRow("plain") << "1234567.89"
                               << "EUR" << NumberStyle::Plain << true << qint64(123456789);
        QTest::addRow("yen whole") << "1,500"
                                   << "JPY" << NumberStyle::English << true << qint64(1500);
        QTest::addRow("too many decimals") << "1.005"
                                           << "EUR" << NumberStyle::English << false << qint64(0);
        QTest::addRow("yen with decimals") << "1.5"
                                           << "JPY" << NumberStyle::English << false << qint64(0);
        QTest::addRow("bad grouping") << "12,34.5"
                                      << "EUR" << NumberStyle::English << false << qint64(0);
        QTest::addRow("group too long") << "1234,567"
                                        << "EUR" << NumberStyle::English << false << qint64(0);
        QTest::addRow("group at the end") << "1,23"
                                          << "EUR" << NumberStyle::English << false << qint64(0);
        QTest::addRow("ru comma as group") << "1,234,567"
                                           << "EUR" << NumberStyle::Russian << false << qint64(0);
        QTest::addRow("en space") << "1 234"
                                  << "EUR" << NumberStyle::English << false << qint64(0);
        QTest::addRow("plain grouping") << "1,234"
                                        << "EUR" << NumberStyle::Plain << false << qint64(0);
        QTest::addRow("text") << "ten"
                              << "EUR" << NumberStyle::English << false << qint64(0);
        QTest::addRow("empty") << ""
                               << "EUR" << NumberStyle::English << false << qint64(0);
        QTest::addRow("currency sign") << "€12"
                                       << "EUR" << NumberStyle::English << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(NumberStyle, style);
        QFETCH(bool, valid);
        const auto result = MoneyFormat::parse(text, *Currency::fromCode(code), style);
        QCOMPARE(result.ok(), valid);
        if (valid) {
            QFETCH(qint64, minor);
            QCOMPARE(result->minorUnits(), minor);
        } else {
            QVERIFY(!result.message().isEmpty());
        }
    }

    void roundTrip()
    {
        for (NumberStyle style : {NumberStyle::English, NumberStyle::Russian, NumberStyle::Plain}) {
            for (qint64 minor :
                 {qint64(0), qint64(1), qint64(-99), qint64(100000), qint64(9223372036854775807)}) {
                const Money money(minor, *Currency::fromCode(u"UZS"));
                const auto back =
                    MoneyFormat::parse(MoneyFormat::format(money, style), money.currency(), style);
                QVERIFY2(back.ok(), qPrintable(back.message()));
                QCOMPARE(back->minorUnits(), minor);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "TestMoneyFormat.moc"
