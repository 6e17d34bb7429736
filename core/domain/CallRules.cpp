// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CallRules.h"

#include "core/domain/Currency.h"
#include "core/reference/Reference.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace hamkor {
namespace core {

bool CallRules::isKnownZone(const QString &zone)
{
    // Asking Qt for every row lists the whole zone database each time; ask once.
    static const QSet<QByteArray> listed = [] {
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        return QSet<QByteArray>(ids.cbegin(), ids.cend());
    }();
    // The list leaves out zones the system has but does not list (Etc/UTC, GMT, Etc/GMT+5);
    // those are asked for by name, once each.
    static QHash<QByteArray, bool> asked;
    static QMutex guard; // imports may check rows off the window's thread
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$"));
    const QByteArray id = zone.toLatin1();
    if (zone.isEmpty() || listed.contains(id))
        return !zone.isEmpty();
    const QMutexLocker lock(&guard);
    if (const auto it = asked.constFind(id); it != asked.cend())
        return *it;
    const bool known = shape.match(zone).hasMatch() && QTimeZone(id).isValid();
    asked.insert(id, known);
    return known;
}

QString CallRules::nonexistentTime(const QDate &date, const QTime &time, const QString &zone)
{
    Call probe;
    probe.deadlineDate = date;
    probe.deadlineTime = time;
    probe.deadlineZone = zone;
    if (!date.isValid() || !time.isValid() || !isKnownZone(zone))
        return {};
    const QDateTime moment = probe.deadline(); // through the cache of zones
    if (moment.isValid() && moment.time() == time && moment.date() == date)
        return {};
    return tr("%1 %2 does not exist in %3: the clocks go forward that night.")
        .arg(date.toString(Qt::ISODate), time.toString(QStringLiteral("HH:mm")), zone);
}

QList<CallRules::Problem> CallRules::check(const Call &call)
{
    QList<Problem> problems;
    auto add = [&](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };
    if (call.title.trimmed().isEmpty())
        add("title", tr("The title is missing."));
    if (call.donor.trimmed().isEmpty())
        add("donor", tr("The donor is missing."));
    if (!call.deadlineDate.isValid() || !call.deadlineTime.isValid())
        add("deadline", tr("The deadline is missing."));
    if (!isKnownZone(call.deadlineZone))
        add("deadline_tz",
            call.deadlineZone.isEmpty()
                ? tr("The deadline's time zone is missing.")
                : tr("“%1” is not a time zone this computer knows; use an IANA name such as "
                     "Europe/Brussels or Asia/Almaty.")
                      .arg(call.deadlineZone));
    else if (const QString gap =
                 nonexistentTime(call.deadlineDate, call.deadlineTime, call.deadlineZone);
             !gap.isEmpty())
        add("deadline", gap);
    if (call.opens.isValid() && call.deadlineDate.isValid() && call.deadlineDate < call.opens)
        add("deadline",
            tr("The deadline (%1) is before the call opens (%2).")
                .arg(call.deadlineDate.toString(Qt::ISODate), call.opens.toString(Qt::ISODate)));
    if (!call.currency.isEmpty() && !Currency::fromCode(call.currency))
        add("currency", tr("“%1” is not an ISO 4217 currency code (such as EUR, USD or KZT).")
                            .arg(call.currency));
    if ((call.minAmountMinor || call.maxAmountMinor) && call.currency.isEmpty())
        add("currency", tr("The grant size needs a currency."));
    if (call.minAmountMinor && *call.minAmountMinor < 0)
        add("min_amount", tr("The smallest grant cannot be negative."));
    if (call.minAmountMinor && call.maxAmountMinor && *call.maxAmountMinor < *call.minAmountMinor)
        add("max_amount", tr("The largest grant is smaller than the smallest grant."));
    const Decimal hundred = Decimal::fromInteger(100);
    for (const auto &[value, field, name] :
         {std::tuple{call.cofinancingMinPct, "cofinancing_min_pct", tr("co-financing minimum")},
          std::tuple{call.indirectCapPct, "indirect_cap_pct", tr("indirect-cost cap")}}) {
        if (value && (value->isNegative() || *value > hundred))
            problems.append(
                {QString::fromLatin1(field),
                 tr("The %1 must be between 0 and 100 %, not %2.").arg(name, value->toString())});
    }
    for (const auto &[value, field] : {std::pair{call.minDurationMonths, "min_duration_months"},
                                       std::pair{call.maxDurationMonths, "max_duration_months"},
                                       std::pair{call.maxPartners, "max_partners"}}) {
        if (value && *value <= 0)
            problems.append({QString::fromLatin1(field),
                             tr("%1 must be a whole number above zero.").arg(*value)});
    }
    if (call.minDurationMonths && call.maxDurationMonths &&
        *call.maxDurationMonths < *call.minDurationMonths)
        add("max_duration_months", tr("The longest duration is shorter than the shortest."));
    for (const QString &code : call.themes)
        if (!reference::themes().contains(code))
            add("themes", tr("“%1” is not one of the thematic areas.").arg(code));
    for (const QString &code : call.countries)
        if (!reference::countries().contains(code))
            add("countries", tr("“%1” is not an ISO 3166 country code.").arg(code));
    for (const QString &code : call.applicantTypes)
        if (!reference::organisationTypes().contains(code))
            add("applicant_types", tr("“%1” is not an organisation type.").arg(code));
    if (!reference::callStatuses().contains(call.status))
        add("status", tr("“%1” is not a call status.").arg(call.status));
    return problems;
}

} // namespace core
} // namespace hamkor
