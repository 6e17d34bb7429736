// SPDX-License-Identifier: GPL-3.0-or-later
// The budget editor as a user drives it: the tree and its totals, edits and undo, locked
// versions, copy and paste, versions, compare, exchange rates, the rules panel.
#include "core/Store.h"
#include "core/commands/BudgetCommands.h"
#include "core/demo/DemoData.h"
#include "core/export/BudgetPdf.h"
#include "core/storage/BudgetRepository.h"
#include "core/storage/ProposalRepository.h"
#include "ui/dialogs/BudgetCompareDialog.h"
#include "ui/dialogs/BudgetTemplateDialog.h"
#include "ui/dialogs/BudgetVersionDialog.h"
#include "ui/dialogs/ExchangeRatesDialog.h"
#include "ui/models/BudgetTreeModel.h"
#include "ui/pages/BudgetExportActions.h"
#include "ui/pages/BudgetsPage.h"
#include "ui/views/BudgetSidePanel.h"
#include "ui/views/BudgetTreeView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include "RefusedWrites.h"

using namespace hamkor;

class TestBudgetsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::BudgetsPage> m_page;
    qint64 m_steppe = 0;

    ui::BudgetTreeModel *model() { return m_page->model(); }

    // The Amount shown on the row whose first column starts with prefix, anywhere in the tree.
    QString amountOf(const QString &prefix, const QModelIndex &parent = {})
    {
        for (int row = 0; row < model()->rowCount(parent); ++row) {
            const QModelIndex index = model()->index(row, 0, parent);
            if (index.data().toString().startsWith(prefix))
                return index.siblingAtColumn(ui::BudgetTreeModel::Amount).data().toString();
            if (const QString found = amountOf(prefix, index); !found.isEmpty())
                return found;
        }
        return QString();
    }

    QModelIndex firstLine(const QModelIndex &parent = {})
    {
        for (int row = 0; row < model()->rowCount(parent); ++row) {
            const QModelIndex index = model()->index(row, 0, parent);
            if (model()->lineId(index))
                return index;
            if (const QModelIndex found = firstLine(index); found.isValid())
                return found;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        const QString path =
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate()) + ".hamkor");
        {
            auto db = core::Database::create(path);
            QVERIFY(db.ok());
            QVERIFY(core::DemoData::fill(**db, core::DemoData::Size::Small).ok());
        }
        auto store = core::Store::open(path);
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        m_steppe =
            *core::ProposalRepository(m_store->database().connection()).idOfAcronym("STEPPE");
        m_page = std::make_unique<ui::BudgetsPage>();
        m_page->setStore(m_store.get());
        m_page->showProposal(m_steppe);
        QVERIFY(model()->budget());
    }

    void cleanup()
    {
        m_page.reset();
        m_store.reset();
    }

    void modelIsSound()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model()->budget()->version.lines.size(), 30);
        // The tree: headings of the template, then the totals lines.
        QVERIFY(model()->index(0, 0).data().toString().startsWith("1 Human resources"));
        QVERIFY(model()->index(model()->rowCount() - 1, 0).data().toString().startsWith("10 "));
        // What the window shows is what the engine computed.
        const core::LoadedBudget *b = model()->budget();
        QCOMPARE(b->result.total("7"), 15083316);
        QCOMPARE(amountOf("7 "), "150,833.16");
        QCOMPARE(amountOf("8 "), "10,558.32"); // 7 %
        m_page->showProposal(m_steppe);        // again: the tester sees a reset
    }

    // Numbers written out as the English interface shows them.
    void editUpdatesTotalsAndUndoes()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex line = firstLine();
        QVERIFY(line.isValid());
        // "Project coordinator (50%)", year 1: 12 months × 450 000.00 KZT × 0.00178 = 9 612.00
        QCOMPARE(line.siblingAtColumn(ui::BudgetTreeModel::Amount).data().toString(), "9,612.00");
        const QString before = amountOf("9 ");
        const QModelIndex quantity = line.siblingAtColumn(ui::BudgetTreeModel::Quantity);
        QVERIFY(quantity.flags() & Qt::ItemIsEditable);
        QVERIFY(model()->setData(quantity, "24.5"));
        // 24.5 × 450 000.00 = 11 025 000.00 KZT × 0.00178 = 19 624.50
        QCOMPARE(line.siblingAtColumn(ui::BudgetTreeModel::Amount).data().toString(), "19,624.50");
        QCOMPARE(amountOf("1.1.1 "), "78,164.90"); // 68 152.40 + 10 012.50
        QVERIFY(amountOf("9 ") != before);
        const auto stored = core::BudgetRepository(m_store->database().connection())
                                .loadLine(model()->lineId(line));
        QCOMPARE(stored->quantity.toString(), "24.5");

        m_store->undoStack()->undo();
        QCOMPARE(amountOf("9 "), before);
        QCOMPARE(amountOf("1.1.1 "), "68,152.40");

        // A wrong number says why and changes nothing.
        QSignalSpy errors(model(), &ui::BudgetTreeModel::errorOccurred);
        QVERIFY(!model()->setData(firstLine().siblingAtColumn(ui::BudgetTreeModel::Quantity),
                                  "twelve"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains("twelve"));
        QVERIFY(!model()->setData(firstLine().siblingAtColumn(ui::BudgetTreeModel::Year), 9));
        QCOMPARE(amountOf("9 "), before);
    }

    // The partner's own share takes what the donor, other donors and in kind leave.
    void fundingShares()
    {
        const QModelIndex line = firstLine();
        const qint64 id = model()->lineId(line);
        QVERIFY(model()->setData(line.siblingAtColumn(ui::BudgetTreeModel::OtherPct), "6"));
        QVERIFY(model()->setData(
            model()->indexOfLine(id).siblingAtColumn(ui::BudgetTreeModel::InKindPct), "4"));
        auto stored = core::BudgetRepository(m_store->database().connection()).loadLine(id);
        QCOMPARE(stored->donorPct.toString(), "90");
        QCOMPARE(stored->otherPct.toString(), "6");
        QCOMPARE(stored->inKindPct.toString(), "4");
        QCOMPARE(stored->ownPct.toString(), "0");
        QSignalSpy errors(model(), &ui::BudgetTreeModel::errorOccurred);
        QVERIFY(!model()->setData(
            model()->indexOfLine(id).siblingAtColumn(ui::BudgetTreeModel::DonorPct), "95"));
        QVERIFY(errors.at(0).at(0).toString().contains("exceed 100 %"));
        // 9 612.00 × 6 % = 576.72 from other donors, 384.48 in kind
        QCOMPARE(model()->budget()->result.bySource.value("other_donors"), 57672);
        QCOMPARE(model()->budget()->result.bySource.value("in_kind"), 38448);

        // As an amount in the line's currency: 4 000 000.00 KZT × 0.00178 = 7 120.00 from the
        // donor, the rest of 9 612.00 (2 492.00) the partner's own; the other shares start
        // again from nothing.
        const qint64 otherBefore = model()->budget()->result.bySource.value("other_donors");
        QVERIFY(model()->setData(
            model()->indexOfLine(id).siblingAtColumn(ui::BudgetTreeModel::DonorPct),
            "4000000 KZT"));
        stored = core::BudgetRepository(m_store->database().connection()).loadLine(id);
        QVERIFY(stored->sharesAsAmounts);
        QCOMPARE(stored->donorMinor, 400000000);
        QCOMPARE(model()->budget()->result.lines.at(0).sources[0], 712000);
        QCOMPARE(model()->budget()->result.lines.at(0).sources[1], 249200);
        QCOMPARE(model()->budget()->result.bySource.value("other_donors"), otherBefore - 57672);
        QCOMPARE(model()->indexOfLine(id).siblingAtColumn(ui::BudgetTreeModel::DonorPct).data(),
                 "4,000,000.00 KZT");
        QVERIFY(!model()->setData(
            model()->indexOfLine(id).siblingAtColumn(ui::BudgetTreeModel::DonorPct),
            "6000000 KZT")); // more than the line's 5 400 000.00 KZT
        QVERIFY(!model()->setData(
            model()->indexOfLine(id).siblingAtColumn(ui::BudgetTreeModel::DonorPct),
            "100 EUR")); // not the line's currency
    }

    void movingALineToAnotherHeading()
    {
        const QModelIndex line = firstLine();
        const qint64 id = model()->lineId(line);
        QVERIFY(model()->setData(line.siblingAtColumn(ui::BudgetTreeModel::Heading), "1.1.2"));
        const QModelIndex moved = model()->indexOfLine(id);
        QVERIFY(moved.parent().data().toString().startsWith("1.1.2 "));
        QCOMPARE(amountOf("1.1.2 "), "22,297.68"); // 12 685.68 + 9 612.00
        QVERIFY(!model()->setData(moved.siblingAtColumn(ui::BudgetTreeModel::Heading), "1.1"));
    }

    void lockedVersionIsReadOnly()
    {
        core::BudgetVersion header = model()->budget()->version;
        header.state = "submitted";
        QVERIFY(core::commands::editBudgetVersion(*m_store, header).ok());
        QVERIFY(!model()->isEditable());
        const QModelIndex quantity = firstLine().siblingAtColumn(ui::BudgetTreeModel::Quantity);
        QVERIFY(!(quantity.flags() & Qt::ItemIsEditable));
        QVERIFY(!model()->setData(quantity, "1"));
        QVERIFY(!m_page->pasteText("category\tdescription\n"));
    }

    void copyAndPaste()
    {
        m_page->tree()->selectionModel()->select(firstLine(), QItemSelectionModel::Select |
                                                                  QItemSelectionModel::Rows);
        const QString copied = m_page->copySelection();
        QCOMPARE(copied,
                 "category\tdescription\tpartner\tunit\tquantity\tunit_cost\tcurrency\tperiod\t"
                 "donor_pct\tother_pct\tin_kind_pct\tdonor_amount\tother_amount\tin_kind_amount\n"
                 "1.1.1\tProject coordinator "
                 "(50%)\tEcoAl\tmonth\t12\t450000.00\tKZT\t1\t90\t0\t0\t\t\t\n");
        const int before = int(model()->budget()->version.lines.size());
        QVERIFY(m_page->pasteText(copied));
        QCOMPARE(model()->budget()->version.lines.size(), before + 1);
        // Rows from a spreadsheet without the header, in the same columns.
        QVERIFY2(m_page->pasteText("2.1\tTrain tickets\tTooSuu\ttrip\t3\t120.50\tEUR\t2\t90\n"
                                   "2.1\tBus tickets\tTooSuu\ttrip\t10\t5\tEUR\t2\t100\n"),
                 qPrintable(m_page->findChildren<QLabel *>().last()->text()));
        QCOMPARE(model()->budget()->version.lines.size(), before + 3);
        QCOMPARE(amountOf("2.1 "), "3,111.50"); // 2 700.00 + 361.50 + 50.00
        // Nothing is pasted when a row is wrong.
        QVERIFY(!m_page->pasteText("2.1\tTaxi\tNOBODY\ttrip\t1\t5\tEUR\t2\t100\n"));
        QCOMPARE(model()->budget()->version.lines.size(), before + 3);
        m_store->undoStack()->undo();
        QCOMPARE(model()->budget()->version.lines.size(), before + 1);
    }

    void versionDialogSaves()
    {
        core::BudgetVersion header = model()->budget()->version;
        ui::BudgetVersionDialog dialog(header);
        dialog.findChild<QLineEdit *>("indirectPct")->setText("8"); // indirect costs, %
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.version().indirectPct->toString(), "8");
        QVERIFY(core::commands::editBudgetVersion(*m_store, dialog.version()).ok());
        // The editor shows the broken cap at once, in the rules panel.
        const QListWidget *rules = m_page->sidePanel()->rulesView();
        QVERIFY(
            rules->item(0)->text().startsWith(QStringLiteral("✗ Indirect costs within the cap")));
        QVERIFY(rules->item(0)->text().contains("8 % of 150,833.16 EUR; at most 7 % is allowed"));
        // The tab says so before it is opened.
        const auto *tabs = m_page->sidePanel()->findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(tabs->indexOf(const_cast<QListWidget *>(rules))),
                 "Rules (1 broken)");

        ui::BudgetVersionDialog wrong(header);
        wrong.findChild<QLineEdit *>("indirectPct")->setText("seven");
        wrong.accept();
        QVERIFY(wrong.result() != QDialog::Accepted);
    }

    // A version named like another, or a save the file refuses: the dialog stays open.
    void versionDialogStaysOpenWhenTheSaveFails()
    {
        const QString taken = model()->budget()->version.name;
        const int versions = m_page->versionBox()->count();
        bool checked = false;
        QTimer::singleShot(0, this, [&checked, taken] {
            auto *dialog =
                qobject_cast<ui::BudgetVersionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>("name")->setText(taken);
            dialog->findChild<QLineEdit *>("indirectPct")->setText("6.5");
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->findChild<QLineEdit *>("indirectPct")->text(), "6.5");
            dialog->findChild<QLineEdit *>("name")->setText(taken + " bis");
            dialog->accept();
            QVERIFY(!dialog->isVisible());
            checked = true;
        });
        m_page->findChild<QAction *>("newVersion")->trigger();
        QVERIFY(checked);
        QCOMPARE(m_page->versionBox()->count(), versions + 1);

        RefusedWrites refuse(*m_store, "budget_versions");
        checked = false;
        QTimer::singleShot(0, this, [&checked] {
            auto *dialog =
                qobject_cast<ui::BudgetVersionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>("indirectPct")->setText("5");
            dialog->accept();
            QVERIFY(dialog->isVisible());
            const QString problem = dialog->findChild<QLabel *>("problems")->text();
            QVERIFY2(problem.contains("disk is full"), qPrintable(problem));
            checked = true;
            dialog->reject();
        });
        m_page->findChild<QAction *>("editVersion")->trigger();
        QVERIFY(checked);
    }

    void rulesTakeYouToTheLine()
    {
        // A line for year 5 of a 3-year proposal breaks a rule that names it.
        const QModelIndex line = firstLine();
        const qint64 id = model()->lineId(line);
        core::BudgetLine changed =
            *core::BudgetRepository(m_store->database().connection()).loadLine(id);
        changed.period = 5;
        QVERIFY(core::commands::editBudgetLine(*m_store, changed).ok());
        QListWidget *rules = m_page->sidePanel()->rulesView();
        QListWidgetItem *broken = nullptr;
        for (int i = 0; i < rules->count(); ++i)
            if (rules->item(i)->text().contains("within the proposal's years"))
                broken = rules->item(i);
        QVERIFY(broken);
        QVERIFY(broken->text().startsWith(QStringLiteral("✗")));
        Q_EMIT rules->itemClicked(broken);
        QCOMPARE(model()->lineId(m_page->tree()->currentIndex()), id);
    }

    void copyVersionAndCompare()
    {
        const qint64 first = model()->versionId();
        const auto copy = core::commands::copyBudgetVersion(*m_store, first, "Revised");
        QVERIFY(copy.ok());
        m_page->showProposal(m_steppe, *copy);
        QCOMPARE(m_page->versionBox()->currentText(), "Revised");
        QVERIFY(model()->setData(firstLine().siblingAtColumn(ui::BudgetTreeModel::Quantity), "6"));
        ui::BudgetCompareDialog dialog(*m_store, m_steppe, first, *copy);
        const QTreeWidget *view = dialog.differencesView();
        QCOMPARE(view->topLevelItem(0)->childCount(), 1);
        QVERIFY(view->topLevelItem(0)->child(0)->text(0).startsWith("Changed: 1.1.1"));
        QCOMPARE(view->topLevelItem(0)->child(0)->text(5), "-4,806.00"); // 6 months fewer
        QVERIFY(dialog.summaryLabel()->text().contains("-5,142.42"));    // + 7 % indirect
    }

    // File > Export writes the budget shown; a cancelled export leaves nothing behind; File >
    // Print paints the same pages as the PDF.
    void exportAndPrint()
    {
        ui::BudgetExportActions *exports = m_page->exports();
        QVERIFY(exports->exportActions().at(0)->isEnabled());
        const QString csv = m_dir.filePath("steppe.csv");
        QCOMPARE(exports->exportTo(csv, {core::BudgetExport::Format::Csv, {}, {}}, false),
                 QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("9,Total eligible costs of the action (7 + 8),,,,,,,,,,,"
                                        "161391.48,EUR"));
        const QString cancelled = m_dir.filePath("cancelled.xlsx");
        core::BudgetExport::Options options{core::BudgetExport::Format::Xlsx, {}, {}};
        options.progress = [](int) {
            return false;
        };
        QVERIFY(!exports->exportTo(cancelled, options, false).isEmpty());
        QVERIFY(!QFile::exists(cancelled));

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.filePath("printed.pdf");
        printer.setOutputFileName(printed);
        QVERIFY(core::BudgetPdf::print(printer, *model()->budget()).ok());
        QProcess text;
        text.start("pdftotext", {printed, "-"});
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains("161,391.48"), qPrintable(content));
        QVERIFY(content.contains("Page 1 of"));
    }

    // Export > Budget in Another Template: the dialog shows where the lines go and the total
    // by the other donor's rules, and what it exports is that budget.
    void exportInAnotherTemplate()
    {
        const core::LoadedBudget *budget = model()->budget();
        QCOMPARE(budget->version.templateCode, "eu-prag");
        ui::BudgetTemplateDialog dialog(*budget);
        QCOMPARE(dialog.templateBox()->findData("eu-prag"), -1); // not its own
        dialog.templateBox()->setCurrentIndex(dialog.templateBox()->findData("horizon-europe"));
        QVERIFY(dialog.relaid());
        QTreeWidget *moves = dialog.movesView();
        QVERIFY(moves->topLevelItemCount() > 3);
        QCOMPARE(moves->topLevelItem(0)->text(0), "1.1.1 Technical");
        QCOMPARE(moves->topLevelItem(0)->text(1), "A.1 Employees (or equivalent)");
        QVERIFY2(dialog.summaryLabel()->text().contains("Horizon Europe"),
                 qPrintable(dialog.summaryLabel()->text()));
        dialog.formatBox()->setCurrentIndex(1);
        QVERIFY(dialog.forExcel());
        QCOMPARE(dialog.format(), core::BudgetExport::Format::Csv);
        const QString csv = m_dir.filePath("steppe-horizon.csv");
        core::BudgetExport::Options options{core::BudgetExport::Format::Csv, {}, {}};
        options.csv.delimiter = u';';
        QCOMPARE(m_page->exports()->exportTo(csv, dialog.relaid()->budget, options, false),
                 QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\r\nA.1;Employees (or equivalent);"));
        QVERIFY(bytes.contains("\r\nE;Indirect costs"));
    }

    void exchangeRates()
    {
        ui::ExchangeRatesDialog dialog(*m_store);
        const int before = dialog.table()->rowCount();
        dialog.fill("KZT", "EUR", "0.00179", QDate(2026, 12, 1), "InforEuro December");
        QVERIFY(dialog.save());
        QCOMPARE(dialog.table()->rowCount(), before + 1);
        dialog.fill("KZT", "KZT", "1", QDate(2026, 12, 1), "");
        QVERIFY(!dialog.save());
        QVERIFY(dialog.problem().contains("itself"));
        dialog.fill("KZT", "EUR", "abc", QDate(2026, 12, 1), "");
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.table()->rowCount(), before + 1);
        m_store->undoStack()->undo();
        QCOMPARE(dialog.table()->rowCount(), before);
    }
};

QTEST_MAIN(TestBudgetsPage)
#include "TestBudgetsPage.moc"
