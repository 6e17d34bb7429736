// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hamkor {
namespace app {

// `hamkor import calls`, `hamkor export calls`, `hamkor list calls`.
class CliCalls
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::app::Cli)

public:
    static int importCalls(const QStringList &arguments);
    static int exportCalls(const QStringList &arguments);
    static int listCalls(const QStringList &arguments);
};

} // namespace app
} // namespace hamkor
