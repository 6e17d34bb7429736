// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/Page.h"

#include <QString>

class QLabel;

namespace hamkor {
namespace ui {

// An area that is not built yet. It says so plainly, and how many records of its kind the
// open file already holds, so that nobody mistakes it for an empty file.
class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &table, const QString &explanation,
                    QWidget *parent = nullptr);
    QString title() const override { return m_title; }
    void setStore(core::Store *store) override;

private:
    void refresh();

    QString m_title;
    QString m_table;
    QString m_explanation;
    core::Store *m_store = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace ui
} // namespace hamkor
