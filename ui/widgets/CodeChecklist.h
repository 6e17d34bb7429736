// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace hamkor {
namespace core {
class ReferenceList;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// Picking several items of a reference list (themes, countries, organisation types) by
// ticking them; a long list gets a box to narrow it by typing.
class CodeChecklist : public QWidget
{
    Q_OBJECT

public:
    CodeChecklist(const core::ReferenceList &list, bool withFilter, QWidget *parent = nullptr);

    QStringList codes() const;
    void setCodes(const QStringList &codes);

Q_SIGNALS:
    void changed();

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace ui
} // namespace hamkor
