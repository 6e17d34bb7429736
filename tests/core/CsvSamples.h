// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV files of TestCsvReader, good and broken, read whole and streamed.
#pragma once

#include "core/io/CsvReader.h"

#include <QStringEncoder>
#include <QTest>

namespace csvsamples {

using Rows = QList<QStringList>;

inline QByteArray windows1251(const QString &text)
{
    QStringEncoder encoder("windows-1251");
    const QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

// A header of `columns` names and `rows` rows of short cells, joined by `delimiter`.
inline QByteArray generated(int columns, int rows, char delimiter = ',')
{
    QByteArray bytes;
    for (int c = 0; c < columns; ++c)
        bytes += (c ? QByteArray(1, delimiter) : QByteArray()) + "Column " + QByteArray::number(c);
    bytes += "\r\n";
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            bytes += (c ? QByteArray(1, delimiter) : QByteArray()) + "cell " +
                     QByteArray::number(r) + '-' + QByteArray::number(c);
        bytes += "\r\n";
    }
    return bytes;
}

// Columns bytes, header, rows, lines, delimiter, encoding: files read as they should be.
inline void good()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("encoding");

    const QStringList nameAmount{"Name", "Amount"};
    const Rows aliceBob{{"Alice", "10"}, {"Bob", "20"}};
    QTest::addRow("comma") << QByteArray("Name,Amount\nAlice,10\nBob,20\n") << nameAmount
                           << aliceBob << QList<int>{2, 3} << QChar(u',') << "UTF-8";
    QTest::addRow("semicolon") << QByteArray("Name;Amount\nAlice;10\nBob;20\n") << nameAmount
                               << aliceBob << QList<int>{2, 3} << QChar(u';') << "UTF-8";
    QTest::addRow("tab") << QByteArray("Name\tAmount\nAlice\t10\nBob\t20\n") << nameAmount
                         << aliceBob << QList<int>{2, 3} << QChar(u'\t') << "UTF-8";
    QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBFName,Amount\nAlice,10\nBob,20\n") << nameAmount
                         << aliceBob << QList<int>{2, 3} << QChar(u',') << "UTF-8";
    QTest::addRow("CRLF") << QByteArray("Name,Amount\r\nAlice,10\r\nBob,20\r\n") << nameAmount
                          << aliceBob << QList<int>{2, 3} << QChar(u',') << "UTF-8";
    QTest::addRow("CR") << QByteArray("Name,Amount\rAlice,10\rBob,20\r") << nameAmount << aliceBob
                        << QList<int>{2, 3} << QChar(u',') << "UTF-8";
    QTest::addRow("no final newline") << QByteArray("Name,Amount\nAlice,10\nBob,20") << nameAmount
                                      << aliceBob << QList<int>{2, 3} << QChar(u',') << "UTF-8";
    QTest::addRow("trailing empty lines")
        << QByteArray("Name,Amount\r\nAlice,10\r\nBob,20\r\n\r\n\n\r\n") << nameAmount << aliceBob
        << QList<int>{2, 3} << QChar(u',') << "UTF-8";
    QTest::addRow("blank rows skipped")
        << QByteArray("\nName;Amount\n;\nAlice;10\n\n  ; \nBob;20\n;;;\n") << nameAmount << aliceBob
        << QList<int>{4, 7} << QChar(u';') << "UTF-8";
    QTest::addRow("header trimmed")
        << QByteArray(" Name ,  Amount \nAlice,10\nBob,20\n") << nameAmount << aliceBob
        << QList<int>{2, 3} << QChar(u',') << "UTF-8";
    QTest::addRow("cells not trimmed")
        << QByteArray("a,b\n x , y\n") << QStringList{"a", "b"} << Rows{{" x ", " y"}}
        << QList<int>{2} << QChar(u',') << "UTF-8";
    QTest::addRow("quoted newlines")
        << QByteArray("Name,Note\r\n\"Alice\",\"two\r\nlines\"\r\nBob,\"a\nb\rc\"\r\nEve,x\r\n")
        << QStringList{"Name", "Note"}
        << Rows{{"Alice", "two\r\nlines"}, {"Bob", "a\nb\rc"}, {"Eve", "x"}} << QList<int>{2, 4, 7}
        << QChar(u',') << "UTF-8";
    QTest::addRow("quoted delimiters")
        << QByteArray("a;b\n\"1;2\";\"3,4\"\n\"\";\";\"\n") << QStringList{"a", "b"}
        << Rows{{"1;2", "3,4"}, {"", ";"}} << QList<int>{2, 3} << QChar(u';') << "UTF-8";
    QTest::addRow("doubled quotes")
        << QByteArray("a,b\n\"He said \"\"hi\"\"\",\"\"\"\"\n\"x\"\"\",2\n")
        << QStringList{"a", "b"} << Rows{{"He said \"hi\"", "\""}, {"x\"", "2"}} << QList<int>{2, 3}
        << QChar(u',') << "UTF-8";
    QTest::addRow("empty cells") << QByteArray("a,b,c\n,,1\n2,,\n") << QStringList{"a", "b", "c"}
                                 << Rows{{"", "", "1"}, {"2", "", ""}} << QList<int>{2, 3}
                                 << QChar(u',') << "UTF-8";
    QTest::addRow("single column")
        << QByteArray("Name\nAlice\n\nBob\n") << QStringList{"Name"} << Rows{{"Alice"}, {"Bob"}}
        << QList<int>{2, 4} << QChar(u',') << "UTF-8";
    QTest::addRow("header only") << QByteArray("a;b\r\n") << QStringList{"a", "b"} << Rows{}
                                 << QList<int>{} << QChar(u';') << "UTF-8";
    // Russian Excel writes the comma inside a name without quotes: ';' still wins.
    QTest::addRow("comma inside a name")
        << QByteArray("Сумма, руб;Дата\n1,5;2024\n") << QStringList{"Сумма, руб", "Дата"}
        << Rows{{"1,5", "2024"}} << QList<int>{2} << QChar(u';') << "UTF-8";
    QTest::addRow("quoted delimiter in header")
        << QByteArray("\"a,b\";c\n1;2\n") << QStringList{"a,b", "c"} << Rows{{"1", "2"}}
        << QList<int>{2} << QChar(u';') << "UTF-8";
    QTest::addRow("UTF-8 Cyrillic, Kazakh, Arabic")
        << QString("Атауы;Сома\nҚазақстан;₸ 1 000\nمرحبا;٣\n").toUtf8()
        << QStringList{"Атауы", "Сома"} << Rows{{"Қазақстан", "₸ 1 000"}, {"مرحبا", "٣"}}
        << QList<int>{2, 3} << QChar(u';') << "UTF-8";
    QTest::addRow("UTF-8 emoji") << QString("a\n\U0001F600\n").toUtf8() << QStringList{"a"}
                                 << Rows{{"\U0001F600"}} << QList<int>{2} << QChar(u',') << "UTF-8";
    // U+FEFF inside the text is a character (a streamed chunk may begin with it); a second
    // byte-order mark at the start is dropped as the first is.
    QTest::addRow("U+FEFF inside") << QByteArray("[\xEF\xBB\xBF"
                                                 "a,b\nx,\xD2\x9B\n")
                                   << QStringList{"[\uFEFFa", "b"} << Rows{{"x", "қ"}}
                                   << QList<int>{2} << QChar(u',') << "UTF-8";
    QTest::addRow("two byte-order marks")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                      "a;b\n1;2\n")
        << QStringList{"a", "b"} << Rows{{"1", "2"}} << QList<int>{2} << QChar(u';') << "UTF-8";
    const QString russian = "Организация;Сумма;Примечание\r\n"
                            "Фонд «Развитие»;1 500,00;ёлка — №5\r\n"
                            "\"Общество; Ромашка\";200;\"Ещё\r\nстрока\"\r\n";
    QTest::addRow("Windows-1251") << windows1251(russian)
                                  << QStringList{"Организация", "Сумма", "Примечание"}
                                  << Rows{{"Фонд «Развитие»", "1 500,00", "ёлка — №5"},
                                          {"Общество; Ромашка", "200", "Ещё\r\nстрока"}}
                                  << QList<int>{2, 3} << QChar(u';') << "Windows-1251";
}

// Columns bytes, maxRows, message: files refused, and what the message says.
inline void broken()
{
    using hamkor::core::CsvOptions;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("maxRows");
    QTest::addColumn<QString>("message");
    const qsizetype rows = CsvOptions().maxRows;

    QTest::addRow("empty") << QByteArray() << rows << "The file is empty.";
    QTest::addRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << rows << "The file is empty.";
    QTest::addRow("only blank lines") << QByteArray("\r\n \n;;\n") << rows << "no header";
    QTest::addRow("unclosed quote") << QByteArray("a,b\n1,2\n3,4\n\"x,5\n6,7\n") << rows
                                    << "A quoted cell that starts on line 4 is never closed.";
    QTest::addRow("unclosed quote after quoted newlines")
        << QByteArray("a,b\n\"1\n\n\",2\n3,\"4\n") << rows
        << "A quoted cell that starts on line 5 is never closed.";
    QTest::addRow("stray quote") << QByteArray("a,b,c\n1,2,3\n1,2,3\n1,2,3\n1,2,x\"y\n") << rows
                                 << "Line 5, column 3: a quote inside a cell";
    QTest::addRow("quote after spaces")
        << QByteArray("a,b\n1, \"2\"\n") << rows << "Line 2, column 2: a quote inside";
    QTest::addRow("text after closing quote") << QByteArray("a,b\n\"x\ny\"z,2\n") << rows
                                              << "Line 3, column 1: text after the closing quote";
    QTest::addRow("ragged row, too few") << generated(20, 5) + "1,2,3,4,5\r\n"
                                         << rows << "Line 7 has 5 cells, but the header has 20.";
    QTest::addRow("ragged row, too many")
        << QByteArray("a;b\n1;2\n1;2;3\n") << rows << "Line 3 has 3 cells, but the header has 2.";
    QTest::addRow("ragged row, one cell")
        << QByteArray("a;b\n1;2\n1\n") << rows << "Line 3 has 1 cell, but the header has 2.";
    QTest::addRow("Latin-1") << QByteArray("Name,City\nAlice,Paris\nJos\xe9,M\xfcnchen\n") << rows
                             << "is not valid UTF-8 at line 3, byte 4.";
    QTest::addRow("invalid UTF-8 at byte 17")
        << QByteArray("a,b\n1,2\n\"0123456789\",abc\xff\n") << rows
        << "The file is not valid UTF-8 at line 3, byte 17. Save the file as UTF-8 (CSV "
           "UTF-8 in Excel) and try again.";
    QTest::addRow("truncated UTF-8")
        << QByteArray("a\n\xd0") << rows << "is not valid UTF-8 at line 2, byte 1.";
    QTest::addRow("overlong UTF-8")
        << QByteArray("a\r\nb\xc0\xaf\r\n") << rows << "is not valid UTF-8 at line 2, byte 2.";
    QTest::addRow("UTF-8 surrogate")
        << QByteArray("a\nxy\xed\xa0\x80\n") << rows << "is not valid UTF-8 at line 2, byte 3.";
    // Cyrillic-looking, but 0x98 is undefined in Windows-1251.
    QTest::addRow("1251 with 0x98") << windows1251("Имя;Фамилия\n") + "\x98\n"
                                    << rows << "is not valid UTF-8 at line 1, byte 1.";
    QTest::addRow("BOM then 1251") << "\xEF\xBB\xBF" + windows1251("Имя;Фамилия\nАня;Ли\n") << rows
                                   << "is not valid UTF-8 at line 1, byte 1.";
    QTest::addRow("cell of 10 MB") << "a\n" + QByteArray(10 * 1024 * 1024, 'x') + "\n"
                                   << rows << "Line 2, column 1: the cell is larger than 1 MB.";
    QTest::addRow("quoted cell of 10 MB")
        << "a,b\n1,\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"\n"
        << rows << "Line 2, column 2: the cell is larger than 1 MB.";
    QTest::addRow("quoted cell of 10 MB with quotes")
        << "a,b\n1,\n\"\n" + QByteArray(5 * 1024 * 1024, 'x').replace("x", "\"\"") + "\",2\n"
        << rows << "Line 3, column 1: the cell is larger than 1 MB.";
    // 400,000 Cyrillic letters are 800,000 bytes in UTF-8: still within 1 MB.
    // 600,000 are 1.2 MB although they are only 600,000 UTF-16 characters.
    QTest::addRow("multibyte cell over 1 MB")
        << "a\n" + QString(600'000, QChar(u'ж')).toUtf8() << rows
        << "Line 2, column 1: the cell is larger than 1 MB.";
    QTest::addRow("NUL byte") << QByteArray("a,b\n1,2\n3,\0\n", 11) << rows
                              << "Line 3, byte 3: the file contains a NUL byte";
    QTest::addRow("UTF-16") << QByteArray("\xFF\xFE"
                                          "a\0,\0b\0",
                                          8)
                            << rows << "UTF-16";
    QTest::addRow("too many rows")
        << QByteArray("a\n1\n2\n3\n") << qsizetype(2) << "The file has more than 2 rows.";
}

} // namespace csvsamples
