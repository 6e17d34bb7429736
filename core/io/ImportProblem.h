// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace hamkor {
namespace core {

// One thing wrong in an imported file, and where: the line of the file (1 is the header)
// and the column's name. Shown to the user in a list, one line each.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString message;

    QString text() const
    {
        if (column.isEmpty())
            return QCoreApplication::translate("hamkor::core::ImportProblem", "Line %1: %2")
                .arg(line)
                .arg(message);
        return QCoreApplication::translate("hamkor::core::ImportProblem", "Line %1, column %2: %3")
            .arg(line)
            .arg(column, message);
    }
};

} // namespace core
} // namespace hamkor
