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

    bool has(const QString &column) const { return m_index.contains(column); }
    // The cell of column in row, trimmed, without the apostrophe CSV exports put before
    // = + - @ against formula injection (so that an export imports back as it was).
    QString cell(const QStringList &row, const QString &column) const;

private:
    QHash<QString, int> m_index;
};

} // namespace core
} // namespace hamkor
