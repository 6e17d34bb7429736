// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/benchmarks/BenchTable.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

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

// Spawned and waited for by hand: wait4 gives this child's own peak memory, which QProcess
// does not.
Child spawnAndWait(const QList<QByteArray> &command, const QByteArray &output,
                   const QByteArray &errors)
{
    QList<QByteArray> words = command;
    QList<char *> argv;
    for (QByteArray &word : words)
        argv << word.data();
    argv << nullptr;
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, output.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_addopen(&files, 2, errors.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    Child child;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.at(0), &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0)
        return child;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return child;
    child.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    child.peakMegabytes = double(usage.ru_maxrss) / 1024; // kilobytes on Linux
    child.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return child;
}

} // namespace

int childUsage(int argc, char *argv[])
{
    if (argc < 5)
        return 2;
    QList<QByteArray> command;
    for (int i = 4; i < argc; ++i)
        command << QByteArray(argv[i]);
    const Child child = spawnAndWait(command, argv[2], argv[3]);
    std::printf("%.3f %.3f %d\n", child.milliseconds, child.peakMegabytes, child.exitCode);
    return 0;
}

Child run(const QString &program, const QStringList &arguments, const QString &output,
          const QString &errors)
{
    QProcess measurer;
    measurer.start(QCoreApplication::applicationFilePath(),
                   QStringList{QStringLiteral("--child-usage"), output, errors, program} +
                       arguments);
    Child child;
    if (!measurer.waitForFinished(-1))
        return child;
    const QList<QByteArray> figures = measurer.readAllStandardOutput().trimmed().split(' ');
    if (figures.size() != 3)
        return child;
    child.milliseconds = figures.at(0).toDouble();
    child.peakMegabytes = figures.at(1).toDouble();
    child.exitCode = figures.at(2).toInt();
    return child;
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
    for (const Row &row : rows) {
        QString hamkor = milliseconds(row.hamkor);
        if (row.peakMegabytes >= 0)
            hamkor += QStringLiteral(", %1 MB peak").arg(row.peakMegabytes, 0, 'f', 0);
        lines << QStringLiteral("| %1 | %2 | %3 | %4 |")
                     .arg(row.what, hamkor, milliseconds(row.reference), row.target);
    }
    return lines.join(u'\n');
}

} // namespace bench
