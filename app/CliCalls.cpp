// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliCalls.h"

#include "app/CliCommon.h"
#include "app/CliOutput.h"
#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/domain/DeadlineText.h"
#include "core/export/CallExport.h"
#include "core/export/CallSelection.h"
#include "core/io/CallImporter.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/reference/Reference.h"
#include "core/storage/CallQuery.h"

#include <QBuffer>
#include <QCommandLineParser>

namespace hamkor {
namespace app {

namespace {

using namespace core;

Result<QList<Call>> loadCalls(const Database &db, const QStringList &statuses)
{
    CallFilter filter;
    filter.statuses = statuses;
    return callselection::matching(db.connection(), filter);
}

QStringList checkedStatuses(const QString &value, QString *error)
{
    QStringList statuses;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const ReferenceItem *item = reference::callStatuses().match(part);
        if (!item) {
            QStringList known;
            for (const ReferenceItem &status : reference::callStatuses().items())
                known << status.code;
            *error = CliCalls::tr("Unknown status “%1”; use one of: %2.")
                         .arg(part, known.join(QStringLiteral(", ")));
            return {};
        }
        statuses << item->code;
    }
    return statuses;
}

} // namespace

int CliCalls::importCalls(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("import calls"),
                     tr("Import calls for proposals from a CSV file into a Hamkor file. "
                        "All or nothing: when any row has a problem, nothing is added and "
                        "every problem is listed. Calls already in the file are skipped."));
    parser.addPositionalArgument(QStringLiteral("CSV"), tr("The CSV file to read."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file to add to."));
    const QString usage = tr("Usage: hamkor import calls CSV FILE");
    if (int code = CliCommon::parse(parser, arguments, 2, 2, usage); code >= 0)
        return code;
    const QString csvPath = parser.positionalArguments().at(2);
    const auto table = CliCommon::readCsv(csvPath);
    if (!table)
        return 1;
    const auto store = CliCommon::openForWriting(parser.positionalArguments().at(3));
    if (!store)
        return 1;
    const CallImportPreview preview = CallImporter::preview(
        store->database().connection(), *table, QString::fromLatin1(Clock::userZone().id()));
    if (!preview.ok()) {
        QStringList lines;
        for (const ImportProblem &problem : preview.problems)
            lines << csvPath + QStringLiteral(": ") + problem.text();
        lines << tr("Nothing was imported.");
        cli::error(lines.join(u'\n'));
        return 1;
    }
    const auto added = commands::addCalls(
        *store, preview.toAdd, tr("Import %n calls", nullptr, int(preview.toAdd.size())));
    if (!added) {
        cli::error(added.message() + u'\n' + tr("Nothing was imported."));
        return 1;
    }
    QStringList lines{tr("Imported %n calls.", nullptr, int(added->size()))};
    if (!preview.duplicates.isEmpty()) {
        lines << tr("Skipped %n already present:", nullptr, int(preview.duplicates.size()));
        for (const auto &[line, why] : preview.duplicates)
            lines << QStringLiteral("  ") + tr("line %1: %2").arg(line).arg(why);
    }
    cli::out(lines.join(u'\n'));
    return 0;
}

int CliCalls::exportCalls(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("export calls"),
                     tr("Export calls as CSV (the import format), iCalendar or a text digest."));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, ics or digest."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only calls with these statuses (comma-separated)."),
                                    QStringLiteral("S"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("Write to PATH instead of standard output."),
                                    QStringLiteral("PATH"));
    parser.addOptions({format, status, output});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file."));
    const QString usage = tr("Usage: hamkor export calls --format csv|ics|digest [--status S] "
                             "[--output PATH] FILE");
    if (int code = CliCommon::parse(parser, arguments, 2, 1, usage); code >= 0)
        return code;
    const QString kind = parser.value(format);
    if (kind != u"csv" && kind != u"ics" && kind != u"digest") {
        cli::error(tr("Unknown format “%1”: use csv, ics or digest.").arg(kind) + u'\n' + usage);
        return 2;
    }
    QString error;
    QStringList statuses = checkedStatuses(parser.value(status), &error);
    if (!error.isEmpty()) {
        cli::error(error);
        return 2;
    }
    auto db = Database::open(parser.positionalArguments().at(2), Database::Access::ReadOnly);
    if (!db) {
        cli::error(db.message());
        return 1;
    }
    const QDateTime now = Clock::nowUtc();
    auto calls = kind == u"digest" ? callselection::openAhead((*db)->connection(), now, statuses)
                                   : loadCalls(**db, statuses);
    if (!calls) {
        cli::error(calls.message());
        return 1;
    }
    QByteArray bytes;
    if (kind == u"csv") {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (Status written = CallExport::csv(buffer, *calls, {}); !written) {
            cli::error(written.message());
            return 1;
        }
    } else if (kind == u"ics") {
        QStringList leftOut;
        bytes = CallExport::ics(*calls, now, &leftOut);
        if (!leftOut.isEmpty())
            cli::note(leftOut.join(u'\n'));
    } else {
        bytes = CallExport::digest(*calls, now, Clock::userZone(), QLocale()).toUtf8();
    }
    return CliCommon::writeOutput(parser.value(output), bytes);
}

int CliCalls::listCalls(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("list calls"),
                     tr("List the calls of a Hamkor file, by deadline."));
    const QCommandLineOption format(QStringLiteral("format"), tr("table or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file."));
    const QString usage = tr("Usage: hamkor list calls [--format table|csv] FILE");
    if (int code = CliCommon::parse(parser, arguments, 2, 1, usage); code >= 0)
        return code;
    const QString kind = parser.value(format);
    if (kind != u"table" && kind != u"csv") {
        cli::error(tr("Unknown format “%1”: use table or csv.").arg(kind) + u'\n' + usage);
        return 2;
    }
    auto db = Database::open(parser.positionalArguments().at(2), Database::Access::ReadOnly);
    if (!db) {
        cli::error(db.message());
        return 1;
    }
    auto calls = loadCalls(**db, {});
    if (!calls) {
        cli::error(calls.message());
        return 1;
    }
    if (kind == u"csv") {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (Status written = CallExport::csv(buffer, *calls, {}); !written) {
            cli::error(written.message());
            return 1;
        }
        return CliCommon::writeOutput({}, bytes);
    }
    const QTimeZone zone = Clock::userZone();
    const QDateTime now = Clock::nowUtc();
    QStringList lines;
    for (const Call &call : std::as_const(*calls)) {
        const QDateTime deadline = call.deadline();
        lines << QStringLiteral("%1  %2  %3  %4 — %5")
                     .arg(deadline.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(DeadlineText::daysLeftText(DeadlineText::daysLeft(deadline, now, zone),
                                                     deadline < now),
                          -18)
                     .arg(call.status, -10)
                     .arg(call.title, call.donor);
    }
    cli::out(lines.isEmpty() ? tr("No calls.") : lines.join(u'\n'));
    return 0;
}

} // namespace app
} // namespace hamkor
