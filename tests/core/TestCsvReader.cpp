// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvReader.h"
#include "tests/core/CsvSamples.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkor::core;

using namespace csvsamples;

namespace {

// What CsvReader::stream handed over, a chunk of chunkBytes at a time.
struct Streamed
{
    Status status;
    CsvTable table;
    int headers = 0;
};

Streamed streamed(const QByteArray &bytes, qsizetype chunkBytes, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    options.chunkBytes = chunkBytes;
    Streamed result;
    result.status = CsvReader::stream(
        buffer, options,
        [&](const CsvTable &head) {
            ++result.headers;
            result.table.header = head.header;
            result.table.encoding = head.encoding;
            result.table.delimiter = head.delimiter;
            return Status();
        },
        [&](QStringList &cells, int line) {
            result.table.rows.append(cells);
            result.table.rowLines.append(line);
            return Status();
        });
    return result;
}

// Rows with every kind of line end, quoted cells over several lines with doubled quotes, and
// characters of two, three and four bytes in UTF-8, to be cut anywhere.
QByteArray awkward(int rows)
{
    QString text = "category,description,amount\r\n";
    for (int i = 0; i < rows; ++i) {
        const QString n = QString::number(i);
        switch (i % 4) {
        case 0:
            text += "1.1,\"Line " + n + " spans\r\ntwo lines, with \"\"quotes\"\" and ж\"," + n +
                    "\r\n";
            break;
        case 1:
            text += "2.1,Поездка в Алматы — €" + n + ",20\n";
            break;
        case 2:
            text += "3.1,\"\U0001F600 emoji; and\nmore\",30\r";
            break;
        default:
            text += "4.1,plain " + n + ",40\r\n";
        }
    }
    return text.toUtf8();
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void good_data() { csvsamples::good(); }
    void good()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, header);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, lines);
        QFETCH(QChar, delimiter);
        QFETCH(QString, encoding);
        const auto table = CsvReader::parse(bytes);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->header, header);
        QCOMPARE(table->rows, rows);
        QCOMPARE(table->rowLines, lines);
        QCOMPARE(table->delimiter, delimiter);
        QCOMPARE(table->encoding, encoding);
    }

    void broken_data() { csvsamples::broken(); }
    void broken()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, maxRows);
        QFETCH(QString, message);
        CsvOptions options;
        options.maxRows = maxRows;
        const auto table = CsvReader::parse(bytes, options);
        QVERIFY(!table.ok());
        QVERIFY2(table.message().contains(message), qPrintable(table.message()));
    }

    void multibyteCellWithinLimit()
    {
        const auto table = CsvReader::parse("a\n" + QString(400'000, QChar(u'ж')).toUtf8());
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->rows.at(0).at(0).size(), 400'000);
    }

    void smallCellLimit()
    {
        CsvOptions options;
        options.maxCellBytes = 4;
        QVERIFY(CsvReader::parse("abcd\n\"wxyz\"\n\"w\"\"xy\"\n", options).ok());
        const auto table = CsvReader::parse("abcd\n\"wx\"\"yz\"\n", options); // wx"yz
        QVERIFY(!table.ok());
        QCOMPARE(table.message(), "Line 2, column 1: the cell is larger than 4 bytes.");
    }

    void manyRows()
    {
        const QByteArray bytes = generated(20, 20'000, ';');
        QElapsedTimer timer;
        timer.start();
        const auto table = CsvReader::parse(bytes);
        qInfo("%lld bytes, 20,000 rows x 20 columns in %lld ms", qint64(bytes.size()),
              qint64(timer.elapsed()));
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->rows.size(), 20'000);
        QCOMPARE(table->rowLines.last(), 20'001);
        QCOMPARE(table->rows.last().last(), "cell 19999-19");
        QCOMPARE(table->delimiter, QChar(u';'));
    }

    // Every good file reads the same streamed, however small the chunks.
    void streamedGood_data() { csvsamples::good(); }
    void streamedGood()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, header);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, lines);
        QFETCH(QChar, delimiter);
        QFETCH(QString, encoding);
        for (const qsizetype chunk : {1, 2, 3, 5, 8, 64, 1024 * 1024}) {
            const Streamed read = streamed(bytes, chunk);
            QVERIFY2(read.status.ok(), qPrintable(read.status.message()));
            QCOMPARE(read.headers, 1);
            QCOMPARE(read.table.header, header);
            QCOMPARE(read.table.rows, rows);
            QCOMPARE(read.table.rowLines, lines);
            QCOMPARE(read.table.delimiter, delimiter);
            QCOMPARE(read.table.encoding, encoding);
        }
    }

    // Every broken file is refused streamed with the same message.
    void streamedBroken_data() { csvsamples::broken(); }
    void streamedBroken()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, maxRows);
        QFETCH(QString, message);
        CsvOptions options;
        options.maxRows = maxRows;
        // A cell of megabytes is read again from its start after each chunk: not by the byte.
        const QList<qsizetype> chunks = bytes.size() > 100'000 ? QList<qsizetype>{65536, 300'000}
                                                               : QList<qsizetype>{1, 3, 7, 4096};
        for (const qsizetype chunk : chunks) {
            const Streamed read = streamed(bytes, chunk, options);
            QVERIFY(!read.status.ok());
            QVERIFY2(read.status.message().contains(message), qPrintable(read.status.message()));
        }
    }

    // Cut at every place: a quoted cell over several lines, doubled quotes, CR, LF and CRLF,
    // and characters of two to four bytes split between chunks (decoded chunk by chunk when
    // a byte-order mark says UTF-8, or after the first 64 KB that decide the encoding).
    void streamedAcrossChunks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<qsizetype>>("chunks");
        QList<qsizetype> small;
        for (qsizetype chunk = 1; chunk <= 48; ++chunk)
            small << chunk;
        QTest::addRow("small") << awkward(60) << small;
        QTest::addRow("small, byte-order mark") << "\xEF\xBB\xBF" + awkward(60) << small;
        QTest::addRow("large") << awkward(3000) << QList<qsizetype>{7, 13, 4093, 65537};
    }
    void streamedAcrossChunks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<qsizetype>, chunks);
        const auto whole = CsvReader::parse(bytes);
        QVERIFY2(whole.ok(), qPrintable(whole.message()));
        QVERIFY(whole->rows.size() >= 60);
        for (const qsizetype chunk : chunks) {
            const Streamed read = streamed(bytes, chunk);
            QVERIFY2(read.status.ok(), qPrintable(read.status.message()));
            QCOMPARE(read.table.header, whole->header);
            QCOMPARE(read.table.rows, whole->rows);
            QCOMPARE(read.table.rowLines, whole->rowLines);
        }
    }

    // Bytes that do not fit the encoding far into a file, after the chunks that decided it,
    // are named by their line.
    void streamedLaterErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QByteArray utf8 = "a,b\n";
        for (int i = 0; i < 5000; ++i)
            utf8 += "Жасыл,\xE2\x82\xB8 " + QByteArray::number(i) + "\r\n";
        QTest::addRow("invalid UTF-8") << utf8 + "x,y\xff\n"
                                       << "The file is not valid UTF-8 at line 5002, byte 4.";
        QTest::addRow("NUL") << utf8 + QByteArray("\n\nx,\0\n", 6)
                             << "Line 5004, byte 3: the file contains a NUL byte";
        QByteArray cyrillic = windows1251("Имя;Город\r\n");
        for (int i = 0; i < 5000; ++i)
            cyrillic += windows1251("Айгуль Ахметова;Алматы\r\n");
        QTest::addRow("Windows-1251, then UTF-8")
            << cyrillic + "\r\n" + QString("Бахтияр Ташкентов;Ташкент\r\n").toUtf8()
            << "Line 5003, byte 1: the file began in Windows-1251 (Cyrillic), but is in another "
               "encoding here.";
        QTest::addRow("Windows-1251, then 0x98")
            << cyrillic + "ab;\x98\n"
            << "Line 5002, byte 4: the file began in Windows-1251";
    }
    void streamedLaterErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const Streamed read = streamed(bytes, 16 * 1024);
        QVERIFY(!read.status.ok());
        QVERIFY2(read.status.message().contains(message), qPrintable(read.status.message()));
        QVERIFY(read.table.rows.size() > 1000); // read up to there, row by row
    }

    // A file that is ASCII for more than a chunk is decided by its first letters further on.
    void streamedAsciiThenWindows1251()
    {
        QByteArray bytes = "name;city\r\n";
        for (int i = 0; i < 20'000; ++i)
            bytes += "Name " + QByteArray::number(i) + ";City\r\n";
        bytes += windows1251("Айгуль;Алматы\r\nБахтияр;Ташкент\r\n");
        const Streamed read = streamed(bytes, 8192);
        QVERIFY2(read.status.ok(), qPrintable(read.status.message()));
        QCOMPARE(read.table.rows.size(), 20'002);
        QCOMPARE(read.table.rows.last(), (QStringList{"Бахтияр", "Ташкент"}));
        QCOMPARE(read.table.delimiter, QChar(u';'));
    }

    // A handler's error stops the reading there.
    void streamedHandlerStops()
    {
        int rows = 0;
        QBuffer buffer;
        buffer.setData(generated(3, 100));
        buffer.open(QIODevice::ReadOnly);
        CsvOptions options;
        options.chunkBytes = 16;
        const Status read = CsvReader::stream(
            buffer, options, [](const CsvTable &) { return Status(); },
            [&](QStringList &, int line) {
                ++rows;
                return line == 5 ? Status(Error{"enough"}) : Status();
            });
        QCOMPARE(read.message(), "enough");
        QCOMPARE(rows, 4);
        QCOMPARE(CsvReader::streamFile("/no/such/file.csv", {}, {}, {}).message(),
                 "The file /no/such/file.csv does not exist.");
    }

    void readFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("partners.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(windows1251("Имя;Город\r\nАйгуль;Алматы\r\nБахтияр;Ташкент\r\n"));
        file.close();
        const auto table = CsvReader::readFile(path);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->encoding, "Windows-1251");
        QCOMPARE(table->rows, (Rows{{"Айгуль", "Алматы"}, {"Бахтияр", "Ташкент"}}));

        const QString missing = dir.filePath("missing.csv");
        const auto none = CsvReader::readFile(missing);
        QVERIFY(!none.ok());
        QCOMPARE(none.message(), QString("The file %1 does not exist.").arg(missing));

        const auto folder = CsvReader::readFile(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY2(folder.message().contains(dir.path()), qPrintable(folder.message()));

        if (QFile::setPermissions(path, QFileDevice::WriteOwner) &&
            !QFile(path).open(QIODevice::ReadOnly)) {
            const auto locked = CsvReader::readFile(path);
            QVERIFY(!locked.ok());
            QVERIFY2(locked.message().startsWith("Could not open " + path),
                     qPrintable(locked.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
