// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ProposalImporter.h"
#include "ui/dialogs/ImportDialog.h"

namespace hamkor {
namespace ui {

// File > Import > Proposals from CSV (after their calls and partners).
class ImportProposalsDialog : public ImportDialog
{
    Q_OBJECT

public:
    explicit ImportProposalsDialog(core::Store &store, QWidget *parent = nullptr);
    const core::ProposalImportPreview &preview() const { return m_preview; }

protected:
    Summary read(const core::CsvTable &table) override;
    core::Status commit() override;

private:
    core::ProposalImportPreview m_preview;
};

} // namespace ui
} // namespace hamkor
