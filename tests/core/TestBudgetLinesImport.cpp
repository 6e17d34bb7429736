// SPDX-License-Identifier: GPL-3.0-or-later
// Budget lines imported from CSV: read whole (the window) and streamed a row at a time (the
// command line), which must add the same lines and find the same problems.
#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/BudgetCommands.h"
#include "core/commands/OrganisationCommands.h"
#include "core/commands/ProposalCommands.h"
#include "core/io/BudgetLinesImport.h"
#include "core/io/CsvReader.h"
#include "core/storage/BudgetRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/Sql.h"
#include "tests/core/CsvSamples.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;

namespace {

const QByteArray Header =
    "category,description,partner,unit,quantity,unit_cost,currency,period,donor_pct\n";

// rows lines of the budget-lines format, each a little different, with a Cyrillic
// description and, every seventh, one in quotes over two lines.
QByteArray rows(int count, int from = 0)
{
    QByteArray bytes;
    const char *const headings[] = {"1.1.1", "2.1", "3.2", "1.1.2", "5.7"};
    const char *const partners[] = {"ZhB", "ts", "YM"};
    const char *const currencies[] = {"EUR", "KZT", "USD"};
    for (int i = from; i < from + count; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray description =
            i % 7 == 0 ? "\"Поездка " + n + "\nв Алматы, \"\"эко\"\"\"" : "Строка " + n + " — €";
        bytes += QByteArray(headings[i % 5]) + ',' + description + ',' + partners[i % 3] +
                 ",month," + QByteArray::number(1 + i % 12) + '.' + QByteArray::number(i % 10) +
                 ',' + QByteArray::number(100 + i) + ".5," + currencies[i % 3] + ',' +
                 QByteArray::number(1 + i % 3) + ",90\n";
    }
    return bytes;
}

} // namespace

class TestBudgetLinesImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_steppe = 0;  // eu-prag
    qint64 m_generic = 0; // a generic budget, which takes the headings a file names
    QList<qint64> m_organisations;
    int m_files = 0;

    QSqlDatabase db() const { return m_store->database().connection(); }

    Result<BudgetLinesImport> streamed(qint64 proposal, const QString &version,
                                       const QByteArray &csv, qsizetype chunk = 1024 * 1024)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        CsvOptions options;
        options.chunkBytes = chunk;
        return BudgetLinesImporter::streamIntoProposal(*m_store, proposal, version, buffer,
                                                       options);
    }

    Result<BudgetLinesImport> whole(qint64 proposal, const QString &version, const QByteArray &csv)
    {
        const auto table = CsvReader::parse(csv);
        if (!table)
            return table.error();
        return BudgetLinesImporter::intoProposal(*m_store, proposal, version, *table);
    }

    // The lines of a version as imported, without what each adding makes anew.
    QList<BudgetLine> linesOf(qint64 versionId)
    {
        auto version = BudgetRepository(db()).load(versionId);
        if (!version)
            qFatal("%s", qPrintable(version.message()));
        for (BudgetLine &line : version->lines) {
            line.id = 0;
            line.uuid.clear();
        }
        return version->lines;
    }

    // Everything about the budgets that an import could change.
    QString snapshot()
    {
        QStringList parts;
        for (const char *sql :
             {"SELECT count(*) || ':' || coalesce(group_concat(id || '/' || uuid || '/' || "
              "description || '/' || sort_order, '|'), '') FROM (SELECT * FROM budget_lines "
              "ORDER BY id)",
              "SELECT group_concat(id || '/' || name || '/' || modified_at, '|') FROM (SELECT * "
              "FROM budget_versions ORDER BY id)",
              "SELECT count(*) FROM budget_categories"})
            parts << Sql::scalar(db(), QString::fromLatin1(sql))->toString();
        return parts.join('\n');
    }

    qint64 proposal(const QString &acronym, const QString &templateCode)
    {
        Proposal p;
        p.acronym = acronym;
        p.title = acronym + " project";
        p.durationMonths = 36;
        p.templateCode = templateCode;
        int order = 0;
        for (const qint64 id : std::as_const(m_organisations)) {
            p.members.append({0, {}, id, order == 0 ? "lead" : "co-applicant", 0, 0, {}, order});
            ++order;
        }
        return *commands::addProposal(*m_store, p);
    }

private Q_SLOTS:
    void init()
    {
        Clock::setSource([] { return QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC); });
        auto store = Store::create(m_dir.filePath(QString("import-%1.hamkor").arg(++m_files)));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        m_organisations.clear();
        for (const char *acronym : {"ZhB", "TS", "YM"}) {
            Organisation o;
            o.name = QString::fromLatin1(acronym) + " CSO";
            o.acronym = QString::fromLatin1(acronym);
            o.type = "cso";
            o.country = "KZ";
            const auto id = commands::addOrganisation(*m_store, o);
            QVERIFY(id.ok());
            m_organisations << *id;
        }
        m_steppe = proposal("STEPPE", "eu-prag");
        m_generic = proposal("OPEN", "generic");
        m_store->undoStack()->clear();
    }

    void cleanup()
    {
        m_store.reset();
        Clock::setSource({});
    }

    // Streamed in chunks of every size, the same lines as the table read whole, in the same
    // order, with the same headings for a generic budget.
    void sameLinesAsWhole_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<bool>("generic");
        QTest::addColumn<QList<qsizetype>>("chunks");
        const QList<qsizetype> sizes{1, 2, 3, 7, 64, 1024 * 1024};
        QTest::addRow("UTF-8") << Header + rows(30) << false << sizes;
        QTest::addRow("byte-order mark") << "\xEF\xBB\xBF" + Header + rows(30) << false << sizes;
        QTest::addRow("shares and guarded cells")
            << QByteArray("category,description,partner,quantity,unit_cost,currency,donor_amount,"
                          "in_kind_amount,donor_pct,other_pct\n"
                          "1.1.1,'=SUM(A1),ZhB,12,450000,KZT,3000000,400000,,\n"
                          "2.1,'+trip,TS,2,100,EUR,,,80,10\n")
            << false << sizes;
        QTest::addRow("Windows-1251 with ;")
            << csvsamples::windows1251(
                   "category;description;partner;unit;quantity;unit_cost;currency;period;"
                   "donor_pct\r\n"
                   "1.1.1;Координатор проекта;ZhB;месяц;2,5;1 000,50;EUR;1;90\r\n"
                   "2.1;\"Поездка; Алматы — Бишкек\";TS;поездка;3;420;EUR;2;80,5\r\n")
            << false << sizes;
        QTest::addRow("generic headings")
            << Header + "A,Staff,ZhB,month,1,10,EUR,1,90\nB,Trips,TS,trip,1,10,EUR,1,90\n"
                        "A,More staff,YM,month,2,10,EUR,1,90\n"
            << true << sizes;
        // More than the 64 KB that decide the encoding: decoded chunk by chunk.
        QTest::addRow("larger than a chunk")
            << Header + rows(1500) << false << QList<qsizetype>{509, 4093, 65537};
    }
    void sameLinesAsWhole()
    {
        QFETCH(QByteArray, csv);
        QFETCH(bool, generic);
        QFETCH(QList<qsizetype>, chunks);
        const qint64 proposal = generic ? m_generic : m_steppe;
        const auto expected = whole(proposal, "Whole", csv);
        QVERIFY2(expected.ok(), qPrintable(expected.message()));
        QVERIFY2(expected->problems.isEmpty(), qPrintable(expected->problems.value(0).text()));
        QVERIFY(expected->added > 0);
        const auto wholeVersion = BudgetRepository(db()).load(expected->versionId, false);
        for (const qsizetype chunk : chunks) {
            const QString name = QString("Streamed in %1").arg(chunk);
            const auto outcome = streamed(proposal, name, csv, chunk);
            QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
            QVERIFY2(outcome->problems.isEmpty() && outcome->fileError.isEmpty(),
                     qPrintable(outcome->problems.isEmpty() ? outcome->fileError
                                                            : outcome->problems.at(0).text()));
            QCOMPARE(outcome->added, expected->added);
            QCOMPARE(outcome->versionName, name);
            QCOMPARE(linesOf(outcome->versionId), linesOf(expected->versionId));
            const auto version = BudgetRepository(db()).load(outcome->versionId, false);
            QCOMPARE(version->categories, wholeVersion->categories);
        }
    }

    // The same problems as the table read whole, where there are fewer than 100.
    void sameProblemsAsWhole_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addRow("rows") << Header + "1.1.1,Fine,ZhB,month,1,100,EUR,1,90\n"
                                          "1.1,Parent heading,ZhB,month,1,100,EUR,1,90\n"
                                          "9.9,No such heading,ZhB,month,1,100,EUR,1,90\n"
                                          "2.1,Stranger,NOBODY,trip,1,100,EUR,1,90\n"
                                          "2.1,Bad quantity,ZhB,trip,two,100,EUR,1,90\n"
                                          "2.1,Bad cost,ZhB,trip,1,1.005,XXX,4,120\n";
        QTest::addRow("columns") << QByteArray(
            "category,partner,quantity,cost,cost\n1.1.1,ZhB,1,2,3\n");
        // Only the column: a value under a column without a name hides the rows' problems.
        QTest::addRow("unnamed columns")
            << Header.trimmed() + ",,\n1.1.1,a,NOBODY,m,1,1,EUR,1,90,,\n"
                                  "1.1.1,b,ZhB,m,1,1,EUR,1,90,,x\n1.1.1,c,ZhB,m,1,1,EUR,1,90,y,z\n";
    }
    void sameProblemsAsWhole()
    {
        QFETCH(QByteArray, csv);
        const auto expected = whole(m_steppe, QString(), csv);
        QVERIFY(expected.ok());
        QVERIFY(!expected->problems.isEmpty());
        const QString before = snapshot();
        for (const qsizetype chunk : {5, 1024 * 1024}) {
            const auto outcome = streamed(m_steppe, QString(), csv, chunk);
            QVERIFY(outcome.ok());
            QCOMPARE(outcome->problems.size(), expected->problems.size());
            for (int i = 0; i < expected->problems.size(); ++i)
                QCOMPARE(outcome->problems.at(i).text(), expected->problems.at(i).text());
            QCOMPARE(outcome->moreProblems, 0);
            QCOMPARE(snapshot(), before);
        }
    }

    // A file for the wrong proposal: the first 100 problems, the rest counted, nothing added.
    void firstHundredProblems()
    {
        QByteArray csv = Header + rows(10);
        for (int i = 0; i < 250; ++i)
            csv += "2.1,Trip " + QByteArray::number(i) + ",NOBODY,trip,1,100,EUR,1,90\n";
        const QString before = snapshot();
        const auto outcome = streamed(m_steppe, "Draft 1", csv, 1000);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->problems.size(), 100);
        QCOMPARE(outcome->moreProblems, 150);
        QCOMPARE(outcome->problems.at(0).line, 14); // a header and ten rows, two of two lines
        QCOMPARE(outcome->problems.at(0).column, "partner");
        QCOMPARE(outcome->problems.at(99).line, 113);
        QCOMPARE(outcome->added, 0);
        QCOMPARE(snapshot(), before);
        QVERIFY(BudgetRepository(db()).versions(m_steppe)->isEmpty());
    }

    // All or nothing: a problem, or a file that cannot be read, at the end of a long file
    // leaves the file as it was, for a version that exists and for a new one.
    void allOrNothing_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("last");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("fileError");
        const QByteArray bad = "2.1,Last,ZhB,trip,1,abc,EUR,1,90\n";
        const QByteArray ragged = "2.1,Last\n";
        // After a header, 500 rows of which 71 take two lines.
        QTest::addRow("problem, existing version")
            << "Draft 1" << bad << "Line 573, column unit_cost"
            << "";
        QTest::addRow("problem, new version") << "Other" << bad << "Line 573, column unit_cost"
                                              << "";
        QTest::addRow("unreadable, existing version")
            << "Draft 1" << ragged << ""
            << "Line 573 has 2 cells, but the header has 9.";
        QTest::addRow("unreadable, new version") << "Other" << ragged << ""
                                                 << "Line 573 has 2 cells, but the header has 9.";
    }
    void allOrNothing()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, last);
        QFETCH(QString, problem);
        QFETCH(QString, fileError);
        QVERIFY(streamed(m_steppe, "Draft 1", Header + rows(30))->added == 30);
        const QString before = snapshot();
        const QByteArray csv = Header + rows(500, 30) + last;
        const auto outcome = streamed(m_steppe, version, csv, 4096);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->added, 0);
        QCOMPARE(outcome->fileError, fileError);
        if (problem.isEmpty()) {
            QVERIFY(outcome->problems.isEmpty());
        } else {
            QCOMPARE(outcome->problems.size(), 1);
            QVERIFY2(outcome->problems.at(0).text().startsWith(problem),
                     qPrintable(outcome->problems.at(0).text()));
        }
        QCOMPARE(snapshot(), before);
    }

    // Lines go after those a version has, with no undo step; the change is announced.
    void appendsAndAnnounces()
    {
        QSignalSpy changed(m_store.get(), &Store::tableChanged);
        const auto first = streamed(m_steppe, QString(), Header + rows(3));
        QVERIFY(first.ok());
        QCOMPARE(first->versionName, "Draft 1");
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toString(), "budget_versions");
        QCOMPARE(changed.at(1).at(0).toString(), "budget_lines");
        changed.clear();
        const auto second = streamed(m_steppe, "draft 1", Header + rows(2, 3));
        QVERIFY(second.ok());
        QCOMPARE(second->versionId, first->versionId);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), "budget_lines");
        const QList<BudgetLine> lines = linesOf(first->versionId);
        QCOMPARE(lines.size(), 5);
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i).sortOrder, i);
        QCOMPARE(lines.at(4).description, "Строка 4 — €");
        QCOMPARE(m_store->undoStack()->count(), 0);

        // A generic budget's new headings are announced with the version.
        const auto open = streamed(m_generic, QString(), Header + "Z,x,ZhB,m,1,1,EUR,1,90\n");
        changed.clear();
        QVERIFY(streamed(m_generic, QString(), Header + "Y,x,ZhB,m,1,1,EUR,1,90\n").ok());
        QCOMPARE(changed.size(), 2);
        const auto version = BudgetRepository(db()).load(open->versionId, false);
        QCOMPARE(version->categories, (QList<UserCategory>{{"Z", "Z"}, {"Y", "Y"}}));
    }

    // A submitted version refuses new lines, as in the window.
    void lockedVersionRefused()
    {
        const auto first = streamed(m_steppe, QString(), Header + rows(3));
        auto version = BudgetRepository(db()).load(first->versionId, false);
        version->state = "submitted";
        QVERIFY(commands::editBudgetVersion(*m_store, *version).ok());
        const QString before = snapshot();
        const auto refused = streamed(m_steppe, QString(), Header + rows(3));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains("is kept as it was"), qPrintable(refused.message()));
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestBudgetLinesImport)
#include "TestBudgetLinesImport.moc"
