// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/CallImporter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// File > Import > Calls: reads a CSV file and shows, before anything is written, which
// calls it would add, which are already here, and every problem by line and column. Import
// is possible only when there is no problem; it is then one step in Edit > Undo.
class ImportCallsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportCallsDialog(core::Store &store, QWidget *parent = nullptr);

    // Asks for a file and loads it; loadFile() does the same without asking.
    void chooseFile();
    void loadFile(const QString &path);
    bool hasFile() const { return !m_path.isEmpty(); }
    const core::CallImportPreview &preview() const { return m_preview; }
    bool canImport() const;

    void accept() override;

private:
    core::Store &m_store;
    QString m_path;
    core::CallImportPreview m_preview;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_rows = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ui
} // namespace hamkor
