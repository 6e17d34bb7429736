// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetTemplate.h"

#include "core/reference/JsonResource.h"
#include "core/reference/ReferenceList.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace hamkor {
namespace core {

namespace {

QString localised(const QString &english, const QString &russian)
{
    return displayLanguage() == u"ru" && !russian.isEmpty() ? russian : english;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const auto &item : value.toArray())
        result << item.toString();
    return result;
}

std::optional<Decimal> decimal(const QJsonValue &value)
{
    return value.isString() ? Decimal::parse(value.toString()) : std::nullopt;
}

BudgetTotalLine::Kind kindOf(const QString &kind)
{
    if (kind == u"indirect")
        return BudgetTotalLine::Kind::Indirect;
    if (kind == u"contingency")
        return BudgetTotalLine::Kind::Contingency;
    if (kind == u"total")
        return BudgetTotalLine::Kind::Total;
    if (kind == u"taxes")
        return BudgetTotalLine::Kind::Taxes;
    return BudgetTotalLine::Kind::Subtotal;
}

QList<BudgetTemplate> &loaded()
{
    static QList<BudgetTemplate> templates;
    return templates;
}

} // namespace

QString BudgetCategory::name() const
{
    return localised(english, russian);
}

QString BudgetTotalLine::name() const
{
    return localised(english, russian);
}

QString BudgetTemplate::name() const
{
    return localised(m_english, m_russian);
}

std::optional<BudgetTemplate> BudgetTemplate::find(const QString &code)
{
    static const QHash<QString, BudgetTemplate> templates = [] {
        QHash<QString, BudgetTemplate> byCode;
        for (const auto &value : loadReferenceItems(QStringLiteral("budget_templates"))) {
            const QJsonObject object = value.toObject();
            BudgetTemplate t;
            t.m_code = object.value(QLatin1String("code")).toString();
            t.m_english = object.value(QLatin1String("en")).toString();
            t.m_russian = object.value(QLatin1String("ru")).toString();
            t.m_currency = object.value(QLatin1String("currency")).toString();
            t.m_years = object.value(QLatin1String("years")).toBool(true);
            t.m_perBeneficiary = object.value(QLatin1String("per_beneficiary")).toBool();
            if (const QJsonValue may = object.value(QLatin1String("associates_may_charge"));
                may.isArray())
                t.m_associatesMayCharge = strings(may);
            t.m_fundingRatePct = decimal(object.value(QLatin1String("funding_rate_pct")));
            QHash<QString, int> depth;
            for (const auto &item : object.value(QLatin1String("categories")).toArray()) {
                const QJsonObject c = item.toObject();
                BudgetCategory category{c.value(QLatin1String("code")).toString(),
                                        c.value(QLatin1String("en")).toString(),
                                        c.value(QLatin1String("ru")).toString(),
                                        c.value(QLatin1String("parent")).toString(),
                                        0,
                                        strings(c.value(QLatin1String("kinds")))};
                category.depth = category.parent.isEmpty() ? 0 : depth.value(category.parent) + 1;
                depth.insert(category.code, category.depth);
                t.m_categories.append(category);
            }
            for (const auto &item : object.value(QLatin1String("totals")).toArray()) {
                const QJsonObject line = item.toObject();
                t.m_totals.append({line.value(QLatin1String("code")).toString(),
                                   line.value(QLatin1String("en")).toString(),
                                   line.value(QLatin1String("ru")).toString(),
                                   kindOf(line.value(QLatin1String("kind")).toString()),
                                   strings(line.value(QLatin1String("of"))),
                                   strings(line.value(QLatin1String("base"))),
                                   strings(line.value(QLatin1String("base_excludes"))),
                                   decimal(line.value(QLatin1String("rate_pct"))),
                                   decimal(line.value(QLatin1String("cap_pct")))});
            }
            byCode.insert(t.m_code, t);
            loaded().append(t);
        }
        return byCode;
    }();
    const auto it = templates.constFind(code);
    return it == templates.cend() ? std::nullopt : std::optional<BudgetTemplate>(*it);
}

QStringList BudgetTemplate::codes()
{
    (void)find(QString()); // loads the file once
    QStringList result;
    for (const BudgetTemplate &t : loaded())
        result << t.code();
    return result;
}

const BudgetCategory *BudgetTemplate::category(const QString &code) const
{
    for (const BudgetCategory &c : m_categories)
        if (c.code == code)
            return &c;
    return nullptr;
}

std::optional<BudgetTemplate> BudgetTemplate::forVersion(const QString &code,
                                                         const QList<UserCategory> &headings)
{
    auto layout = find(code);
    if (!layout || !layout->m_categories.isEmpty())
        return layout;
    for (const UserCategory &heading : headings)
        layout->m_categories.append({heading.code, heading.name, heading.name, QString(), 0, {}});
    return layout;
}

const BudgetTotalLine *BudgetTemplate::grandTotal() const
{
    for (auto it = m_totals.crbegin(); it != m_totals.crend(); ++it)
        if (it->kind == BudgetTotalLine::Kind::Total)
            return &*it;
    return nullptr;
}

bool BudgetTemplate::takesLines(const QString &code) const
{
    if (isLeaf(code))
        return true;
    return std::any_of(m_totals.cbegin(), m_totals.cend(), [&](const BudgetTotalLine &line) {
        return line.kind == BudgetTotalLine::Kind::Taxes && line.code == code;
    });
}

bool BudgetTemplate::isLeaf(const QString &code) const
{
    if (!category(code))
        return false;
    for (const BudgetCategory &c : m_categories)
        if (c.parent == code)
            return false;
    return true;
}

QStringList BudgetTemplate::ancestry(const QString &code) const
{
    QStringList chain;
    for (const BudgetCategory *c = category(code); c; c = category(c->parent))
        chain << c->code;
    return chain;
}

QString BudgetTemplate::suggestedFor(const QString &donor)
{
    const QString name = donor.simplified();
    const auto has = [&](const char *word) {
        return name.contains(QLatin1String(word), Qt::CaseInsensitive);
    };
    if (has("Horizon"))
        return QStringLiteral("horizon-europe");
    if (has("European Union") || has("European Commission") || name == u"EU" ||
        name.startsWith(u"EU ") || has("EuropeAid") || has("Евросоюз") || has("Европейский союз"))
        return QStringLiteral("eu-prag");
    if (has("USAID") || has("United States") || has("U.S.") || has("US Department") ||
        has("US Embassy"))
        return QStringLiteral("sf-424a");
    return QStringLiteral("generic");
}

} // namespace core
} // namespace hamkor
