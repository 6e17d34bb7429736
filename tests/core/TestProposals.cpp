// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/commands/OrganisationCommands.h"
#include "core/commands/ProposalCommands.h"
#include "core/domain/Eligibility.h"
#include "core/storage/CallRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProposalQuery.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/Sql.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;

class TestProposals : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QHash<QString, qint64> m_organisations; // acronym → id
    qint64 m_call = 0;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);

    Organisation organisation(const QString &acronym, const QString &type, const QString &country)
    {
        Organisation o;
        o.name = QStringLiteral("Организация ") + acronym;
        o.acronym = acronym;
        o.type = type;
        o.country = country;
        return o;
    }

    Proposal proposal(const QString &acronym)
    {
        Proposal p;
        p.acronym = acronym;
        p.title = "Steppe communities adapting to climate change";
        p.callId = m_call;
        p.themes = {"climate_change"};
        p.countries = {"KZ", "KG"};
        p.start = QDate(2027, 9, 1);
        p.durationMonths = 36;
        p.members = {{0, {}, m_organisations["ZhB"], "lead", 0, 0, "Coordination", 0},
                     {0, {}, m_organisations["TS"], "co-applicant", 0, 0, {}, 1},
                     {0, {}, m_organisations["AFF"], "affiliated", -2, 0, {}, 2},
                     {0, {}, m_organisations["ASSO"], "associate", 0, 0, {}, 3}};
        return p;
    }

    QHash<qint64, Organisation> organisations()
    {
        QHash<qint64, Organisation> all;
        for (const QString &acronym : m_organisations.keys()) {
            Organisation o = organisation(acronym, acronym == "UNI" ? "academic" : "cso",
                                          acronym == "DE1" ? "DE" : "KZ");
            o.id = m_organisations.value(acronym);
            all.insert(o.id, o);
        }
        return all;
    }

private Q_SLOTS:
    void init()
    {
        Clock::setSource([this] { return m_now; });
        auto store = Store::create(
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate()) + ".hamkor"));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        m_organisations.clear();
        for (const QString acronym : {"ZhB", "TS", "AFF", "ASSO", "UNI", "DE1"}) {
            const auto id = commands::addOrganisation(
                *m_store, organisation(acronym, acronym == "UNI" ? "academic" : "cso",
                                       acronym == "DE1" ? "DE" : "KZ"));
            QVERIFY(id.ok());
            m_organisations.insert(acronym, *id);
        }
        Call call;
        call.title = "Civil society for climate resilience";
        call.donor = "European Union";
        call.themes = {"climate_change", "iwrm"};
        call.countries = {"KZ", "KG"};
        call.applicantTypes = {"cso"};
        call.minDurationMonths = 24;
        call.maxDurationMonths = 48;
        call.maxPartners = 5;
        call.deadlineDate = QDate(2027, 2, 12);
        call.deadlineTime = QTime(16, 0);
        call.deadlineZone = "Europe/Brussels";
        const auto callId = commands::addCall(*m_store, call);
        QVERIFY(callId.ok());
        m_call = *callId;
    }
    void cleanup()
    {
        m_store.reset();
        Clock::setSource({});
    }

    void consortiumChecklistAndUndo()
    {
        const auto id = commands::addProposal(*m_store, proposal("STEPPE"));
        QVERIFY2(id.ok(), qPrintable(id.message()));
        ProposalRepository repository(m_store->database().connection());
        auto loaded = repository.load(*id);
        QCOMPARE(loaded->members.size(), 4);
        // The affiliated entity is tied to the co-applicant saved in the same step.
        QCOMPARE(loaded->members.at(2).affiliatedTo, loaded->members.at(1).id);
        // The default PRAG checklist: a mandate from the co-applicant, the affiliated
        // entity's statement, then the items for the whole submission.
        QVERIFY(loaded->checklist.size() >= 7);
        QCOMPARE(loaded->checklist.at(0).title, "Mandate from TS");
        QCOMPARE(loaded->checklist.at(0).ownerMemberId, loaded->members.at(1).id);
        QCOMPARE(loaded->history.size(), 1);

        Proposal edited = *loaded;
        edited.status = "full_proposal";
        edited.members.removeLast(); // the associate leaves
        edited.checklist[0].state = "received";
        QVERIFY(commands::editProposal(*m_store, edited).ok());
        loaded = repository.load(*id);
        QCOMPARE(loaded->members.size(), 3);
        QCOMPARE(loaded->checklist.at(0).state, "received");
        QCOMPARE(loaded->history.size(), 2);
        m_store->undoStack()->undo();
        loaded = repository.load(*id);
        QCOMPARE(loaded->members.size(), 4);
        QCOMPARE(loaded->status, "concept_note");
        QCOMPARE(loaded->history.size(), 1);
        m_store->undoStack()->undo();
        QVERIFY(!repository.load(*id).ok());
        m_store->undoStack()->redo();
        QCOMPARE(repository.load(*id)->members.size(), 4);
    }

    // Undo brings back what a step cut in cascade: a deleted proposal's budget, and the
    // partner of budget lines whose partner an edit removed.
    void undoBringsBackTheBudget()
    {
        const auto id = commands::addProposal(*m_store, proposal("STEPPE"));
        QVERIFY(id.ok());
        ProposalRepository repository(m_store->database().connection());
        const Proposal stored = *repository.load(*id);
        const qint64 associate = stored.members.at(3).id;
        const QStringList budget = {
            "INSERT INTO budget_versions (id, uuid, proposal_id, name, state, template, "
            "currency, rate_date, created_at, modified_at) VALUES (70, 'v-uuid', " +
                QString::number(*id) +
                ", 'Draft 1', 'draft', 'eu-prag', 'EUR', '2026-11-01', 'now', 'now')",
            "INSERT INTO budget_categories (id, uuid, version_id, code, name, modified_at) "
            "VALUES (71, 'c-uuid', 70, '1.1.1', 'Technical', 'now')",
            "INSERT INTO budget_lines (id, uuid, version_id, category_code, description, "
            "member_id, quantity, unit_cost_minor, currency, modified_at) VALUES (72, 'l-uuid', "
            "70, '1.1.1', 'Field officer', " +
                QString::number(associate) + ", '12', 250000, 'EUR', 'now')"};
        for (const QString &statement : budget)
            QVERIFY2(Sql::exec(m_store->database().connection(), statement).ok(),
                     qPrintable(statement));
        const auto lineMember = [this] {
            return Sql::scalar(m_store->database().connection(),
                               "SELECT member_id FROM budget_lines WHERE id = 72")
                ->toLongLong();
        };
        const auto count = [this](const char *table) {
            return Sql::scalar(m_store->database().connection(),
                               QString("SELECT count(*) FROM %1").arg(table))
                ->toInt();
        };

        Proposal edited = stored;
        edited.members.removeLast(); // the associate leaves, and its line has no partner
        QVERIFY(commands::editProposal(*m_store, edited).ok());
        QCOMPARE(lineMember(), 0);
        m_store->undoStack()->undo();
        QCOMPARE(lineMember(), associate);
        m_store->undoStack()->redo();
        QCOMPARE(lineMember(), 0);
        m_store->undoStack()->undo();
        QCOMPARE(lineMember(), associate);

        QVERIFY(commands::removeProposals(*m_store, {*id}).ok());
        QCOMPARE(count("budget_lines"), 0);
        m_store->undoStack()->undo();
        QCOMPARE(count("budget_versions"), 1);
        QCOMPARE(count("budget_categories"), 1);
        QCOMPARE(count("budget_lines"), 1);
        QCOMPARE(lineMember(), associate);
        QCOMPARE(Sql::scalar(m_store->database().connection(),
                             "SELECT uuid FROM budget_lines WHERE id = 72")
                     ->toString(),
                 "l-uuid");
        m_store->undoStack()->redo();
        QCOMPARE(count("budget_versions"), 0);
        m_store->undoStack()->undo();
        QCOMPARE(count("budget_lines"), 1);
    }

    // Removing a partner's contact unlinks it from the consortium; undo links it again.
    void undoBringsBackTheContactPerson()
    {
        const qint64 ts = m_organisations["TS"];
        Organisation partner = *OrganisationRepository(m_store->database().connection()).load(ts);
        partner.contacts = {{0, {}, "Dilnoza Karimova", "Director", {}, {}, {}, {}, {}}};
        QVERIFY(commands::editOrganisation(*m_store, partner).ok());
        partner = *OrganisationRepository(m_store->database().connection()).load(ts);
        const qint64 contact = partner.contacts.constFirst().id;
        Proposal p = proposal("STEPPE");
        p.members[1].contactId = contact;
        const auto id = commands::addProposal(*m_store, p);
        QVERIFY(id.ok());
        ProposalRepository repository(m_store->database().connection());
        QCOMPARE(repository.load(*id)->members.at(1).contactId, contact);

        Organisation without = partner;
        without.contacts.clear();
        QVERIFY(commands::editOrganisation(*m_store, without).ok());
        QCOMPARE(repository.load(*id)->members.at(1).contactId, 0);
        m_store->undoStack()->undo();
        QCOMPARE(repository.load(*id)->members.at(1).contactId, contact);
        m_store->undoStack()->redo();
        QCOMPARE(repository.load(*id)->members.at(1).contactId, 0);
        m_store->undoStack()->undo();
        QCOMPARE(repository.load(*id)->members.at(1).contactId, contact);
    }

    void acronymsAreUnique()
    {
        QVERIFY(commands::addProposal(*m_store, proposal("STEPPE")).ok());
        const auto twice = commands::addProposal(*m_store, proposal("steppe"));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.message().contains("already called"), qPrintable(twice.message()));
        QCOMPARE(Sql::scalar(m_store->database().connection(), "SELECT count(*) FROM proposals")
                     ->toInt(),
                 1);
        ProposalQuery query(m_store->database().connection());
        query.setFilter({"step", {}});
        QCOMPARE(query.all()->constFirst().leadName, QStringLiteral("Организация ZhB"));
        QCOMPARE(query.all()->constFirst().partners, 4);
    }

    void eligibility_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("passed");
        QTest::addRow("as drafted") << ""
                                    << "Lead applicant's type" << true;
        QTest::addRow("no lead") << "no lead"
                                 << "One lead applicant" << false;
        QTest::addRow("two leads") << "two leads"
                                   << "One lead applicant" << false;
        QTest::addRow("partner twice") << "twice"
                                       << "Each partner once" << false;
        QTest::addRow("affiliated untied") << "untied"
                                           << "Affiliated entities tied to an applicant" << false;
        QTest::addRow("academic lead") << "academic lead"
                                       << "Lead applicant's type" << false;
        QTest::addRow("co-applicant abroad") << "abroad"
                                             << "Co-applicants' countries" << false;
        QTest::addRow("too many partners") << "crowd"
                                           << "Number of partners" << false;
        QTest::addRow("too long") << "long"
                                  << "Duration" << false;
        QTest::addRow("too short") << "short"
                                   << "Duration" << false;
        QTest::addRow("no shared theme") << "themes"
                                         << "Thematic areas" << false;
        QTest::addRow("deadline passed") << "late"
                                         << "Call still open" << false;
        QTest::addRow("awarded after the deadline") << "awarded late"
                                                    << "Call still open" << true;
        QTest::addRow("open in Brussels") << ""
                                          << "Call still open" << true;
    }
    void eligibility()
    {
        QFETCH(QString, change);
        QFETCH(QString, rule);
        QFETCH(bool, passed);
        Proposal p = proposal("CHECK");
        for (qsizetype i = 0; i < p.members.size(); ++i)
            p.members[i].id = 100 + i;
        p.members[2].affiliatedTo = 101;
        QDateTime now = m_now;
        if (change == "no lead")
            p.members[0].role = "co-applicant";
        else if (change == "two leads")
            p.members[1].role = "lead";
        else if (change == "twice")
            p.members[3].organisationId = p.members[0].organisationId;
        else if (change == "untied")
            p.members[2].affiliatedTo = 0;
        else if (change == "academic lead")
            p.members[0].organisationId = m_organisations["UNI"];
        else if (change == "abroad")
            p.members[1].organisationId = m_organisations["DE1"];
        else if (change == "crowd")
            for (int i = 0; i < 2; ++i)
                p.members.append(
                    {200 + i, {}, m_organisations[i ? "UNI" : "DE1"], "associate", 0, 0, {}, 9});
        else if (change == "long")
            p.durationMonths = 60;
        else if (change == "short")
            p.durationMonths = 12;
        else if (change == "themes")
            p.themes = {"chemical_safety"};
        else if (change == "late")
            now = QDateTime(QDate(2027, 2, 12), QTime(15, 30), Qt::UTC); // 16:30 in Brussels
        else if (change == "awarded late") {
            now = QDateTime(QDate(2027, 9, 1), QTime(9, 0), Qt::UTC);
            p.status = "in_implementation";
        }
        const auto call = CallRepository(m_store->database().connection()).load(m_call);
        const QList<EligibilityResult> results = Eligibility::check(p, *call, organisations(), now);
        bool found = false;
        for (const EligibilityResult &result : results) {
            if (result.rule != rule)
                continue;
            found = true;
            QVERIFY2(result.passed == passed, qPrintable(result.detail));
            QVERIFY(!result.detail.isEmpty());
        }
        QVERIFY2(found, qPrintable(rule));
        QCOMPARE(Eligibility::allPassed(results), change.isEmpty() || change == "awarded late");
    }
};

QTEST_GUILESS_MAIN(TestProposals)
#include "TestProposals.moc"
