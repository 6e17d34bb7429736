// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDialog;

namespace hamkor {
namespace ui {

// Turns an editor into a viewer, for a file open read-only: every field can be read and
// selected but not changed, the buttons that would change something are disabled, and OK
// and Cancel become Close, so that nothing looks as if it could be saved.
void makeReadOnly(QDialog &dialog);

} // namespace ui
} // namespace hamkor
