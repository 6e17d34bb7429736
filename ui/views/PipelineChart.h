// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QHash>

QT_BEGIN_NAMESPACE
class QBarSet;
QT_END_NAMESPACE

namespace hamkor {
namespace ui {

// How many calls are in each status, as horizontal bars in pipeline order.
class PipelineChart : public QChartView
{
    Q_OBJECT

public:
    explicit PipelineChart(QWidget *parent = nullptr);
    void setCounts(const QHash<QString, qint64> &counts);
    // The count shown for status (for tests).
    qint64 shownCount(const QString &status) const;

private:
    QHash<QString, qint64> m_counts;
};

} // namespace ui
} // namespace hamkor
