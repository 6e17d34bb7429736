// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Currency.h"

#include "core/reference/JsonResource.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace hamkor {
namespace core {

struct CurrencyEntry
{
    Currency currency;
    QString english;
    QString russian;
};

class CurrencyTable
{
public:
    static const CurrencyTable &instance()
    {
        static const CurrencyTable table;
        return table;
    }

    QList<CurrencyEntry> entries;
    QHash<QString, qsizetype> byCode;

private:
    CurrencyTable()
    {
        const QJsonArray items = loadReferenceItems(QStringLiteral("currencies"));
        for (const auto &value : items) {
            const QJsonObject item = value.toObject();
            const QByteArray code = item.value(QLatin1String("code")).toString().toLatin1();
            if (code.size() != 3)
                continue;
            CurrencyEntry entry;
            std::copy(code.begin(), code.end(), entry.currency.m_code);
            entry.currency.m_minorUnits = item.value(QLatin1String("minor")).toInt(2);
            entry.english = item.value(QLatin1String("en")).toString();
            entry.russian = item.value(QLatin1String("ru")).toString();
            byCode.insert(QString::fromLatin1(code), entries.size());
            entries.append(entry);
        }
    }
};

std::optional<Currency> Currency::fromCode(QStringView code)
{
    const auto &table = CurrencyTable::instance();
    const auto it = table.byCode.constFind(code.trimmed().toString().toUpper());
    if (it == table.byCode.cend())
        return std::nullopt;
    return table.entries.at(*it).currency;
}

QList<Currency> Currency::all()
{
    QList<Currency> result;
    for (const auto &entry : CurrencyTable::instance().entries)
        result.append(entry.currency);
    return result;
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_minorUnits; ++i)
        factor *= 10;
    return factor;
}

QString Currency::name(QStringView language) const
{
    const auto &table = CurrencyTable::instance();
    const auto it = table.byCode.constFind(code());
    if (it == table.byCode.cend())
        return code();
    const auto &entry = table.entries.at(*it);
    return language == u"ru" && !entry.russian.isEmpty() ? entry.russian : entry.english;
}

QStringList Currency::commonCodes()
{
    return {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("KZT"),
            QStringLiteral("KGS"), QStringLiteral("TJS"), QStringLiteral("TMT"),
            QStringLiteral("UZS"), QStringLiteral("RUB"), QStringLiteral("AFN"),
            QStringLiteral("GBP"), QStringLiteral("CHF"), QStringLiteral("JPY")};
}

} // namespace core
} // namespace hamkor
