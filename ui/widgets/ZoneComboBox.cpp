// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ZoneComboBox.h"

#include <QCompleter>
#include <QTimeZone>

namespace hamkor {
namespace ui {

QStringList ZoneComboBox::favourites()
{
    return {QStringLiteral("Europe/Brussels"), QStringLiteral("America/New_York"),
            QStringLiteral("Asia/Almaty"),     QStringLiteral("Asia/Bishkek"),
            QStringLiteral("Asia/Dushanbe"),   QStringLiteral("Asia/Ashgabat"),
            QStringLiteral("Asia/Tashkent"),   QStringLiteral("Asia/Kabul"),
            QStringLiteral("Europe/Zurich"),   QStringLiteral("Europe/Berlin"),
            QStringLiteral("Europe/London"),   QStringLiteral("Asia/Tokyo"),
            QStringLiteral("Asia/Manila"),     QStringLiteral("UTC")};
}

ZoneComboBox::ZoneComboBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    QStringList zones;
    for (const QString &zone : favourites())
        if (QTimeZone::isTimeZoneIdAvailable(zone.toLatin1()))
            zones << zone;
    addItems(zones);
    insertSeparator(count());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString zone = QString::fromLatin1(id);
        if (!zones.contains(zone) && zone.contains(u'/'))
            addItem(zone);
    }
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

QString ZoneComboBox::zone() const
{
    return currentText().trimmed();
}

void ZoneComboBox::setZone(const QString &zone)
{
    const int index = findText(zone);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(zone);
}

} // namespace ui
} // namespace hamkor
