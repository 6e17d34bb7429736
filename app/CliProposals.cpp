// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliProposals.h"

#include "app/CliCommon.h"
#include "app/CliOutput.h"
#include "core/Clock.h"
#include "core/Store.h"
#include "core/budget/BudgetLoader.h"
#include "core/commands/ProposalCommands.h"
#include "core/domain/Eligibility.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/ProposalImporter.h"
#include "core/reference/Reference.h"
#include "core/storage/CallRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProposalQuery.h"
#include "core/storage/ProposalRepository.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QSet>

#include <algorithm>
#include <optional>

namespace hamkor {
namespace app {

namespace {

using namespace core;

// Every proposal of the file, by acronym, with its consortium.
Result<QList<Proposal>> loadProposals(const Database &db)
{
    const auto rows = ProposalQuery(db.connection()).all();
    if (!rows)
        return rows.error();
    const ProposalRepository repository(db.connection());
    QList<Proposal> proposals;
    proposals.reserve(rows->size());
    for (const ProposalRow &row : *rows) {
        auto proposal = repository.load(row.id);
        if (!proposal)
            return proposal.error();
        proposals << std::move(proposal).value();
    }
    return proposals;
}

QString englishNames(const QStringList &codes, const ReferenceList &list)
{
    QStringList names;
    for (const QString &code : codes) {
        const ReferenceItem *item = list.find(code);
        names << (item ? item->english : code);
    }
    return names.join(u'|');
}

// The proposals in the import format: calls by reference, partners by acronym (by name
// when a partner has none, which the importer cannot read back).
Result<QByteArray> csvBytes(const Database &db, const QList<Proposal> &proposals)
{
    const CallRepository calls(db.connection());
    QHash<qint64, QString> references;
    QList<qint64> organisationIds;
    QSet<qint64> seen;
    for (const Proposal &proposal : proposals) {
        for (const ConsortiumMember &member : proposal.members) {
            if (!seen.contains(member.organisationId))
                organisationIds << member.organisationId;
            seen.insert(member.organisationId);
        }
        if (proposal.callId && !references.contains(proposal.callId)) {
            const auto call = calls.load(proposal.callId);
            if (!call)
                return call.error();
            references.insert(proposal.callId, call->reference);
        }
    }
    const auto organisations = OrganisationRepository(db.connection()).loadMany(organisationIds);
    if (!organisations)
        return organisations.error();
    QHash<qint64, QString> acronyms;
    for (const Organisation &organisation : *organisations)
        acronyms.insert(organisation.id, organisation.acronym.isEmpty() ? organisation.displayName()
                                                                        : organisation.acronym);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer);
        writer.writeTextRow(ProposalImporter::columns());
        for (const Proposal &proposal : proposals) {
            QStringList consortium;
            for (const ConsortiumMember &member : proposal.members)
                consortium << acronyms.value(member.organisationId) + u':' + member.role;
            writer.writeRow({{proposal.acronym},
                             {proposal.title},
                             {references.value(proposal.callId)},
                             {proposal.templateCode},
                             {proposal.currency},
                             {proposal.start.toString(Qt::ISODate)},
                             proposal.durationMonths > 0
                                 ? CsvCell{QString::number(proposal.durationMonths), true}
                                 : CsvCell{},
                             {proposal.status},
                             {englishNames(proposal.themes, reference::themes())},
                             {proposal.countries.join(u'|')},
                             {consortium.join(u'|')}});
        }
        if (Status written = writer.status(); !written)
            return written.error();
    }
    return bytes;
}

} // namespace

int CliProposals::importProposals(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("import proposals"),
                     tr("Import proposals with their consortia from a CSV file into a Hamkor "
                        "file. Their calls and partners must be in the file already. All or "
                        "nothing: when any row has a problem, nothing is added and every "
                        "problem is listed. Proposals already in the file (by acronym) are "
                        "skipped."));
    parser.addPositionalArgument(QStringLiteral("CSV"), tr("The CSV file to read."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file to add to."));
    const QString usage = tr("Usage: hamkor import proposals CSV FILE");
    if (int code = CliCommon::parse(parser, arguments, 2, 2, usage); code >= 0)
        return code;
    const QString csvPath = parser.positionalArguments().at(2);
    const auto table = CliCommon::readCsv(csvPath);
    if (!table)
        return 1;
    const auto store = CliCommon::openForWriting(parser.positionalArguments().at(3));
    if (!store)
        return 1;
    const ProposalImportPreview preview =
        ProposalImporter::preview(store->database().connection(), *table);
    if (!preview.ok()) {
        QStringList lines;
        for (const ImportProblem &problem : preview.problems)
            lines << csvPath + QStringLiteral(": ") + problem.text();
        lines << tr("Nothing was imported.");
        cli::error(lines.join(u'\n'));
        return 1;
    }
    // Nothing new (every row already there) adds no empty step to the undo history.
    const auto added =
        preview.toAdd.isEmpty()
            ? Result<QList<qint64>>(QList<qint64>())
            : commands::addProposals(*store, preview.toAdd,
                                     tr("Import %n proposals", nullptr, int(preview.toAdd.size())));
    if (!added) {
        cli::error(added.message() + u'\n' + tr("Nothing was imported."));
        return 1;
    }
    QStringList lines{tr("Imported %n proposals.", nullptr, int(added->size()))};
    if (!preview.duplicates.isEmpty()) {
        lines << tr("Skipped %n already present:", nullptr, int(preview.duplicates.size()));
        for (const auto &[line, why] : preview.duplicates)
            lines << QStringLiteral("  ") + tr("line %1: %2").arg(QString::number(line), why);
    }
    cli::out(lines.join(u'\n'));
    return 0;
}

int CliProposals::listProposals(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("list proposals"),
                     tr("List the proposals of a Hamkor file, by acronym."));
    const QCommandLineOption format(QStringLiteral("format"), tr("table or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file."));
    const QString usage = tr("Usage: hamkor list proposals [--format table|csv] FILE");
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
        const auto proposals = loadProposals(**db);
        if (!proposals) {
            cli::error(proposals.message());
            return 1;
        }
        const auto csv = csvBytes(**db, *proposals);
        if (!csv) {
            cli::error(csv.message());
            return 1;
        }
        return CliCommon::writeOutput({}, *csv);
    }
    const auto rows = ProposalQuery((*db)->connection()).all();
    if (!rows) {
        cli::error(rows.message());
        return 1;
    }
    qsizetype acronymWidth = 0;
    qsizetype statusWidth = 0;
    for (const ProposalRow &row : *rows) {
        acronymWidth = std::max(acronymWidth, row.acronym.size());
        statusWidth = std::max(statusWidth, row.status.size());
    }
    QStringList lines;
    for (const ProposalRow &row : *rows) {
        const QString months =
            row.durationMonths > 0 ? QString::number(row.durationMonths) : QString();
        const QString title =
            row.leadName.isEmpty() ? row.title : row.title + QStringLiteral(" — ") + row.leadName;
        // Padded by hand: chained arg() would read a "%1" in a title as a placeholder.
        lines << QStringList{row.acronym.leftJustified(acronymWidth),
                             row.status.leftJustified(statusWidth),
                             row.start.toString(Qt::ISODate).leftJustified(10),
                             months.rightJustified(3), title}
                     .join(QStringLiteral("  "));
    }
    cli::out(lines.isEmpty() ? tr("No proposals.") : lines.join(u'\n'));
    return 0;
}

int CliProposals::eligibility(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("eligibility"),
                     tr("Check a proposal against its call: the consortium's own rules, the "
                        "call's, then the donor's rules on its newest budget version, one line "
                        "each. Exits with 1 when a rule fails."));
    const QCommandLineOption proposalOption(QStringLiteral("proposal"),
                                            tr("The acronym of the proposal to check."),
                                            QStringLiteral("ACRONYM"));
    parser.addOption(proposalOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file."));
    const QString usage = tr("Usage: hamkor eligibility --proposal ACRONYM FILE");
    if (int code = CliCommon::parse(parser, arguments, 1, 1, usage); code >= 0)
        return code;
    const QString acronym = parser.value(proposalOption).trimmed();
    if (acronym.isEmpty()) {
        cli::error(tr("Name the proposal to check with --proposal ACRONYM.") + u'\n' + usage);
        return 2;
    }
    const QString path = parser.positionalArguments().at(1);
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db) {
        cli::error(db.message());
        return 1;
    }
    const QSqlDatabase connection = (*db)->connection();
    const ProposalRepository proposals(connection);
    const auto id = proposals.idOfAcronym(acronym);
    if (!id) {
        cli::error(id.message());
        return 1;
    }
    if (!*id) {
        cli::error(tr("No proposal “%1” in %2.").arg(acronym, path));
        return 1;
    }
    const auto context = loadProposalContext(connection, *id);
    if (!context) {
        cli::error(context.message());
        return 1;
    }
    const auto results = checkProposal(*context, connection, Clock::nowUtc());
    if (!results) {
        cli::error(results.message());
        return 1;
    }
    QStringList lines;
    int failed = 0;
    for (const EligibilityResult &result : *results) {
        // PASS and FAIL stay in English in every language, for scripts.
        lines << QStringLiteral("%1  %2 — %3")
                     .arg(result.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"),
                          result.rule, result.detail);
        if (!result.passed)
            ++failed;
    }
    lines << (failed == 0 ? tr("Eligible.") : tr("Not eligible: %n rules fail.", nullptr, failed));
    cli::out(lines.join(u'\n'));
    return failed == 0 ? 0 : 1;
}

} // namespace app
} // namespace hamkor
