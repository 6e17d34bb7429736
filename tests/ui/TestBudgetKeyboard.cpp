// SPDX-License-Identifier: GPL-3.0-or-later
// A finance officer types a budget from the keyboard alone, as in a spreadsheet: Tab and
// Shift+Tab across a line, Enter down (and a new line at the end of a heading), typing
// starts editing, Ctrl+D fills down, Delete clears; undo keeps the selection.
#include "core/Store.h"
#include "core/demo/DemoData.h"
#include "core/storage/ProposalRepository.h"
#include "ui/models/BudgetTreeModel.h"
#include "ui/pages/BudgetsPage.h"
#include "ui/views/BudgetTreeView.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor;
using Model = ui::BudgetTreeModel;

class TestBudgetKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::BudgetsPage> m_page;

    Model *model() const { return m_page->model(); }
    ui::BudgetTreeView *tree() const { return m_page->tree(); }

    // Keys go where a person's would: to the widget that has the focus (the editor, once
    // typing has opened one), and the window handles each before the next (an editor
    // commits on Enter through the event loop).
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(key), modifiers);
        QCoreApplication::processEvents();
    }
    static void type(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, c.toLatin1());
        }
    }

    // The last line under a heading whose lines are in the budget's own currency.
    QModelIndex lastLineInBudgetCurrency(const QModelIndex &parent = {}) const
    {
        for (int row = 0; row < model()->rowCount(parent); ++row) {
            const QModelIndex index = model()->index(row, 0, parent);
            if (model()->lineId(index) && !tree()->lineBelow(index, 0).isValid() &&
                index.siblingAtColumn(Model::Currency).data().toString() ==
                    model()->budget()->version.currency)
                return index;
            if (const QModelIndex found = lastLineInBudgetCurrency(index); found.isValid())
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
        m_page = std::make_unique<ui::BudgetsPage>();
        m_page->setStore(m_store.get());
        m_page->showProposal(
            *core::ProposalRepository(m_store->database().connection()).idOfAcronym("STEPPE"));
        QVERIFY(model()->budget());
        m_page->resize(1366, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QApplication::setActiveWindow(m_page.get());
        tree()->setFocus();
    }
    void cleanup()
    {
        m_page.reset();
        m_store.reset();
    }

    void linesTypedFromTheKeyboardAddUp()
    {
        const QModelIndex last = lastLineInBudgetCurrency();
        QVERIFY(last.isValid());
        const QString heading = model()->headingAt(last);
        const qint64 before = model()->budget()->result.byCategory.value(heading);
        const QString partner = last.siblingAtColumn(Model::Partner).data().toString();
        const int lines = int(model()->budget()->version.lines.size());
        tree()->setCurrentIndex(last);

        // Enter on the last line under its heading makes a new one, cursor on its name.
        press(Qt::Key_Return);
        QCOMPARE(model()->budget()->version.lines.size(), lines + 1);
        struct Typed
        {
            const char *name, *unit, *quantity, *cost;
        };
        const Typed typed[] = {{"Field trip", "day", "3", "150"},
                               {"Printing", "copy", "200", "2.5"},
                               {"Translation", "page", "40", "12"}};
        for (const Typed &line : typed) {
            QCOMPARE(tree()->currentIndex().column(), int(Model::Item));
            type(QString::fromLatin1(line.name)); // typing opens the editor
            press(Qt::Key_Tab);                   // partner: as the line above
            press(Qt::Key_Tab);                   // year: as the line above
            press(Qt::Key_Tab);
            type(QString::fromLatin1(line.unit));
            press(Qt::Key_Tab);
            type(QString::fromLatin1(line.quantity));
            press(Qt::Key_Tab);
            type(QString::fromLatin1(line.cost));
            press(Qt::Key_Return); // back to the name, on a new line
        }
        // The last Enter left a fresh line; Escape and Ctrl+Delete are for another test.
        QCOMPARE(model()->budget()->version.lines.size(), lines + 4);
        qint64 added = 0;
        int checked = 0;
        for (const core::BudgetLine &line : model()->budget()->version.lines) {
            for (const Typed &t : typed) {
                if (line.description != QLatin1String(t.name))
                    continue;
                QCOMPARE(line.unit, QString::fromLatin1(t.unit));
                QCOMPARE(line.category, heading);
                QCOMPARE(line.currency, model()->budget()->version.currency);
                QCOMPARE(model()->budget()->context.memberName(line.memberId), partner);
                QCOMPARE(line.quantity.toString(), QString::fromLatin1(t.quantity));
                QCOMPARE(line.unitCostMinor,
                         qint64(QString::fromLatin1(t.cost).toDouble() * 100 + 0.5));
                added += line.unitCostMinor * line.quantity.toString().toLongLong();
                ++checked;
            }
        }
        QCOMPARE(checked, 3);
        // 3 × 150 + 200 × 2.50 + 40 × 12 = 1 430.00, and the fresh line costs nothing.
        QCOMPARE(added, 143000);
        QCOMPARE(model()->budget()->result.byCategory.value(heading), before + 143000);
    }

    void shiftTabFillDownClearAndUndoKeepTheSelection()
    {
        const QModelIndex last = lastLineInBudgetCurrency();
        QVERIFY(last.isValid());
        const qint64 lastId = model()->lineId(last); // indexes do not outlive a reload
        tree()->setCurrentIndex(last.siblingAtColumn(Model::Quantity));
        // Shift+Tab goes back across the line: quantity ← unit.
        press(Qt::Key_Backtab);
        QCOMPARE(tree()->currentIndex().column(), int(Model::Unit));
        press(Qt::Key_Tab);
        QCOMPARE(tree()->currentIndex().column(), int(Model::Quantity));

        // Two new lines below, then Ctrl+D on the three: they take the first one's quantity.
        press(Qt::Key_Return);
        tree()->setCurrentIndex(tree()->currentIndex().siblingAtColumn(Model::Quantity));
        press(Qt::Key_Return);
        const QModelIndex first = model()->indexOfLine(lastId);
        const QModelIndex third = tree()->currentIndex();
        QVERIFY(model()->lineId(third));
        tree()->selectionModel()->select(
            QItemSelection(first, third.siblingAtColumn(Model::ColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect);
        tree()->selectionModel()->setCurrentIndex(first.siblingAtColumn(Model::Quantity),
                                                  QItemSelectionModel::NoUpdate);
        QVERIFY(model()->setData(first.siblingAtColumn(Model::Quantity), "7"));
        const QString quantity = first.siblingAtColumn(Model::Quantity).data().toString();
        press(Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(third.siblingAtColumn(Model::Quantity).data().toString(), quantity);

        // Delete clears the cell of every selected line, in one undo step.
        tree()->selectionModel()->setCurrentIndex(first.siblingAtColumn(Model::Unit),
                                                  QItemSelectionModel::NoUpdate);
        press(Qt::Key_Delete);
        QCOMPARE(first.siblingAtColumn(Model::Unit).data().toString(), QString());
        QCOMPARE(third.siblingAtColumn(Model::Unit).data().toString(), QString());
        QCOMPARE(model()->budget()->version.lines.size(), 32); // Delete removes no line

        // Undo brings the units back and keeps the three lines selected and the cell current.
        const qint64 current = model()->lineId(tree()->currentIndex());
        m_store->undoStack()->undo();
        const QModelIndex again = model()->indexOfLine(lastId);
        QVERIFY(!again.siblingAtColumn(Model::Unit).data().toString().isEmpty());
        QCOMPARE(model()->lineId(tree()->currentIndex()), current);
        QCOMPARE(tree()->currentIndex().column(), int(Model::Unit));
        QCOMPARE(tree()->selectionModel()->selectedRows().size(), 3);
    }
};

QTEST_MAIN(TestBudgetKeyboard)
#include "TestBudgetKeyboard.moc"
