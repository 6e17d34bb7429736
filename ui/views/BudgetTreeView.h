// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace hamkor {
namespace ui {

// The budget tree typed into like a spreadsheet (issue 12): Tab and Shift+Tab move between
// a line's cells (an editor opens on the next one), Enter moves down — back to the column
// where a run of Tabs began, so that a line typed left to right ends at the start of the
// next — and on the last line under a heading asks for a new line; typing starts editing;
// Ctrl+D fills down and Delete clears. The view only moves and asks: the page makes the
// edits, each an undo step.
class BudgetTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit BudgetTreeView(QWidget *parent = nullptr);

    // The line after index under the same heading, in column; invalid when index is the
    // last line there (or not a line).
    QModelIndex lineBelow(const QModelIndex &index, int column) const;

Q_SIGNALS:
    // Enter on the last line under a heading: a new line below it, the cursor in column.
    void newLineRequested(const QModelIndex &lineAbove, int column);
    // Ctrl+D: the current column of the selected lines takes the first one's value (or, for
    // one line, the value of the line above).
    void fillDownRequested();
    // Delete: the current column of the selected lines is cleared.
    void clearRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    // The next (or previous) editable cell of the line, wrapping to the next (previous) line.
    QModelIndex nextCell(const QModelIndex &from, bool forward) const;
    void moveAcross(bool forward, bool openEditor);
    void moveDown();

    int m_tabStart = -1; // the column where the current run of Tabs began
};

} // namespace ui
} // namespace hamkor
