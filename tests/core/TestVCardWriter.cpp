// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/VCardWriter.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace hamkor::core;

namespace {

VCardContact person(const QString &fullName)
{
    VCardContact contact;
    contact.uid = "urn:uuid:6f1c2a9e-4b7d-4c3e-9a51-2d8e0f7b3c14";
    contact.fullName = fullName;
    return contact;
}

// RFC 6350 3.2 unfolding: remove every CRLF followed by one space, then split at CRLF.
QStringList unfold(QByteArray vcf)
{
    vcf.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(vcf).split("\r\n");
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList linesOf(const VCardContact &contact)
{
    return unfold(VCardWriter::write({contact}));
}

QString unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

// The value of the first logical line starting with prefix (e.g. "NOTE:"); a null string
// when there is none.
QString value(const QStringList &lines, const QString &prefix)
{
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return QString();
}

// The lines of the given property, whatever its parameters: "TEL" finds "TEL;VALUE=uri…".
QStringList propertyLines(const QStringList &lines, const QString &name)
{
    QStringList out;
    for (const QString &line : lines) {
        if (line.startsWith(name + ':') || line.startsWith(name + ';'))
            out << line;
    }
    return out;
}

// A device that fails the way a full disk does: every write is refused, or cut short.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 accepted) : m_accepted(accepted) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        setErrorString("No space left on device");
        return m_accepted < 0 ? -1 : std::min(size, m_accepted);
    }

private:
    qint64 m_accepted;
};

} // namespace

class TestVCardWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden()
    {
        VCardContact first = person("Айгерим Бекова");
        first.organisation = "Жасыл Болашақ";
        first.organisationUnit = "Гранты; партнёрства";
        first.title = "Директор программ";
        first.emails = {"a.bekova@zhasyl.kz", "info@zhasyl.kz"};
        first.phones = {"+7 727 300 0101", "+7 (701) 123-45-67"};
        first.whatsapp = "+7 701 123 45 67";
        first.telegram = "@zhasyl_bolashak";
        first.url = "zhasyl.kz";
        first.country = "KZ";
        first.city = "Алматы";
        first.note = "Партнёр по проекту «Чистый воздух», 2026–2028.\nЗвонить после 10:00.";
        first.revision = QDateTime(QDate(2026, 11, 27), QTime(8, 43), Qt::UTC);

        VCardContact second = person("محمد عبدالله الفاسي");
        second.uid = "0B6F9D2C-8E3A-4F1B-B7C5-9A2D4E6F8A10"; // a bare UUID gets its urn: form
        second.organisation = "Green Future Foundation";
        second.emails = {"m.alfasi@greenfuture.ae"};
        second.phones = {"+971 4 123 4567 ext. 12"};
        second.telegram = "+971 50 123 4567";
        second.country = "ae";
        second.city = "Dubai";
        second.revision =
            QDateTime(QDate(2026, 11, 27), QTime(12, 43), QTimeZone(QByteArray("Asia/Dubai")));

        // The NOTE is exactly 75 octets up to "202": the fold falls between two digits.
        QByteArray expected = R"(BEGIN:VCARD
VERSION:4.0
PRODID:-//Hamkor//Hamkor 0.1//EN
UID:urn:uuid:6f1c2a9e-4b7d-4c3e-9a51-2d8e0f7b3c14
FN:Айгерим Бекова
N:Айгерим Бекова;;;;
ORG:Жасыл Болашақ;Гранты\; партнёрства
TITLE:Директор программ
EMAIL;TYPE=work:a.bekova@zhasyl.kz
EMAIL;TYPE=work:info@zhasyl.kz
TEL;VALUE=uri;TYPE=work:tel:+7-727-300-0101
TEL;VALUE=uri;TYPE=work:tel:+7-(701)-123-45-67
IMPP;SERVICE-TYPE=WhatsApp:whatsapp://send?phone=77011234567
IMPP;SERVICE-TYPE=Telegram:tg://resolve?domain=zhasyl_bolashak
URL:https://zhasyl.kz
ADR;TYPE=work;CC=KZ:;;;Алматы;;;Kazakhstan
NOTE:Партнёр по проекту «Чистый воздух»\, 202
 6–2028.\nЗвонить после 10:00.
REV:20261127T084300Z
END:VCARD
BEGIN:VCARD
VERSION:4.0
PRODID:-//Hamkor//Hamkor 0.1//EN
UID:urn:uuid:0b6f9d2c-8e3a-4f1b-b7c5-9a2d4e6f8a10
FN:محمد عبدالله الفاسي
N:محمد عبدالله الفاسي;;;;
ORG:Green Future Foundation
EMAIL;TYPE=work:m.alfasi@greenfuture.ae
TEL;VALUE=uri;TYPE=work:tel:+971-4-123-4567;ext=12
IMPP;SERVICE-TYPE=Telegram:tg://resolve?phone=971501234567
ADR;TYPE=work;CC=AE:;;;Dubai;;;United Arab Emirates
REV:20261127T084300Z
END:VCARD
)";
        expected.replace("\n", "\r\n");
        QCOMPARE(VCardWriter::write({first, second}), expected);

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(VCardWriter::write(buffer, {first, second}));
        QCOMPARE(buffer.data(), expected);
    }

    void nameComponents_data()
    {
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<QString>("n");
        QTest::addRow("one word") << "Aigerim"
                                  << "Aigerim;;;;";
        QTest::addRow("given family") << "John Smith"
                                      << "Smith;John;;;";
        QTest::addRow("middle names") << "John Ronald Reuel Tolkien"
                                      << "Tolkien;John;Ronald,Reuel;;";
        QTest::addRow("particle") << "Ludwig van Beethoven"
                                  << "van Beethoven;Ludwig;;;";
        QTest::addRow("two particles") << "Maria de la Cruz"
                                       << "de la Cruz;Maria;;;";
        QTest::addRow("diacritics") << "José Müller"
                                    << "Müller;José;;;";
        QTest::addRow("Uzbek Latin") << "Gʻayrat Oʻrinboyev"
                                     << "Oʻrinboyev;Gʻayrat;;;";
        QTest::addRow("extra spaces") << "  John \n Smith "
                                      << "Smith;John;;;";
        QTest::addRow("Cyrillic") << "Бекова Айгерим Нурлановна"
                                  << "Бекова Айгерим Нурлановна;;;;";
        QTest::addRow("Kazakh") << "Әсел Құрманғали"
                                << "Әсел Құрманғали;;;;";
        QTest::addRow("Arabic") << "محمد عبدالله"
                                << "محمد عبدالله;;;;";
        QTest::addRow("mixed scripts") << "Aigerim Бекова"
                                       << "Aigerim Бекова;;;;";
        QTest::addRow("family, given") << "Smith, John"
                                       << "Smith\\, John;;;;";
        QTest::addRow("Chinese") << "王小明"
                                 << "王小明;;;;";
    }
    void nameComponents()
    {
        QFETCH(QString, fullName);
        QFETCH(QString, n);
        const QStringList lines = linesOf(person(fullName));
        QCOMPARE(value(lines, "N:"), n);
        QCOMPARE(value(lines, "FN:"), fullName.simplified().replace(",", "\\,"));
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::addRow("comma") << "Bishkek, Osh"
                               << "Bishkek\\, Osh";
        QTest::addRow("semicolon") << "a; b"
                                   << "a\\; b";
        QTest::addRow("backslash") << "C:\\grants\\eu"
                                   << "C:\\\\grants\\\\eu";
        QTest::addRow("newline") << "one\ntwo"
                                 << "one\\ntwo";
        QTest::addRow("CRLF") << "one\r\ntwo"
                              << "one\\ntwo";
        QTest::addRow("CR") << "one\rtwo"
                            << "one\\ntwo";
        QTest::addRow("paragraph separator") << "one\u2029two"
                                             << "one\\ntwo";
        QTest::addRow("backslash n") << "\\n"
                                     << "\\\\n";
        QTest::addRow("all at once") << "a\\b,c;d\ne"
                                     << "a\\\\b\\,c\\;d\\ne";
        QTest::addRow("kept") << "a: \"b\"\tc"
                              << "a: \"b\"\tc";
        QTest::addRow("control dropped") << QString::fromUtf8("a\x01\x7f"
                                                              "b")
                                         << "ab";
        QTest::addRow("Cyrillic") << "Жасыл, Болашақ"
                                  << "Жасыл\\, Болашақ";
    }
    void escaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        VCardContact contact = person("Aigerim Bekova");
        contact.title = text;
        contact.note = text;
        contact.organisation = text;
        contact.organisationUnit = text;
        contact.city = text;
        contact.country = text;
        const QStringList lines = linesOf(contact);
        QCOMPARE(value(lines, "TITLE:"), escaped);
        QCOMPARE(value(lines, "NOTE:"), escaped);
        // Compound values: the unescaped ';' separates components, escaped ones are content.
        QCOMPARE(value(lines, "ORG:"), escaped + ';' + escaped);
        QCOMPARE(value(lines, "ADR;TYPE=work:"), ";;;" + escaped + ";;;" + escaped);
    }

    void escapedName()
    {
        const QStringList lines = linesOf(person("Ann; \\Lee"));
        QCOMPARE(value(lines, "FN:"), "Ann\\; \\\\Lee");
        QCOMPARE(value(lines, "N:"), "\\\\Lee;Ann\\;;;;");
    }

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

    void folding_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addRow("Cyrillic") << QString(
            "Общественное объединение «Жасыл Болашақ» — партнёр консорциума по программе "
            "поддержки гражданского общества в Центральной Азии; отвечает за мониторинг, "
            "оценку и отчётность, а также за работу с местными сообществами в Алматинской, "
            "Жамбылской и Туркестанской областях.\nКонтакт по вопросам бюджета — бухгалтерия.");
        QTest::addRow("Kazakh, repeated") << QString("Қазақстан Республикасы, ").repeated(12);
        QTest::addRow("Arabic") << QString("مؤسسة المستقبل الأخضر للتنمية المستدامة؛ ").repeated(6);
        QTest::addRow("four-byte") << "Emoji " + QString("🇰🇿🌱").repeated(40);
        QTest::addRow("ASCII") << QString(300, u'x');
        QTest::addRow("escapes") << QString("\\,;\n").repeated(60);
    }
    void folding()
    {
        QFETCH(QString, note);
        VCardContact contact = person("Aigerim Bekova");
        contact.note = note;
        const QByteArray vcf = VCardWriter::write({contact});
        int folded = 0;
        for (const QByteArray &line : vcf.split('\n')) {
            const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(content.size() <= 75, content.constData());
            // Each physical line must be valid UTF-8 on its own.
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = decoder(content);
            QVERIFY2(!decoder.hasError() && text.toUtf8() == content, content.constData());
            if (content.startsWith(' '))
                ++folded;
        }
        QVERIFY(folded > 0);
        QCOMPARE(unescape(value(unfold(vcf), "NOTE:")), note.trimmed());
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

    void crlfOnly()
    {
        VCardContact contact = person("Aigerim Bekova");
        contact.note = QString("line one\nline two\r\nline three\rline four ").repeated(4);
        contact.organisation = "Green\nFuture";
        const QByteArray vcf = VCardWriter::write({contact, person("Айгерим")});
        QVERIFY(vcf.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        QVERIFY(vcf.endsWith("END:VCARD\r\n"));
        for (qsizetype i = 0; i < vcf.size(); ++i) {
            if (vcf.at(i) == '\n')
                QVERIFY(i > 0 && vcf.at(i - 1) == '\r');
            if (vcf.at(i) == '\r')
                QVERIFY(i + 1 < vcf.size() && vcf.at(i + 1) == '\n');
        }
        QCOMPARE(vcf.count("BEGIN:VCARD\r\n"), 2);
        QCOMPARE(vcf.count("END:VCARD\r\n"), 2);
    }

    void noContacts()
    {
        QVERIFY(VCardWriter::write(QList<VCardContact>{}).isEmpty());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(VCardWriter::write(buffer, {}));
        QVERIFY(buffer.data().isEmpty());
    }

    void deterministic()
    {
        VCardContact a = person("Айгерим Бекова");
        a.note = QString("Тест, test; \\ ").repeated(10);
        a.revision = QDateTime(QDate(2026, 11, 27), QTime(8, 43), Qt::UTC);
        VCardContact b = person("John Smith");
        b.phones = {"+1 202 555 0101"};
        const QByteArray once = VCardWriter::write({a, b});
        QCOMPARE(VCardWriter::write({a, b}), once);
        // Cards come out in the caller's order.
        const QByteArray reversed = VCardWriter::write({b, a});
        QVERIFY(reversed.indexOf("FN:John Smith") < reversed.indexOf("FN:Айгерим"));
        QCOMPARE(reversed.size(), once.size());
    }

    void unwritableDevice()
    {
        QBuffer closed;
        const Status status = VCardWriter::write(closed, {person("Aigerim Bekova")});
        QVERIFY(!status);
        QVERIFY(!status.message().isEmpty());
    }

    void failingDevice_data()
    {
        QTest::addColumn<qint64>("accepted");
        QTest::addRow("refused") << qint64(-1);
        QTest::addRow("nothing written") << qint64(0);
        QTest::addRow("cut short") << qint64(10);
    }
    void failingDevice()
    {
        QFETCH(qint64, accepted);
        FailingDevice device(accepted);
        QVERIFY(device.isWritable());
        const Status status = VCardWriter::write(device, {person("Aigerim Bekova")});
        QVERIFY(!status);
        QVERIFY2(status.message().contains("No space left on device"),
                 qPrintable(status.message()));
    }
};

QTEST_GUILESS_MAIN(TestVCardWriter)
#include "TestVCardWriter.moc"
