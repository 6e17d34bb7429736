// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/Page.h"

class QAction;
class QComboBox;
class QLabel;
class QTreeView;

namespace hamkor {
namespace ui {

class BudgetExportActions;
class BudgetSidePanel;
class BudgetTreeModel;
class BudgetTreeView;

// The budget editor (issue 6): a proposal's budget versions, the chosen one's lines under
// the donor's headings with its totals, the side panel of totals, chart and rules, and the
// actions on versions (new, copy, settings, compare, delete), lines (add, delete, copy and
// paste with a spreadsheet, import) and exchange rates.
class BudgetsPage : public Page
{
    Q_OBJECT

public:
    explicit BudgetsPage(QWidget *parent = nullptr);
    ~BudgetsPage() override;
    QString title() const override;
    void setStore(core::Store *store) override;

    // Shows the proposal's newest version (or the one with versionId).
    void showProposal(qint64 proposalId, qint64 versionId = 0);
    qint64 proposalId() const;
    qint64 versionId() const;

    BudgetTreeModel *model() const { return m_model; }
    BudgetTreeView *tree() const { return m_tree; }
    BudgetSidePanel *sidePanel() const { return m_side; }
    QComboBox *versionBox() const { return m_versions; }
    QAction *importAction() const { return m_importLines; }
    QAction *ratesAction() const { return m_rates; }
    BudgetExportActions *exports() const { return m_exports; }

    // The lines selected, as tab-separated text for a spreadsheet; and lines pasted back.
    QString copySelection() const;
    bool pasteText(const QString &text);

Q_SIGNALS:
    void proposalRequested(qint64 proposalId);

private:
    void reloadProposals();
    void reloadVersions(qint64 selectVersion);
    void updateActions();
    void showError(const QString &message);
    void showMessage(const QString &message);
    QList<qint64> selectedLineIds() const;

    void newVersion();
    void copyVersion();
    void editVersion();
    void deleteVersion();
    void compareVersions();
    void addLine();
    // A new line under the heading of lineAbove, taking its partner, currency, year and
    // funding shares; the cursor goes to column of it.
    void addLineBelow(const QModelIndex &lineAbove, int column);
    void fillDown();
    void clearCells();
    void restoreSelection();
    void deleteLines();
    void importLines();

    core::Store *m_store = nullptr;
    BudgetTreeModel *m_model = nullptr;
    QComboBox *m_proposals = nullptr;
    QComboBox *m_versions = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_message = nullptr;
    BudgetTreeView *m_tree = nullptr;
    QList<qint64> m_keptLines; // the selection over a reload of the model
    qint64 m_keptLine = 0;
    int m_keptColumn = 0;
    BudgetSidePanel *m_side = nullptr;
    QAction *m_newVersion = nullptr;
    QAction *m_copyVersion = nullptr;
    QAction *m_editVersion = nullptr;
    QAction *m_deleteVersion = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_addLine = nullptr;
    QAction *m_deleteLines = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_importLines = nullptr;
    QAction *m_rates = nullptr;
    BudgetExportActions *m_exports = nullptr;
    bool m_loading = false;
};

} // namespace ui
} // namespace hamkor
