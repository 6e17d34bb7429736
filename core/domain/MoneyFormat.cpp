// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/MoneyFormat.h"

#include "core/reference/ReferenceList.h"

#include <algorithm>
#include <iterator>

namespace hamkor {
namespace core {

namespace {

constexpr char16_t NoBreakSpace = u'\u00A0';
constexpr char16_t NarrowNoBreakSpace = u'\u202F';

QChar groupSeparator(NumberStyle style)
{
    return style == NumberStyle::English ? QChar(u',') : QChar(NoBreakSpace);
}

QChar decimalPoint(NumberStyle style)
{
    return style == NumberStyle::Russian ? QChar(u',') : QChar(u'.');
}

bool isGroupSeparator(QChar c, NumberStyle style)
{
    switch (style) {
    case NumberStyle::English:
        return c == u',';
    case NumberStyle::Russian:
        return c == u' ' || c == NoBreakSpace || c == NarrowNoBreakSpace;
    case NumberStyle::Plain:
        return false;
    }
    return false;
}

// "-1234567.5" with 2 decimals → "-1,234,567.50", in one string: a budget printed whole
// formats millions of amounts.
QString formatParts(QStringView canonical, int minDecimals, NumberStyle style)
{
    const bool negative = canonical.startsWith(u'-');
    if (negative)
        canonical = canonical.sliced(1);
    const qsizetype point = canonical.indexOf(u'.');
    const QStringView integer = point < 0 ? canonical : canonical.first(point);
    const QStringView fraction = point < 0 ? QStringView() : canonical.sliced(point + 1);
    QString result;
    result.reserve(2 + integer.size() * 4 / 3 + std::max<qsizetype>(fraction.size(), minDecimals));
    if (negative)
        result += u'-';
    if (style == NumberStyle::Plain || integer.size() <= 3) {
        result += integer;
    } else {
        const qsizetype head = integer.size() % 3 == 0 ? 3 : integer.size() % 3;
        result += integer.first(head);
        for (qsizetype i = head; i < integer.size(); i += 3) {
            result += groupSeparator(style);
            result += integer.sliced(i, 3);
        }
    }
    if (!fraction.isEmpty() || minDecimals > 0) {
        result += decimalPoint(style);
        result += fraction;
        for (qsizetype i = fraction.size(); i < minDecimals; ++i)
            result += u'0';
    }
    return result;
}

} // namespace

NumberStyle MoneyFormat::displayStyle()
{
    return displayLanguage() == u"ru" ? NumberStyle::Russian : NumberStyle::English;
}

QString MoneyFormat::format(const Money &money, NumberStyle style)
{
    // Straight from the minor units, digit by digit from the right: what formatParts makes
    // of the amount as a decimal, without the strings in between (a budget printed whole
    // formats millions of amounts).
    const qint64 minor = money.minorUnits();
    const int digits = money.currency().minorUnits();
    quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    char16_t buffer[48];
    qsizetype at = std::size(buffer);
    for (int d = 0; d < digits; ++d) {
        buffer[--at] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    }
    if (digits > 0)
        buffer[--at] = decimalPoint(style).unicode();
    int inGroup = 0;
    do {
        if (inGroup == 3 && style != NumberStyle::Plain) {
            buffer[--at] = groupSeparator(style).unicode();
            inGroup = 0;
        }
        buffer[--at] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
        ++inGroup;
    } while (magnitude != 0);
    if (minor < 0)
        buffer[--at] = u'-';
    return QString(reinterpret_cast<const QChar *>(buffer + at), std::size(buffer) - at);
}

QString MoneyFormat::formatWithCode(const Money &money, NumberStyle style)
{
    return format(money, style) + u' ' + money.currency().code();
}

QString MoneyFormat::formatDecimal(const Decimal &value, NumberStyle style)
{
    return formatParts(value.toString(), 0, style);
}

Result<Decimal> MoneyFormat::parseDecimal(QStringView text, NumberStyle style)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A number is missing.")};
    QString plain;
    plain.reserve(trimmed.size());
    qsizetype pos = 0;
    if (trimmed.front() == u'-' || trimmed.front() == u'+' || trimmed.front() == u'\u2212') {
        if (trimmed.front() != u'+')
            plain.append(u'-');
        ++pos;
    }
    // Digits since the last group separator, or -1 before the first one.
    int groupLength = -1;
    int leadingDigits = 0;
    bool seenPoint = false;
    const QString invalid = tr("“%1” is not a number.").arg(trimmed.toString());
    for (; pos < trimmed.size(); ++pos) {
        const QChar c = trimmed.at(pos);
        if (c.isDigit() && c.unicode() < 128) {
            plain.append(c);
            if (!seenPoint) {
                ++leadingDigits;
                if (groupLength >= 0)
                    ++groupLength;
            }
        } else if (!seenPoint && isGroupSeparator(c, style)) {
            if (leadingDigits == 0 || (groupLength >= 0 && groupLength != 3) ||
                (groupLength < 0 && leadingDigits > 3))
                return Error{invalid};
            groupLength = 0;
        } else if (!seenPoint &&
                   (c == decimalPoint(style) || (style == NumberStyle::Russian && c == u'.'))) {
            seenPoint = true;
            plain.append(u'.');
        } else {
            return Error{invalid};
        }
    }
    if (groupLength >= 0 && groupLength != 3)
        return Error{invalid};
    const auto value = Decimal::parse(plain);
    if (!value)
        return Error{tr("“%1” has too many digits.").arg(trimmed.toString())};
    return *value;
}

Result<Money> MoneyFormat::parse(QStringView text, Currency currency, NumberStyle style)
{
    const auto value = parseDecimal(text, style);
    if (!value)
        return value.error();
    return Money::fromDecimal(*value, currency);
}

} // namespace core
} // namespace hamkor
