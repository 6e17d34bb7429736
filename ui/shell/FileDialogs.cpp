// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/FileDialogs.h"

#include "ui/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace hamkor {
namespace ui {

namespace {
QString filter()
{
    return QCoreApplication::translate("hamkor::ui::FileDialogs", "Hamkor files (*.hamkor)") +
           QStringLiteral(";;") +
           QCoreApplication::translate("hamkor::ui::FileDialogs", "All files (*)");
}

QString startDirectory()
{
    return FileDialogs::startFolder();
}
} // namespace

QString FileDialogs::startFolder()
{
    const QString last = Settings::get(Settings::LastDirectory);
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString FileDialogs::withHamkorSuffix(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    return path + QStringLiteral(".hamkor");
}

QString FileDialogs::askNewFile(QWidget *parent)
{
    return withHamkorSuffix(QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("hamkor::ui::FileDialogs", "New Hamkor file"),
        startDirectory(), filter()));
}

QString FileDialogs::askOpenFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("hamkor::ui::FileDialogs", "Open Hamkor file"),
        startDirectory(), filter());
}

QString FileDialogs::askCopyFile(QWidget *parent, const QString &currentPath)
{
    const QFileInfo current(currentPath);
    const QString suggestion = current.absoluteDir().filePath(
        QCoreApplication::translate("hamkor::ui::FileDialogs", "%1 copy.hamkor")
            .arg(current.completeBaseName()));
    return withHamkorSuffix(QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("hamkor::ui::FileDialogs", "Save a copy"), suggestion,
        filter()));
}

} // namespace ui
} // namespace hamkor
