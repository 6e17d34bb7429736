// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Timing helpers and the Markdown table the README shows.
namespace bench {

// The best of runs timings of work, in milliseconds.
double bestOf(int runs, const std::function<void()> &work);
// The best of runs timings of the sqlite3 command running sql on file (output discarded),
// in milliseconds; negative when sqlite3 is missing. Includes starting the process.
double sqlite3(int runs, const QString &file, const QStringList &arguments);

// A run of another program: how long it took, its peak memory (the most of it resident at
// once, as the kernel counts it), and how it ended.
struct Child
{
    double milliseconds = -1;
    double peakMegabytes = -1;
    int exitCode = -1;
};
// Runs program with arguments, its standard output to output and its standard error to
// errors (files), and waits for it. It is started by a fresh hamkor_bench of its own
// (childUsage): a process started straight from this one would be charged with this one's
// memory, which the kernel counts into its peak when it replaces itself with program.
Child run(const QString &program, const QStringList &arguments, const QString &output,
          const QString &errors);
// `hamkor_bench --child-usage OUTPUT ERRORS PROGRAM ARGUMENTS…`: runs the program and
// prints its milliseconds, peak kilobytes and exit code. Called before anything else.
int childUsage(int argc, char *argv[]);

struct Row
{
    QString what;
    double hamkor = -1;
    double reference = -1; // sqlite3 doing the same, or negative
    QString target;
    double peakMegabytes = -1; // of a command run on its own, or negative
};

QString table(const QList<Row> &rows);

// The budget rows: a 10,000-line budget recomputed, opened in the editor, edited.
QList<Row> budgetRows();
// A budget of 1,000,000 lines imported into the large file at path by `hamkor import budget`
// and printed by `hamkor budget`; its files go to dir.
QList<Row> largeBudgetRows(const QString &path, const QString &dir);

} // namespace bench
