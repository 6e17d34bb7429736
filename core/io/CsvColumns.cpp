// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvColumns.h"

#include "core/io/CsvReader.h"

namespace hamkor {
namespace core {

CsvColumns::CsvColumns(const CsvTable &table, const QStringList &known, const QStringList &required,
                       const QString &unknownMessage, QList<ImportProblem> &problems)
{
    for (int i = 0; i < table.header.size(); ++i) {
        if (!matchName(table.header, i, known, unknownMessage, problems))
            continue;
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            if (!table.rows.at(r).value(i).trimmed().isEmpty()) {
                problems.append(unnamedValue(table.rowLines.value(r, int(r) + 2), i));
                break;
            }
        }
    }
    m_unnamed.clear();
    checkRequired(required, problems);
}

CsvColumns::CsvColumns(const QStringList &header, const QStringList &known,
                       const QStringList &required, const QString &unknownMessage,
                       QList<ImportProblem> &problems)
{
    for (int i = 0; i < header.size(); ++i)
        matchName(header, i, known, unknownMessage, problems);
    checkRequired(required, problems);
}

bool CsvColumns::matchName(const QStringList &header, int i, const QStringList &known,
                           const QString &unknownMessage, QList<ImportProblem> &problems)
{
    const QString name = header.at(i).trimmed().toLower();
    if (name.isEmpty()) {
        m_unnamed.append(i);
        return true;
    }
    if (!known.contains(name))
        problems.append({1, header.at(i), unknownMessage.arg(known.join(QStringLiteral(", ")))});
    else if (m_index.contains(name))
        problems.append({1, header.at(i), tr("This column appears twice.")});
    else
        m_index.insert(name, i);
    return false;
}

void CsvColumns::checkRequired(const QStringList &required, QList<ImportProblem> &problems)
{
    for (const QString &column : required)
        if (!m_index.contains(column))
            problems.append(
                {1, column, tr("This column is required, but the file does not have it.")});
}

void CsvColumns::checkUnnamed(const QStringList &row, int line, QList<ImportProblem> &problems)
{
    for (auto it = m_unnamed.begin(); it != m_unnamed.end();) {
        if (row.value(*it).trimmed().isEmpty()) {
            ++it;
            continue;
        }
        problems.append(unnamedValue(line, *it));
        it = m_unnamed.erase(it);
    }
}

ImportProblem CsvColumns::unnamedValue(int line, int column)
{
    return {line, QStringLiteral("#%1").arg(column + 1),
            tr("This cell has a value, but its column has no name in the header.")};
}

QString CsvColumns::cellAt(const QStringList &row, int index)
{
    QString text = index < 0 ? QString() : row.value(index).trimmed();
    static const QString guarded = QStringLiteral("=+-@\t\r");
    if (text.size() > 1 && text.front() == u'\'' && guarded.contains(text.at(1)))
        text.remove(0, 1);
    return text;
}

} // namespace core
} // namespace hamkor
