// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Organisation.h"
#include "core/io/ImportProblem.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <utility>

namespace hamkor {
namespace core {

struct CsvTable;

// What importing a partners file would do, before anything is written: the organisations
// to add, the likely duplicates (of one already in the Hamkor file, or of an earlier row of
// the same CSV) that are left out, and every problem by line and column. Nothing is added
// while there is a single problem (all or nothing).
struct OrganisationImportPreview
{
    QList<Organisation> toAdd;
    QList<int> toAddLines;
    QList<std::pair<int, QString>> duplicates; // line, and why it looks like a duplicate
    QList<ImportProblem> problems;
    int rowsRead = 0;

    bool ok() const { return problems.isEmpty(); }
};

// Reads the partners CSV format: one organisation per row, columns in any order and any
// case; themes (English names) and networks hold several values separated by '|'. The
// organisation's own email and phone go to its fields; contacts are not part of the format.
class OrganisationImporter
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::OrganisationImporter)

public:
    // The columns of the partners CSV format, in the order exports write them.
    static QStringList columns();
    static QStringList requiredColumns();

    // Reads table as organisations and checks each against the file at db (DuplicateFinder)
    // and against the rows before it.
    static OrganisationImportPreview preview(const QSqlDatabase &db, const CsvTable &table);
};

} // namespace core
} // namespace hamkor
