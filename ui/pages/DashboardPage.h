// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/Page.h"

class QGridLayout;
class QLabel;
class QTreeWidget;

namespace hamkor {
namespace ui {

class PipelineChart;

// The first screen: what the open file holds, the deadlines of the next 30 days, the
// pipeline of calls by status as a chart, and the calls changed most recently.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    QString title() const override;
    void setStore(core::Store *store) override;

    QTreeWidget *deadlines() const { return m_deadlines; }
    QTreeWidget *recent() const { return m_recent; }
    QTreeWidget *overdue() const { return m_overdue; }
    PipelineChart *pipeline() const { return m_pipeline; }

Q_SIGNALS:
    // The user asked to see a call (double-click on a deadline or a recent change).
    void callActivated(qint64 callId);
    // The user asked to see a proposal (double-click on an overdue checklist item).
    void proposalActivated(qint64 proposalId);

private:
    void refresh();
    void refreshCounts();
    void refreshCalls();
    void refreshChecklist();
    static QWidget *makeTile(const QString &number, const QString &caption);
    static QTreeWidget *makeList(const QStringList &headers, QWidget *parent);

    core::Store *m_store = nullptr;
    QLabel *m_fileLabel = nullptr;
    QGridLayout *m_counts = nullptr;
    QTreeWidget *m_deadlines = nullptr;
    QTreeWidget *m_recent = nullptr;
    QTreeWidget *m_overdue = nullptr;
    PipelineChart *m_pipeline = nullptr;
};

} // namespace ui
} // namespace hamkor
