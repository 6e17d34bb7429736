// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/delegates/BudgetDelegate.h"

#include "ui/models/BudgetTreeModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace hamkor {
namespace ui {

QWidget *BudgetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QVariantList choices = index.data(BudgetTreeModel::ChoicesRole).toList();
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        for (const QVariant &choice : choices) {
            const QVariantList pair = choice.toList();
            combo->addItem(pair.value(0).toString(), pair.value(1));
        }
        return combo;
    }
    if (index.column() == BudgetTreeModel::Year) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(1, index.data(BudgetTreeModel::YearsRole).toInt());
        return spin;
    }
    auto *edit =
        qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
    if (edit && BudgetTreeModel::isNumeric(index.column()))
        edit->setAlignment(Qt::AlignRight);
    return edit ? static_cast<QWidget *>(edit)
                : QStyledItemDelegate::createEditor(parent, option, index);
}

void BudgetDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(std::max(at, 0));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void BudgetDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace ui
} // namespace hamkor
