// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/CallExportActions.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/export/CallExport.h"
#include "core/export/CallSelection.h"
#include "core/export/WholeFile.h"
#include "core/io/CsvWriter.h"
#include "ui/Settings.h"
#include "ui/shell/FileDialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace hamkor {
namespace ui {

void CallExportActions::exportFile(core::Store &store, const core::CallFilter &filter,
                                   const QString &format, QWidget *parent)
{
    const bool csv = format == u"csv";
    const QString path = QFileDialog::getSaveFileName(
        parent, csv ? tr("Export calls as CSV") : tr("Export deadlines to a calendar"),
        QDir(FileDialogs::startFolder()).filePath(csv ? tr("calls.csv") : tr("deadlines.ics")),
        csv ? tr("CSV files (*.csv)") : tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    const auto calls = core::callselection::matching(store.database().connection(), filter);
    if (!calls) {
        QMessageBox::warning(parent, tr("Export"), calls.message());
        return;
    }
    QStringList leftOut;
    const core::Status written = core::WholeFile::write(path, [&](QIODevice &file) -> core::Status {
        core::Status status;
        if (csv)
            status = core::CallExport::csv(file, *calls, {});
        else if (file.write(core::CallExport::ics(*calls, core::Clock::nowUtc(), &leftOut)) < 0)
            status = core::Error{file.errorString()};
        if (!status)
            return core::Error{tr("Cannot write %1: %2").arg(path, status.message())};
        return status;
    });
    if (!written) {
        QMessageBox::warning(parent, tr("Export"), written.message());
        return;
    }
    Settings::set(Settings::LastDirectory, QFileInfo(path).absolutePath());
    const QString done = tr("%n calls written to %1.", nullptr, int(calls->size() - leftOut.size()))
                             .arg(QDir::toNativeSeparators(path));
    if (leftOut.isEmpty())
        QMessageBox::information(parent, tr("Export"), done);
    else
        QMessageBox::warning(parent, tr("Export"),
                             done + QStringLiteral("\n\n") + leftOut.join(u'\n'));
}

void CallExportActions::copyDigest(core::Store &store, QWidget *parent)
{
    const QDateTime now = core::Clock::nowUtc();
    const auto calls = core::callselection::openAhead(store.database().connection(), now);
    if (!calls) {
        QMessageBox::warning(parent, tr("Digest"), calls.message());
        return;
    }
    QApplication::clipboard()->setText(
        core::CallExport::digest(*calls, now, core::Clock::userZone(), QLocale()));
    QMessageBox::information(parent, tr("Digest"),
                             tr("The digest of %n open calls is on the clipboard; paste it into "
                                "a chat.",
                                nullptr, int(calls->size())));
}

} // namespace ui
} // namespace hamkor
