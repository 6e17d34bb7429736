// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Call.h"
#include "core/storage/CallQuery.h"

#include <QSqlDatabase>

namespace hamkor {
namespace core {

// Which calls an export takes, shared by the window and the command line.
namespace callselection {

// Every call the filter lets through, whole, by deadline.
Result<QList<Call>> matching(const QSqlDatabase &db, const CallFilter &filter);
// The calls of the digest: still in play (identified … submitted) or of statuses, with a
// deadline not yet passed, by deadline.
Result<QList<Call>> openAhead(const QSqlDatabase &db, const QDateTime &now,
                              const QStringList &statuses = {});

} // namespace callselection
} // namespace core
} // namespace hamkor
