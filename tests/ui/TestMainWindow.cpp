// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/demo/DemoData.h"
#include "core/storage/Database.h"
#include "ui/Settings.h"
#include "ui/dialogs/HelpDialogs.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hamkor;

namespace {
QMenu *menu(QMainWindow &window, const char *name)
{
    return window.menuBar()->findChild<QMenu *>(QString::fromLatin1(name));
}

QStringList actionTexts(QMenu *menu)
{
    QStringList texts;
    for (QAction *action : menu->actions())
        if (!action->isSeparator())
            texts << action->text().remove(u'&');
    return texts;
}

QString demoFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath("demo.hamkor");
    auto db = core::Database::create(path);
    if (db)
        (void)core::DemoData::fill(**db, core::DemoData::Size::Small);
    return path;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("hamkor-test");
        QCoreApplication::setApplicationName("hamkor-test");
    }

    void menusExist()
    {
        ui::MainWindow window;
        QVERIFY(menu(window, "fileMenu"));
        QCOMPARE(actionTexts(menu(window, "fileMenu")),
                 QStringList({"New…", "Open…", "Open Recent", "Import", "Export", "Save a Copy…",
                              "Print Budget…", "Print Preview of Budget…", "Quit"}));
        QCOMPARE(actionTexts(menu(window, "editMenu")).size(), 3);
        QVERIFY(actionTexts(menu(window, "editMenu")).at(0).startsWith("Undo"));
        QVERIFY(actionTexts(menu(window, "editMenu")).at(1).startsWith("Redo"));
        QCOMPARE(actionTexts(menu(window, "editMenu")).at(2), "Exchange Rates…");
        QCOMPARE(actionTexts(menu(window, "viewMenu")),
                 QStringList({"Dashboard", "Calls", "Partners", "Proposals", "Budgets"}));
        QCOMPARE(
            actionTexts(menu(window, "helpMenu")),
            QStringList({"Getting Started", "Keyboard Shortcuts", "About Hamkor", "About Qt"}));
        // The shortcuts a keyboard-only user needs, named with the platform's keys.
        const QString keys = ui::HelpDialogs::shortcutsText();
        for (const char *shortcut : {"Ctrl+1", "Ctrl+Z", "Ctrl+D", "Ctrl+Del", "Shift+Tab"})
            QVERIFY2(keys.contains(shortcut), shortcut);
        // Standard shortcuts.
        for (QAction *action : menu(window, "fileMenu")->actions())
            if (action->text() == "&Open…")
                QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Open));
    }

    void openingAFileShowsItsNameAndContents()
    {
        QTemporaryDir dir;
        const QString path = demoFile(dir);
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        QCOMPARE(window.windowTitle(), QStringLiteral("demo.hamkor — Hamkor"));
        QVERIFY(window.statusBar()->findChildren<QLabel *>().size() >= 2);
        bool pathShown = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            pathShown = pathShown || label->text().contains("demo.hamkor");
        QVERIFY(pathShown);
        // The dashboard counts what the file holds: 12 calls in the small demo.
        bool countShown = false;
        for (QLabel *label : window.findChildren<QLabel *>())
            countShown = countShown || label->text() == "12";
        QVERIFY(countShown);
        QCOMPARE(ui::Settings::get(ui::Settings::RecentFiles).value(0), path);
        QVERIFY(window.store()->undoStack());
        // Edit > Undo names the step after a colon (Qt's "Undo Add…" reads badly in Russian).
        core::Call call;
        call.title = "Steppe restoration";
        call.donor = "GEF";
        QVERIFY(core::commands::addCall(*window.store(), call).ok());
        QCOMPARE(actionTexts(menu(window, "editMenu")).at(0),
                 "Undo: Add call “Steppe restoration”");
        window.store()->undoStack()->undo();
        QCOMPARE(actionTexts(menu(window, "editMenu")).at(0), "Undo");
        QCOMPARE(actionTexts(menu(window, "editMenu")).at(1),
                 "Redo: Add call “Steppe restoration”");
    }

    void keyboardSwitchesPages()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(0);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), 2);
        QCOMPARE(window.findChild<QListWidget *>("navigation")->currentRow(), 2);
    }

    void readOnlyFileSaysSo()
    {
        QTemporaryDir dir;
        const QString path = demoFile(dir);
        auto holder = core::Database::open(path); // another writer holds it
        QVERIFY(holder.ok());
        auto store = core::Store::open(path, core::Database::Access::ReadOnly);
        QVERIFY(store.ok());
        QVERIFY((*store)->isReadOnly());
    }

    void refusedFileKeepsThePreviousOne()
    {
        QTemporaryDir dir;
        const QString good = demoFile(dir);
        ui::MainWindow window;
        QVERIFY(window.openFile(good));
        QTimer::singleShot(0, [] {
            // Dismiss the warning box the refusal shows.
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (widget->inherits("QMessageBox"))
                    widget->close();
        });
        QVERIFY(!window.openFile(dir.filePath("missing.hamkor")));
        QCOMPARE(window.store()->path(), good);
    }

    void geometryIsRemembered()
    {
        {
            ui::MainWindow window;
            window.show();
            window.resize(1000, 700);
            window.showPage(3);
            window.close();
        }
        ui::MainWindow again;
        QCOMPARE(again.size(), QSize(1000, 700));
        QCOMPARE(again.currentPage(), 3);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
