// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/BudgetTreeView.h"

#include "ui/models/BudgetTreeModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace hamkor {
namespace ui {

namespace {
bool isLine(const QModelIndex &index)
{
    return index.isValid() && index.data(BudgetTreeModel::LineIdRole).toLongLong() != 0;
}
} // namespace

BudgetTreeView::BudgetTreeView(QWidget *parent) : QTreeView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
}

QModelIndex BudgetTreeView::lineBelow(const QModelIndex &index, int column) const
{
    if (!isLine(index))
        return {};
    const QModelIndex below = index.sibling(index.row() + 1, column);
    return isLine(below) ? below : QModelIndex();
}

QModelIndex BudgetTreeView::nextCell(const QModelIndex &from, bool forward) const
{
    if (!isLine(from))
        return {};
    // Across the columns as they are shown, which need not be the model's order.
    const int columns = model()->columnCount(from.parent());
    QModelIndex line = from;
    int visual = header()->visualIndex(from.column());
    // At most one line further: a line has editable cells whenever the budget does.
    for (int step = 0; step < 2 * columns; ++step) {
        visual += forward ? 1 : -1;
        if (visual >= columns || visual < 0) {
            const QModelIndex next = line.sibling(line.row() + (forward ? 1 : -1), 0);
            if (!isLine(next))
                return {};
            line = next;
            visual = forward ? 0 : columns - 1;
        }
        const int column = header()->logicalIndex(visual);
        const QModelIndex cell = line.sibling(line.row(), column);
        if (!isColumnHidden(column) && (model()->flags(cell) & Qt::ItemIsEditable))
            return cell;
    }
    return {};
}

void BudgetTreeView::moveAcross(bool forward, bool openEditor)
{
    const QModelIndex from = currentIndex();
    if (m_tabStart < 0)
        m_tabStart = from.column();
    const QModelIndex to = nextCell(from, forward);
    if (!to.isValid())
        return;
    setCurrentIndex(to);
    scrollTo(to);
    if (openEditor)
        edit(to);
}

void BudgetTreeView::moveDown()
{
    const QModelIndex from = currentIndex();
    if (!isLine(from))
        return;
    const int column = m_tabStart >= 0 ? m_tabStart : from.column();
    m_tabStart = -1;
    const QModelIndex below = lineBelow(from, column);
    if (!below.isValid()) {
        Q_EMIT newLineRequested(from.sibling(from.row(), 0), column);
        return;
    }
    setCurrentIndex(below);
    scrollTo(below);
}

void BudgetTreeView::keyPressEvent(QKeyEvent *event)
{
    // Tab in an editor made of several widgets (the year's spin box) reaches the view as
    // a Tab of its own (focusNextPrevChild): end the edit as the delegate would.
    if (state() == EditingState &&
        (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)) {
        if (QWidget *editor = indexWidget(currentIndex())) {
            commitData(editor);
            closeEditor(editor, event->key() == Qt::Key_Tab
                                    ? QAbstractItemDelegate::EditNextItem
                                    : QAbstractItemDelegate::EditPreviousItem);
            return;
        }
    }
    const bool line = isLine(currentIndex());
    const Qt::KeyboardModifiers modifiers =
        event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (line && state() != EditingState && modifiers == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Tab:
            moveAcross(true, false);
            return;
        case Qt::Key_Backtab:
            moveAcross(false, false);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (event->modifiers() & Qt::ShiftModifier)
                break;
            moveDown();
            return;
        case Qt::Key_Delete:
            Q_EMIT clearRequested();
            return;
        default:
            break;
        }
    }
    if (line && event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier) {
        Q_EMIT fillDownRequested();
        return;
    }
    // Moving by other keys ends a run of Tabs (a key an editor did not want, such as its
    // Enter, also passes here: that one does not).
    if (state() != EditingState && (event->matches(QKeySequence::MoveToNextLine) ||
                                    event->matches(QKeySequence::MoveToPreviousLine) ||
                                    event->matches(QKeySequence::MoveToNextChar) ||
                                    event->matches(QKeySequence::MoveToPreviousChar) ||
                                    event->matches(QKeySequence::MoveToStartOfLine) ||
                                    event->matches(QKeySequence::MoveToEndOfLine) ||
                                    event->matches(QKeySequence::MoveToNextPage) ||
                                    event->matches(QKeySequence::MoveToPreviousPage)))
        m_tabStart = -1;
    QTreeView::keyPressEvent(event);
}

void BudgetTreeView::mousePressEvent(QMouseEvent *event)
{
    m_tabStart = -1;
    QTreeView::mousePressEvent(event);
}

void BudgetTreeView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // The edit may reload the model (a line moved to another heading): find the cell again
    // by its line.
    const QModelIndex at = currentIndex();
    const qint64 lineId = at.data(BudgetTreeModel::LineIdRole).toLongLong();
    const int column = at.column();
    const auto *budget = qobject_cast<BudgetTreeModel *>(model());
    const auto refind = [&] {
        if (budget && lineId) {
            const QModelIndex line = budget->indexOfLine(lineId);
            if (line.isValid() && currentIndex() != line.sibling(line.row(), column))
                setCurrentIndex(line.sibling(line.row(), column));
        }
    };
    switch (hint) {
    case QAbstractItemDelegate::EditNextItem:
    case QAbstractItemDelegate::EditPreviousItem:
        QTreeView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        refind();
        moveAcross(hint == QAbstractItemDelegate::EditNextItem, true);
        return;
    case QAbstractItemDelegate::SubmitModelCache:
        QTreeView::closeEditor(editor, hint);
        refind();
        moveDown();
        return;
    default:
        QTreeView::closeEditor(editor, hint);
        refind();
        return;
    }
}

} // namespace ui
} // namespace hamkor
