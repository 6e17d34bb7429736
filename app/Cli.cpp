// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Cli.h"

#include "app/CliBudgets.h"
#include "app/CliCalls.h"
#include "app/CliCommon.h"
#include "app/CliOutput.h"
#include "app/CliPartners.h"
#include "app/CliProposalExport.h"
#include "app/CliProposals.h"
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

void removeFileAndCompanions(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

int Cli::runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("new"), tr("Create an empty Hamkor file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to create."));
    const QString usage = tr("Usage: hamkor new FILE");
    if (int code = CliCommon::parse(parser, arguments, 1, 1, usage); code >= 0)
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
    CliCommon::setUp(parser, QStringLiteral("demo"),
                     tr("Create a Hamkor file full of realistic demo data."));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("small (an office's worth, the default) or large (20,000 "
                                     "calls, 5,000 partners, 2,000 proposals, 1,000,000 budget "
                                     "lines)."),
                                  QStringLiteral("SIZE"), QStringLiteral("small"));
    parser.addOption(size);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to create."));
    const QString usage = tr("Usage: hamkor demo [--size small|large] FILE");
    if (int code = CliCommon::parse(parser, arguments, 1, 1, usage); code >= 0)
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
    CliCommon::setUp(parser, QStringLiteral("check"),
                     tr("Check a Hamkor file: integrity, file format and the rows in each table. "
                        "Exits with 1 when the file has problems."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to check."));
    const QString usage = tr("Usage: hamkor check FILE");
    if (int code = CliCommon::parse(parser, arguments, 1, 1, usage); code >= 0)
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
    return {QStringLiteral("new"),         QStringLiteral("demo"),   QStringLiteral("check"),
            QStringLiteral("import"),      QStringLiteral("export"), QStringLiteral("list"),
            QStringLiteral("eligibility"), QStringLiteral("budget")};
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
        // A long option the window does not know is the command line's to report; Qt's own
        // single-dash options (-platform, -style) stay the window's.
        if (argument.startsWith(u"--") && !argument.startsWith(u"--lang="))
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
    // The language first, from the raw arguments: every text below, Qt's own "Displays
    // help…" included, is made in it.
    QString requested;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            requested = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(u"--lang="))
            requested = arguments.at(i).mid(7);
    }
    ui::installTranslations(ui::chooseLanguage(requested));

    QCommandLineParser global;
    global.addHelpOption();
    global.addVersionOption();
    global.addOption(CliCommon::languageOption());
    // Errors are reported by the command's own parser below, or here without a command.
    const bool parsed = global.parse(arguments);
    global.setApplicationDescription(
        tr("Hamkor: grant and consortium manager.\n\n"
           "Without a command, opens FILE (or the default file) in a window.\n\n"
           "Commands:\n"
           "  new FILE                          create an empty file\n"
           "  demo [--size small|large] FILE    create a file with demo data\n"
           "  check FILE                        check a file's integrity and contents\n"
           "  import calls CSV FILE             add calls for proposals from a CSV file\n"
           "  export calls --format csv|ics|digest [--status S] [--output PATH] FILE\n"
           "                                    export calls as CSV, iCalendar or a digest\n"
           "  list calls [--format table|csv] FILE\n"
           "                                    print the calls, by deadline\n"
           "  import partners CSV FILE          add partner organisations from a CSV file\n"
           "  export partners --format csv|vcf [--output PATH] FILE\n"
           "                                    export partners as CSV or contacts as vCard\n"
           "  list partners [--format table|csv] FILE\n"
           "                                    print the partners, by name\n"
           "  import proposals CSV FILE         add proposals with their consortia\n"
           "  list proposals [--format table|csv] FILE\n"
           "                                    print the proposals\n"
           "  eligibility --proposal ACRONYM FILE\n"
           "                                    check a proposal against its call, and\n"
           "                                    its budget against the donor's rules\n"
           "  import rates CSV FILE             add dated exchange rates\n"
           "  import budget CSV FILE --proposal ACRONYM [--version NAME]\n"
           "                                    add budget lines to a proposal's budget\n"
           "  budget --proposal ACRONYM [--version NAME] FILE\n"
           "                                    print a budget in its donor's layout\n"
           "  export proposal --proposal ACRONYM --format pdf --output PATH FILE\n"
           "                                    the proposal's summary sheet as PDF\n"
           "  export budget --proposal ACRONYM [--version NAME] --format csv|xlsx|pdf|iati\n"
           "                [--template T] [--excel] --output PATH FILE\n"
           "                                    a budget for the donor\n\n"
           "Run hamkor COMMAND --help for a command's options."));
    global.addPositionalArgument(QStringLiteral("FILE"), tr("The file to open."),
                                 QStringLiteral("[COMMAND] [FILE]"));

    const QStringList positionals = global.positionalArguments();
    const QString command = positionals.value(0);
    if (!parsed && !commands().contains(command)) {
        cli::error(global.errorText() + u'\n' + tr("Run hamkor --help for the commands."));
        return 2;
    }
    if (command == u"new")
        return runNew(arguments);
    if (command == u"demo")
        return runDemo(arguments);
    if (command == u"check")
        return runCheck(arguments);
    if (command == u"eligibility")
        return CliProposals::eligibility(arguments);
    if (command == u"budget")
        return CliBudgets::printBudget(arguments);
    if (command == u"import" || command == u"export" || command == u"list") {
        const QString what = positionals.value(1);
        if (what == u"proposals" && command != u"export")
            return command == u"import" ? CliProposals::importProposals(arguments)
                                        : CliProposals::listProposals(arguments);
        if (what == u"rates" && command == u"import")
            return CliBudgets::importRates(arguments);
        if (what == u"budget" && command == u"import")
            return CliBudgets::importBudget(arguments);
        if (what == u"budget" && command == u"export")
            return CliBudgets::exportBudget(arguments);
        if (what == u"proposal" && command == u"export")
            return CliProposalExport::exportProposal(arguments);
        if (what == u"calls")
            return command == u"import"   ? CliCalls::importCalls(arguments)
                   : command == u"export" ? CliCalls::exportCalls(arguments)
                                          : CliCalls::listCalls(arguments);
        if (what == u"partners")
            return command == u"import"   ? CliPartners::importPartners(arguments)
                   : command == u"export" ? CliPartners::exportPartners(arguments)
                                          : CliPartners::listPartners(arguments);
        const QString kinds = command == u"export" ? tr("calls, partners or proposal")
                              : command == u"import"
                                  ? tr("calls, partners, proposals, rates or budget")
                                  : tr("calls, partners or proposals");
        if (what.isEmpty()) {
            const QString needs = tr("“%1” needs a kind: hamkor %1 KIND --help, with KIND one of "
                                     "%2.")
                                      .arg(command, kinds);
            if (global.isSet(QStringLiteral("help"))) {
                cli::out(needs);
                return 0;
            }
            cli::error(needs);
            return 2;
        }
        cli::error(tr("Unknown kind “%1” after “%2”: use %3.").arg(what, command, kinds));
        return 2;
    }
    if (global.isSet(QStringLiteral("version"))) {
        cli::out(QStringLiteral("hamkor %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (global.isSet(QStringLiteral("help")) || command.isEmpty()) {
        cli::out(global.helpText());
        return 0;
    }
    if (command.endsWith(QLatin1String(".hamkor")) || QFileInfo::exists(command)) {
        cli::error(tr("The window opens one file at a time: “%1” is one too many.")
                       .arg(positionals.value(1)));
        return 2;
    }
    cli::error(tr("Unknown command “%1”. Run hamkor --help for the list.").arg(command));
    return 2;
}

} // namespace app
} // namespace hamkor
