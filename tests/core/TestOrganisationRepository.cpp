// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/OrganisationCommands.h"
#include "core/storage/DuplicateFinder.h"
#include "core/storage/OrganisationQuery.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/Sql.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;

namespace {

Organisation organisation(const QString &name, const QString &latin, const QString &acronym,
                          const QString &country = "KZ")
{
    Organisation o;
    o.name = name;
    o.nameLatin = latin;
    o.acronym = acronym;
    o.type = "cso";
    o.country = country;
    o.city = "Almaty";
    o.themes = {"climate_change"};
    o.networks = {"Regional CSO network on climate change"};
    o.staff = 12;
    o.annualTurnoverMinor = 8500000000;
    o.turnoverCurrency = "KZT";
    o.auditedAccounts = true;
    o.contacts = {{0,
                   {},
                   "Айгерим Нурланова",
                   "Director",
                   "a@zhasyl.example.kz",
                   "+7 727 300 0101",
                   "+7 701 000 0000",
                   "@aigerim",
                   {}}};
    o.engagements = {{0, {}, "consultation", QDate(2025, 3, 12), {}, "National consultation", {}}};
    return o;
}

qint64 scalar(Store &store, const QString &sql, const QVariantList &values = {})
{
    return Sql::scalar(store.database().connection(), sql, values)->toLongLong();
}

} // namespace

class TestOrganisationRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init()
    {
        auto store = Store::create(
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate()) + ".hamkor"));
        QVERIFY2(store.ok(), qPrintable(store.message()));
        m_store = std::move(store).value();
    }
    void cleanup() { m_store.reset(); }

    // A file from before format 4 has partners without search rows or duplicate keys; the
    // upgrade fills both in, so that the old partners are found and duplicates caught.
    void upgradeFromFormat3IndexesOldPartners()
    {
        const auto id = commands::addOrganisation(
            *m_store, organisation("Общественный фонд «Жасыл Болашақ»",
                                   "Public Foundation Zhasyl Bolashak", "ZhB"));
        QVERIFY(id.ok());
        const QString path = m_store->path();
        const QStringList downgrade = {"DROP TABLE budget_version_rates", // format 6
                                       "DROP TABLE organisations_search",
                                       "DROP INDEX organisations_name_key",
                                       "DROP INDEX organisations_name_latin_key",
                                       "DROP INDEX organisations_website_domain",
                                       "DROP INDEX organisations_registration_key",
                                       "ALTER TABLE organisations DROP COLUMN name_key",
                                       "ALTER TABLE organisations DROP COLUMN name_latin_key",
                                       "ALTER TABLE organisations DROP COLUMN website_domain",
                                       "ALTER TABLE organisations DROP COLUMN registration_key",
                                       "PRAGMA user_version = 3"};
        for (const QString &statement : downgrade)
            QVERIFY2(Sql::exec(m_store->database().connection(), statement).ok(),
                     qPrintable(statement));
        m_store.reset();

        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        m_store = std::move(store).value();
        QCOMPARE(scalar(*m_store, "SELECT count(*) FROM organisations_search"), 1);
        QCOMPARE(scalar(*m_store, "SELECT count(*) FROM organisations WHERE name_key = ''"), 0);
        OrganisationQuery query(m_store->database().connection());
        query.setFilter({"Bolashak", {}, {}, {}, {}});
        QCOMPARE(*query.count(), 1);
        query.setFilter({"Жасыл", {}, {}, {}, {}});
        QCOMPARE(*query.count(), 1);
    }

    void addLoadEditUndo()
    {
        const Organisation original = organisation("Общественный фонд «Жасыл Болашақ»",
                                                   "Public Foundation Zhasyl Bolashak", "ZhB");
        const auto id = commands::addOrganisation(*m_store, original);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        OrganisationRepository repository(m_store->database().connection());
        auto loaded = repository.load(*id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->name, original.name);
        QCOMPARE(loaded->networks, original.networks);
        QCOMPARE(loaded->annualTurnoverMinor, original.annualTurnoverMinor);
        QCOMPARE(loaded->contacts.size(), 1);
        QCOMPARE(loaded->contacts.constFirst().telegram, "@aigerim");
        QCOMPARE(loaded->engagements.constFirst().started, QDate(2025, 3, 12));
        const qint64 contactId = loaded->contacts.constFirst().id;

        Organisation edited = *loaded;
        edited.city = "Astana";
        edited.contacts.first().position = "Chair";
        edited.contacts.append({0, {}, "Finance officer", "Finance", {}, {}, {}, {}, {}});
        edited.engagements.append({0, {}, "event", QDate(2026, 5, 1), {}, "Forum", {}});
        QVERIFY(commands::editOrganisation(*m_store, edited).ok());
        loaded = repository.load(*id);
        QCOMPARE(loaded->city, "Astana");
        QCOMPARE(loaded->contacts.size(), 2);
        QCOMPARE(loaded->contacts.constFirst().id, contactId); // kept its id
        QCOMPARE(loaded->contacts.constFirst().position, "Chair");
        QCOMPARE(loaded->engagements.size(), 2);
        QCOMPARE(loaded->engagements.constFirst().title, "Forum"); // latest first

        // Removing a contact in an edit, then undoing, brings it back under its own id.
        Organisation fewer = *loaded;
        fewer.contacts.removeFirst();
        QVERIFY(commands::editOrganisation(*m_store, fewer).ok());
        QCOMPARE(repository.load(*id)->contacts.size(), 1);
        m_store->undoStack()->undo();
        QCOMPARE(repository.load(*id)->contacts.size(), 2);
        QCOMPARE(repository.load(*id)->contacts.constFirst().id, contactId);
        m_store->undoStack()->undo();
        QCOMPARE(repository.load(*id)->city, "Almaty");
        QCOMPARE(repository.load(*id)->contacts.size(), 1);
        m_store->undoStack()->undo();
        QVERIFY(!repository.load(*id).ok());
        QCOMPARE(scalar(*m_store, "SELECT count(*) FROM contacts"), 0);
        m_store->undoStack()->redo();
        QCOMPARE(repository.load(*id)->contacts.size(), 1);
    }

    void findsNamesInAnyScript_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("found");
        QTest::addRow("cyrillic prefix") << "жасыл" << 1;
        QTest::addRow("latin spelling of the cyrillic name") << "zhasyl bol" << 1;
        QTest::addRow("latin name") << "Bolashak" << 1;
        QTest::addRow("acronym") << "ZhB" << 1;
        QTest::addRow("city") << "almaty" << 2;
        QTest::addRow("tajik letters") << "ҳаёт" << 1;
        QTest::addRow("tajik in latin") << "hayot" << 1;
        QTest::addRow("nothing") << "qwertyuiop" << 0;
    }
    void findsNamesInAnyScript()
    {
        QFETCH(QString, text);
        QFETCH(int, found);
        QVERIFY(commands::addOrganisations(*m_store,
                                           {organisation("Жасыл Болашақ", "Zhasyl Bolashak", "ZhB"),
                                            organisation("Обу Ҳаёт", "Obu Hayot", "ObuH", "TJ")},
                                           "test")
                    .ok());
        OrganisationQuery query(m_store->database().connection());
        query.setFilter({text, {}, {}, {}, {}});
        QCOMPARE(*query.count(), found);
    }

    void filters()
    {
        Organisation academic =
            organisation("Таджикский технический университет", "TTU", "TTU", "TJ");
        academic.type = "academic";
        academic.themes = {"clean_energy"};
        academic.networks = {"Academic community network"};
        QVERIFY(commands::addOrganisations(
                    *m_store, {organisation("Жасыл Болашақ", "Zhasyl Bolashak", "ZhB"), academic},
                    "test")
                    .ok());
        OrganisationQuery query(m_store->database().connection());
        query.setFilter({{}, "academic", {}, {}, {}});
        QCOMPARE(*query.count(), 1);
        query.setFilter({{}, {}, "KZ", {}, {}});
        QCOMPARE(query.all()->constFirst().acronym, "ZhB");
        query.setFilter({{}, {}, {}, "clean_energy", {}});
        QCOMPARE(query.all()->constFirst().acronym, "TTU");
        query.setFilter({{}, {}, {}, {}, "Academic community network"});
        QCOMPARE(*query.count(), 1);
        QCOMPARE(*query.networks(), QStringList({"Academic community network",
                                                 "Regional CSO network on climate change"}));
        query.setFilter({});
        query.setSort(OrganisationSort::Country, false);
        QCOMPARE(query.all()->constFirst().country, "TJ");
        QCOMPARE(query.all()->constLast().lastEngagement, QDate(2025, 3, 12));
    }

    void duplicates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("latin");
        QTest::addColumn<QString>("registration");
        QTest::addColumn<QString>("website");
        QTest::addColumn<QString>("reason");
        QTest::addRow("latin spelling") << "Zhasyl Bolashak Public Foundation"
                                        << ""
                                        << ""
                                        << ""
                                        << "same name";
        QTest::addRow("quotes and legal form") << "ОФ \"Жасыл болашак\""
                                               << ""
                                               << ""
                                               << ""
                                               << "same name";
        QTest::addRow("registration number") << "Другое имя"
                                             << ""
                                             << "БИН 140 540 012 345"
                                             << ""
                                             << "registration number";
        QTest::addRow("website domain") << "Other"
                                        << ""
                                        << ""
                                        << "http://WWW.zhasyl.example.kz/en"
                                        << "same website";
        QTest::addRow("different") << "Арал Тынысы"
                                   << "Aral Tynysy"
                                   << ""
                                   << ""
                                   << "";
    }
    void duplicates()
    {
        QFETCH(QString, name);
        QFETCH(QString, latin);
        QFETCH(QString, registration);
        QFETCH(QString, website);
        QFETCH(QString, reason);
        Organisation existing = organisation("Общественный фонд «Жасыл Болашақ»", "", "ZhB");
        existing.registrationNumber = "BIN 140540012345";
        existing.website = "https://zhasyl.example.kz";
        const auto id = commands::addOrganisation(*m_store, existing);
        QVERIFY(id.ok());
        Organisation candidate = organisation(name, latin, "X");
        candidate.registrationNumber = registration;
        candidate.website = website;
        const auto matches = DuplicateFinder(m_store->database().connection()).find(candidate);
        QVERIFY(matches.ok());
        if (reason.isEmpty()) {
            QVERIFY(matches->isEmpty());
            return;
        }
        QCOMPARE(matches->size(), 1);
        QCOMPARE(matches->constFirst().id, *id);
        QVERIFY2(matches->constFirst().reason.contains(reason),
                 qPrintable(matches->constFirst().reason));
        // Editing the organisation itself is no duplicate of itself.
        QVERIFY(DuplicateFinder(m_store->database().connection()).find(existing, *id)->isEmpty());
    }

    void deletingAConsortiumMemberIsRefused()
    {
        const auto id = commands::addOrganisation(*m_store, organisation("Жасыл", "", "ZhB"));
        const QString now = Clock::nowStamp();
        QVERIFY(
            Sql::exec(m_store->database().connection(),
                      "INSERT INTO proposals (uuid, acronym, title, currency, template, status, "
                      "created_at, modified_at) VALUES ('p', 'STEPPE', 'S', 'EUR', 'eu-prag', "
                      "'concept_note', ?, ?)",
                      {now, now})
                .ok());
        QVERIFY(
            Sql::exec(m_store->database().connection(),
                      "INSERT INTO consortium_members (uuid, proposal_id, organisation_id, role, "
                      "modified_at) VALUES ('m', 1, ?, 'lead', ?)",
                      {*id, now})
                .ok());
        const auto removed = commands::removeOrganisations(*m_store, {*id});
        QVERIFY(!removed.ok());
        QVERIFY2(removed.message().contains("STEPPE"), qPrintable(removed.message()));
    }

    void mergeMovesEverythingAndUndoes()
    {
        const QString now = Clock::nowStamp();
        const auto keep =
            commands::addOrganisation(*m_store, organisation("Жасыл Болашақ", "", "ZhB"));
        Organisation other = organisation("Zhasyl Bolashak", "Zhasyl Bolashak", "ZB");
        other.themes = {"biodiversity"};
        other.website = "https://zhasyl.example.kz";
        other.contacts.first().name = "Second person";
        const auto remove = commands::addOrganisation(*m_store, other);
        QVERIFY(keep.ok() && remove.ok());
        auto db = m_store->database().connection();
        // Two proposals: one with both (the other's budget line moves), one with the other only.
        for (const char *acronym : {"BOTH", "ONLY"})
            QVERIFY(
                Sql::exec(db,
                          "INSERT INTO proposals (uuid, acronym, title, currency, template, "
                          "status, created_at, modified_at) VALUES (?, ?, 'T', 'EUR', "
                          "'eu-prag', 'concept_note', ?, ?)",
                          {QString::fromLatin1(acronym), QString::fromLatin1(acronym), now, now})
                    .ok());
        const auto member = [&](int proposal, qint64 organisationId, const char *uuid) {
            return Sql::scalar(db,
                               "INSERT INTO consortium_members (uuid, proposal_id, "
                               "organisation_id, role, modified_at) VALUES (?, ?, ?, "
                               "'co-applicant', ?) RETURNING id",
                               {QString::fromLatin1(uuid), proposal, organisationId, now})
                ->toLongLong();
        };
        const qint64 keptMember = member(1, *keep, "m1");
        const qint64 removedMember = member(1, *remove, "m2");
        member(2, *remove, "m3");
        QVERIFY(Sql::exec(db,
                          "INSERT INTO budget_versions (uuid, proposal_id, name, state, "
                          "template, currency, rate_date, created_at, modified_at) VALUES "
                          "('v', 1, 'Draft', 'draft', 'eu-prag', 'EUR', '2026-11-01', ?, ?)",
                          {now, now})
                    .ok());
        QVERIFY(Sql::exec(db,
                          "INSERT INTO budget_lines (uuid, version_id, category_code, member_id, "
                          "quantity, unit_cost_minor, currency, modified_at) VALUES ('l', 1, "
                          "'1.1.1', ?, '12', 100000, 'EUR', ?)",
                          {removedMember, now})
                    .ok());

        QVERIFY(commands::mergeOrganisations(*m_store, *keep, *remove).ok());
        OrganisationRepository repository(db);
        const auto merged = repository.load(*keep);
        QCOMPARE(merged->contacts.size(), 2);
        QCOMPARE(merged->engagements.size(), 2);
        QCOMPARE(merged->themes, QStringList({"biodiversity", "climate_change"}));
        QCOMPARE(merged->website, "https://zhasyl.example.kz");
        QVERIFY(!repository.load(*remove).ok());
        QCOMPARE(scalar(*m_store, "SELECT member_id FROM budget_lines"), keptMember);
        QCOMPARE(scalar(*m_store,
                        "SELECT count(*) FROM consortium_members WHERE organisation_id = ?",
                        {*keep}),
                 2);
        QCOMPARE(scalar(*m_store, "SELECT count(*) FROM consortium_members"), 2);

        m_store->undoStack()->undo();
        QCOMPARE(repository.load(*remove)->contacts.constFirst().name, "Second person");
        QCOMPARE(repository.load(*keep)->contacts.size(), 1);
        QCOMPARE(repository.load(*keep)->themes, QStringList({"climate_change"}));
        QCOMPARE(scalar(*m_store, "SELECT member_id FROM budget_lines"), removedMember);
        QCOMPARE(scalar(*m_store,
                        "SELECT count(*) FROM consortium_members WHERE organisation_id = ?",
                        {*remove}),
                 2);
        QCOMPARE(Sql::scalar(db, "PRAGMA foreign_key_check")->isNull(), true);
        m_store->undoStack()->redo();
        QVERIFY(!repository.load(*remove).ok());
        QCOMPARE(repository.load(*keep)->contacts.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOrganisationRepository)
#include "TestOrganisationRepository.moc"
