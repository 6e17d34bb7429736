// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace hamkor {
namespace ui {

// Help > Getting Started and Help > Keyboard Shortcuts: short texts in the user's
// language, for someone who opens Hamkor for the first time or works without a mouse.
class HelpDialogs
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::ui::HelpDialogs)

public:
    static QString gettingStartedText();
    static QString shortcutsText();
    static void showGettingStarted(QWidget *parent);
    static void showShortcuts(QWidget *parent);
};

} // namespace ui
} // namespace hamkor
