// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Writing to the terminal: UTF-8, one trailing newline, errors prefixed "hamkor: ".
namespace hamkor {
namespace app {
namespace cli {
void out(const QString &text);
void error(const QString &text);
// What the user should know beside the output (which may be standard output): to stderr.
void note(const QString &text);
} // namespace cli
} // namespace app
} // namespace hamkor
