// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hamkor {
namespace app {

// `hamkor import partners`, `hamkor export partners`, `hamkor list partners`.
class CliPartners
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::app::Cli)

public:
    static int importPartners(const QStringList &arguments);
    static int exportPartners(const QStringList &arguments);
    static int listPartners(const QStringList &arguments);
};

} // namespace app
} // namespace hamkor
