// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

class BudgetsPage;
class CallsPage;
class PartnersPage;
class ProposalsPage;
class Page;

// The window: menus, toolbar, navigation between the pages, the open file's name and
// state. It builds actions and wires them; the pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path (creating it first when create is true); on failure shows why and keeps
    // the file that was open before. Returns whether the file is now open.
    bool openFile(const QString &path, bool create = false);
    core::Store *store() const { return m_store.get(); }
    int currentPage() const;
    void showPage(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    void newFile();
    void openFileDialog();
    void saveCopy();
    void about();
    void updateRecentMenu();
    void updateTitle();
    bool adopt(std::unique_ptr<core::Store> store);

    std::unique_ptr<core::Store> m_store;
    QUndoGroup *m_undoGroup = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<Page *> m_pageList;
    CallsPage *m_callsPage = nullptr;
    PartnersPage *m_partnersPage = nullptr;
    ProposalsPage *m_proposalsPage = nullptr;
    BudgetsPage *m_budgetsPage = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace ui
} // namespace hamkor
