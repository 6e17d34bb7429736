// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProposalQuery.h"
#include "ui/models/PageCache.h"

#include <QAbstractTableModel>

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// The proposals list, lazily, by acronym.
class ProposalListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Acronym,
        Title,
        Status,
        Lead,
        Partners,
        Start,
        Call,
        Template,
        ColumnCount
    };

    explicit ProposalListModel(QObject *parent = nullptr);
    void setStore(core::Store *store);
    void setFilter(const core::ProposalFilter &filter);
    qint64 proposalId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();
    const core::ProposalRow *row(int row) const;

    core::Store *m_store = nullptr;
    core::ProposalQuery m_query;
    qint64 m_count = 0;
    PageCache<core::ProposalRow> m_cache;
};

} // namespace ui
} // namespace hamkor
