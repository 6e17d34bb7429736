// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes must give either a table that keeps CsvReader's promises or an
// error in words, never a crash, a hang or a sanitizer report; read a few bytes at a time
// (as a large file is streamed), the same table when both readings succeed.
#include "core/io/CsvEncoding.h"
#include "core/io/CsvReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace hamkor::core;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvOptions options;
    // Small limits so that the fuzzer reaches them with small inputs.
    options.maxCellBytes = 64;
    options.maxRows = 1000;
    const auto table = CsvReader::parse(bytes, options);

    CsvTable streamed;
    CsvOptions small = options;
    small.chunkBytes = size > 0 ? 1 + data[size - 1] % 16 : 1;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Status read = CsvReader::stream(
        buffer, small,
        [&](const CsvTable &head) {
            streamed.header = head.header;
            streamed.delimiter = head.delimiter;
            return Status();
        },
        [&](QStringList &cells, int line) {
            streamed.rows.append(cells);
            streamed.rowLines.append(line);
            return Status();
        });
    check(read || !read.message().isEmpty());
    // Text that is UTF-8 throughout reads the same either way.
    if (table && csv::firstInvalidUtf8(bytes, 0) < 0)
        check(bool(read));
    if (table && read) {
        check(streamed.header == table->header && streamed.delimiter == table->delimiter);
        check(streamed.rows == table->rows && streamed.rowLines == table->rowLines);
    }

    if (!table) {
        check(!table.message().isEmpty());
        return 0;
    }
    check(!table->header.isEmpty());
    check(table->rows.size() == table->rowLines.size());
    check(table->rows.size() <= options.maxRows);
    check(table->encoding == u"UTF-8" || table->encoding == u"Windows-1251");
    check(table->delimiter == u',' || table->delimiter == u';' || table->delimiter == u'\t');
    for (const QString &name : table->header)
        check(name == name.trimmed() && name.size() <= options.maxCellBytes);
    int previous = 1; // the header is on line 1 or later
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const QStringList &row = table->rows.at(r);
        check(row.size() == table->header.size());
        check(table->rowLines.at(r) > previous);
        previous = table->rowLines.at(r);
        bool blank = true;
        for (const QString &cell : row) {
            check(cell.size() <= options.maxCellBytes);
            if (!cell.trimmed().isEmpty())
                blank = false;
        }
        check(!blank);
    }
    return 0;
}
