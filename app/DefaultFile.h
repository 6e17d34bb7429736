// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStandardPaths>
#include <QString>

namespace hamkor {
namespace app {

// The file Hamkor opens when given none: default.hamkor in the user's data folder,
// created on first start (SPEC section 3).
inline QString defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/default.hamkor");
}

} // namespace app
} // namespace hamkor
