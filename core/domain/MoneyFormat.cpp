// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/MoneyFormat.h"

#include "core/reference/ReferenceList.h"

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

// "1234567" → "1,234,567"
QString groupDigits(const QString &digits, NumberStyle style)
{
    if (style == NumberStyle::Plain || digits.size() <= 3)
        return digits;
    QString result;
    result.reserve(digits.size() + digits.size() / 3);
    const qsizetype head = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    result.append(QStringView(digits).left(head));
    for (qsizetype i = head; i < digits.size(); i += 3) {
        result.append(groupSeparator(style));
        result.append(QStringView(digits).mid(i, 3));
    }
    return result;
}

QString formatParts(QString canonical, int minDecimals, NumberStyle style)
{
    const bool negative = canonical.startsWith(u'-');
    if (negative)
        canonical.remove(0, 1);
    const qsizetype point = canonical.indexOf(u'.');
    QString integer = point < 0 ? canonical : canonical.left(point);
    QString fraction = point < 0 ? QString() : canonical.mid(point + 1);
    while (fraction.size() < minDecimals)
        fraction.append(u'0');
    QString result = groupDigits(integer, style);
    if (!fraction.isEmpty())
        result += decimalPoint(style) + fraction;
    return negative ? u'-' + result : result;
}

} // namespace

NumberStyle MoneyFormat::displayStyle()
{
    return displayLanguage() == u"ru" ? NumberStyle::Russian : NumberStyle::English;
}

QString MoneyFormat::format(const Money &money, NumberStyle style)
{
    return formatParts(money.toDecimal().toString(), money.currency().minorUnits(), style);
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
