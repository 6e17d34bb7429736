// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/CallQuery.h"
#include "ui/models/PageCache.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// The calls list, lazily: it knows how many calls match the filter and reads the rows of
// a page only when a view asks for them (SPEC section 6: nothing reads a whole table to
// show one screen). Sorting and filtering happen in SQL.
class CallListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Donor,
        Deadline,
        DaysLeft,
        Grant,
        Themes,
        Countries,
        Status,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        UrgencyRole
    };
    // How close a deadline is, for colouring.
    enum class Urgency
    {
        None,
        Month,
        Week,
        Overdue
    };
    static constexpr int PageSize = PageCache<core::CallRow>::PageSize;

    explicit CallListModel(QObject *parent = nullptr);

    void setStore(core::Store *store);
    void setFilter(const core::CallFilter &filter);
    const core::CallFilter &filter() const { return m_query.filter(); }
    qint64 callId(int row) const;
    // The row of callId among the rows read so far, or -1.
    int rowOf(qint64 callId) const;
    // How many pages of rows have been read from the file (for tests of laziness).
    int cachedPages() const { return m_cache.pages(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    // Reading failed (a damaged or vanished file); the message says why.
    void errorOccurred(const QString &message);

private:
    void reload();
    const core::CallRow *row(int row) const;
    QVariant display(const core::CallRow &call, int column) const;

    core::Store *m_store = nullptr;
    core::CallQuery m_query;
    core::CallSort m_sort = core::CallSort::Deadline;
    bool m_ascending = true;
    qint64 m_count = 0;
    PageCache<core::CallRow> m_cache;
};

} // namespace ui
} // namespace hamkor
