// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace hamkor {
namespace ui {

// The columns of the calls list: their widths (the days left and the deadline as wide as
// their longest text in the window's language), the days left and the deadline first, and
// the user's own order and widths remembered.
class CallColumns
{
public:
    static void setUp(QTableView *view);
};

} // namespace ui
} // namespace hamkor
