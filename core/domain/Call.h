// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Decimal.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace hamkor {
namespace core {

// A status a call had, and since when.
struct CallStatusChange
{
    qint64 id = 0;
    QString status;
    QString changedAt; // UTC stamp, see Clock::stamp
    QString note;

    friend bool operator==(const CallStatusChange &, const CallStatusChange &) = default;
};

// A call for proposals or a tender (SPEC section 2), as a plain value.
//
// The deadline is kept as the donor states it — a date, a time and the donor's IANA time
// zone ("2027-02-12 16:00 Europe/Brussels") — because that is what stays true when time
// zone rules change; the moment in UTC is derived from it.
struct Call
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString donor;
    QString reference;
    QString url;
    QStringList themes;         // codes of reference::themes()
    QStringList countries;      // ISO 3166-1 alpha-2
    QStringList applicantTypes; // codes of reference::organisationTypes()
    QString currency;           // ISO 4217, empty when the call names none
    std::optional<qint64> minAmountMinor;
    std::optional<qint64> maxAmountMinor;
    std::optional<Decimal> cofinancingMinPct;
    std::optional<Decimal> indirectCapPct;
    std::optional<int> minDurationMonths;
    std::optional<int> maxDurationMonths;
    std::optional<int> maxPartners;
    QDate opens;
    QDate deadlineDate;
    QTime deadlineTime;
    QString deadlineZone; // IANA id, e.g. "Europe/Brussels"
    QString status = QStringLiteral("identified");
    QString notes;
    QStringList documents; // paths of files on this computer
    QList<CallStatusChange> history;
    QString createdAt;
    QString modifiedAt;

    // The deadline as a moment, in the donor's zone; invalid when date, time or zone is.
    QDateTime deadline() const;
    // Why deadline() is invalid, in words ("its time zone “Europe/Geneva” is not …"); empty
    // when the deadline can be shown. Lists, calendars and `hamkor check` say it.
    QString deadlineProblem() const;
    // Why a deadline in zone cannot be shown, or empty when zone is a known IANA zone.
    static QString zoneProblem(const QString &zone);

    friend bool operator==(const Call &, const Call &) = default;
};

} // namespace core
} // namespace hamkor
