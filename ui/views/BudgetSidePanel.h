// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChartView;
class QComboBox;
class QListWidget;
class QTabWidget;
class QTreeWidget;

namespace hamkor {
namespace core {
struct LoadedBudget;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// Beside the budget editor: the totals by partner, year and source with the figures a donor
// looks at, a chart by heading or by partner, and the donor's rules, each broken one taking
// the user to its first line.
class BudgetSidePanel : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetSidePanel(QWidget *parent = nullptr);
    // Shows budget (nullptr: nothing).
    void show(const core::LoadedBudget *budget);

    QTreeWidget *totalsView() const { return m_totals; }
    QListWidget *rulesView() const { return m_rules; }

Q_SIGNALS:
    void lineRequested(qint64 lineId);

private:
    void showChart();

    const core::LoadedBudget *m_budget = nullptr;
    QTreeWidget *m_totals = nullptr;
    QListWidget *m_rules = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_chartKind = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace ui
} // namespace hamkor
