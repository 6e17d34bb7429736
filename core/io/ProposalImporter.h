// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Proposal.h"
#include "core/io/ImportProblem.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <utility>

namespace hamkor {
namespace core {

struct CsvTable;

// What importing a proposals file would do, before anything is written: the proposals to
// add, the ones already in the Hamkor file (by acronym) that are left out, and every
// problem by line and column. Nothing is added while there is a single problem (all or
// nothing).
struct ProposalImportPreview
{
    QList<Proposal> toAdd;
    QList<int> toAddLines;
    QList<std::pair<int, QString>> duplicates; // line, and why it is a duplicate
    QList<ImportProblem> problems;
    int rowsRead = 0;

    bool ok() const { return problems.isEmpty(); }
};

// Reads the proposals CSV format: one proposal per row, columns in any order and any case.
// call_reference names a call already in the file by its reference; themes (English names)
// and countries (ISO 3166 codes) hold several values separated by '|'; consortium holds
// the partners as ACRONYM:role separated by '|' (ZhB:lead|TS:co-applicant), each partner
// an organisation already in the file, found by its acronym in any case, with exactly one
// lead. Members keep the order of the file.
//
// The format cannot say which applicant an affiliated entity is tied to: an imported
// affiliated entity has affiliatedTo 0 until it is tied in the proposal editor, and the
// eligibility check says so until then. The checklist is left empty.
class ProposalImporter
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::ProposalImporter)

public:
    // The columns of the proposals CSV format, in the order exports write them.
    static QStringList columns();
    static QStringList requiredColumns();
    // The donor templates a proposal can follow: eu-prag, eu-prag-legacy, horizon-europe,
    // sf-424a, generic.
    static QStringList templateCodes();

    // Reads table as proposals and checks each against the file at db (calls, partners and
    // proposals already there) and against the rows before it.
    static ProposalImportPreview preview(const QSqlDatabase &db, const CsvTable &table);
};

} // namespace core
} // namespace hamkor
