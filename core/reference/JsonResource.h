// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

namespace hamkor {
namespace core {

// The "items" array of resources/reference/<name>.json, compiled into the program.
// A missing or broken file is a build mistake: it is logged and yields an empty list,
// which the reference-data tests catch.
QJsonArray loadReferenceItems(const QString &name);

} // namespace core
} // namespace hamkor
