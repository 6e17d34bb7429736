// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/CallImporter.h"
#include "ui/dialogs/ImportDialog.h"

namespace hamkor {
namespace ui {

// File > Import > Calls from CSV.
class ImportCallsDialog : public ImportDialog
{
    Q_OBJECT

public:
    explicit ImportCallsDialog(core::Store &store, QWidget *parent = nullptr);
    const core::CallImportPreview &preview() const { return m_preview; }

protected:
    Summary read(const core::CsvTable &table) override;
    core::Status commit() override;

private:
    core::CallImportPreview m_preview;
};

} // namespace ui
} // namespace hamkor
