// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliBudgets.h"

#include "app/CliCommon.h"
#include "app/CliOutput.h"
#include "core/Clock.h"
#include "core/Store.h"
#include "core/budget/BudgetLoader.h"
#include "core/budget/BudgetMapping.h"
#include "core/commands/BudgetCommands.h"
#include "core/export/BudgetExport.h"
#include "core/export/BudgetText.h"
#include "core/io/BudgetImporter.h"
#include "core/io/BudgetLinesImport.h"
#include "core/io/CsvReader.h"
#include "core/storage/BudgetRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ProposalRepository.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QLocale>

namespace hamkor {
namespace app {

using namespace core;

namespace {

const QCommandLineOption &proposalOption()
{
    static const QCommandLineOption option(QStringLiteral("proposal"),
                                           CliBudgets::tr("The acronym of the proposal."),
                                           QStringLiteral("ACRONYM"));
    return option;
}

const QCommandLineOption &versionOption()
{
    static const QCommandLineOption option(
        QStringLiteral("version"),
        CliBudgets::tr("The name of the budget version (the newest when not given)."),
        QStringLiteral("NAME"));
    return option;
}

int printProblems(const QString &csvPath, const QList<ImportProblem> &problems, int more = 0)
{
    QStringList lines;
    for (const ImportProblem &problem : problems)
        lines << csvPath + QStringLiteral(": ") + problem.text();
    if (more > 0)
        lines << CliBudgets::tr("… and %n more problems.", nullptr, more);
    lines << CliBudgets::tr("Nothing was imported.");
    cli::error(lines.join(u'\n'));
    return 1;
}

} // namespace

int CliBudgets::printBudget(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("budget"),
                     tr("Print a proposal's budget in its donor's layout: each heading with "
                        "its subtotal and lines, the totals lines, totals by partner, year and "
                        "source of funding, and the donor's rules it breaks."));
    parser.addOption(proposalOption());
    parser.addOption(versionOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file."));
    const QString usage = tr("Usage: hamkor budget --proposal ACRONYM [--version NAME] FILE");
    if (int code = CliCommon::parse(parser, arguments, 1, 1, usage); code >= 0)
        return code;
    const QString acronym = parser.value(proposalOption()).trimmed();
    if (acronym.isEmpty()) {
        cli::error(tr("Name the proposal with --proposal ACRONYM.") + u'\n' + usage);
        return 2;
    }
    auto db = Database::open(parser.positionalArguments().at(1), Database::Access::ReadOnly);
    if (!db) {
        cli::error(db.message());
        return 1;
    }
    // The lines stay in the file and are read from it heading by heading as they are
    // printed: a budget of a million lines is never held.
    const auto budget = loadBudget((*db)->connection(), acronym,
                                   parser.value(versionOption()).trimmed(), Lines::Streamed);
    if (!budget) {
        cli::error(budget.message());
        return 1;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        cli::error(out.errorString());
        return 1;
    }
    if (const Status written = BudgetText::write(out, *budget); !written || !out.flush()) {
        cli::error(written ? out.errorString() : written.message());
        return 1;
    }
    return 0;
}

int CliBudgets::importRates(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("import rates"),
                     tr("Import dated exchange rates from a CSV file with the columns from, to, "
                        "rate, date, source (1 unit of from is rate units of to). A rate for "
                        "the same pair, date and source replaces the one in the file. All or "
                        "nothing: when any row has a problem, nothing is added."));
    parser.addPositionalArgument(QStringLiteral("CSV"), tr("The CSV file to read."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file to add to."));
    const QString usage = tr("Usage: hamkor import rates CSV FILE");
    if (int code = CliCommon::parse(parser, arguments, 2, 2, usage); code >= 0)
        return code;
    const QString csvPath = parser.positionalArguments().at(2);
    const auto table = CliCommon::readCsv(csvPath);
    if (!table)
        return 1;
    const RateImportPreview preview = RateImporter::preview(*table);
    if (!preview.ok())
        return printProblems(csvPath, preview.problems);
    const auto store = CliCommon::openForWriting(parser.positionalArguments().at(3));
    if (!store)
        return 1;
    const auto added = commands::putExchangeRates(
        *store, preview.rates, tr("Import %n exchange rates", nullptr, int(preview.rates.size())));
    if (!added) {
        cli::error(added.message() + u'\n' + tr("Nothing was imported."));
        return 1;
    }
    cli::out(
        tr("Read %n exchange rates: ", nullptr, preview.rowsRead) + tr("%n new", nullptr, *added) +
        QStringLiteral(", ") +
        tr("%n already in the file or replaced.", nullptr, int(preview.rates.size()) - *added));
    return 0;
}

int CliBudgets::importBudget(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(
        parser, QStringLiteral("import budget"),
        tr("Add budget lines from a CSV file with the columns category, description, partner, "
           "unit, quantity, unit_cost, currency, period, donor_pct to a version of a "
           "proposal's budget (a new one when the proposal has none or --version names a new "
           "one). Partners by acronym, headings by the template's codes. All or nothing."));
    parser.addOption(proposalOption());
    parser.addOption(versionOption());
    parser.addPositionalArgument(QStringLiteral("CSV"), tr("The CSV file to read."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file to add to."));
    const QString usage =
        tr("Usage: hamkor import budget CSV FILE --proposal ACRONYM [--version NAME]");
    if (int code = CliCommon::parse(parser, arguments, 2, 2, usage); code >= 0)
        return code;
    const QString acronym = parser.value(proposalOption()).trimmed();
    if (acronym.isEmpty()) {
        cli::error(tr("Name the proposal with --proposal ACRONYM.") + u'\n' + usage);
        return 2;
    }
    // The file is read a row at a time and each line written as it is read, in one
    // transaction: a budget of a million lines is never held.
    const QString csvPath = parser.positionalArguments().at(2);
    QFile csv;
    if (const Status opened = CsvReader::open(csvPath, csv); !opened) {
        cli::error(csvPath + QStringLiteral(": ") + opened.message());
        return 1;
    }
    const auto store = CliCommon::openForWriting(parser.positionalArguments().at(3));
    if (!store)
        return 1;
    const auto proposal = ProposalRepository(store->database().connection()).loadByAcronym(acronym);
    if (!proposal) {
        cli::error(proposal.message());
        return 1;
    }
    const auto outcome = BudgetLinesImporter::streamIntoProposal(
        *store, proposal->id, parser.value(versionOption()), csv, CsvOptions());
    if (!outcome) {
        cli::error(outcome.message() + u'\n' + tr("Nothing was imported."));
        return 1;
    }
    if (!outcome->fileError.isEmpty()) {
        cli::error(csvPath + QStringLiteral(": ") + outcome->fileError + u'\n' +
                   tr("Nothing was imported."));
        return 1;
    }
    if (!outcome->problems.isEmpty())
        return printProblems(csvPath, outcome->problems, outcome->moreProblems);
    cli::out(tr("Imported %n budget lines into “%1” of %2.", nullptr, outcome->added)
                 .arg(outcome->versionName, proposal->acronym));
    return 0;
}

int CliBudgets::exportBudget(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("export budget"),
                     tr("Write a proposal's budget for the donor in its template's layout: CSV "
                        "(one row per line, then the totals lines), XLSX (with formulas), PDF "
                        "(for signature) or IATI activity XML (an awarded proposal). The file "
                        "is written whole or not at all."));
    parser.addOption(proposalOption());
    parser.addOption(versionOption());
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, xlsx, pdf or iati."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption layout(
        QStringLiteral("template"),
        tr("Lay the budget out in another donor template (the version's own by "
           "default); where each heading's lines go is told on "
           "standard error."),
        QStringLiteral("T"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("The file to write; - for standard output."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 tr("CSV: begin with a byte-order mark (for Excel)."));
    const QCommandLineOption semicolon(QStringLiteral("semicolon"),
                                       tr("CSV: separate cells with ; instead of ,."));
    const QCommandLineOption excel(
        QStringLiteral("excel"),
        tr("CSV for Excel in the language of --lang: headers in that language, numbers with "
           "its decimal sign (a comma and ; between cells in Russian), codes such as 1.1.1 kept "
           "as text, a byte-order mark."));
    parser.addOptions({format, layout, output, bom, semicolon, excel});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file."));
    const QString usage = tr("Usage: hamkor export budget --proposal ACRONYM [--version NAME] "
                             "--format csv|xlsx|pdf|iati [--template T] --output PATH FILE");
    if (int code = CliCommon::parse(parser, arguments, 2, 1, usage); code >= 0)
        return code;
    const auto kind = BudgetExport::formatOf(parser.value(format));
    if (!kind) {
        cli::error(
            tr("Unknown format “%1”: use csv, xlsx, pdf or iati.").arg(parser.value(format)) +
            u'\n' + usage);
        return 2;
    }
    if (parser.value(proposalOption()).trimmed().isEmpty() || !parser.isSet(output)) {
        cli::error(tr("Say which proposal (--proposal) and where to write (--output).") + u'\n' +
                   usage);
        return 2;
    }
    if (parser.isSet(layout) && !BudgetTemplate::find(parser.value(layout))) {
        cli::error(
            tr("Unknown template “%1”: use one of %2.")
                .arg(parser.value(layout), BudgetTemplate::codes().join(QStringLiteral(", "))) +
            u'\n' + usage);
        return 2;
    }
    auto db = Database::open(parser.positionalArguments().at(2), Database::Access::ReadOnly);
    if (!db) {
        cli::error(db.message());
        return 1;
    }
    // A CSV in the budget's own template takes the lines one by one from the file: a budget
    // may have a million of them. Another template needs them all to move them.
    const bool streamed = *kind == BudgetExport::Format::Csv && !parser.isSet(layout);
    auto budget = loadBudget((*db)->connection(), parser.value(proposalOption()).trimmed(),
                             parser.value(versionOption()).trimmed(),
                             streamed ? Lines::Streamed : Lines::Held);
    if (!budget) {
        cli::error(budget.message());
        return 1;
    }
    if (parser.isSet(layout) && parser.value(layout) != budget->version.templateCode) {
        auto relaid = BudgetMapping::relayout(*budget, parser.value(layout));
        if (!relaid) {
            cli::error(relaid.message());
            return 1;
        }
        // Where each heading's lines went: the file is in the donor's layout, the moves are
        // Hamkor's, to be checked.
        QString moves = tr("Laid out in %1 (from %2):")
                            .arg(relaid->budget.layout.name(), budget->layout.name());
        int kept = 0;
        for (const HeadingMove &move : std::as_const(relaid->moves)) {
            if (move.from == move.to)
                kept += move.lines;
            else
                moves += u'\n' +
                         tr("  %1 → %2 (%n line(s))", nullptr, move.lines).arg(move.from, move.to);
        }
        if (kept > 0)
            moves += u'\n' + tr("  %n line(s) under the same headings as before", nullptr, kept);
        cli::note(moves);
        budget.value() = std::move(relaid->budget);
    }
    BudgetExport::Options options;
    options.format = *kind;
    options.csv.byteOrderMark = parser.isSet(bom);
    options.csv.delimiter = parser.isSet(semicolon) ? u';' : u',';
    if (parser.isSet(excel))
        options.csv = CsvWriteOptions::forExcel(QLocale());
    const QString path = parser.value(output);
    if (path == u"-") {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (const Status written = BudgetExport::write(buffer, *budget, options); !written) {
            cli::error(written.message());
            return 1;
        }
        return CliCommon::writeOutput(path, buffer.data());
    }
    if (const Status written = BudgetExport::writeFile(path, *budget, options); !written) {
        cli::error(written.message());
        return 1;
    }
    return 0;
}

} // namespace app
} // namespace hamkor
