// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/CallExport.h"

#include "core/domain/Currency.h"
#include "core/domain/DeadlineText.h"
#include "core/domain/Money.h"
#include "core/domain/MoneyFormat.h"
#include "core/export/IcsWriter.h"
#include "core/io/CallImporter.h"
#include "core/io/CsvWriter.h"
#include "core/reference/Reference.h"

namespace hamkor {
namespace core {

namespace {

QString englishNames(const QStringList &codes, const ReferenceList &list)
{
    QStringList names;
    for (const QString &code : codes) {
        const ReferenceItem *item = list.find(code);
        names << (item ? item->english : code);
    }
    return names.join(u'|');
}

CsvCell amountCell(const std::optional<qint64> &minor, const QString &currencyCode)
{
    const auto currency = Currency::fromCode(currencyCode);
    if (!minor || !currency)
        return {};
    return {MoneyFormat::format(Money(*minor, *currency), NumberStyle::Plain), true};
}

CsvCell numberCell(const std::optional<int> &value)
{
    return value ? CsvCell{QString::number(*value), true} : CsvCell{};
}

CsvCell decimalCell(const std::optional<Decimal> &value)
{
    return value ? CsvCell{value->toString(), true} : CsvCell{};
}

} // namespace

Status CallExport::csv(QIODevice &device, const QList<Call> &calls, const CsvWriteOptions &options)
{
    CsvWriter writer(device, options);
    writer.writeTextRow(CallImporter::columns());
    for (const Call &call : calls) {
        writer.writeRow({
            {call.title},
            {call.donor},
            {call.reference},
            {call.url},
            {englishNames(call.themes, reference::themes())},
            {call.countries.join(u'|')},
            {call.applicantTypes.join(u'|')},
            {call.currency},
            amountCell(call.minAmountMinor, call.currency),
            amountCell(call.maxAmountMinor, call.currency),
            decimalCell(call.cofinancingMinPct),
            decimalCell(call.indirectCapPct),
            numberCell(call.minDurationMonths),
            numberCell(call.maxDurationMonths),
            numberCell(call.maxPartners),
            {call.opens.isValid() ? call.opens.toString(Qt::ISODate) : QString(), true},
            {call.deadlineDate.isValid() ? call.deadlineDate.toString(Qt::ISODate) + u'T' +
                                               call.deadlineTime.toString(QStringLiteral("HH:mm"))
                                         : QString(),
             true},
            {call.deadlineZone},
            {call.status},
            {call.notes},
        });
    }
    return writer.status();
}

QByteArray CallExport::ics(const QList<Call> &calls, const QDateTime &stampUtc,
                           QStringList *leftOut)
{
    QList<IcsEvent> events;
    for (const Call &call : calls) {
        if (const QString problem = call.deadlineProblem(); !problem.isEmpty()) {
            if (leftOut)
                *leftOut << tr("“%1” is not in the calendar: %2.").arg(call.title, problem);
            continue;
        }
        IcsEvent event;
        event.uid = call.uuid + QStringLiteral("@hamkor");
        event.summary = tr("Deadline: %1 (%2)").arg(call.title, call.donor);
        QStringList description;
        if (!call.reference.isEmpty())
            description << tr("Reference: %1").arg(call.reference);
        description << tr("Status: %1").arg(reference::callStatuses().name(call.status));
        if (!call.notes.isEmpty())
            description << call.notes;
        event.description = description.join(u'\n');
        event.url = call.url;
        event.start = call.deadline();
        event.categories = {call.donor};
        events.append(event);
    }
    return IcsWriter::write(events, stampUtc, tr("Hamkor deadlines"));
}

QString CallExport::digest(const QList<Call> &calls, const QDateTime &now, const QTimeZone &zone,
                           const QLocale &locale)
{
    QStringList lines;
    lines << tr("Open calls, %1 (times in %2)")
                 .arg(locale.toString(now.toTimeZone(zone).date(), QStringLiteral("d MMMM yyyy")),
                      QString::fromLatin1(zone.id()));
    if (calls.isEmpty())
        lines << QString() << tr("No open calls.");
    int number = 0;
    for (const Call &call : calls) {
        const QDateTime deadline = call.deadline();
        lines << QString();
        lines << QStringLiteral("%1. %2").arg(++number).arg(call.title);
        if (const QString problem = call.deadlineProblem(); !problem.isEmpty()) {
            lines << QStringLiteral("   ") +
                         tr("%1 · the deadline cannot be shown: %2").arg(call.donor, problem);
        } else {
            const int days = DeadlineText::daysLeft(deadline, now, zone);
            lines << QStringLiteral("   ") +
                         tr("%1 · deadline %2 · %3")
                             .arg(call.donor, DeadlineText::moment(deadline, zone, locale),
                                  DeadlineText::daysLeftText(days, deadline < now));
        }
        if (!call.url.isEmpty())
            lines << QStringLiteral("   ") + call.url;
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace core
} // namespace hamkor
