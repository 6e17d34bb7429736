// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <functional>

namespace hamkor {
namespace core {
namespace demo {

class DemoWriter;

// The small demo: a hand-written, realistic office (all names and numbers invented).
Status writeSmallDemo(DemoWriter &writer);
// Its partner organisations with contacts and engagements; their ids by acronym.
Result<QHash<QString, qint64>> writeSmallPartners(DemoWriter &writer, const QDate &today);
// Its proposals, consortia, checklists and budgets; organisations by acronym, calls in the
// order of the catalogue.
Status writeSmallProposals(DemoWriter &writer, const QHash<QString, qint64> &organisations,
                           const QList<qint64> &calls, const QDate &rateDate);

// The large demo of SPEC section 6, generated; progress gets 0…100 and may cancel.
Status writeLargeDemo(DemoWriter &writer, const std::function<bool(int)> &progress);

} // namespace demo
} // namespace core
} // namespace hamkor
