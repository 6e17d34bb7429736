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

struct Row
{
    QString what;
    double hamkor = -1;
    double reference = -1; // sqlite3 doing the same, or negative
    QString target;
};

QString table(const QList<Row> &rows);

// The budget rows: a 10,000-line budget recomputed, opened in the editor, edited.
QList<Row> budgetRows();

} // namespace bench
