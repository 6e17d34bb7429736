// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliPartners.h"

#include "app/CliCommon.h"
#include "app/CliOutput.h"
#include "core/Store.h"
#include "core/commands/OrganisationCommands.h"
#include "core/export/OrganisationExport.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/OrganisationImporter.h"
#include "core/storage/OrganisationQuery.h"
#include "core/storage/OrganisationRepository.h"

#include <QBuffer>
#include <QCommandLineParser>

#include <algorithm>

namespace hamkor {
namespace app {

namespace {

using namespace core;

// Every organisation of the file, sorted by name, with its themes, networks and contacts.
Result<QList<Organisation>> loadOrganisations(const Database &db)
{
    const auto rows = OrganisationQuery(db.connection()).all();
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    ids.reserve(rows->size());
    for (const OrganisationRow &row : *rows)
        ids << row.id;
    return OrganisationRepository(db.connection()).loadMany(ids);
}

Result<QByteArray> csvBytes(const QList<Organisation> &organisations)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (Status written = OrganisationExport::csv(buffer, organisations, {}); !written)
        return written.error();
    return bytes;
}

} // namespace

int CliPartners::importPartners(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("import partners"),
                     tr("Import partner organisations from a CSV file into a Hamkor file. "
                        "All or nothing: when any row has a problem, nothing is added and "
                        "every problem is listed. Likely duplicates of organisations already "
                        "in the file, or of an earlier row, are skipped."));
    parser.addPositionalArgument(QStringLiteral("CSV"), tr("The CSV file to read."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file to add to."));
    const QString usage = tr("Usage: hamkor import partners CSV FILE");
    if (int code = CliCommon::parse(parser, arguments, 2, 2, usage); code >= 0)
        return code;
    const QString csvPath = parser.positionalArguments().at(2);
    const auto table = CliCommon::readCsv(csvPath);
    if (!table)
        return 1;
    const auto store = CliCommon::openForWriting(parser.positionalArguments().at(3));
    if (!store)
        return 1;
    const OrganisationImportPreview preview =
        OrganisationImporter::preview(store->database().connection(), *table);
    if (!preview.ok()) {
        QStringList lines;
        for (const ImportProblem &problem : preview.problems)
            lines << csvPath + QStringLiteral(": ") + problem.text();
        lines << tr("Nothing was imported.");
        cli::error(lines.join(u'\n'));
        return 1;
    }
    // Nothing new (every row a likely duplicate) adds no empty step to the undo history.
    const auto added = preview.toAdd.isEmpty()
                           ? Result<QList<qint64>>(QList<qint64>())
                           : commands::addOrganisations(
                                 *store, preview.toAdd,
                                 tr("Import %n partners", nullptr, int(preview.toAdd.size())));
    if (!added) {
        cli::error(added.message() + u'\n' + tr("Nothing was imported."));
        return 1;
    }
    QStringList lines{tr("Imported %n partners.", nullptr, int(added->size()))};
    if (!preview.duplicates.isEmpty()) {
        lines << tr("Skipped %n likely duplicates:", nullptr, int(preview.duplicates.size()));
        for (const auto &[line, why] : preview.duplicates)
            lines << QStringLiteral("  ") + tr("line %1: %2").arg(QString::number(line), why);
    }
    cli::out(lines.join(u'\n'));
    return 0;
}

int CliPartners::exportPartners(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("export partners"),
                     tr("Export partner organisations as CSV (the import format) or as vCard "
                        "contacts for phones and address books."));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv or vcf."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("Write to PATH instead of standard output."),
                                    QStringLiteral("PATH"));
    parser.addOptions({format, output});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file."));
    const QString usage = tr("Usage: hamkor export partners --format csv|vcf [--output PATH] FILE");
    if (int code = CliCommon::parse(parser, arguments, 2, 1, usage); code >= 0)
        return code;
    const QString kind = parser.value(format);
    if (kind != u"csv" && kind != u"vcf") {
        cli::error(tr("Unknown format “%1”: use csv or vcf.").arg(kind) + u'\n' + usage);
        return 2;
    }
    auto db = Database::open(parser.positionalArguments().at(2), Database::Access::ReadOnly);
    if (!db) {
        cli::error(db.message());
        return 1;
    }
    const auto organisations = loadOrganisations(**db);
    if (!organisations) {
        cli::error(organisations.message());
        return 1;
    }
    QByteArray bytes;
    if (kind == u"csv") {
        const auto csv = csvBytes(*organisations);
        if (!csv) {
            cli::error(csv.message());
            return 1;
        }
        bytes = *csv;
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (Status written = OrganisationExport::vcf(buffer, *organisations); !written) {
            cli::error(written.message());
            return 1;
        }
    }
    return CliCommon::writeOutput(parser.value(output), bytes);
}

int CliPartners::listPartners(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("list partners"),
                     tr("List the partner organisations of a Hamkor file, by name."));
    const QCommandLineOption format(QStringLiteral("format"), tr("table or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file."));
    const QString usage = tr("Usage: hamkor list partners [--format table|csv] FILE");
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
    if (kind == u"csv") {
        const auto organisations = loadOrganisations(**db);
        if (!organisations) {
            cli::error(organisations.message());
            return 1;
        }
        const auto csv = csvBytes(*organisations);
        if (!csv) {
            cli::error(csv.message());
            return 1;
        }
        return CliCommon::writeOutput({}, *csv);
    }
    const auto rows = OrganisationQuery((*db)->connection()).all();
    if (!rows) {
        cli::error(rows.message());
        return 1;
    }
    qsizetype acronymWidth = 0;
    qsizetype typeWidth = 0;
    for (const OrganisationRow &row : *rows) {
        acronymWidth = std::max(acronymWidth, row.acronym.size());
        typeWidth = std::max(typeWidth, row.type.size());
    }
    QStringList lines;
    for (const OrganisationRow &row : *rows) {
        const QString name = row.nameLatin.isEmpty() || row.nameLatin == row.name
                                 ? row.name
                                 : QStringLiteral("%1 (%2)").arg(row.name, row.nameLatin);
        // Padded by hand: chained arg() would read a "%1" in a name as a placeholder.
        lines << QStringList{row.acronym.leftJustified(acronymWidth), row.country.leftJustified(2),
                             row.type.leftJustified(typeWidth), name}
                     .join(QStringLiteral("  "));
    }
    cli::out(lines.isEmpty() ? tr("No partners.") : lines.join(u'\n'));
    return 0;
}

} // namespace app
} // namespace hamkor
