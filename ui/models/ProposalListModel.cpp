// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ProposalListModel.h"

#include "core/Store.h"
#include "core/reference/Reference.h"

#include <QLocale>

namespace hamkor {
namespace ui {

ProposalListModel::ProposalListModel(QObject *parent) : QAbstractTableModel(parent), m_query({}) {}

void ProposalListModel::setStore(core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    const core::ProposalFilter filter = m_query.filter();
    m_query = core::ProposalQuery(m_store ? m_store->database().connection() : QSqlDatabase());
    m_query.setFilter(filter);
    if (m_store)
        connect(m_store, &core::Store::tableChanged, this, [this](const QString &table) {
            if (table == u"proposals" || table == u"organisations" || table == u"calls")
                reload();
        });
    reload();
}

void ProposalListModel::setFilter(const core::ProposalFilter &filter)
{
    if (filter == m_query.filter())
        return;
    m_query.setFilter(filter);
    reload();
}

void ProposalListModel::reload()
{
    beginResetModel();
    m_cache.clear();
    m_count = 0;
    if (m_store)
        if (const auto count = m_query.count(); count)
            m_count = *count;
    endResetModel();
}

const core::ProposalRow *ProposalListModel::row(int row) const
{
    if (!m_store || row < 0 || row >= m_count)
        return nullptr;
    return m_cache.row(row,
                       [this](qint64 offset, int limit) { return m_query.page(offset, limit); });
}

qint64 ProposalListModel::proposalId(int r) const
{
    const core::ProposalRow *proposal = row(r);
    return proposal ? proposal->id : 0;
}

int ProposalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int ProposalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole || index.column() >= ColumnCount)
        return {};
    const core::ProposalRow *p = row(index.row());
    if (!p)
        return {};
    switch (index.column()) {
    case Acronym:
        return p->acronym;
    case Title:
        return p->title;
    case Status:
        return core::reference::proposalStatuses().name(p->status);
    case Lead:
        return p->leadName;
    case Partners:
        return p->partners;
    case Start:
        return p->start.isValid()
                   ? tr("%1, %n months", nullptr, p->durationMonths)
                         .arg(QLocale().toString(p->start, QStringLiteral("MMM yyyy")))
                   : QString();
    case Call:
        return p->callTitle.isEmpty() ? tr("standalone")
                                      : p->donor + QStringLiteral(": ") + p->callTitle;
    case Template:
        return p->templateCode;
    }
    return {};
}

QVariant ProposalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Acronym:
        return tr("Acronym");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Lead:
        return tr("Lead applicant");
    case Partners:
        return tr("Partners");
    case Start:
        return tr("Start and duration");
    case Call:
        return tr("Call");
    case Template:
        return tr("Budget template");
    }
    return {};
}

} // namespace ui
} // namespace hamkor
