// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/io/CsvReader.h"

#include <QStringView>

#include <optional>

namespace hamkor {
namespace core {
namespace csv {

// The delimiter the text's header line uses: the candidate that occurs most often outside
// quotes on the first line that is not blank. Nothing while that line has not ended and
// more text may follow (final is false).
std::optional<QChar> detectDelimiter(QStringView text, bool final);

// CsvReader's records from decoded text: one pass with an index, no regular expressions,
// one copy per cell. The text may be the whole file (final) or what has been read of it so
// far; a record that the text ends before is left for the next call, with more text.
class RecordParser
{
public:
    RecordParser(QChar delimiter, const CsvOptions &options)
        : m_delimiter(delimiter.unicode()), m_options(options)
    {}

    // Starts reading text from its beginning; final when no text follows it. Lines go on
    // being counted from where the last text was left.
    void setText(QStringView text, bool final);
    // Whether cells are measured in UTF-8 bytes (else one byte per character).
    void setUtf8(bool utf8) { m_utf8 = utf8; }
    bool atEnd() const { return m_pos >= m_size; }
    // How much of the text the complete records read so far took.
    qsizetype position() const { return m_pos; }

    // Reads the cells of the record at the current position and the line it starts on.
    // complete is false when the text ends before the record does and more may follow:
    // then nothing was read, and the record is read again from the next text.
    Status readRecord(QStringList &cells, qsizetype &line, bool &complete);

private:
    Status readCells(QStringList &cells);
    Status readPlain(QStringList &cells, qsizetype column);
    Status readQuoted(QStringList &cells, qsizetype column);
    Status checkSize(QStringView cell, qsizetype line, qsizetype column) const;
    Status tooLarge(qsizetype line, qsizetype column) const;
    // The text ended where more was needed: true when the record is cut off there.
    bool cutOff()
    {
        m_cutOff = !m_final;
        return m_cutOff;
    }

    const char16_t *m_data = nullptr;
    qsizetype m_size = 0;
    bool m_final = true;
    char16_t m_delimiter;
    const CsvOptions &m_options;
    bool m_utf8 = true;
    bool m_cutOff = false;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
};

} // namespace csv
} // namespace core
} // namespace hamkor
