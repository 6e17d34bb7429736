// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/storage/CallQuery.h"
#include "core/storage/CallRepository.h"
#include "core/storage/Sql.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;

namespace {

Call sampleCall(const QString &title, const QString &donor = "European Union")
{
    Call call;
    call.title = title;
    call.donor = donor;
    call.reference = "REF-" + title.left(8);
    call.url = "https://example.org/" + title.left(4);
    call.themes = {"climate_change", "iwrm"};
    call.countries = {"KZ", "UZ"};
    call.applicantTypes = {"cso"};
    call.currency = "EUR";
    call.minAmountMinor = 10000000;
    call.maxAmountMinor = 50000000;
    call.cofinancingMinPct = Decimal::parse(u"10");
    call.indirectCapPct = Decimal::parse(u"7.5");
    call.minDurationMonths = 12;
    call.maxDurationMonths = 36;
    call.maxPartners = 5;
    call.opens = QDate(2026, 11, 1);
    call.deadlineDate = QDate(2027, 2, 12);
    call.deadlineTime = QTime(16, 0);
    call.deadlineZone = "Europe/Brussels";
    call.status = "assessing";
    call.notes = "Concept note first; «кавычки» and 'quotes'.";
    call.documents = {"/home/user/guidelines.pdf"};
    return call;
}

// The full-text index holds exactly the calls of the table: FTS5's own integrity check of
// its structure, and one indexed document per call.
bool searchIndexIsConsistent(Store &store)
{
    const auto db = store.database().connection();
    return Sql::exec(db, "INSERT INTO calls_search (calls_search) VALUES ('integrity-check')")
               .ok() &&
           Sql::scalar(db, "SELECT count(*) FROM calls_search_docsize")->toLongLong() ==
               Sql::scalar(db, "SELECT count(*) FROM calls")->toLongLong();
}

qint64 count(Store &store, const char *sql)
{
    return Sql::scalar(store.database().connection(), QString::fromLatin1(sql))->toLongLong();
}

} // namespace

class TestCallRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init()
    {
        Clock::setSource({});
        auto store = Store::create(
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate()) + ".hamkor"));
        QVERIFY2(store.ok(), qPrintable(store.message()));
        m_store = std::move(store).value();
    }
    void cleanup() { m_store.reset(); }

    void roundTrip()
    {
        CallRepository repository(m_store->database().connection());
        const Call call = sampleCall("Climate resilience");
        const auto id = repository.insert(call);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        const auto loaded = repository.load(*id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->title, call.title);
        QCOMPARE(loaded->themes, QStringList({"climate_change", "iwrm"}));
        QCOMPARE(loaded->countries, QStringList({"KZ", "UZ"}));
        QCOMPARE(loaded->applicantTypes, call.applicantTypes);
        QCOMPARE(loaded->minAmountMinor, call.minAmountMinor);
        QCOMPARE(loaded->maxAmountMinor, call.maxAmountMinor);
        QCOMPARE(loaded->cofinancingMinPct->toString(), "10");
        QCOMPARE(loaded->indirectCapPct->toString(), "7.5");
        QCOMPARE(loaded->maxPartners, 5);
        QCOMPARE(loaded->opens, call.opens);
        QCOMPARE(loaded->deadlineDate, call.deadlineDate);
        QCOMPARE(loaded->deadlineTime, call.deadlineTime);
        QCOMPARE(loaded->deadlineZone, call.deadlineZone);
        QCOMPARE(loaded->notes, call.notes);
        QCOMPARE(loaded->documents, call.documents);
        QCOMPARE(loaded->uuid.size(), 36);
        QCOMPARE(loaded->history.size(), 1);
        QCOMPARE(loaded->history.constFirst().status, "assessing");
        // 16:00 in Brussels in February is 15:00 UTC.
        QCOMPARE(Sql::scalar(m_store->database().connection(),
                             "SELECT deadline_utc FROM calls WHERE id = ?", {*id})
                     ->toString(),
                 "2027-02-12T15:00:00.000Z");
        QVERIFY(repository.flush().ok());
        QVERIFY(searchIndexIsConsistent(*m_store));
    }

    void missingValuesStayMissing()
    {
        CallRepository repository(m_store->database().connection());
        Call call = sampleCall("Bare");
        call.currency.clear();
        call.minAmountMinor.reset();
        call.maxAmountMinor.reset();
        call.cofinancingMinPct.reset();
        call.maxPartners.reset();
        call.opens = {};
        const auto loaded = repository.load(*repository.insert(call));
        QVERIFY(!loaded->minAmountMinor);
        QVERIFY(!loaded->cofinancingMinPct);
        QVERIFY(!loaded->maxPartners);
        QVERIFY(!loaded->opens.isValid());
        QVERIFY(loaded->currency.isEmpty());
        QVERIFY(repository.flush().ok());
    }

    void duplicates()
    {
        CallRepository repository(m_store->database().connection());
        Call call = sampleCall("Water");
        QVERIFY(repository.insert(call).ok());
        QVERIFY(*repository.findDuplicate(call) > 0);
        Call other = call;
        other.reference = "OTHER";
        QCOMPARE(*repository.findDuplicate(other), 0);
        // Without a reference: donor, title and deadline.
        Call unreferenced = sampleCall("No reference");
        unreferenced.reference.clear();
        QVERIFY(repository.insert(unreferenced).ok());
        QVERIFY(*repository.findDuplicate(unreferenced) > 0);
        unreferenced.deadlineTime = QTime(17, 0);
        QCOMPARE(*repository.findDuplicate(unreferenced), 0);
        QVERIFY(repository.flush().ok());
    }

    void editUndoRedo()
    {
        Call original = sampleCall("Original title");
        original.reference = "X-1"; // so that only the title holds the words searched below
        const auto id = commands::addCall(*m_store, original);
        QVERIFY(id.ok());
        CallRepository repository(m_store->database().connection());
        Call edited = *repository.load(*id);
        edited.title = "Edited title";
        edited.themes = {"clean_energy"};
        edited.maxAmountMinor = 99900;
        QVERIFY(commands::editCall(*m_store, edited).ok());
        QCOMPARE(repository.load(*id)->title, "Edited title");
        QCOMPARE(repository.load(*id)->themes, QStringList({"clean_energy"}));
        m_store->undoStack()->undo();
        QCOMPARE(repository.load(*id)->title, "Original title");
        QCOMPARE(repository.load(*id)->themes, QStringList({"climate_change", "iwrm"}));
        m_store->undoStack()->redo();
        QCOMPARE(repository.load(*id)->maxAmountMinor, 99900);
        // Searching finds the edited title, not the old one.
        CallQuery query(m_store->database().connection());
        query.setFilter({"Edited", {}, {}, {}, CallFilter::Window::Any, {}});
        QCOMPARE(*query.count(), 1);
        query.setFilter({"Original", {}, {}, {}, CallFilter::Window::Any, {}});
        QCOMPARE(*query.count(), 0);
        QVERIFY(searchIndexIsConsistent(*m_store));
    }

    // An undo that cannot be written (here: the connection refuses writes) is rolled back,
    // named to the user, and leaves the history, so that no later step builds on it.
    void failedUndoLeavesTheHistory()
    {
        const auto id = commands::addCall(*m_store, sampleCall("Original title"));
        QVERIFY(id.ok());
        CallRepository repository(m_store->database().connection());
        Call edited = *repository.load(*id);
        edited.title = "Edited title";
        QVERIFY(commands::editCall(*m_store, edited).ok());
        QCOMPARE(m_store->undoStack()->count(), 2);
        QSignalSpy errors(m_store.get(), &Store::errorOccurred);
        QVERIFY(Sql::exec(m_store->database().connection(), "PRAGMA query_only = ON").ok());
        m_store->undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains("left the undo history"), qPrintable(message));
        QCOMPARE(repository.load(*id)->title, "Edited title"); // as it was
        QCOMPARE(m_store->undoStack()->count(), 1);
        QCOMPARE(m_store->undoStack()->index(), 1);
        QVERIFY(Sql::exec(m_store->database().connection(), "PRAGMA query_only = OFF").ok());
        m_store->undoStack()->undo(); // the add is still undone properly
        QVERIFY(!repository.load(*id).ok());
    }

    void statusChangesMergeAndKeepHistory()
    {
        const auto id = commands::addCall(*m_store, sampleCall("Status"));
        QVERIFY(id.ok());
        const int steps = m_store->undoStack()->count();
        QVERIFY(commands::setCallStatus(*m_store, *id, "preparing").ok());
        QVERIFY(commands::setCallStatus(*m_store, *id, "submitted").ok());
        QCOMPARE(m_store->undoStack()->count(), steps + 1); // merged into one step
        CallRepository repository(m_store->database().connection());
        const auto call = repository.load(*id);
        QCOMPARE(call->status, "submitted");
        QCOMPARE(call->history.size(), 3);
        QCOMPARE(call->history.at(1).status, "preparing");
        QCOMPARE(call->history.at(2).status, "submitted");
        m_store->undoStack()->undo();
        QCOMPARE(repository.load(*id)->status, "assessing");
        QCOMPARE(repository.load(*id)->history.size(), 1);
        m_store->undoStack()->redo();
        QCOMPARE(repository.load(*id)->status, "submitted");
        QCOMPARE(repository.load(*id)->history.size(), 2);
    }

    void addUndoRedoKeepsIdentity()
    {
        const auto id = commands::addCall(*m_store, sampleCall("Identity"));
        QVERIFY(id.ok());
        CallRepository repository(m_store->database().connection());
        const QString uuid = repository.load(*id)->uuid;
        m_store->undoStack()->undo();
        QCOMPARE(count(*m_store, "SELECT count(*) FROM calls"), 0);
        QVERIFY(!repository.load(*id).ok());
        m_store->undoStack()->redo();
        QCOMPARE(repository.load(*id)->uuid, uuid);
        QCOMPARE(repository.load(*id)->documents, QStringList({"/home/user/guidelines.pdf"}));
    }

    void deleteUndoRestoresHistoryAndProposalLinks()
    {
        const auto id = commands::addCall(*m_store, sampleCall("Linked"));
        QVERIFY(commands::setCallStatus(*m_store, *id, "preparing").ok());
        const QString now = Clock::nowStamp();
        QVERIFY(Sql::exec(m_store->database().connection(),
                          "INSERT INTO proposals (uuid, call_id, acronym, title, currency, "
                          "template, status, created_at, modified_at) VALUES ('p', ?, 'P', 'P', "
                          "'EUR', 'eu-prag', 'concept_note', ?, ?)",
                          {*id, now, now})
                    .ok());
        QVERIFY(commands::removeCalls(*m_store, {*id}).ok());
        QCOMPARE(count(*m_store, "SELECT count(*) FROM calls"), 0);
        QCOMPARE(count(*m_store, "SELECT count(*) FROM proposals WHERE call_id IS NULL"), 1);
        QVERIFY(searchIndexIsConsistent(*m_store));
        m_store->undoStack()->undo();
        QVERIFY(searchIndexIsConsistent(*m_store));
        CallRepository repository(m_store->database().connection());
        QCOMPARE(repository.load(*id)->history.size(), 2);
        QCOMPARE(count(*m_store, "SELECT count(*) FROM proposals WHERE call_id IS NULL"), 0);
    }

    void readOnlyRefusesEdits()
    {
        const QString path = m_store->path();
        m_store.reset();
        auto store = Store::open(path, Database::Access::ReadOnly);
        QVERIFY(store.ok());
        const auto added = commands::addCall(**store, sampleCall("Refused"));
        QVERIFY(!added.ok());
        QVERIFY(added.message().contains("read-only"));
        QCOMPARE((*store)->undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCallRepository)
#include "TestCallRepository.moc"
