// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Call.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QTimeZone>

namespace hamkor {
namespace core {

struct CsvWriteOptions;

// Calls leaving Hamkor: CSV in the import format (so that it round-trips), iCalendar for
// calendar programs, and a short text digest to paste into WhatsApp or Telegram.
class CallExport
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::CallExport)

public:
    static Status csv(QIODevice &device, const QList<Call> &calls, const CsvWriteOptions &options);
    // One event per deadline in the donor's zone, reminders 7 days and 1 day before, UIDs
    // from the calls' UUIDs so that a second import updates instead of duplicating. A call
    // whose deadline cannot be shown (Call::deadlineProblem) has no event: leftOut gets a
    // sentence for each, naming the call and why, for the caller to show.
    static QByteArray ics(const QList<Call> &calls, const QDateTime &stampUtc,
                          QStringList *leftOut = nullptr);
    // Open calls by deadline: title, donor, deadline in zone, days left, link.
    static QString digest(const QList<Call> &calls, const QDateTime &now, const QTimeZone &zone,
                          const QLocale &locale);
};

} // namespace core
} // namespace hamkor
