// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ImportPartnersDialog.h"

#include "core/Store.h"
#include "core/commands/OrganisationCommands.h"
#include "core/reference/Reference.h"

namespace hamkor {
namespace ui {

ImportPartnersDialog::ImportPartnersDialog(core::Store &store, QWidget *parent)
    : ImportDialog(store, tr("Import partners"), parent)
{}

ImportDialog::Summary ImportPartnersDialog::read(const core::CsvTable &table)
{
    m_preview = core::OrganisationImporter::preview(store().database().connection(), table);
    Summary summary;
    summary.problems = m_preview.problems;
    summary.duplicates = m_preview.duplicates;
    summary.rowsRead = m_preview.rowsRead;
    for (qsizetype i = 0; i < m_preview.toAdd.size(); ++i) {
        const core::Organisation &o = m_preview.toAdd.at(i);
        summary.toAdd.append(
            {m_preview.toAddLines.value(i),
             QStringLiteral("%1 — %2, %3")
                 .arg(o.displayName(), core::reference::countries().name(o.country),
                      core::reference::organisationTypes().name(o.type))});
    }
    return summary;
}

core::Status ImportPartnersDialog::commit()
{
    const auto added = core::commands::addOrganisations(
        store(), m_preview.toAdd, tr("Import %n partners", nullptr, int(m_preview.toAdd.size())));
    return added ? core::Status() : core::Status(added.error());
}

} // namespace ui
} // namespace hamkor
