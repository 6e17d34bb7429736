// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace hamkor {
namespace core {

// An ISO 4217 currency and the number of digits of its minor unit (2 for EUR, 0 for JPY,
// 3 for KWD). The list is reference data in resources/reference/currencies.json.
class Currency
{
public:
    Currency() = default;

    // The currency with this code (case-insensitive, surrounding spaces ignored), or none.
    static std::optional<Currency> fromCode(QStringView code);
    static QList<Currency> all();
    // The codes offered first in lists: the region's currencies and the donors'.
    static QStringList commonCodes();

    bool isValid() const { return m_minorUnits >= 0; }
    QString code() const { return QString::fromLatin1(m_code, 3); }
    int minorUnits() const { return m_minorUnits; }
    // 10 to the power of minorUnits(): how many minor units make one major unit.
    qint64 minorPerMajor() const;
    // The currency's name in "en" or "ru"; English for any other language.
    QString name(QStringView language) const;

    friend bool operator==(const Currency &a, const Currency &b)
    {
        return a.m_code[0] == b.m_code[0] && a.m_code[1] == b.m_code[1] &&
               a.m_code[2] == b.m_code[2] && a.m_minorUnits == b.m_minorUnits;
    }

private:
    friend class CurrencyTable;
    char m_code[3] = {'?', '?', '?'};
    int m_minorUnits = -1;
};

} // namespace core
} // namespace hamkor
