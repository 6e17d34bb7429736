// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/ProposalSummaryAction.h"

#include "core/Store.h"
#include "core/export/ProposalSummaryData.h"
#include "ui/Settings.h"
#include "ui/shell/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace hamkor {
namespace ui {

void ProposalSummaryAction::exportPdf(core::Store &store, qint64 proposalId, QWidget *parent)
{
    const auto input = core::loadProposalSummary(store.database().connection(), proposalId);
    if (!input) {
        QMessageBox::warning(parent, tr("Proposal summary"), input.message());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Proposal summary as PDF"),
        QDir(FileDialogs::startFolder())
            .filePath(input->proposal.acronym + QStringLiteral("-summary.pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const auto written = core::ProposalSummaryPdf::writeFile(path, *input); !written) {
        QMessageBox::warning(parent, tr("Proposal summary"), written.message());
        return;
    }
    Settings::set(Settings::LastDirectory, QFileInfo(path).absolutePath());
}

} // namespace ui
} // namespace hamkor
