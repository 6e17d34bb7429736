// SPDX-License-Identifier: GPL-3.0-or-later
// `hamkor budget`'s text: a budget streamed from the file (read twice, never held) prints
// exactly what the same budget read whole prints.
#include "core/Clock.h"
#include "core/Store.h"
#include "core/budget/BudgetLoader.h"
#include "core/budget/FundingShares.h"
#include "core/commands/BudgetCommands.h"
#include "core/demo/DemoData.h"
#include "core/export/BudgetText.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/Sql.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;

class TestBudgetText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QSqlDatabase db() const { return m_store->database().connection(); }

    // Lines out of their headings' order that break every rule a line can break: lines of
    // the associate under headings it may not charge (more than five), for no member, in
    // no year of the proposal, in a currency without a rate, under a heading with
    // sub-headings and under none of the template; a line with its shares as amounts.
    BudgetVersion troubled(const Proposal &proposal, const QString &name,
                           const QString &templateCode)
    {
        BudgetVersion v;
        v.proposalId = proposal.id;
        v.name = name;
        v.templateCode = templateCode;
        v.currency = "EUR";
        v.rateDate = Clock::nowUtc().date();
        v.indirectPct = *Decimal::parse(u"9");
        const auto add = [&](const QString &category, qint64 member, const QString &currency,
                             int period, const QString &description) {
            BudgetLine l;
            l.category = category;
            l.description = description;
            l.memberId = member;
            l.unit = "month";
            l.quantity = *Decimal::parse(QString("%1.5").arg(v.lines.size() % 4));
            l.unitCostMinor = 12345 + 1000 * v.lines.size();
            l.currency = currency;
            l.period = period;
            l.donorPct = *Decimal::parse(u"80");
            l.ownPct = *Decimal::parse(u"20");
            v.lines.append(l);
        };
        const qint64 lead = proposal.members.at(0).id;
        const qint64 associate = proposal.members.constLast().id;
        add("2.1", lead, "KZT", 1, "Flights");
        add("1.1.1", lead, "EUR", 2, "Coordinator");
        for (int i = 0; i < 7; ++i)
            add("1.1.1", associate, "EUR", 1, QString("Associate's staff %1").arg(i));
        add("2.1", 0, "EUR", 1, "Nobody's trip");
        add("3.2", lead, "EUR", 9, "");
        add("2.1", lead, "JPY", 1, "Tokyo");
        add("1.1", lead, "EUR", 1, "Under a parent heading");
        add("9.9", lead, "EUR", 1, "Under no heading");
        add("12", lead, "EUR", 1, "VAT");
        add("2.1", lead, "USD", 3, "Equipment");
        BudgetLine amounts = v.lines.at(1);
        amounts.description = "Shares as amounts";
        if (!FundingShares::setAmount(amounts, FundingShares::Share::Donor, 1000).ok())
            qFatal("could not set the shares");
        v.lines.append(amounts);
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Clock::setSource([] { return QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC); });
        const QString path = m_dir.filePath("demo.hamkor");
        {
            auto database = Database::create(path);
            QVERIFY(database && DemoData::fill(**database, DemoData::Size::Small));
        }
        auto store = Store::open(path);
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        const auto steppe = ProposalRepository(db()).loadByAcronym("STEPPE");
        QVERIFY(steppe.ok());
        for (const auto &[name, layout] : {std::pair{"Troubled", "eu-prag"},
                                           std::pair{"Troubled, older layout", "eu-prag-legacy"},
                                           std::pair{"Troubled, Horizon", "horizon-europe"}}) {
            const auto id = commands::addBudgetVersion(*m_store, troubled(*steppe, name, layout));
            QVERIFY2(id.ok(), qPrintable(id.message()));
        }
    }

    void cleanupTestCase()
    {
        m_store.reset();
        Clock::setSource({});
    }

    // Every budget of the demo file and the troubled ones.
    void streamedAsHeld_data()
    {
        QTest::addColumn<qint64>("version");
        QSqlQuery query(db());
        QVERIFY(query.exec("SELECT v.id, p.acronym, v.name FROM budget_versions v JOIN proposals "
                           "p ON p.id = v.proposal_id ORDER BY v.id"));
        int versions = 0;
        while (query.next()) {
            QTest::addRow("%s",
                          qPrintable(query.value(1).toString() + ", " + query.value(2).toString()))
                << query.value(0).toLongLong();
            ++versions;
        }
        QVERIFY(versions >= 7);
    }
    void streamedAsHeld()
    {
        QFETCH(qint64, version);
        const auto held = loadBudget(db(), version);
        QVERIFY2(held.ok(), qPrintable(held.message()));
        QVERIFY(!held->version.lines.isEmpty());
        const QString expected = BudgetText::render(*held);
        const auto streamed = loadBudget(db(), version, Lines::Streamed);
        QVERIFY2(streamed.ok(), qPrintable(streamed.message()));
        QVERIFY(streamed->version.lines.isEmpty());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Status written = BudgetText::write(buffer, *streamed);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QCOMPARE(QString::fromUtf8(buffer.data()), expected);
        QCOMPARE(BudgetText::render(*streamed), expected);
    }

    // The troubled budget's text says what it should, so that the comparison above compares
    // something: every rule broken, lines named and counted.
    void troubledBudgetText()
    {
        const auto budget = loadBudget(db(), "STEPPE", "Troubled", Lines::Streamed);
        QVERIFY(budget.ok());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(BudgetText::write(buffer, *budget).ok());
        const QString text = QString::fromUtf8(buffer.data());
        for (const char *expected :
             {"FAIL  Associates charge only what they may", " and 2 more",
              "FAIL  Every line for a member of the consortium — 1 line(s) for no member of the "
              "consortium: line 10 (Nobody's trip).",
              "FAIL  An exchange rate for every currency — No rate to EUR on or before "
              "2026-11-27 from JPY: line 12 (Tokyo).",
              "line 11 (3.2)", "Line 13 (Under a parent heading): heading 1.1 has sub-headings",
              "Line 14 (Under no heading): heading 9.9 is not in the template",
              "Exchange rates used"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        // Heading by heading: the coordinator (second in the file) before the flights.
        QVERIFY(text.indexOf("Coordinator") < text.indexOf("Flights"));
    }
};

QTEST_GUILESS_MAIN(TestBudgetText)
#include "TestBudgetText.moc"
