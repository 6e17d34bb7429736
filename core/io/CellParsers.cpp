// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CellParsers.h"

#include "core/domain/Money.h"

#include <QRegularExpression>

namespace hamkor {
namespace core {

Result<QDate> CellParsers::date(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression russian(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    const QString trimmed = text.trimmed();
    int year = 0, month = 0, day = 0;
    if (const auto m = iso.match(trimmed); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (const auto r = russian.match(trimmed); r.hasMatch()) {
        day = r.captured(1).toInt();
        month = r.captured(2).toInt();
        year = r.captured(3).toInt();
    } else {
        return Error{
            tr("“%1” is not a date; write it as YYYY-MM-DD, like 2027-02-12.").arg(trimmed)};
    }
    const QDate result(year, month, day);
    if (!result.isValid())
        return Error{tr("%1 is not a day that exists.").arg(trimmed)};
    return result;
}

Result<std::pair<QDate, QTime>> CellParsers::dateTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    qsizetype split = trimmed.indexOf(u'T');
    if (split < 0)
        split = trimmed.indexOf(u' ');
    const auto day = date(split < 0 ? trimmed : trimmed.left(split));
    if (!day)
        return day.error();
    if (split < 0)
        return std::pair{*day, QTime(23, 59)};
    const QString clock = trimmed.mid(split + 1).trimmed();
    QTime time = QTime::fromString(clock, QStringLiteral("H:mm"));
    if (!time.isValid())
        time = QTime::fromString(clock, QStringLiteral("H:mm:ss"));
    if (!time.isValid())
        return Error{tr("“%1” is not a time of day; write it as HH:MM, like 16:00.").arg(clock)};
    return std::pair{*day, time};
}

Result<Decimal> CellParsers::decimal(const QString &text, bool commaDecimals)
{
    QString plain = text.trimmed();
    if (plain.endsWith(u'%'))
        plain = plain.chopped(1).trimmed(); // "7%" in a percentage column
    if (commaDecimals) {
        // Russian-language spreadsheets group with spaces and use a decimal comma:
        // "1 500 000,50".
        plain.remove(u' ');
        plain.remove(QChar(0x00A0));
        plain.remove(QChar(0x202F));
        if (!plain.contains(u'.'))
            plain.replace(u',', u'.');
    }
    const auto value = Decimal::parse(plain);
    if (!value)
        return Error{
            commaDecimals
                ? tr("“%1” is not a number; write it like 7,5 or 1 500 000,50.").arg(text.trimmed())
                : tr("“%1” is not a number; write it with a point and no spaces, like "
                     "7.5.")
                      .arg(text.trimmed())};
    return *value;
}

Result<qint64> CellParsers::amount(const QString &text, const Currency &currency,
                                   bool commaDecimals)
{
    const auto value = decimal(text, commaDecimals);
    if (!value)
        return Error{tr("“%1” is not an amount; write it with a point and no spaces or "
                        "currency sign, like 150000.00.")
                         .arg(text.trimmed())};
    const auto money = Money::fromDecimal(*value, currency);
    if (!money)
        return money.error();
    return money->minorUnits();
}

Result<int> CellParsers::wholeNumber(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        return Error{tr("“%1” is not a whole number.").arg(text.trimmed())};
    return value;
}

} // namespace core
} // namespace hamkor
