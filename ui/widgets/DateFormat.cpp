// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/DateFormat.h"

#include <QDateEdit>
#include <QLocale>
#include <QRegularExpression>

namespace hamkor {
namespace ui {

QString DateFormat::pattern()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // Short forms often have a two-digit year ("dd/MM/yy"): a grant runs past a century's
    // turn of no one, but "27" is no year to sign a budget with.
    static const QRegularExpression year(QStringLiteral("y+"));
    format.replace(year, QStringLiteral("yyyy"));
    return format;
}

QString DateFormat::text(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, pattern()) : QString();
}

std::optional<QDate> DateFormat::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QLocale locale;
    QString single = pattern();
    single.replace(QStringLiteral("dd"), QStringLiteral("d"));
    single.replace(QStringLiteral("MM"), QStringLiteral("M"));
    for (const QString &form : {pattern(), single}) {
        if (const QDate date = locale.toDate(trimmed, form); date.isValid())
            return date;
    }
    if (const QDate date = QDate::fromString(trimmed, Qt::ISODate); date.isValid())
        return date;
    return std::nullopt;
}

QString DateFormat::example()
{
    return tr("as %1").arg(text(QDate(QDate::currentDate().year(), 12, 31)));
}

void DateFormat::setUp(QDateEdit *field)
{
    field->setDisplayFormat(pattern());
    field->setCalendarPopup(true);
    field->setToolTip(
        tr("Type the date %1, or pick it from the calendar (the arrow or F4).").arg(example()));
}

} // namespace ui
} // namespace hamkor
