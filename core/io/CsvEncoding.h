// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <utility>

namespace hamkor {
namespace core {

// What CsvReader asks of a file's bytes before decoding them: whether they are well-formed
// UTF-8, or Russian text saved as Windows-1251, and where a bad byte lies.
namespace csv {

// Counts lines as a text editor does (CR, LF and CRLF each end one) while a file goes by a
// chunk at a time, so that a bad byte far into it is still named by its line.
class LineCounter
{
public:
    // The first line starts at byte lineStart of the file (after a byte-order mark).
    explicit LineCounter(qint64 lineStart = 0) : m_lineStart(lineStart) {}

    // Goes past bytes, which start at byte first of the file.
    void pass(QByteArrayView bytes, qint64 first);
    // Where the byte at offset lies (1-based line, 1-based byte in that line), bytes being
    // the ones that follow what the counter has passed, from byte first of the file.
    std::pair<qsizetype, qsizetype> position(QByteArrayView bytes, qint64 first,
                                             qint64 offset) const;

private:
    qsizetype m_line = 1;
    qint64 m_lineStart = 0;
    bool m_afterCr = false;
};

// Where a byte lies as a text editor counts it: 1-based line, 1-based byte in that line.
std::pair<qsizetype, qsizetype> bytePosition(QByteArrayView bytes, qsizetype from,
                                             qsizetype offset);
// The offset of the first byte from from that does not start a well-formed UTF-8 sequence,
// or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes, qsizetype from);
// How many bytes at the end begin a UTF-8 sequence that the bytes end before it does (0 to
// 3): a chunk of a file cut in the middle of a character keeps them for the next one.
qsizetype unfinishedUtf8(QByteArrayView bytes);
// The offset of the first byte from from that is not ASCII, or -1.
qsizetype firstNonAscii(QByteArrayView bytes, qsizetype from);
// The offset of the first three Cyrillic letters in a row in UTF-8, or -1: Russian text in
// Windows-1251 never reads so, so a file that does has changed its encoding.
qsizetype utf8Cyrillic(QByteArrayView bytes);
// Whether the bytes from from read as Russian text in Windows-1251.
bool looksLikeWindows1251(QByteArrayView bytes, qsizetype from);

} // namespace csv
} // namespace core
} // namespace hamkor
