// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/MainWindow.h"

#include "core/Store.h"
#include "ui/Settings.h"
#include "ui/dialogs/HelpDialogs.h"
#include "ui/pages/BudgetExportActions.h"
#include "ui/pages/BudgetsPage.h"
#include "ui/pages/CallsPage.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/PartnersPage.h"
#include "ui/pages/ProposalsPage.h"
#include "ui/shell/FileDialogs.h"
#include "ui/shell/UndoActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>

namespace hamkor {
namespace ui {

namespace {
// The desktop's icon where it has a theme, else the style's own.
QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name),
                            QApplication::style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hamkor.png")));
    m_undoGroup = new QUndoGroup(this);
    createPages();
    createActions();
    createMenus();

    m_pathLabel = new QLabel(this);
    m_stateLabel = new QLabel(this);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_stateLabel);

    // Fits an old 1366 × 768 laptop with its title bar and panel; a saved size wins later.
    const QSize wanted(1240, 760);
    resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size() * 0.92) : wanted);
    restoreGeometry(Settings::get(Settings::WindowGeometry));
    restoreState(Settings::get(Settings::WindowState));
    showPage(Settings::get(Settings::LastPage));
    updateTitle();
}

MainWindow::~MainWindow()
{
    for (Page *page : std::as_const(m_pageList))
        page->setStore(nullptr);
}

void MainWindow::createPages()
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(200);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 9px 12px; }"));
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *dashboard = new DashboardPage(m_pages);
    m_pageList = {
        dashboard,
        m_callsPage = new CallsPage(m_pages),
        m_partnersPage = new PartnersPage(m_pages),
        m_proposalsPage = new ProposalsPage(m_pages),
        m_budgetsPage = new BudgetsPage(m_pages),
    };
    connect(m_proposalsPage, &ProposalsPage::budgetRequested, this, [this](qint64 id) {
        showPage(4);
        m_budgetsPage->showProposal(id);
    });
    connect(m_callsPage, &CallsPage::proposalRequested, this, [this](const core::Call &call) {
        showPage(3);
        m_proposalsPage->newProposal(&call);
    });
    connect(m_callsPage, &CallsPage::organisationRequested, this, [this](qint64 id) {
        showPage(2);
        m_partnersPage->editOrganisation(id);
    });
    connect(dashboard, &DashboardPage::proposalActivated, this, [this](qint64 id) {
        showPage(3);
        m_proposalsPage->editProposal(id);
    });
    connect(dashboard, &DashboardPage::callActivated, this, [this](qint64 id) {
        showPage(1);
        m_callsPage->editCall(id);
    });
    for (Page *page : std::as_const(m_pageList)) {
        m_pages->addWidget(page);
        m_navigation->addItem(page->title());
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(themeIcon("document-new", QStyle::SP_FileIcon), tr("&New…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new, empty Hamkor file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);

    m_openAction =
        new QAction(themeIcon("document-open", QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a Hamkor file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFileDialog);

    m_saveCopyAction = new QAction(themeIcon("document-save-as", QStyle::SP_DialogSaveButton),
                                   tr("Save a &Copy…"), this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_saveCopyAction->setStatusTip(tr("Write a copy of the open file, for a backup or to send"));
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);

    m_quitAction =
        new QAction(themeIcon("application-exit", QStyle::SP_DialogCloseButton), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = UndoActions::undo(m_undoGroup, this);
    m_undoAction->setIcon(themeIcon("edit-undo", QStyle::SP_ArrowBack));
    m_redoAction = UndoActions::redo(m_undoGroup, this);
    m_redoAction->setIcon(themeIcon("edit-redo", QStyle::SP_ArrowForward));

    for (int i = 0; i < m_pageList.size(); ++i) {
        auto *action = new QAction(m_pageList.at(i)->title(), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, i] { showPage(i); });
        m_pageActions.append(action);
    }
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        for (int i = 0; i < m_pageActions.size(); ++i)
            m_pageActions.at(i)->setChecked(i == index);
        m_navigation->setCurrentRow(index);
    });

    m_aboutAction = new QAction(tr("&About Hamkor"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    QMenu *import = file->addMenu(tr("&Import"));
    import->setObjectName(QStringLiteral("importMenu"));
    import->addAction(m_callsPage->importAction());
    import->addAction(m_partnersPage->importAction());
    import->addAction(m_proposalsPage->importAction());
    import->addAction(m_budgetsPage->importAction());
    QMenu *exports = file->addMenu(tr("&Export"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    exports->addActions(m_callsPage->exportActions());
    exports->addSeparator();
    exports->addActions(m_partnersPage->exportActions());
    exports->addSeparator();
    exports->addAction(m_proposalsPage->summaryAction());
    exports->addSeparator();
    exports->addActions(m_budgetsPage->exports()->exportActions());
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    file->addSeparator();
    file->addAction(m_budgetsPage->exports()->printAction());
    file->addAction(m_budgetsPage->exports()->previewAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_budgetsPage->ratesAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions(m_pageActions);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&Getting Started"), this,
                    [this] { HelpDialogs::showGettingStarted(this); });
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { HelpDialogs::showShortcuts(this); });
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_openAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages->count())
        m_pages->setCurrentIndex(index);
    m_navigation->setCurrentRow(m_pages->currentIndex());
}

bool MainWindow::openFile(const QString &path, bool create)
{
    auto opened = create ? core::Store::create(path) : core::Store::open(path);
    if (!opened && !create && QFileInfo::exists(core::Database::lockPathFor(path))) {
        // Held by another Hamkor: offer to read it without writing.
        const auto answer = QMessageBox::question(this, tr("File in use"),
                                                  opened.message() + QStringLiteral("\n\n") +
                                                      tr("Open it read-only instead?"));
        if (answer == QMessageBox::Yes)
            opened = core::Store::open(path, core::Database::Access::ReadOnly);
        else
            return false;
    }
    if (!opened) {
        QMessageBox::warning(this,
                             create ? tr("Cannot create the file") : tr("Cannot open the file"),
                             opened.message());
        return false;
    }
    return adopt(std::move(opened).value());
}

bool MainWindow::adopt(std::unique_ptr<core::Store> store)
{
    for (Page *page : std::as_const(m_pageList))
        page->setStore(nullptr);
    if (m_store)
        m_undoGroup->removeStack(m_store->undoStack());
    m_store = std::move(store);
    m_undoGroup->addStack(m_store->undoStack());
    connect(m_store.get(), &core::Store::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Not saved"), message);
    });
    m_undoGroup->setActiveStack(m_store->undoStack());
    connect(m_store->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    for (Page *page : std::as_const(m_pageList))
        page->setStore(m_store.get());
    Settings::addRecentFile(m_store->path());
    Settings::set(Settings::LastDirectory, QFileInfo(m_store->path()).absolutePath());
    updateTitle();
    if (!m_store->database().migrationBackupPath().isEmpty())
        statusBar()->showMessage(
            tr("The file was upgraded to the current format; the old "
               "version was kept as %1.")
                .arg(QDir::toNativeSeparators(m_store->database().migrationBackupPath())),
            15000);
    return true;
}

void MainWindow::newFile()
{
    const QString path = FileDialogs::askNewFile(this);
    if (!path.isEmpty())
        openFile(path, true);
}

void MainWindow::openFileDialog()
{
    const QString path = FileDialogs::askOpenFile(this);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_store)
        return;
    const QString path = FileDialogs::askCopyFile(this, m_store->path());
    if (path.isEmpty())
        return;
    if (const auto copied = m_store->database().backupTo(path); !copied)
        QMessageBox::warning(this, tr("Cannot save a copy"), copied.message());
    else
        statusBar()->showMessage(tr("Copy saved as %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::get(Settings::RecentFiles);
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("Hamkor"));
        m_pathLabel->clear();
        m_stateLabel->clear();
        m_saveCopyAction->setEnabled(false);
        return;
    }
    const QString name = QFileInfo(m_store->path()).fileName();
    setWindowTitle(m_store->isReadOnly() ? tr("%1 [read-only] — Hamkor").arg(name)
                                         : tr("%1 — Hamkor").arg(name));
    m_pathLabel->setText(QDir::toNativeSeparators(m_store->path()));
    m_stateLabel->setText(m_store->isReadOnly() ? m_store->database().readOnlyReason()
                                                : tr("Every change is saved as you make it"));
    m_saveCopyAction->setEnabled(true);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Hamkor"),
        tr("<h3>Hamkor %1</h3>"
           "<p>Grant and consortium manager for environmental organisations in Central "
           "Asia: calls for proposals, partners, joint proposals and donor budgets.</p>"
           "<p>Copyright © 2026 the Hamkor developers.</p>"
           "<p>Hamkor is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License as published by the Free Software "
           "Foundation, either version 3 of the License, or (at your option) any later "
           "version. It comes with ABSOLUTELY NO WARRANTY.</p>")
            .arg(QStringLiteral(HAMKOR_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::set(Settings::WindowGeometry, saveGeometry());
    Settings::set(Settings::WindowState, saveState());
    Settings::set(Settings::LastPage, currentPage());
    event->accept();
}

} // namespace ui
} // namespace hamkor
