// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/PipelineChart.h"

#include "core/reference/Reference.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace hamkor {
namespace ui {

PipelineChart::PipelineChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    setCounts({});
}

void PipelineChart::setCounts(const QHash<QString, qint64> &counts)
{
    m_counts = counts;
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto *bars = new QBarSet(tr("Calls"));
    bars->setColor(QColor(0x1f, 0x7a, 0x6d));
    QStringList categories;
    qint64 largest = 0;
    // Bottom to top in a horizontal chart: list the pipeline backwards so it reads down.
    const auto &statuses = core::reference::callStatuses().items();
    for (auto it = statuses.crbegin(); it != statuses.crend(); ++it) {
        const qint64 n = counts.value(it->code);
        *bars << qreal(n);
        categories << it->name();
        largest = std::max(largest, n);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(bars);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, qreal(std::max<qint64>(largest, 4)));
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

qint64 PipelineChart::shownCount(const QString &status) const
{
    return m_counts.value(status);
}

} // namespace ui
} // namespace hamkor
