// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace hamkor {
namespace core {
namespace demo {

struct OrganisationRow
{
    QString name, nameLatin, acronym, type, country, city, registration, website, email, phone;
    int staff = 0;
    qint64 turnoverMinor = 0;
    QString turnoverCurrency;
    int grantsManaged = 0;
    bool audited = false;
    QString notes;
    QStringList themes;
    QStringList networks; // network names; created on first use
};

struct CallRow
{
    QString title, donor, reference, url, currency;
    QStringList themes, countries, applicantTypes;
    qint64 minMinor = 0, maxMinor = 0;
    QString cofinancingPct, indirectCapPct;
    int minMonths = 0, maxMonths = 0, maxPartners = 0;
    QDate opens;
    QDateTime deadline; // in the donor's time zone
    QString status, notes;
};

struct ProposalRow
{
    qint64 callId = 0;
    QString acronym, title, summary, currency, templateCode, status;
    QDate start;
    int durationMonths = 0;
    QStringList themes, countries, mechanisms;
};

struct LineRow
{
    qint64 versionId = 0;
    QString category, description;
    qint64 memberId = 0;
    QString unit, quantity;
    qint64 unitCostMinor = 0;
    QString currency;
    int period = 1;
    QString donorPct = QStringLiteral("100");
    int sortOrder = 0;
};

// Prepared inserts for writing demo data in bulk, inside the caller's transaction. Each
// statement is prepared once and run with bound values for every row.
class DemoWriter
{
public:
    explicit DemoWriter(const QSqlDatabase &db);

    Result<qint64> organisation(const OrganisationRow &row);
    Status contact(qint64 organisationId, const QString &name, const QString &position,
                   const QString &email, const QString &phone, const QString &whatsapp = {},
                   const QString &telegram = {});
    Status engagement(qint64 organisationId, const QString &kind, const QDate &date,
                      const QString &title, const QString &note = {});
    Result<qint64> call(const CallRow &row);
    Result<qint64> proposal(const ProposalRow &row);
    Result<qint64> member(qint64 proposalId, qint64 organisationId, const QString &role,
                          const QString &contribution, int sortOrder);
    Status checklistItem(qint64 proposalId, const QString &title, qint64 ownerMemberId,
                         const QDate &due, const QString &state, int sortOrder);
    Result<qint64> budgetVersion(qint64 proposalId, const QString &name, const QString &state,
                                 const QString &templateCode, const QString &currency,
                                 const QDate &rateDate, const QString &indirectPct);
    Status budgetCategory(qint64 versionId, const QString &code, const QString &name, int sort);
    Status budgetLine(const LineRow &row);
    Status rate(const QString &from, const QString &to, const QString &rate, const QDate &date,
                const QString &source);

private:
    QSqlQuery prepare(const QString &sql);
    Result<qint64> insertReturningId(QSqlQuery &query, const QVariantList &values);
    Status insertAll(QSqlQuery &query, const QVariantList &values);
    Status links(QSqlQuery &query, qint64 ownerId, const QStringList &codes);
    Result<qint64> networkId(const QString &name);

    QSqlDatabase m_db;
    QString m_now;
    QSqlQuery m_organisation, m_organisationSearch, m_organisationTheme, m_network,
        m_organisationNetwork, m_contact, m_engagement, m_call, m_callSearch, m_callTheme,
        m_callCountry, m_callType, m_callHistory, m_proposal, m_proposalTheme, m_proposalCountry,
        m_proposalMechanism, m_proposalHistory, m_member, m_checklist, m_version, m_category,
        m_line, m_rate;
    QHash<QString, qint64> m_networks;
};

} // namespace demo
} // namespace core
} // namespace hamkor
