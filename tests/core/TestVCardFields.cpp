// SPDX-License-Identifier: GPL-3.0-or-later
// A contact's fields in its vCard: organisation, phones, messengers, address, UID, website,
// revision.
#include "core/export/VCardWriter.h"
#include "tests/core/VCardLines.h"

#include <QTest>
#include <QTimeZone>

using namespace hamkor::core;
using namespace hamkor::core::testing;

class TestVCardFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void organisation_data()
    {
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("org");
        QTest::addRow("name only") << "Green Future"
                                   << ""
                                   << "Green Future";
        QTest::addRow("name and unit") << "Green Future"
                                       << "Finance"
                                       << "Green Future;Finance";
        QTest::addRow("unit only") << ""
                                   << "Finance"
                                   << ";Finance";
        QTest::addRow("separators inside") << "Green, Future; Ltd"
                                           << "R&D; Grants"
                                           << "Green\\, Future\\; Ltd;R&D\\; Grants";
        QTest::addRow("neither") << "  "
                                 << "" << QString();
    }

    void organisation()
    {
        QFETCH(QString, organisation);
        QFETCH(QString, unit);
        QFETCH(QString, org);
        VCardContact contact = person("Aigerim Bekova");
        contact.organisation = organisation;
        contact.organisationUnit = unit;
        const QStringList lines = linesOf(contact);
        QCOMPARE(value(lines, "ORG:"), org);
        QCOMPARE(propertyLines(lines, "ORG").size(), org.isNull() ? 0 : 1);
    }

    void phones_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("uri");
        QTest::addRow("spaces") << "+7 727 300 0101"
                                << "tel:+7-727-300-0101";
        QTest::addRow("dashes kept") << "+7-727-300-0101"
                                     << "tel:+7-727-300-0101";
        QTest::addRow("parentheses") << "+7 (727) 300-01-01"
                                     << "tel:+7-(727)-300-01-01";
        QTest::addRow("dots") << "+1 202.555.0101"
                              << "tel:+1-202.555.0101";
        QTest::addRow("space after plus") << "+ 998 71 123 45 67"
                                          << "tel:+998-71-123-45-67";
        QTest::addRow("runs of separators") << "  +7  727 - 300 / 0101  "
                                            << "tel:+7-727-300-0101";
        QTest::addRow("local") << "8 727 300 0101"
                               << "tel:8-727-300-0101";
        QTest::addRow("tel: given") << "tel:+49 30 1234567"
                                    << "tel:+49-30-1234567";
        QTest::addRow("ext.") << "+971 4 123 4567 ext. 12"
                              << "tel:+971-4-123-4567;ext=12";
        QTest::addRow("x") << "+1 202 555 0101x7"
                           << "tel:+1-202-555-0101;ext=7";
        QTest::addRow("доб.") << "+7 727 300 0101 доб. 204"
                              << "tel:+7-727-300-0101;ext=204";
        QTest::addRow("Arabic-Indic digits") << "+٩٧١ ٤ ١٢٣ ٤٥٦٧"
                                             << "tel:+971-4-123-4567";
        QTest::addRow("letters dropped") << "+7 727 300 0101 (office)"
                                         << "tel:+7-727-300-0101";
        QTest::addRow("no digits") << "n/a" << QString();
        QTest::addRow("empty") << "" << QString();
    }

    void phones()
    {
        QFETCH(QString, phone);
        QFETCH(QString, uri);
        VCardContact contact = person("Aigerim Bekova");
        contact.phones = {phone};
        const QStringList tel = propertyLines(linesOf(contact), "TEL");
        if (uri.isNull())
            QVERIFY(tel.isEmpty());
        else
            QCOMPARE(tel, QStringList{"TEL;VALUE=uri;TYPE=work:" + uri});
    }

    void severalPhonesAndEmails()
    {
        VCardContact contact = person("Aigerim Bekova");
        contact.phones = {"+7 727 300 0101", " ", "+7 701 123 45 67"};
        contact.emails = {"a@zhasyl.kz", "", "b@zhasyl.kz"};
        const QStringList lines = linesOf(contact);
        QCOMPARE(propertyLines(lines, "TEL"),
                 QStringList({"TEL;VALUE=uri;TYPE=work:tel:+7-727-300-0101",
                              "TEL;VALUE=uri;TYPE=work:tel:+7-701-123-45-67"}));
        QCOMPARE(propertyLines(lines, "EMAIL"),
                 QStringList({"EMAIL;TYPE=work:a@zhasyl.kz", "EMAIL;TYPE=work:b@zhasyl.kz"}));
    }

    void telegram_data()
    {
        QTest::addColumn<QString>("telegram");
        QTest::addColumn<QString>("uri");
        QTest::addRow("@handle") << "@zhasyl_bolashak"
                                 << "tg://resolve?domain=zhasyl_bolashak";
        QTest::addRow("bare handle") << "zhasyl_bolashak"
                                     << "tg://resolve?domain=zhasyl_bolashak";
        QTest::addRow("spaces around") << "  @ zhasyl_bolashak "
                                       << "tg://resolve?domain=zhasyl_bolashak";
        QTest::addRow("https link") << "https://t.me/zhasyl_bolashak"
                                    << "tg://resolve?domain=zhasyl_bolashak";
        QTest::addRow("link, trailing slash") << "t.me/zhasyl_bolashak/"
                                              << "tg://resolve?domain=zhasyl_bolashak";
        QTest::addRow("telegram.me link") << "http://telegram.me/GreenFuture?start=1"
                                          << "tg://resolve?domain=GreenFuture";
        QTest::addRow("number") << "+7 701 123 45 67"
                                << "tg://resolve?phone=77011234567";
        QTest::addRow("number, no plus") << "77011234567"
                                         << "tg://resolve?phone=77011234567";
        QTest::addRow("number link") << "https://t.me/+77011234567"
                                     << "tg://resolve?phone=77011234567";
        QTest::addRow("tg: kept") << "tg://resolve?domain=zhasyl"
                                  << "tg://resolve?domain=zhasyl";
        QTest::addRow("odd characters encoded") << "@зелёный"
                                                << "tg://resolve?domain=%D0%B7%D0%B5%D0%BB%D1%"
                                                   "91%D0%BD%D1%8B%D0%B9";
        QTest::addRow("only @") << "@" << QString();
        QTest::addRow("empty") << "" << QString();
    }

    void telegram()
    {
        QFETCH(QString, telegram);
        QFETCH(QString, uri);
        VCardContact contact = person("Aigerim Bekova");
        contact.telegram = telegram;
        const QStringList impp = propertyLines(linesOf(contact), "IMPP");
        if (uri.isNull())
            QVERIFY(impp.isEmpty());
        else
            QCOMPARE(impp, QStringList{"IMPP;SERVICE-TYPE=Telegram:" + uri});
    }

    void whatsapp_data()
    {
        QTest::addColumn<QString>("whatsapp");
        QTest::addColumn<QString>("uri");
        QTest::addRow("international") << "+7 701 123 45 67"
                                       << "whatsapp://send?phone=77011234567";
        QTest::addRow("separators") << "+998 (90) 123-45-67"
                                    << "whatsapp://send?phone=998901234567";
        QTest::addRow("wa.me link") << "https://wa.me/971501234567"
                                    << "whatsapp://send?phone=971501234567";
        QTest::addRow("Arabic-Indic digits") << "+٩٧١٥٠١٢٣٤٥٦٧"
                                             << "whatsapp://send?phone=971501234567";
        QTest::addRow("no digits") << "none" << QString();
    }

    void whatsapp()
    {
        QFETCH(QString, whatsapp);
        QFETCH(QString, uri);
        VCardContact contact = person("Aigerim Bekova");
        contact.whatsapp = whatsapp;
        const QStringList impp = propertyLines(linesOf(contact), "IMPP");
        if (uri.isNull())
            QVERIFY(impp.isEmpty());
        else
            QCOMPARE(impp, QStringList{"IMPP;SERVICE-TYPE=WhatsApp:" + uri});
    }

    void address_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("adr");
        QTest::addRow("code and city") << "KZ"
                                       << "Алматы"
                                       << "ADR;TYPE=work;CC=KZ:;;;Алматы;;;Kazakhstan";
        QTest::addRow("lower-case code") << "uz"
                                         << "Tashkent"
                                         << "ADR;TYPE=work;CC=UZ:;;;Tashkent;;;Uzbekistan";
        QTest::addRow("code only") << "KG"
                                   << ""
                                   << "ADR;TYPE=work;CC=KG:;;;;;;Kyrgyzstan";
        QTest::addRow("city only") << ""
                                   << "Dushanbe"
                                   << "ADR;TYPE=work:;;;Dushanbe;;;";
        QTest::addRow("unknown code") << "ZZ"
                                      << ""
                                      << "ADR;TYPE=work:;;;;;;ZZ";
        QTest::addRow("country name") << "Туркменистан"
                                      << "Ашхабад"
                                      << "ADR;TYPE=work:;;;Ашхабад;;;Туркменистан";
        QTest::addRow("neither") << " "
                                 << "" << QString();
    }

    void address()
    {
        QFETCH(QString, country);
        QFETCH(QString, city);
        QFETCH(QString, adr);
        VCardContact contact = person("Aigerim Bekova");
        contact.country = country;
        contact.city = city;
        const QStringList lines = propertyLines(linesOf(contact), "ADR");
        if (adr.isNull())
            QVERIFY(lines.isEmpty());
        else
            QCOMPARE(lines, QStringList{adr});
    }

    void uid_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("line");
        QTest::addRow("urn:uuid") << "urn:uuid:6f1c2a9e-4b7d-4c3e-9a51-2d8e0f7b3c14"
                                  << "UID:urn:uuid:6f1c2a9e-4b7d-4c3e-9a51-2d8e0f7b3c14";
        QTest::addRow("bare uuid") << "6f1c2a9e-4b7d-4c3e-9a51-2d8e0f7b3c14"
                                   << "UID:urn:uuid:6f1c2a9e-4b7d-4c3e-9a51-2d8e0f7b3c14";
        QTest::addRow("braced uuid") << "{6F1C2A9E-4B7D-4C3E-9A51-2D8E0F7B3C14}"
                                     << "UID:urn:uuid:6f1c2a9e-4b7d-4c3e-9a51-2d8e0f7b3c14";
        QTest::addRow("other URI") << "https://hamkor.example/contacts/7"
                                   << "UID:https://hamkor.example/contacts/7";
        QTest::addRow("text") << "contact-7@hamkor, Almaty"
                              << "UID;VALUE=text:contact-7@hamkor\\, Almaty";
        QTest::addRow("empty") << "  " << QString();
    }

    void uid()
    {
        QFETCH(QString, uid);
        QFETCH(QString, line);
        VCardContact contact = person("Aigerim Bekova");
        contact.uid = uid;
        const QStringList lines = propertyLines(linesOf(contact), "UID");
        if (line.isNull())
            QVERIFY(lines.isEmpty());
        else
            QCOMPARE(lines, QStringList{line});
    }

    void website_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("line");
        QTest::addRow("https") << "https://greenfuture.ae/en/"
                               << "URL:https://greenfuture.ae/en/";
        QTest::addRow("no scheme") << "zhasyl.kz"
                                   << "URL:https://zhasyl.kz";
        QTest::addRow("space") << " https://example.org/our team "
                               << "URL:https://example.org/our%20team";
        QTest::addRow("Cyrillic host and path") << "https://жасыл.kz/о-нас"
                                                << "URL:https://xn--80alqx4c.kz/"
                                                   "%D0%BE-%D0%BD%D0%B0%D1%81";
        QTest::addRow("empty") << "" << QString();
    }

    void website()
    {
        QFETCH(QString, url);
        QFETCH(QString, line);
        VCardContact contact = person("Aigerim Bekova");
        contact.url = url;
        const QStringList lines = propertyLines(linesOf(contact), "URL");
        if (line.isNull())
            QVERIFY(lines.isEmpty());
        else
            QCOMPARE(lines, QStringList{line});
    }

    void revision_data()
    {
        QTest::addColumn<QDateTime>("revision");
        QTest::addColumn<QString>("rev");
        QTest::addRow("UTC") << QDateTime(QDate(2026, 11, 27), QTime(8, 43), Qt::UTC)
                             << "20261127T084300Z";
        QTest::addRow("Almaty") << QDateTime(QDate(2026, 11, 27), QTime(13, 43, 5),
                                             QTimeZone(QByteArray("Asia/Almaty")))
                                << "20261127T084305Z";
        QTest::addRow("offset, across midnight")
            << QDateTime(QDate(2027, 1, 1), QTime(2, 0), Qt::OffsetFromUTC, 5 * 3600)
            << "20261231T210000Z";
        QTest::addRow("invalid") << QDateTime() << QString();
    }

    void revision()
    {
        QFETCH(QDateTime, revision);
        QFETCH(QString, rev);
        VCardContact contact = person("Aigerim Bekova");
        contact.revision = revision;
        const QStringList lines = propertyLines(linesOf(contact), "REV");
        if (rev.isNull())
            QVERIFY(lines.isEmpty());
        else
            QCOMPARE(lines, QStringList{"REV:" + rev});
    }

    void emptyOptionalFieldsWriteNothing()
    {
        VCardContact contact = person("Aigerim Bekova");
        contact.uid.clear();
        contact.organisation = " ";
        contact.organisationUnit = "";
        contact.title = "\t";
        contact.emails = {"", "  "};
        contact.phones = {" "};
        contact.whatsapp = " ";
        contact.telegram = "";
        contact.url = " ";
        contact.country = "";
        contact.city = " ";
        contact.note = "\n";
        QByteArray expected = "BEGIN:VCARD\nVERSION:4.0\nPRODID:-//Hamkor//Hamkor 0.1//EN\n"
                              "FN:Aigerim Bekova\nN:Bekova;Aigerim;;;\nEND:VCARD\n";
        expected.replace("\n", "\r\n");
        QCOMPARE(VCardWriter::write({contact}), expected);
    }

    // Without a person's name the card is the organisation's own (RFC 6350 6.1.4).
    void organisationCard()
    {
        VCardContact contact = person("");
        contact.organisation = "Жасыл  Болашақ";
        contact.emails = {"info@zhasyl.kz"};
        const QStringList lines = linesOf(contact);
        QVERIFY(lines.contains("KIND:org"));
        QCOMPARE(value(lines, "FN:"), "Жасыл Болашақ");
        QCOMPARE(value(lines, "ORG:"), "Жасыл  Болашақ");
        QVERIFY(propertyLines(lines, "N").isEmpty());

        // No name and no organisation: FN is required, so it is written empty.
        const QStringList bare = linesOf(person(""));
        QVERIFY(bare.contains("FN:"));
        QVERIFY(!bare.contains("KIND:org"));
        QVERIFY(propertyLines(bare, "N").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVCardFields)
#include "TestVCardFields.moc"
