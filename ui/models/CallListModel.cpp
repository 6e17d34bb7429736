// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/CallListModel.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/domain/Call.h"
#include "core/domain/Currency.h"
#include "core/domain/DeadlineText.h"
#include "core/domain/Money.h"
#include "core/domain/MoneyFormat.h"
#include "core/reference/Reference.h"

#include <QColor>
#include <QLocale>
#include <QPalette>

namespace hamkor {
namespace ui {

namespace {

QString names(const QStringList &codes, const core::ReferenceList &list)
{
    QStringList result;
    for (const QString &code : codes)
        result << list.name(code);
    return result.join(QStringLiteral(", "));
}

core::NumberStyle numberStyle()
{
    return QLocale().language() == QLocale::Russian ? core::NumberStyle::Russian
                                                    : core::NumberStyle::English;
}
} // namespace

CallListModel::CallListModel(QObject *parent) : QAbstractTableModel(parent), m_query({}) {}

void CallListModel::setStore(core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    // The query keeps a handle on the connection; it must let go when the file closes.
    const core::CallFilter filter = m_query.filter();
    m_query = core::CallQuery(m_store ? m_store->database().connection() : QSqlDatabase());
    m_query.setFilter(filter);
    m_query.setSort(m_sort, m_ascending);
    if (m_store) {
        connect(m_store, &core::Store::tableChanged, this, [this](const QString &table) {
            if (table == u"calls")
                reload();
        });
    }
    reload();
}

void CallListModel::setFilter(const core::CallFilter &filter)
{
    if (filter == m_query.filter())
        return;
    m_query.setFilter(filter);
    reload();
}

void CallListModel::sort(int column, Qt::SortOrder order)
{
    static const core::CallSort sorts[ColumnCount] = {
        core::CallSort::Title,     core::CallSort::Donor,   core::CallSort::Deadline,
        core::CallSort::Deadline,  core::CallSort::Grant,   core::CallSort::Themes,
        core::CallSort::Countries, core::CallSort::ByStatus};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = sorts[column];
    m_ascending = order == Qt::AscendingOrder;
    m_query.setSort(m_sort, m_ascending);
    reload();
}

void CallListModel::reload()
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

const core::CallRow *CallListModel::row(int row) const
{
    if (!m_store || row < 0 || row >= m_count)
        return nullptr;
    return m_cache.row(row,
                       [this](qint64 offset, int limit) { return m_query.page(offset, limit); });
}

qint64 CallListModel::callId(int r) const
{
    const core::CallRow *call = row(r);
    return call ? call->id : 0;
}

int CallListModel::rowOf(qint64 callId) const
{
    return m_cache.find([callId](const core::CallRow &call) { return call.id == callId; });
}

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int CallListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::display(const core::CallRow &call, int column) const
{
    const QTimeZone zone = core::Clock::userZone();
    switch (column) {
    case Title:
        return call.title;
    case Donor:
        return call.donor;
    case Deadline:
        if (!call.deadline.isValid())
            return tr("cannot be shown");
        return core::DeadlineText::moment(call.deadline, zone, QLocale());
    case DaysLeft: {
        if (!call.deadline.isValid())
            return QStringLiteral("?");
        const QDateTime now = core::Clock::nowUtc();
        return core::DeadlineText::daysLeftText(
            core::DeadlineText::daysLeft(call.deadline, now, zone), call.deadline < now);
    }
    case Grant: {
        const auto currency = core::Currency::fromCode(call.currency);
        if (!currency || (!call.minAmountMinor && !call.maxAmountMinor))
            return QString();
        const auto amount = [&](const std::optional<qint64> &minor) {
            return minor ? core::MoneyFormat::format(core::Money(*minor, *currency), numberStyle())
                               .chopped(currency->minorUnits() ? currency->minorUnits() + 1 : 0)
                         : QStringLiteral("…");
        };
        return QStringLiteral("%1 – %2 %3")
            .arg(amount(call.minAmountMinor), amount(call.maxAmountMinor), call.currency);
    }
    case Themes:
        return names(call.themes, core::reference::themes());
    case Countries:
        return call.countries.join(QStringLiteral(", "));
    case Status:
        return core::reference::callStatuses().name(call.status);
    }
    return {};
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const core::CallRow *call = row(index.row());
    if (!call)
        return {};
    const auto urgency = [&] {
        const QDateTime now = core::Clock::nowUtc();
        if (!call->deadline.isValid())
            return Urgency::None;
        if (call->deadline < now)
            return Urgency::Overdue;
        const qint64 seconds = now.secsTo(call->deadline);
        if (seconds < 7 * 86400)
            return Urgency::Week;
        if (seconds < 30 * 86400)
            return Urgency::Month;
        return Urgency::None;
    };
    switch (role) {
    case Qt::DisplayRole:
        return display(*call, index.column());
    case Qt::ToolTipRole:
        if ((index.column() == Deadline || index.column() == DaysLeft) &&
            !call->deadline.isValid()) {
            const QString problem = core::Call::zoneProblem(call->deadlineZone);
            return tr("The deadline cannot be shown: %1.")
                .arg(problem.isEmpty() ? tr("it has no date and time") : problem);
        }
        if (index.column() == Deadline || index.column() == DaysLeft)
            return tr("Donor's deadline: %1")
                .arg(core::DeadlineText::donorMoment(call->deadline, QLocale()));
        if (index.column() == Title || index.column() == Themes)
            return display(*call, index.column());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DaysLeft) {
            switch (urgency()) {
            case Urgency::Overdue:
                return QColor(0xb0, 0x1c, 0x1c);
            case Urgency::Week:
                return QColor(0xc2, 0x4e, 0x00);
            case Urgency::Month:
                return QColor(0x8a, 0x6d, 0x00);
            case Urgency::None:
                return {};
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Grant)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return call->id;
    case UrgencyRole:
        return int(urgency());
    }
    return {};
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Donor:
        return tr("Donor");
    case Deadline:
        return tr("Deadline (your time)");
    case DaysLeft:
        return tr("Days left");
    case Grant:
        return tr("Grant size");
    case Themes:
        return tr("Thematic areas");
    case Countries:
        return tr("Countries");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace ui
} // namespace hamkor
