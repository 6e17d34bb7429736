// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the README's benchmark table: the figures of SPEC section 6 that exist so far,
// measured on the large demo file, beside the sqlite3 command doing the same work.
#include "core/Clock.h"
#include "core/Store.h"
#include "core/budget/BudgetLoader.h"
#include "core/commands/CallCommands.h"
#include "core/demo/DemoData.h"
#include "core/export/BudgetExport.h"
#include "core/export/CallExport.h"
#include "core/export/CallSelection.h"
#include "core/io/CallImporter.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/storage/CallQuery.h"
#include "core/storage/Database.h"
#include "core/storage/DuplicateFinder.h"
#include "core/storage/FileCheck.h"
#include "core/storage/OrganisationQuery.h"
#include "core/storage/PartnerRanking.h"
#include "core/storage/Sql.h"
#include "tests/benchmarks/BenchTable.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace hamkor::core;

namespace {
void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

const QString FirstScreen = QStringLiteral(
    "SELECT id, title, donor, deadline_utc, status FROM calls ORDER BY deadline_utc LIMIT 60");
const QString AllLines = QStringLiteral(
    "SELECT category_code, description, member_id, unit, quantity, unit_cost_minor, currency, "
    "period, donor_share, own_share, other_share, in_kind_share FROM budget_lines "
    "ORDER BY version_id, sort_order, id");
} // namespace

int main(int argc, char *argv[])
{
    // A fresh process that only starts another and measures it (bench::run).
    if (argc > 1 && std::strcmp(argv[1], "--child-usage") == 0)
        return bench::childUsage(argc, argv);
    // The budget rows time the editor's widgets, which need no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // `hamkor_bench budgets` times the budget rows alone, on the small demo file.
    if (app.arguments().contains(QStringLiteral("budgets"))) {
        std::printf("%s\n", bench::table(bench::budgetRows()).toUtf8().constData());
        return 0;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.hamkor"));
    QList<bench::Row> rows;

    say(QStringLiteral("Creating the large demo file…"));
    const double created = bench::bestOf(1, [&] {
        auto db = Database::create(path);
        if (!db || !DemoData::fill(**db, DemoData::Size::Large))
            qFatal("could not create the large file");
    });
    rows.append({QStringLiteral("create the large file (20,000 calls, 5,000 partners, 2,000 "
                                "proposals, 1,000,000 budget lines; `hamkor demo --size large`)"),
                 created, -1, QStringLiteral("under 60 s")});
    // `hamkor_bench large-budget` times the import and printing of 1,000,000 lines alone.
    if (app.arguments().contains(QStringLiteral("large-budget"))) {
        rows = bench::largeBudgetRows(path, dir.path());
        std::printf("%s\n", bench::table(rows).toUtf8().constData());
        return 0;
    }
    say(QStringLiteral("File size: %1 MB").arg(QFileInfo(path).size() / 1e6, 0, 'f', 0));

    std::unique_ptr<Database> kept;
    const double opened = bench::bestOf(3, [&] {
        kept.reset();
        auto db = Database::open(path);
        if (!db)
            qFatal("could not open the large file");
        kept = std::move(db).value();
    });
    rows.append({QStringLiteral("open the large file (checks, pragmas, lock)"), opened,
                 bench::sqlite3(3, path, {QStringLiteral("PRAGMA user_version")}),
                 QStringLiteral("well under 1 s to a usable window")});

    const double firstScreen = bench::bestOf(5, [&] {
        QSqlQuery query(kept->connection());
        query.exec(FirstScreen);
        while (query.next()) {
        }
    });
    rows.append({QStringLiteral("first screen of calls by deadline (60 rows)"), firstScreen,
                 bench::sqlite3(5, path, {FirstScreen}), QStringLiteral("—")});

    // The calls list: what the window reads to show its first screen, and per keystroke.
    const double callsShown = bench::bestOf(5, [&] {
        CallQuery query(kept->connection());
        if (!query.count() || !query.page(0, 200))
            qFatal("calls query failed");
    });
    rows.append({QStringLiteral("calls list: count and first page of 20,000 calls"), callsShown,
                 bench::sqlite3(5, path,
                                {QStringLiteral("SELECT count(*) FROM calls; SELECT * "
                                                "FROM calls ORDER BY deadline_utc "
                                                "LIMIT 200;")}),
                 QStringLiteral("under 100 ms")});
    double slowestKeystroke = 0;
    for (const char *typed : {"g", "gr", "gra", "gran", "grants", "grants f", "grants fo"}) {
        slowestKeystroke = std::max(slowestKeystroke, bench::bestOf(3, [&] {
                                        CallQuery query(kept->connection());
                                        CallFilter filter;
                                        filter.text = QString::fromLatin1(typed);
                                        query.setFilter(filter);
                                        if (!query.count() || !query.page(0, 200))
                                            qFatal("calls filter failed");
                                    }));
    }
    rows.append({QStringLiteral("calls list: one filter keystroke (slowest of typing "
                                "\"grants fo\")"),
                 slowestKeystroke,
                 bench::sqlite3(3, path,
                                {QStringLiteral("SELECT count(*) FROM calls WHERE id IN "
                                                "(SELECT rowid FROM calls_search WHERE "
                                                "calls_search MATCH '\"g\"*');")}),
                 QStringLiteral("under 16 ms")});

    // The partner directory and its helpers.
    const double partnersShown = bench::bestOf(5, [&] {
        OrganisationQuery query(kept->connection());
        if (!query.count() || !query.page(0, 200))
            qFatal("organisations query failed");
    });
    rows.append({QStringLiteral("partners: count and first page of 5,000 organisations"),
                 partnersShown,
                 bench::sqlite3(5, path,
                                {QStringLiteral("SELECT count(*) FROM organisations; "
                                                "SELECT * FROM organisations ORDER BY "
                                                "name LIMIT 200;")}),
                 QStringLiteral("under 100 ms")});
    double slowestPartnerKeystroke = 0;
    for (const char *typed : {"e", "ek", "eko", "ekos", "ekosf", "ekosfe"})
        slowestPartnerKeystroke =
            std::max(slowestPartnerKeystroke, bench::bestOf(3, [&] {
                         OrganisationQuery query(kept->connection());
                         query.setFilter({QString::fromLatin1(typed), {}, {}, {}, {}});
                         if (!query.count() || !query.page(0, 200))
                             qFatal("organisations filter failed");
                     }));
    rows.append({QStringLiteral("partners: one filter keystroke (slowest of typing \"ekosfe\", "
                                "which also finds «Экосфера»)"),
                 slowestPartnerKeystroke, -1, QStringLiteral("under 16 ms")});
    Organisation candidate;
    candidate.name = QStringLiteral("Общественный фонд «Экосфера» 17");
    candidate.country = QStringLiteral("KZ");
    candidate.registrationNumber = QStringLiteral("REG 100016");
    candidate.website = QStringLiteral("https://org17.example.org");
    const double duplicateCheck = bench::bestOf(5, [&] {
        if (const auto matches = DuplicateFinder(kept->connection()).find(candidate); !matches)
            qFatal("duplicate check failed");
    });
    rows.append({QStringLiteral("partners: duplicate check of one new organisation"),
                 duplicateCheck, -1, QStringLiteral("under 10 ms")});
    Call call;
    call.id = 1;
    call.themes = {QStringLiteral("climate_change"), QStringLiteral("iwrm"),
                   QStringLiteral("biodiversity")};
    call.countries = {QStringLiteral("KZ"), QStringLiteral("KG"), QStringLiteral("TJ")};
    call.applicantTypes = {QStringLiteral("cso"), QStringLiteral("academic")};
    const double ranked = bench::bestOf(5, [&] {
        if (const auto partners = PartnerRanking(kept->connection()).forCall(call); !partners)
            qFatal("ranking failed");
    });
    rows.append({QStringLiteral("partners for a call: ranking 5,000 organisations"), ranked, -1,
                 QStringLiteral("under 50 ms")});

    const double counted = bench::bestOf(3, [&] {
        if (const auto counts = FileCheck::counts(*kept); !counts)
            qFatal("counting failed: %s", qPrintable(counts.message()));
    });
    QStringList countSql;
    for (const QString &table : FileCheck::tables())
        countSql << QStringLiteral("SELECT count(*) FROM ") + table + u';';
    rows.append({QStringLiteral("count the rows of all 15 tables"), counted,
                 bench::sqlite3(3, path, {countSql.join(u' ')}), QStringLiteral("—")});

    // Every budget line of the large file in one version: a budget of 1,000,000 lines,
    // exported to CSV beside sqlite3 writing the same rows as CSV.
    const qint64 bigVersion =
        Sql::scalar(kept->connection(), QStringLiteral("SELECT min(id) FROM budget_versions"))
            ->toLongLong();
    if (!Sql::exec(kept->connection(), QStringLiteral("UPDATE budget_lines SET version_id = ?"),
                   {bigVersion}) ||
        !Sql::exec(kept->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qFatal("could not gather the budget lines");
    // The file at rest, as a user's would be: the million changed rows moved out of the WAL
    // into the file (the first sqlite3 to close it would do that anyway, before its own run).
    const QString exported = dir.filePath(QStringLiteral("budget.csv"));
    const double csvExport = bench::bestOf(3, [&] {
        // As `hamkor export budget --format csv` does: the lines streamed from the file.
        const auto budget = loadBudget(kept->connection(), bigVersion, Lines::Streamed);
        if (!budget || !BudgetExport::writeFile(exported, *budget, {}))
            qFatal("the CSV export failed");
    });
    say(QStringLiteral("CSV of 1,000,000 lines: %1 MB")
            .arg(QFileInfo(exported).size() / 1e6, 0, 'f', 0));
    rows.append({QStringLiteral("export a budget of 1,000,000 lines to CSV (read, compute, write; "
                                "`sqlite3 -csv` writing the same rows)"),
                 csvExport, bench::sqlite3(3, path, {QStringLiteral("-csv"), AllLines}),
                 QStringLiteral("at most 1.5× sqlite3")});
    // Import: the large file's 20,000 calls as CSV into an empty file.
    const QString csvPath = dir.filePath(QStringLiteral("calls.csv"));
    {
        const auto calls = callselection::matching(kept->connection(), {});
        QFile csv(csvPath);
        if (!calls || !csv.open(QIODevice::WriteOnly) || !CallExport::csv(csv, *calls, {}))
            qFatal("could not write the calls CSV");
    }
    kept.reset();
    const QString target = dir.filePath(QStringLiteral("import.hamkor"));
    const double imported = bench::bestOf(1, [&] {
        auto store = Store::create(target);
        QElapsedTimer phase;
        phase.start();
        const auto table = CsvReader::readFile(csvPath);
        if (!store || !table)
            qFatal("import set-up failed");
        say(QStringLiteral("  import: read %1 ms").arg(phase.restart()));
        const CallImportPreview preview =
            CallImporter::preview((*store)->database().connection(), *table, QStringLiteral("UTC"));
        say(QStringLiteral("  import: preview %1 ms").arg(phase.restart()));
        if (!preview.ok() || preview.toAdd.size() != 20000 ||
            !commands::addCalls(**store, preview.toAdd, QStringLiteral("Import")))
            qFatal("the import failed: %lld to add, %lld duplicates, first problem: %s",
                   qint64(preview.toAdd.size()), qint64(preview.duplicates.size()),
                   preview.problems.isEmpty() ? "none"
                                              : qPrintable(preview.problems.constFirst().text()));
    });
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    rows.append({QStringLiteral("import 20,000 calls from CSV (read, check, find duplicates, "
                                "write; sqlite3: `.import` into a bare table)"),
                 imported,
                 bench::sqlite3(1, plain,
                                {QStringLiteral("-cmd"), QStringLiteral(".mode csv"),
                                 QStringLiteral(".import ") + csvPath + QStringLiteral(" calls")}),
                 QStringLiteral("under 1 s")});

    const double checked = bench::bestOf(1, [&] {
        const auto report = FileCheck::run(path);
        if (!report || !report->ok())
            qFatal("the large file does not pass its check");
    });
    rows.append({QStringLiteral("`hamkor check` (integrity_check, foreign_key_check, counts)"),
                 checked,
                 bench::sqlite3(1, path,
                                {QStringLiteral("PRAGMA integrity_check; PRAGMA "
                                                "foreign_key_check;")}),
                 QStringLiteral("—")});

    say(QStringLiteral("A budget of 1,000,000 lines on the command line…"));
    rows += bench::largeBudgetRows(path, dir.path());

    say(QStringLiteral("Budgets…"));
    rows += bench::budgetRows();
    std::printf("%s\n", bench::table(rows).toUtf8().constData());
    return 0;
}
