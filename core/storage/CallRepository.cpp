// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CallRepository.h"

#include "core/Clock.h"
#include "core/storage/Sql.h"

#include <QHash>
#include <QTimeZone>

namespace hamkor {
namespace core {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

template <class T> QVariant optional(const std::optional<T> &value)
{
    if (!value)
        return QVariant(QMetaType(QMetaType::LongLong));
    if constexpr (std::is_same_v<T, Decimal>)
        return value->toString();
    else
        return QVariant::fromValue(qint64(*value));
}

template <class T> std::optional<T> optionalInteger(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return T(value.toLongLong());
}

std::optional<Decimal> optionalDecimal(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return Decimal::parse(value.toString());
}

const char *const Fields = "title, donor, reference, url, currency, min_amount_minor, "
                           "max_amount_minor, cofinancing_min_pct, indirect_cap_pct, "
                           "min_duration_months, max_duration_months, max_partners, opens_on, "
                           "deadline_utc, deadline_local, deadline_tz, status, notes, "
                           "search_text, modified_at";

} // namespace

CallRepository::CallRepository(const QSqlDatabase &db) : m_db(db), m_statements(db) {}

Result<QSqlQuery *> CallRepository::run(const QString &sql, const QVariantList &values) const
{
    return m_statements.run(sql, values);
}

QVariantList CallRepository::fieldValues(const Call &call) const
{
    const QDateTime deadline = call.deadline();
    return {call.title.trimmed(),
            call.donor.trimmed(),
            call.reference.trimmed(),
            call.url.trimmed(),
            call.currency.isEmpty() ? nullText() : QVariant(call.currency),
            optional(call.minAmountMinor),
            optional(call.maxAmountMinor),
            call.cofinancingMinPct ? QVariant(call.cofinancingMinPct->toString()) : nullText(),
            call.indirectCapPct ? QVariant(call.indirectCapPct->toString()) : nullText(),
            optional(call.minDurationMonths),
            optional(call.maxDurationMonths),
            optional(call.maxPartners),
            call.opens.isValid() ? QVariant(call.opens.toString(Qt::ISODate)) : nullText(),
            deadline.isValid() ? Clock::stamp(deadline) : QString(),
            QStringLiteral("%1T%2").arg(call.deadlineDate.toString(Qt::ISODate),
                                        call.deadlineTime.toString(QStringLiteral("HH:mm"))),
            call.deadlineZone,
            call.status,
            call.notes,
            QString(), // search_text: superseded by the full-text index (migration 2)
            call.modifiedAt.isEmpty() ? Clock::nowStamp() : call.modifiedAt};
}

Result<Call> CallRepository::load(qint64 id) const
{
    auto calls = loadMany({id});
    if (!calls)
        return calls.error();
    if (calls->isEmpty())
        return Error{tr("There is no call number %1 in this file.").arg(id)};
    return calls->takeFirst();
}

Result<QList<Call>> CallRepository::loadMany(const QList<qint64> &ids) const
{
    if (Status written = flushRows(); !written)
        return written.error();
    // In chunks, each one query for the calls and one per linked table, rather than a
    // handful of queries per call: exports of tens of thousands of calls stay quick.
    constexpr qsizetype Chunk = 500;
    QList<Call> result;
    result.reserve(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += Chunk) {
        const QList<qint64> chunk = ids.mid(first, Chunk);
        QVariantList values;
        QStringList marks;
        for (qint64 id : chunk) {
            values << id;
            marks << QStringLiteral("?");
        }
        const QString in = QStringLiteral(" IN (") + marks.join(u',') + u')';
        QHash<qint64, Call> calls;
        auto query =
            Sql::exec(m_db,
                      QStringLiteral("SELECT id, uuid, created_at, ") + QLatin1String(Fields) +
                          QStringLiteral(" FROM calls WHERE id") + in,
                      values);
        if (!query)
            return query.error();
        while (query->next()) {
            const QSqlQuery &q = *query;
            Call call;
            call.id = q.value(0).toLongLong();
            call.uuid = q.value(1).toString();
            call.createdAt = q.value(2).toString();
            call.title = q.value(3).toString();
            call.donor = q.value(4).toString();
            call.reference = q.value(5).toString();
            call.url = q.value(6).toString();
            call.currency = q.value(7).toString();
            call.minAmountMinor = optionalInteger<qint64>(q.value(8));
            call.maxAmountMinor = optionalInteger<qint64>(q.value(9));
            call.cofinancingMinPct = optionalDecimal(q.value(10));
            call.indirectCapPct = optionalDecimal(q.value(11));
            call.minDurationMonths = optionalInteger<int>(q.value(12));
            call.maxDurationMonths = optionalInteger<int>(q.value(13));
            call.maxPartners = optionalInteger<int>(q.value(14));
            call.opens = QDate::fromString(q.value(15).toString(), Qt::ISODate);
            const QString local = q.value(17).toString();
            call.deadlineDate = QDate::fromString(local.left(10), Qt::ISODate);
            call.deadlineTime = QTime::fromString(local.mid(11, 5), QStringLiteral("HH:mm"));
            call.deadlineZone = q.value(18).toString();
            call.status = q.value(19).toString();
            call.notes = q.value(20).toString();
            call.modifiedAt = q.value(22).toString();
            calls.insert(call.id, call);
        }
        const QList<std::pair<QString, QStringList Call::*>> links = {
            {QStringLiteral("SELECT call_id, theme FROM call_themes WHERE call_id") + in +
                 QStringLiteral(" ORDER BY theme"),
             &Call::themes},
            {QStringLiteral("SELECT call_id, country FROM call_countries WHERE call_id") + in +
                 QStringLiteral(" ORDER BY country"),
             &Call::countries},
            {QStringLiteral("SELECT call_id, organisation_type FROM call_applicant_types WHERE "
                            "call_id") +
                 in + QStringLiteral(" ORDER BY organisation_type"),
             &Call::applicantTypes},
            {QStringLiteral("SELECT call_id, path FROM call_documents WHERE call_id") + in +
                 QStringLiteral(" ORDER BY id"),
             &Call::documents},
        };
        for (const auto &[sql, member] : links) {
            auto rows = Sql::exec(m_db, sql, values);
            if (!rows)
                return rows.error();
            while (rows->next())
                (calls[rows->value(0).toLongLong()].*member) << rows->value(1).toString();
        }
        auto history = Sql::exec(m_db,
                                 QStringLiteral("SELECT call_id, id, status, changed_at, note FROM "
                                                "call_status_history WHERE call_id") +
                                     in + QStringLiteral(" ORDER BY changed_at, id"),
                                 values);
        if (!history)
            return history.error();
        while (history->next())
            calls[history->value(0).toLongLong()].history.append(
                {history->value(1).toLongLong(), history->value(2).toString(),
                 history->value(3).toString(), history->value(4).toString()});
        for (qint64 id : chunk)
            if (const auto it = calls.constFind(id); it != calls.cend() && it->id)
                result.append(*it);
    }
    return result;
}

Result<qint64> CallRepository::insert(const Call &call)
{
    const QString now = Clock::nowStamp();
    const bool restoring = call.id != 0 && !call.uuid.isEmpty();
    QVariantList values;
    values << (call.uuid.isEmpty() ? newUuid() : call.uuid)
           << (call.createdAt.isEmpty() ? now : call.createdAt);
    Call stamped = call;
    if (!restoring)
        stamped.modifiedAt = now;
    values += fieldValues(stamped);
    const auto inserted = m_statements.insert(
        QLatin1StringView("calls"), QStringLiteral("uuid, created_at, ") + QLatin1String(Fields),
        values, restoring ? call.id : 0, tr("The call was not stored."));
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (Status indexed = index(id, stamped, true); !indexed)
        return indexed.error();
    if (Status links = writeLinks(id, call); !links)
        return links.error();
    if (restoring && !call.history.isEmpty()) {
        for (const CallStatusChange &change : call.history)
            if (Status added = addHistory(id, change, nullptr); !added)
                return added.error();
    } else {
        if (Status added = addHistory(id, {0, call.status, now, {}}, nullptr); !added)
            return added.error();
    }
    return id;
}

Result<qint64> CallRepository::update(const Call &call, bool recordHistory)
{
    // Rows queued for this call must be written before its links are replaced below.
    if (Status written = flushRows(); !written)
        return written.error();
    auto previousCall = run(QStringLiteral("SELECT status, title, donor, reference, notes FROM "
                                           "calls WHERE id = ?"),
                            {call.id});
    if (!previousCall)
        return previousCall.error();
    if (!(*previousCall)->next())
        return Error{tr("The call “%1” is no longer in the file.").arg(call.title)};
    Call before;
    before.status = (*previousCall)->value(0).toString();
    before.title = (*previousCall)->value(1).toString();
    before.donor = (*previousCall)->value(2).toString();
    before.reference = (*previousCall)->value(3).toString();
    before.notes = (*previousCall)->value(4).toString();
    (*previousCall)->finish();
    if (Status unindexed = index(call.id, before, false); !unindexed)
        return unindexed.error();
    Call stamped = call;
    stamped.modifiedAt = Clock::nowStamp();
    QVariantList values = fieldValues(stamped);
    values.append(call.id);
    auto query = Sql::exec(
        m_db,
        QStringLiteral("UPDATE calls SET title = ?, donor = ?, reference = ?, url = ?, "
                       "currency = ?, min_amount_minor = ?, max_amount_minor = ?, "
                       "cofinancing_min_pct = ?, indirect_cap_pct = ?, min_duration_months = ?, "
                       "max_duration_months = ?, max_partners = ?, opens_on = ?, "
                       "deadline_utc = ?, deadline_local = ?, deadline_tz = ?, status = ?, "
                       "notes = ?, search_text = ?, modified_at = ? WHERE id = ?"),
        values);
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error{tr("The call “%1” is no longer in the file.").arg(call.title)};
    for (const char *table :
         {"call_themes", "call_countries", "call_applicant_types", "call_documents"}) {
        // Table names come from the fixed list above.
        auto cleared = Sql::exec(m_db,
                                 QStringLiteral("DELETE FROM ") + QLatin1String(table) +
                                     QStringLiteral(" WHERE call_id = ?"),
                                 {call.id});
        if (!cleared)
            return cleared.error();
    }
    if (Status links = writeLinks(call.id, call); !links)
        return links.error();
    qint64 historyId = 0;
    if (Status indexed = index(call.id, call, true); !indexed)
        return indexed.error();
    if (recordHistory && before.status != call.status)
        if (Status added =
                addHistory(call.id, {0, call.status, stamped.modifiedAt, {}}, &historyId);
            !added)
            return added.error();
    return historyId;
}

Status CallRepository::remove(qint64 id)
{
    auto stored =
        run(QStringLiteral("SELECT title, donor, reference, notes FROM calls WHERE id = ?"), {id});
    if (!stored)
        return stored.error();
    if ((*stored)->next()) {
        Call before;
        before.title = (*stored)->value(0).toString();
        before.donor = (*stored)->value(1).toString();
        before.reference = (*stored)->value(2).toString();
        before.notes = (*stored)->value(3).toString();
        (*stored)->finish();
        if (Status unindexed = index(id, before, false); !unindexed)
            return unindexed;
    }
    auto query = run(QStringLiteral("DELETE FROM calls WHERE id = ?"), {id});
    return query ? Status() : Status(query.error());
}

QString CallRepository::duplicateKey(const Call &call)
{
    const QString reference = call.reference.trimmed();
    return reference.isEmpty()
               ? QStringLiteral("T\x1f") + call.donor.trimmed() + u'\x1f' + call.title.trimmed() +
                     u'\x1f' + Clock::stamp(call.deadline())
               : QStringLiteral("R\x1f") + call.donor.trimmed() + u'\x1f' + reference;
}

Result<QSet<QString>> CallRepository::duplicateKeys() const
{
    auto query =
        Sql::exec(m_db, QStringLiteral("SELECT donor, reference, title, deadline_utc FROM calls"));
    if (!query)
        return query.error();
    QSet<QString> keys;
    while (query->next()) {
        const QString reference = query->value(1).toString();
        keys.insert(reference.isEmpty()
                        ? QStringLiteral("T\x1f") + query->value(0).toString() + u'\x1f' +
                              query->value(2).toString() + u'\x1f' + query->value(3).toString()
                        : QStringLiteral("R\x1f") + query->value(0).toString() + u'\x1f' +
                              reference);
    }
    return keys;
}

Result<qint64> CallRepository::findDuplicate(const Call &call) const
{
    const QString reference = call.reference.trimmed();
    auto found =
        reference.isEmpty()
            ? run(QStringLiteral("SELECT id FROM calls WHERE donor = ? AND "
                                 "reference = '' AND title = ? AND deadline_utc = ? "
                                 "LIMIT 1"),
                  {call.donor.trimmed(), call.title.trimmed(), Clock::stamp(call.deadline())})
            : run(QStringLiteral("SELECT id FROM calls WHERE donor = ? AND reference = ? "
                                 "LIMIT 1"),
                  {call.donor.trimmed(), reference});
    if (!found)
        return found.error();
    const qint64 id = (*found)->next() ? (*found)->value(0).toLongLong() : 0;
    (*found)->finish();
    return id;
}

} // namespace core
} // namespace hamkor
