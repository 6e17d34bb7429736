// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliProposalExport.h"

#include "app/CliCommon.h"
#include "app/CliOutput.h"
#include "core/export/ProposalSummaryData.h"
#include "core/storage/Database.h"
#include "core/storage/ProposalRepository.h"

#include <QBuffer>
#include <QCommandLineParser>

namespace hamkor {
namespace app {

int CliProposalExport::exportProposal(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliCommon::setUp(parser, QStringLiteral("export proposal"),
                     tr("Write a proposal's summary sheet: the proposal, its call and deadline, "
                        "the consortium, the checklist and the eligibility check."));
    const QCommandLineOption proposal(QStringLiteral("proposal"), tr("The proposal's acronym."),
                                      QStringLiteral("ACRONYM"));
    const QCommandLineOption format(QStringLiteral("format"), tr("pdf."), QStringLiteral("FORMAT"),
                                    QStringLiteral("pdf"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("The file to write; - for standard output."),
                                    QStringLiteral("PATH"));
    parser.addOptions({proposal, format, output});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Hamkor file."));
    const QString usage =
        tr("Usage: hamkor export proposal --proposal ACRONYM --format pdf --output PATH FILE");
    if (int code = CliCommon::parse(parser, arguments, 2, 1, usage); code >= 0)
        return code;
    if (parser.value(format) != u"pdf") {
        cli::error(tr("Unknown format “%1”: use pdf.").arg(parser.value(format)) + u'\n' + usage);
        return 2;
    }
    if (!parser.isSet(proposal) || !parser.isSet(output)) {
        cli::error(tr("Say which proposal (--proposal) and where to write (--output).") + u'\n' +
                   usage);
        return 2;
    }
    auto db =
        core::Database::open(parser.positionalArguments().at(2), core::Database::Access::ReadOnly);
    if (!db) {
        cli::error(db.message());
        return 1;
    }
    const auto id =
        core::ProposalRepository((*db)->connection()).idOfAcronym(parser.value(proposal));
    if (!id || !*id) {
        cli::error(id ? tr("There is no proposal “%1” in %2.")
                            .arg(parser.value(proposal), parser.positionalArguments().at(2))
                      : id.message());
        return 1;
    }
    const auto input = core::loadProposalSummary((*db)->connection(), *id);
    if (!input) {
        cli::error(input.message());
        return 1;
    }
    if (parser.value(output) == u"-") { // standard output, as for the other exports
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (const auto written = core::ProposalSummaryPdf::write(buffer, *input); !written) {
            cli::error(written.message());
            return 1;
        }
        return CliCommon::writeOutput(QStringLiteral("-"), buffer.data());
    }
    if (const auto written = core::ProposalSummaryPdf::writeFile(parser.value(output), *input);
        !written) {
        cli::error(written.message());
        return 1;
    }
    return 0;
}

} // namespace app
} // namespace hamkor
