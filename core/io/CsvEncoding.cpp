// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvEncoding.h"

#include <cstring>

namespace hamkor {
namespace core {
namespace csv {

void LineCounter::pass(QByteArrayView bytes, qint64 first)
{
    const char *data = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = data[i];
        if (c == '\r') {
            ++m_line;
            m_lineStart = first + i + 1;
            m_afterCr = true;
        } else if (c == '\n') {
            // CRLF counts once, at its CR.
            if (!m_afterCr)
                ++m_line;
            m_lineStart = first + i + 1;
            m_afterCr = false;
        } else {
            m_afterCr = false;
        }
    }
}

// Only used to word an error, so a second pass over the bytes is fine.
std::pair<qsizetype, qsizetype> LineCounter::position(QByteArrayView bytes, qint64 first,
                                                      qint64 offset) const
{
    LineCounter counter = *this;
    counter.pass(bytes.first(qsizetype(offset - first)), first);
    return {counter.m_line, qsizetype(offset - counter.m_lineStart + 1)};
}

std::pair<qsizetype, qsizetype> bytePosition(QByteArrayView bytes, qsizetype from, qsizetype offset)
{
    return LineCounter(from).position(bytes.sliced(from), from, offset);
}

// The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1.
// Well-formed as in Unicode table 3-7: no overlong forms, no surrogates, nothing above
// U+10FFFF, so that whatever we accept, QString::fromUtf8 decodes without replacement.
qsizetype firstInvalidUtf8(QByteArrayView bytes, qsizetype from)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
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

qsizetype unfinishedUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto byte = static_cast<unsigned char>(bytes[size - back]);
        if (byte < 0x80)
            return 0;
        if (byte >= 0xC0) {
            const qsizetype length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
            return length > back ? back : 0;
        }
    }
    return 0;
}

qsizetype firstNonAscii(QByteArrayView bytes, qsizetype from)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = from;
    for (; i + 8 <= size; i += 8) {
        quint64 chunk;
        std::memcpy(&chunk, data + i, sizeof chunk);
        if ((chunk & 0x8080808080808080ULL) != 0)
            break;
    }
    for (; i < size; ++i)
        if (data[i] >= 0x80)
            return i;
    return -1;
}

qsizetype utf8Cyrillic(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    int letters = 0;
    for (qsizetype i = 0; i + 1 < bytes.size();) {
        // U+0400 to U+04FF: D0 to D3, then a continuation byte.
        if (data[i] >= 0xD0 && data[i] <= 0xD3 && data[i + 1] >= 0x80 && data[i + 1] <= 0xBF) {
            if (++letters == 3)
                return i - 4;
            i += 2;
        } else {
            letters = 0;
            ++i;
        }
    }
    return -1;
}

// Russian text in Windows-1251 is mostly letters 0xC0-0xFF standing together in words.
// Latin-1 accents mostly stand alone between ASCII letters, UTF-8 never has two such bytes
// in a row, and 0x98 is the one byte that Windows-1251 leaves undefined. Guessing wrong
// would import garbage silently, so when in doubt the caller reports the UTF-8 error.
bool looksLikeWindows1251(QByteArrayView bytes, qsizetype from)
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
