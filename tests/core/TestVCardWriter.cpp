// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/VCardWriter.h"
#include "tests/core/VCardLines.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace hamkor::core;
using namespace hamkor::core::testing;

namespace {

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
