// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QFile;
class QIODevice;

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
    // How much of a file a streamed read takes at a time.
    qsizetype chunkBytes = 1024 * 1024;
};

// What a streamed read hands over: first the header (a table without rows: its header,
// delimiter, and encoding as far as the bytes read so far tell), then each data row with
// the line it starts on. A handler that fails stops the reading with its error.
using CsvHeaderHandler = std::function<Status(const CsvTable &head)>;
using CsvRowHandler = std::function<Status(QStringList &cells, int line)>;

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

    // Reads a chunk at a time and hands each row over as it is read, so that a file of a
    // million rows is never held: the checks and messages of parse(), met as the reading
    // reaches them. The encoding is decided by the first bytes that are not ASCII; bytes
    // further on that do not fit it are an error that names their line.
    static Status stream(QIODevice &device, const CsvOptions &options,
                         const CsvHeaderHandler &onHeader, const CsvRowHandler &onRow);
    static Status streamFile(const QString &path, const CsvOptions &options,
                             const CsvHeaderHandler &onHeader, const CsvRowHandler &onRow);
    // Opens file (not yet open) on path for reading, or says why it cannot be read.
    static Status open(const QString &path, QFile &file);
};

} // namespace core
} // namespace hamkor
