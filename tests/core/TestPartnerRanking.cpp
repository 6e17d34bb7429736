// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/storage/PartnerRanking.h"
#include "core/storage/Sql.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hamkor::core;

namespace {

const QString Stamp = "2026-11-27T09:00:00.000Z";

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList names(const QList<RankedPartner> &partners)
{
    QStringList result;
    for (const RankedPartner &partner : partners)
        result << partner.name;
    return result;
}

QList<int> scores(const QList<RankedPartner> &partners)
{
    QList<int> result;
    for (const RankedPartner &partner : partners)
        result << partner.score;
    return result;
}

const RankedPartner *find(const QList<RankedPartner> &partners, const QString &name)
{
    for (const RankedPartner &partner : partners) {
        if (partner.name == name)
            return &partner;
    }
    return nullptr;
}

} // namespace

class TestPartnerRanking : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Call m_call; // themes, countries and applicant types, stored in the file
    QHash<QString, qint64> m_ids;
    int m_proposals = 0;

    QSqlDatabase db() const { return m_store->database().connection(); }

    void organisation(const QString &name, const QString &acronym, const QString &type,
                      const QString &country, const QStringList &themes, bool audited = false)
    {
        auto id = Sql::exec(db(),
                            "INSERT INTO organisations (uuid, name, acronym, type, country, "
                            "audited_accounts, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, "
                            "?, ?)",
                            {uuid(), name, acronym, type, country, audited ? 1 : 0, Stamp, Stamp});
        QVERIFY2(id.ok(), qPrintable(id.message()));
        m_ids.insert(name, id->lastInsertId().toLongLong());
        for (const QString &theme : themes) {
            QVERIFY(Sql::exec(db(),
                              "INSERT INTO organisation_themes (organisation_id, theme) VALUES "
                              "(?, ?)",
                              {m_ids.value(name), theme})
                        .ok());
        }
    }
    void engagement(const QString &organisation, const QString &kind, const QString &startedOn)
    {
        QVERIFY(Sql::exec(db(),
                          "INSERT INTO engagements (uuid, organisation_id, kind, started_on, "
                          "modified_at) VALUES (?, ?, ?, ?, ?)",
                          {uuid(), m_ids.value(organisation), kind, startedOn, Stamp})
                    .ok());
    }
    // A proposal with its consortium; callId 0 for one linked to no call.
    void consortium(const QString &acronym, const QString &startOn, qint64 callId,
                    const QStringList &members)
    {
        auto proposal =
            Sql::exec(db(),
                      "INSERT INTO proposals (uuid, call_id, acronym, title, start_on, currency, "
                      "template, status, created_at, modified_at) VALUES (?, ?, ?, ?, ?, 'EUR', "
                      "'eu_grant', 'submitted', ?, ?)",
                      {uuid(), callId ? QVariant(callId) : QVariant(QMetaType(QMetaType::LongLong)),
                       acronym, "Project " + acronym, startOn, Stamp, Stamp});
        QVERIFY2(proposal.ok(), qPrintable(proposal.message()));
        const qint64 proposalId = proposal->lastInsertId().toLongLong();
        for (const QString &member : members) {
            QVERIFY(Sql::exec(db(),
                              "INSERT INTO consortium_members (uuid, proposal_id, "
                              "organisation_id, role, modified_at) VALUES (?, ?, ?, ?, ?)",
                              {uuid(), proposalId, m_ids.value(member),
                               member == members.constFirst() ? "lead" : "co-applicant", Stamp})
                        .ok());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto store = Store::create(m_dir.filePath("ranking.hamkor"));
        QVERIFY2(store.ok(), qPrintable(store.message()));
        m_store = std::move(store).value();

        m_call.title = "Steppe resilience";
        m_call.donor = "European Union";
        m_call.deadlineDate = QDate(2027, 2, 12);
        m_call.deadlineTime = QTime(16, 0);
        m_call.deadlineZone = "Europe/Brussels";
        m_call.themes = {"climate_change", "biodiversity", "iwrm"};
        m_call.countries = {"KZ", "KG"};
        m_call.applicantTypes = {"cso", "academic"};
        auto callId = commands::addCall(*m_store, m_call);
        QVERIFY2(callId.ok(), qPrintable(callId.message()));
        m_call.id = *callId;

        organisation("Delta Water", "DW", "cso", "KZ", {"climate_change", "biodiversity", "iwrm"});
        organisation("Alpha Eco", "AE", "cso", "KG", {"climate_change", "biodiversity"}, true);
        organisation("Bereke Institute", "BI", "academic", "KZ", {"iwrm", "water_saving"});
        organisation("Clean Air KG", "CA", "cso", "KG", {"climate_change"});
        organisation("Bishkek Forum", "BF", "cso", "KG", {"biodiversity"});
        organisation("Echo Uzbek", "EU", "cso", "UZ", {"climate_change"});            // country
        organisation("Fergana Business", "FB", "business", "KG", {"climate_change"}); // type
        organisation("Green Fund", "GF", "donor", "KZ", {"climate_change"}, true);    // donor
        organisation("Gulf Nothing", "GN", "cso", "KZ", {"water_saving"});            // themes

        for (int i = 1; i <= 7; ++i)
            engagement("Delta Water", "consultation", QString("2025-0%1-01").arg(i));
        engagement("Delta Water", "board_membership", "2026-05-04");
        engagement("Alpha Eco", "event", "2025-01-10");
        engagement("Alpha Eco", "expert_work", "2026-03-12");
        engagement("Alpha Eco", "consultation", "2024-06-01");
        engagement("Gulf Nothing", "consultation", "2025-02-01");
        engagement("Green Fund", "event", "2026-01-01");

        for (int i = 1; i <= 6; ++i)
            consortium(QString("DELTA%1").arg(i), QString("202%1-01-01").arg(i), 0,
                       {"Delta Water"});
        consortium("STEPPE", "2024-03-01", 0, {"Bereke Institute", "Green Fund"});
        consortium("AQUAFIELD", "2022-01-01", 0, {"Bereke Institute"});
        // A proposal for this very call is no earlier consortium.
        consortium("CURRENT", "2027-06-01", m_call.id, {"Bereke Institute", "Alpha Eco"});
    }
    void cleanupTestCase()
    {
        m_store.reset();
        QLocale::setDefault(QLocale::c());
    }

    void ranksEligiblePartners()
    {
        const auto ranked = PartnerRanking(db()).forCall(m_call);
        QVERIFY2(ranked.ok(), qPrintable(ranked.message()));
        // Equal scores in order of name: Bishkek Forum before Clean Air KG.
        QCOMPARE(names(*ranked), QStringList({"Delta Water", "Alpha Eco", "Bereke Institute",
                                              "Bishkek Forum", "Clean Air KG"}));
        // Delta: 3 themes, 8 engagements (5 count), 6 consortia (4 count).
        // Alpha: 2 themes, 3 engagements, audited. Bereke: 1 theme, 2 earlier consortia.
        QCOMPARE(scores(*ranked), QList<int>({30 + 15 + 20, 20 + 9 + 1, 10 + 10, 10, 10}));
        const RankedPartner &first = ranked->constFirst();
        QCOMPARE(first.organisationId, m_ids.value("Delta Water"));
        QCOMPARE(first.acronym, "DW");
        QCOMPARE(first.country, "KZ");
        QCOMPARE(first.type, "cso");
    }

    void excludes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("ineligible country") << "Echo Uzbek";
        QTest::newRow("ineligible type") << "Fergana Business";
        QTest::newRow("donor") << "Green Fund";
        QTest::newRow("no shared theme") << "Gulf Nothing";
    }
    void excludes()
    {
        QFETCH(QString, name);
        const auto ranked = PartnerRanking(db()).forCall(m_call);
        QVERIFY(ranked.ok());
        QVERIFY(!find(*ranked, name));
    }

    void reasons_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("everything, capped")
            << "Delta Water"
            << QStringList({"works on Climate change, Biodiversity and ecosystems and Integrated "
                            "water resources management (3 of the call's 3 thematic areas)",
                            "based in Kazakhstan, an eligible country",
                            "a civil society organisation, an eligible applicant type",
                            "8 engagements with us, the latest on 4 May 2026 (board membership)",
                            "partner in 6 earlier consortia (DELTA6, DELTA5, DELTA4, DELTA3, "
                            "DELTA2 and 1 more)"});
        QTest::newRow("engagements and audit")
            << "Alpha Eco"
            << QStringList({"works on Climate change and Biodiversity and ecosystems (2 of the "
                            "call's 3 thematic areas)",
                            "based in Kyrgyzstan, an eligible country",
                            "a civil society organisation, an eligible applicant type",
                            "3 engagements with us, the latest on 12 Mar 2026 (expert work)",
                            "has audited accounts"});
        QTest::newRow("earlier consortia, most recent first")
            << "Bereke Institute"
            << QStringList({"works on Integrated water resources management (1 of the call's 3 "
                            "thematic areas)",
                            "based in Kazakhstan, an eligible country",
                            "an academic or research institution, an eligible applicant type",
                            "partner in 2 earlier consortia (STEPPE, AQUAFIELD)"});
        QTest::newRow("themes only")
            << "Clean Air KG"
            << QStringList({"works on Climate change (1 of the call's 3 thematic areas)",
                            "based in Kyrgyzstan, an eligible country",
                            "a civil society organisation, an eligible applicant type"});
    }
    void reasons()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, reasons);
        const auto ranked = PartnerRanking(db()).forCall(m_call);
        QVERIFY(ranked.ok());
        const RankedPartner *partner = find(*ranked, name);
        QVERIFY(partner);
        QCOMPARE(partner->reasons, reasons);
    }

    void limitKeepsTheBest()
    {
        const auto ranked = PartnerRanking(db()).forCall(m_call, 2);
        QVERIFY(ranked.ok());
        QCOMPARE(names(*ranked), QStringList({"Delta Water", "Alpha Eco"}));
        QVERIFY(ranked->constFirst().reasons.last().startsWith("partner in 6 earlier consortia"));
    }

    void callWithoutRequirements()
    {
        Call open; // not in the file: every proposal is an earlier one
        open.title = "Open call";
        const auto ranked = PartnerRanking(db()).forCall(open);
        QVERIFY2(ranked.ok(), qPrintable(ranked.message()));
        // Everyone but the donor, by engagements, consortia and audit; then by name.
        QCOMPARE(names(*ranked),
                 QStringList({"Delta Water", "Alpha Eco", "Bereke Institute", "Gulf Nothing",
                              "Bishkek Forum", "Clean Air KG", "Echo Uzbek", "Fergana Business"}));
        QCOMPARE(scores(*ranked), QList<int>({15 + 20, 9 + 5 + 1, 15, 3, 0, 0, 0, 0}));
        QCOMPARE(find(*ranked, "Bereke Institute")->reasons,
                 QStringList({"partner in 3 earlier consortia (CURRENT, STEPPE, AQUAFIELD)"}));
        QCOMPARE(
            find(*ranked, "Alpha Eco")->reasons,
            QStringList({"3 engagements with us, the latest on 12 Mar 2026 (expert work)",
                         "partner in 1 earlier consortium (CURRENT)", "has audited accounts"}));
        QCOMPARE(find(*ranked, "Gulf Nothing")->reasons,
                 QStringList({"1 engagement with us, on 1 Feb 2025 (consultation)"}));
        QCOMPARE(find(*ranked, "Echo Uzbek")->reasons, QStringList());
    }

    void oneThemeRepeated()
    {
        Call call = m_call;
        call.themes = {"biodiversity", "biodiversity", ""};
        call.countries.clear();
        call.applicantTypes.clear();
        const auto ranked = PartnerRanking(db()).forCall(call);
        QVERIFY(ranked.ok());
        QCOMPARE(names(*ranked), QStringList({"Delta Water", "Alpha Eco", "Bishkek Forum"}));
        QCOMPARE(scores(*ranked), QList<int>({10 + 15 + 20, 10 + 9 + 1, 10}));
        QCOMPARE(ranked->at(2).reasons,
                 QStringList({"works on Biodiversity and ecosystems, the call's thematic area"}));
    }

    void codesAreBoundNotWritten()
    {
        Call call;
        call.themes = {"climate_change') OR 1=1 --"};
        call.countries = {"KZ' OR '1'='1"};
        call.applicantTypes = {"cso\"; DROP TABLE organisations; --"};
        const auto ranked = PartnerRanking(db()).forCall(call);
        QVERIFY2(ranked.ok(), qPrintable(ranked.message()));
        QVERIFY(ranked->isEmpty());
        QVERIFY(PartnerRanking(db()).forCall(m_call)->size() == 5);
    }
};

QTEST_GUILESS_MAIN(TestPartnerRanking)
#include "TestPartnerRanking.moc"
