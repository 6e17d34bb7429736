// SPDX-License-Identifier: GPL-3.0-or-later
// Budget versions, lines and exchange rates in a file: storage, undo, locking, copy, compare.
#include "core/Clock.h"
#include "core/Store.h"
#include "core/budget/BudgetCompare.h"
#include "core/budget/BudgetLoader.h"
#include "core/budget/FundingShares.h"
#include "core/commands/BudgetCommands.h"
#include "core/commands/OrganisationCommands.h"
#include "core/commands/ProposalCommands.h"
#include "core/io/BudgetImporter.h"
#include "core/io/CsvReader.h"
#include "core/storage/BudgetRepository.h"
#include "core/storage/ProposalRepository.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

} // namespace

class TestBudgets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Proposal m_proposal;

    BudgetLine line(const QString &category, int member, const char *quantity, qint64 cost,
                    const QString &currency, const QString &description)
    {
        BudgetLine l;
        l.category = category;
        l.description = description;
        l.memberId = m_proposal.members.at(member).id;
        l.quantity = dec(quantity);
        l.unitCostMinor = cost;
        l.currency = currency;
        l.donorPct = dec("90");
        l.ownPct = dec("10");
        return l;
    }

    // Three partners, lines in KZT, EUR and USD (the finance officer of issue 6):
    //   1.1.1 lead          12 × 450 000.00 KZT = 5 400 000.00 KZT × 0.00178 =  9 612.00
    //   2.1   co-applicant   4 ×     420.00 EUR                              =  1 680.00
    //   3.2   third          5 ×   1 000.00 USD = 5 000.00 USD × 0.862      =  4 310.00
    //   7 direct 15 602.00; 8 indirect at 7 % = 1 092.14; 9 total 16 694.14
    BudgetVersion draft()
    {
        BudgetVersion v;
        v.proposalId = m_proposal.id;
        v.name = "Draft 1";
        v.currency = "EUR";
        v.rateDate = QDate(2026, 11, 15);
        v.indirectPct = dec("7");
        v.lines = {line("1.1.1", 0, "12", 45000000, "KZT", "Coordinator"),
                   line("2.1", 1, "4", 42000, "EUR", "Flights"),
                   line("3.2", 2, "5", 100000, "USD", "Laptops")};
        return v;
    }

    LoadedBudget loaded(qint64 versionId)
    {
        auto budget = loadBudget(m_store->database().connection(), versionId);
        if (!budget)
            qFatal("%s", qPrintable(budget.message()));
        return *budget;
    }

private Q_SLOTS:
    void init()
    {
        Clock::setSource([] { return QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC); });
        auto store = Store::create(
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate()) + ".hamkor"));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        Proposal p;
        p.acronym = "STEPPE";
        p.title = "Steppe communities";
        p.durationMonths = 36;
        int order = 0;
        for (const char *acronym : {"ZhB", "TS", "YM"}) {
            Organisation o;
            o.name = QString::fromLatin1(acronym) + " CSO";
            o.acronym = QString::fromLatin1(acronym);
            o.type = "cso";
            o.country = "KZ";
            const auto id = commands::addOrganisation(*m_store, o);
            QVERIFY(id.ok());
            p.members.append({0, {}, *id, order == 0 ? "lead" : "co-applicant", 0, 0, {}, order});
            ++order;
        }
        const auto id = commands::addProposal(*m_store, p);
        QVERIFY(id.ok());
        m_proposal = *ProposalRepository(m_store->database().connection()).load(*id);
        const auto rates = commands::putExchangeRates(
            *m_store,
            {{0, "KZT", "EUR", dec("0.001780"), QDate(2026, 11, 1), "InforEuro"},
             {0, "USD", "EUR", dec("0.862"), QDate(2026, 11, 1), "InforEuro"},
             // after the rate date: never used
             {0, "USD", "EUR", dec("0.9"), QDate(2026, 12, 1), "InforEuro"}},
            "rates");
        QCOMPARE(*rates, 3);
        m_store->undoStack()->clear();
    }

    void cleanup()
    {
        m_store.reset();
        Clock::setSource({});
    }

    void storedAsGiven()
    {
        const auto id = commands::addBudgetVersion(*m_store, draft());
        QVERIFY2(id.ok(), qPrintable(id.message()));
        BudgetRepository repository(m_store->database().connection());
        const auto stored = repository.load(*id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->lines.size(), 3);
        QCOMPARE(stored->lines.at(0).quantity, dec("12"));
        QCOMPARE(stored->lines.at(0).unitCostMinor, 45000000);
        QCOMPARE(stored->lines.at(1).donorPct, dec("90"));
        QCOMPARE(stored->indirectPct, dec("7"));
        QVERIFY(!stored->contingencyPct);
        QCOMPARE(stored->rateDate, QDate(2026, 11, 15));
        QVERIFY(!stored->uuid.isEmpty());

        const LoadedBudget budget = loaded(*id);
        QCOMPARE(budget.result.lines.at(0).convertedMinor, 961200);
        QCOMPARE(budget.result.lines.at(2).convertedMinor, 431000);
        QCOMPARE(budget.result.lines.at(2).rate->rate, dec("0.862")); // not December's
        QCOMPARE(budget.result.total("7"), 1560200);
        QCOMPARE(budget.result.total("8"), 109214);
        QCOMPARE(budget.result.total("9"), 1669414);

        // One undo step removes the version and its lines; redo brings back the same rows.
        const qint64 firstLine = stored->lines.at(0).id;
        m_store->undoStack()->undo();
        QVERIFY(!repository.load(*id).ok());
        m_store->undoStack()->redo();
        QCOMPARE(repository.load(*id)->lines.at(0).id, firstLine);
    }

    // The done-when of issue 6: the budget breaks the 7 % cap, is fixed, copied, compared.
    void breakTheCapFixCopyCompare()
    {
        const auto id = commands::addBudgetVersion(*m_store, draft());
        QVERIFY(id.ok());
        BudgetVersion header = loaded(*id).version;
        header.indirectPct = dec("8");
        QVERIFY(commands::editBudgetVersion(*m_store, header).ok());
        LoadedBudget budget = loaded(*id);
        // 8 % of 15 602.00 = 1 248.16 > 7 % = 1 092.14
        QCOMPARE(budget.result.total("8"), 124816);
        const auto cap =
            std::find_if(budget.checks.cbegin(), budget.checks.cend(),
                         [](const BudgetCheck &c) { return c.rule.contains("Indirect"); });
        QVERIFY(!cap->passed);
        QVERIFY2(cap->detail.contains("1,248.16 EUR, 8 % of 15,602.00 EUR; at most 7 %"),
                 qPrintable(cap->detail));
        header.indirectPct = dec("7");
        QVERIFY(commands::editBudgetVersion(*m_store, header).ok());
        budget = loaded(*id);
        QVERIFY(std::all_of(budget.checks.cbegin(), budget.checks.cend(),
                            [](const BudgetCheck &c) { return c.passed; }));

        // Submitted: read-only, except its state.
        header = budget.version;
        header.state = "submitted";
        QVERIFY(commands::editBudgetVersion(*m_store, header).ok());
        BudgetLine changed = budget.version.lines.at(1);
        changed.quantity = dec("6");
        const Status refused = commands::editBudgetLine(*m_store, changed);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains("copy it to a new version"),
                 qPrintable(refused.message()));
        QVERIFY(!commands::addBudgetLines(*m_store, *id, {budget.version.lines.at(0)}, "x").ok());
        QVERIFY(!commands::removeBudgetLines(*m_store, {changed.id}).ok());
        BudgetVersion renamed = header;
        renamed.name = "Other";
        QVERIFY(!commands::editBudgetVersion(*m_store, renamed).ok());

        // Copy: a draft with the same lines as new rows; the name must be free.
        QVERIFY(!commands::copyBudgetVersion(*m_store, *id, "draft 1").ok());
        const auto copyId = commands::copyBudgetVersion(*m_store, *id, "Revised");
        QVERIFY2(copyId.ok(), qPrintable(copyId.message()));
        LoadedBudget copy = loaded(*copyId);
        QCOMPARE(copy.version.state, "draft");
        QCOMPARE(copy.version.lines.size(), 3);
        QVERIFY(copy.version.lines.at(0).id != budget.version.lines.at(0).id);
        QCOMPARE(copy.result.total("9"), budget.result.total("9"));

        // In the copy: 6 flights instead of 4 (+840.00), the laptops gone (−4 310.00), a
        // translator added (1 × 500.00 EUR).
        BudgetLine flights = copy.version.lines.at(1);
        flights.quantity = dec("6");
        QVERIFY(commands::editBudgetLine(*m_store, flights).ok());
        QVERIFY(commands::removeBudgetLines(*m_store, {copy.version.lines.at(2).id}).ok());
        QVERIFY(commands::addBudgetLines(*m_store, *copyId,
                                         {line("5.5", 1, "1", 50000, "EUR", "Translator")}, "add")
                    .ok());
        copy = loaded(*copyId);
        const BudgetComparison c = BudgetCompare::compare(loaded(*id), copy);
        QCOMPARE(c.lines.size(), 3);
        QCOMPARE(c.lines.at(0).kind, LineDifference::Kind::Changed);
        QCOMPARE(c.lines.at(0).fields, QStringList{"quantity"});
        QCOMPARE(c.lines.at(0).afterAmount - c.lines.at(0).beforeAmount, 84000);
        QCOMPARE(c.lines.at(1).kind, LineDifference::Kind::Added);
        QCOMPARE(c.lines.at(2).kind, LineDifference::Kind::Removed);
        QCOMPARE(c.lines.at(2).beforeAmount, 431000);
        // direct: 15 602.00 + 840.00 − 4 310.00 + 500.00 = 12 632.00; 7 % = 884.24;
        // total 13 516.24 (before: 16 694.14).
        QCOMPARE(c.totalBefore, 1669414);
        QCOMPARE(c.totalAfter, 1351624);
        QStringList codes;
        for (const AmountDifference &d : c.amounts)
            codes << d.code;
        QCOMPARE(codes, (QStringList{"2", "2.1", "3", "3.2", "5", "5.5", "7", "8", "9"}));
        QCOMPARE(c.amounts.at(6).after - c.amounts.at(6).before, 1263200 - 1560200);
        QVERIFY(c.settings.isEmpty());
        // The copy's indirect costs lowered to 5 %: said as a setting, beside the amounts.
        BudgetVersion lowered = copy.version;
        lowered.indirectPct = dec("5");
        QVERIFY(commands::editBudgetVersion(*m_store, lowered).ok());
        const BudgetComparison withRate = BudgetCompare::compare(loaded(*id), loaded(*copyId));
        QCOMPARE(withRate.settings.size(), 1);
        QCOMPARE(withRate.settings.at(0).name, "Indirect costs");
        QCOMPARE(withRate.settings.at(0).before, "7 %");
        QCOMPARE(withRate.settings.at(0).after, "5 %");

        // Every step undoes: back to the submitted version alone.
        while (m_store->undoStack()->index() > 3)
            m_store->undoStack()->undo();
        QVERIFY(!BudgetRepository(m_store->database().connection()).load(*copyId).ok());
    }

    void versionNamesAndStates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("templateCode");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("error");
        QTest::newRow("fine") << "Final"
                              << "draft"
                              << "eu-prag"
                              << "EUR"
                              << "";
        QTest::newRow("empty name") << " "
                                    << "draft"
                                    << "eu-prag"
                                    << "EUR"
                                    << "Give the budget";
        QTest::newRow("taken name") << "DRAFT 1"
                                    << "draft"
                                    << "eu-prag"
                                    << "EUR"
                                    << "already has";
        QTest::newRow("state") << "X"
                               << "approved"
                               << "eu-prag"
                               << "EUR"
                               << "not a state";
        QTest::newRow("template") << "X"
                                  << "draft"
                                  << "eu"
                                  << "EUR"
                                  << "not a budget template";
        QTest::newRow("currency") << "X"
                                  << "draft"
                                  << "eu-prag"
                                  << "EURO"
                                  << "not an ISO 4217";
    }

    void versionNamesAndStates()
    {
        QVERIFY(commands::addBudgetVersion(*m_store, draft()).ok());
        BudgetVersion v = draft();
        QFETCH(QString, name);
        QFETCH(QString, state);
        QFETCH(QString, templateCode);
        QFETCH(QString, currency);
        QFETCH(QString, error);
        v.name = name;
        v.state = state;
        v.templateCode = templateCode;
        v.currency = currency;
        const auto added = commands::addBudgetVersion(*m_store, v);
        QCOMPARE(added.ok(), error.isEmpty());
        QVERIFY2(added.message().contains(error), qPrintable(added.message()));
    }

    void exchangeRates()
    {
        ExchangeRateRepository rates(m_store->database().connection());
        QCOMPARE(rates.all()->size(), 3);
        // The same pair, date and source takes the new rate, exactly as written.
        const auto put = commands::putExchangeRates(
            *m_store,
            {{0, "KZT", "EUR", dec("0.0017825"), QDate(2026, 11, 1), "InforEuro"},
             {0, "TJS", "EUR", dec("0.0839"), QDate(2026, 11, 1), "InforEuro"}},
            "import");
        QCOMPARE(*put, 1);
        auto all = *rates.all();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).from, "KZT");
        QCOMPARE(all.at(0).rate.toString(), "0.0017825");
        m_store->undoStack()->undo();
        all = *rates.all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).rate.toString(), "0.00178");
        m_store->undoStack()->redo();
        QCOMPARE(rates.all()->size(), 4);

        const auto bad = commands::putExchangeRates(
            *m_store, {{0, "EUR", "EUR", dec("1"), QDate(2026, 11, 1), ""}}, "x");
        QVERIFY(!bad.ok());
        QVERIFY(!commands::putExchangeRates(
                     *m_store, {{0, "USD", "EUR", dec("0"), QDate(2026, 11, 1), ""}}, "x")
                     .ok());
        const qint64 id = rates.all()->at(0).id;
        QVERIFY(commands::removeExchangeRates(*m_store, {id}).ok());
        QCOMPARE(rates.all()->size(), 3);
        m_store->undoStack()->undo();
        QCOMPARE(rates.all()->at(0).id, id);
    }

    // A submitted version keeps the rates it was converted at; a later rate changes drafts only.
    void lockedVersionKeepsItsRates()
    {
        const auto id = commands::addBudgetVersion(*m_store, draft());
        QVERIFY(id.ok());
        BudgetVersion header = loaded(*id).version;
        header.state = "submitted";
        QVERIFY(commands::editBudgetVersion(*m_store, header).ok());
        QCOMPARE(loaded(*id).version.keptRates.size(), 2); // KZT and USD of 1 November
        QVERIFY(!commands::removeBudgetVersion(*m_store, *id).ok());
        const auto copy = commands::copyBudgetVersion(*m_store, *id, "Revised");
        QVERIFY(copy.ok());
        QVERIFY(loaded(*copy).version.keptRates.isEmpty());
        // A rate of 10 November for KZT: 5 400 000.00 KZT × 0.0019 = 10 260.00 in the draft.
        QVERIFY(commands::putExchangeRates(
                    *m_store, {{0, "KZT", "EUR", dec("0.0019"), QDate(2026, 11, 10), "NBK"}}, "r")
                    .ok());
        QCOMPARE(loaded(*copy).result.lines.at(0).convertedMinor, 1026000);
        QCOMPARE(loaded(*id).result.lines.at(0).convertedMinor, 961200);
        QCOMPARE(loaded(*id).result.total("9"), 1669414);
        // Back to draft (revised), it converts at today's table again.
        header = loaded(*id).version;
        header.state = "revised";
        QVERIFY(commands::editBudgetVersion(*m_store, header).ok());
        QVERIFY(loaded(*id).version.keptRates.isEmpty());
        QCOMPARE(loaded(*id).result.lines.at(0).convertedMinor, 1026000);
        // Undo: submitted again, with its rates.
        m_store->undoStack()->undo();
        QCOMPARE(loaded(*id).result.lines.at(0).convertedMinor, 961200);
    }

    // The older EU layout's 12 Taxes takes lines; a heading with sub-headings does not; a
    // pasted "2,5" is 2.5 where the user writes decimal commas.
    void importedHeadingsAndDecimalCommas()
    {
        const auto layout = BudgetTemplate::find("eu-prag-legacy");
        const QHash<QString, qint64> acronyms{{"zhb", m_proposal.members.at(0).id}};
        const auto table = CsvReader::parse("category\tpartner\tquantity\tunit_cost\tcurrency\n"
                                            "12\tZhB\t2,5\t1 000,50\tEUR\n"
                                            "1.1\tZhB\t1\t1\tEUR\n");
        QVERIFY(table.ok());
        const BudgetImportPreview russian =
            BudgetImporter::preview(*table, *layout, m_proposal, acronyms, true);
        QCOMPARE(russian.problems.size(), 1);
        QCOMPARE(russian.problems.at(0).line, 3);
        QVERIFY(russian.problems.at(0).message.contains("sub-headings"));
        const BudgetImportPreview english =
            BudgetImporter::preview(*table, *layout, m_proposal, acronyms);
        QCOMPARE(english.problems.size(), 3); // 2,5 and 1 000,50 are no numbers there
        BudgetVersion version = draft();
        version.templateCode = "eu-prag-legacy";
        version.lines = {line("12", 0, "2.5", 100050, "EUR", "VAT")};
        const auto id = commands::addBudgetVersion(*m_store, version);
        QVERIFY(id.ok());
        // 2.5 × 1 000.50 = 2 501.25 under 12 Taxes, outside the eligible costs.
        QCOMPARE(loaded(*id).result.total("12"), 250125);
        QCOMPARE(loaded(*id).result.total("11"), 0);
    }

    // Shares as amounts in the line's currency, converted like the line; the partner's own
    // takes the rest: 12 × 450 000.00 KZT = 5 400 000.00 KZT × 0.00178 = 9 612.00 EUR, of
    // which 3 000 000.00 KZT (5 340.00) from the donor and 400 000.00 KZT (712.00) in kind.
    void sharesAsAmounts()
    {
        const auto layout = BudgetTemplate::find("eu-prag");
        const QHash<QString, qint64> acronyms{{"zhb", m_proposal.members.at(0).id}};
        const auto table = CsvReader::parse(
            "category,partner,quantity,unit_cost,currency,donor_amount,in_kind_amount,donor_pct\n"
            "1.1.1,ZhB,12,450000,KZT,3000000,400000,\n"
            "1.1.1,ZhB,1,100,KZT,50,,90\n"
            "1.1.1,ZhB,1,100,KZT,150,,\n");
        QVERIFY(table.ok());
        const BudgetImportPreview preview =
            BudgetImporter::preview(*table, *layout, m_proposal, acronyms);
        QCOMPARE(preview.problems.size(), 2);
        QCOMPARE(preview.problems.at(0).column, "donor_amount");    // both ways at once
        QVERIFY(preview.problems.at(1).message.contains("exceed")); // more than the line
        BudgetVersion v = draft();
        BudgetLine l = line("1.1.1", 0, "12", 45000000, "KZT", "Coordinator");
        QVERIFY(FundingShares::setAmount(l, FundingShares::Share::Donor, 300000000).ok());
        QVERIFY(FundingShares::setAmount(l, FundingShares::Share::InKind, 40000000).ok());
        v.lines = {l};
        const auto id = commands::addBudgetVersion(*m_store, v);
        QVERIFY(id.ok());
        const LoadedBudget b = loaded(*id);
        QVERIFY(b.version.lines.at(0).sharesAsAmounts);
        QCOMPARE(b.result.lines.at(0).convertedMinor, 961200);
        QCOMPARE(b.result.bySource.value("donor"), 534000);
        QCOMPARE(b.result.bySource.value("in_kind"), 71200);
        QCOMPARE(b.result.bySource.value("own"), 961200 - 534000 - 71200);
    }

    // The proposal's eligibility check carries the newest version's rules.
    void eligibilityIncludesBudget()
    {
        QVERIFY(commands::addBudgetVersion(*m_store, draft()).ok());
        BudgetVersion second = draft();
        second.name = "Draft 2";
        second.lines[0].period = 4; // beyond 36 months
        QVERIFY(commands::addBudgetVersion(*m_store, second).ok());
        const auto context = loadProposalContext(m_store->database().connection(), m_proposal.id);
        const auto results =
            checkProposal(*context, m_store->database().connection(), Clock::nowUtc());
        QVERIFY(results.ok());
        const auto years = std::find_if(results->cbegin(), results->cend(), [](const auto &r) {
            return r.rule ==
                   QStringLiteral("Budget “Draft 2”: Every line within the proposal's years");
        });
        QVERIFY(years != results->cend());
        QVERIFY(!years->passed);
    }
};

QTEST_GUILESS_MAIN(TestBudgets)
#include "TestBudgets.moc"
