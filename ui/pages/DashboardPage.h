// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/Page.h"

class QLabel;
class QGridLayout;

namespace hamkor {
namespace ui {

// The first screen: what the open file holds. Deadlines and the pipeline chart join it
// with the calls tracker.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    QString title() const override;
    void setStore(core::Store *store) override;

private:
    void refresh();
    static QWidget *makeTile(const QString &number, const QString &caption);

    core::Store *m_store = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_fileLabel = nullptr;
    QGridLayout *m_counts = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace ui
} // namespace hamkor
