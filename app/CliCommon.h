// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace hamkor {
namespace app {

// What every command shares: --help and --lang, argument checking, and writing results to
// a file (atomically) or to standard output.
class CliCommon
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::app::Cli)

public:
    static const QCommandLineOption &languageOption();
    // Sets up parser for `hamkor WORDS…` with a description.
    static void setUp(QCommandLineParser &parser, const QString &words, const QString &description);
    // Parses; prints help or the error. Returns -1 to go on, or the exit code to stop with.
    // wanted counts the positional arguments after the command words (words of them).
    static int parse(QCommandLineParser &parser, const QStringList &arguments, int words,
                     int wanted, const QString &usage);
    // Writes bytes to path, or to stdout when path is empty or "-". Never leaves a
    // half-written file at path. Returns the exit code.
    static int writeOutput(const QString &path, const QByteArray &bytes);
};

} // namespace app
} // namespace hamkor
