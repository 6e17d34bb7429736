// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/benchmarks/BenchTable.h"

#include <QProcess>
#include <QStandardPaths>

namespace bench {

double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

double sqlite3(int runs, const QString &file, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (program.isEmpty())
        return -1;
    return bestOf(runs, [&] {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(program, QStringList{file} + arguments);
        process.waitForFinished(-1);
    });
}

namespace {
QString milliseconds(double value)
{
    if (value < 0)
        return QStringLiteral("—");
    if (value >= 1000)
        return QStringLiteral("%1 s").arg(value / 1000, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 0);
}
} // namespace

QString table(const QList<Row> &rows)
{
    QStringList lines{QStringLiteral("| what | Hamkor | `sqlite3` doing the same | target |"),
                      QStringLiteral("|---|---:|---:|---|")};
    for (const Row &row : rows)
        lines << QStringLiteral("| %1 | %2 | %3 | %4 |")
                     .arg(row.what, milliseconds(row.hamkor), milliseconds(row.reference),
                          row.target);
    return lines.join(u'\n');
}

} // namespace bench
