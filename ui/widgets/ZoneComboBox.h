// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace hamkor {
namespace ui {

// An IANA time zone: the zones donors and partners use most come first (Brussels, New
// York, the Central Asian capitals), then every zone this computer knows. Typing narrows.
class ZoneComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ZoneComboBox(QWidget *parent = nullptr);

    QString zone() const;
    void setZone(const QString &zone);
    static QStringList favourites();
};

} // namespace ui
} // namespace hamkor
