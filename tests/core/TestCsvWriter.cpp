// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"

#include <QBuffer>
#include <QTest>

#include <functional>
#include <utility>

using namespace hamkor::core;

namespace {
// A device that counts how often it is written to and can be told to fail.
class CountingDevice : public QIODevice
{
public:
    int writes = 0;
    qint64 bytes = 0;
    bool fail = false;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (fail) {
            setErrorString("No space left on device");
            return -1;
        }
        ++writes;
        bytes += size;
        return size;
    }
};

QByteArray written(const std::function<void(CsvWriter &)> &write, CsvWriteOptions options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, options);
    write(writer);
    const Status status = writer.status();
    if (!status)
        qWarning("%s", qPrintable(status.message()));
    return buffer.data();
}
} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows()
    {
        const QByteArray bytes = written([](CsvWriter &writer) {
            writer.writeTextRow({"Name", "Amount", "Note"});
            writer.writeRow({{"Alice"}, {"-1234.50", true}, {"plain"}});
            writer.writeRow({{"Bob, Jr."}, {"20", true}, {"He said \"hi\""}});
            writer.writeTextRow({"two\nlines", "", " padded "});
            writer.writeTextRow({"cr\rhere", "crlf\r\nthere", "semi;colon"});
            writer.writeTextRow({"Ақтөбе", "مرحبا", "\"\""});
        });
        QCOMPARE(bytes, QByteArray("Name,Amount,Note\r\n"
                                   "Alice,-1234.50,plain\r\n"
                                   "\"Bob, Jr.\",20,\"He said \"\"hi\"\"\"\r\n"
                                   "\"two\nlines\",,\" padded \"\r\n"
                                   "\"cr\rhere\",\"crlf\r\nthere\",semi;colon\r\n") +
                            QString("Ақтөбе,مرحبا,\"\"\"\"\"\"\r\n").toUtf8());
    }

    void injection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("=") << "=SUM(A1:A9)" << QByteArray("'=SUM(A1:A9)");
        QTest::addRow("+") << "+7 700 123 45 67" << QByteArray("'+7 700 123 45 67");
        QTest::addRow("-") << "-2+3" << QByteArray("'-2+3");
        QTest::addRow("@") << "@SUM(1)" << QByteArray("'@SUM(1)");
        QTest::addRow("tab") << "\t=1" << QByteArray("'\t=1");
        QTest::addRow("CR") << "\r=1" << QByteArray("\"'\r=1\"");
        QTest::addRow("LF") << "\n=1" << QByteArray("\"'\n=1\"");
        QTest::addRow("quoted formula")
            << "=HYPERLINK(\"http://x\",\"y\")"
            << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::addRow("formula with comma") << "=1,2" << QByteArray("\"'=1,2\"");
        QTest::addRow("text that looks negative") << "-1234.50" << QByteArray("'-1234.50");
        QTest::addRow("equals later") << "a=b" << QByteArray("a=b");
        QTest::addRow("space then equals") << " =1" << QByteArray("\" =1\"");
        QTest::addRow("empty") << "" << QByteArray("");
    }
    void injection()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(written([&](CsvWriter &writer) { writer.writeTextRow({text}); }),
                 expected + "\r\n");
        QCOMPARE(written([&](CsvWriter &writer) { writer.writeRow({{text}}); }), expected + "\r\n");
    }

    void neutralized_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QList<std::pair<const char *, const char *>> starts{
            {"=", "="},    {"+", "+"},   {"-", "-"},  {"@", "@"},
            {"\t", "tab"}, {"\r", "CR"}, {"\n", "LF"}};
        for (const auto &[start, name] : starts)
            QTest::addRow("%s", name) << QString(start) + "x" << QString("'") + start + "x";
        QTest::addRow("plain") << "x=1"
                               << "x=1";
        QTest::addRow("empty") << ""
                               << "";
        QTest::addRow("quote first") << "'=1"
                                     << "'=1";
    }
    void neutralized()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::neutralized(text), expected);
    }

    void numbersUnchanged_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("negative") << "-1234.50" << QByteArray("-1234.50");
        QTest::addRow("plus") << "+5" << QByteArray("+5");
        QTest::addRow("zero") << "0" << QByteArray("0");
        QTest::addRow("exponent") << "-1e-3" << QByteArray("-1e-3");
        // A decimal comma is still a number, but the delimiter forces quotes.
        QTest::addRow("decimal comma") << "-1,5" << QByteArray("\"-1,5\"");
    }
    void numbersUnchanged()
    {
        QFETCH(QString, number);
        QFETCH(QByteArray, expected);
        QCOMPARE(written([&](CsvWriter &writer) {
                     writer.writeRow({{"Total"}, {number, true}});
                 }),
                 "Total," + expected + "\r\n");
    }

    void byteOrderMarkAndSemicolon()
    {
        CsvWriteOptions options;
        options.delimiter = u';';
        options.byteOrderMark = true;
        const QByteArray bytes = written(
            [](CsvWriter &writer) {
                writer.writeTextRow({"Сумма, руб", "Дата"});
                writer.writeRow({{"1,5", true}, {"a;b"}});
            },
            options);
        QCOMPARE(bytes, "\xEF\xBB\xBF" + QString("Сумма, руб;Дата\r\n1,5;\"a;b\"\r\n").toUtf8());

        options.delimiter = u'\t';
        options.byteOrderMark = false;
        QCOMPARE(written(
                     [](CsvWriter &writer) {
                         writer.writeTextRow({"a\tb", "c", "d "});
                     },
                     options),
                 QByteArray("\"a\tb\"\tc\t\"d \"\r\n"));
    }

    void byteOrderMarkWithoutRows()
    {
        CsvWriteOptions options;
        options.byteOrderMark = true;
        QCOMPARE(written([](CsvWriter &) {}, options), QByteArray("\xEF\xBB\xBF"));
        QCOMPARE(written([](CsvWriter &) {}), QByteArray());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<bool>("byteOrderMark");
        QTest::addRow("comma") << QChar(u',') << false;
        QTest::addRow("semicolon with BOM") << QChar(u';') << true;
        QTest::addRow("tab") << QChar(u'\t') << false;
    }
    void roundTrip()
    {
        QFETCH(QChar, delimiter);
        QFETCH(bool, byteOrderMark);
        const QStringList header{"Организация", "الاسم", "Note", "Amount"};
        const QList<QStringList> rows{
            {"Фонд «Развитие»", "جمعية \"الأمل\"", "line one\nline two", "-1234.50"},
            {"Қоғамдық бірлестік", "", "tab\there; and, commas", "0"},
            {"\"quoted\"", "  spaces  ", "crlf\r\nand cr\r", "+7"},
            {"=SUM(A1)", "@user", "-minus", "1e6"},
            {"😀 emoji", "\"", ",", ";"},
        };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer, {delimiter, byteOrderMark});
        writer.writeTextRow(header);
        for (const QStringList &row : rows) {
            QList<CsvCell> cells;
            for (qsizetype i = 0; i < row.size(); ++i)
                cells.append({row.at(i), i == 3});
            writer.writeRow(cells);
        }
        QVERIFY(writer.status().ok());

        const auto table = CsvReader::parse(buffer.data());
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->delimiter, delimiter);
        QCOMPARE(table->encoding, "UTF-8");
        QCOMPARE(table->header, header);
        QCOMPARE(table->rows.size(), rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QStringList expected = rows.at(r);
            for (qsizetype i = 0; i < 3; ++i)
                expected[i] = CsvWriter::neutralized(expected.at(i));
            QCOMPARE(table->rows.at(r), expected);
        }
        QCOMPARE(table->rowLines, (QList<int>{2, 4, 5, 8, 9}));
    }

    void writesInBlocks()
    {
        CountingDevice device;
        QVERIFY(device.open(QIODevice::WriteOnly));
        {
            CsvWriter writer(device);
            for (int i = 0; i < 100'000; ++i)
                writer.writeRow({{"Partner " + QString::number(i)}, {QString::number(i), true}});
            QVERIFY(writer.status().ok());
        }
        // About 2 MB in blocks of 64 K characters, not 200,000 writes.
        QVERIFY2(device.writes < 100, qPrintable(QString::number(device.writes)));
        QCOMPARE(device.bytes, qint64(2'077'780));
    }

    void writeError()
    {
        CountingDevice device;
        QVERIFY(device.open(QIODevice::WriteOnly));
        device.fail = true;
        CsvWriter writer(device);
        writer.writeTextRow({"a", "b"});
        const Status status = writer.status();
        QVERIFY(!status.ok());
        QCOMPARE(status.message(), "Could not write the CSV file: No space left on device.");
        // The error stays, later rows are not written.
        device.fail = false;
        writer.writeTextRow({"c"});
        QVERIFY(!writer.status().ok());
        QCOMPARE(device.writes, 0);
    }

    void notOpen()
    {
        QBuffer buffer;
        CsvWriter writer(buffer);
        writer.writeTextRow({"a"});
        QVERIFY(!writer.status().ok());
        QVERIFY(writer.status().message().contains("not open for writing"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
