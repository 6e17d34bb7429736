// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hamkor {
namespace app {

// `hamkor export proposal --proposal ACRONYM --format pdf --output PATH FILE`: the summary
// sheet of a proposal, as the window's File > Export makes it.
class CliProposalExport
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::app::Cli)

public:
    static int exportProposal(const QStringList &arguments);
};

} // namespace app
} // namespace hamkor
