// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace hamkor {
namespace app {

// The command line without a window: `hamkor COMMAND [OPTIONS] FILE`, in the conventions
// of QCommandLineParser. Output goes to stdout, errors to stderr with a non-zero exit code:
// 1 when the work failed, 2 when the command line itself was wrong.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::app::Cli)

public:
    // Whether arguments ask for the command line (a command word, --help or --version)
    // rather than the window.
    static bool wantsCommandLine(const QStringList &arguments);
    // Runs the command; returns the exit code.
    static int run(const QStringList &arguments);
    // The commands, for --help and for wantsCommandLine.
    static QStringList commands();

private:
    static int runNew(const QStringList &arguments);
    static int runDemo(const QStringList &arguments);
    static int runCheck(const QStringList &arguments);
};

} // namespace app
} // namespace hamkor
