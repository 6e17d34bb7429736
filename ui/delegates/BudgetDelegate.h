// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace hamkor {
namespace ui {

// Edits a budget line's cells in place: a list to choose from where the model offers one
// (heading, partner, currency), a spin box for the year, and a line edit for text, numbers
// and money, which the model reads in the user's own way of writing numbers.
class BudgetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace ui
} // namespace hamkor
