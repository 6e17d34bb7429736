// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QLabel>

#include <functional>
#include <utility>

namespace hamkor {
namespace ui {

// The save an editor runs when OK is pressed, before it closes. A save that fails (an
// acronym already taken, a full disk, a file turned read-only) leaves the dialog open with
// everything typed and the reason shown in its problems label: an editor never closes on
// a failed save. Without a save set, OK closes as a plain dialog does.
class SaveOnAccept
{
public:
    using Save = std::function<core::Status()>;

    void set(Save save) { m_save = std::move(save); }

    // True when the dialog may close: nothing to save, or the save succeeded.
    bool run(QLabel *problems) const
    {
        if (!m_save)
            return true;
        const core::Status saved = m_save();
        if (saved)
            return true;
        problems->setText(saved.message());
        problems->show();
        return false;
    }

private:
    Save m_save;
};

} // namespace ui
} // namespace hamkor
