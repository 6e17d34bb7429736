// SPDX-License-Identifier: GPL-3.0-or-later
// Budgets leaving Hamkor (issue 7): the bytes of the CSV, the cells and formulas of the XLSX,
// the IATI file against the standard's schema. The PDF is TestBudgetPdf's, other templates
// TestBudgetMapping's.
#include "core/Clock.h"
#include "core/demo/DemoData.h"
#include "core/export/BudgetCsv.h"
#include "core/export/BudgetExport.h"
#include "core/export/BudgetIati.h"
#include "core/export/BudgetXlsx.h"
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

class TestBudgetExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    // The workbook re-read: the budget sheet's formulas with Hamkor's values stored, text as
    // shared strings (never formulas), a sheet per beneficiary for Horizon Europe.
    void xlsxCellsAndFormulas()
    {
        LoadedBudget b = budget("horizon-europe");
        b.version.lines[0].description = "=cmd|' /C calc'!A0";
        QVERIFY(b.recompute());
        const QString path = m_dir.filePath("horizon.xlsx");
        QVERIFY(BudgetXlsx::writeFile(path, b).ok());
        const QString workbook = run("unzip", {"-p", path, "xl/workbook.xml"});
        for (const char *sheet : {"Budget", "Sources of funding", "ZhB", "&lt;b&gt;TS&lt;-b&gt;"})
            QVERIFY2(workbook.contains(QString::fromUtf8("name=\"") + QString::fromUtf8(sheet)),
                     qPrintable(workbook));
        const QString sheet = run("unzip", {"-p", path, "xl/worksheets/sheet1.xml"});
        // Rows: 5 A, 6 A.1, 7 its line; 8 B (nothing); 9 C, 10 C.1, 11 its line; 12 D; 13 E;
        // 14 T. Per beneficiary, E adds up the partners' own E, each 25 % of its A + C on its
        // sheet (D.2 having no row): 625.00 + 133.50; each heading adds up what is under it.
        QVERIFY2(sheet.contains(QRegularExpression(
                     "<f>'ZhB'!I\\d+\\+'&lt;b&gt;TS&lt;-b&gt;'!I\\d+</f><v>758.5</v>")),
                 qPrintable(sheet));
        const QString zhb = run("unzip", {"-p", path, "xl/worksheets/sheet3.xml"});
        const QString ts = run("unzip", {"-p", path, "xl/worksheets/sheet4.xml"});
        QVERIFY2(zhb.contains("<f>ROUND((I5+I9)*25/100,2)</f><v>625</v>"), qPrintable(zhb));
        QVERIFY2(ts.contains("<f>ROUND((I5+I7)*25/100,2)</f><v>133.5</v>"), qPrintable(ts));
        QVERIFY(sheet.contains("<f>SUM(I6)</f><v>2500</v>"));
        QVERIFY(sheet.contains("<f>SUM(I7)</f><v>2500</v>"));
        QVERIFY(sheet.contains("<f>SUM(I11)</f><v>534</v>"));
        QVERIFY(sheet.contains("<f>I5+I8+I9+I12+I13</f><v>3792.5</v>"));
        QVERIFY(!sheet.contains("<f>cmd"));
        const QString strings = run("unzip", {"-p", path, "xl/sharedStrings.xml"});
        QVERIFY(strings.contains("=cmd|' /C calc'!A0"));
        QVERIFY(strings.contains(QStringLiteral("Жасыл Болашақ")) ||
                strings.contains(QStringLiteral("ZhB")));
        // Printable: fit to one page wide, the header row repeated.
        QVERIFY(sheet.contains("fitToPage=\"1\""));
        QVERIFY(sheet.contains("fitToHeight=\"0\""));
        QVERIFY(workbook.contains("_xlnm.Print_Titles"));
    }

    // The older EU layout's taxes are lines under 12, outside the eligible costs, in every
    // format: 1 × 100.00 EUR of VAT.
    // Per beneficiary, a line of no partner (its partner was removed) has no sheet: its part
    // of the indirect costs, 25 % of 1 000.00, is added to the partners' as it is.
    void xlsxLineOfNoPartner()
    {
        LoadedBudget b = budget("horizon-europe");
        b.version.lines.append(line(3, "A.1", 0, "1", 100000, "EUR", "Orphan"));
        QVERIFY(b.recompute());
        QCOMPARE(b.result.total("E"), 100850);
        const QString path = m_dir.filePath("orphan.xlsx");
        QVERIFY(BudgetXlsx::writeFile(path, b).ok());
        const QString sheet = run("unzip", {"-p", path, "xl/worksheets/sheet1.xml"});
        QVERIFY2(sheet.contains(QRegularExpression(
                     "<f>'ZhB'!I\\d+\\+'&lt;b&gt;TS&lt;-b&gt;'!I\\d+\\+250.00</f><v>1008.5</v>")),
                 qPrintable(sheet));
    }

    // The totals lines have a formula in each year's column too. EU PRAG, year 1: the
    // coordinator 2 500.00, indirect ROUND(2 500.00 × 7 %) = 175.00, total 2 675.00; year 2:
    // the trips 534.00, indirect ROUND(37.38) = 37.38, total 571.38.
    void xlsxYearTotals()
    {
        const LoadedBudget b = budget("eu-prag");
        const QString path = m_dir.filePath("years.xlsx");
        QVERIFY(BudgetXlsx::writeFile(path, b).ok());
        const QString sheet = run("unzip", {"-p", path, "xl/worksheets/sheet1.xml"});
        for (const char *expected :
             {"<f>J\\d+\\+J\\d+\\+J\\d+\\+J\\d+\\+J\\d+\\+J\\d+</f><v>2500</v>",
              "<f>K\\d+\\+K\\d+\\+K\\d+\\+K\\d+\\+K\\d+\\+K\\d+</f><v>534</v>",
              "<f>ROUND\\(\\(J\\d+\\)\\*7/100,2\\)</f><v>175</v>",
              "<f>ROUND\\(\\(K\\d+\\)\\*7/100,2\\)</f><v>37.38</v>",
              "<f>J\\d+\\+J\\d+</f><v>2675</v>", "<f>K\\d+\\+K\\d+</f><v>571.38</v>",
              "<f>ROUND\\(\\(I\\d+\\)\\*7/100,2\\)</f><v>212.38</v>"})
            QVERIFY2(sheet.contains(QRegularExpression(QString::fromLatin1(expected))), expected);
    }

    void taxesInEveryFormat()
    {
        LoadedBudget b = budget("eu-prag-legacy");
        b.version.lines.append(line(3, "12", 11, "1", 10000, "EUR", "VAT on services"));
        QVERIFY(b.recompute());
        QCOMPARE(b.result.total("12"), 10000);
        QVERIFY(csvOf(b).contains("12,Taxes,VAT on services,ZhB,month,1,100.00,EUR,,,,,100.00,"));
        const QString xlsx = m_dir.filePath("taxes.xlsx");
        QVERIFY(BudgetXlsx::writeFile(xlsx, b).ok());
        const QString sheet = run("unzip", {"-p", xlsx, "xl/worksheets/sheet1.xml"});
        QVERIFY2(sheet.contains(QRegularExpression("<f>SUM\\(I\\d+\\)</f><v>100</v>")),
                 qPrintable(sheet));
        QVERIFY(run("unzip", {"-p", xlsx, "xl/sharedStrings.xml"}).contains("VAT on services"));
        const QString pdf = m_dir.filePath("taxes.pdf");
        QVERIFY(BudgetExport::writeFile(pdf, b, {BudgetExport::Format::Pdf, {}, {}}).ok());
        QVERIFY(run("pdftotext", {pdf, "-"}).contains("VAT on services"));
    }

    void iatiAgainstTheSchema()
    {
        // Today is fixed: before the proposal's start in September 2027.
        Clock::setSource([] { return QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC); });
        const auto restore = qScopeGuard([] { Clock::setSource({}); });
        LoadedBudget b = budget("eu-prag");
        // The lead has a Kazakh business identification number, the partner none; the call
        // is the EU's; the themes map to DAC purpose codes (water twice, counted once).
        b.context.organisations[1].registrationNumber = "BIN 150340 011223";
        b.context.proposal.themes = {"biodiversity", "iwrm", "transboundary_water"};
        Call call;
        call.donor = "European Union";
        b.context.call = call;
        const QString path = m_dir.filePath("activity.xml");
        QVERIFY(BudgetExport::writeFile(path, b, {BudgetExport::Format::Iati, {}, {}}).ok());
        int code = -1;
        const QString checked = run("xmllint",
                                    {"--noout", "--schema",
                                     qEnvironmentVariable("HAMKOR_SOURCE_DIR") +
                                         "/tests/data/iati-2.03/iati-activities-schema.xsd",
                                     path},
                                    &code);
        QVERIFY2(code == 0, qPrintable(checked));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        // Two years: 2 500.00 + 534.00, with 212.38 of indirect costs shared 175.00 / 37.38
        // (212.38 × 2 500 / 3 034 = 174.997… → 175.00 by the largest remainder).
        QVERIFY2(xml.contains("<period-start iso-date=\"2027-09-01\"/>"), qPrintable(xml));
        QVERIFY(xml.contains("<period-end iso-date=\"2028-08-31\"/>"));
        // Valued at the rates of 1 November 2026, the version's rate date.
        QVERIFY(xml.contains("value-date=\"2026-11-01\">2675.00</value>"));
        QVERIFY(xml.contains("value-date=\"2026-11-01\">571.38</value>"));
        QVERIFY(xml.contains("<iati-identifier>KZ-BIN-150340011223-CLIMRES</iati-identifier>"));
        QVERIFY(xml.contains("<reporting-org ref=\"KZ-BIN-150340011223\" type=\"22\">"));
        QVERIFY(xml.contains("<participating-org ref=\"XI-IATI-EC_INTPA\" role=\"1\" "
                             "type=\"40\">"));
        QVERIFY(xml.contains("<participating-org role=\"4\" type=\"22\">"));
        QVERIFY(!xml.contains("XI-HAMKOR"));
        QVERIFY(xml.contains("<sector vocabulary=\"1\" code=\"41030\" percentage=\"50\"/>"));
        QVERIFY(xml.contains("<sector vocabulary=\"1\" code=\"14010\" percentage=\"50\"/>"));
        QVERIFY(xml.contains("<recipient-country code=\"TJ\" percentage=\"33.34\"/>"));
        // Awarded, starting in September 2027: in the pipeline, no actual start yet.
        QVERIFY(xml.contains("<activity-status code=\"1\"/>"));
        QVERIFY(!xml.contains("<activity-date type=\"2\""));
        // A lead without an agency's identifier reports under Hamkor's, and the file says so.
        LoadedBudget unregistered = b;
        unregistered.context.organisations[1].registrationNumber.clear();
        QBuffer unregisteredXml;
        unregisteredXml.open(QIODevice::WriteOnly);
        QVERIFY(BudgetIati::write(unregisteredXml, unregistered).ok());
        QVERIFY(unregisteredXml.data().contains("replace XI-HAMKOR-"));
        QVERIFY(unregisteredXml.data().contains("<reporting-org ref=\"XI-HAMKOR-"));
        // Not for a proposal still being written.
        LoadedBudget draft = b;
        draft.context.proposal.status = "full_proposal";
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!BudgetIati::write(buffer, draft).ok());
    }

    // The lead's identifier from its registration number as people write it; without one
    // from an agency on IATI's list, Hamkor's placeholder, and the file still well-formed
    // whatever the name (a comment may not hold "--").
    void iatiOrganisationIdentifiers_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("ref");
        QTest::newRow("BIN") << "KZ"
                             << "BIN 150340011223"
                             << "KZ-BIN-150340011223";
        QTest::newRow("Cyrillic, colon, spaces")
            << "KZ" << QStringLiteral("БИН: 150340 011223") << "KZ-BIN-150340011223";
        QTest::newRow("bare BIN") << "KZ"
                                  << "150340011223"
                                  << "KZ-BIN-150340011223";
        QTest::newRow("INN") << "KG" << QStringLiteral("ИНН 02207201610123")
                             << "KG-INN-02207201610123";
        QTest::newRow("bare OKPO") << "KG"
                                   << "04451217"
                                   << "KG-OKPO-04451217";
        QTest::newRow("Uzbek STIR: no agency") << "UZ"
                                               << "STIR 305123456"
                                               << "";
        QTest::newRow("BIN outside Kazakhstan") << "KG"
                                                << "BIN 150340011223"
                                                << "";
        QTest::newRow("none") << "KZ"
                              << ""
                              << "";
    }

    void iatiOrganisationIdentifiers()
    {
        QFETCH(QString, country);
        QFETCH(QString, number);
        QFETCH(QString, ref);
        LoadedBudget b = budget("eu-prag");
        b.context.organisations[1].country = country;
        b.context.organisations[1].registrationNumber = number;
        b.context.organisations[1].name = "Eco--Al <&> «Жасыл»";
        const QString path = m_dir.filePath("ids.xml");
        QVERIFY(BudgetExport::writeFile(path, b, {BudgetExport::Format::Iati, {}, {}}).ok());
        int code = -1;
        const QString checked = run("xmllint", {"--noout", path}, &code);
        QVERIFY2(code == 0, qPrintable(checked));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        if (ref.isEmpty())
            QVERIFY(xml.contains("<reporting-org ref=\"XI-HAMKOR-"));
        else
            QVERIFY2(xml.contains("<reporting-org ref=\"" + ref + "\""), qPrintable(xml));
    }

    // A cancelled or failed export leaves nothing at the path.
    void nothingHalfWritten()
    {
        const QString path = m_dir.filePath("cancelled.csv");
        BudgetExport::Options options;
        options.progress = [](int) {
            return false;
        };
        const Status cancelled = BudgetExport::writeFile(path, budget("eu-prag"), options);
        QVERIFY(!cancelled.ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!BudgetExport::writeFile("/nonexistent/dir/b.csv", budget("eu-prag"), {}).ok());
    }
};

QTEST_MAIN(TestBudgetExport)
#include "TestBudgetExport.moc"
