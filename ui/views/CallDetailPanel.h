// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace hamkor {
namespace core {
struct Call;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// The selected call in full, beside the list: the donor's deadline and zone next to the
// user's own time, and everything else a project officer checks before go/no-go. All
// text is shown as text, never interpreted as markup.
class CallDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CallDetailPanel(QWidget *parent = nullptr);
    void showCall(const core::Call *call);

private:
    QLabel *addRow(const QString &label);

    QFormLayout *m_form = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_donor = nullptr;
    QLabel *m_reference = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_donorDeadline = nullptr;
    QLabel *m_yourDeadline = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_grant = nullptr;
    QLabel *m_limits = nullptr;
    QLabel *m_themes = nullptr;
    QLabel *m_countries = nullptr;
    QLabel *m_types = nullptr;
    QLabel *m_notes = nullptr;
    QWidget *m_details = nullptr;
};

} // namespace ui
} // namespace hamkor
