// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace hamkor {
namespace core {
class Store;
struct CsvTable;
} // namespace core
} // namespace hamkor

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
    // The CSV file at path, or nothing after saying on stderr why it cannot be read.
    static std::optional<core::CsvTable> readCsv(const QString &path);
    // The Hamkor file at path open for writing, or nullptr after saying why it is not.
    static std::unique_ptr<core::Store> openForWriting(const QString &path);
};

} // namespace app
} // namespace hamkor
