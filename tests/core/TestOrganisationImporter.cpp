// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Store.h"
#include "core/commands/OrganisationCommands.h"
#include "core/export/OrganisationExport.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/OrganisationImporter.h"
#include "core/storage/Sql.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;

namespace {

QString samplePath()
{
    const QString source = qEnvironmentVariable("HAMKOR_SOURCE_DIR");
    if (!source.isEmpty())
        return source + "/tests/data/partners-sample.csv";
    return QFINDTESTDATA("../data/partners-sample.csv");
}

qint64 organisationCount(Store &store)
{
    const auto count =
        Sql::scalar(store.database().connection(), "SELECT count(*) FROM organisations");
    return count ? count->toLongLong() : -1;
}

QString problemsText(const OrganisationImportPreview &preview)
{
    QStringList lines;
    for (const ImportProblem &problem : preview.problems)
        lines << problem.text();
    return lines.join('\n');
}

// What the application does with a file: read it, preview it, and add the organisations
// only when there is not a single problem (all or nothing).
struct Outcome
{
    QString csvError; // CsvReader's message when the file could not be read at all
    OrganisationImportPreview preview;
    QString addError; // commands::addOrganisations' message when adding failed
};

Outcome importBytes(Store &store, const QByteArray &bytes)
{
    Outcome outcome;
    const auto table = CsvReader::parse(bytes);
    if (!table) {
        outcome.csvError = table.message();
        return outcome;
    }
    outcome.preview = OrganisationImporter::preview(store.database().connection(), *table);
    if (outcome.preview.ok() && !outcome.preview.toAdd.isEmpty()) {
        const auto ids =
            commands::addOrganisations(store, outcome.preview.toAdd, "Import partners");
        if (!ids)
            outcome.addError = ids.message();
    }
    return outcome;
}

QByteArray windows1251(const QString &text)
{
    QStringEncoder encoder("windows-1251");
    const QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

QByteArray exportCsv(const QList<Organisation> &organisations, const CsvWriteOptions &options = {})
{
    QBuffer buffer;
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    const Status status = OrganisationExport::csv(buffer, organisations, options);
    if (!status)
        qWarning() << status.message();
    return buffer.data();
}

// The sample's organisations, and two whose text a spreadsheet would take for formulas.
QList<Organisation> roundTripOrganisations(const QSqlDatabase &emptyFile)
{
    const auto table = CsvReader::readFile(samplePath());
    if (!table)
        return {};
    QList<Organisation> organisations = OrganisationImporter::preview(emptyFile, *table).toAdd;
    Organisation formula;
    formula.name = "=HYPERLINK(\"http://evil.example\",\"click\")";
    formula.type = "business";
    formula.country = "UZ";
    formula.phone = "+998 71 000 0000";
    formula.notes = "-5";
    formula.networks = {"@network"};
    formula.staff = 0;
    formula.annualTurnoverMinor = 1050;
    formula.turnoverCurrency = "EUR";
    Organisation quoted;
    quoted.name = "Фонд «Зелёный путь», \"Green Way\"";
    quoted.nameLatin = "Green Way Fund";
    quoted.type = "cso";
    quoted.country = "TJ";
    quoted.notes = "Two lines,\nwith a comma";
    quoted.annualTurnoverMinor = 300000;
    quoted.turnoverCurrency = "JPY"; // no minor unit
    organisations << formula << quoted;
    return organisations;
}

// Every field of the CSV format, one per line, so that a failed comparison shows which.
QString described(const Organisation &o)
{
    const auto number = [](const auto &value) {
        return value ? QString::number(*value) : "-";
    };
    QStringList fields;
    fields << o.name << o.nameLatin << o.acronym << o.type << o.country << o.city
           << o.registrationNumber << o.website << o.themes.join('|') << o.networks.join('|')
           << number(o.staff) << number(o.annualTurnoverMinor) << o.turnoverCurrency << o.email
           << o.phone << o.notes;
    return fields.join('\n');
}

QString unfolded(QByteArray vcf)
{
    vcf.replace("\r\n ", "");
    return QString::fromUtf8(vcf);
}

} // namespace

class TestOrganisationImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto store = Store::create(m_dir.filePath(QString("partners-%1.hamkor").arg(++m_files)));
        QVERIFY2(store.ok(), qPrintable(store.message()));
        m_store = std::move(store).value();
    }
    void cleanup() { m_store.reset(); }

    void sampleFile()
    {
        const QString path = samplePath();
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const auto table = CsvReader::readFile(path);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->encoding, "UTF-8");
        QCOMPARE(table->header, OrganisationImporter::columns());

        const auto first = OrganisationImporter::preview(m_store->database().connection(), *table);
        QVERIFY2(first.ok(), qPrintable(problemsText(first)));
        QCOMPARE(first.problems.size(), 0);
        QCOMPARE(first.rowsRead, 28);
        QCOMPARE(first.toAdd.size(), 28);
        QCOMPARE(first.toAddLines.size(), 28);
        QCOMPARE(first.toAddLines.first(), 2);
        QVERIFY(first.duplicates.isEmpty());

        // The first row read cell by cell.
        const Organisation &zhb = first.toAdd.first();
        QCOMPARE(zhb.name, "Общественный фонд «Жасыл Болашақ»");
        QCOMPARE(zhb.nameLatin, "Public Foundation Zhasyl Bolashak");
        QCOMPARE(zhb.acronym, "ZhB");
        QCOMPARE(zhb.type, "cso");
        QCOMPARE(zhb.country, "KZ");
        QCOMPARE(zhb.city, "Almaty");
        QCOMPARE(zhb.registrationNumber, "BIN 140540012345");
        QCOMPARE(zhb.website, "https://zhasyl.example.kz");
        QCOMPARE(zhb.themes,
                 QStringList({"climate_change", "education_leadership", "consumption_waste"}));
        QCOMPARE(zhb.networks, QStringList({"Leadership programme alumni network",
                                            "Regional CSO network on climate change"}));
        QCOMPARE(zhb.staff, std::optional<int>(12));
        QCOMPARE(zhb.annualTurnoverMinor, std::optional<qint64>(8500000000));
        QCOMPARE(zhb.turnoverCurrency, "KZT");
        QCOMPARE(zhb.email, "office@zhasyl.example.kz");
        QCOMPARE(zhb.phone, "+7 727 300 0101");
        QCOMPARE(zhb.notes, "Youth climate education; strong in Almaty region.");
        QVERIFY(zhb.contacts.isEmpty());
        // Arabic script, no staff or turnover.
        const Organisation &kht = first.toAdd.at(24);
        QCOMPARE(kht.name, "انجمن خانه طبیعت");
        QCOMPARE(kht.country, "AF");
        QCOMPARE(kht.staff, std::optional<int>(5));
        QCOMPARE(kht.annualTurnoverMinor, std::optional<qint64>());

        const auto ids = commands::addOrganisations(*m_store, first.toAdd, "Import 28 partners");
        QVERIFY2(ids.ok(), qPrintable(ids.message()));
        QCOMPARE(ids->size(), 28);
        QCOMPARE(organisationCount(*m_store), qint64(28));
        QCOMPARE(m_store->undoStack()->count(), 1); // one undo step for the whole import

        const auto again = OrganisationImporter::preview(m_store->database().connection(), *table);
        QVERIFY2(again.ok(), qPrintable(problemsText(again)));
        QCOMPARE(again.toAdd.size(), 0);
        QCOMPARE(again.duplicates.size(), 28);
        QCOMPARE(again.duplicates.first().first, 2);
        QVERIFY2(again.duplicates.first().second.contains("already in this file"),
                 qPrintable(again.duplicates.first().second));
        QVERIFY2(again.duplicates.first().second.contains("Жасыл Болашақ"),
                 qPrintable(again.duplicates.first().second));

        m_store->undoStack()->undo();
        QCOMPARE(organisationCount(*m_store), qint64(0));
        m_store->undoStack()->redo();
        QCOMPARE(organisationCount(*m_store), qint64(28));
    }

    void russianExcel()
    {
        QStringEncoder probe("windows-1251");
        QVERIFY2(probe.isValid(), "this Qt cannot encode Windows-1251");
        const QString text =
            "name;name_latin;acronym;type;country;city;themes;staff;annual_turnover;"
            "turnover_currency;notes\r\n"
            "Экологическое общество «Арал Тынысы»;Ecological Society Aral Tynysy;ArT;cso;KZ;"
            "Аральск;Environment and health|Biodiversity and ecosystems;7;31 000 000,50;KZT;"
            "Заметка, с запятой\r\n"
            "Общественное объединение «Таза Суу»;Public Association Taza Suu;TS;"
            "Организация гражданского общества;kg;Бишкек;Water-saving technologies;9;6500000;"
            "kgs;\r\n";
        const QByteArray bytes = windows1251(text);

        const auto table = CsvReader::parse(bytes);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->encoding, "Windows-1251");
        QCOMPARE(table->delimiter, QChar(u';'));

        const Outcome outcome = importBytes(*m_store, bytes);
        QVERIFY2(outcome.preview.ok(), qPrintable(problemsText(outcome.preview)));
        QCOMPARE(outcome.preview.toAdd.size(), 2);
        QVERIFY2(outcome.addError.isEmpty(), qPrintable(outcome.addError));
        QCOMPARE(organisationCount(*m_store), qint64(2));

        const Organisation &aral = outcome.preview.toAdd.at(0);
        QCOMPARE(aral.name, "Экологическое общество «Арал Тынысы»");
        QCOMPARE(aral.city, "Аральск");
        QCOMPARE(aral.themes, QStringList({"environment_health", "biodiversity"}));
        QCOMPARE(aral.annualTurnoverMinor, std::optional<qint64>(3100000050));
        QCOMPARE(aral.notes, "Заметка, с запятой");

        const Organisation &taza = outcome.preview.toAdd.at(1);
        QCOMPARE(taza.type, "cso"); // by its Russian name
        QCOMPARE(taza.country, "KG");
        QCOMPARE(taza.turnoverCurrency, "KGS");
        QCOMPARE(taza.annualTurnoverMinor, std::optional<qint64>(650000000));
    }

    void headerAnyOrderAnyCase()
    {
        const QByteArray bytes = "COUNTRY,Type,  Name  ,Themes,NETWORKS,Staff,,\r\n"
                                 "kg,Civil society organisation,Taza Suu,"
                                 "Integrated water resources management|climate change,"
                                 "academic_network| Own basin network |Own basin network,9,,\r\n";
        const Outcome outcome = importBytes(*m_store, bytes);
        QVERIFY2(outcome.csvError.isEmpty(), qPrintable(outcome.csvError));
        QVERIFY2(outcome.preview.ok(), qPrintable(problemsText(outcome.preview)));
        QCOMPARE(outcome.preview.toAdd.size(), 1);
        const Organisation &taza = outcome.preview.toAdd.first();
        QCOMPARE(taza.name, "Taza Suu");
        QCOMPARE(taza.type, "cso");
        QCOMPARE(taza.country, "KG");
        QCOMPARE(taza.themes, QStringList({"iwrm", "climate_change"}));
        QCOMPARE(taza.networks, QStringList({"Academic community network", "Own basin network"}));
        QCOMPARE(taza.staff, std::optional<int>(9));
        QCOMPARE(organisationCount(*m_store), qint64(1));
    }

    void brokenFile_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected"); // part of the message
        QTest::addColumn<int>("line");         // 0: the message names no line
        QTest::addColumn<QString>("column");   // empty for errors of the CSV itself

        const QByteArray head = "name,type,country";
        const QByteArray good = "Good partner,cso,KZ\r\n";

        // Errors of the CSV itself: CsvReader::parse fails.
        QTest::addRow("unclosed quote") << head + "\r\n" + good + "\"Unclosed,cso,KZ\r\n"
                                        << "never closed" << 3 << "";
        QTest::addRow("invalid UTF-8") << head + "\r\nAb\xff\xfe cd,cso,KZ\r\n"
                                       << "not valid UTF-8" << 2 << "";

        // Errors of the partners format: the preview lists them by line and column.
        QTest::addRow("no country column")
            << QByteArray("name,type\r\nA,cso\r\n") << "This column is required" << 1 << "country";
        QTest::addRow("unknown column") << head + ",budget\r\nA,cso,KZ,100\r\n"
                                        << "not part of the partners format" << 1 << "budget";
        QTest::addRow("column twice") << head + ",NAME\r\nA,cso,KZ,B\r\n"
                                      << "appears twice" << 1 << "NAME";
        QTest::addRow("value under a nameless column")
            << head + ",\r\nA,cso,KZ,\r\nB,cso,KZ,stray\r\n"
            << "no name in the header" << 3 << "#4";
        QTest::addRow("missing name") << head + "\r\n" + good + "  ,cso,KZ\r\n"
                                      << "The name is missing" << 3 << "name";
        QTest::addRow("unknown type") << head + "\r\n" + good + "A,ngo,KZ\r\n"
                                      << "“ngo” is not an organisation type" << 3 << "type";
        QTest::addRow("missing type") << head + "\r\nA,,KZ\r\n"
                                      << "The type is missing" << 2 << "type";
        QTest::addRow("unknown country")
            << head + "\r\nA,cso,XX\r\n"
            << "“XX” is not an ISO 3166 country code" << 2 << "country";
        QTest::addRow("unknown theme")
            << head + ",themes\r\nA,cso,KZ,Climate change|Space exploration\r\n"
            << "“Space exploration” is not one of the thematic areas" << 2 << "themes";
        QTest::addRow("turnover without currency")
            << head + ",annual_turnover\r\nA,cso,KZ,1000000\r\n"
            << "needs a currency" << 2 << "annual_turnover";
        QTest::addRow("turnover with an empty currency")
            << head + ",annual_turnover,turnover_currency\r\nA,cso,KZ,1000000,\r\n"
            << "needs a currency" << 2 << "annual_turnover";
        QTest::addRow("unknown currency")
            << head + ",annual_turnover,turnover_currency\r\nA,cso,KZ,1000000,XYZ\r\n"
            << "not an ISO 4217 currency" << 2 << "turnover_currency";
        QTest::addRow("text in a turnover")
            << head + ",annual_turnover,turnover_currency\r\nA,cso,KZ,lots,KZT\r\n"
            << "“lots” is not an amount" << 2 << "annual_turnover";
        QTest::addRow("negative turnover")
            << head + ",annual_turnover,turnover_currency\r\nA,cso,KZ,-5,KZT\r\n"
            << "cannot be negative" << 2 << "annual_turnover";
        QTest::addRow("text in staff") << head + ",staff\r\nA,cso,KZ,a dozen\r\n"
                                       << "“a dozen” is not a whole number" << 2 << "staff";
        QTest::addRow("negative staff") << head + ",staff\r\nA,cso,KZ,-3\r\n"
                                        << "cannot be negative" << 2 << "staff";
        QTest::addRow("email without @") << head + ",email\r\nA,cso,KZ,office.example.kz\r\n"
                                         << "not an e-mail address" << 2 << "email";
    }

    void brokenFile()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QFETCH(int, line);
        QFETCH(QString, column);

        const Outcome outcome = importBytes(*m_store, csv);
        if (column.isEmpty()) {
            QVERIFY2(!outcome.csvError.isEmpty(), "the CSV was read although it is broken");
            QVERIFY2(outcome.csvError.contains(expected), qPrintable(outcome.csvError));
            if (line > 0) {
                QVERIFY2(
                    outcome.csvError.contains(QString("line %1").arg(line), Qt::CaseInsensitive),
                    qPrintable(outcome.csvError));
            }
        } else {
            QVERIFY2(outcome.csvError.isEmpty(), qPrintable(outcome.csvError));
            QVERIFY(!outcome.preview.ok());
            bool found = false;
            for (const ImportProblem &problem : outcome.preview.problems) {
                if (problem.line == line && problem.column == column &&
                    problem.message.contains(expected)) {
                    found = true;
                    QVERIFY(problem.text().startsWith(QString("Line %1, column ").arg(line)));
                }
            }
            QVERIFY2(found, qPrintable(problemsText(outcome.preview)));
        }
        QVERIFY2(outcome.addError.isEmpty(), qPrintable(outcome.addError));
        QCOMPARE(organisationCount(*m_store), qint64(0));
        QCOMPARE(m_store->undoStack()->count(), 0);
    }

    void duplicatesInOneFile()
    {
        // One organisation in Cyrillic with its legal form, then in Latin: one duplicate.
        // The same name in another country is another organisation.
        const QByteArray bytes = "name,type,country\r\n"
                                 "Общественный фонд «Жасыл Болашақ»,cso,KZ\r\n"
                                 "Zhasyl Bolashak,cso,KZ\r\n"
                                 "Zhasyl Bolashak,cso,KG\r\n";
        const Outcome outcome = importBytes(*m_store, bytes);
        QVERIFY2(outcome.preview.ok(), qPrintable(problemsText(outcome.preview)));
        QCOMPARE(outcome.preview.rowsRead, 3);
        QCOMPARE(outcome.preview.toAddLines, QList<int>({2, 4}));
        QCOMPARE(outcome.preview.duplicates.size(), 1);
        QCOMPARE(outcome.preview.duplicates.at(0).first, 3);
        QVERIFY2(outcome.preview.duplicates.at(0).second.contains("line 2"),
                 qPrintable(outcome.preview.duplicates.at(0).second));
        QVERIFY2(outcome.preview.duplicates.at(0).second.contains("Жасыл Болашақ"),
                 qPrintable(outcome.preview.duplicates.at(0).second));
        QVERIFY2(outcome.addError.isEmpty(), qPrintable(outcome.addError));
        QCOMPARE(organisationCount(*m_store), qint64(2));
    }

    void sameRegistrationInOneFile()
    {
        const QByteArray bytes = "name,name_latin,type,country,registration_number\r\n"
                                 "Арал Тынысы,,cso,KZ,BIN 090340056789\r\n"
                                 "Aral Breath,Aral Breath,cso,KZ,090 340 056 789\r\n"
                                 "Aral Breath Uzbekistan,,cso,UZ,090 340 056 789\r\n";
        const Outcome outcome = importBytes(*m_store, bytes);
        QVERIFY2(outcome.preview.ok(), qPrintable(problemsText(outcome.preview)));
        QCOMPARE(outcome.preview.toAddLines, QList<int>({2, 4}));
        QCOMPARE(outcome.preview.duplicates.size(), 1);
        QCOMPARE(outcome.preview.duplicates.at(0).first, 3);
        QVERIFY2(outcome.preview.duplicates.at(0).second.contains("line 2"),
                 qPrintable(outcome.preview.duplicates.at(0).second));
        QVERIFY2(outcome.preview.duplicates.at(0).second.contains("registration number"),
                 qPrintable(outcome.preview.duplicates.at(0).second));
    }

    void csvRoundTrip_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<bool>("byteOrderMark");
        QTest::addRow("comma") << QChar(u',') << false;
        // Russian Excel: ';' between cells and a byte-order mark; amounts keep the point.
        QTest::addRow("Excel") << QChar(u';') << true;
    }

    void csvRoundTrip()
    {
        QFETCH(QChar, delimiter);
        QFETCH(bool, byteOrderMark);
        const QList<Organisation> organisations =
            roundTripOrganisations(m_store->database().connection());
        QCOMPARE(organisations.size(), 30);
        const QByteArray bytes = exportCsv(organisations, {delimiter, byteOrderMark});
        const QString d = delimiter;
        QVERIFY(bytes.startsWith((byteOrderMark ? "\xEF\xBB\xBF" : "") +
                                 OrganisationImporter::columns().join(delimiter).toUtf8() +
                                 "\r\n"));
        QVERIFY(bytes.contains("Climate change|Education, leadership and capacity building|"
                               "Efficient consumption and waste management"));
        QVERIFY(bytes.contains(QString(",12,85000000.00,KZT,").replace(',', d).toUtf8()));
        QVERIFY(bytes.contains(QString(",0,10.50,EUR,").replace(',', d).toUtf8()));
        QVERIFY(bytes.contains(QString(",300000,JPY,").replace(',', d).toUtf8()));
        // Formula injection: the text cannot start a formula in a spreadsheet.
        QVERIFY(bytes.contains("\r\n\"'=HYPERLINK("));
        QVERIFY(!bytes.contains("\n=") && !bytes.contains(d.toUtf8() + "=") &&
                !bytes.contains(d.toUtf8() + "+"));
        QVERIFY(bytes.contains(d.toUtf8() + "'-5\r\n"));

        const auto table = CsvReader::parse(bytes);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->delimiter, delimiter);
        const auto preview =
            OrganisationImporter::preview(m_store->database().connection(), *table);
        QVERIFY2(preview.ok(), qPrintable(problemsText(preview)));
        QVERIFY(preview.duplicates.isEmpty());
        QCOMPARE(preview.toAdd.size(), organisations.size());
        for (qsizetype i = 0; i < organisations.size(); ++i) {
            QCOMPARE(described(preview.toAdd.at(i)), described(organisations.at(i)));
            QVERIFY(preview.toAdd.at(i) == organisations.at(i)); // and nothing else
        }
    }

    void vcard()
    {
        Contact aigerim;
        aigerim.uuid = "6f1c2a9e-4b7d-4c3e-9a51-2d8e0f7b3c14";
        aigerim.name = "Айгерим Сапарова";
        aigerim.position = "Director";
        aigerim.email = "aigerim@zhasyl.example.kz";
        aigerim.phone = "+7 727 300 0101";
        aigerim.telegram = "@aigerim";
        Contact daniyar;
        daniyar.uuid = "7a2d3b0f-5c8e-4d4f-8b62-3e9f1a8c4d25";
        daniyar.name = "Daniyar Abenov";
        daniyar.whatsapp = "+7 701 000 0000";
        Organisation zhb;
        zhb.uuid = "0b7e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b";
        zhb.name = "Общественный фонд «Жасыл Болашақ»";
        zhb.nameLatin = "Public Foundation Zhasyl Bolashak";
        zhb.country = "KZ";
        zhb.city = "Almaty";
        zhb.website = "https://zhasyl.example.kz";
        zhb.email = "office@zhasyl.example.kz";
        zhb.contacts = {aigerim, daniyar};
        Organisation taza;
        taza.uuid = "1c8f3e5b-2d4e-4f60-9bac-1d2e3f4a5b6c";
        taza.name = "Таза Суу";
        taza.email = "tazasuu@example.kg";
        taza.phone = "+996 312 66 1234";

        const QList<VCardContact> cards = OrganisationExport::contacts({zhb, taza});
        QCOMPARE(cards.size(), 3);
        const VCardContact &first = cards.at(0);
        QCOMPARE(first.uid, "urn:uuid:" + aigerim.uuid);
        QCOMPARE(first.fullName, aigerim.name);
        QCOMPARE(first.organisation, zhb.displayName());
        QCOMPARE(first.title, "Director");
        QCOMPARE(first.emails, QStringList({aigerim.email}));
        QCOMPARE(first.phones, QStringList({aigerim.phone}));
        QCOMPARE(first.telegram, "@aigerim");
        QCOMPARE(QStringList({first.url, first.country, first.city}),
                 QStringList({zhb.website, "KZ", "Almaty"}));
        QCOMPARE(cards.at(1).whatsapp, daniyar.whatsapp);
        QVERIFY(cards.at(1).emails.isEmpty()); // the organisation's address is not his
        const VCardContact &own = cards.at(2); // the organisation itself, without contacts
        QVERIFY(own.fullName.isEmpty());
        QCOMPARE(own.uid, "urn:uuid:" + taza.uuid);
        QCOMPARE(own.organisation, "Таза Суу");
        QCOMPARE(own.emails, QStringList({taza.email}));
        QCOMPARE(own.phones, QStringList({taza.phone}));

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const Status written = OrganisationExport::vcf(buffer, {zhb, taza});
        QVERIFY2(written.ok(), qPrintable(written.message()));
        const QString text = unfolded(buffer.data());
        QCOMPARE(text.count("BEGIN:VCARD"), 3);
        QCOMPARE(text.count("END:VCARD"), 3);
        for (const char *expected :
             {"FN:Айгерим Сапарова", "FN:Daniyar Abenov", "ORG:", "Таза Суу", "KIND:org"})
            QVERIFY2(text.contains(expected), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestOrganisationImporter)
#include "TestOrganisationImporter.moc"
