// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvWriter.h"

namespace hamkor {
namespace core {

namespace {

// Rows are converted to UTF-8 and written in blocks of about this many characters.
constexpr qsizetype BlockSize = 64 * 1024;

bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
        return true;
    default:
        return false;
    }
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device, CsvWriteOptions options)
    : m_device(device), m_options(options)
{
    m_buffer.reserve(BlockSize + 4096);
    if (m_options.byteOrderMark)
        m_buffer.append(QChar(0xFEFF));
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::writeRow(const QList<CsvCell> &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_options.delimiter);
        if (m_options.excel && (cells.at(i).keepText || cells.at(i).number))
            appendExcelCell(cells.at(i));
        else
            appendCell(cells.at(i).text, cells.at(i).number);
    }
    endRow();
}

CsvWriteOptions CsvWriteOptions::forExcel(const QLocale &locale)
{
    CsvWriteOptions options;
    options.excel = true;
    options.byteOrderMark = true;
    options.decimalPoint = locale.decimalPoint().size() == 1 ? locale.decimalPoint().at(0) : u'.';
    options.delimiter = options.decimalPoint == u',' ? u';' : u',';
    return options;
}

void CsvWriter::appendExcelCell(const CsvCell &cell)
{
    if (cell.number) {
        // "-1234.50" → "-1234,50": no thousands separators, which Excel could misread.
        QString text = cell.text;
        if (m_options.decimalPoint != u'.')
            text.replace(u'.', m_options.decimalPoint);
        appendCell(text, true);
        return;
    }
    if (cell.text.isEmpty())
        return;
    // ="…" with the quotes inside doubled is a constant, whatever the text says: nothing in
    // it runs. The CSV's own quoting doubles them again.
    QString constant = QStringLiteral("=\"");
    for (const QChar c : cell.text)
        constant += c == u'"' ? QStringLiteral("\"\"") : QString(c);
    constant += u'"';
    appendCell(constant, true);
}

void CsvWriter::writeTextRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_options.delimiter);
        appendCell(cells.at(i), false);
    }
    endRow();
}

Status CsvWriter::status() const
{
    flush();
    if (!m_error.isEmpty())
        return Error{m_error};
    return {};
}

QString CsvWriter::neutralized(const QString &text)
{
    return startsFormula(text) ? QLatin1Char('\'') + text : text;
}

void CsvWriter::appendCell(QStringView text, bool number)
{
    const bool guard = !number && startsFormula(text);
    bool hasQuote = false;
    bool special = false;
    for (const QChar c : text) {
        if (c == u'"')
            hasQuote = true;
        else if (c == m_options.delimiter || c == u'\r' || c == u'\n')
            special = true;
    }
    // Spaces at either end are kept only inside quotes by many readers. With the guard in
    // front, the cell no longer starts with the text's first character.
    const bool padded =
        !text.isEmpty() && ((!guard && text.front().isSpace()) || text.back().isSpace());
    const bool quote = hasQuote || special || padded;

    if (quote)
        m_buffer.append(u'"');
    if (guard)
        m_buffer.append(u'\'');
    if (!hasQuote) {
        m_buffer.append(text);
    } else {
        for (const QChar c : text) {
            if (c == u'"')
                m_buffer.append(u'"');
            m_buffer.append(c);
        }
    }
    if (quote)
        m_buffer.append(u'"');
}

void CsvWriter::endRow()
{
    m_buffer.append(u"\r\n");
    if (m_buffer.size() >= BlockSize)
        flush();
}

void CsvWriter::flush() const
{
    if (m_buffer.isEmpty())
        return;
    // After the first failure nothing more is written: a file with a hole in the middle
    // is worse than a short one, and the caller will not commit it.
    if (m_error.isEmpty()) {
        const QByteArray bytes = m_buffer.toUtf8();
        if (!m_device.isWritable()) {
            m_error = tr("Could not write the CSV file: it is not open for writing.");
        } else if (m_device.write(bytes) != bytes.size()) {
            m_error = tr("Could not write the CSV file: %1.").arg(m_device.errorString());
        }
    }
    m_buffer.resize(0);
}

} // namespace core
} // namespace hamkor
