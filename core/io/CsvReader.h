// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hamkor {
namespace core {

// A CSV file as read: one header row naming the columns, then data rows that each have
// exactly header.size() cells.
struct CsvTable
{
    QStringList header;      // trimmed column names
    QList<QStringList> rows; // cells as written, not trimmed
    QList<int> rowLines;     // 1-based line where each data row starts, for messages
    QString encoding;        // "UTF-8" or "Windows-1251"
    QChar delimiter;         // ',', ';' or '\t'
};

// Limits that keep a hostile or mistaken file from exhausting memory.
struct CsvOptions
{
    qsizetype maxCellBytes = 1024 * 1024;
    qsizetype maxRows = 5'000'000;
};

// Reads CSV as spreadsheet programs in Central Asia really save it: RFC 4180 quoting,
// CRLF/LF/CR line ends, an optional UTF-8 byte-order mark, ',' or ';' or tab as the
// delimiter (Russian Excel saves ';'), and UTF-8 or, for older files saved on Russian
// Windows, Windows-1251. Anything else is an error that says where the problem is, so a
// user can fix the file instead of importing garbage.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::CsvReader)

public:
    static Result<CsvTable> parse(const QByteArray &bytes, const CsvOptions &options = {});
    static Result<CsvTable> readFile(const QString &path, const CsvOptions &options = {});
};

} // namespace core
} // namespace hamkor
