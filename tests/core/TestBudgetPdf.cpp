// SPDX-License-Identifier: GPL-3.0-or-later
// The budget for signature as PDF (issue 7): its text through pdftotext (Cyrillic, markup
// shown literally, totals, page numbers), its pages, rows never cut at a page's foot.
#include "core/export/BudgetExport.h"
#include "core/export/BudgetPdf.h"
#include "tests/core/BudgetSamples.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;
using namespace hamkor::core::samples;

class TestBudgetPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void pdfText()
    {
        LoadedBudget b = budget("eu-prag");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(BudgetPdf::write(buffer, b).ok());
        const QString path = m_dir.filePath("budget.pdf");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(buffer.data());
        file.close();
        const QString text = run("pdftotext", {"-layout", path, "-"});
        QVERIFY2(text.contains(QStringLiteral("Жасыл Болашақ")), qPrintable(text));
        QVERIFY(text.contains("<b>TS</b>")); // shown as written, not as markup
        QVERIFY(text.contains("Too Suu & Co"));
        QVERIFY(text.contains("3,246.38"));
        QVERIFY(text.contains("212.38"));
        QVERIFY(text.contains("Page 1 of"));
        QVERIFY(text.contains("Signatures"));
        QVERIFY(text.contains("Rounding:"));
        QVERIFY(run("pdfinfo", {path}).contains("(A4)"));
    }

    // A long budget runs over many pages, each numbered, the table's header on each.
    void pdfLongBudget()
    {
        LoadedBudget b = budget("sf-424a");
        for (int i = 0; i < 400; ++i)
            b.version.lines.append(
                line(100 + i, "h", 11, "1", 1000, "EUR", QStringLiteral("Item %1").arg(i)));
        QVERIFY(b.recompute());
        const QString path = m_dir.filePath("long.pdf");
        QVERIFY(BudgetExport::writeFile(path, b, {BudgetExport::Format::Pdf, {}, {}}).ok());
        const QString info = run("pdfinfo", {path});
        QVERIFY2(info.contains("(letter)"), qPrintable(info)); // SF-424A is American
        const int pages = info.section("Pages:", 1).trimmed().section('\n', 0, 0).toInt();
        QVERIFY2(pages >= 8, qPrintable(info));
        const QString last = run("pdftotext", {"-f", QString::number(pages - 1), "-l",
                                               QString::number(pages - 1), path, "-"});
        QVERIFY(last.contains(QStringLiteral("Page %1 of %2").arg(pages - 1).arg(pages)));
        const QString middle = run("pdftotext", {"-f", "4", "-l", "4", path, "-"});
        QVERIFY(middle.contains("Heading / description")); // the header row, repeated
    }

    // A row is never cut between two pages: every line's "Year N" is on its description's page.
    void pdfRowsStayWhole()
    {
        LoadedBudget b = budget("eu-prag");
        b.version.lines.clear();
        for (int i = 0; i < 300; ++i)
            b.version.lines.append(line(100 + i, "1.1.1", 11, "1", 1000, "EUR",
                                        QStringLiteral("Item %1 with a longer description that "
                                                       "wraps onto a second line")
                                            .arg(i),
                                        1 + i % 2));
        QVERIFY(b.recompute());
        const QString path = m_dir.filePath("rows.pdf");
        QVERIFY(BudgetExport::writeFile(path, b, {BudgetExport::Format::Pdf, {}, {}}).ok());
        const QString info = run("pdfinfo", {path});
        const int pages = info.section("Pages:", 1).trimmed().section('\n', 0, 0).toInt();
        QVERIFY2(pages >= 8, qPrintable(info));
        int items = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString text = run(
                "pdftotext", {"-f", QString::number(page), "-l", QString::number(page), path, "-"});
            const auto onPage = text.count(QRegularExpression("Item \\d+ with"));
            QCOMPARE(text.count(QRegularExpression("Year [12]\\b")), onPage);
            QCOMPARE(text.count("second line"), onPage);
            items += int(onPage);
        }
        QCOMPARE(items, 300);
    }

    // A row taller than a page is split between lines of its text, with nothing lost or
    // printed twice.
    void pdfRowTallerThanAPage()
    {
        LoadedBudget b = budget("eu-prag");
        QStringList words;
        for (int i = 0; i < 1500; ++i)
            words << QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0'));
        b.version.lines[0].description = words.join(u' ');
        QVERIFY(b.recompute());
        const QString path = m_dir.filePath("tall.pdf");
        QVERIFY(BudgetExport::writeFile(path, b, {BudgetExport::Format::Pdf, {}, {}}).ok());
        QStringList found;
        QRegularExpressionMatchIterator it =
            QRegularExpression("\\bw\\d{4}\\b").globalMatch(run("pdftotext", {path, "-"}));
        while (it.hasNext())
            found << it.next().captured();
        QCOMPARE(found, words);
        QVERIFY(run("pdfinfo", {path}).contains(QRegularExpression("Pages:\\s+([4-9]|\\d\\d)")));
    }
};

QTEST_MAIN(TestBudgetPdf)
#include "TestBudgetPdf.moc"
