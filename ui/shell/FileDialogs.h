// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace hamkor {
namespace ui {

// The file choosers of the File menu; each returns an empty path when cancelled.
class FileDialogs
{
public:
    static QString askNewFile(QWidget *parent);
    static QString askOpenFile(QWidget *parent);
    static QString askCopyFile(QWidget *parent, const QString &currentPath);
    // path with ".hamkor" added when it has no suffix.
    static QString withHamkorSuffix(const QString &path);
    // Where a file chooser starts: the folder used last, else the user's documents folder.
    static QString startFolder();
};

} // namespace ui
} // namespace hamkor
