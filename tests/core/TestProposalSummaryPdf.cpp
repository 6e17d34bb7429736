// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ProposalSummaryPdf.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hamkor::core;

namespace {

const QString Markup = R"(<b>Bold</b> & <img src="/etc/passwd">)";
const QDateTime Now(QDate(2026, 11, 27), QTime(8, 43), Qt::UTC);

Organisation organisation(qint64 id, const QString &name, const QString &latin,
                          const QString &acronym, const QString &type, const QString &country)
{
    Organisation o;
    o.id = id;
    o.name = name;
    o.nameLatin = latin;
    o.acronym = acronym;
    o.type = type;
    o.country = country;
    return o;
}

ConsortiumMember member(qint64 id, qint64 organisationId, const QString &role, int sortOrder,
                        const QString &contribution)
{
    ConsortiumMember m;
    m.id = id;
    m.organisationId = organisationId;
    m.role = role;
    m.sortOrder = sortOrder;
    m.contribution = contribution;
    return m;
}

ChecklistItem item(qint64 id, const QString &title, qint64 owner, const QDate &due,
                   const QString &state)
{
    ChecklistItem i;
    i.id = id;
    i.title = title;
    i.ownerMemberId = owner;
    i.due = due;
    i.state = state;
    i.sortOrder = int(id);
    return i;
}

Call brusselsCall()
{
    Call call;
    call.id = 7;
    call.title = "Civil society for climate resilience in Central Asia";
    call.donor = "European Union";
    call.reference = "EuropeAid/182345/DD/ACT/Multi";
    call.countries = {"KZ", "KG", "TJ", "TM", "UZ"};
    call.applicantTypes = {"cso", "academic"};
    call.themes = {"climate_change", "iwrm"};
    call.maxPartners = 6;
    call.minDurationMonths = 24;
    call.maxDurationMonths = 48;
    call.deadlineDate = QDate(2027, 2, 12);
    call.deadlineTime = QTime(16, 0);
    call.deadlineZone = "Europe/Brussels";
    return call;
}

// Five partners in four scripts, and one whose name is markup; the markup one is a
// co-applicant from Germany, so that exactly one rule fails.
ProposalSummaryInput sample()
{
    ProposalSummaryInput input;
    Proposal &p = input.proposal;
    p.id = 3;
    p.callId = 7;
    p.acronym = "STEPPE";
    p.title = "Steppe communities adapting to climate change";
    p.themes = {"climate_change", "education_leadership"};
    p.countries = {"KZ", "TJ", "UZ", "AF"};
    p.start = QDate(2027, 9, 1);
    p.durationMonths = 36;
    p.currency = "EUR";
    p.status = "full_proposal";
    input.organisations = {
        {1, organisation(1, "Общественный фонд «Жасыл Болашақ»",
                         "Public Foundation Zhasyl Bolashak", "ZhB", "cso", "KZ")},
        {2, organisation(2, "Ҷамъияти ҷамъиятии «Обу Ҳаёт»", "Public Organisation Obu Hayot",
                         "ObuH", "cso", "TJ")},
        {3, organisation(3, "Oʻzbekiston yoshlar ekologik harakati",
                         "Youth Ecological Movement of Uzbekistan", "OYEH", "cso", "UZ")},
        {4, organisation(4, "انجمن آب و محیط زیست هرات", "Herat Water and Environment Association",
                         "HWEA", "cso", "AF")},
        {5, organisation(5, Markup, "Markup Test GmbH", "MTG", "business", "DE")},
    };
    p.members = {
        member(14, 4, "associate", 4, "Field sites in Herat"),
        member(11, 1, "lead", 1, "Coordination, adaptation plans"),
        member(12, 2, "co-applicant", 2, "Community water committees"),
        member(13, 3, "co-applicant", 3, "Youth campaigns"),
        member(15, 5, "co-applicant", 5, "Web platform"),
    };
    p.checklist = {
        item(1, "Mandate of each co-applicant", 11, QDate(2027, 1, 20), "received"),
        item(2, "Letter of support, Ministry of Ecology", 11, QDate(2027, 1, 25), "todo"),
        item(3, "Registration papers", 12, QDate(2026, 11, 20), "todo"),
        item(4, "CVs of key experts", 13, QDate(2027, 2, 1), "todo"),
        item(5, "Audited accounts 2025", 11, QDate(2027, 1, 10), "received"),
        item(6, "Legal entity form", 15, QDate(), "not_needed"),
    };
    input.call = brusselsCall();
    input.eligibility = Eligibility::check(p, input.call, input.organisations, Now);
    input.generatedAt = Now.toTimeZone(QTimeZone("Asia/Almaty"));
    return input;
}

// stdout of program, or a null string when it cannot run.
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text compared without white space (a cell may wrap a long name at any space) and in
// compatibility form: pdftotext gives Arabic as presentation forms (U+FExx) inside bidi marks.
QString squeezed(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression("[\\s\\x{202A}-\\x{202E}]+"));
}

int pageCount(const QString &path)
{
    const auto match = QRegularExpression("Pages:\\s+(\\d+)").match(run("pdfinfo", {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestProposalSummaryPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString written(const ProposalSummaryInput &input, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Status status = ProposalSummaryPdf::writeFile(path, input);
        if (!status)
            qWarning("%s", qPrintable(status.message()));
        return status ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        if (QStandardPaths::findExecutable("pdftotext").isEmpty() ||
            QStandardPaths::findExecutable("pdfinfo").isEmpty())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
    }

    void textLayerHoldsNamesInTheirScripts()
    {
        const QString path = written(sample(), "steppe.pdf");
        QVERIFY(!path.isEmpty());
        const QString layout = run("pdftotext", {"-layout", path, "-"});
        QVERIFY(!layout.isEmpty());
        QVERIFY(layout.contains("STEPPE"));
        QVERIFY(layout.contains("Page 1 of"));
        // Real letters, not the ligature glyph U+FB03 that "ffi" would otherwise be set in.
        QVERIFY(layout.contains("Affiliated entities"));
        QVERIFY(!layout.contains(QChar(0xFB03)));
        // In reading order, so that a name wrapped inside its cell stays in one piece.
        const QString text = squeezed(run("pdftotext", {"-raw", path, "-"}));
        const QStringList expected = {"Steppe communities adapting to climate change",
                                      "Жасыл Болашақ",
                                      "Обу Ҳаёт",
                                      "Ҷамъияти",
                                      "Oʻzbekiston",
                                      "Public Organisation Obu Hayot",
                                      "Kazakhstan",
                                      "Tajikistan",
                                      "انجمن آب و محیط زیست هرات",
                                      "Lead applicant (coordinator)",
                                      "Co-applicant",
                                      "Civil society for climate resilience in Central Asia",
                                      "European Union",
                                      "EuropeAid/182345/DD/ACT/Multi",
                                      "12 Feb 2027, 16:00 Europe/Brussels",
                                      "in 77 days",
                                      "3 of 6 received or not needed",
                                      "Registration papers",
                                      "Not eligible: 1 rule fails",
                                      "FAIL",
                                      "PASS"};
        for (const QString &needle : expected)
            QVERIFY2(text.contains(squeezed(needle)), qPrintable(needle));
    }

    void markupInANameIsPrintedLiterally()
    {
        const QString path = written(sample(), "markup.pdf");
        QVERIFY(!path.isEmpty());
        const QString text = squeezed(run("pdftotext", {"-raw", path, "-"}));
        QVERIFY2(text.contains(squeezed(Markup)), qPrintable(text));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(!bytes.contains("/Subtype /Image")); // no <img> was loaded
        QVERIFY(!bytes.contains("root:"));
    }

    void oneOrTwoPagesWithFooter()
    {
        const QString path = written(sample(), "pages.pdf");
        QVERIFY(!path.isEmpty());
        const int pages = pageCount(path);
        QVERIFY2(pages == 1 || pages == 2, qPrintable(QString::number(pages)));
        const QString text = run("pdftotext", {"-layout", path, "-"});
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(text.contains("27 Nov 2026"));
    }

    // The largest normal proposal (8 partners, 12 checklist items) still fits on two pages.
    void normalProposalFitsTwoPages()
    {
        ProposalSummaryInput input = sample();
        for (qint64 id = 6; id <= 8; ++id) {
            input.organisations.insert(
                id,
                organisation(
                    id, QStringLiteral("Қазақ ұлттық аграрлық зерттеу университеті %1").arg(id),
                    "Kazakh National Agrarian Research University", "KazNARU", "academic", "KZ"));
            input.proposal.members << member(10 + id, id, "associate", int(id),
                                             "Soil and water laboratory, training of trainers");
        }
        for (qint64 id = 7; id <= 12; ++id)
            input.proposal.checklist << item(id, "Letter of commitment from the akimat", 11,
                                             QDate(2027, 1, int(id)), "todo");
        input.eligibility =
            Eligibility::check(input.proposal, input.call, input.organisations, Now);
        const QString path = written(input, "full.pdf");
        QVERIFY(!path.isEmpty());
        const int pages = pageCount(path);
        QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
        QVERIFY(run("pdftotext", {"-layout", path, "-"})
                    .contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    void standaloneProposal()
    {
        ProposalSummaryInput input = sample();
        input.call.reset();
        input.proposal.callId = 0;
        input.eligibility =
            Eligibility::check(input.proposal, input.call, input.organisations, Now);
        const QString path = written(input, "standalone.pdf");
        QVERIFY(!path.isEmpty());
        const QString text = squeezed(run("pdftotext", {"-raw", path, "-"}));
        QVERIFY(text.contains(squeezed("Standalone proposal")));
        QVERIFY(text.contains("Eligible"));
        QVERIFY(!text.contains("Noteligible"));
    }

    void unwritablePathFailsAndLeavesNoFile()
    {
        QFile blocker(m_dir.filePath("not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = m_dir.filePath("not-a-folder/summary.pdf");
        const Status status = ProposalSummaryPdf::writeFile(path, sample());
        QVERIFY(!status);
        QVERIFY(status.message().contains(path));
        QVERIFY(!QFileInfo::exists(path));
    }

    void closedDeviceFails()
    {
        QBuffer buffer;
        const Status status = ProposalSummaryPdf::write(buffer, sample());
        QVERIFY(!status);
        QVERIFY(!status.message().isEmpty());
        QVERIFY(buffer.data().isEmpty());
    }
};

QTEST_MAIN(TestProposalSummaryPdf)
#include "TestProposalSummaryPdf.moc"
