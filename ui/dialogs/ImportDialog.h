// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/io/ImportProblem.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace hamkor {
namespace core {
class Store;
struct CsvTable;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// File > Import: reads a CSV file and shows, before anything is written, what it would
// add, what is already here, and every problem by line and column. Import is possible
// only when there is no problem; it is then one step in Edit > Undo. Subclasses say how
// rows become records (calls, partners).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(core::Store &store, const QString &title, QWidget *parent = nullptr);

    // Asks for a file and loads it; loadFile() does the same without asking.
    void chooseFile();
    void loadFile(const QString &path);
    bool hasFile() const { return !m_path.isEmpty(); }
    bool canImport() const;
    void accept() override;

protected:
    struct Summary
    {
        QList<std::pair<int, QString>> toAdd; // line, what is added
        QList<std::pair<int, QString>> duplicates;
        QList<core::ImportProblem> problems;
        int rowsRead = 0;
    };
    // The summary of what importing table would do.
    virtual Summary read(const core::CsvTable &table) = 0;
    // Adds what read() found, as one undo step.
    virtual core::Status commit() = 0;
    core::Store &store() { return m_store; }

private:
    void show(const QString &file);

    core::Store &m_store;
    QString m_path;
    Summary m_summary;
    QLabel *m_label = nullptr;
    QTreeWidget *m_rows = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ui
} // namespace hamkor
