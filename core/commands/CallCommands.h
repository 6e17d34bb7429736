// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Call.h"

namespace hamkor {
namespace core {

class Store;

// The edits of calls, as the UI and the importer make them. Each writes in one
// transaction and, when that succeeded, becomes one step on the store's undo stack; when
// it failed nothing changed and the message says why.
namespace commands {

Result<qint64> addCall(Store &store, const Call &call);
Status editCall(Store &store, const Call &call);
// Repeated status changes of one call merge into one undo step.
Status setCallStatus(Store &store, qint64 callId, const QString &status);
Status removeCalls(Store &store, const QList<qint64> &callIds);
// Adds many calls as one undo step ("Import 24 calls"); returns their ids.
Result<QList<qint64>> addCalls(Store &store, const QList<Call> &calls, const QString &actionText);

} // namespace commands
} // namespace core
} // namespace hamkor
