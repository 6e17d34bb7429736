// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/Page.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace hamkor {
namespace core {
struct Call;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

class FilterHint;
class ProposalListModel;

// Joint proposals: the list, and the actions on a proposal (new, open, delete, import,
// the summary sheet as PDF).
class ProposalsPage : public Page
{
    Q_OBJECT

public:
    explicit ProposalsPage(QWidget *parent = nullptr);
    QString title() const override;
    void setStore(core::Store *store) override;

    QAction *importAction() const { return m_import; }
    QAction *summaryAction() const { return m_summary; }
    ProposalListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Starts a proposal for call (its themes and countries copied), or standalone.
    bool newProposal(const core::Call *call = nullptr);
    bool editProposal(qint64 id);

Q_SIGNALS:
    // The user asked for the selected proposal's budget.
    void budgetRequested(qint64 proposalId);

private:
    void applyFilter();
    void updateSelection();
    qint64 selectedId() const;
    void deleteSelected();
    void exportSummary();
    void showError(const QString &message);

    core::Store *m_store = nullptr;
    ProposalListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    FilterHint *m_filterHint = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_summary = nullptr;
    QAction *m_budget = nullptr;
};

} // namespace ui
} // namespace hamkor
