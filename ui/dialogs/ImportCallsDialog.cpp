// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ImportCallsDialog.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/domain/DeadlineText.h"

#include <QLocale>

namespace hamkor {
namespace ui {

ImportCallsDialog::ImportCallsDialog(core::Store &store, QWidget *parent)
    : ImportDialog(store, tr("Import calls"), parent)
{}

ImportDialog::Summary ImportCallsDialog::read(const core::CsvTable &table)
{
    m_preview = core::CallImporter::preview(store().database().connection(), table,
                                            QString::fromLatin1(core::Clock::userZone().id()));
    Summary summary;
    summary.problems = m_preview.problems;
    summary.duplicates = m_preview.duplicates;
    summary.rowsRead = m_preview.rowsRead;
    const QLocale locale;
    for (qsizetype i = 0; i < m_preview.toAdd.size(); ++i) {
        const core::Call &call = m_preview.toAdd.at(i);
        summary.toAdd.append({m_preview.toAddLines.value(i),
                              QStringLiteral("%1 — %2 — %3")
                                  .arg(call.title, call.donor,
                                       core::DeadlineText::donorMoment(call.deadline(), locale))});
    }
    return summary;
}

core::Status ImportCallsDialog::commit()
{
    const auto added = core::commands::addCalls(
        store(), m_preview.toAdd, tr("Import %n calls", nullptr, int(m_preview.toAdd.size())));
    return added ? core::Status() : core::Status(added.error());
}

} // namespace ui
} // namespace hamkor
