// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// Two versions of a proposal's budget side by side: the lines added, removed and changed,
// the headings and totals lines whose amounts differ, and the difference in total.
class BudgetCompareDialog : public QDialog
{
    Q_OBJECT

public:
    BudgetCompareDialog(core::Store &store, qint64 proposalId, qint64 beforeId, qint64 afterId,
                        QWidget *parent = nullptr);

    QTreeWidget *differencesView() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void compare();

    core::Store &m_store;
    QComboBox *m_before = nullptr;
    QComboBox *m_after = nullptr;
    QTreeWidget *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ui
} // namespace hamkor
