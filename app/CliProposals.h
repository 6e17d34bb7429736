// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hamkor {
namespace app {

// `hamkor import proposals`, `hamkor list proposals`, `hamkor eligibility`.
class CliProposals
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::app::Cli)

public:
    static int importProposals(const QStringList &arguments);
    static int listProposals(const QStringList &arguments);
    // Checks one proposal against its call; exits with 0 when every rule passes, else 1.
    static int eligibility(const QStringList &arguments);
};

} // namespace app
} // namespace hamkor
