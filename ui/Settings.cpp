// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Settings.h"

#include <QFileInfo>

namespace hamkor {
namespace ui {

QSettings &Settings::settings()
{
    // Organisation and application names set in main() decide where this lives; tests set
    // QStandardPaths::setTestModeEnabled so they never touch the user's own settings.
    static QSettings store;
    return store;
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = get(RecentFiles);
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    set(RecentFiles, files);
}

} // namespace ui
} // namespace hamkor
