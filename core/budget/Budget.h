// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Decimal.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace hamkor {
namespace core {

// One line of a budget: quantity × unit cost in the line's own currency, under a heading
// of the donor's template, incurred by a consortium member in a period (year 1…n).
struct BudgetLine
{
    qint64 id = 0;
    QString uuid;
    QString category; // a leaf heading of the template ("1.1.1")
    QString description;
    qint64 memberId = 0; // the consortium member that incurs it
    QString unit;
    Decimal quantity;
    qint64 unitCostMinor = 0;
    QString currency;
    int period = 1;
    // How it is paid, as percentages of the line: the donor's share, the partner's own
    // co-financing, other donors, in kind. They add up to 100.
    Decimal donorPct = Decimal::fromInteger(100);
    Decimal ownPct;
    Decimal otherPct;
    Decimal inKindPct;
    // Or as amounts in the line's own currency (minor units) from the donor, other donors
    // and in kind; the partner's own co-financing is what they leave of the line.
    bool sharesAsAmounts = false;
    qint64 donorMinor = 0;
    qint64 otherMinor = 0;
    qint64 inKindMinor = 0;
    int sortOrder = 0;

    friend bool operator==(const BudgetLine &, const BudgetLine &) = default;
};

// An exchange rate as the file keeps it: 1 unit of from = rate units of to, on a date.
struct ExchangeRate
{
    qint64 id = 0; // 0 when not from a file
    QString from;
    QString to;
    Decimal rate;
    QDate date;
    QString source;

    friend bool operator==(const ExchangeRate &, const ExchangeRate &) = default;
};

// A heading the user names, for a template without its own (generic).
struct UserCategory
{
    QString code;
    QString name;

    friend bool operator==(const UserCategory &, const UserCategory &) = default;
};

// A version of a proposal's budget and its lines.
struct BudgetVersion
{
    qint64 id = 0;
    QString uuid;
    qint64 proposalId = 0;
    QString name = QStringLiteral("Draft 1");
    QString state = QStringLiteral("draft");
    QString templateCode = QStringLiteral("eu-prag");
    QString currency = QStringLiteral("EUR");
    QDate rateDate;                     // conversions use the latest rate on or before it
    std::optional<Decimal> indirectPct; // the budget's rate; the template's when not set
    std::optional<Decimal> contingencyPct;
    std::optional<Decimal> fundingRatePct; // Horizon Europe: the share of costs funded
    QString notes;
    QList<UserCategory> categories; // the user's headings (generic template)
    QList<BudgetLine> lines;
    // A submitted or awarded version: the rates it was converted at when it was locked, so
    // that a later change of the file's rates does not change it.
    QList<ExchangeRate> keptRates;
    QString createdAt;
    QString modifiedAt;

    // A submitted or awarded version is kept as it was: it cannot be edited.
    bool isLocked() const
    {
        return state == QLatin1String("submitted") || state == QLatin1String("awarded");
    }

    friend bool operator==(const BudgetVersion &, const BudgetVersion &) = default;
};

} // namespace core
} // namespace hamkor
