// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Currency.h"
#include "core/reference/Reference.h"

#include <QTest>

using namespace hamkor::core;

class TestReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAreComplete_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<int>("minimum");
        QTest::addRow("themes") << "themes" << 11;
        QTest::addRow("countries") << "countries" << 240;
        QTest::addRow("organisation types") << "organisationTypes" << 8;
        QTest::addRow("partner roles") << "partnerRoles" << 5;
        QTest::addRow("mechanisms") << "mechanisms" << 6;
        QTest::addRow("call statuses") << "callStatuses" << 8;
        QTest::addRow("proposal statuses") << "proposalStatuses" << 9;
        QTest::addRow("engagement kinds") << "engagementKinds" << 5;
        QTest::addRow("budget version states") << "budgetVersionStates" << 4;
        QTest::addRow("funding sources") << "fundingSources" << 4;
        QTest::addRow("checklist states") << "checklistStates" << 3;
        QTest::addRow("networks") << "networks" << 3;
    }
    void listsAreComplete()
    {
        QFETCH(QString, list);
        QFETCH(int, minimum);
        const QHash<QString, const ReferenceList *> lists = {
            {"themes", &reference::themes()},
            {"countries", &reference::countries()},
            {"organisationTypes", &reference::organisationTypes()},
            {"partnerRoles", &reference::partnerRoles()},
            {"mechanisms", &reference::mechanisms()},
            {"callStatuses", &reference::callStatuses()},
            {"proposalStatuses", &reference::proposalStatuses()},
            {"engagementKinds", &reference::engagementKinds()},
            {"budgetVersionStates", &reference::budgetVersionStates()},
            {"fundingSources", &reference::fundingSources()},
            {"checklistStates", &reference::checklistStates()},
            {"networks", &reference::networks()},
        };
        const ReferenceList *items = lists.value(list);
        QVERIFY(items);
        QVERIFY(items->items().size() >= minimum);
        QSet<QString> codes;
        for (const ReferenceItem &item : items->items()) {
            QVERIFY2(!item.code.isEmpty(), qPrintable(item.english));
            QVERIFY2(!item.english.isEmpty(), qPrintable(item.code));
            QVERIFY2(!item.russian.isEmpty(), qPrintable(item.code));
            QVERIFY2(!codes.contains(item.code), qPrintable(item.code));
            codes.insert(item.code);
        }
    }

    // Files name themes by these English names (SPEC section 2).
    void themeNamesAsFilesUseThem_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
             {"Climate change", "Integrated water resources management",
              "Transboundary water cooperation", "Flood and emergency prevention",
              "Biodiversity and ecosystems", "Efficient consumption and waste management",
              "Chemical safety", "Education, leadership and capacity building",
              "Environment and health", "Clean energy", "Water-saving technologies"})
            QTest::newRow(name) << QString::fromUtf8(name);
    }
    void themeNamesAsFilesUseThem()
    {
        QFETCH(QString, name);
        QVERIFY(reference::themes().match(name));
        QVERIFY(reference::themes().match(name.toUpper()));
    }

    void codesInFilesMatch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addRow("status by English name") << "full proposal"
                                                << "full_proposal";
        QTest::addRow("status by code") << "concept_note"
                                        << "concept_note";
        QTest::addRow("status by Russian name") << ""
                                                << "";
    }
    void codesInFilesMatch()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        if (text.isEmpty()) {
            const ReferenceItem &awarded = *reference::proposalStatuses().find(u"awarded");
            QCOMPARE(reference::proposalStatuses().match(awarded.russian)->code, awarded.code);
            return;
        }
        const ReferenceItem *item = reference::proposalStatuses().match(text);
        QVERIFY(item);
        QCOMPARE(item->code, code);
    }

    void centralAsiaComesFirst()
    {
        const auto &countries = reference::countries().items();
        QStringList first;
        for (int i = 0; i < 6; ++i)
            first << countries.at(i).code;
        QCOMPARE(first, QStringList({"KZ", "KG", "TJ", "TM", "UZ", "AF"}));
        QCOMPARE(reference::countries().find(u"KG")->name(u"ru"), QStringLiteral("Кыргызстан"));
        QVERIFY(reference::countries().find(u"DE"));
        QVERIFY(!reference::countries().find(u"XX"));
    }

    void displayLanguage()
    {
        const ReferenceItem *item = reference::themes().find(u"climate_change");
        setDisplayLanguage(QStringLiteral("ru"));
        QCOMPARE(item->name(), item->russian);
        setDisplayLanguage(QStringLiteral("en"));
        QCOMPARE(item->name(), QStringLiteral("Climate change"));
    }

    void everyIso4217CurrencyOfTheRegion()
    {
        for (const char *code : {"USD", "EUR", "KZT", "KGS", "TJS", "TMT", "UZS", "RUB", "AFN",
                                 "GBP", "CHF", "JPY", "CNY", "TRY"})
            QVERIFY2(Currency::fromCode(QString::fromLatin1(code)), code);
        QVERIFY(Currency::all().size() > 150);
    }
};

QTEST_GUILESS_MAIN(TestReference)
#include "TestReference.moc"
