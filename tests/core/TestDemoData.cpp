// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoData.h"
#include "core/storage/Database.h"
#include "core/storage/FileCheck.h"
#include "core/storage/Sql.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallDemoIsRealisticAndSound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.hamkor"));
        {
            auto db = Database::create(path);
            QVERIFY(db.ok());
            const Status filled = DemoData::fill(**db, DemoData::Size::Small);
            QVERIFY2(filled.ok(), qPrintable(filled.message()));
            const auto sql = [&](const char *text) {
                return Sql::scalar((*db)->connection(), QString::fromUtf8(text));
            };
            // Partners in all six countries, with names in Cyrillic, Latin and Arabic script.
            QCOMPARE(sql("SELECT count(DISTINCT country) FROM organisations WHERE country IN "
                         "('KZ','KG','TJ','TM','UZ','AF')")
                         ->toInt(),
                     6);
            QVERIFY(sql("SELECT count(*) FROM organisations WHERE name LIKE '%Общественный%'")
                        ->toInt() > 0);
            QVERIFY(sql("SELECT count(*) FROM organisations WHERE name LIKE '%محیط%'")->toInt() >
                    0);
            QVERIFY(sql("SELECT count(*) FROM organisations WHERE name LIKE '%Türkmenistan%'")
                        ->toInt() > 0);
            // Budgets in EUR and USD with lines in local currencies, and rates for them.
            QCOMPARE(sql("SELECT count(DISTINCT currency) FROM budget_versions")->toInt(), 2);
            QVERIFY(sql("SELECT count(DISTINCT currency) FROM budget_lines")->toInt() >= 5);
            QCOMPARE(sql("SELECT count(*) FROM budget_lines l JOIN budget_versions v ON "
                         "v.id = l.version_id WHERE l.currency <> v.currency AND NOT EXISTS ("
                         "SELECT 1 FROM exchange_rates r WHERE r.from_currency = l.currency "
                         "AND r.to_currency = v.currency)")
                         ->toInt(),
                     0);
            // Every proposal has exactly one lead applicant.
            QCOMPARE(sql("SELECT count(*) FROM proposals p WHERE (SELECT count(*) FROM "
                         "consortium_members m WHERE m.proposal_id = p.id AND m.role = 'lead') "
                         "<> 1")
                         ->toInt(),
                     0);
            // The full-text index of calls holds what the calls table holds.
            QCOMPARE(sql("SELECT count(*) FROM calls_search_docsize")->toInt(),
                     sql("SELECT count(*) FROM calls")->toInt());
            QCOMPARE(
                sql("SELECT count(*) FROM calls_search WHERE calls_search MATCH 'grants'")->toInt(),
                sql("SELECT count(*) FROM calls WHERE title LIKE '%grants%'")->toInt());
            // Every call's deadline can be shown: a date, a time and a zone the time-zone
            // database knows (the demo once had "Europe/Geneva", which is not one).
            QCOMPARE(sql("SELECT count(*) FROM calls WHERE deadline_local = '' OR "
                         "deadline_tz = '' OR deadline_utc = ''")
                         ->toInt(),
                     0);
            QVERIFY(FileCheck::deadlineProblems(**db).isEmpty());
            // Deadlines both ahead and behind today.
            QVERIFY(sql("SELECT count(*) FROM calls WHERE deadline_utc > "
                        "strftime('%Y-%m-%dT%H:%M', 'now')")
                        ->toInt() >= 5);
        }
        const auto report = FileCheck::run(path);
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    }

    void cancelledLargeDemoWritesNothing()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("large.hamkor")));
        QVERIFY(db.ok());
        int calls = 0;
        const Status filled = DemoData::fill(**db, DemoData::Size::Large, [&](int percent) {
            ++calls;
            return percent < 3;
        });
        QVERIFY(!filled.ok());
        QVERIFY(filled.message().contains(QStringLiteral("Cancelled")));
        QVERIFY(calls > 1);
        QCOMPARE(
            Sql::scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM organisations"))
                ->toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
