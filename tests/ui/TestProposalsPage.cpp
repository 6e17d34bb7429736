// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Store.h"
#include "core/commands/ProposalCommands.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/Sql.h"
#include "ui/dialogs/ImportCallsDialog.h"
#include "ui/dialogs/ImportPartnersDialog.h"
#include "ui/dialogs/ImportProposalsDialog.h"
#include "ui/dialogs/OrganisationEditorDialog.h"
#include "ui/dialogs/ProposalEditorDialog.h"
#include "ui/models/ProposalListModel.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/ProposalsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "RefusedWrites.h"

using namespace hamkor;

class TestProposalsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Store> m_store;

    template <class Dialog> void import(const char *file)
    {
        Dialog dialog(*m_store);
        dialog.loadFile(qEnvironmentVariable("HAMKOR_SOURCE_DIR") + "/tests/data/" + file);
        QVERIFY2(dialog.canImport(), file);
        dialog.accept();
    }

    qint64 organisation(const char *acronym)
    {
        return core::Sql::scalar(m_store->database().connection(),
                                 "SELECT id FROM organisations WHERE acronym = ?",
                                 {QString::fromLatin1(acronym)})
            ->toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        auto store = core::Store::create(
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate()) + ".hamkor"));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        import <ui::ImportCallsDialog>("calls-sample.csv");
        import <ui::ImportPartnersDialog>("partners-sample.csv");
        import <ui::ImportProposalsDialog>("proposals-sample.csv");
    }
    void cleanup() { m_store.reset(); }

    void listPassesTheModelTester()
    {
        ui::ProposalListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 4);
        model.setFilter({"clim", {}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ui::ProposalListModel::Acronym).data().toString(), "CLIMRES");
        QCOMPARE(model.index(0, ui::ProposalListModel::Partners).data().toInt(), 5);
        model.setStore(nullptr);
    }

    void consortiumFromTheDirectoryAndEligibilityInWords()
    {
        core::Proposal fresh;
        fresh.acronym = "NEWONE";
        fresh.title = "Water for schools";
        ui::ProposalEditorDialog dialog(*m_store, fresh);
        // Two leads: the editor refuses to save and says why.
        dialog.addMember(organisation("ZhB"), "lead");
        dialog.addMember(organisation("TS"), "lead");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.findChild<QLabel *>("problems")->text().contains("only one can be"),
                 qPrintable(dialog.findChild<QLabel *>("problems")->text()));
        // Make the second a co-applicant: the consortium is sound.
        auto *role = qobject_cast<QComboBox *>(dialog.consortiumTable()->cellWidget(1, 1));
        role->setCurrentIndex(role->findData("co-applicant"));
        dialog.refreshEligibility();
        QTreeWidget *rules = dialog.eligibilityList();
        QVERIFY(rules->topLevelItemCount() >= 3);
        QCOMPARE(rules->topLevelItem(0)->text(1), "passes");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto id = core::commands::addProposal(*m_store, dialog.proposal());
        QVERIFY2(id.ok(), qPrintable(id.message()));
        const auto saved = core::ProposalRepository(m_store->database().connection()).load(*id);
        QCOMPARE(saved->members.size(), 2);
        QCOMPARE(saved->members.at(0).role, "lead");
        QVERIFY(!saved->checklist.isEmpty()); // the template's defaults
        m_store->undoStack()->undo();
        QVERIFY(!core::ProposalRepository(m_store->database().connection()).load(*id).ok());
    }

    // "Add partner" three times: three organisations, not the same one three times.
    void addPartnerTakesAnotherOrganisationEachTime()
    {
        core::Proposal fresh;
        fresh.acronym = "THREE";
        ui::ProposalEditorDialog dialog(*m_store, fresh);
        QPushButton *add = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            if (button->text() == "&Add partner")
                add = button;
        QVERIFY(add);
        for (int i = 0; i < 3; ++i)
            add->click();
        QSet<QString> chosen;
        for (int row = 0; row < dialog.consortiumTable()->rowCount(); ++row)
            chosen << qobject_cast<QComboBox *>(dialog.consortiumTable()->cellWidget(row, 0))
                          ->currentText();
        QCOMPARE(chosen.size(), 3);
    }

    void overdueChecklistItemsOnTheDashboard()
    {
        auto proposal =
            core::ProposalRepository(m_store->database().connection()).loadByAcronym("CLIMRES");
        QVERIFY(proposal.ok());
        QVERIFY(!proposal->checklist.isEmpty());
        proposal->checklist[0].due = QDate(2020, 1, 15);
        QVERIFY(core::commands::editProposal(*m_store, *proposal).ok());
        ui::DashboardPage dashboard;
        dashboard.setStore(m_store.get());
        QTreeWidget *overdue = dashboard.overdue();
        QCOMPARE(overdue->topLevelItemCount(), 1);
        QCOMPARE(overdue->topLevelItem(0)->text(1), "CLIMRES");
        QCOMPARE(overdue->topLevelItem(0)->text(2), proposal->checklist.at(0).title);
        // Done: the list says so across its whole width, and activating that opens nothing.
        proposal->checklist[0].state = "received";
        QVERIFY(core::commands::editProposal(*m_store, *proposal).ok());
        QSignalSpy opened(&dashboard, &ui::DashboardPage::proposalActivated);
        dashboard.setStore(m_store.get());
        QCOMPARE(overdue->topLevelItemCount(), 1);
        QTreeWidgetItem *empty = overdue->topLevelItem(0);
        QCOMPARE(empty->text(0), "Nothing overdue.");
        QVERIFY(empty->isFirstColumnSpanned());
        Q_EMIT overdue->itemActivated(empty, 0);
        QCOMPARE(opened.count(), 0);
        dashboard.setStore(nullptr);
    }

    void organisationCreatedOnTheSpotJoinsTheConsortium()
    {
        core::Proposal fresh;
        fresh.acronym = "SPOT";
        fresh.title = "A partner not in the directory yet";
        ui::ProposalEditorDialog dialog(*m_store, fresh);
        QTimer::singleShot(0, this, [] {
            auto *editor =
                qobject_cast<ui::OrganisationEditorDialog *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            editor->setCheckDuplicates(false);
            editor->findChild<QLineEdit *>("name")->setText("Жаңа Өмір қоғамдық қоры");
            editor->findChild<QLineEdit *>("acronym")->setText("ZhO");
            editor->accept();
        });
        dialog.findChild<QPushButton *>("newOrganisation")->click();
        QCOMPARE(dialog.consortiumTable()->rowCount(), 1);
        const auto *organisation =
            qobject_cast<QComboBox *>(dialog.consortiumTable()->cellWidget(0, 0));
        QVERIFY(organisation->currentText().startsWith("ZhO"));
        QCOMPARE(dialog.proposal().members.constFirst().role, "lead");
        QVERIFY(this->organisation("ZhO") > 0);
        // The contact person is chosen among the organisation's contacts.
        const auto *contact = qobject_cast<QComboBox *>(dialog.consortiumTable()->cellWidget(0, 3));
        QVERIFY(contact);
        QCOMPARE(contact->count(), 1); // "—": the new organisation has no contacts yet
    }

    void editorOkSavesAndUndoReverts()
    {
        ui::ProposalsPage page;
        page.setStore(m_store.get());
        const qint64 id = page.model()->proposalId(0);
        const QString before =
            core::ProposalRepository(m_store->database().connection()).load(id)->title;
        QTimer::singleShot(0, this, [] {
            auto *dialog =
                qobject_cast<ui::ProposalEditorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>("title")->setText("Renamed proposal");
            auto *checklist = dialog->checklistTable();
            auto *state = qobject_cast<QComboBox *>(checklist->cellWidget(0, 3));
            if (state)
                state->setCurrentIndex(state->findData("received"));
            dialog->accept();
        });
        QVERIFY(page.editProposal(id));
        const auto saved = core::ProposalRepository(m_store->database().connection()).load(id);
        QCOMPARE(saved->title, "Renamed proposal");
        m_store->undoStack()->undo();
        QCOMPARE(core::ProposalRepository(m_store->database().connection()).load(id)->title,
                 before);
        page.setStore(nullptr);
    }

    // An acronym already taken: the editor stays open with everything typed and says why;
    // a free acronym then saves.
    void editorStaysOpenWhenTheSaveFails()
    {
        ui::ProposalsPage page;
        page.setStore(m_store.get());
        bool checked = false;
        QTimer::singleShot(0, this, [&checked] {
            auto *dialog =
                qobject_cast<ui::ProposalEditorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>("acronym")->setText("CLIMRES");
            dialog->findChild<QLineEdit *>("title")->setText("Typed for an hour");
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->result(), int(QDialog::Rejected));
            const QString problems = dialog->findChild<QLabel *>("problems")->text();
            QVERIFY2(problems.contains("CLIMRES"), qPrintable(problems));
            QCOMPARE(dialog->findChild<QLineEdit *>("title")->text(), "Typed for an hour");
            dialog->findChild<QLineEdit *>("acronym")->setText("CLIMRES2");
            dialog->accept();
            QVERIFY(!dialog->isVisible());
            checked = true;
        });
        QVERIFY(page.newProposal());
        QVERIFY(checked);
        QCOMPARE(page.model()->rowCount(), 5);
        const qint64 id = page.model()->proposalId(0);
        bool refused = false;
        QTimer::singleShot(0, this, [this, &refused] {
            auto *dialog =
                qobject_cast<ui::ProposalEditorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            RefusedWrites refuse(*m_store, "proposals");
            dialog->findChild<QLineEdit *>("title")->setText("Edited, then the disk filled");
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel *>("problems")->text().contains("disk is full"));
            refused = true;
            dialog->reject();
        });
        QVERIFY(!page.editProposal(id));
        QVERIFY(refused);
        page.setStore(nullptr);
    }
};

QTEST_MAIN(TestProposalsPage)
#include "TestProposalsPage.moc"
