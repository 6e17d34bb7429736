// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ReadOnlyDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace hamkor {
namespace ui {

void makeReadOnly(QDialog &dialog)
{
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        // A combo box's own line edit goes with the combo box below.
        if (!qobject_cast<QComboBox *>(edit->parentWidget()))
            edit->setReadOnly(true);
    }
    for (QPlainTextEdit *edit : dialog.findChildren<QPlainTextEdit *>())
        edit->setReadOnly(true);
    for (QTextEdit *edit : dialog.findChildren<QTextEdit *>())
        edit->setReadOnly(true);
    for (QAbstractSpinBox *box : dialog.findChildren<QAbstractSpinBox *>())
        box->setReadOnly(true);
    for (QAbstractItemView *view : dialog.findChildren<QAbstractItemView *>())
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QComboBox *box : dialog.findChildren<QComboBox *>())
        box->setEnabled(false);
    QDialogButtonBox *buttons = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        if (!buttons || !buttons->isAncestorOf(button))
            button->setEnabled(false);
    if (buttons)
        buttons->setStandardButtons(QDialogButtonBox::Close);
}

} // namespace ui
} // namespace hamkor
