// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hamkor {
namespace ui {

// A setting: its key and the value it has until the user changes it. Every setting is
// declared once, in Settings below, so that a typo cannot create a second key.
template <class T> struct SettingKey
{
    const char *key;
    T defaultValue;
};

class Settings
{
public:
    static inline const SettingKey<QByteArray> WindowGeometry{"window/geometry", {}};
    static inline const SettingKey<QByteArray> WindowState{"window/state", {}};
    static inline const SettingKey<QStringList> RecentFiles{"files/recent", {}};
    static inline const SettingKey<QString> LastDirectory{"files/lastDirectory", {}};
    static inline const SettingKey<int> LastPage{"window/page", 0};
    static inline const SettingKey<QString> LastTimeZone{"calls/lastTimeZone", {}};
    static inline const SettingKey<QByteArray> CallsHeader{"calls/columns", {}};
    static constexpr int MaxRecentFiles = 8;

    template <class T> static T get(const SettingKey<T> &setting)
    {
        const QVariant value = settings().value(QString::fromLatin1(setting.key));
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : setting.defaultValue;
    }

    template <class T> static void set(const SettingKey<T> &setting, const T &value)
    {
        settings().setValue(QString::fromLatin1(setting.key), QVariant::fromValue(value));
    }

    // Puts path first in the recent files, without duplicates, at most MaxRecentFiles.
    static void addRecentFile(const QString &path);

private:
    static QSettings &settings();
};

} // namespace ui
} // namespace hamkor
