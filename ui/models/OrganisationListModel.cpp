// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/OrganisationListModel.h"

#include "core/Store.h"
#include "core/reference/Reference.h"

#include <QLocale>

namespace hamkor {
namespace ui {

OrganisationListModel::OrganisationListModel(QObject *parent)
    : QAbstractTableModel(parent), m_query({})
{}

void OrganisationListModel::setStore(core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    // The query holds the connection; it must let go when the file closes.
    const core::OrganisationFilter filter = m_query.filter();
    m_query = core::OrganisationQuery(m_store ? m_store->database().connection() : QSqlDatabase());
    m_query.setFilter(filter);
    m_query.setSort(m_sort, m_ascending);
    if (m_store)
        connect(m_store, &core::Store::tableChanged, this, [this](const QString &table) {
            if (table == u"organisations")
                reload();
        });
    reload();
}

void OrganisationListModel::setFilter(const core::OrganisationFilter &filter)
{
    if (filter == m_query.filter())
        return;
    m_query.setFilter(filter);
    reload();
}

void OrganisationListModel::sort(int column, Qt::SortOrder order)
{
    static const core::OrganisationSort sorts[ColumnCount] = {
        core::OrganisationSort::Name, core::OrganisationSort::Acronym,
        core::OrganisationSort::Type, core::OrganisationSort::Country,
        core::OrganisationSort::City, core::OrganisationSort::Name,
        core::OrganisationSort::Name, core::OrganisationSort::LastEngagement};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = sorts[column];
    m_ascending = order == Qt::AscendingOrder;
    m_query.setSort(m_sort, m_ascending);
    reload();
}

void OrganisationListModel::reload()
{
    beginResetModel();
    m_cache.clear();
    m_count = 0;
    if (m_store) {
        const auto count = m_query.count();
        if (count)
            m_count = *count;
        else
            Q_EMIT errorOccurred(count.message());
    }
    endResetModel();
}

const core::OrganisationRow *OrganisationListModel::row(int row) const
{
    if (!m_store || row < 0 || row >= m_count)
        return nullptr;
    return m_cache.row(row,
                       [this](qint64 offset, int limit) { return m_query.page(offset, limit); });
}

qint64 OrganisationListModel::organisationId(int r) const
{
    const core::OrganisationRow *organisation = row(r);
    return organisation ? organisation->id : 0;
}

int OrganisationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int OrganisationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const core::OrganisationRow *o = row(index.row());
    if (!o)
        return {};
    if (role == IdRole)
        return o->id;
    if (role == Qt::ToolTipRole && index.column() == Name && !o->nameLatin.isEmpty())
        return o->nameLatin;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return o->nameLatin.isEmpty() || o->nameLatin == o->name
                   ? o->name
                   : o->name + QStringLiteral(" — ") + o->nameLatin;
    case Acronym:
        return o->acronym;
    case Type:
        return core::reference::organisationTypes().name(o->type);
    case Country:
        return core::reference::countries().name(o->country);
    case City:
        return o->city;
    case Themes: {
        QStringList names;
        for (const QString &theme : o->themes)
            names << core::reference::themes().name(theme);
        return names.join(QStringLiteral(", "));
    }
    case Networks:
        return o->networks.join(QStringLiteral(", "));
    case LastEngagement:
        return o->lastEngagement.isValid()
                   ? QLocale().toString(o->lastEngagement, QStringLiteral("d MMM yyyy"))
                   : QString();
    }
    return {};
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Acronym:
        return tr("Acronym");
    case Type:
        return tr("Type");
    case Country:
        return tr("Country");
    case City:
        return tr("City");
    case Themes:
        return tr("Thematic expertise");
    case Networks:
        return tr("Networks");
    case LastEngagement:
        return tr("Last engagement");
    }
    return {};
}

} // namespace ui
} // namespace hamkor
