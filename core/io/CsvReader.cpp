// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvReader.h"

#include "core/io/CsvEncoding.h"
#include "core/io/CsvParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <optional>
#include <utility>

namespace hamkor {
namespace core {

namespace {

// How many bytes after the first that is not ASCII decide the encoding (or the rest of the
// file, when it is shorter).
constexpr qsizetype DecisionBytes = 64 * 1024;

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

// Bytes in, rows out: the whole file at once (parse) or a chunk at a time (stream), with the
// same checks in the same order for what each chunk holds.
class Stream
{
public:
    Stream(const CsvOptions &options, const CsvHeaderHandler &onHeader, const CsvRowHandler &onRow)
        : m_options(options), m_onHeader(onHeader), m_onRow(onRow)
    {}

    // The next bytes of the file; final with the last (which may be none).
    Status feed(QByteArrayView bytes, bool final);

private:
    enum class Encoding
    {
        Undecided, // nothing but ASCII so far, which reads the same either way
        Utf8,
        Windows1251
    };

    Status decode(QByteArrayView bytes, bool final, QString &text, qsizetype &kept);
    // As QString::fromUtf8, which drops a byte-order mark at the start of the text (as
    // parse() always has), but keeps one further on, where a chunk may begin.
    QString fromUtf8(QByteArrayView bytes)
    {
        return m_offset == m_textStart ? QString::fromUtf8(bytes) : m_utf8.decode(bytes);
    }
    Status records(bool final);
    Status record(QStringList &cells, qsizetype line);
    std::pair<qsizetype, qsizetype> position(QByteArrayView bytes, qsizetype at) const
    {
        return m_lines.position(bytes, m_offset, m_offset + at);
    }

    const CsvOptions &m_options;
    const CsvHeaderHandler &m_onHeader;
    const CsvRowHandler &m_onRow;
    bool m_started = false;
    bool m_content = false; // any byte after the byte-order mark
    QByteArray m_carry;     // the start of a character cut in two by the end of a chunk
    qint64 m_offset = 0;    // where the bytes not yet decoded start in the file
    qint64 m_textStart = 0; // after the byte-order mark
    QStringDecoder m_utf8{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                    QStringDecoder::Flag::ConvertInitialBom};
    csv::LineCounter m_lines;
    Encoding m_encoding = Encoding::Undecided;
    std::optional<QStringDecoder> m_windows1251;
    QString m_text; // decoded, not yet read into rows
    std::optional<csv::RecordParser> m_parser;
    CsvTable m_head;
    bool m_haveHeader = false;
    qsizetype m_rows = 0;
};

Status Stream::feed(QByteArrayView bytes, bool final)
{
    QByteArray joined;
    if (!m_carry.isEmpty()) {
        joined = std::exchange(m_carry, QByteArray());
        joined.append(bytes);
        bytes = joined;
    }
    if (!m_started) {
        // The byte-order marks need the first three bytes.
        if (bytes.size() < 3 && !final) {
            m_carry = bytes.toByteArray();
            return {};
        }
        m_started = true;
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
            return Error{CsvReader::tr("The file is saved as UTF-16 (Unicode text). Save it as "
                                       "UTF-8 (CSV UTF-8 in Excel) and try again.")};
        }
        // A byte-order mark says UTF-8, so such a file is never guessed to be Windows-1251.
        if (bom) {
            bytes = bytes.sliced(3);
            m_offset = 3;
            m_textStart = 3;
            m_lines = csv::LineCounter(3);
            m_encoding = Encoding::Utf8;
        }
    }
    m_content = m_content || !bytes.isEmpty();
    if (final && !m_content)
        return Error{CsvReader::tr("The file is empty.")};
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const auto [line, column] = position(bytes, nul);
        return Error{CsvReader::tr("Line %1, byte %2: the file contains a NUL byte, so it is "
                                   "not a text file. Save it as CSV UTF-8 and try again.")
                         .arg(line)
                         .arg(column)};
    }
    QString text;
    qsizetype kept = 0;
    if (Status decoded = decode(bytes, final, text, kept); !decoded)
        return decoded;
    const QByteArrayView used = bytes.first(bytes.size() - kept);
    if (!final)
        m_lines.pass(used, m_offset);
    m_offset += used.size();
    m_carry = bytes.last(kept).toByteArray();
    if (m_text.isEmpty())
        m_text = std::move(text);
    else
        m_text.append(text);
    return records(final);
}

// Decodes bytes; kept says how many at the end wait for the rest of their character.
Status Stream::decode(QByteArrayView bytes, bool final, QString &text, qsizetype &kept)
{
    const auto notUtf8 = [&](qsizetype at) {
        const auto [line, column] = position(bytes, at);
        return Error{CsvReader::tr("The file is not valid UTF-8 at line %1, byte %2. Save the "
                                   "file as UTF-8 (CSV UTF-8 in Excel) and try again.")
                         .arg(line)
                         .arg(column)};
    };
    switch (m_encoding) {
    case Encoding::Undecided: {
        const qsizetype nonAscii = csv::firstNonAscii(bytes, 0);
        if (nonAscii < 0) {
            text = QString::fromLatin1(bytes);
            return {};
        }
        // The encoding is decided on what follows the first byte that is not ASCII, as much
        // of it as a guess needs (or the rest of the file): the ASCII before it goes on.
        if (!final && bytes.size() - nonAscii < DecisionBytes) {
            kept = bytes.size() - nonAscii;
            text = QString::fromLatin1(bytes.first(nonAscii));
            return {};
        }
        kept = final ? 0 : csv::unfinishedUtf8(bytes);
        const QByteArrayView whole = bytes.first(bytes.size() - kept);
        const qsizetype invalid = csv::firstInvalidUtf8(whole, 0);
        if (invalid < 0) {
            m_encoding = Encoding::Utf8;
            text = fromUtf8(whole);
            return {};
        }
        if (!csv::looksLikeWindows1251(bytes, 0))
            return notUtf8(invalid);
        m_windows1251.emplace("windows-1251");
        if (!m_windows1251->isValid()) {
            return Error{CsvReader::tr("The file looks like Windows-1251 (Cyrillic), which this "
                                       "system cannot read. Save the file as UTF-8 (CSV UTF-8 in "
                                       "Excel) and try again.")};
        }
        m_encoding = Encoding::Windows1251;
        kept = 0;
        text = m_windows1251->decode(bytes);
        return {};
    }
    case Encoding::Utf8: {
        kept = final ? 0 : csv::unfinishedUtf8(bytes);
        const QByteArrayView whole = bytes.first(bytes.size() - kept);
        if (const qsizetype invalid = csv::firstInvalidUtf8(whole, 0); invalid >= 0)
            return notUtf8(invalid);
        text = fromUtf8(whole);
        return {};
    }
    case Encoding::Windows1251: {
        // Decided on an earlier chunk: a byte that Windows-1251 lacks, or Cyrillic in UTF-8
        // after all, means that the file mixes encodings.
        qsizetype odd = bytes.indexOf('\x98');
        if (const qsizetype utf8 = csv::utf8Cyrillic(bytes); odd < 0 || (utf8 >= 0 && utf8 < odd))
            odd = utf8;
        if (odd >= 0) {
            const auto [line, column] = position(bytes, odd);
            return Error{CsvReader::tr("Line %1, byte %2: the file began in Windows-1251 "
                                       "(Cyrillic), but is in another encoding here. Save the "
                                       "file as UTF-8 (CSV UTF-8 in Excel) and try again.")
                             .arg(line)
                             .arg(column)};
        }
        text = m_windows1251->decode(bytes);
        return {};
    }
    }
    return {};
}

Status Stream::records(bool final)
{
    if (!m_parser) {
        const auto delimiter = csv::detectDelimiter(m_text, final);
        if (!delimiter)
            return {};
        m_head.delimiter = *delimiter;
        m_parser.emplace(*delimiter, m_options);
    }
    m_parser->setUtf8(m_encoding != Encoding::Windows1251);
    m_parser->setText(m_text, final);
    while (!m_parser->atEnd()) {
        QStringList cells;
        cells.reserve(m_haveHeader ? m_head.header.size() : 16);
        qsizetype line = 0;
        bool complete = true;
        if (Status read = m_parser->readRecord(cells, line, complete); !read)
            return read;
        if (!complete)
            break;
        if (Status taken = record(cells, line); !taken)
            return taken;
    }
    m_text.remove(0, m_parser->position());
    if (final && !m_haveHeader)
        return Error{CsvReader::tr("The file has no header line: the first line should name the "
                                   "columns.")};
    return {};
}

Status Stream::record(QStringList &cells, qsizetype line)
{
    // Blank lines and rows of empty cells are what spreadsheets leave behind.
    if (isBlank(cells))
        return {};
    if (!m_haveHeader) {
        for (QString &name : cells)
            name = name.trimmed();
        m_head.header = std::move(cells);
        m_head.encoding = m_encoding == Encoding::Windows1251 ? QStringLiteral("Windows-1251")
                                                              : QStringLiteral("UTF-8");
        m_haveHeader = true;
        return m_onHeader ? m_onHeader(m_head) : Status();
    }
    if (cells.size() != m_head.header.size()) {
        if (cells.size() == 1) {
            return Error{CsvReader::tr("Line %1 has 1 cell, but the header has %2.")
                             .arg(line)
                             .arg(m_head.header.size())};
        }
        return Error{CsvReader::tr("Line %1 has %2 cells, but the header has %3.")
                         .arg(line)
                         .arg(cells.size())
                         .arg(m_head.header.size())};
    }
    if (m_rows >= m_options.maxRows) {
        return Error{CsvReader::tr("The file has more than %1 rows. Split it into smaller files "
                                   "and import them one at a time.")
                         .arg(m_options.maxRows)};
    }
    ++m_rows;
    return m_onRow(cells, int(std::min<qsizetype>(line, INT_MAX)));
}

} // namespace

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const CsvOptions &options)
{
    CsvTable table;
    const CsvHeaderHandler onHeader = [&table](const CsvTable &head) {
        table.header = head.header;
        table.encoding = head.encoding;
        table.delimiter = head.delimiter;
        return Status();
    };
    const CsvRowHandler onRow = [&table](QStringList &cells, int line) {
        table.rows.append(std::move(cells));
        table.rowLines.append(line);
        return Status();
    };
    // The whole file as one chunk: decoded before any row is read.
    if (Status read = Stream(options, onHeader, onRow).feed(bytes, true); !read)
        return read.error();
    return table;
}

Status CsvReader::open(const QString &path, QFile &file)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("The file %1 does not exist.").arg(shown)};
    if (info.isDir())
        return Error{tr("%1 is a folder, not a CSV file.").arg(shown)};
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not open %1: %2.").arg(shown, file.errorString())};
    return {};
}

Result<CsvTable> CsvReader::readFile(const QString &path, const CsvOptions &options)
{
    QFile file;
    if (Status opened = open(path, file); !opened)
        return opened.error();
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{
            tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString())};
    return parse(bytes, options);
}

Status CsvReader::stream(QIODevice &device, const CsvOptions &options,
                         const CsvHeaderHandler &onHeader, const CsvRowHandler &onRow)
{
    Stream reader(options, onHeader, onRow);
    QByteArray chunk(std::max<qsizetype>(options.chunkBytes, 1), Qt::Uninitialized);
    for (;;) {
        const qint64 got = device.read(chunk.data(), chunk.size());
        if (got < 0) {
            const auto *file = qobject_cast<const QFileDevice *>(&device);
            if (file)
                return Error{
                    tr("Could not read %1: %2.")
                        .arg(QDir::toNativeSeparators(file->fileName()), device.errorString())};
            return Error{tr("Could not read the CSV: %1.").arg(device.errorString())};
        }
        if (Status fed = reader.feed(QByteArrayView(chunk.constData(), got), got == 0); !fed)
            return fed;
        if (got == 0)
            return {};
    }
}

Status CsvReader::streamFile(const QString &path, const CsvOptions &options,
                             const CsvHeaderHandler &onHeader, const CsvRowHandler &onRow)
{
    QFile file;
    if (Status opened = open(path, file); !opened)
        return opened;
    return stream(file, options, onHeader, onRow);
}

} // namespace core
} // namespace hamkor
