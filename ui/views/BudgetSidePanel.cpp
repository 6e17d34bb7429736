// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/BudgetSidePanel.h"

#include "core/budget/BudgetLoader.h"
#include "core/domain/MoneyFormat.h"
#include "core/reference/Reference.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QListWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace hamkor {
namespace ui {

using core::MoneyFormat;

namespace {

QString money(const core::LoadedBudget &budget, qint64 minor)
{
    const auto currency = core::Currency::fromCode(budget.version.currency);
    return currency
               ? MoneyFormat::format(core::Money(minor, *currency), MoneyFormat::displayStyle())
               : QString::number(minor);
}

} // namespace

BudgetSidePanel::BudgetSidePanel(QWidget *parent) : QWidget(parent)
{
    m_totals = new QTreeWidget(this);
    m_totals->setObjectName(QStringLiteral("budgetTotals"));
    m_totals->setColumnCount(2);
    m_totals->setHeaderLabels({tr("Totals"), tr("Amount")});
    m_totals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_totals->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_totals->header()->setStretchLastSection(false);
    m_totals->setRootIsDecorated(false);

    m_chartKind = new QComboBox(this);
    m_chartKind->addItem(tr("By heading"));
    m_chartKind->addItem(tr("By partner"));
    connect(m_chartKind, &QComboBox::currentIndexChanged, this, &BudgetSidePanel::showChart);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartKind);
    chartLayout->addWidget(m_chart, 1);

    m_rules = new QListWidget(this);
    m_rules->setObjectName(QStringLiteral("budgetRules"));
    m_rules->setWordWrap(true);
    m_rules->setAlternatingRowColors(true);
    connect(m_rules, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            Q_EMIT lineRequested(id);
    });
    connect(m_rules, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            Q_EMIT lineRequested(id);
    });

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_totals, tr("Totals"));
    m_tabs->addTab(chartPage, tr("Chart"));
    m_tabs->addTab(m_rules, tr("Rules"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void BudgetSidePanel::show(const core::LoadedBudget *budget)
{
    m_budget = budget;
    m_totals->clear();
    m_rules->clear();
    showChart();
    const int rulesTab = m_tabs->indexOf(m_rules);
    m_tabs->setTabText(rulesTab, tr("Rules"));
    m_tabs->tabBar()->setTabTextColor(rulesTab, QColor());
    if (!budget)
        return;
    // The count of broken rules is on the tab, seen without opening it.
    const auto broken = std::count_if(budget->checks.cbegin(), budget->checks.cend(),
                                      [](const core::BudgetCheck &c) { return !c.passed; });
    if (broken > 0) {
        m_tabs->setTabText(rulesTab, tr("Rules (%n broken)", nullptr, int(broken)));
        m_tabs->tabBar()->setTabTextColor(rulesTab, QColor(0xb0, 0x1c, 0x1c));
    } else if (!budget->checks.isEmpty()) {
        m_tabs->setTabText(rulesTab, tr("Rules ✓"));
    }
    const auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_totals, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        return item;
    };
    const auto row = [budget](QTreeWidgetItem *parent, const QString &label, qint64 amount) {
        auto *item = new QTreeWidgetItem(parent, {label, money(*budget, amount)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    const core::BudgetFigures &f = budget->figures;
    QTreeWidgetItem *figures = group(tr("For the donor"));
    row(figures, tr("Direct costs"), f.direct);
    row(figures, tr("Indirect costs"), f.indirect);
    row(figures, tr("Total eligible costs"), f.eligible);
    row(figures,
        tr("Grant (%1 %)").arg(MoneyFormat::formatDecimal(f.grantPct, MoneyFormat::displayStyle())),
        f.grant);
    row(figures, tr("Co-financing"), f.cofinancing);

    QTreeWidgetItem *partners = group(tr("By partner (with indirect costs)"));
    for (const core::ConsortiumMember &member : budget->context.proposal.members)
        row(partners, budget->context.memberName(member.id),
            budget->result.byMember.value(member.id) +
                budget->result.indirectByMember.value(member.id));
    QTreeWidgetItem *years = group(tr("By year (direct costs)"));
    for (auto it = budget->result.byPeriod.cbegin(); it != budget->result.byPeriod.cend(); ++it)
        row(years, tr("Year %1").arg(it.key()), it.value());
    QTreeWidgetItem *sources = group(tr("By source (direct costs)"));
    for (const core::ReferenceItem &source : core::reference::fundingSources().items())
        row(sources, source.name(), budget->result.bySource.value(source.code));
    m_totals->expandAll();

    for (const core::BudgetCheck &check : budget->checks) {
        auto *item =
            new QListWidgetItem((check.passed ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
                                    check.rule + QStringLiteral("\n") + check.detail,
                                m_rules);
        item->setForeground(check.passed ? QColor(0x1f, 0x6b, 0x3a) : QColor(0xb0, 0x1c, 0x1c));
        item->setData(Qt::UserRole, check.lineIds.isEmpty() ? 0 : check.lineIds.constFirst());
        if (!check.lineIds.isEmpty())
            item->setToolTip(tr("Click to go to the line."));
    }
}

namespace {

// Bar labels that tell headings apart in a narrow chart: the words that begin the names of
// several headings ("Расходы на …" in Russian) are left out after the code.
QStringList shortNames(const QList<std::pair<QString, qint64>> &values)
{
    const auto opening = [](const QString &label) { // "A Расходы на персонал" → "Расходы на"
        const QStringList words = label.split(u' ');
        return words.size() > 3 ? words.mid(1, 2).join(u' ') : QString();
    };
    QHash<QString, int> shared;
    for (const auto &value : values)
        ++shared[opening(value.first)];
    QStringList names;
    for (const auto &value : values) {
        const QString start = opening(value.first);
        names << (!start.isEmpty() && shared.value(start) > 1
                      ? value.first.section(u' ', 0, 0) + u' ' + value.first.section(u' ', 3)
                      : value.first);
    }
    return names;
}

} // namespace

void BudgetSidePanel::showChart()
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    if (m_budget) {
        auto *bars = new QBarSet(tr("Cost"));
        bars->setColor(QColor(0x1f, 0x7a, 0x6d));
        QStringList labels;
        QList<std::pair<QString, qint64>> values;
        if (m_chartKind->currentIndex() == 0) {
            for (const core::BudgetCategory &category : m_budget->layout.categories())
                if (category.depth == 0)
                    values.append({category.code + u' ' + category.name(),
                                   m_budget->result.byCategory.value(category.code)});
        } else {
            for (const core::ConsortiumMember &member : m_budget->context.proposal.members)
                values.append({m_budget->context.memberName(member.id),
                               m_budget->result.byMember.value(member.id) +
                                   m_budget->result.indirectByMember.value(member.id)});
        }
        const auto currency = core::Currency::fromCode(m_budget->version.currency);
        const double perMajor = currency ? double(currency->minorPerMajor()) : 1.0;
        double largest = 0;
        const QStringList names = shortNames(values);
        for (auto it = values.crbegin(); it != values.crend(); ++it) { // top to bottom
            const QString label = names.at(std::distance(it, values.crend()) - 1);
            labels << (label.size() > 28 ? label.left(27) + QStringLiteral("…") : label);
            const double major = double(it->second) / perMajor;
            *bars << major; // for the picture only; every number shown is exact
            largest = std::max(largest, major);
        }
        auto *series = new QHorizontalBarSeries;
        series->append(bars);
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(labels);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *axisX = new QValueAxis;
        axisX->setRange(0, std::max(largest, 1.0));
        axisX->applyNiceNumbers();
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        axisX->setTickCount(3);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace ui
} // namespace hamkor
