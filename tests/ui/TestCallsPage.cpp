// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/storage/CallRepository.h"
#include "core/storage/Sql.h"
#include "ui/Translations.h"
#include "ui/dialogs/CallEditorDialog.h"
#include "ui/dialogs/ImportCallsDialog.h"
#include "ui/models/CallListModel.h"
#include "ui/pages/CallsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "RefusedWrites.h"

using namespace hamkor;

class TestCallsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Store> m_store;

    qint64 callCount()
    {
        return core::Sql::scalar(m_store->database().connection(), "SELECT count(*) FROM calls")
            ->toLongLong();
    }

private Q_SLOTS:
    // English as the window speaks it, plural forms included.
    void initTestCase() { QVERIFY(ui::installTranslations("en")); }

    void init()
    {
        auto store = core::Store::create(
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate()) + ".hamkor"));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        ui::ImportCallsDialog importer(*m_store);
        importer.loadFile(qEnvironmentVariable("HAMKOR_SOURCE_DIR") +
                          "/tests/data/calls-sample.csv");
        QVERIFY2(importer.canImport(),
                 importer.preview().problems.isEmpty()
                     ? "nothing to import"
                     : qPrintable(importer.preview().problems.constFirst().text()));
        importer.accept();
        QCOMPARE(callCount(), 24);
    }
    void cleanup() { m_store.reset(); }

    void importIsOneUndoStep()
    {
        QCOMPARE(m_store->undoStack()->count(), 1);
        m_store->undoStack()->undo();
        QCOMPARE(callCount(), 0);
        m_store->undoStack()->redo();
        QCOMPARE(callCount(), 24);
        // Importing the same file again adds nothing.
        ui::ImportCallsDialog again(*m_store);
        again.loadFile(qEnvironmentVariable("HAMKOR_SOURCE_DIR") + "/tests/data/calls-sample.csv");
        QCOMPARE(again.preview().duplicates.size(), 24);
        QVERIFY(!again.canImport());
        QStringList said;
        for (const QLabel *label : again.findChildren<QLabel *>())
            said << label->text();
        QVERIFY2(said.join('\n').contains(
                     "calls-sample.csv: 24 rows read. 0 will be added, 24 already in this file."),
                 qPrintable(said.join('\n')));
    }

    // After an import the window says what came in and how to take it out.
    void importSaysWhatItAdded()
    {
        QMainWindow window;
        auto *page = new ui::CallsPage;
        window.setCentralWidget(page);
        QFile csv(m_dir.filePath("one-call.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("title,donor,deadline\r\nA call of its own,EU,2027-02-12T16:00\r\n");
        csv.close();
        ui::ImportCallsDialog importer(*m_store, page);
        importer.loadFile(csv.fileName());
        QVERIFY(importer.canImport());
        importer.accept();
        QCOMPARE(callCount(), 25);
        QCOMPARE(window.statusBar()->currentMessage(),
                 "one-call.csv: 1 record imported. Edit > Undo takes it out again.");
    }

    void typingFindsACall()
    {
        ui::CallsPage page;
        page.setStore(m_store.get());
        page.show();
        QCOMPARE(page.model()->rowCount(), 24);
        QTest::keyClicks(page.searchField(), "glacier");
        QVERIFY(page.model()->rowCount() >= 1);
        QVERIFY(page.model()->rowCount() < 24);
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QVERIFY(page.model()->index(row, 0).data().toString().contains("lacier",
                                                                           Qt::CaseInsensitive) ||
                    !page.model()->index(row, 0).data().toString().isEmpty());
        page.searchField()->clear();
        QCOMPARE(page.model()->rowCount(), 24);
        QTest::keyClicks(page.searchField(), "zzzqqq");
        QCOMPARE(page.model()->rowCount(), 0);
        // The empty list says why, and its link clears the filter.
        auto *hint = page.findChild<QLabel *>("filterHint");
        QVERIFY(hint && hint->isVisible());
        QVERIFY(hint->text().contains("Clear the filter"));
        Q_EMIT hint->linkActivated("clear");
        QCOMPARE(page.searchField()->text(), QString());
        QCOMPARE(page.model()->rowCount(), 24);
        QVERIFY(!hint->isVisible());
        // Another file opens with no filter left from this one.
        QTest::keyClicks(page.searchField(), "zzzqqq");
        page.setStore(m_store.get());
        QCOMPARE(page.searchField()->text(), QString());
        QCOMPARE(page.model()->rowCount(), 24);
        page.setStore(nullptr);
    }

    void editorOkSavesAndUndoRevertsIt()
    {
        ui::CallsPage page;
        page.setStore(m_store.get());
        page.view()->selectRow(0);
        const qint64 id = page.model()->callId(0);
        const QString before =
            core::CallRepository(m_store->database().connection()).load(id)->title;
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ui::CallEditorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *title = dialog->findChild<QLineEdit *>("title");
            title->setText("Renamed in the editor");
            dialog->accept();
        });
        QVERIFY(page.editSelected());
        QCOMPARE(core::CallRepository(m_store->database().connection()).load(id)->title,
                 "Renamed in the editor");
        m_store->undoStack()->undo();
        QCOMPARE(core::CallRepository(m_store->database().connection()).load(id)->title, before);
        page.setStore(nullptr);
    }

    // A file open read-only shows the call in a viewer: nothing can be typed, only Close.
    void readOnlyEditorOnlyShows()
    {
        const QString path = m_store->path();
        m_store.reset();
        auto store = core::Store::open(path, core::Database::Access::ReadOnly);
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        ui::CallsPage page;
        page.setStore(m_store.get());
        page.view()->selectRow(0);
        bool checked = false;
        QTimer::singleShot(0, this, [&checked] {
            auto *dialog = qobject_cast<ui::CallEditorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->windowTitle().contains("read-only"));
            QVERIFY(dialog->findChild<QLineEdit *>("title")->isReadOnly());
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QCOMPARE(buttons->standardButtons(), QDialogButtonBox::Close);
            checked = true;
            buttons->button(QDialogButtonBox::Close)->click();
        });
        QVERIFY(!page.editSelected());
        QVERIFY(checked);
        page.setStore(nullptr);
    }

    void editorRefusesAnIncompleteCall()
    {
        core::Call call;
        call.title = "Max below min";
        call.donor = "Donor";
        ui::CallEditorDialog dialog(call);
        dialog.findChild<QComboBox *>("currency")
            ->setCurrentIndex(dialog.findChild<QComboBox *>("currency")->findData("EUR"));
        dialog.findChild<QLineEdit *>("minAmount")->setText("50,000");
        dialog.findChild<QLineEdit *>("maxAmount")->setText("10,000");
        dialog.findChild<QLineEdit *>("title")->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString problems = dialog.findChild<QLabel *>("problems")->text();
        QVERIFY2(problems.contains("title is missing"), qPrintable(problems));
        QVERIFY2(problems.contains("largest grant is smaller"), qPrintable(problems));
    }

    void newCallFromTheEditor()
    {
        ui::CallsPage page;
        page.setStore(m_store.get());
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ui::CallEditorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>("title")->setText("Новый конкурс");
            dialog->findChild<QLineEdit *>("donor")->setText("ПРООН");
            dialog->accept();
        });
        QVERIFY(page.newCall());
        QCOMPARE(callCount(), 25);
        m_store->undoStack()->undo();
        QCOMPARE(callCount(), 24);
        page.setStore(nullptr);
    }

    // A save that fails keeps the editor open with what was typed, new or edited.
    void editorStaysOpenWhenTheSaveFails()
    {
        ui::CallsPage page;
        page.setStore(m_store.get());
        page.view()->selectRow(0);
        RefusedWrites refuse(*m_store, "calls");
        for (const bool adding : {true, false}) {
            bool checked = false;
            QTimer::singleShot(0, this, [&checked] {
                auto *dialog =
                    qobject_cast<ui::CallEditorDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                dialog->findChild<QLineEdit *>("title")->setText("Typed for an hour");
                dialog->findChild<QLineEdit *>("donor")->setText("UNDP");
                dialog->accept();
                QVERIFY(dialog->isVisible());
                const QString problems = dialog->findChild<QLabel *>("problems")->text();
                QVERIFY2(problems.contains("disk is full"), qPrintable(problems));
                QCOMPARE(dialog->findChild<QLineEdit *>("title")->text(), "Typed for an hour");
                checked = true;
                dialog->reject();
            });
            QVERIFY(!(adding ? page.newCall() : page.editSelected()));
            QVERIFY(checked);
        }
        QCOMPARE(callCount(), 24);
        page.setStore(nullptr);
    }
};

QTEST_MAIN(TestCallsPage)
#include "TestCallsPage.moc"
