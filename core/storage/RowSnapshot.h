// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace hamkor {
namespace core {

// Rows of a table exactly as they are, every column, to be written back as they were: what
// an undo needs when a step deletes rows in cascade (a proposal's budget) or blanks their
// links (the budget lines of a partner removed from a consortium).
class RowSnapshot
{
public:
    // The rows of table that match where, an SQL condition with ? for values. Table and
    // condition come from the program, never from user input.
    static Result<RowSnapshot> take(const QSqlDatabase &db, const QString &table,
                                    const QString &where, const QVariantList &values);

    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype size() const { return m_rows.size(); }
    // Writes the rows back by id: missing ones are inserted, present ones overwritten.
    Status restore(const QSqlDatabase &db) const;

private:
    QString m_table;
    QStringList m_columns;
    QList<QVariantList> m_rows;
};

} // namespace core
} // namespace hamkor
