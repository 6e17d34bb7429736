// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ChecklistDefaults.h"

#include <QTest>

using namespace hamkor::core;

class TestChecklistDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perTemplate_data()
    {
        QTest::addColumn<QString>("templateCode");
        QTest::addColumn<QStringList>("expected"); // items that must be there, in order
        QTest::addColumn<int>("count");
        // lead ZhB, co-applicants TS and Zim, affiliated Aff, associate Asso, subcontractor Sub
        QTest::addRow("EU PRAG") << "eu-prag"
                                 << QStringList{"Mandate from TS", "Mandate from Zim",
                                                "Affiliated entity's statement from Aff",
                                                "Registration papers of all partners"}
                                 << 9;
        QTest::addRow("EU PRAG, older layout")
            << "eu-prag-legacy"
            << QStringList{"Mandate from TS", "Mandate from Zim", "Budget (Annex B)"} << 7;
        QTest::addRow("Horizon Europe")
            << "horizon-europe"
            << QStringList{"PIC of ZhB", "PIC of Sub", "Letter of commitment from Asso",
                           "Part A (administrative forms)"}
            << 12;
        QTest::addRow("SF-424A") << "sf-424a"
                                 << QStringList{"SF-424 application form",
                                                "Letter of commitment from Sub"}
                                 << 6;
        QTest::addRow("generic") << "generic" << QStringList{"Agreement from TS", "Budget"} << 6;
        QTest::addRow("unknown template") << "no-such" << QStringList{} << 0;
    }
    void perTemplate()
    {
        QFETCH(QString, templateCode);
        QFETCH(QStringList, expected);
        QFETCH(int, count);
        Proposal proposal;
        proposal.templateCode = templateCode;
        QHash<qint64, Organisation> organisations;
        const QList<std::pair<QString, QString>> members = {
            {"ZhB", "lead"},       {"TS", "co-applicant"}, {"Zim", "co-applicant"},
            {"Aff", "affiliated"}, {"Asso", "associate"},  {"Sub", "subcontractor"}};
        qint64 id = 1;
        for (const auto &[acronym, role] : members) {
            Organisation organisation;
            organisation.id = id;
            organisation.acronym = acronym;
            organisations.insert(id, organisation);
            proposal.members.append({0, {}, id, role, 0, 0, {}, int(id)});
            ++id;
        }
        const QList<ChecklistItem> items = ChecklistDefaults::forProposal(proposal, organisations);
        QStringList titles;
        for (const ChecklistItem &item : items)
            titles << item.title;
        QCOMPARE(items.size(), count);
        qsizetype last = -1;
        for (const QString &title : expected) {
            const qsizetype at = titles.indexOf(title);
            QVERIFY2(at > last, qPrintable(title + " in " + titles.join(", ")));
            last = at;
        }
        // Per-member items name their owner, by its place in the list (not saved yet).
        for (const ChecklistItem &item : items)
            if (item.title.startsWith("Mandate from TS"))
                QCOMPARE(item.ownerMemberId, -2);
    }
};

QTEST_GUILESS_MAIN(TestChecklistDefaults)
#include "TestChecklistDefaults.moc"
