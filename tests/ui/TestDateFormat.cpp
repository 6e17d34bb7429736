// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as people write them: the locale's own form with the year in full, read back in
// that form, with one-digit days and months, or as ISO 8601.
#include "ui/widgets/DateFormat.h"

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QTest>

using namespace hamkor;

class TestDateFormat : public QObject
{
    Q_OBJECT

    static QLocale localeOf(const QString &language)
    {
        return language == "ru" ? QLocale(QLocale::Russian, QLocale::Russia)
                                : QLocale(QLocale::English, QLocale::UnitedKingdom);
    }

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void writtenTheUsersWay_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addRow("Russian") << "ru"
                                 << "dd.MM.yyyy"
                                 << "15.01.2027";
        QTest::addRow("British English") << "en"
                                         << "dd/MM/yyyy"
                                         << "15/01/2027";
    }
    void writtenTheUsersWay()
    {
        QFETCH(QString, language);
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QLocale::setDefault(localeOf(language));
        QCOMPARE(ui::DateFormat::pattern(), pattern);
        QCOMPARE(ui::DateFormat::text(QDate(2027, 1, 15)), text);
        QCOMPARE(ui::DateFormat::text(QDate()), QString());
        QDateEdit field(QDate(2027, 1, 15));
        ui::DateFormat::setUp(&field);
        QVERIFY(field.calendarPopup());
        QCOMPARE(field.findChild<QLineEdit *>()->text(), text);
        QVERIFY(field.toolTip().contains(QString::number(QDate::currentDate().year())));
    }

    void readBack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date"); // invalid: not a date
        QTest::addRow("ru full") << "ru"
                                 << "15.01.2027" << QDate(2027, 1, 15);
        QTest::addRow("ru one digit") << "ru"
                                      << " 5.1.2027 " << QDate(2027, 1, 5);
        QTest::addRow("ru ISO") << "ru"
                                << "2027-01-15" << QDate(2027, 1, 15);
        QTest::addRow("ru 31 February") << "ru"
                                        << "31.02.2027" << QDate();
        QTest::addRow("ru slashes") << "ru"
                                    << "15/01/2027" << QDate();
        QTest::addRow("ru word") << "ru"
                                 << "завтра" << QDate();
        QTest::addRow("en full") << "en"
                                 << "15/01/2027" << QDate(2027, 1, 15);
        QTest::addRow("en American order") << "en"
                                           << "01/15/2027" << QDate();
        QTest::addRow("en leap day") << "en"
                                     << "29/02/2028" << QDate(2028, 2, 29);
        QTest::addRow("en not a leap year") << "en"
                                            << "29/02/2027" << QDate();
        QTest::addRow("empty") << "en"
                               << "" << QDate();
    }
    void readBack()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QLocale::setDefault(localeOf(language));
        const auto parsed = ui::DateFormat::parse(text);
        QCOMPARE(parsed.has_value(), date.isValid());
        if (parsed)
            QCOMPARE(*parsed, date);
    }
};

QTEST_MAIN(TestDateFormat)
#include "TestDateFormat.moc"
