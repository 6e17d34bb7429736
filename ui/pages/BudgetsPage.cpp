// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/BudgetsPage.h"

#include "core/Store.h"
#include "core/reference/Reference.h"
#include "core/storage/BudgetRepository.h"
#include "core/storage/ProposalQuery.h"
#include "ui/delegates/BudgetDelegate.h"
#include "ui/dialogs/ExchangeRatesDialog.h"
#include "ui/models/BudgetTreeModel.h"
#include "ui/pages/BudgetExportActions.h"
#include "ui/views/BudgetSidePanel.h"
#include "ui/views/BudgetTreeView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

BudgetsPage::BudgetsPage(QWidget *parent) : Page(parent)
{
    m_model = new BudgetTreeModel(this);
    const auto action = [this](const QString &text, void (BudgetsPage::*slot)()) {
        auto *a = new QAction(text, this);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newVersion = action(tr("&New Version…"), &BudgetsPage::newVersion);
    m_newVersion->setObjectName(QStringLiteral("newVersion"));
    m_copyVersion = action(tr("Cop&y Version…"), &BudgetsPage::copyVersion);
    m_editVersion = action(tr("Version &Settings…"), &BudgetsPage::editVersion);
    m_editVersion->setObjectName(QStringLiteral("editVersion"));
    m_deleteVersion = action(tr("Delete Version"), &BudgetsPage::deleteVersion);
    m_compare = action(tr("Co&mpare…"), &BudgetsPage::compareVersions);
    m_addLine = action(tr("&Add Line"), &BudgetsPage::addLine);
    m_addLine->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_deleteLines = action(tr("&Delete Lines"), &BudgetsPage::deleteLines);
    // Delete alone clears the cells (as in a spreadsheet); removing lines asks for more.
    m_deleteLines->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_copy = new QAction(tr("&Copy Lines"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(copySelection()); });
    m_paste = new QAction(tr("&Paste Lines"), this);
    m_paste->setShortcut(QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, this,
            [this] { pasteText(QApplication::clipboard()->text()); });
    m_importLines = action(tr("Import Budget &Lines from CSV…"), &BudgetsPage::importLines);
    m_rates = new QAction(tr("&Exchange Rates…"), this);
    connect(m_rates, &QAction::triggered, this, [this] {
        if (!m_store)
            return;
        ExchangeRatesDialog dialog(*m_store, this);
        dialog.exec();
    });
    for (QAction *a : {m_addLine, m_deleteLines, m_copy, m_paste})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_proposals = new QComboBox(this);
    m_proposals->setObjectName(QStringLiteral("budgetProposal"));
    m_proposals->setMinimumContentsLength(30);
    m_versions = new QComboBox(this);
    m_versions->setObjectName(QStringLiteral("budgetVersion"));
    m_versions->setMinimumContentsLength(14);
    m_state = new QLabel(this);
    connect(m_proposals, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            reloadVersions(0);
    });
    connect(m_versions, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        if (const core::Status s = m_model->setVersion(m_versions->currentData().toLongLong()); !s)
            showError(s.message());
        updateActions();
    });
    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("Proposal:"), this));
    choose->addWidget(m_proposals, 2);
    choose->addWidget(new QLabel(tr("Version:"), this));
    choose->addWidget(m_versions, 1);
    choose->addWidget(m_state);
    choose->addStretch();

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_newVersion, m_copyVersion, m_editVersion, m_compare, m_deleteVersion});
    toolbar->addSeparator();
    toolbar->addActions({m_addLine, m_deleteLines, m_paste});
    // Exchange Rates (Edit menu) and Import Budget Lines (File > Import) are in the menus.

    m_tree = new BudgetTreeView(this);
    m_tree->setObjectName(QStringLiteral("budgetTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new BudgetDelegate(m_tree));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(14); // three levels of headings leave the names room
    m_tree->header()->setStretchLastSection(false);
    for (const auto &[column, width] :
         {std::pair{BudgetTreeModel::Item, 190}, std::pair{BudgetTreeModel::Partner, 60},
          std::pair{BudgetTreeModel::Year, 38}, std::pair{BudgetTreeModel::Unit, 60},
          std::pair{BudgetTreeModel::Quantity, 55}, std::pair{BudgetTreeModel::UnitCost, 112},
          std::pair{BudgetTreeModel::Currency, 58}, std::pair{BudgetTreeModel::Amount, 118},
          std::pair{BudgetTreeModel::Rate, 100}, std::pair{BudgetTreeModel::DonorPct, 60},
          std::pair{BudgetTreeModel::OtherPct, 60}, std::pair{BudgetTreeModel::InKindPct, 60},
          std::pair{BudgetTreeModel::Heading, 60}})
        m_tree->setColumnWidth(column, width);
    // A line's cost right after what it is: in view on a 1024-pixel laptop in any language.
    m_tree->header()->moveSection(m_tree->header()->visualIndex(BudgetTreeModel::Amount), 1);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_addLine, m_copy, m_paste, m_deleteLines});
    // A reload (an undo, a line added or moved) keeps the cell and the lines selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptLines = selectedLineIds();
        m_keptLine = m_model->lineId(m_tree->currentIndex());
        m_keptColumn = m_tree->currentIndex().column();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        restoreSelection();
        updateActions();
    });
    connect(m_tree, &BudgetTreeView::newLineRequested, this, &BudgetsPage::addLineBelow);
    connect(m_tree, &BudgetTreeView::fillDownRequested, this, &BudgetsPage::fillDown);
    connect(m_tree, &BudgetTreeView::clearRequested, this, &BudgetsPage::clearCells);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BudgetsPage::updateActions);

    m_exports = new BudgetExportActions(m_model, this);
    m_side = new BudgetSidePanel(this);
    connect(m_model, &BudgetTreeModel::recomputed, this, [this] {
        m_side->show(m_model->budget());
        showMessage(QString()); // what went wrong before is past
    });
    connect(m_model, &BudgetTreeModel::errorOccurred, this, &BudgetsPage::showError);
    connect(m_side, &BudgetSidePanel::lineRequested, this, [this](qint64 lineId) {
        const QModelIndex index = m_model->indexOfLine(lineId);
        if (!index.isValid())
            return;
        m_tree->scrollTo(index);
        m_tree->setCurrentIndex(index);
        m_tree->setFocus();
    });
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({740, 280});

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    updateActions();
}

BudgetsPage::~BudgetsPage()
{
    // The children go after this object has stopped being a BudgetsPage: an editor still
    // open commits as it closes, and the model's signals must not reach the page then.
    m_model->disconnect(this);
    m_tree->disconnect(this);
    m_tree->selectionModel()->disconnect(this);
    m_side->disconnect(this);
}

QString BudgetsPage::title() const
{
    return tr("Budgets");
}

void BudgetsPage::setStore(core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_model->setStore(store);
    if (m_store)
        connect(m_store, &core::Store::tableChanged, this, [this](const QString &table) {
            if (table == u"proposals")
                reloadProposals();
            else if (table == u"budget_versions")
                reloadVersions(m_model->versionId());
        });
    reloadProposals();
}

qint64 BudgetsPage::proposalId() const
{
    return m_proposals->currentData().toLongLong();
}

qint64 BudgetsPage::versionId() const
{
    return m_model->versionId();
}

void BudgetsPage::showProposal(qint64 proposalId, qint64 versionId)
{
    const int at = m_proposals->findData(proposalId);
    if (at < 0)
        return;
    m_loading = true;
    m_proposals->setCurrentIndex(at);
    m_loading = false;
    reloadVersions(versionId);
}

void BudgetsPage::reloadProposals()
{
    const qint64 current = proposalId();
    m_loading = true;
    m_proposals->clear();
    if (m_store) {
        const auto rows = core::ProposalQuery(m_store->database().connection()).all();
        if (rows)
            for (const core::ProposalRow &row : *rows)
                m_proposals->addItem(row.acronym + QStringLiteral(" — ") + row.title, row.id);
    }
    m_proposals->setCurrentIndex(std::max(0, m_proposals->findData(current)));
    m_loading = false;
    reloadVersions(m_model->versionId());
}

void BudgetsPage::reloadVersions(qint64 selectVersion)
{
    m_loading = true;
    m_versions->clear();
    if (m_store && proposalId()) {
        const auto versions =
            core::BudgetRepository(m_store->database().connection()).versions(proposalId());
        if (versions)
            for (const core::BudgetVersionSummary &v : *versions)
                m_versions->addItem(v.name, v.id);
    }
    // The one asked for, else the newest.
    int at = m_versions->findData(selectVersion);
    if (at < 0)
        at = m_versions->count() - 1;
    m_versions->setCurrentIndex(at);
    m_loading = false;
    if (const core::Status s = m_model->setVersion(m_versions->currentData().toLongLong()); !s)
        showError(s.message());
    updateActions();
}

QList<qint64> BudgetsPage::selectedLineIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
        if (const qint64 id = m_model->lineId(index))
            ids << id;
    return ids;
}

void BudgetsPage::updateActions()
{
    const bool writable = m_store && !m_store->isReadOnly();
    const bool hasProposal = proposalId() != 0;
    const core::LoadedBudget *budget = m_model->budget();
    const bool editable = m_model->isEditable();
    const bool lines = !selectedLineIds().isEmpty();
    m_newVersion->setEnabled(writable && hasProposal);
    m_copyVersion->setEnabled(writable && budget);
    m_editVersion->setEnabled(budget);
    m_deleteVersion->setEnabled(writable && budget);
    m_compare->setEnabled(budget && m_versions->count() > 1);
    m_addLine->setEnabled(editable);
    m_deleteLines->setEnabled(editable && lines);
    m_copy->setEnabled(lines);
    m_paste->setEnabled(editable);
    m_importLines->setEnabled(writable && hasProposal);
    m_rates->setEnabled(m_store);
    if (!budget) {
        m_state->setText(hasProposal ? tr("No budget yet: make a new version or import lines.")
                                     : QString());
        return;
    }
    QString state = core::reference::budgetVersionStates().name(budget->version.state) +
                    QStringLiteral(" · ") + budget->layout.name() + QStringLiteral(" · ") +
                    budget->version.currency;
    if (budget->version.isLocked())
        state += QStringLiteral(" · ") + tr("read-only: copy it to change it");
    m_state->setText(state);
}

void BudgetsPage::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("color: #b01c1c"));
}

void BudgetsPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(QString());
}

} // namespace ui
} // namespace hamkor
