// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace hamkor {
namespace core {

// What the partner directory shows: a filter a user builds from its filter bar.
struct OrganisationFilter
{
    QString text; // words of the names (any script, or their Latin spelling), acronym, city, notes
    QString type; // organisation type code, or empty
    QString country; // ISO code, or empty
    QString theme;   // theme code, or empty
    QString network; // network name, or empty

    bool operator==(const OrganisationFilter &) const = default;
};

enum class OrganisationSort
{
    Name,
    Acronym,
    Type,
    Country,
    City,
    LastEngagement
};

// One row of the directory.
struct OrganisationRow
{
    qint64 id = 0;
    QString name, nameLatin, acronym, type, country, city;
    QStringList themes, networks;
    QDate lastEngagement;
};

// Filters, sorts and pages organisations in SQL (SPEC section 6), matching text through
// the full-text index of names in every script and their transliteration.
class OrganisationQuery
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::OrganisationQuery)

public:
    explicit OrganisationQuery(const QSqlDatabase &db);

    void setFilter(const OrganisationFilter &filter) { m_filter = filter; }
    const OrganisationFilter &filter() const { return m_filter; }
    void setSort(OrganisationSort sort, bool ascending);

    Result<qint64> count() const;
    Result<QList<OrganisationRow>> page(qint64 offset, int limit) const;
    Result<QList<OrganisationRow>> all() const { return page(0, -1); }
    // The names of every network some organisation belongs to, for the filter bar.
    Result<QStringList> networks() const;

private:
    QString where(QVariantList &values) const;

    QSqlDatabase m_db;
    OrganisationFilter m_filter;
    OrganisationSort m_sort = OrganisationSort::Name;
    bool m_ascending = true;
};

} // namespace core
} // namespace hamkor
