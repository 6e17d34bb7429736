// SPDX-License-Identifier: GPL-3.0-or-later
// Budgets leaving Hamkor (issue 7): the bytes of the CSV, the cells and formulas of the XLSX,
// the IATI file against the standard's schema. The PDF is TestBudgetPdf's, other templates
// TestBudgetMapping's.
#include "core/Clock.h"
#include "core/demo/DemoData.h"
#include "core/export/BudgetCsv.h"
#include "core/export/BudgetExport.h"
#include "core/storage/Database.h"
#include "tests/core/BudgetSamples.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;
using namespace hamkor::core::samples;

namespace {

const QByteArray Header = "category_code,category,description,partner,unit,quantity,unit_cost,"
                          "currency,rate,rate_from,rate_to,rate_date,amount,budget_currency,"
                          "period,donor,own,other_donors,in_kind\r\n";
const QByteArray Rounding =
    ",Rounding,\"Rounding: each line is quantity × unit cost rounded to its currency's minor "
    "unit, then converted at the rate shown and rounded to EUR's; every total adds those "
    "rounded amounts; a percentage of an amount is rounded to the minor unit; halves are "
    "rounded away from zero.\",,,,,,,,,,,,,,,,\r\n";

} // namespace

// The budget as CSV: the machine's bytes in every template, streamed from the file, the
// options, the CSV for Excel in the user's locale, and text that must never run as a formula.
class TestBudgetCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    // The lines are the same in every template; the totals lines are each template's:
    //   direct 2 500.00 + 534.00 = 3 034.00
    //   EU PRAG: 7 % of 3 034.00 = 212.38 → 3 246.38; older layout: no contingency, 7 % of 9
    //   Horizon: 25 % of A + C = 758.50 → 3 792.50
    //   SF-424A: 15 % of 3 034.00 (no equipment) = 455.10 → 3 489.10
    //   generic (headings named as the lines'): 0 % indirect
    void csvBytes_data()
    {
        QTest::addColumn<QString>("templateCode");
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QByteArray>("totals");
        const QByteArray staffEu = "1.1.1,Technical,Coordinator,ZhB,month,2.5,1000.00,EUR,,,,,"
                                   "2500.00,EUR,1,2250.00,250.00,0.00,0.00\r\n";
        const QByteArray travelEu =
            "2.1,International travel,Field trips,<b>TS</b>,month,3,100000.00,KZT,"
            "0.00178,KZT,EUR,2026-11-01,534.00,EUR,2,480.60,53.40,0.00,0.00\r\n";
        QTest::newRow("eu-prag") << "eu-prag" << staffEu + travelEu
                                 << QByteArray("7,Subtotal direct eligible costs of the action "
                                               "(1–6),,,,,,,,,,,3034.00,EUR,,,,,\r\n"
                                               "8,Indirect costs (maximum 7 % of 7),,,,,,,,,,,"
                                               "212.38,EUR,,,,,\r\n"
                                               "9,Total eligible costs of the action (7 + 8),,,,,"
                                               ",,,,,,3246.38,EUR,,,,,\r\n"
                                               "10,Contingency reserve (maximum 5 % of 7),,,,,,,,"
                                               ",,,0.00,EUR,,,,,\r\n");
        QTest::newRow("horizon-europe")
            << "horizon-europe"
            << QByteArray("A.1,Employees (or equivalent),Coordinator,ZhB,month,2.5,1000.00,EUR,,"
                          ",,,2500.00,EUR,1,2250.00,250.00,0.00,0.00\r\n"
                          "C.1,Travel and subsistence,Field trips,<b>TS</b>,month,3,"
                          "100000.00,KZT,0.00178,KZT,EUR,2026-11-01,534.00,EUR,2,480.60,53.40,"
                          "0.00,0.00\r\n")
            << QByteArray("E,\"Indirect costs (25 % flat rate of A, C and D.2)\",,,,,,,,,,,758.50,"
                          "EUR,,,,,\r\n"
                          "T,Total eligible costs,,,,,,,,,,,3792.50,EUR,,,,,\r\n");
        QTest::newRow("sf-424a")
            << "sf-424a"
            << QByteArray("a,Personnel,Coordinator,ZhB,month,2.5,1000.00,EUR,,,,,2500.00,EUR,1,"
                          "2250.00,250.00,0.00,0.00\r\n"
                          "c,Travel,Field trips,<b>TS</b>,month,3,100000.00,KZT,0.00178,"
                          "KZT,EUR,2026-11-01,534.00,EUR,2,480.60,53.40,0.00,0.00\r\n")
            << QByteArray("i,Total direct charges (a–h),,,,,,,,,,,3034.00,EUR,,,,,\r\n"
                          "j,Indirect charges,,,,,,,,,,,455.10,EUR,,,,,\r\n"
                          "k,Totals (i + j),,,,,,,,,,,3489.10,EUR,,,,,\r\n");
    }

    void csvBytes()
    {
        QFETCH(QString, templateCode);
        QFETCH(QByteArray, lines);
        QFETCH(QByteArray, totals);
        const QByteArray bytes = csvOf(budget(templateCode));
        QCOMPARE(bytes, Header + lines + totals + Rounding);
    }

    // Excel's options: a byte-order mark and ';' between cells, numbers still with a dot.
    // The command line streams a budget's lines from the file into the CSV, one by one: the
    // bytes are those of the budget read whole. Other formats refuse a streamed budget.
    void csvStreamedFromTheFile()
    {
        auto db = Database::create(m_dir.filePath("demo.hamkor"));
        QVERIFY(db && DemoData::fill(**db, DemoData::Size::Small));
        for (const char *acronym : {"STEPPE", "GLACIS", "AQUAFIELD", "SUNSCHOOL"}) {
            const auto held = loadBudget((*db)->connection(), acronym, {});
            const auto streamed = loadBudget((*db)->connection(), acronym, {}, Lines::Streamed);
            QVERIFY(held && streamed);
            QVERIFY(!held->version.lines.isEmpty());
            QVERIFY(streamed->version.lines.isEmpty());
            QCOMPARE(csvOf(*streamed), csvOf(*held));
        }
        const auto streamed = loadBudget((*db)->connection(), "STEPPE", {}, Lines::Streamed);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Status pdf =
            BudgetExport::write(buffer, *streamed, {BudgetExport::Format::Pdf, {}, {}});
        QVERIFY(!pdf);
        QVERIFY2(pdf.message().contains("only a CSV"), qPrintable(pdf.message()));
    }

    void csvOptions()
    {
        CsvWriteOptions options;
        options.byteOrderMark = true;
        options.delimiter = u';';
        const QByteArray bytes = csvOf(budget("eu-prag"), options);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "category_code;category;"));
        QVERIFY(bytes.contains("\r\n1.1.1;Technical;Coordinator;ZhB;month;2.5;1000.00;EUR;;;;;"
                               "2500.00;EUR;1;2250.00;250.00;0.00;0.00\r\n"));
    }

    // A CSV for Excel in the user's locale: in Russian ';' between cells and a decimal comma,
    // a byte-order mark, heading codes as constants Excel keeps as text (1.1 is not
    // 1 January), a code's quotes doubled inside the constant so that nothing in it runs.
    void csvForExcel_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("total");
        QTest::addRow("Russian")
            << QLocale(QLocale::Russian, QLocale::Russia)
            << QByteArray(
                   "\r\n\"=\"\"1.1.1\"\"\";Technical;Coordinator;ZhB;month;2,5;1000,00;EUR;;;;;"
                   "2500,00;EUR;1;2250,00;250,00;0,00;0,00\r\n")
            << QByteArray(
                   "\r\n\"=\"\"9\"\"\";Total eligible costs of the action (7 + 8);;;;;;;;;;;");
        QTest::addRow("British English")
            << QLocale(QLocale::English, QLocale::UnitedKingdom)
            << QByteArray(
                   "\r\n\"=\"\"1.1.1\"\"\",Technical,Coordinator,ZhB,month,2.5,1000.00,EUR,,,,,"
                   "2500.00,EUR,1,2250.00,250.00,0.00,0.00\r\n")
            << QByteArray(
                   "\r\n\"=\"\"9\"\"\",Total eligible costs of the action (7 + 8),,,,,,,,,,,");
    }
    void csvForExcel()
    {
        QFETCH(QLocale, locale);
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, total);
        const QByteArray bytes = csvOf(budget("eu-prag"), CsvWriteOptions::forExcel(locale));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Code"));
        QVERIFY2(bytes.contains(line), bytes.constData());
        QVERIFY2(bytes.contains(total), bytes.constData());
        // The machine CSV stays as it was.
        QVERIFY(csvOf(budget("eu-prag")).startsWith(Header));
        // A code with quotes is one constant: the quotes are doubled inside it, then again
        // for the CSV.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(buffer, CsvWriteOptions::forExcel(locale));
            writer.writeRow({{"1\")&HYPERLINK(\"x", false, true}});
        }
        QCOMPARE(buffer.data().mid(3),
                 QByteArray("\"=\"\"1\"\"\"\")&HYPERLINK(\"\"\"\"x\"\"\"\r\n"));
    }

    // Text that would start a formula gets an apostrophe; numbers stay numbers.
    void csvFormulaInjection_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("equals") << "=HYPERLINK(\"http://x\")"
                                << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("plus") << "+1 trip" << QByteArray("'+1 trip");
        QTest::newRow("minus") << "-5 days" << QByteArray("'-5 days");
        QTest::newRow("at") << "@SUM(A1)" << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << "\tTab" << QByteArray("'\tTab");
        QTest::newRow("plain") << "Flights" << QByteArray("Flights");
    }

    void csvFormulaInjection()
    {
        QFETCH(QString, description);
        QFETCH(QByteArray, written);
        LoadedBudget b = budget("eu-prag");
        b.version.lines[0].description = description;
        QVERIFY(b.recompute());
        const QByteArray bytes = csvOf(b);
        QVERIFY2(bytes.contains(",Technical," + written + ",ZhB,"), bytes.constData());
    }
};

QTEST_MAIN(TestBudgetCsv)
#include "TestBudgetCsv.moc"
