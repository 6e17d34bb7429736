// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace hamkor {
namespace core {

struct ProposalFilter
{
    QString text;   // words of the acronym or title (FTS-free: proposals are few thousand)
    QString status; // a status code, or empty
    bool operator==(const ProposalFilter &) const = default;
};

// One row of the proposals list.
struct ProposalRow
{
    qint64 id = 0;
    QString acronym, title, status, templateCode, currency;
    QDate start;
    int durationMonths = 0;
    QString callTitle, donor;
    QString leadName;
    int partners = 0;
};

// Filters and pages proposals in SQL, by acronym.
class ProposalQuery
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::ProposalQuery)

public:
    explicit ProposalQuery(const QSqlDatabase &db);
    void setFilter(const ProposalFilter &filter) { m_filter = filter; }
    const ProposalFilter &filter() const { return m_filter; }
    Result<qint64> count() const;
    Result<QList<ProposalRow>> page(qint64 offset, int limit) const;
    Result<QList<ProposalRow>> all() const { return page(0, -1); }

private:
    QString where(QVariantList &values) const;

    QSqlDatabase m_db;
    ProposalFilter m_filter;
};

} // namespace core
} // namespace hamkor
