// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Store.h"
#include "core/commands/OrganisationCommands.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/Sql.h"
#include "ui/dialogs/ImportPartnersDialog.h"
#include "ui/dialogs/OrganisationEditorDialog.h"
#include "ui/models/OrganisationListModel.h"
#include "ui/pages/PartnersPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "RefusedWrites.h"

using namespace hamkor;

class TestPartnersPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Store> m_store;

    qint64 count()
    {
        return core::Sql::scalar(m_store->database().connection(),
                                 "SELECT count(*) FROM organisations")
            ->toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        auto store = core::Store::create(
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate()) + ".hamkor"));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        ui::ImportPartnersDialog importer(*m_store);
        importer.loadFile(qEnvironmentVariable("HAMKOR_SOURCE_DIR") +
                          "/tests/data/partners-sample.csv");
        QVERIFY(importer.canImport());
        importer.accept();
        QCOMPARE(count(), 28);
    }
    void cleanup() { m_store.reset(); }

    void modelPassesTheTester()
    {
        ui::OrganisationListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 28);
        model.sort(ui::OrganisationListModel::Country, Qt::DescendingOrder);
        model.setFilter({"a", {}, {}, {}, {}});
        QVERIFY(core::commands::removeOrganisations(*m_store, {model.organisationId(0)}).ok() ||
                true);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void typingFindsCyrillicByLatin()
    {
        ui::PartnersPage page;
        page.setStore(m_store.get());
        QTest::keyClicks(page.searchField(), "zhasyl");
        QVERIFY(page.model()->rowCount() >= 1);
        QVERIFY(page.model()->index(0, 0).data().toString().contains("Жасыл"));
        page.searchField()->setText("жасыл"); // QTest types ASCII keys only
        QVERIFY(page.model()->rowCount() >= 1);
        page.setStore(nullptr);
    }

    void editorSavesContactsAndUndoWorks()
    {
        ui::PartnersPage page;
        page.setStore(m_store.get());
        const qint64 id = page.model()->organisationId(0);
        QTimer::singleShot(0, this, [] {
            auto *dialog =
                qobject_cast<ui::OrganisationEditorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setCheckDuplicates(false);
            auto *contacts = dialog->findChild<QTableWidget *>("contacts");
            const int row = contacts->rowCount();
            contacts->insertRow(row);
            contacts->setItem(row, 0, new QTableWidgetItem("Новый контакт"));
            contacts->setItem(row, 2, new QTableWidgetItem("new@example.org"));
            dialog->accept();
        });
        QVERIFY(page.editOrganisation(id));
        core::OrganisationRepository repository(m_store->database().connection());
        QCOMPARE(repository.load(id)->contacts.constLast().name, "Новый контакт");
        m_store->undoStack()->undo();
        QVERIFY(repository.load(id)->contacts.isEmpty() ||
                repository.load(id)->contacts.constLast().name != "Новый контакт");
        page.setStore(nullptr);
    }

    // A save that fails keeps the editor open with what was typed, new or edited.
    void editorStaysOpenWhenTheSaveFails()
    {
        ui::PartnersPage page;
        page.setStore(m_store.get());
        const qint64 id = page.model()->organisationId(0);
        RefusedWrites refuse(*m_store, "organisations");
        for (const bool adding : {true, false}) {
            bool checked = false;
            QTimer::singleShot(0, this, [&checked] {
                auto *dialog =
                    qobject_cast<ui::OrganisationEditorDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                dialog->setCheckDuplicates(false);
                dialog->findChild<QLineEdit *>("name")->setText("Typed for an hour");
                dialog->findChild<QLineEdit *>("acronym")->setText("TFH");
                dialog->accept();
                QVERIFY(dialog->isVisible());
                const QString problems = dialog->findChild<QLabel *>("problems")->text();
                QVERIFY2(problems.contains("disk is full"), qPrintable(problems));
                QCOMPARE(dialog->findChild<QLineEdit *>("name")->text(), "Typed for an hour");
                checked = true;
                dialog->reject();
            });
            QVERIFY(!(adding ? page.newOrganisation() : page.editOrganisation(id)));
            QVERIFY(checked);
        }
        page.setStore(nullptr);
    }

    void editorStopsAnAccidentalDuplicate()
    {
        core::Organisation copy;
        copy.name = "Zhasyl Bolashak";
        copy.type = "cso";
        copy.country = "KZ";
        ui::OrganisationEditorDialog dialog(*m_store, copy);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY2(box->text().contains("Жасыл"), qPrintable(box->text()));
            box->buttons().constFirst()->click(); // "Open … instead"
        });
        dialog.accept();
        QVERIFY(dialog.openInstead() > 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void editorExplainsProblems()
    {
        core::Organisation bad;
        bad.type = "cso";
        bad.country = "KZ";
        bad.email = "not-an-address";
        ui::OrganisationEditorDialog dialog(*m_store, bad);
        dialog.accept();
        const QString problems = dialog.findChild<QLabel *>("problems")->text();
        QVERIFY2(problems.contains("name is missing"), qPrintable(problems));
        QVERIFY2(problems.contains("not an e-mail address"), qPrintable(problems));
    }
};

QTEST_MAIN(TestPartnersPage)
#include "TestPartnersPage.moc"
