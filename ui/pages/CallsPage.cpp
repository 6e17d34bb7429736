// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/CallsPage.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/domain/DeadlineText.h"
#include "core/reference/Reference.h"
#include "core/storage/CallRepository.h"
#include "ui/Settings.h"
#include "ui/dialogs/CallEditorDialog.h"
#include "ui/dialogs/ImportCallsDialog.h"
#include "ui/dialogs/PartnersForCallDialog.h"
#include "ui/dialogs/ReadOnlyDialog.h"
#include "ui/models/CallListModel.h"
#include "ui/pages/CallColumns.h"
#include "ui/pages/CallExportActions.h"
#include "ui/views/CallDetailPanel.h"
#include "ui/widgets/FilterHint.h"

#include <QAction>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hamkor {
namespace ui {

CallsPage::CallsPage(QWidget *parent) : Page(parent)
{
    m_model = new CallListModel(this);
    connect(m_model, &CallListModel::errorOccurred, this, &CallsPage::showError);
    createActions();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("callsView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CallListModel::Deadline, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // A fixed row height: measuring every row's contents would read every row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumWidth(420);
    CallColumns::setUp(m_view);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_edit, m_findPartners, m_delete});
    connect(m_view, &QTableView::activated, this, [this] { editSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CallsPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n calls", nullptr, m_model->rowCount()));
        updateSelection();
    });

    m_detail = new CallDetailPanel(this);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setMinimumWidth(250);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 300});

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_new, m_edit, m_delete, m_findPartners, m_newProposal});
    auto *statusButton = new QToolButton(toolbar);
    statusButton->setText(tr("Set status"));
    statusButton->setPopupMode(QToolButton::InstantPopup);
    auto *statusMenu = new QMenu(statusButton);
    statusMenu->addActions(m_statusActions);
    statusButton->setMenu(statusMenu);
    toolbar->addWidget(statusButton);
    toolbar->addSeparator();
    // A short name on the bar (the menu's "Import Calls from CSV…" would push Export out of
    // sight in Russian); the action's state follows.
    auto *importButton = new QToolButton(toolbar);
    importButton->setText(tr("Import…"));
    importButton->setToolTip(m_import->toolTip());
    importButton->setEnabled(m_import->isEnabled());
    connect(importButton, &QToolButton::clicked, m_import, &QAction::trigger);
    connect(m_import, &QAction::enabledChanged, importButton, &QWidget::setEnabled);
    toolbar->addWidget(importButton);
    auto *exportButton = new QToolButton(toolbar);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addActions(exportActions());
    exportButton->setMenu(exportMenu);
    toolbar->addWidget(exportButton);
    m_count = new QLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterBar());
    m_filterHint = new FilterHint(m_view, m_search, {m_status, m_theme, m_country, m_window},
                                  [this] { applyFilter(); });
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);
    updateSelection();
}

QString CallsPage::title() const
{
    return tr("Calls");
}

QWidget *CallsPage::filterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("callSearch"));
    m_search->setPlaceholderText(tr("Find calls by title, donor, reference or notes"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(bar);
    m_status->addItem(tr("All statuses"), QStringList());
    QStringList open;
    for (const core::ReferenceItem &item : core::reference::callStatuses().items())
        if (item.extra.value(QLatin1String("open")).toBool())
            open << item.code;
    m_status->addItem(tr("Still in play"), open);
    for (const core::ReferenceItem &item : core::reference::callStatuses().items())
        m_status->addItem(item.name(), QStringList{item.code});
    m_theme = new QComboBox(bar);
    m_theme->addItem(tr("All thematic areas"), QString());
    for (const core::ReferenceItem &item : core::reference::themes().items())
        m_theme->addItem(item.name(), item.code);
    m_country = new QComboBox(bar);
    m_country->addItem(tr("All countries"), QString());
    for (const core::ReferenceItem &item : core::reference::countries().items())
        m_country->addItem(item.name(), item.code);
    m_window = new QComboBox(bar);
    m_window->addItem(tr("Any deadline"), int(core::CallFilter::Window::Any));
    m_window->addItem(tr("Next 7 days"), int(core::CallFilter::Window::Next7));
    m_window->addItem(tr("Next 30 days"), int(core::CallFilter::Window::Next30));
    m_window->addItem(tr("Next 90 days"), int(core::CallFilter::Window::Next90));
    m_window->addItem(tr("Deadline passed"), int(core::CallFilter::Window::Past));
    for (QComboBox *box : {m_status, m_theme, m_country, m_window}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(13);
        connect(box, &QComboBox::currentIndexChanged, this, &CallsPage::applyFilter);
    }
    connect(m_search, &QLineEdit::textChanged, this, &CallsPage::applyFilter);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_theme);
    layout->addWidget(m_country);
    layout->addWidget(m_window);
    return bar;
}

void CallsPage::createActions()
{
    m_new = new QAction(tr("&New Call…"), this);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_new, &QAction::triggered, this, [this] { newCall(); });
    m_edit = new QAction(tr("&Edit…"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_edit, &QAction::triggered, this, [this] { editSelected(); });
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &CallsPage::deleteSelected);
    m_newProposal = new QAction(tr("Start a Pr&oposal…"), this);
    m_newProposal->setStatusTip(tr("A new joint proposal for the selected call"));
    connect(m_newProposal, &QAction::triggered, this, [this] {
        if (!m_store || !selectedId())
            return;
        if (const auto call =
                core::CallRepository(m_store->database().connection()).load(selectedId());
            call)
            Q_EMIT proposalRequested(*call);
    });
    m_findPartners = new QAction(tr("Find &Partners…"), this);
    m_findPartners->setStatusTip(tr("Organisations whose expertise, country and type fit the "
                                    "selected call, best first"));
    connect(m_findPartners, &QAction::triggered, this, &CallsPage::findPartners);
    for (const core::ReferenceItem &item : core::reference::callStatuses().items()) {
        auto *action = new QAction(item.name(), this);
        const QString code = item.code;
        connect(action, &QAction::triggered, this, [this, code] { setSelectedStatus(code); });
        m_statusActions << action;
    }
    m_import = new QAction(tr("&Import Calls from CSV…"), this);
    connect(m_import, &QAction::triggered, this, &CallsPage::importFile);
    m_exportCsv = new QAction(tr("Export Calls as &CSV…"), this);
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportTo(QStringLiteral("csv")); });
    m_exportIcs = new QAction(tr("Export Deadlines to &Calendar (.ics)…"), this);
    connect(m_exportIcs, &QAction::triggered, this, [this] { exportTo(QStringLiteral("ics")); });
    m_copyDigest = new QAction(tr("Copy &Digest of Open Calls"), this);
    m_copyDigest->setStatusTip(tr("A short text to paste into WhatsApp or Telegram"));
    connect(m_copyDigest, &QAction::triggered, this, &CallsPage::copyDigest);
}

void CallsPage::setStore(core::Store *store)
{
    m_filterHint->clearFilter(); // another file: the last one's search means nothing there
    m_store = store;
    m_model->setStore(store);
    for (QAction *action : {m_new, m_import, m_exportCsv, m_exportIcs, m_copyDigest})
        action->setEnabled(store);
    updateSelection();
}

void CallsPage::applyFilter()
{
    core::CallFilter filter;
    filter.text = m_search->text();
    filter.statuses = m_status->currentData().toStringList();
    filter.theme = m_theme->currentData().toString();
    filter.country = m_country->currentData().toString();
    filter.window = core::CallFilter::Window(m_window->currentData().toInt());
    m_model->setFilter(filter);
}

qint64 CallsPage::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() == 1)
        return m_model->callId(rows.constFirst().row());
    return rows.isEmpty() || !current.isValid() ? 0 : m_model->callId(current.row());
}

QList<qint64> CallsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->callId(index.row());
    return ids;
}

void CallsPage::updateSelection()
{
    const qint64 id = selectedId();
    const bool writable = m_store && !m_store->isReadOnly();
    m_edit->setEnabled(id);
    m_findPartners->setEnabled(id);
    m_newProposal->setEnabled(writable && id);
    m_delete->setEnabled(writable && !selectedIds().isEmpty());
    for (QAction *action : std::as_const(m_statusActions))
        action->setEnabled(writable && id);
    m_new->setEnabled(writable);
    m_import->setEnabled(writable);
    if (!id || !m_store) {
        m_detail->showCall(nullptr);
        return;
    }
    const auto call = core::CallRepository(m_store->database().connection()).load(id);
    m_detail->showCall(call ? &call.value() : nullptr);
}

bool CallsPage::newCall()
{
    if (!m_store)
        return false;
    CallEditorDialog dialog(core::Call{}, this);
    dialog.setSave(
        [&] { return core::statusOf(core::commands::addCall(*m_store, dialog.call())); });
    return dialog.exec() == QDialog::Accepted;
}

bool CallsPage::editSelected()
{
    return editCall(selectedId());
}

bool CallsPage::editCall(qint64 id)
{
    if (!m_store || !id)
        return false;
    const auto call = core::CallRepository(m_store->database().connection()).load(id);
    if (!call) {
        showError(call.message());
        return false;
    }
    CallEditorDialog dialog(*call, this);
    if (m_store->isReadOnly()) {
        dialog.setWindowTitle(tr("Call (read-only)"));
        makeReadOnly(dialog);
    } else {
        dialog.setSave([&] { return core::commands::editCall(*m_store, dialog.call()); });
    }
    return dialog.exec() == QDialog::Accepted && !m_store->isReadOnly();
}

void CallsPage::findPartners()
{
    const qint64 id = selectedId();
    if (!m_store || !id)
        return;
    const auto call = core::CallRepository(m_store->database().connection()).load(id);
    if (!call) {
        showError(call.message());
        return;
    }
    PartnersForCallDialog dialog(*m_store, *call, this);
    connect(&dialog, &PartnersForCallDialog::organisationActivated, this,
            [this, &dialog](qint64 organisation) {
                dialog.accept();
                Q_EMIT organisationRequested(organisation);
            });
    dialog.exec();
}

void CallsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_store || ids.isEmpty())
        return;
    if (const auto removed = core::commands::removeCalls(*m_store, ids); !removed)
        showError(removed.message());
}

void CallsPage::setSelectedStatus(const QString &status)
{
    const qint64 id = selectedId();
    if (!m_store || !id)
        return;
    if (const auto changed = core::commands::setCallStatus(*m_store, id, status); !changed)
        showError(changed.message());
}

void CallsPage::importFile()
{
    if (!m_store)
        return;
    ImportCallsDialog dialog(*m_store, this);
    dialog.chooseFile();
    if (dialog.hasFile())
        dialog.exec();
}

void CallsPage::exportTo(const QString &format)
{
    if (m_store)
        CallExportActions::exportFile(*m_store, m_model->filter(), format, this);
}

void CallsPage::copyDigest()
{
    if (m_store)
        CallExportActions::copyDigest(*m_store, this);
}

void CallsPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Calls"), message);
}

} // namespace ui
} // namespace hamkor
