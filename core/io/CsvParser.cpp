// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvParser.h"

#include <utility>

namespace hamkor {
namespace core {
namespace csv {

namespace {

constexpr qsizetype Megabyte = 1024 * 1024;

QString sizeText(qsizetype bytes)
{
    if (bytes >= Megabyte && bytes % Megabyte == 0)
        return CsvReader::tr("%1 MB").arg(bytes / Megabyte);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return CsvReader::tr("%1 KB").arg(bytes / 1024);
    return CsvReader::tr("%1 bytes").arg(bytes);
}

qsizetype utf8Length(QStringView text)
{
    qsizetype length = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        // A surrogate pair is four bytes: two for each half.
        length += unit < 0x80 ? 1 : (unit < 0x800 || c.isSurrogate()) ? 2 : 3;
    }
    return length;
}

} // namespace

// The header line decides: the candidate that occurs most often outside quotes on the
// first line that is not blank (or, when every line is blank, in the whole text, so that a
// row of delimiters is still seen as blank). Ties go to tab, then ';', then ',': a Russian header
// such as "Сумма, руб;Дата" has one comma and one semicolon, and Russian Excel separates by ';'.
std::optional<QChar> detectDelimiter(QStringView text, bool final)
{
    constexpr char16_t candidates[] = {u'\t', u';', u','};
    qsizetype counts[] = {0, 0, 0};
    qsizetype blankCounts[] = {0, 0, 0};
    bool quoted = false;
    bool content = false;
    bool ended = false;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit == u'"') {
            quoted = !quoted;
            content = true;
        } else if (quoted) {
            continue;
        } else if (unit == u'\r' || unit == u'\n') {
            if (content) {
                ended = true;
                break;
            }
            for (int k = 0; k < 3; ++k) {
                blankCounts[k] += counts[k];
                counts[k] = 0;
            }
        } else if (unit == candidates[0] || unit == candidates[1] || unit == candidates[2]) {
            ++counts[unit == candidates[0] ? 0 : unit == candidates[1] ? 1 : 2];
        } else if (!c.isSpace()) {
            content = true;
        }
    }
    if (!ended && !final)
        return std::nullopt;
    if (!content) {
        for (int k = 0; k < 3; ++k)
            counts[k] += blankCounts[k];
    }
    int best = 2; // a single column has no delimiter; ',' reads it as well as any
    for (int k = 0; k < 3; ++k) {
        if (counts[k] > counts[best] || (counts[k] > 0 && counts[k] == counts[best] && k < best))
            best = k;
    }
    return QChar(candidates[best]);
}

void RecordParser::setText(QStringView text, bool final)
{
    m_data = text.utf16();
    m_size = text.size();
    m_final = final;
    m_pos = 0;
}

Status RecordParser::readRecord(QStringList &cells, qsizetype &line, bool &complete)
{
    const qsizetype start = m_pos;
    const qsizetype startLine = m_line;
    line = m_line;
    m_cutOff = false;
    Status status = readCells(cells);
    complete = !m_cutOff;
    if (m_cutOff) {
        m_pos = start;
        m_line = startLine;
        cells.clear();
    }
    return status;
}

Status RecordParser::readCells(QStringList &cells)
{
    qsizetype column = 1;
    for (;;) {
        const Status cell = (m_pos < m_size && m_data[m_pos] == u'"') ? readQuoted(cells, column)
                                                                      : readPlain(cells, column);
        if (!cell || m_cutOff)
            return cell;
        if (m_pos >= m_size) {
            cutOff();
            return {};
        }
        const char16_t next = m_data[m_pos++];
        if (next == m_delimiter) {
            ++column;
            continue;
        }
        // A CR, an LF or a CRLF ends the record.
        if (next == u'\r') {
            if (m_pos < m_size) {
                if (m_data[m_pos] == u'\n')
                    ++m_pos;
            } else if (cutOff()) { // an LF may follow
                return {};
            }
        }
        ++m_line;
        return {};
    }
}

Status RecordParser::readPlain(QStringList &cells, qsizetype column)
{
    const qsizetype start = m_pos;
    while (m_pos < m_size) {
        const char16_t c = m_data[m_pos];
        if (c == m_delimiter || c == u'\r' || c == u'\n')
            break;
        if (c == u'"') {
            return Error{CsvReader::tr("Line %1, column %2: a quote inside a cell that does "
                                       "not start with one. Put the whole cell in quotes "
                                       "and double the quotes inside it.")
                             .arg(m_line)
                             .arg(column)};
        }
        ++m_pos;
    }
    const QStringView cell(m_data + start, m_pos - start);
    if (m_pos >= m_size && !m_final) {
        // The cell may go on in the text that follows. One too large already is refused
        // now, so that a file without line ends is not held whole before it is.
        if (cell.size() > m_options.maxCellBytes)
            return tooLarge(m_line, column);
        cutOff();
        return {};
    }
    if (Status size = checkSize(cell, m_line, column); !size)
        return size;
    cells.append(cell.toString());
    return {};
}

Status RecordParser::readQuoted(QStringList &cells, qsizetype column)
{
    const qsizetype startLine = m_line;
    const qsizetype start = ++m_pos;
    qsizetype segment = start;
    QString unescaped; // only used when the cell holds doubled quotes
    for (;;) {
        while (m_pos < m_size && m_data[m_pos] != u'"') {
            const char16_t c = m_data[m_pos];
            if (c == u'\n' || (c == u'\r' && (m_pos + 1 >= m_size || m_data[m_pos + 1] != u'\n')))
                ++m_line;
            ++m_pos;
        }
        if (m_pos >= m_size) {
            if (!m_final) {
                if (unescaped.size() + (m_pos - segment) > m_options.maxCellBytes)
                    return tooLarge(startLine, column);
                cutOff();
                return {};
            }
            return Error{CsvReader::tr("A quoted cell that starts on line %1 is never closed.")
                             .arg(startLine)};
        }
        // A quote at the end of the text so far may be the first of two.
        if (m_pos + 1 >= m_size && cutOff())
            return {};
        if (m_pos + 1 >= m_size || m_data[m_pos + 1] != u'"')
            break;
        // "" stands for one quote: keep the text up to and including the first.
        unescaped.append(QStringView(m_data + segment, m_pos + 1 - segment));
        m_pos += 2;
        segment = m_pos;
        // UTF-16 units never outnumber UTF-8 bytes: a cheap test that stops a huge
        // cell early without measuring the text again after every quote.
        if (unescaped.size() > m_options.maxCellBytes)
            return tooLarge(startLine, column);
    }
    const QStringView tail(m_data + segment, m_pos - segment);
    ++m_pos; // the closing quote
    if (m_pos < m_size) {
        const char16_t next = m_data[m_pos];
        if (next != m_delimiter && next != u'\r' && next != u'\n') {
            return Error{CsvReader::tr("Line %1, column %2: text after the closing quote of "
                                       "a cell. Put the whole cell in quotes and double the "
                                       "quotes inside it.")
                             .arg(m_line)
                             .arg(column)};
        }
    }
    QStringView cell = tail;
    if (segment != start) {
        unescaped.append(tail);
        cell = unescaped;
    }
    if (Status size = checkSize(cell, startLine, column); !size)
        return size;
    cells.append(segment == start ? tail.toString() : std::move(unescaped));
    return {};
}

// The limit is in bytes of the file; UTF-16 never has more units than UTF-8 has bytes,
// so the exact count is only needed for cells that are close to the limit.
Status RecordParser::checkSize(QStringView cell, qsizetype line, qsizetype column) const
{
    const qsizetype max = m_options.maxCellBytes;
    if (cell.size() <= max && (!m_utf8 || cell.size() <= max / 3 || utf8Length(cell) <= max))
        return {};
    return tooLarge(line, column);
}

Status RecordParser::tooLarge(qsizetype line, qsizetype column) const
{
    return Error{CsvReader::tr("Line %1, column %2: the cell is larger than %3.")
                     .arg(line)
                     .arg(column)
                     .arg(sizeText(m_options.maxCellBytes))};
}

} // namespace csv
} // namespace core
} // namespace hamkor
