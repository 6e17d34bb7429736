// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <utility>

namespace hamkor {
namespace core {

// What CsvReader asks of a file's bytes before decoding them: whether they are well-formed
// UTF-8, or Russian text saved as Windows-1251, and where a bad byte lies.
namespace csv {

// Where a byte lies as a text editor counts it: 1-based line, 1-based byte in that line.
std::pair<qsizetype, qsizetype> bytePosition(const QByteArray &bytes, qsizetype from,
                                             qsizetype offset);
// The offset of the first byte from from that does not start a well-formed UTF-8 sequence,
// or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from);
// Whether the bytes from from read as Russian text in Windows-1251.
bool looksLikeWindows1251(const QByteArray &bytes, qsizetype from);

} // namespace csv
} // namespace core
} // namespace hamkor
