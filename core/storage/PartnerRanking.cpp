// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PartnerRanking.h"

#include "core/reference/Reference.h"
#include "core/storage/Sql.h"

#include <QDate>
#include <QHash>
#include <QLocale>

namespace hamkor {
namespace core {

namespace {

// The weights of the score. They are constants of the program, never input, so they may
// be written into the SQL text.
constexpr int ThemePoints = 10;
constexpr int EngagementPoints = 3;
constexpr int EngagementCap = 5;
constexpr int ConsortiumPoints = 5;
constexpr int ConsortiumCap = 4;
constexpr int AuditPoints = 1;

// Acronyms of earlier consortia named in a reason before "and 3 more".
constexpr int AcronymsShown = 5;
// Organisation ids bound in one acronym query, well under any driver's limit.
constexpr int IdsPerQuery = 500;

// codes without empty or repeated entries, in their order.
QStringList distinctCodes(const QStringList &codes)
{
    QStringList result;
    for (const QString &code : codes) {
        if (!code.isEmpty() && !result.contains(code))
            result << code;
    }
    return result;
}

// "?, ?, ?" for count bound values.
QString marks(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

// "min(value, cap)" the portable way (SQLite's min() is PostgreSQL's least()).
QString capped(const QString &value, int cap)
{
    const QString limit = QString::number(cap);
    return QStringLiteral("CASE WHEN ") + value + QStringLiteral(" > ") + limit +
           QStringLiteral(" THEN ") + limit + QStringLiteral(" ELSE ") + value +
           QStringLiteral(" END");
}

// "A", "A and B", "A, B and C".
QString inWords(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString text = items.constFirst();
    for (qsizetype i = 1; i < items.size(); ++i) {
        text = i + 1 == items.size() ? PartnerRanking::tr("%1 and %2").arg(text, items.at(i))
                                     : PartnerRanking::tr("%1, %2").arg(text, items.at(i));
    }
    return text;
}

// The organisation type as it reads in a sentence: "a civil society organisation".
QString typeInWords(const QString &type)
{
    if (type == QLatin1String("cso"))
        return PartnerRanking::tr("a civil society organisation");
    if (type == QLatin1String("academic"))
        return PartnerRanking::tr("an academic or research institution");
    if (type == QLatin1String("government"))
        return PartnerRanking::tr("a government body");
    if (type == QLatin1String("local_authority"))
        return PartnerRanking::tr("a local authority");
    if (type == QLatin1String("business"))
        return PartnerRanking::tr("a business");
    if (type == QLatin1String("international"))
        return PartnerRanking::tr("an international organisation");
    if (type == QLatin1String("network"))
        return PartnerRanking::tr("a network or association");
    return PartnerRanking::tr("an organisation of type %1")
        .arg(reference::organisationTypes().name(type));
}

// A reference name inside a sentence: "Expert work" reads "expert work".
QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

QString themesReason(const QStringList &sharedCodes, const QStringList &callThemes)
{
    QStringList ordered; // in the call's order, whatever order SQL gave
    for (const QString &code : callThemes) {
        if (sharedCodes.contains(code))
            ordered << reference::themes().name(code);
    }
    const QString names = inWords(ordered);
    if (callThemes.size() == 1)
        return PartnerRanking::tr("works on %1, the call's thematic area").arg(names);
    return PartnerRanking::tr("works on %1 (%2 of the call's %n thematic areas)", nullptr,
                              int(callThemes.size()))
        .arg(names, QString::number(ordered.size()));
}

QString engagementsReason(int count, const QString &lastOn, const QString &lastKind)
{
    const QDate date = QDate::fromString(lastOn, Qt::ISODate);
    const QString when =
        date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : lastOn;
    const QString kind = lowerFirst(reference::engagementKinds().name(lastKind));
    if (count == 1)
        return PartnerRanking::tr("1 engagement with us, on %1 (%2)").arg(when, kind);
    return PartnerRanking::tr("%n engagements with us, the latest on %1 (%2)", nullptr, count)
        .arg(when, kind);
}

QString consortiaReason(int count, const QStringList &acronyms)
{
    if (acronyms.isEmpty()) {
        return count == 1 ? PartnerRanking::tr("partner in 1 earlier consortium")
                          : PartnerRanking::tr("partner in %n earlier consortia", nullptr, count);
    }
    QString names = acronyms.mid(0, AcronymsShown).join(QStringLiteral(", "));
    if (acronyms.size() > AcronymsShown) {
        names = PartnerRanking::tr("%1 and %n more", nullptr, int(acronyms.size() - AcronymsShown))
                    .arg(names);
    }
    return count == 1 ? PartnerRanking::tr("partner in 1 earlier consortium (%1)").arg(names)
                      : PartnerRanking::tr("partner in %n earlier consortia (%1)", nullptr, count)
                            .arg(names);
}

// What the ranking query reads of one candidate, before it becomes words.
struct Facts
{
    QStringList sharedThemes;
    int engagements = 0;
    QString lastOn;
    QString lastKind;
    int consortia = 0;
    bool audited = false;
};

} // namespace

PartnerRanking::PartnerRanking(const QSqlDatabase &db) : m_db(db) {}

Result<QList<RankedPartner>> PartnerRanking::forCall(const Call &call, int limit) const
{
    const QStringList themes = distinctCodes(call.themes);
    const QStringList countries = distinctCodes(call.countries);
    const QStringList types = distinctCodes(call.applicantTypes);

    // Every value reaches SQL bound, in the order of the question marks; only the number
    // of marks depends on the call. A proposal for this very call is no earlier consortium.
    QVariantList values;
    const QString earlier =
        QStringLiteral("FROM consortium_members m JOIN proposals p ON p.id = m.proposal_id "
                       "WHERE (p.call_id IS NULL OR p.call_id <> ?)");
    values << call.id;
    // group_concat is SQLite's; PostgreSQL spells it string_agg(theme, '|').
    QString sql = QStringLiteral(
        "SELECT c.id, c.name, c.acronym, c.country, c.type, c.audited, c.shared, c.themes, "
        "c.engagements, c.last_on, c.last_kind, c.consortia, ");
    sql += QString::number(ThemePoints) + QStringLiteral(" * c.shared + ") +
           QString::number(EngagementPoints) + QStringLiteral(" * ") +
           capped(QStringLiteral("c.engagements"), EngagementCap) + QStringLiteral(" + ") +
           QString::number(ConsortiumPoints) + QStringLiteral(" * ") +
           capped(QStringLiteral("c.consortia"), ConsortiumCap) + QStringLiteral(" + ") +
           QString::number(AuditPoints) + QStringLiteral(" * c.audited AS score FROM (");
    sql += QStringLiteral("SELECT o.id, o.name, o.acronym, o.country, o.type, "
                          "CASE WHEN o.audited_accounts <> 0 THEN 1 ELSE 0 END AS audited, ");
    sql += themes.isEmpty() ? QStringLiteral("0 AS shared, '' AS themes, ")
                            : QStringLiteral("s.shared, s.themes, ");
    sql += QStringLiteral(
               "(SELECT count(*) FROM engagements e WHERE e.organisation_id = o.id) AS "
               "engagements, "
               "(SELECT max(e.started_on) FROM engagements e WHERE e.organisation_id = o.id) "
               "AS last_on, "
               "(SELECT e.kind FROM engagements e WHERE e.organisation_id = o.id "
               "ORDER BY e.started_on DESC, e.id DESC LIMIT 1) AS last_kind, "
               "(SELECT count(*) ") +
           earlier +
           QStringLiteral(" AND m.organisation_id = o.id) AS consortia "
                          "FROM organisations o");
    if (!themes.isEmpty()) {
        sql += QStringLiteral(" JOIN (SELECT organisation_id, count(*) AS shared, "
                              "group_concat(theme, '|') AS themes FROM organisation_themes "
                              "WHERE theme IN (") +
               marks(themes.size()) +
               QStringLiteral(") GROUP BY organisation_id) s ON s.organisation_id = o.id");
        for (const QString &theme : themes)
            values << theme;
    }
    sql += QStringLiteral(" WHERE o.type <> ?");
    values << QStringLiteral("donor");
    if (!countries.isEmpty()) {
        sql += QStringLiteral(" AND o.country IN (") + marks(countries.size()) + u')';
        for (const QString &country : countries)
            values << country;
    }
    if (!types.isEmpty()) {
        sql += QStringLiteral(" AND o.type IN (") + marks(types.size()) + u')';
        for (const QString &type : types)
            values << type;
    }
    sql += QStringLiteral(") c ORDER BY score DESC, c.name, c.id LIMIT ?");
    values << qint64(limit > 0 ? limit : -1);

    auto query = Sql::exec(m_db, sql, values);
    if (!query)
        return query.error();
    QList<RankedPartner> partners;
    QList<Facts> facts;
    QHash<qint64, qsizetype> indexOf;
    QList<qint64> inConsortia;
    while (query->next()) {
        RankedPartner partner;
        partner.organisationId = query->value(0).toLongLong();
        partner.name = query->value(1).toString();
        partner.acronym = query->value(2).toString();
        partner.country = query->value(3).toString();
        partner.type = query->value(4).toString();
        Facts fact;
        fact.audited = query->value(5).toInt() != 0;
        fact.sharedThemes = query->value(7).toString().split(u'|', Qt::SkipEmptyParts);
        fact.engagements = query->value(8).toInt();
        fact.lastOn = query->value(9).toString();
        fact.lastKind = query->value(10).toString();
        fact.consortia = query->value(11).toInt();
        partner.score = query->value(12).toInt();
        indexOf.insert(partner.organisationId, partners.size());
        if (fact.consortia > 0)
            inConsortia << partner.organisationId;
        partners.append(std::move(partner));
        facts.append(std::move(fact));
    }

    // The acronyms of the earlier consortia, most recent first, for those returned only.
    QList<QStringList> acronyms(partners.size());
    for (qsizetype from = 0; from < inConsortia.size(); from += IdsPerQuery) {
        const QList<qint64> ids = inConsortia.mid(from, IdsPerQuery);
        QVariantList idValues{call.id};
        for (const qint64 id : ids)
            idValues << id;
        auto rows = Sql::exec(
            m_db,
            QStringLiteral("SELECT m.organisation_id, p.acronym ") + earlier +
                QStringLiteral(" AND m.organisation_id IN (") + marks(ids.size()) +
                QStringLiteral(") ORDER BY m.organisation_id, coalesce(p.start_on, '') DESC, "
                               "p.acronym"),
            idValues);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const QString acronym = rows->value(1).toString();
            if (!acronym.isEmpty())
                acronyms[indexOf.value(rows->value(0).toLongLong())] << acronym;
        }
    }

    for (qsizetype i = 0; i < partners.size(); ++i) {
        RankedPartner &partner = partners[i];
        const Facts &fact = facts.at(i);
        if (!fact.sharedThemes.isEmpty())
            partner.reasons << themesReason(fact.sharedThemes, themes);
        if (!countries.isEmpty()) {
            partner.reasons << tr("based in %1, an eligible country")
                                   .arg(reference::countries().name(partner.country));
        }
        if (!types.isEmpty()) {
            partner.reasons << tr("%1, an eligible applicant type").arg(typeInWords(partner.type));
        }
        if (fact.engagements > 0)
            partner.reasons << engagementsReason(fact.engagements, fact.lastOn, fact.lastKind);
        if (fact.consortia > 0)
            partner.reasons << consortiaReason(fact.consortia, acronyms.at(i));
        if (fact.audited)
            partner.reasons << tr("has audited accounts");
    }
    return partners;
}

} // namespace core
} // namespace hamkor
