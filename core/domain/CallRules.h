// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Call.h"

#include <QCoreApplication>
#include <QStringList>

namespace hamkor {
namespace core {

// What makes a call complete and consistent, in words a user can act on. The editor shows
// these before saving; the importer reports them with their row and column.
class CallRules
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::CallRules)

public:
    struct Problem
    {
        QString field; // the import column the problem is about, e.g. "max_amount"
        QString message;
    };

    static QList<Problem> check(const Call &call);

    // Whether zone is an IANA time zone this computer knows.
    static bool isKnownZone(const QString &zone);
    // Why the local time does not exist in zone on that day (the hour skipped when clocks
    // go forward), or an empty string when it exists.
    static QString nonexistentTime(const QDate &date, const QTime &time, const QString &zone);
};

} // namespace core
} // namespace hamkor
