// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/storage/CallQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;

namespace {

Call call(const QString &title, const QString &donor, const QDateTime &deadlineUtc,
          const QString &status, const QStringList &themes, const QStringList &countries,
          const QString &notes = {})
{
    Call c;
    c.title = title;
    c.donor = donor;
    c.reference = "R-" + title.left(6);
    c.deadlineZone = "Europe/Brussels";
    const QDateTime local = deadlineUtc.toTimeZone(QTimeZone("Europe/Brussels"));
    c.deadlineDate = local.date();
    c.deadlineTime = local.time();
    c.status = status;
    c.themes = themes;
    c.countries = countries;
    c.notes = notes;
    return c;
}

} // namespace

class TestCallQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);

private Q_SLOTS:
    void initTestCase()
    {
        Clock::setSource([this] { return m_now; });
        auto store = Store::create(m_dir.filePath("query.hamkor"));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        const QList<Call> calls = {
            call("Климатическая устойчивость общин", "Европейский союз", m_now.addDays(3),
                 "preparing", {"climate_change"}, {"KZ", "KG"}, "Сначала концепция"),
            call("Water-saving irrigation pilots", "World Bank", m_now.addDays(20), "assessing",
                 {"water_saving", "iwrm"}, {"UZ"}),
            call("Glacier monitoring", "European Union", m_now.addDays(60), "identified",
                 {"climate_change", "biodiversity"}, {"KG", "TJ"}, "Horizon Europe RIA"),
            call("Chemical safety", "UNEP", m_now.addDays(-10), "missed", {"chemical_safety"},
                 {"TM"}),
            call("Qoraqalpogʻiston yoshlari", "GIZ", m_now.addDays(100), "submitted",
                 {"education_leadership"}, {"UZ"}),
        };
        QVERIFY(commands::addCalls(*m_store, calls, "test").ok());
    }
    void cleanupTestCase()
    {
        m_store.reset();
        Clock::setSource({});
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("country");
        QTest::addColumn<int>("window");
        QTest::addColumn<QStringList>("titles");
        const int any = int(CallFilter::Window::Any);
        QTest::addRow("everything")
            << "" << QStringList() << ""
            << "" << any
            << QStringList({"Chemical safety", "Климатическая устойчивость общин",
                            "Water-saving irrigation pilots", "Glacier monitoring",
                            "Qoraqalpogʻiston yoshlari"});
        QTest::addRow("cyrillic, lower case prefix")
            << "клим" << QStringList() << ""
            << "" << any << QStringList({"Климатическая устойчивость общин"});
        QTest::addRow("cyrillic, upper case")
            << "ЕВРОПЕЙСКИЙ" << QStringList() << ""
            << "" << any << QStringList({"Климатическая устойчивость общин"});
        QTest::addRow("notes") << "концепц" << QStringList() << ""
                               << "" << any << QStringList({"Климатическая устойчивость общин"});
        QTest::addRow("two words, both required")
            << "glacier europ" << QStringList() << ""
            << "" << any << QStringList({"Glacier monitoring"});
        QTest::addRow("uzbek latin") << "qoraqalpog" << QStringList() << ""
                                     << "" << any << QStringList({"Qoraqalpogʻiston yoshlari"});
        QTest::addRow("reference") << "R-Glacie" << QStringList() << ""
                                   << "" << any << QStringList({"Glacier monitoring"});
        QTest::addRow("quotes are harmless")
            << "\"water\" -*" << QStringList() << ""
            << "" << any << QStringList({"Water-saving irrigation pilots"});
        QTest::addRow("punctuation only") << "!!!" << QStringList() << ""
                                          << "" << any << QStringList();
        QTest::addRow("status") << "" << QStringList({"assessing", "identified"}) << ""
                                << "" << any
                                << QStringList(
                                       {"Water-saving irrigation pilots", "Glacier monitoring"});
        QTest::addRow("theme") << "" << QStringList() << "climate_change"
                               << "" << any
                               << QStringList(
                                      {"Климатическая устойчивость общин", "Glacier monitoring"});
        QTest::addRow("country") << "" << QStringList() << ""
                                 << "UZ" << any
                                 << QStringList({"Water-saving irrigation pilots",
                                                 "Qoraqalpogʻiston yoshlari"});
        QTest::addRow("next 7 days") << "" << QStringList() << ""
                                     << "" << int(CallFilter::Window::Next7)
                                     << QStringList({"Климатическая устойчивость общин"});
        QTest::addRow("next 30 days")
            << "" << QStringList() << ""
            << "" << int(CallFilter::Window::Next30)
            << QStringList({"Климатическая устойчивость общин", "Water-saving irrigation pilots"});
        QTest::addRow("next 90 days")
            << "" << QStringList() << ""
            << "" << int(CallFilter::Window::Next90)
            << QStringList({"Климатическая устойчивость общин", "Water-saving irrigation pilots",
                            "Glacier monitoring"});
        QTest::addRow("past") << "" << QStringList() << ""
                              << "" << int(CallFilter::Window::Past)
                              << QStringList({"Chemical safety"});
        QTest::addRow("combined") << "monitoring" << QStringList({"identified"}) << "biodiversity"
                                  << "TJ" << int(CallFilter::Window::Next90)
                                  << QStringList({"Glacier monitoring"});
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, statuses);
        QFETCH(QString, theme);
        QFETCH(QString, country);
        QFETCH(int, window);
        QFETCH(QStringList, titles);
        CallQuery query(m_store->database().connection());
        query.setFilter({text, statuses, theme, country, CallFilter::Window(window), {}});
        QCOMPARE(*query.count(), titles.size());
        QStringList found;
        for (const CallRow &row : *query.all())
            found << row.title;
        QCOMPARE(found, titles);
    }

    void sortingAndPaging()
    {
        CallQuery query(m_store->database().connection());
        query.setSort(CallSort::Title, false);
        const auto rows = query.page(1, 2);
        QCOMPARE(rows->size(), 2);
        // Binary order: Cyrillic sorts after Latin.
        QCOMPARE(rows->at(0).title, "Water-saving irrigation pilots");
        QCOMPARE(rows->at(1).title, "Qoraqalpogʻiston yoshlari");
        query.setSort(CallSort::ByStatus, true); // in pipeline order
        QCOMPARE(query.page(0, 1)->constFirst().status, "identified");
        QCOMPARE(query.page(4, 1)->constFirst().status, "missed");
        const CallRow first = query.page(0, 1)->constFirst();
        QCOMPARE(first.themes, QStringList({"biodiversity", "climate_change"}));
        QCOMPARE(first.countries, QStringList({"KG", "TJ"}));
        QCOMPARE(first.deadline.timeZone().id(), QByteArray("Europe/Brussels"));
    }

    void matchExpression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expression");
        QTest::addRow("one word") << "water"
                                  << "\"water\"*";
        QTest::addRow("two words") << "clean energy"
                                   << "\"clean\"* \"energy\"*";
        QTest::addRow("quotes and operators dropped") << "\"a\" OR b* -c"
                                                      << "\"a\"* \"OR\"* \"b\"* \"c\"*";
        QTest::addRow("cyrillic") << "Жасыл Болашақ"
                                  << "\"Жасыл\"* \"Болашақ\"*";
        QTest::addRow("empty") << "  "
                               << "";
    }
    void matchExpression()
    {
        QFETCH(QString, text);
        QFETCH(QString, expression);
        QCOMPARE(CallQuery::matchExpression(text), expression);
    }
};

QTEST_GUILESS_MAIN(TestCallQuery)
#include "TestCallQuery.moc"
