// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/ProposalsPage.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/budget/BudgetTemplate.h"
#include "core/commands/ProposalCommands.h"
#include "core/domain/Call.h"
#include "core/reference/Reference.h"
#include "core/storage/ProposalRepository.h"
#include "ui/dialogs/ImportProposalsDialog.h"
#include "ui/dialogs/ProposalEditorDialog.h"
#include "ui/dialogs/ReadOnlyDialog.h"
#include "ui/models/ProposalListModel.h"
#include "ui/pages/ProposalSummaryAction.h"
#include "ui/widgets/FilterHint.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

ProposalsPage::ProposalsPage(QWidget *parent) : Page(parent)
{
    m_model = new ProposalListModel(this);
    m_new = new QAction(tr("&New Proposal…"), this);
    connect(m_new, &QAction::triggered, this, [this] { newProposal(); });
    m_edit = new QAction(tr("&Open…"), this);
    connect(m_edit, &QAction::triggered, this, [this] { editProposal(selectedId()); });
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &ProposalsPage::deleteSelected);
    m_import = new QAction(tr("Import P&roposals from CSV…"), this);
    connect(m_import, &QAction::triggered, this, [this] {
        if (!m_store)
            return;
        ImportProposalsDialog dialog(*m_store, this);
        dialog.chooseFile();
        if (dialog.hasFile())
            dialog.exec();
    });
    m_summary = new QAction(tr("Proposal &Summary as PDF…"), this);
    connect(m_summary, &QAction::triggered, this, &ProposalsPage::exportSummary);
    m_budget = new QAction(tr("&Budget"), this);
    connect(m_budget, &QAction::triggered, this, [this] {
        if (selectedId())
            Q_EMIT budgetRequested(selectedId());
    });

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find by acronym or title"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->addItem(tr("All statuses"), QString());
    for (const core::ReferenceItem &item : core::reference::proposalStatuses().items())
        m_status->addItem(item.name(), item.code);
    connect(m_search, &QLineEdit::textChanged, this, &ProposalsPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ProposalsPage::applyFilter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_new, m_edit, m_budget, m_delete});
    toolbar->addSeparator();
    toolbar->addActions({m_import, m_summary});

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("proposalsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (const auto &[column, width] :
         {std::pair{ProposalListModel::Acronym, 110}, std::pair{ProposalListModel::Title, 300},
          std::pair{ProposalListModel::Status, 170}, std::pair{ProposalListModel::Lead, 220},
          std::pair{ProposalListModel::Partners, 70}, std::pair{ProposalListModel::Start, 190},
          std::pair{ProposalListModel::Call, 260}})
        m_view->setColumnWidth(column, width);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_edit, m_budget, m_summary, m_delete});
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { editProposal(m_model->proposalId(index.row())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProposalsPage::updateSelection);
    m_count = new QLabel(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n proposals", nullptr, m_model->rowCount()));
        updateSelection();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    m_filterHint = new FilterHint(m_view, m_search, {m_status}, [this] { applyFilter(); });
    layout->addWidget(m_count);
    updateSelection();
}

QString ProposalsPage::title() const
{
    return tr("Proposals");
}

void ProposalsPage::setStore(core::Store *store)
{
    m_filterHint->clearFilter(); // another file: the last one's search means nothing there
    m_store = store;
    m_model->setStore(store);
    updateSelection();
}

void ProposalsPage::applyFilter()
{
    m_model->setFilter({m_search->text(), m_status->currentData().toString()});
}

qint64 ProposalsPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->proposalId(rows.constFirst().row());
}

void ProposalsPage::updateSelection()
{
    const bool writable = m_store && !m_store->isReadOnly();
    const bool selected = selectedId() != 0;
    m_new->setEnabled(writable);
    m_import->setEnabled(writable);
    m_edit->setEnabled(selected);
    m_delete->setEnabled(writable && selected);
    m_summary->setEnabled(selected);
    m_budget->setEnabled(selected);
}

bool ProposalsPage::newProposal(const core::Call *call)
{
    if (!m_store)
        return false;
    core::Proposal fresh;
    if (call) {
        fresh.callId = call->id;
        fresh.title = call->title;
        fresh.themes = call->themes;
        fresh.templateCode = core::BudgetTemplate::suggestedFor(call->donor);
        fresh.countries = call->countries;
        if (!call->currency.isEmpty())
            fresh.currency = call->currency;
        if (call->maxDurationMonths)
            fresh.durationMonths = *call->maxDurationMonths;
    }
    ProposalEditorDialog dialog(*m_store, fresh, this);
    dialog.setSave(
        [&] { return core::statusOf(core::commands::addProposal(*m_store, dialog.proposal())); });
    return dialog.exec() == QDialog::Accepted;
}

bool ProposalsPage::editProposal(qint64 id)
{
    if (!m_store || !id)
        return false;
    const auto proposal = core::ProposalRepository(m_store->database().connection()).load(id);
    if (!proposal) {
        showError(proposal.message());
        return false;
    }
    ProposalEditorDialog dialog(*m_store, *proposal, this);
    if (m_store->isReadOnly()) {
        dialog.setWindowTitle(tr("Proposal (read-only)"));
        makeReadOnly(dialog);
    } else {
        dialog.setSave([&] { return core::commands::editProposal(*m_store, dialog.proposal()); });
    }
    return dialog.exec() == QDialog::Accepted && !m_store->isReadOnly();
}

void ProposalsPage::deleteSelected()
{
    if (!m_store || !selectedId())
        return;
    if (const auto removed = core::commands::removeProposals(*m_store, {selectedId()}); !removed)
        showError(removed.message());
}

void ProposalsPage::exportSummary()
{
    if (m_store && selectedId())
        ProposalSummaryAction::exportPdf(*m_store, selectedId(), this);
}

void ProposalsPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Proposals"), message);
}

} // namespace ui
} // namespace hamkor
