// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

namespace hamkor {
namespace core {

// One entry of a reference list: a stable code as files and the database store it, and
// its names in English and Russian.
struct ReferenceItem
{
    QString code;
    QString english;
    QString russian;
    QJsonObject extra; // further fields of the entry, such as a country's priority

    // The name in the display language (see setDisplayLanguage).
    QString name() const;
    QString name(QStringView language) const;
};

// A list of reference items loaded from resources/reference/<name>.json.
class ReferenceList
{
public:
    explicit ReferenceList(const QString &resourceName);

    const QList<ReferenceItem> &items() const { return m_items; }
    const ReferenceItem *find(QStringView code) const;
    bool contains(QStringView code) const { return find(code) != nullptr; }
    // The display name of code, or code itself when the list does not know it.
    QString name(QStringView code) const;
    // The item a person or a file means by text: its code, or its English or Russian name,
    // ignoring case, surrounding spaces and the difference between '_', '-' and ' '.
    const ReferenceItem *match(QStringView text) const;

private:
    QList<ReferenceItem> m_items;
    QHash<QString, qsizetype> m_byCode;
    QHash<QString, qsizetype> m_byName;
};

// The display language of reference names: "en" or "ru". Set once at start-up.
void setDisplayLanguage(const QString &language);
QString displayLanguage();

} // namespace core
} // namespace hamkor
