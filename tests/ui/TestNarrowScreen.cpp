// SPDX-License-Identifier: GPL-3.0-or-later
// A Russian-speaking officer's laptop: 1024×600, the window in Russian. The columns a
// person reads first — a call's days left and deadline, a budget line's cost — are in view
// without scrolling, and wide enough for their longest text.
#include "core/Store.h"
#include "core/demo/DemoData.h"
#include "core/storage/Database.h"
#include "core/storage/ProposalRepository.h"
#include "ui/Translations.h"
#include "ui/models/BudgetTreeModel.h"
#include "ui/models/CallListModel.h"
#include "ui/pages/BudgetsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/views/BudgetTreeView.h"

#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor;

namespace {
// Whether column is wholly inside the view and every text in it fits its width.
void checkColumn(QAbstractItemView *view, QHeaderView *header, int column,
                 const QModelIndexList &cells)
{
    QVERIFY(!header->isSectionHidden(column));
    const int left = header->sectionViewportPosition(column);
    const int width = header->sectionSize(column);
    QVERIFY2(left >= 0 && left + width <= view->viewport()->width(),
             qPrintable(QStringLiteral("%1: %2…%3 of %4")
                            .arg(header->model()->headerData(column, Qt::Horizontal).toString())
                            .arg(left)
                            .arg(left + width)
                            .arg(view->viewport()->width())));
    QVERIFY(!cells.isEmpty());
    for (const QModelIndex &cell : cells) {
        const QString text = cell.data().toString();
        // The cell's own margins, as the style draws them (3 px each side and a little).
        QVERIFY2(view->fontMetrics().horizontalAdvance(text) + 10 <= width,
                 qPrintable(QStringLiteral("“%1” in %2 px").arg(text).arg(width)));
    }
}
} // namespace

class TestNarrowScreen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("hamkor-test");
        QCoreApplication::setApplicationName("hamkor-test-narrow");
        QVERIFY(ui::installTranslations("ru"));
    }

    void keyColumnsInViewAt1024x600InRussian()
    {
        const QString path = m_dir.filePath("demo.hamkor");
        {
            auto db = core::Database::create(path);
            QVERIFY(db && core::DemoData::fill(**db, core::DemoData::Size::Small));
        }
        ui::MainWindow window;
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        QVERIFY(window.width() <= 1024 && window.height() <= 600);

        window.showPage(1);
        auto *calls = window.findChild<QTableView *>("callsView");
        QVERIFY(calls && calls->isVisible());
        QCoreApplication::processEvents();
        QModelIndexList daysLeft, deadlines;
        for (int row = 0; row < calls->model()->rowCount(); ++row) {
            daysLeft << calls->model()->index(row, ui::CallListModel::DaysLeft);
            deadlines << calls->model()->index(row, ui::CallListModel::Deadline);
        }
        checkColumn(calls, calls->horizontalHeader(), ui::CallListModel::DaysLeft, daysLeft);
        checkColumn(calls, calls->horizontalHeader(), ui::CallListModel::Deadline, deadlines);

        window.showPage(4);
        auto *budgets = window.findChild<ui::BudgetsPage *>();
        QVERIFY(budgets);
        budgets->showProposal(
            *core::ProposalRepository(window.store()->database().connection())
                 .idOfAcronym("GLACIS")); // Horizon Europe: the largest amounts of the demo
        QCoreApplication::processEvents();
        ui::BudgetTreeView *tree = budgets->tree();
        QModelIndexList costs;
        std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
                const QModelIndex index = tree->model()->index(row, 0, parent);
                costs << index.siblingAtColumn(ui::BudgetTreeModel::Amount);
                collect(index);
            }
        };
        collect({});
        checkColumn(tree, tree->header(), ui::BudgetTreeModel::Amount, costs);
    }
};

QTEST_MAIN(TestNarrowScreen)
#include "TestNarrowScreen.moc"
