// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Call.h"
#include "core/io/ImportProblem.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace hamkor {
namespace core {

struct CsvTable;

// What importing a calls file would do, before anything is written: the calls to add, the
// ones already in the file, and every problem by line and column. Nothing is added while
// there is a single problem (all or nothing).
struct CallImportPreview
{
    QList<Call> toAdd;
    QList<int> toAddLines;
    QList<std::pair<int, QString>> duplicates; // line, and why it is a duplicate
    QList<ImportProblem> problems;
    int rowsRead = 0;

    bool ok() const { return problems.isEmpty(); }
};

class CallImporter
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::CallImporter)

public:
    // The columns of the calls CSV format, in the order exports write them.
    static QStringList columns();
    static QStringList requiredColumns();

    // Reads table as calls. defaultZone is used for rows without deadline_tz.
    static CallImportPreview preview(const QSqlDatabase &db, const CsvTable &table,
                                     const QString &defaultZone);
};

} // namespace core
} // namespace hamkor
