// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reference/ReferenceList.h"

#include "core/reference/JsonResource.h"

#include <QJsonArray>

namespace hamkor {
namespace core {

namespace {

QString &languageSetting()
{
    static QString language = QStringLiteral("en");
    return language;
}

QString matchKey(QStringView text)
{
    QString key = text.trimmed().toString().toCaseFolded();
    key.replace(u'_', u' ');
    key.replace(u'-', u' ');
    return key.simplified();
}

} // namespace

void setDisplayLanguage(const QString &language)
{
    languageSetting() = language;
}

QString displayLanguage()
{
    return languageSetting();
}

QString ReferenceItem::name() const
{
    return name(displayLanguage());
}

QString ReferenceItem::name(QStringView language) const
{
    return language == u"ru" && !russian.isEmpty() ? russian : english;
}

ReferenceList::ReferenceList(const QString &resourceName)
{
    const QJsonArray array = loadReferenceItems(resourceName);
    for (const auto &value : array) {
        QJsonObject object = value.toObject();
        ReferenceItem item;
        item.code = object.take(QLatin1String("code")).toString();
        item.english = object.take(QLatin1String("en")).toString();
        item.russian = object.take(QLatin1String("ru")).toString();
        item.extra = object;
        const qsizetype index = m_items.size();
        m_byCode.insert(item.code, index);
        for (const QString &key :
             {matchKey(item.code), matchKey(item.english), matchKey(item.russian)})
            m_byName.insert(key, index);
        m_items.append(std::move(item));
    }
}

const ReferenceItem *ReferenceList::find(QStringView code) const
{
    const auto it = m_byCode.constFind(code.toString());
    return it == m_byCode.cend() ? nullptr : &m_items.at(*it);
}

QString ReferenceList::name(QStringView code) const
{
    const ReferenceItem *item = find(code);
    return item ? item->name() : code.toString();
}

const ReferenceItem *ReferenceList::match(QStringView text) const
{
    if (const ReferenceItem *exact = find(text))
        return exact;
    const auto it = m_byName.constFind(matchKey(text));
    return it == m_byName.cend() ? nullptr : &m_items.at(*it);
}

} // namespace core
} // namespace hamkor
