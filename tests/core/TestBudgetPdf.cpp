// SPDX-License-Identifier: GPL-3.0-or-later
// The budget for signature as PDF (issue 7): its text through pdftotext (Cyrillic, markup
// shown literally, totals, page numbers), its pages, rows never cut at a page's foot.
#include "core/export/BudgetExport.h"
#include "core/export/BudgetPdf.h"
#include "core/export/PdfPages.h"
#include "core/export/WholeFile.h"
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
        // The region's letters: Kazakh, Kyrgyz, Tajik, Uzbek Latin (with its ʻ).
        const QString letters =
            QStringLiteral("Әділ Ғылым Үміт Ңұрлы Өзен Ұлы Һ · Кыргыз Өкмөт "
                           "Үй Ң · Тоҷикистон Ҳисор Ӯ Ӣ Ғ Қ · Oʻzbekiston Gʻijduvon");
        b.version.lines[0].description = letters;
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
        const QString plain = run("pdftotext", {path, "-"});
        for (const QString &word : letters.split(u' '))
            QVERIFY2(plain.contains(word), qPrintable(word));
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
    // Wherever a row taller than a page starts, nothing is drawn over the footer: every word
    // lies above the foot of the page's body (A4 less margins of 10 and 8 mm and the 8 mm of
    // the footer) or is the footer's own.
    void nothingBelowTheBody_data()
    {
        QTest::addColumn<int>("before");
        for (int before = 0; before <= 36; before += 3)
            QTest::newRow(qPrintable(QString::number(before))) << before;
    }

    void nothingBelowTheBody()
    {
        QFETCH(int, before);
        LoadedBudget b = budget("eu-prag");
        b.version.lines.clear();
        for (int i = 0; i < before; ++i)
            b.version.lines.append(line(100 + i, "1.1.1", 11, "1", 1000, "EUR",
                                        QStringLiteral("Short line %1").arg(i)));
        QStringList words;
        for (int i = 0; i < 900; ++i)
            words << QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0'));
        b.version.lines.append(line(99, "1.1.1", 11, "1", 1000, "EUR", words.join(u' ')));
        QVERIFY(b.recompute());
        const QString path = m_dir.filePath(QStringLiteral("foot-%1.pdf").arg(before));
        QVERIFY(BudgetExport::writeFile(path, b, {BudgetExport::Format::Pdf, {}, {}}).ok());
        const QString boxes = run("pdftotext", {"-bbox", path, "-"});
        const qreal bodyFoot = (297.0 - 8 - 8) / 25.4 * 72; // points from the page's top
        const QRegularExpression word(
            "<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">");
        int checked = 0;
        for (auto it = word.globalMatch(boxes); it.hasNext(); ++checked) {
            const auto match = it.next();
            const qreal top = match.captured(1).toDouble(), bottom = match.captured(2).toDouble();
            QVERIFY2(bottom <= bodyFoot + 0.5 || top >= bodyFoot + 2,
                     qPrintable(QStringLiteral("a word from %1 to %2 pt, the body ends at %3")
                                    .arg(top)
                                    .arg(bottom)
                                    .arg(bodyFoot)));
        }
        QVERIFY(checked > 900);
        QStringList found; // and every word of the tall row, once, in order
        for (auto it =
                 QRegularExpression("\\bw\\d{4}\\b").globalMatch(run("pdftotext", {path, "-"}));
             it.hasNext();)
            found << it.next().captured();
        QCOMPARE(found, words);
    }
    // A heading is never left alone on a page, even when what follows it is taller than a
    // page: it goes to a new page with the start of that row.
    void headingNeverAlone()
    {
        QStringList words;
        for (int i = 0; i < 1500; ++i)
            words << QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString path = m_dir.filePath("heading.pdf");
        QVERIFY(WholeFile::write(path, [&](QIODevice &device) {
                    return pdf::Pages::write(device, {}, [&](pdf::Flow &flow) {
                        for (int i = 0; i < 55; ++i)
                            flow.paragraph(QStringLiteral("Filler %1").arg(i), pdf::text(10));
                        flow.heading("The long rule");
                        pdf::Table *grid = flow.gridTable(1, {20, 80}, {"Result", "Rule"});
                        pdf::Flow::put(grid, 1, 0, "Pass");
                        pdf::Flow::put(grid, 1, 1, words.join(u' '));
                    });
                }).ok());
        const int pages =
            run("pdfinfo", {path}).section("Pages:", 1).trimmed().section('\n', 0, 0).toInt();
        QVERIFY(pages >= 3);
        for (int page = 1; page <= pages; ++page) {
            const QString text = run(
                "pdftotext", {"-f", QString::number(page), "-l", QString::number(page), path, "-"});
            if (text.contains("The long rule"))
                QVERIFY2(text.contains("w0000"), qPrintable(text));
        }
    }
    // A short table (signatures, sources of funding) moves to the next page whole, with its
    // heading, rather than leave a row or two behind.
    void shortTablesKeptWhole()
    {
        const QString path = m_dir.filePath("short.pdf");
        QVERIFY(WholeFile::write(path, [&](QIODevice &device) {
                    return pdf::Pages::write(device, {}, [&](pdf::Flow &flow) {
                        for (int i = 0; i < 52; ++i)
                            flow.paragraph(QStringLiteral("Filler %1").arg(i), pdf::text(10));
                        flow.heading("Signatures");
                        pdf::Table *grid = flow.gridTable(6, {50, 50}, {"Partner", "Signature"});
                        for (int row = 1; row <= 6; ++row) {
                            pdf::Cell &cell =
                                pdf::Flow::put(grid, row, 0, QStringLiteral("Partner%1").arg(row));
                            pdf::Flow::addLine(cell, QString());
                        }
                    });
                }).ok());
        const QString first = run("pdftotext", {"-f", "1", "-l", "1", path, "-"});
        const QString second = run("pdftotext", {"-f", "2", "-l", "2", path, "-"});
        QVERIFY(first.contains("Filler 50"));
        QVERIFY2(!first.contains("Partner1"), qPrintable(first));
        QVERIFY(second.contains("Signatures"));
        for (int row = 1; row <= 6; ++row)
            QVERIFY(second.contains(QStringLiteral("Partner%1").arg(row)));
    }
};

QTEST_MAIN(TestBudgetPdf)
#include "TestBudgetPdf.moc"
