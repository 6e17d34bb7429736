// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hamkor {
namespace app {

// `hamkor budget`, `hamkor import rates`, `hamkor import budget`, `hamkor export budget`.
class CliBudgets
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::app::Cli)

public:
    // Prints a budget version in its template's layout.
    static int printBudget(const QStringList &arguments);
    static int importRates(const QStringList &arguments);
    static int importBudget(const QStringList &arguments);
    // Writes a budget version as CSV, XLSX, PDF or IATI XML.
    static int exportBudget(const QStringList &arguments);
};

} // namespace app
} // namespace hamkor
