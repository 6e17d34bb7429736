// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Currency.h"
#include "core/domain/Decimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

#include <optional>

namespace hamkor {
namespace core {

// Reading the cells of imported files as spreadsheet programs in the region write them:
// ISO dates (2027-02-12) and also the Russian 12.02.2027; decimals with a point, and with
// a comma where the file uses ';' between cells (as Russian-language Excel does).
class CellParsers
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::CellParsers)

public:
    static Result<QDate> date(const QString &text);
    // A date and a time: "2027-02-12T16:00", "2027-02-12 16:00", "12.02.2027 16:00"; a
    // date alone means 23:59 of that day.
    static Result<std::pair<QDate, QTime>> dateTime(const QString &text);
    static Result<Decimal> decimal(const QString &text, bool commaDecimals);
    // An amount in major units ("150000.50") as minor units of currency.
    static Result<qint64> amount(const QString &text, const Currency &currency, bool commaDecimals);
    static Result<int> wholeNumber(const QString &text);
};

} // namespace core
} // namespace hamkor
