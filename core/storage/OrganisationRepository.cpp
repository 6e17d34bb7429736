// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OrganisationRepository.h"

#include "core/Clock.h"
#include "core/domain/NameMatching.h"
#include "core/storage/Sql.h"

namespace hamkor {
namespace core {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

template <class T> QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(qint64(*value)) : QVariant(QMetaType(QMetaType::LongLong));
}

template <class T> std::optional<T> optionalInteger(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<T>(T(value.toLongLong()));
}

const char *const Fields =
    "name, name_latin, acronym, type, country, city, registration_number, website, email, "
    "phone, pic, staff_count, annual_turnover_minor, turnover_currency, grants_managed, "
    "audited_accounts, notes, search_text, name_key, name_latin_key, website_domain, "
    "registration_key, modified_at";
constexpr int FieldCount = 23;

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

} // namespace

OrganisationRepository::OrganisationRepository(const QSqlDatabase &db) : m_db(db), m_statements(db)
{}

OrganisationRepository::~OrganisationRepository()
{
    if (!m_pendingIndex.isEmpty())
        qWarning("OrganisationRepository: the search index was not written; call flushIndex()");
}

Result<QSqlQuery *> OrganisationRepository::run(const QString &sql,
                                                const QVariantList &values) const
{
    return m_statements.run(sql, values);
}

QVariantList OrganisationRepository::fieldValues(const Organisation &o) const
{
    const QString transliterated = NameMatching::transliterate(o.name);
    return {o.name.trimmed(),
            o.nameLatin.trimmed(),
            o.acronym.trimmed(),
            o.type,
            o.country.toUpper(),
            o.city.trimmed(),
            o.registrationNumber.trimmed(),
            o.website.trimmed(),
            o.email.trimmed(),
            o.phone.trimmed(),
            o.pic.trimmed(),
            optional(o.staff),
            optional(o.annualTurnoverMinor),
            o.turnoverCurrency.isEmpty() ? nullText() : QVariant(o.turnoverCurrency),
            optional(o.grantsManaged),
            o.auditedAccounts ? 1 : 0,
            o.notes,
            transliterated.toCaseFolded(),
            NameMatching::nameKey(o.name),
            NameMatching::nameKey(o.nameLatin),
            NameMatching::websiteDomain(o.website),
            NameMatching::registrationKey(o.registrationNumber),
            o.modifiedAt.isEmpty() ? Clock::nowStamp() : o.modifiedAt};
}

Result<Organisation> OrganisationRepository::load(qint64 id) const
{
    auto loaded = loadMany({id});
    if (!loaded)
        return loaded.error();
    if (loaded->isEmpty())
        return Error{tr("There is no organisation number %1 in this file.").arg(id)};
    return loaded->takeFirst();
}

Result<QList<Organisation>> OrganisationRepository::loadMany(const QList<qint64> &ids) const
{
    constexpr qsizetype Chunk = 500;
    QList<Organisation> result;
    result.reserve(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += Chunk) {
        const QList<qint64> chunk = ids.mid(first, Chunk);
        QVariantList values;
        for (qint64 id : chunk)
            values << id;
        const QString in = QStringLiteral(" IN (") + placeholders(chunk.size()) + u')';
        QHash<qint64, Organisation> found;
        auto query =
            Sql::exec(m_db,
                      QStringLiteral("SELECT id, uuid, created_at, ") + QLatin1String(Fields) +
                          QStringLiteral(" FROM organisations WHERE id") + in,
                      values);
        if (!query)
            return query.error();
        while (query->next()) {
            const QSqlQuery &q = *query;
            Organisation o;
            o.id = q.value(0).toLongLong();
            o.uuid = q.value(1).toString();
            o.createdAt = q.value(2).toString();
            o.name = q.value(3).toString();
            o.nameLatin = q.value(4).toString();
            o.acronym = q.value(5).toString();
            o.type = q.value(6).toString();
            o.country = q.value(7).toString();
            o.city = q.value(8).toString();
            o.registrationNumber = q.value(9).toString();
            o.website = q.value(10).toString();
            o.email = q.value(11).toString();
            o.phone = q.value(12).toString();
            o.pic = q.value(13).toString();
            o.staff = optionalInteger<int>(q.value(14));
            o.annualTurnoverMinor = optionalInteger<qint64>(q.value(15));
            o.turnoverCurrency = q.value(16).toString();
            o.grantsManaged = optionalInteger<int>(q.value(17));
            o.auditedAccounts = q.value(18).toInt() != 0;
            o.notes = q.value(19).toString();
            o.modifiedAt = q.value(3 + FieldCount - 1).toString();
            found.insert(o.id, o);
        }
        auto themes = Sql::exec(m_db,
                                QStringLiteral("SELECT organisation_id, theme FROM "
                                               "organisation_themes WHERE organisation_id") +
                                    in + QStringLiteral(" ORDER BY theme"),
                                values);
        if (!themes)
            return themes.error();
        while (themes->next())
            found[themes->value(0).toLongLong()].themes << themes->value(1).toString();
        auto networks = Sql::exec(m_db,
                                  QStringLiteral("SELECT l.organisation_id, n.name FROM "
                                                 "organisation_networks l JOIN networks n ON "
                                                 "n.id = l.network_id WHERE l.organisation_id") +
                                      in + QStringLiteral(" ORDER BY n.name"),
                                  values);
        if (!networks)
            return networks.error();
        while (networks->next())
            found[networks->value(0).toLongLong()].networks << networks->value(1).toString();
        auto contacts = Sql::exec(m_db,
                                  QStringLiteral("SELECT organisation_id, id, uuid, name, "
                                                 "position, email, phone, whatsapp, telegram, "
                                                 "notes FROM contacts WHERE organisation_id") +
                                      in + QStringLiteral(" ORDER BY id"),
                                  values);
        if (!contacts)
            return contacts.error();
        while (contacts->next()) {
            const QSqlQuery &q = *contacts;
            found[q.value(0).toLongLong()].contacts.append(
                {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                 q.value(7).toString(), q.value(8).toString(), q.value(9).toString()});
        }
        auto engagements = Sql::exec(m_db,
                                     QStringLiteral("SELECT organisation_id, id, uuid, kind, "
                                                    "started_on, ended_on, title, note FROM "
                                                    "engagements WHERE organisation_id") +
                                         in + QStringLiteral(" ORDER BY started_on DESC, id"),
                                     values);
        if (!engagements)
            return engagements.error();
        while (engagements->next()) {
            const QSqlQuery &q = *engagements;
            found[q.value(0).toLongLong()].engagements.append(
                {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                 QDate::fromString(q.value(4).toString(), Qt::ISODate),
                 QDate::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toString(),
                 q.value(7).toString()});
        }
        for (qint64 id : chunk)
            if (const auto it = found.constFind(id); it != found.cend() && it->id)
                result.append(*it);
    }
    return result;
}

Result<qint64> OrganisationRepository::insert(const Organisation &organisation)
{
    const QString now = Clock::nowStamp();
    const bool restoring = organisation.id != 0 && !organisation.uuid.isEmpty();
    Organisation stamped = organisation;
    if (!restoring)
        stamped.modifiedAt = now;
    QVariantList values;
    values << (organisation.uuid.isEmpty() ? newUuid() : organisation.uuid)
           << (organisation.createdAt.isEmpty() ? now : organisation.createdAt);
    values += fieldValues(stamped);
    const auto inserted = m_statements.insert(
        QLatin1StringView("organisations"),
        QStringLiteral("uuid, created_at, ") + QLatin1String(Fields), values,
        restoring ? organisation.id : 0, tr("The organisation was not stored."));
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    index(id, stamped, true);
    if (Status links = writeLinks(id, organisation, restoring); !links)
        return links.error();
    return id;
}

Status OrganisationRepository::update(const Organisation &organisation)
{
    Organisation stamped = organisation;
    stamped.modifiedAt = Clock::nowStamp();
    QVariantList values = fieldValues(stamped);
    values << organisation.id;
    QStringList assignments;
    for (const QString &field : QString::fromLatin1(Fields).split(QStringLiteral(", ")))
        assignments << field + QStringLiteral(" = ?");
    auto query = run(QStringLiteral("UPDATE organisations SET ") +
                         assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"),
                     values);
    if (!query)
        return query.error();
    if ((*query)->numRowsAffected() != 1)
        return Error{tr("The organisation “%1” is no longer in the file.").arg(organisation.name)};
    index(organisation.id, {}, false);
    index(organisation.id, stamped, true);
    for (const char *table : {"organisation_themes", "organisation_networks"}) {
        // Table names come from the fixed list above.
        auto cleared = run(QStringLiteral("DELETE FROM ") + QLatin1String(table) +
                               QStringLiteral(" WHERE organisation_id = ?"),
                           {organisation.id});
        if (!cleared)
            return cleared.error();
    }
    return writeLinks(organisation.id, organisation, false);
}

Status OrganisationRepository::remove(qint64 id)
{
    index(id, {}, false);
    auto removed = run(QStringLiteral("DELETE FROM organisations WHERE id = ?"), {id});
    return removed ? Status() : Status(removed.error());
}

Result<QList<ConsortiumPlace>> OrganisationRepository::consortiumPlaces(qint64 organisationId) const
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT p.id, m.id, p.acronym, p.title, m.role, "
                                          "p.status FROM consortium_members m JOIN proposals p ON "
                                          "p.id = m.proposal_id WHERE m.organisation_id = ? "
                                          "ORDER BY p.start_on DESC, p.acronym"),
                           {organisationId});
    if (!query)
        return query.error();
    QList<ConsortiumPlace> places;
    while (query->next())
        places.append({query->value(0).toLongLong(), query->value(1).toLongLong(),
                       query->value(2).toString(), query->value(3).toString(),
                       query->value(4).toString(), query->value(5).toString()});
    return places;
}

void OrganisationRepository::index(qint64 id, const Organisation &organisation, bool add)
{
    // Dialect-specific: SQLite's FTS5 table (migration 4); PostgreSQL's generated column
    // follows the row by itself. Queued for the reason given in CallRepository::index.
    if (m_db.driverName() != QLatin1String("QSQLITE"))
        return;
    m_pendingIndex.append({id, add ? std::optional<Organisation>(organisation) : std::nullopt});
}

Status OrganisationRepository::flushIndex()
{
    for (const auto &[id, organisation] : std::as_const(m_pendingIndex)) {
        auto query =
            organisation
                ? run(QStringLiteral("INSERT INTO organisations_search (rowid, name, "
                                     "name_latin, transliterated, acronym, city, notes) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {id, organisation->name, organisation->nameLatin,
                       NameMatching::transliterate(organisation->name), organisation->acronym,
                       organisation->city, organisation->notes})
                : run(QStringLiteral("DELETE FROM organisations_search WHERE rowid = ?"), {id});
        if (!query)
            return query.error();
    }
    m_pendingIndex.clear();
    return {};
}

Status OrganisationRepository::rebuildSearch()
{
    auto rows = run(QStringLiteral("SELECT id FROM organisations ORDER BY id"), {});
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    while ((*rows)->next())
        ids << (*rows)->value(0).toLongLong();
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        if (auto cleared = run(QStringLiteral("DELETE FROM organisations_search"), {}); !cleared)
            return cleared.error();
    }
    for (const qint64 id : std::as_const(ids)) {
        const auto organisation = load(id);
        if (!organisation)
            return organisation.error();
        const Organisation &o = *organisation;
        auto written = run(QStringLiteral("UPDATE organisations SET name_key = ?, name_latin_key "
                                          "= ?, website_domain = ?, registration_key = ? WHERE "
                                          "id = ?"),
                           {NameMatching::nameKey(o.name), NameMatching::nameKey(o.nameLatin),
                            NameMatching::websiteDomain(o.website),
                            NameMatching::registrationKey(o.registrationNumber), id});
        if (!written)
            return written.error();
        index(id, o, true);
    }
    return flushIndex();
}

} // namespace core
} // namespace hamkor
