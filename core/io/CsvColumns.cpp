// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvColumns.h"

#include "core/io/CsvReader.h"

namespace hamkor {
namespace core {

CsvColumns::CsvColumns(const CsvTable &table, const QStringList &known, const QStringList &required,
                       const QString &unknownMessage, QList<ImportProblem> &problems)
{
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = table.header.at(i).trimmed().toLower();
        if (name.isEmpty()) {
            // Spreadsheets save trailing empty columns ("from;to;rate;;"): harmless unless
            // a row has something in them.
            for (qsizetype r = 0; r < table.rows.size(); ++r) {
                if (!table.rows.at(r).value(i).trimmed().isEmpty()) {
                    problems.append({table.rowLines.value(r, int(r) + 2),
                                     QStringLiteral("#%1").arg(i + 1),
                                     tr("This cell has a value, but its column has no name in "
                                        "the header.")});
                    break;
                }
            }
            continue;
        }
        if (!known.contains(name))
            problems.append(
                {1, table.header.at(i), unknownMessage.arg(known.join(QStringLiteral(", ")))});
        else if (m_index.contains(name))
            problems.append({1, table.header.at(i), tr("This column appears twice.")});
        else
            m_index.insert(name, i);
    }
    for (const QString &column : required)
        if (!m_index.contains(column))
            problems.append(
                {1, column, tr("This column is required, but the file does not have it.")});
}

QString CsvColumns::cell(const QStringList &row, const QString &column) const
{
    const int at = m_index.value(column, -1);
    QString text = at < 0 ? QString() : row.value(at).trimmed();
    static const QString guarded = QStringLiteral("=+-@\t\r");
    if (text.size() > 1 && text.front() == u'\'' && guarded.contains(text.at(1)))
        text.remove(0, 1);
    return text;
}

} // namespace core
} // namespace hamkor
