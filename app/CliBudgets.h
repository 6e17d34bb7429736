// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hamkor {
namespace app {

// `hamkor budget`, `hamkor import rates`, `hamkor import budget`.
class CliBudgets
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::app::Cli)

public:
    // Prints a budget version in its template's layout.
    static int printBudget(const QStringList &arguments);
    static int importRates(const QStringList &arguments);
    static int importBudget(const QStringList &arguments);
};

} // namespace app
} // namespace hamkor
