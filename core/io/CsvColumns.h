// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ImportProblem.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace hamkor {
namespace core {

struct CsvTable;

// The columns of an imported table, matched by name in any case and order, and the cells
// read from them.
class CsvColumns
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::CsvColumns)

public:
    // Matches the header against a format's columns. A problem for each column the format
    // does not have (unknownMessage, which may name the columns as %1), each column given
    // twice, each required one missing, and each value under a column without a name.
    CsvColumns(const CsvTable &table, const QStringList &known, const QStringList &required,
               const QString &unknownMessage, QList<ImportProblem> &problems);
    // The same for a table read a row at a time: the header now, each row through
    // checkUnnamed() as it comes.
    CsvColumns(const QStringList &header, const QStringList &known, const QStringList &required,
               const QString &unknownMessage, QList<ImportProblem> &problems);
    // Appends the problem of a value under a column without a name in row (on line), once
    // for each such column: the first row that has one.
    void checkUnnamed(const QStringList &row, int line, QList<ImportProblem> &problems);

    bool has(const QString &column) const { return m_index.contains(column); }
    // The cell of column in row, trimmed, without the apostrophe CSV exports put before
    // = + - @ against formula injection (so that an export imports back as it was).
    QString cell(const QStringList &row, const QString &column) const
    {
        return cellAt(row, indexOf(column));
    }
    // The same by the column's place in the file (indexOf; -1 when it has none), for rows
    // read by the million.
    int indexOf(const QString &column) const { return m_index.value(column, -1); }
    static QString cellAt(const QStringList &row, int index);

private:
    // Whether column i has no name: it may be left empty (spreadsheets save trailing empty
    // columns, "from;to;rate;;"), but any value in it is a problem.
    bool matchName(const QStringList &header, int i, const QStringList &known,
                   const QString &unknownMessage, QList<ImportProblem> &problems);
    void checkRequired(const QStringList &required, QList<ImportProblem> &problems);
    static ImportProblem unnamedValue(int line, int column);

    QHash<QString, int> m_index;
    QList<int> m_unnamed; // columns without a name not yet found with a value
};

} // namespace core
} // namespace hamkor
