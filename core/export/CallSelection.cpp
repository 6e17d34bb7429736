// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/CallSelection.h"

#include "core/reference/Reference.h"
#include "core/storage/CallRepository.h"

namespace hamkor {
namespace core {
namespace callselection {

Result<QList<Call>> matching(const QSqlDatabase &db, const CallFilter &filter)
{
    CallQuery query(db);
    query.setFilter(filter);
    query.setSort(CallSort::Deadline, true);
    auto rows = query.all();
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    ids.reserve(rows->size());
    for (const CallRow &row : std::as_const(*rows))
        ids << row.id;
    return CallRepository(db).loadMany(ids);
}

Result<QList<Call>> openAhead(const QSqlDatabase &db, const QDateTime &now,
                              const QStringList &statuses)
{
    CallFilter filter;
    filter.deadlineFrom = now;
    filter.statuses = statuses;
    if (filter.statuses.isEmpty())
        for (const ReferenceItem &item : reference::callStatuses().items())
            if (item.extra.value(QLatin1String("open")).toBool())
                filter.statuses << item.code;
    return matching(db, filter);
}

} // namespace callselection
} // namespace core
} // namespace hamkor
