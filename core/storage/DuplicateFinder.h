// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Organisation.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace hamkor {
namespace core {

// An organisation already in the file that a new or imported one looks like, and why.
struct DuplicateMatch
{
    qint64 id = 0;
    QString name;
    QString reason; // in words: "the same registration number (KZ 140540012345)"
};

// "No duplicates by accident" (issue 4): the same registration number in the same
// country, the same website domain, or the same name once case, punctuation, quotes,
// legal-form words and Cyrillic/Latin spelling are set aside (NameMatching). Each check is
// one indexed lookup.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::DuplicateFinder)

public:
    explicit DuplicateFinder(const QSqlDatabase &db);
    // The organisations organisation looks like, apart from excludeId (itself, when edited).
    Result<QList<DuplicateMatch>> find(const Organisation &organisation,
                                       qint64 excludeId = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace core
} // namespace hamkor
