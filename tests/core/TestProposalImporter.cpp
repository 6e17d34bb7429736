// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/commands/OrganisationCommands.h"
#include "core/commands/ProposalCommands.h"
#include "core/domain/Eligibility.h"
#include "core/io/CallImporter.h"
#include "core/io/CsvReader.h"
#include "core/io/OrganisationImporter.h"
#include "core/io/ProposalImporter.h"
#include "core/storage/CallRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/Sql.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;

namespace {

QString dataPath(const QString &name)
{
    const QString source = qEnvironmentVariable("HAMKOR_SOURCE_DIR");
    if (!source.isEmpty())
        return source + "/tests/data/" + name;
    return QFINDTESTDATA("../data/" + name);
}

QString problemsText(const QList<ImportProblem> &problems)
{
    QStringList lines;
    for (const ImportProblem &problem : problems)
        lines << problem.text();
    return lines.join('\n');
}

// A row of the proposals format: the changed cells, and every other cell valid.
QByteArray row(const QHash<QString, QString> &changed)
{
    QStringList cells = QString("BAD,Broken row,SAMPLE-EU-2027-001,eu-prag,EUR,2027-09-01,36,"
                                "concept note,Climate change,KZ|KG,ZhB:lead|TS:co-applicant")
                            .split(',');
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        cells[ProposalImporter::columns().indexOf(it.key())] = it.value();
    return cells.join(',').toUtf8() + "\r\n";
}

} // namespace

class TestProposalImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store;

    QSqlDatabase db() const { return m_store->database().connection(); }

    qint64 proposalCount() const
    {
        const auto count = Sql::scalar(db(), "SELECT count(*) FROM proposals");
        return count ? count->toLongLong() : -1;
    }
    qint64 idOf(const char *table, const char *column, const QString &value) const
    {
        const auto id = Sql::scalar(
            db(), QString("SELECT id FROM %1 WHERE %2 = ?").arg(table, column), {value});
        return id ? id->toLongLong() : -1;
    }
    qint64 callId(const QString &ref) const { return idOf("calls", "reference", ref); }
    qint64 partnerId(const QString &acronym) const
    {
        return idOf("organisations", "acronym", acronym);
    }

    // Reads, previews and adds like the command line: only when there is no problem.
    ProposalImportPreview importBytes(const QByteArray &bytes)
    {
        const auto table = CsvReader::parse(bytes);
        if (!table)
            return {{}, {}, {}, {{0, "(CSV)", table.message()}}, 0};
        const ProposalImportPreview preview = ProposalImporter::preview(db(), *table);
        if (preview.ok() && !preview.toAdd.isEmpty()) {
            const auto ids = commands::addProposals(*m_store, preview.toAdd, "Import proposals");
            if (!ids)
                qWarning() << ids.message();
        }
        return preview;
    }

    ProposalImportPreview importSample()
    {
        QFile file(dataPath("proposals-sample.csv"));
        return importBytes(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }

    Proposal stored(const QString &acronym) const
    {
        auto proposal = ProposalRepository(db()).loadByAcronym(acronym);
        if (!proposal)
            qWarning() << proposal.message();
        return proposal ? *proposal : Proposal();
    }

    QHash<qint64, Organisation> organisationsOf(const Proposal &proposal) const
    {
        QList<qint64> ids;
        for (const ConsortiumMember &member : proposal.members)
            ids << member.organisationId;
        QHash<qint64, Organisation> byId;
        if (const auto organisations = OrganisationRepository(db()).loadMany(ids))
            for (const Organisation &organisation : *organisations)
                byId.insert(organisation.id, organisation);
        return byId;
    }

private Q_SLOTS:
    // A file with the sample calls and partners, which the sample proposals name.
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto store = Store::create(m_dir.filePath(QString("proposals-%1.hamkor").arg(++m_files)));
        QVERIFY2(store.ok(), qPrintable(store.message()));
        m_store = std::move(store).value();

        const auto calls = CsvReader::readFile(dataPath("calls-sample.csv"));
        QVERIFY2(calls.ok(), qPrintable(calls.message()));
        const CallImportPreview callPreview = CallImporter::preview(db(), *calls, "UTC");
        QVERIFY2(callPreview.ok(), qPrintable(problemsText(callPreview.problems)));
        const auto callIds = commands::addCalls(*m_store, callPreview.toAdd, "Import calls");
        QVERIFY2(callIds.ok(), qPrintable(callIds.message()));

        const auto partners = CsvReader::readFile(dataPath("partners-sample.csv"));
        QVERIFY2(partners.ok(), qPrintable(partners.message()));
        const auto partnerPreview = OrganisationImporter::preview(db(), *partners);
        QVERIFY2(partnerPreview.ok(), qPrintable(problemsText(partnerPreview.problems)));
        const auto partnerIds =
            commands::addOrganisations(*m_store, partnerPreview.toAdd, "Import partners");
        QVERIFY2(partnerIds.ok(), qPrintable(partnerIds.message()));
    }
    void cleanup() { m_store.reset(); }

    void sampleFile()
    {
        const QString path = dataPath("proposals-sample.csv");
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const auto table = CsvReader::readFile(path);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->header, ProposalImporter::columns());

        const auto first = ProposalImporter::preview(db(), *table);
        QVERIFY2(first.ok(), qPrintable(problemsText(first.problems)));
        QCOMPARE(first.rowsRead, 4);
        QCOMPARE(first.toAdd.size(), 4);
        QCOMPARE(first.toAddLines, QList<int>({2, 3, 4, 5}));
        QVERIFY(first.duplicates.isEmpty());

        // The first row read cell by cell.
        const Proposal &climres = first.toAdd.first();
        QCOMPARE(climres.acronym, "CLIMRES");
        QCOMPARE(climres.title, "Civil society for climate-resilient communities in Central Asia");
        QCOMPARE(climres.callId, callId("SAMPLE-EU-2027-001"));
        QCOMPARE(climres.templateCode, "eu-prag");
        QCOMPARE(climres.currency, "EUR");
        QCOMPARE(climres.start, QDate(2027, 9, 1));
        QCOMPARE(climres.durationMonths, 36);
        QCOMPARE(climres.status, "full_proposal"); // written "full proposal"
        QCOMPARE(climres.themes, QStringList({"climate_change", "flood_emergency_prevention"}));
        QCOMPARE(climres.countries, QStringList({"KZ", "KG", "TJ", "UZ"}));
        const QStringList acronyms{"ZhB", "TS", "Zim", "YM", "Nusay"};
        const QStringList roles{"lead", "co-applicant", "co-applicant", "co-applicant",
                                "associate"};
        QCOMPARE(climres.members.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(climres.members.at(i).organisationId, partnerId(acronyms.at(i)));
            QCOMPARE(climres.members.at(i).role, roles.at(i));
            QCOMPARE(climres.members.at(i).sortOrder, i);
            QCOMPARE(climres.members.at(i).affiliatedTo, qint64(0));
        }
        QVERIFY(climres.checklist.isEmpty()); // the commands add the default checklist
        const Proposal &waterwise = first.toAdd.at(1);
        QCOMPARE(waterwise.status, "concept_note");
        QCOMPARE(waterwise.templateCode, "generic");
        QCOMPARE(waterwise.currency, "USD");
        QCOMPARE(waterwise.callId, callId("SAMPLE-JICA-IR-22"));
        QCOMPARE(first.toAdd.at(2).templateCode, "horizon-europe");
        const Proposal &sunschool = first.toAdd.at(3);
        QCOMPARE(sunschool.templateCode, "sf-424a");
        QCOMPARE(sunschool.members.at(1).role, "subcontractor");
        QCOMPARE(sunschool.members.at(3).organisationId, partnerId("ZhB"));

        const int steps = m_store->undoStack()->count();
        const auto ids = commands::addProposals(*m_store, first.toAdd, "Import 4 proposals");
        QVERIFY2(ids.ok(), qPrintable(ids.message()));
        QCOMPARE(ids->size(), 4);
        QCOMPARE(proposalCount(), qint64(4));
        QCOMPARE(m_store->undoStack()->count(), steps + 1); // one step for the whole import

        const auto again = ProposalImporter::preview(db(), *table);
        QVERIFY2(again.ok(), qPrintable(problemsText(again.problems)));
        QCOMPARE(again.toAdd.size(), 0);
        QCOMPARE(again.duplicates.size(), 4);
        QCOMPARE(again.duplicates.first().first, 2);
        QVERIFY2(again.duplicates.first().second.contains("CLIMRES"),
                 qPrintable(again.duplicates.first().second));
    }

    void storedConsortium()
    {
        const auto preview = importSample();
        QVERIFY2(preview.ok(), qPrintable(problemsText(preview.problems)));
        QCOMPARE(proposalCount(), qint64(4));
        const Proposal climres = stored("CLIMRES");
        QCOMPARE(climres.status, "full_proposal");
        QCOMPARE(climres.templateCode, "eu-prag");
        QCOMPARE(climres.start, QDate(2027, 9, 1));
        QCOMPARE(climres.durationMonths, 36);
        const auto call = CallRepository(db()).load(climres.callId);
        QVERIFY2(call.ok(), qPrintable(call.message()));
        QCOMPARE(call->reference, "SAMPLE-EU-2027-001");
        QCOMPARE(climres.members.size(), 5);
        const QHash<qint64, Organisation> organisations = organisationsOf(climres);
        QStringList lead, associates;
        for (const ConsortiumMember &member : climres.members) {
            if (member.role == "lead")
                lead << organisations.value(member.organisationId).acronym;
            if (member.role == "associate")
                associates << organisations.value(member.organisationId).acronym;
        }
        QCOMPARE(lead, QStringList({"ZhB"}));
        QCOMPARE(associates, QStringList({"Nusay"}));
    }

    void eligibilityOfImported()
    {
        QVERIFY2(importSample().ok(), "the sample did not import");
        const Proposal climres = stored("CLIMRES");
        const auto call = CallRepository(db()).load(climres.callId);
        QVERIFY2(call.ok(), qPrintable(call.message()));
        const QHash<qint64, Organisation> organisations = organisationsOf(climres);
        QCOMPARE(organisations.size(), 5);

        const QDateTime before(QDate(2027, 1, 15), QTime(9, 0), Qt::UTC);
        const QList<EligibilityResult> results =
            Eligibility::check(climres, *call, organisations, before);
        const QList<EligibilityResult> consortium = Eligibility::consortium(climres, organisations);
        QCOMPARE(consortium.size(), 3);
        for (qsizetype i = 0; i < consortium.size(); ++i) {
            QCOMPARE(results.at(i).rule, consortium.at(i).rule);
            QVERIFY2(results.at(i).passed, qPrintable(results.at(i).detail));
        }
        for (const EligibilityResult &result : results) // the call's rules too, before it closes
            QVERIFY2(result.passed, qPrintable(result.rule + ": " + result.detail));
        QVERIFY(Eligibility::allPassed(results));

        const QDateTime after(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC);
        const auto late = Eligibility::check(climres, *call, organisations, after);
        QVERIFY(!Eligibility::allPassed(late));
        QVERIFY(!late.last().passed); // only that the call has closed
        QVERIFY(Eligibility::allPassed(late.mid(0, late.size() - 1)));
    }

    void casesNamesAndDefaults()
    {
        const auto preview = importBytes("Consortium,ACRONYM,Title,Status,Template,Currency\r\n"
                                         "zhb:Lead|ts:Co-applicant|KHT:associate,lower,Lower case,"
                                         "Concept note,Horizon-Europe,usd\r\n"
                                         "ArT:lead,PLAIN,Defaults only,,,\r\n");
        QVERIFY2(preview.ok(), qPrintable(problemsText(preview.problems)));
        QCOMPARE(preview.toAdd.size(), 2);
        const Proposal &lower = preview.toAdd.at(0);
        QCOMPARE(lower.acronym, "lower");
        QCOMPARE(lower.status, "concept_note");
        QCOMPARE(lower.templateCode, "horizon-europe");
        QCOMPARE(lower.currency, "USD");
        QCOMPARE(lower.members.size(), 3);
        QCOMPARE(lower.members.at(0).organisationId, partnerId("ZhB"));
        QCOMPARE(lower.members.at(1).role, "co-applicant");
        QCOMPARE(lower.members.at(2).organisationId, partnerId("KhT"));
        const Proposal &plain = preview.toAdd.at(1);
        QCOMPARE(plain.callId, qint64(0));
        QCOMPARE(plain.templateCode, "eu-prag");
        QCOMPARE(plain.currency, "EUR");
        QCOMPARE(plain.status, "concept_note");
        QVERIFY(!plain.start.isValid());
        QCOMPARE(plain.durationMonths, 0);
        QCOMPARE(proposalCount(), qint64(2));
    }

    // The format cannot tie an affiliated entity to its applicant: the editor does, and
    // until then the eligibility check says so.
    void affiliatedEntityLeftUntied()
    {
        const auto preview =
            importBytes("acronym,title,consortium\r\n"
                        "AFF,With an affiliated entity,ZhB:lead|ArT:affiliated\r\n");
        QVERIFY2(preview.ok(), qPrintable(problemsText(preview.problems)));
        QCOMPARE(preview.toAdd.first().members.at(1).affiliatedTo, qint64(0));
        const Proposal aff = stored("AFF");
        QCOMPARE(aff.members.size(), 2);
        const auto results = Eligibility::consortium(aff, organisationsOf(aff));
        QVERIFY(results.at(0).passed); // one lead
        QVERIFY(results.at(1).passed); // each partner once
        QVERIFY(!results.at(2).passed);
        QVERIFY2(results.at(2).detail.contains("ArT"), qPrintable(results.at(2).detail));
    }

    // Acronyms match ignoring case in Cyrillic as in Latin letters.
    void cyrillicAcronymsMatchIgnoringCase()
    {
        QVERIFY(
            Sql::exec(db(), "UPDATE organisations SET acronym = 'ОФЖ' WHERE acronym = 'TS'").ok());
        const auto preview =
            importBytes("acronym,title,consortium\r\n"
                        "CYR,With a Cyrillic partner,zhb:lead|офж:co-applicant\r\n");
        QVERIFY2(preview.ok(), qPrintable(problemsText(preview.problems)));
        QCOMPARE(stored("CYR").members.at(1).organisationId, partnerId("ОФЖ"));
    }

    void brokenRow_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected"); // part of the message
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");

        const QByteArray head = ProposalImporter::columns().join(',').toUtf8() + "\r\n";
        const QByteArray good = head + row({{"acronym", "GOOD"}});
        const auto broken = [&](const QString &column, const QString &value) {
            return good + row({{column, value}});
        };
        QTest::addRow("unknown call reference") << broken("call_reference", "SAMPLE-NOPE-1")
                                                << "“SAMPLE-NOPE-1”" << 3 << "call_reference";
        QTest::addRow("unknown partner acronym") << broken("consortium", "ZhB:lead|NOPE:associate")
                                                 << "acronym “NOPE”" << 3 << "consortium";
        QTest::addRow("two leads") << broken("consortium", "ZhB:lead|TS:lead")
                                   << "only one partner can be the lead" << 3 << "consortium";
        QTest::addRow("no lead") << broken("consortium", "ZhB:co-applicant|TS:associate")
                                 << "No partner is the lead applicant" << 3 << "consortium";
        QTest::addRow("unknown role") << broken("consortium", "ZhB:lead|TS:partner")
                                      << "“partner” (for TS) is not a role" << 3 << "consortium";
        QTest::addRow("no role") << broken("consortium", "ZhB:lead|TS")
                                 << "“TS” does not name a partner and its role" << 3
                                 << "consortium";
        QTest::addRow("partner twice") << broken("consortium", "ZhB:lead|zhb:associate")
                                       << "in the consortium twice" << 3 << "consortium";
        QTest::addRow("empty consortium")
            << broken("consortium", "") << "The consortium is empty" << 3 << "consortium";
        QTest::addRow("unknown template")
            << broken("template", "eu-fancy") << "“eu-fancy” is not a donor template" << 3
            << "template";
        QTest::addRow("bad start date")
            << broken("start", "2027-13-01") << "not a day that exists" << 3 << "start";
        QTest::addRow("start not a date")
            << broken("start", "September") << "“September” is not a date" << 3 << "start";
        QTest::addRow("duration in words")
            << broken("duration_months", "three") << "“three” is not a whole number" << 3
            << "duration_months";
        QTest::addRow("duration zero")
            << broken("duration_months", "0") << "at least one month" << 3 << "duration_months";
        QTest::addRow("unknown status") << broken("status", "approved")
                                        << "“approved” is not a proposal status" << 3 << "status";
        QTest::addRow("unknown currency")
            << broken("currency", "EURO") << "not an ISO 4217 currency code" << 3 << "currency";
        QTest::addRow("unknown theme")
            << broken("themes", "Space exploration")
            << "“Space exploration” is not one of the thematic areas" << 3 << "themes";
        QTest::addRow("unknown country")
            << broken("countries", "KZ|XX") << "“XX” is not an ISO 3166 country code" << 3
            << "countries";
        QTest::addRow("missing acronym")
            << broken("acronym", "") << "The acronym is missing" << 3 << "acronym";
        QTest::addRow("missing title")
            << broken("title", "") << "The title is missing" << 3 << "title";
        QTest::addRow("acronym twice in the file")
            << broken("acronym", "good") << "acronym of line 2" << 3 << "acronym";
        QTest::addRow("no consortium column") << QByteArray("acronym,title\r\nX,Y\r\n")
                                              << "This column is required" << 1 << "consortium";
        QTest::addRow("unknown column") << QByteArray("acronym,title,consortium,budget\r\n"
                                                      "X,Y,ZhB:lead,100\r\n")
                                        << "not part of the proposals format" << 1 << "budget";
    }

    void brokenRow()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QFETCH(int, line);
        QFETCH(QString, column);

        const ProposalImportPreview preview = importBytes(csv);
        QVERIFY(!preview.ok());
        bool found = false;
        for (const ImportProblem &problem : preview.problems) {
            if (problem.line == line && problem.column == column &&
                problem.message.contains(expected)) {
                found = true;
                QVERIFY(problem.text().startsWith(QString("Line %1, column ").arg(line)));
            }
        }
        QVERIFY2(found, qPrintable(problemsText(preview.problems)));
        QCOMPARE(proposalCount(), qint64(0)); // all or nothing: not even the good row
    }
};

QTEST_GUILESS_MAIN(TestProposalImporter)
#include "TestProposalImporter.moc"
