// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "ui/models/CallListModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor;

namespace {
QList<core::Call> calls(int n, const QDateTime &now)
{
    QList<core::Call> result;
    for (int i = 0; i < n; ++i) {
        core::Call call;
        call.title = QStringLiteral("Call %1").arg(i, 4, 10, QLatin1Char('0'));
        call.donor = i % 2 ? "European Union" : "Всемирный банк";
        call.reference = QString::number(i);
        const QDateTime deadline = now.addDays(i - 5).toTimeZone(QTimeZone("Asia/Almaty"));
        call.deadlineDate = deadline.date();
        call.deadlineTime = deadline.time();
        call.deadlineZone = "Asia/Almaty";
        call.currency = "USD";
        call.minAmountMinor = 1000000;
        call.maxAmountMinor = 5000000;
        call.themes = {"clean_energy"};
        call.countries = {"TJ"};
        result << call;
    }
    return result;
}
} // namespace

class TestCallListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);

    std::unique_ptr<core::Store> makeStore(const QString &name, int n)
    {
        auto store = core::Store::create(m_dir.filePath(name));
        if (!store)
            return {};
        if (!core::commands::addCalls(**store, calls(n, m_now), "test"))
            return {};
        return std::move(store).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        core::Clock::setSource([this] { return m_now; });
        core::Clock::setUserZone(QTimeZone("Asia/Almaty"));
    }

    void passesTheModelTester()
    {
        auto store = makeStore("small.hamkor", 12);
        QVERIFY(store);
        ui::CallListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store.get());
        QCOMPARE(model.rowCount(), 12);
        model.sort(ui::CallListModel::Title, Qt::DescendingOrder);
        model.setFilter({"Call 000", {}, {}, {}, core::CallFilter::Window::Any, {}});
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(core::commands::setCallStatus(*store, model.callId(0), "preparing").ok());
        store->undoStack()->undo();
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void readsOnlyThePagesShown()
    {
        auto store = makeStore("large.hamkor", 1000);
        QVERIFY(store);
        ui::CallListModel model;
        model.setStore(store.get());
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.cachedPages(), 0);
        QCOMPARE(model.index(0, 0).data().toString(), "Call 0000");
        QCOMPARE(model.cachedPages(), 1);
        QCOMPARE(model.index(999, 0).data().toString(), "Call 0999");
        QCOMPARE(model.cachedPages(), 2);
    }

    void showsDeadlinesInTheUsersZone()
    {
        auto store = makeStore("zones.hamkor", 8);
        QVERIFY(store);
        ui::CallListModel model;
        model.setStore(store.get());
        // Row 0: five days ago, overdue and red; row 5: now + 0 days.
        QCOMPARE(model.index(0, ui::CallListModel::DaysLeft).data().toString(),
                 "passed 5 days ago");
        QCOMPARE(model.index(0, ui::CallListModel::DaysLeft)
                     .data(ui::CallListModel::UrgencyRole)
                     .toInt(),
                 int(ui::CallListModel::Urgency::Overdue));
        QVERIFY(model.index(0, ui::CallListModel::DaysLeft)
                    .data(Qt::ForegroundRole)
                    .value<QColor>()
                    .isValid());
        QCOMPARE(model.index(7, ui::CallListModel::DaysLeft).data().toString(), "in 2 days");
        QCOMPARE(model.index(7, ui::CallListModel::DaysLeft)
                     .data(ui::CallListModel::UrgencyRole)
                     .toInt(),
                 int(ui::CallListModel::Urgency::Week));
        // 09:00 UTC is 14:00 in Almaty (+05).
        QVERIFY(model.index(5, ui::CallListModel::Deadline).data().toString().endsWith("14:00"));
        QVERIFY(model.index(5, ui::CallListModel::Deadline)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("Asia/Almaty"));
        QCOMPARE(model.index(5, ui::CallListModel::Grant).data().toString(), "10,000 – 50,000 USD");
        QCOMPARE(model.headerData(ui::CallListModel::DaysLeft, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 "Days left");
    }
};

QTEST_MAIN(TestCallListModel)
#include "TestCallListModel.moc"
