// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvReader.h"

#include "core/io/CsvEncoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <cstring>
#include <utility>

namespace hamkor {
namespace core {

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

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        for (const QChar c : cell) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

// The header line decides: the candidate that occurs most often outside quotes on the
// first line that is not blank (or, when every line is blank, in the whole text, so that a
// row of delimiters is still seen as blank). Ties go to tab, then ';', then ',': a Russian header
// such as "Сумма, руб;Дата" has one comma and one semicolon, and Russian Excel separates by ';'.
QChar detectDelimiter(QStringView text)
{
    constexpr char16_t candidates[] = {u'\t', u';', u','};
    qsizetype counts[] = {0, 0, 0};
    qsizetype blankCounts[] = {0, 0, 0};
    bool quoted = false;
    bool content = false;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit == u'"') {
            quoted = !quoted;
            content = true;
        } else if (quoted) {
            continue;
        } else if (unit == u'\r' || unit == u'\n') {
            if (content)
                break;
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

// One pass over the decoded text with an index: no regular expressions, one copy per cell.
class Parser
{
public:
    Parser(const QString &text, QChar delimiter, const CsvOptions &options, bool utf8)
        : m_data(QStringView(text).utf16()), m_size(text.size()), m_delimiter(delimiter.unicode()),
          m_options(options), m_utf8(utf8)
    {}

    bool atEnd() const { return m_pos >= m_size; }

    // Reads the cells of the record at the current position and the line it starts on.
    Status readRecord(QStringList &cells, qsizetype &line)
    {
        line = m_line;
        qsizetype column = 1;
        for (;;) {
            const Status cell = (m_pos < m_size && m_data[m_pos] == u'"')
                                    ? readQuoted(cells, column)
                                    : readPlain(cells, column);
            if (!cell)
                return cell;
            if (m_pos >= m_size)
                return {};
            const char16_t next = m_data[m_pos++];
            if (next == m_delimiter) {
                ++column;
                continue;
            }
            // A CR, an LF or a CRLF ends the record.
            if (next == u'\r' && m_pos < m_size && m_data[m_pos] == u'\n')
                ++m_pos;
            ++m_line;
            return {};
        }
    }

private:
    Status readPlain(QStringList &cells, qsizetype column)
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
        if (Status size = checkSize(cell, m_line, column); !size)
            return size;
        cells.append(cell.toString());
        return {};
    }

    Status readQuoted(QStringList &cells, qsizetype column)
    {
        const qsizetype startLine = m_line;
        const qsizetype start = ++m_pos;
        qsizetype segment = start;
        QString unescaped; // only used when the cell holds doubled quotes
        for (;;) {
            while (m_pos < m_size && m_data[m_pos] != u'"') {
                const char16_t c = m_data[m_pos];
                if (c == u'\n' ||
                    (c == u'\r' && (m_pos + 1 >= m_size || m_data[m_pos + 1] != u'\n')))
                    ++m_line;
                ++m_pos;
            }
            if (m_pos >= m_size) {
                return Error{CsvReader::tr("A quoted cell that starts on line %1 is never closed.")
                                 .arg(startLine)};
            }
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
    Status checkSize(QStringView cell, qsizetype line, qsizetype column) const
    {
        const qsizetype max = m_options.maxCellBytes;
        if (cell.size() <= max && (!m_utf8 || cell.size() <= max / 3 || utf8Length(cell) <= max))
            return {};
        return tooLarge(line, column);
    }

    Status tooLarge(qsizetype line, qsizetype column) const
    {
        return Error{CsvReader::tr("Line %1, column %2: the cell is larger than %3.")
                         .arg(line)
                         .arg(column)
                         .arg(sizeText(m_options.maxCellBytes))};
    }

    const char16_t *m_data;
    qsizetype m_size;
    char16_t m_delimiter;
    const CsvOptions &m_options;
    bool m_utf8;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
};

} // namespace

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const CsvOptions &options)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const qsizetype start = bom ? 3 : 0;
    if (bytes.size() == start)
        return Error{tr("The file is empty.")};
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return Error{tr("The file is saved as UTF-16 (Unicode text). Save it as UTF-8 (CSV "
                        "UTF-8 in Excel) and try again.")};
    }
    if (const qsizetype nul = bytes.indexOf('\0', start); nul >= 0) {
        const auto [line, column] = csv::bytePosition(bytes, start, nul);
        return Error{tr("Line %1, byte %2: the file contains a NUL byte, so it is not a text "
                        "file. Save it as CSV UTF-8 and try again.")
                         .arg(line)
                         .arg(column)};
    }

    CsvTable table;
    QString text;
    const qsizetype invalid = csv::firstInvalidUtf8(bytes, start);
    // A byte-order mark says UTF-8, so such a file is never guessed to be Windows-1251.
    if (invalid < 0) {
        table.encoding = QStringLiteral("UTF-8");
        text = QString::fromUtf8(bytes.constData() + start, bytes.size() - start);
    } else if (!bom && csv::looksLikeWindows1251(bytes, start)) {
        QStringDecoder decoder("windows-1251");
        if (!decoder.isValid()) {
            return Error{tr("The file looks like Windows-1251 (Cyrillic), which this system "
                            "cannot read. Save the file as UTF-8 (CSV UTF-8 in Excel) and try "
                            "again.")};
        }
        table.encoding = QStringLiteral("Windows-1251");
        text = decoder.decode(QByteArrayView(bytes).sliced(start));
    } else {
        const auto [line, column] = csv::bytePosition(bytes, start, invalid);
        return Error{tr("The file is not valid UTF-8 at line %1, byte %2. Save the file as UTF-8 "
                        "(CSV UTF-8 in Excel) and try again.")
                         .arg(line)
                         .arg(column)};
    }

    table.delimiter = detectDelimiter(text);
    Parser parser(text, table.delimiter, options, table.encoding == u"UTF-8");
    bool haveHeader = false;
    while (!parser.atEnd()) {
        QStringList cells;
        cells.reserve(haveHeader ? table.header.size() : 16);
        qsizetype line = 0;
        if (Status record = parser.readRecord(cells, line); !record)
            return record.error();
        // Blank lines and rows of empty cells are what spreadsheets leave behind.
        if (isBlank(cells))
            continue;
        if (!haveHeader) {
            for (QString &name : cells)
                name = name.trimmed();
            table.header = std::move(cells);
            haveHeader = true;
            continue;
        }
        if (cells.size() != table.header.size()) {
            if (cells.size() == 1) {
                return Error{tr("Line %1 has 1 cell, but the header has %2.")
                                 .arg(line)
                                 .arg(table.header.size())};
            }
            return Error{tr("Line %1 has %2 cells, but the header has %3.")
                             .arg(line)
                             .arg(cells.size())
                             .arg(table.header.size())};
        }
        if (table.rows.size() >= options.maxRows) {
            return Error{tr("The file has more than %1 rows. Split it into smaller files and "
                            "import them one at a time.")
                             .arg(options.maxRows)};
        }
        table.rows.append(std::move(cells));
        table.rowLines.append(int(std::min<qsizetype>(line, INT_MAX)));
    }
    if (!haveHeader)
        return Error{tr("The file has no header line: the first line should name the columns.")};
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path, const CsvOptions &options)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("The file %1 does not exist.").arg(shown)};
    if (info.isDir())
        return Error{tr("%1 is a folder, not a CSV file.").arg(shown)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not open %1: %2.").arg(shown, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("Could not read %1: %2.").arg(shown, file.errorString())};
    return parse(bytes, options);
}

} // namespace core
} // namespace hamkor
