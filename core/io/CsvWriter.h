// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QChar>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace hamkor {
namespace core {

struct CsvCell
{
    QString text;
    // Numbers (such as "-1234.50") are written as they are; text is neutralized so that a
    // spreadsheet never runs it as a formula.
    bool number = false;
    // Text a spreadsheet would read as a number or a date (a heading code such as 1.1 or
    // 1.1.1): in a CSV for Excel it is written so that it stays text.
    bool keepText = false;
};

struct CsvWriteOptions
{
    QChar delimiter = u',';
    bool byteOrderMark = false; // Excel needs it to read UTF-8; scripts usually do not
    // For Excel in the user's locale: numbers with decimalPoint (a comma in Russian), and
    // keepText cells as ="1.1.1", a constant Excel shows as the text, never as 1 January.
    bool excel = false;
    QChar decimalPoint = u'.';

    // What a spreadsheet program set to locale opens as it is: ';' where the decimal point
    // is a comma (as Russian Excel saves CSV), a byte-order mark, numbers its way.
    static CsvWriteOptions forExcel(const QLocale &locale);
};

// Writes RFC 4180 CSV in UTF-8 with CRLF line ends to any QIODevice, so exporters write
// to a QSaveFile and tests to a QBuffer. Text cells that a spreadsheet would take for a
// formula (OWASP "CSV Injection") are prefixed with a single quote.
//
// Rows are collected in a buffer and written in large blocks: call status() after the
// last row, before committing a QSaveFile or reading a QBuffer. It writes what is still
// buffered and returns the first write error. The destructor writes the rest as well.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::CsvWriter)

public:
    explicit CsvWriter(QIODevice &device, CsvWriteOptions options = {});
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRow(const QList<CsvCell> &cells);
    void writeTextRow(const QStringList &cells);
    // Writes out the buffer, then reports the device's first write error in words.
    Status status() const;

    // text with a leading ' when it starts with =, +, -, @, tab, CR or LF.
    static QString neutralized(const QString &text);

private:
    void appendCell(QStringView text, bool number);
    void appendExcelCell(const CsvCell &cell);
    void endRow();
    void flush() const;

    QIODevice &m_device;
    CsvWriteOptions m_options;
    // Mutable so that status(), which callers see as a query, can write the last block.
    mutable QString m_buffer;
    mutable QString m_error;
};

} // namespace core
} // namespace hamkor
