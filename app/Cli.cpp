// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Cli.h"

#include "app/CliOutput.h"
#include "core/demo/DemoData.h"
#include "core/storage/Database.h"
#include "core/storage/FileCheck.h"
#include "ui/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace hamkor {
namespace app {

namespace {

using core::Status;

const QCommandLineOption &languageOption()
{
    static const QCommandLineOption option(
        QStringLiteral("lang"),
        QCoreApplication::translate("hamkor::app::Cli", "Use language CODE (en or ru)."),
        QStringLiteral("CODE"));
    return option;
}

void removeFileAndCompanions(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

// The parser every command starts from: --help, --lang, and the command word.
void Cli::addCommon(QCommandLineParser &parser, const QString &command, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(languageOption());
    parser.addPositionalArgument(QStringLiteral("command"), command, command);
}

// Parses arguments for one command; prints help or the error itself. Returns -1 to go
// on, or the exit code to stop with.
int Cli::parse(QCommandLineParser &parser, const QStringList &arguments, int wantedPositionals,
               const QString &usage)
{
    if (!parser.parse(arguments)) {
        cli::error(parser.errorText() + u'\n' + usage);
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli::out(parser.helpText());
        return 0;
    }
    if (parser.positionalArguments().size() != wantedPositionals + 1) {
        cli::error(tr("Wrong number of arguments.") + u'\n' + usage);
        return 2;
    }
    return -1;
}

int Cli::runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommon(parser, QStringLiteral("new"), tr("Create an empty Hamkor file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to create."));
    const QString usage = tr("Usage: hamkor new FILE");
    if (int code = parse(parser, arguments, 1, usage); code >= 0)
        return code;
    const QString path = parser.positionalArguments().at(1);
    auto db = core::Database::create(path);
    if (!db) {
        cli::error(db.message());
        return 1;
    }
    cli::out(tr("Created %1.").arg(QFileInfo(path).absoluteFilePath()));
    return 0;
}

int Cli::runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommon(parser, QStringLiteral("demo"),
              tr("Create a Hamkor file full of realistic demo data."));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("small (an office's worth, the default) or large (20,000 "
                                     "calls, 5,000 partners, 2,000 proposals, 1,000,000 budget "
                                     "lines)."),
                                  QStringLiteral("SIZE"), QStringLiteral("small"));
    parser.addOption(size);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to create."));
    const QString usage = tr("Usage: hamkor demo [--size small|large] FILE");
    if (int code = parse(parser, arguments, 1, usage); code >= 0)
        return code;
    const QString sizeName = parser.value(size);
    if (sizeName != u"small" && sizeName != u"large") {
        cli::error(tr("Unknown size “%1”: use small or large.").arg(sizeName) + u'\n' + usage);
        return 2;
    }
    const QString path = parser.positionalArguments().at(1);
    Status filled;
    {
        auto db = core::Database::create(path);
        if (!db) {
            cli::error(db.message());
            return 1;
        }
        const bool terminal = isatty(fileno(stderr));
        filled = core::DemoData::fill(
            **db, sizeName == u"large" ? core::DemoData::Size::Large : core::DemoData::Size::Small,
            [terminal](int percent) {
                if (terminal)
                    std::fprintf(stderr, "\r%3d %%", percent);
                return true;
            });
        if (terminal && sizeName == u"large")
            std::fprintf(stderr, "\n");
    }
    if (!filled) {
        removeFileAndCompanions(path);
        cli::error(filled.message());
        return 1;
    }
    cli::out(tr("Created %1 with %2 demo data.")
                 .arg(QFileInfo(path).absoluteFilePath(),
                      sizeName == u"large" ? tr("large") : tr("small")));
    return 0;
}

int Cli::runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommon(parser, QStringLiteral("check"),
              tr("Check a Hamkor file: integrity, file format and the rows in each table. "
                 "Exits with 1 when the file has problems."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to check."));
    const QString usage = tr("Usage: hamkor check FILE");
    if (int code = parse(parser, arguments, 1, usage); code >= 0)
        return code;
    const auto report = core::FileCheck::run(parser.positionalArguments().at(1));
    if (!report) {
        cli::error(report.message());
        return 1;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("File: %1").arg(report->path)
          << tr("Size: %1").arg(locale.formattedDataSize(report->sizeBytes))
          << tr("Format: %1 (this program writes format %2)")
                 .arg(report->schemaVersion)
                 .arg(report->latestVersion)
          << tr("Integrity: %1").arg(report->ok() ? tr("ok") : tr("PROBLEMS"));
    if (report->ok()) {
        lines << tr("Rows:");
        for (const auto &count : report->counts)
            lines << QStringLiteral("  %1 %2").arg(count.table, -22).arg(count.rows, 9);
    }
    cli::out(lines.join(u'\n'));
    if (!report->ok()) {
        cli::error(report->problems.join(u'\n'));
        return 1;
    }
    return 0;
}

QStringList Cli::commands()
{
    return {QStringLiteral("new"), QStringLiteral("demo"), QStringLiteral("check")};
}

bool Cli::wantsCommandLine(const QStringList &arguments)
{
    QStringList positionals;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--lang") {
            ++i; // its value
            continue;
        }
        if (argument == u"-h" || argument == u"--help" || argument == u"-v" ||
            argument == u"--version" || argument == u"--help-all")
            return true;
        if (!argument.startsWith(u'-'))
            positionals << argument;
    }
    // One word alone is a FILE to open in the window; a command, or more than one word
    // (an unknown command and its arguments), is for the command line.
    return !positionals.isEmpty() &&
           (commands().contains(positionals.constFirst()) || positionals.size() > 1);
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser global;
    global.setApplicationDescription(
        tr("Hamkor: grant and consortium manager.\n\n"
           "Without a command, opens FILE (or the default file) in a window.\n\n"
           "Commands:\n"
           "  new FILE                          create an empty file\n"
           "  demo [--size small|large] FILE    create a file with demo data\n"
           "  check FILE                        check a file's integrity and contents\n\n"
           "Run hamkor COMMAND --help for a command's options."));
    global.addHelpOption();
    global.addVersionOption();
    global.addOption(languageOption());
    global.addPositionalArgument(QStringLiteral("FILE"), tr("The file to open."),
                                 QStringLiteral("[COMMAND] [FILE]"));
    global.parse(arguments); // errors are reported by the command's own parser below
    ui::installTranslations(ui::chooseLanguage(global.value(languageOption())));

    const QStringList positionals = global.positionalArguments();
    const QString command = positionals.value(0);
    if (command == u"new")
        return runNew(arguments);
    if (command == u"demo")
        return runDemo(arguments);
    if (command == u"check")
        return runCheck(arguments);
    if (global.isSet(QStringLiteral("version"))) {
        cli::out(QStringLiteral("hamkor %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (global.isSet(QStringLiteral("help")) || command.isEmpty()) {
        cli::out(global.helpText());
        return 0;
    }
    cli::error(tr("Unknown command “%1”. Run hamkor --help for the list.").arg(command));
    return 2;
}

} // namespace app
} // namespace hamkor
