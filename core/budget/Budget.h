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
    int sortOrder = 0;
};

// An exchange rate as the file keeps it: 1 unit of from = rate units of to, on a date.
struct ExchangeRate
{
    QString from;
    QString to;
    Decimal rate;
    QDate date;
    QString source;
};

// A version of a proposal's budget and its lines.
struct BudgetVersion
{
    qint64 id = 0;
    QString name = QStringLiteral("Draft 1");
    QString state = QStringLiteral("draft");
    QString templateCode = QStringLiteral("eu-prag");
    QString currency = QStringLiteral("EUR");
    QDate rateDate;                     // conversions use the latest rate on or before it
    std::optional<Decimal> indirectPct; // the budget's rate; the template's when not set
    std::optional<Decimal> contingencyPct;
    QList<BudgetLine> lines;
};

} // namespace core
} // namespace hamkor
