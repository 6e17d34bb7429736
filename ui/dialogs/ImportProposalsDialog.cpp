// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ImportProposalsDialog.h"

#include "core/Store.h"
#include "core/commands/ProposalCommands.h"

namespace hamkor {
namespace ui {

ImportProposalsDialog::ImportProposalsDialog(core::Store &store, QWidget *parent)
    : ImportDialog(store, tr("Import proposals"), parent)
{}

ImportDialog::Summary ImportProposalsDialog::read(const core::CsvTable &table)
{
    m_preview = core::ProposalImporter::preview(store().database().connection(), table);
    Summary summary;
    summary.problems = m_preview.problems;
    summary.duplicates = m_preview.duplicates;
    summary.rowsRead = m_preview.rowsRead;
    for (qsizetype i = 0; i < m_preview.toAdd.size(); ++i) {
        const core::Proposal &p = m_preview.toAdd.at(i);
        summary.toAdd.append(
            {m_preview.toAddLines.value(i),
             tr("%1 — %2 (%n partners)", nullptr, int(p.members.size())).arg(p.acronym, p.title)});
    }
    return summary;
}

core::Status ImportProposalsDialog::commit()
{
    const auto added = core::commands::addProposals(
        store(), m_preview.toAdd, tr("Import %n proposals", nullptr, int(m_preview.toAdd.size())));
    return added ? core::Status() : core::Status(added.error());
}

} // namespace ui
} // namespace hamkor
