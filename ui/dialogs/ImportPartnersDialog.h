// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/OrganisationImporter.h"
#include "ui/dialogs/ImportDialog.h"

namespace hamkor {
namespace ui {

// File > Import > Partners from CSV; likely duplicates are listed, not added.
class ImportPartnersDialog : public ImportDialog
{
    Q_OBJECT

public:
    explicit ImportPartnersDialog(core::Store &store, QWidget *parent = nullptr);
    const core::OrganisationImportPreview &preview() const { return m_preview; }

protected:
    Summary read(const core::CsvTable &table) override;
    core::Status commit() override;

private:
    core::OrganisationImportPreview m_preview;
};

} // namespace ui
} // namespace hamkor
