// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoWriter.h"

#include "core/Clock.h"
#include "core/domain/NameMatching.h"
#include "core/storage/Sql.h"

#include <QTimeZone>

namespace hamkor {
namespace core {
namespace demo {

namespace {
QVariant nullable(qint64 value)
{
    return value ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}
QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
QVariant isoDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}
QString folded(const QStringList &parts)
{
    return parts.join(u' ').toCaseFolded();
}
} // namespace

DemoWriter::DemoWriter(const QSqlDatabase &db) : m_db(db), m_now(Clock::nowStamp())
{
    m_organisation = prepare(QStringLiteral(
        "INSERT INTO organisations (uuid, name, name_latin, acronym, type, country, city, "
        "registration_number, website, email, phone, staff_count, annual_turnover_minor, "
        "turnover_currency, grants_managed, audited_accounts, notes, search_text, created_at, "
        "modified_at, name_key, name_latin_key, website_domain, registration_key) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    // Written by the program, as OrganisationRepository does (migration 4).
    m_organisationSearch = prepare(QStringLiteral(
        "INSERT INTO organisations_search (rowid, name, name_latin, transliterated, acronym, "
        "city, notes) VALUES (?,?,?,?,?,?,?)"));
    m_organisationTheme = prepare(
        QStringLiteral("INSERT INTO organisation_themes (organisation_id, theme) VALUES (?, ?)"));
    m_network = prepare(QStringLiteral(
        "INSERT INTO networks (uuid, name, modified_at) VALUES (?, ?, ?) RETURNING id"));
    m_organisationNetwork = prepare(QStringLiteral(
        "INSERT INTO organisation_networks (organisation_id, network_id) VALUES (?, ?)"));
    m_contact = prepare(QStringLiteral(
        "INSERT INTO contacts (uuid, organisation_id, name, position, email, phone, whatsapp, "
        "telegram, modified_at) VALUES (?,?,?,?,?,?,?,?,?)"));
    m_engagement = prepare(QStringLiteral(
        "INSERT INTO engagements (uuid, organisation_id, kind, started_on, title, note, "
        "modified_at) VALUES (?,?,?,?,?,?,?)"));
    m_call = prepare(QStringLiteral(
        "INSERT INTO calls (uuid, title, donor, reference, url, currency, min_amount_minor, "
        "max_amount_minor, cofinancing_min_pct, indirect_cap_pct, min_duration_months, "
        "max_duration_months, max_partners, opens_on, deadline_utc, deadline_local, "
        "deadline_tz, status, notes, search_text, created_at, modified_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    // The full-text index of calls is written by the program (migration 3).
    m_callSearch = prepare(QStringLiteral(
        "INSERT INTO calls_search (rowid, title, donor, reference, notes) VALUES (?,?,?,?,?)"));
    m_callTheme = prepare(QStringLiteral("INSERT INTO call_themes (call_id, theme) VALUES (?, ?)"));
    m_callCountry =
        prepare(QStringLiteral("INSERT INTO call_countries (call_id, country) VALUES (?, ?)"));
    m_callType = prepare(QStringLiteral(
        "INSERT INTO call_applicant_types (call_id, organisation_type) VALUES (?, ?)"));
    m_callHistory = prepare(QStringLiteral(
        "INSERT INTO call_status_history (uuid, call_id, status, changed_at) VALUES (?,?,?,?)"));
    m_proposal = prepare(
        QStringLiteral("INSERT INTO proposals (uuid, call_id, acronym, title, summary, start_on, "
                       "duration_months, currency, template, status, created_at, modified_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    m_proposalTheme =
        prepare(QStringLiteral("INSERT INTO proposal_themes (proposal_id, theme) VALUES (?, ?)"));
    m_proposalCountry = prepare(
        QStringLiteral("INSERT INTO proposal_countries (proposal_id, country) VALUES (?, ?)"));
    m_proposalMechanism = prepare(
        QStringLiteral("INSERT INTO proposal_mechanisms (proposal_id, mechanism) VALUES (?, ?)"));
    m_proposalHistory = prepare(QStringLiteral(
        "INSERT INTO proposal_status_history (uuid, proposal_id, status, changed_at) "
        "VALUES (?,?,?,?)"));
    m_member = prepare(QStringLiteral(
        "INSERT INTO consortium_members (uuid, proposal_id, organisation_id, role, contribution, "
        "sort_order, modified_at) VALUES (?,?,?,?,?,?,?) RETURNING id"));
    m_checklist = prepare(QStringLiteral(
        "INSERT INTO checklist_items (uuid, proposal_id, title, owner_member_id, due_on, state, "
        "sort_order, modified_at) VALUES (?,?,?,?,?,?,?,?)"));
    m_version = prepare(QStringLiteral(
        "INSERT INTO budget_versions (uuid, proposal_id, name, state, template, currency, "
        "rate_date, indirect_rate_pct, created_at, modified_at) VALUES (?,?,?,?,?,?,?,?,?,?) "
        "RETURNING id"));
    m_category = prepare(QStringLiteral(
        "INSERT INTO budget_categories (uuid, version_id, code, name, sort_order, modified_at) "
        "VALUES (?,?,?,?,?,?)"));
    m_line = prepare(QStringLiteral(
        "INSERT INTO budget_lines (uuid, version_id, category_code, description, member_id, "
        "unit, quantity, unit_cost_minor, currency, period, donor_share, own_share, sort_order, "
        "modified_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_rate = prepare(QStringLiteral(
        "INSERT INTO exchange_rates (uuid, from_currency, to_currency, rate, rate_date, source, "
        "modified_at) VALUES (?,?,?,?,?,?,?)"));
}

QSqlQuery DemoWriter::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    query.prepare(sql); // a failure shows as an error on the first insert
    return query;
}

Status DemoWriter::insertAll(QSqlQuery &query, const QVariantList &values)
{
    return Sql::run(query, values);
}

Result<qint64> DemoWriter::insertReturningId(QSqlQuery &query, const QVariantList &values)
{
    if (Status status = Sql::run(query, values); !status)
        return status.error();
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

Status DemoWriter::links(QSqlQuery &query, qint64 ownerId, const QStringList &codes)
{
    for (const QString &code : codes)
        if (Status status = insertAll(query, {ownerId, code}); !status)
            return status;
    return {};
}

Result<qint64> DemoWriter::networkId(const QString &name)
{
    if (const auto it = m_networks.constFind(name); it != m_networks.cend())
        return *it;
    auto id = insertReturningId(m_network, {newUuid(), name, m_now});
    if (id)
        m_networks.insert(name, *id);
    return id;
}

Result<qint64> DemoWriter::organisation(const OrganisationRow &r)
{
    auto id = insertReturningId(m_organisation, {newUuid(),
                                                 r.name,
                                                 r.nameLatin,
                                                 r.acronym,
                                                 r.type,
                                                 r.country,
                                                 r.city,
                                                 r.registration,
                                                 r.website,
                                                 r.email,
                                                 r.phone,
                                                 r.staff,
                                                 nullable(r.turnoverMinor),
                                                 nullableText(r.turnoverCurrency),
                                                 r.grantsManaged,
                                                 r.audited ? 1 : 0,
                                                 r.notes,
                                                 NameMatching::transliterate(r.name).toCaseFolded(),
                                                 m_now,
                                                 m_now,
                                                 NameMatching::nameKey(r.name),
                                                 NameMatching::nameKey(r.nameLatin),
                                                 NameMatching::websiteDomain(r.website),
                                                 NameMatching::registrationKey(r.registration)});
    if (!id)
        return id;
    if (Status s = insertAll(m_organisationSearch,
                             {*id, r.name, r.nameLatin, NameMatching::transliterate(r.name),
                              r.acronym, r.city, r.notes});
        !s)
        return s.error();
    if (Status status = links(m_organisationTheme, *id, r.themes); !status)
        return status.error();
    for (const QString &network : r.networks) {
        auto networkRow = networkId(network);
        if (!networkRow)
            return networkRow.error();
        if (Status status = insertAll(m_organisationNetwork, {*id, *networkRow}); !status)
            return status.error();
    }
    return id;
}

Status DemoWriter::contact(qint64 organisationId, const QString &name, const QString &position,
                           const QString &email, const QString &phone, const QString &whatsapp,
                           const QString &telegram)
{
    return insertAll(m_contact, {newUuid(), organisationId, name, position, email, phone, whatsapp,
                                 telegram, m_now});
}

Status DemoWriter::engagement(qint64 organisationId, const QString &kind, const QDate &date,
                              const QString &title, const QString &note)
{
    return insertAll(m_engagement,
                     {newUuid(), organisationId, kind, isoDate(date), title, note, m_now});
}

Result<qint64> DemoWriter::call(const CallRow &r)
{
    const QVariant noNumber(QMetaType(QMetaType::Int));
    auto id = insertReturningId(m_call, {newUuid(),
                                         r.title,
                                         r.donor,
                                         r.reference,
                                         r.url,
                                         nullableText(r.currency),
                                         nullable(r.minMinor),
                                         nullable(r.maxMinor),
                                         nullableText(r.cofinancingPct),
                                         nullableText(r.indirectCapPct),
                                         r.minMonths ? QVariant(r.minMonths) : noNumber,
                                         r.maxMonths ? QVariant(r.maxMonths) : noNumber,
                                         r.maxPartners ? QVariant(r.maxPartners) : noNumber,
                                         isoDate(r.opens),
                                         Clock::stamp(r.deadline),
                                         r.deadline.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                                         QString::fromUtf8(r.deadline.timeZone().id()),
                                         r.status,
                                         r.notes,
                                         folded({r.title, r.donor, r.reference, r.notes}),
                                         m_now,
                                         m_now});
    if (!id)
        return id;
    if (Status s = insertAll(m_callSearch, {*id, r.title, r.donor, r.reference, r.notes}); !s)
        return s.error();
    for (auto [query, codes] :
         {std::pair{&m_callTheme, &r.themes}, std::pair{&m_callCountry, &r.countries},
          std::pair{&m_callType, &r.applicantTypes}})
        if (Status status = links(*query, *id, *codes); !status)
            return status.error();
    if (Status status = insertAll(m_callHistory, {newUuid(), *id, r.status, m_now}); !status)
        return status.error();
    return id;
}

Result<qint64> DemoWriter::proposal(const ProposalRow &r)
{
    auto id = insertReturningId(m_proposal, {newUuid(), nullable(r.callId), r.acronym, r.title,
                                             r.summary, isoDate(r.start), r.durationMonths,
                                             r.currency, r.templateCode, r.status, m_now, m_now});
    if (!id)
        return id;
    for (auto [query, codes] :
         {std::pair{&m_proposalTheme, &r.themes}, std::pair{&m_proposalCountry, &r.countries},
          std::pair{&m_proposalMechanism, &r.mechanisms}})
        if (Status status = links(*query, *id, *codes); !status)
            return status.error();
    if (Status status = insertAll(m_proposalHistory, {newUuid(), *id, r.status, m_now}); !status)
        return status.error();
    return id;
}

Result<qint64> DemoWriter::member(qint64 proposalId, qint64 organisationId, const QString &role,
                                  const QString &contribution, int sortOrder)
{
    return insertReturningId(
        m_member, {newUuid(), proposalId, organisationId, role, contribution, sortOrder, m_now});
}

Status DemoWriter::checklistItem(qint64 proposalId, const QString &title, qint64 ownerMemberId,
                                 const QDate &due, const QString &state, int sortOrder)
{
    return insertAll(m_checklist, {newUuid(), proposalId, title, nullable(ownerMemberId),
                                   isoDate(due), state, sortOrder, m_now});
}

Result<qint64> DemoWriter::budgetVersion(qint64 proposalId, const QString &name,
                                         const QString &state, const QString &templateCode,
                                         const QString &currency, const QDate &rateDate,
                                         const QString &indirectPct)
{
    return insertReturningId(m_version,
                             {newUuid(), proposalId, name, state, templateCode, currency,
                              isoDate(rateDate), nullableText(indirectPct), m_now, m_now});
}

Status DemoWriter::budgetCategory(qint64 versionId, const QString &code, const QString &name,
                                  int sort)
{
    return insertAll(m_category, {newUuid(), versionId, code, name, sort, m_now});
}

Status DemoWriter::budgetLine(const LineRow &r)
{
    // Own co-financing is what the donor does not pay: 100 - donor %.
    const int donor = r.donorPct.toInt();
    return insertAll(m_line,
                     {newUuid(), r.versionId, r.category, r.description, nullable(r.memberId),
                      r.unit, r.quantity, r.unitCostMinor, r.currency, r.period, r.donorPct,
                      QString::number(100 - donor), r.sortOrder, m_now});
}

Status DemoWriter::rate(const QString &from, const QString &to, const QString &rate,
                        const QDate &date, const QString &source)
{
    return insertAll(m_rate, {newUuid(), from, to, rate, isoDate(date), source, m_now});
}

} // namespace demo
} // namespace core
} // namespace hamkor
