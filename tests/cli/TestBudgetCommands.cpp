// SPDX-License-Identifier: GPL-3.0-or-later
// Budgets on the command line: import rates and lines, print, check.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class TestBudgetCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    const QString m_data = qEnvironmentVariable("HAMKOR_SOURCE_DIR") + "/tests/data/";

    Run hamkor(const QStringList &arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("HAMKOR_BINARY"), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The amount printed at the end of the line that starts with label.
    static QString amountOf(const QString &text, const QString &label)
    {
        for (const QString &line : text.split('\n'))
            if (line.startsWith(label))
                return line.section(' ', -1);
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath("budgets.hamkor");
        QCOMPARE(hamkor({"new", m_path}).exitCode, 0);
        QCOMPARE(hamkor({"import", "calls", m_data + "calls-sample.csv", m_path}).exitCode, 0);
        QCOMPARE(hamkor({"import", "partners", m_data + "partners-sample.csv", m_path}).exitCode,
                 0);
        QCOMPARE(hamkor({"import", "proposals", m_data + "proposals-sample.csv", m_path}).exitCode,
                 0);
    }

    void importRates()
    {
        const Run first = hamkor({"import", "rates", m_data + "rates-sample.csv", m_path});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains("5 new"), qPrintable(first.out));
        const Run again = hamkor({"import", "rates", m_data + "rates-sample.csv", m_path});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("0 new"), qPrintable(again.out));

        const QString broken = write("rates-broken.csv", "from,to,rate,date,source\n"
                                                         "USD,EUR,0.86,2026-12-01,ECB\n"
                                                         "KZT,XXX,0.0018,2026-12-01,ECB\n"
                                                         "KGS,EUR,-1,2026-12-01,ECB\n"
                                                         "TJS,EUR,0.08,31.13.2026,ECB\n"
                                                         "USD,EUR,0.87,2026-12-01,ECB\n");
        const Run bad = hamkor({"import", "rates", broken, m_path});
        QCOMPARE(bad.exitCode, 1);
        for (const char *where : {"Line 3, column to", "Line 4, column rate", "Line 5, column date",
                                  "Line 6, column rate: Line 2 already gives"})
            QVERIFY2(bad.err.contains(QString::fromUtf8(where)), qPrintable(bad.err));
        QVERIFY(bad.err.contains("Nothing was imported."));
    }

    // The sample budget of CLIMRES, its totals worked out by hand from the CSV (python's
    // Decimal, ROUND_HALF_UP at each step of the README's rule): lines sum to 179 800.88 EUR;
    // 7 % of it is 12 586.0616 → 12 586.06; total 192 386.94; the donor's 90 % (80 % and 100 %
    // on a few lines) of the direct costs is 162 984.08, so the grant is
    // 192 386.94 × 162 984.08 / 179 800.88 = 174 392.96 and co-financing 17 993.98 (9.35 %).
    void importAndPrintBudget()
    {
        const Run imported = hamkor({"import", "budget", m_data + "budget-climres-sample.csv",
                                     m_path, "--proposal", "climres"});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("Imported 39 budget lines into “Draft 1” of CLIMRES."),
                 qPrintable(imported.out + imported.err));
        const Run printed = hamkor({"budget", "--proposal", "CLIMRES", m_path});
        QCOMPARE(printed.exitCode, 0);
        const QString &out = printed.out;
        QCOMPARE(amountOf(out, "1 Human resources"), "99,510.00");
        QCOMPARE(amountOf(out, "    1.1.1 Technical"), "68,875.20");
        QCOMPARE(amountOf(out, "7 Subtotal direct eligible costs"), "179,800.88");
        QCOMPARE(amountOf(out, "8 Indirect costs"), "12,586.06");
        QCOMPARE(amountOf(out, "9 Total eligible costs"), "192,386.94");
        QCOMPARE(amountOf(out, "  ZhB (Lead applicant (coordinator)): 79,782.20 + 5,584.75"),
                 "85,366.95");
        QCOMPARE(amountOf(out, "  Donor contribution"), "162,984.08");
        QCOMPARE(amountOf(out, "Asked from the donor (90.65 %)"), "174,392.96");
        QCOMPARE(amountOf(out, "Co-financing"), "17,993.98");
        QVERIFY(out.contains("  KZT → EUR  0.00178  2026-11-01  InforEuro November 2026 (sample)"));
        QVERIFY(out.contains("Project coordinator (50%) · ZhB · year 1 · 12 month × 450,000.00 "
                             "KZT = 5,400,000.00 KZT × 0.00178"));
        QVERIFY(out.contains("FAIL  Co-financing — Co-financing is 17,993.98 EUR, 9.35 %"));
        QVERIFY(out.contains("Rounding: "));

        // The same rules join the proposal's eligibility check.
        const Run eligibility = hamkor({"eligibility", "--proposal", "CLIMRES", m_path});
        QCOMPARE(eligibility.exitCode, 1);
        QVERIFY2(eligibility.out.contains("FAIL  Budget “Draft 1”: Co-financing"),
                 qPrintable(eligibility.out));
        QVERIFY(eligibility.out.contains(
            "PASS  Budget “Draft 1”: Indirect costs within the cap (8) — Indirect costs are "
            "12,586.06 EUR, 7 % of 179,800.88 EUR; at most 7 % is allowed."));
    }

    void brokenBudgetAddsNothing()
    {
        const QString broken =
            write("budget-broken.csv",
                  "category,description,partner,unit,quantity,unit_cost,currency,period,donor_pct\n"
                  "1.1.1,Fine line,ZhB,month,1,100,EUR,1,90\n"
                  "1.1,Parent heading,ZhB,month,1,100,EUR,1,90\n"
                  "9.9,No such heading,ZhB,month,1,100,EUR,1,90\n"
                  "2.1,Stranger,NOBODY,trip,1,100,EUR,1,90\n"
                  "2.1,Bad quantity,ZhB,trip,two,100,EUR,1,90\n"
                  "2.1,Bad cost,ZhB,trip,1,1.005,EUR,1,90\n"
                  "2.1,Fourth year,ZhB,trip,1,100,EUR,4,90\n"
                  "2.1,Greedy,ZhB,trip,1,100,EUR,1,120\n"
                  "2.1,Refund,ZhB,trip,-1,100,EUR,1,90\n"
                  "12,VAT,ZhB,lump sum,1,100,EUR,1,90\n");
        const Run bad = hamkor(
            {"import", "budget", broken, m_path, "--proposal", "CLIMRES", "--version", "Broken"});
        QCOMPARE(bad.exitCode, 1);
        for (const char *where :
             {"Line 3, column category: Heading 1.1 has sub-headings",
              "Line 4, column category: “9.9” is not a heading of",
              "Line 5, column partner: “NOBODY” is not a member of the consortium of CLIMRES.",
              "Line 6, column quantity", "Line 7, column unit_cost", "Line 8, column period",
              "Line 9, column donor_pct",
              "Line 10, column quantity: The number of units cannot be negative.",
              // 12 is taxes only in the older layout; CLIMRES uses the newer one
              "Line 11, column category: “12” is not a heading of"})
            QVERIFY2(bad.err.contains(QString::fromUtf8(where)), qPrintable(bad.err));
        QVERIFY(!bad.err.contains("Line 2"));
        const Run missing =
            hamkor({"budget", "--proposal", "CLIMRES", "--version", "Broken", m_path});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("The proposal has no budget version “Broken”."),
                 qPrintable(missing.err));
    }

    void secondVersion()
    {
        const QString lines =
            write("budget-small.csv",
                  "category,description,partner,unit,quantity,unit_cost,currency,period,donor_pct\n"
                  "1.1.1,Coordinator,zhb,month,2.5,1000,EUR,1,90\n");
        const Run imported = hamkor(
            {"import", "budget", lines, m_path, "--proposal", "CLIMRES", "--version", "Revised"});
        QCOMPARE(imported.exitCode, 0);
        // The newest version is the one printed without --version: 2.5 × 1 000.00 = 2 500.00.
        const Run newest = hamkor({"budget", "--proposal", "CLIMRES", m_path});
        QVERIFY2(newest.out.contains("Budget “Revised”"), qPrintable(newest.out));
        QCOMPARE(amountOf(newest.out, "7 Subtotal"), "2,500.00");
        const Run first =
            hamkor({"budget", "--proposal", "CLIMRES", "--version", "draft 1", m_path});
        QCOMPARE(amountOf(first.out, "7 Subtotal"), "179,800.88");
    }

    // Every format from the command line, and its errors with nothing left at the path.
    void exportBudget()
    {
        for (const char *format : {"csv", "xlsx", "pdf"}) {
            const QString out = m_dir.filePath(QStringLiteral("climres.%1").arg(format));
            const Run written = hamkor({"export", "budget", "--proposal", "CLIMRES", "--version",
                                        "Draft 1", "--format", format, "--output", out, m_path});
            QVERIFY2(written.exitCode == 0, qPrintable(written.err));
            QVERIFY(QFileInfo(out).size() > 500);
        }
        QFile csv(m_dir.filePath("climres.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("\r\n9,Total eligible costs of the action (7 + 8),,,,,,,,,,,"
                                       "192386.94,EUR,,,,,\r\n"));
        const Run stdoutCsv = hamkor({"export", "budget", "--proposal", "CLIMRES", "--format",
                                      "csv", "--semicolon", "--output", "-", m_path});
        QVERIFY(stdoutCsv.out.startsWith("category_code;category;"));
        // For Excel in Russian: headers in Russian, ';' and decimal commas, codes kept as text.
        const Run excel =
            hamkor({"--lang", "ru", "export", "budget", "--proposal", "CLIMRES", "--version",
                    "Draft 1", "--format", "csv", "--excel", "--output", "-", m_path});
        QVERIFY2(excel.exitCode == 0, qPrintable(excel.err));
        QVERIFY2(excel.out.startsWith(QStringLiteral("Код;Статья;")), qPrintable(excel.out));
        const QString excelFile = m_dir.filePath("excel.csv");
        QCOMPARE(hamkor({"--lang", "ru", "export", "budget", "--proposal", "CLIMRES", "--format",
                         "csv", "--excel", "--output", excelFile, m_path})
                     .exitCode,
                 0);
        QFile excelBytes(excelFile);
        QVERIFY(excelBytes.open(QIODevice::ReadOnly));
        QVERIFY(excelBytes.readAll().startsWith("\xEF\xBB\xBF"));
        QVERIFY2(excel.out.contains(QStringLiteral("\r\n\"=\"\"9\"\"\";")), qPrintable(excel.out));
        QVERIFY2(excel.out.contains(QStringLiteral(";192386,94;EUR;")), qPrintable(excel.out));
        // In another donor's template: the lines move, and the moves are told on stderr.
        const Run horizon = hamkor({"export", "budget", "--proposal", "CLIMRES", "--format", "csv",
                                    "--template", "horizon-europe", "--output", "-", m_path});
        QVERIFY2(horizon.exitCode == 0, qPrintable(horizon.err));
        QVERIFY(horizon.out.contains("\r\nA.1,Employees (or equivalent),"));
        QVERIFY(horizon.out.contains("\r\nT,Total eligible costs,"));
        QVERIFY2(horizon.err.contains(QStringLiteral("1.1.1 Technical → A.1 Employees")),
                 qPrintable(horizon.err));

        const QString nowhere = m_dir.filePath("nowhere.pdf");
        const auto fails = [&](const QStringList &arguments, int code, const char *message) {
            const Run run = hamkor(QStringList{"export", "budget"} + arguments +
                                   QStringList{"--output", nowhere, m_path});
            QVERIFY2(run.exitCode == code, qPrintable(run.err));
            QVERIFY2(run.err.contains(QString::fromUtf8(message)), qPrintable(run.err));
            QVERIFY(!QFile::exists(nowhere));
        };
        fails({"--proposal", "NOPE", "--format", "pdf"}, 1, "NOPE");
        fails({"--proposal", "CLIMRES", "--format", "docx"}, 2, "Unknown format");
        fails({"--proposal", "CLIMRES", "--format", "pdf", "--template", "eu"}, 2,
              "Unknown template");

        fails({"--proposal", "CLIMRES", "--format", "iati"}, 1, "awarded proposal");
        const Run unwritable =
            hamkor({"export", "budget", "--proposal", "CLIMRES", "--format", "csv", "--output",
                    m_dir.filePath("missing-folder/b.csv"), m_path});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY(unwritable.err.contains("missing-folder"));
    }

    // A file for the wrong proposal: the first 100 problems, then how many more.
    void manyProblemsListed()
    {
        QByteArray csv =
            "category,description,partner,unit,quantity,unit_cost,currency,period,donor_pct\n";
        for (int i = 0; i < 250; ++i)
            csv += "2.1,Trip " + QByteArray::number(i) + ",NOBODY,trip,1,100,EUR,1,90\n";
        const QString path = write("budget-stranger.csv", csv);
        const Run bad = hamkor(
            {"import", "budget", path, m_path, "--proposal", "CLIMRES", "--version", "Stranger"});
        QCOMPARE(bad.exitCode, 1);
        const QStringList lines = bad.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 102);
        QCOMPARE(lines.at(0), "hamkor: " + path +
                                  ": Line 2, column partner: “NOBODY” is not a member of the "
                                  "consortium of CLIMRES.");
        QVERIFY(lines.at(99).startsWith(path + ": Line 101, column partner"));
        QCOMPARE(lines.at(100), "… and 150 more problems.");
        QCOMPARE(lines.at(101), "Nothing was imported.");
        QCOMPARE(
            hamkor({"budget", "--proposal", "CLIMRES", "--version", "Stranger", m_path}).exitCode,
            1);
    }

    // All or nothing: a bad last row of a long file leaves the version as it was.
    void badLastRowAddsNothing()
    {
        const QStringList print{"budget", "--proposal", "CLIMRES", "--version", "Draft 1", m_path};
        const Run before = hamkor(print);
        QCOMPARE(before.exitCode, 0);
        QByteArray csv =
            "category,description,partner,unit,quantity,unit_cost,currency,period,donor_pct\n";
        for (int i = 0; i < 3000; ++i)
            csv += "2.1,Trip " + QByteArray::number(i) + ",ZhB,trip,1,100,EUR,1,90\n";
        const QString path =
            write("budget-bad-end.csv", csv + "2.1,Last,ZhB,trip,1,100,EUR,9,90\n");
        const Run bad = hamkor(
            {"import", "budget", path, m_path, "--proposal", "CLIMRES", "--version", "Draft 1"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(": Line 3002, column period"), qPrintable(bad.err));
        QVERIFY(bad.err.endsWith("Nothing was imported.\n"));
        QCOMPARE(hamkor(print).out, before.out);
        const QString ragged = write("budget-ragged-end.csv", csv + "2.1,Last\n");
        const Run unreadable = hamkor(
            {"import", "budget", ragged, m_path, "--proposal", "CLIMRES", "--version", "Draft 1"});
        QCOMPARE(unreadable.exitCode, 1);
        QCOMPARE(unreadable.err, "hamkor: " + ragged +
                                     ": Line 3002 has 2 cells, but the header has 9.\nNothing "
                                     "was imported.\n");
        QCOMPARE(hamkor(print).out, before.out);
    }

    // As Russian-language Excel saves it: Windows-1251, ';' and decimal commas.
    void windows1251Imports()
    {
        QStringEncoder encoder("windows-1251");
        const QByteArray csv = encoder.encode(
            "category;description;partner;unit;quantity;unit_cost;currency;period;donor_pct\r\n"
            "1.1.1;Координатор проекта;ZhB;месяц;2,5;1 000,50;EUR;1;90\r\n"
            "2.1;\"Поездка; Алматы — Бишкек\";TS;поездка;3;420;EUR;2;80,5\r\n");
        const QString path = write("budget-1251.csv", csv);
        const Run imported = hamkor(
            {"import", "budget", path, m_path, "--proposal", "CLIMRES", "--version", "Кириллица"});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains("Imported 2 budget lines into “Кириллица” of CLIMRES."),
                 qPrintable(imported.out));
        const Run printed =
            hamkor({"budget", "--proposal", "CLIMRES", "--version", "Кириллица", m_path});
        // 2.5 × 1 000.50 = 2 501.25; 3 × 420.00 = 1 260.00
        QVERIFY2(printed.out.contains("Координатор проекта · ZhB · year 1 · 2.5 месяц × "
                                      "1,000.50 EUR"),
                 qPrintable(printed.out));
        QVERIFY(printed.out.contains("Поездка; Алматы — Бишкек · TS · year 2"));
        QCOMPARE(amountOf(printed.out, "7 Subtotal"), "3,761.25");
    }

    void errors()
    {
        QCOMPARE(hamkor({"budget", m_path}).exitCode, 2);
        const Run unknown = hamkor({"budget", "--proposal", "NOPE", m_path});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("NOPE"));
        const Run noBudget = hamkor({"budget", "--proposal", "GLACIS", m_path});
        QCOMPARE(noBudget.exitCode, 1);
        QVERIFY2(noBudget.err.contains("no budget"), qPrintable(noBudget.err));
        QCOMPARE(
            hamkor({"import", "budget", m_data + "budget-climres-sample.csv", m_path}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestBudgetCommands)
#include "TestBudgetCommands.moc"
