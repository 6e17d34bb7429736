// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/OrganisationQuery.h"
#include "ui/models/PageCache.h"

#include <QAbstractTableModel>

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// The partner directory, lazily: a count, and pages of rows read when a view shows them.
class OrganisationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Acronym,
        Type,
        Country,
        City,
        Themes,
        Networks,
        LastEngagement,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit OrganisationListModel(QObject *parent = nullptr);

    void setStore(core::Store *store);
    void setFilter(const core::OrganisationFilter &filter);
    const core::OrganisationFilter &filter() const { return m_query.filter(); }
    qint64 organisationId(int row) const;
    int cachedPages() const { return m_cache.pages(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void reload();
    const core::OrganisationRow *row(int row) const;

    core::Store *m_store = nullptr;
    core::OrganisationQuery m_query;
    core::OrganisationSort m_sort = core::OrganisationSort::Name;
    bool m_ascending = true;
    qint64 m_count = 0;
    PageCache<core::OrganisationRow> m_cache;
};

} // namespace ui
} // namespace hamkor
