// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/CallColumns.h"

#include "core/domain/DeadlineText.h"
#include "ui/Settings.h"
#include "ui/models/CallListModel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>
#include <QTimeZone>

#include <algorithm>

namespace hamkor {
namespace ui {

void CallColumns::setUp(QTableView *view)
{
    view->horizontalHeader()->setSectionsMovable(true);
    for (const auto &[column, width] :
         {std::pair{CallListModel::Title, 300}, std::pair{CallListModel::Donor, 170},
          std::pair{CallListModel::Deadline, 150}, std::pair{CallListModel::DaysLeft, 118},
          std::pair{CallListModel::Grant, 170}, std::pair{CallListModel::Themes, 200},
          std::pair{CallListModel::Countries, 110}})
        view->setColumnWidth(column, width);
    // The days left and the deadline as wide as their longest text in this language.
    const QFontMetrics metrics = view->fontMetrics();
    const auto fit = [&](int column, const QStringList &samples) {
        int width = metrics.horizontalAdvance(
            view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        for (const QString &sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample));
        view->setColumnWidth(column, width + 16);
    };
    fit(CallListModel::DaysLeft,
        {core::DeadlineText::daysLeftText(-888, true), core::DeadlineText::daysLeftText(888, false),
         core::DeadlineText::daysLeftText(0, true), core::DeadlineText::daysLeftText(1, false)});
    QStringList moments;
    for (int month = 1; month <= 12; ++month)
        moments << core::DeadlineText::moment(QDateTime(QDate(2028, month, 28), QTime(23, 58)),
                                              QTimeZone::systemTimeZone(), QLocale());
    fit(CallListModel::Deadline, moments);
    // The days left and the deadline come first: what an officer reads before the title, and
    // what stays in view on a 1024-pixel laptop in any language.
    QHeaderView *header = view->horizontalHeader();
    header->moveSection(header->visualIndex(CallListModel::DaysLeft), 0);
    header->moveSection(header->visualIndex(CallListModel::Deadline), 1);
    header->restoreState(Settings::get(Settings::CallsHeader));
    for (const auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        QObject::connect(header, signal, view, [view] {
            Settings::set(Settings::CallsHeader, view->horizontalHeader()->saveState());
        });
}

} // namespace ui
} // namespace hamkor
