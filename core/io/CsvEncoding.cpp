// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvEncoding.h"

#include <cstring>

namespace hamkor {
namespace core {
namespace csv {

// Where a byte lies as a text editor counts it: 1-based line, 1-based byte in that line.
// Only used to word an error, so a second pass over the bytes is fine.
std::pair<qsizetype, qsizetype> bytePosition(const QByteArray &bytes, qsizetype from,
                                             qsizetype offset)
{
    qsizetype line = 1;
    qsizetype lineStart = from;
    for (qsizetype i = from; i < offset; ++i) {
        const char c = bytes[i];
        // CRLF counts once, at its LF.
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, offset - lineStart + 1};
}

// The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1.
// Well-formed as in Unicode table 3-7: no overlong forms, no surrogates, nothing above
// U+10FFFF, so that whatever we accept, QString::fromUtf8 decodes without replacement.
qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = from;
    while (i < size) {
        // Most CSV bytes are ASCII: check eight at a time.
        if (i + 8 <= size) {
            quint64 chunk;
            std::memcpy(&chunk, data + i, sizeof chunk);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The length, and the range allowed for the second byte, from Unicode table 3-7.
        const qsizetype length = lead < 0xC2   ? 0
                                 : lead < 0xE0 ? 2
                                 : lead < 0xF0 ? 3
                                 : lead < 0xF5 ? 4
                                               : 0;
        const unsigned char low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        const unsigned char high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (length == 0 || i + length > size || data[i + 1] < low || data[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

// Russian text in Windows-1251 is mostly letters 0xC0-0xFF standing together in words.
// Latin-1 accents mostly stand alone between ASCII letters, UTF-8 never has two such bytes
// in a row, and 0x98 is the one byte that Windows-1251 leaves undefined. Guessing wrong
// would import garbage silently, so when in doubt the caller reports the UTF-8 error.
bool looksLikeWindows1251(const QByteArray &bytes, qsizetype from)
{
    qsizetype letters = 0;
    qsizetype inRuns = 0;
    qsizetype runs = 0;
    qsizetype run = 0;
    const auto endRun = [&] {
        if (run >= 2) {
            ++runs;
            inRuns += run;
        }
        run = 0;
    };
    for (qsizetype i = from; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte == 0x98)
            return false;
        if (byte >= 0xC0) {
            ++letters;
            ++run;
        } else {
            endRun();
        }
    }
    endRun();
    return runs >= 2 && inRuns * 10 >= letters * 7;
}

} // namespace csv
} // namespace core
} // namespace hamkor
