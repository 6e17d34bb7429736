// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QList>

#include <functional>

class QAbstractItemView;
class QComboBox;
class QLineEdit;

namespace hamkor {
namespace ui {

// A list's filter — a search field and choice boxes whose first entry means "any" — and
// what the list says when the filter leaves it empty: "Nothing matches the filter. Clear
// the filter", over the list, with the link doing it. Pages clear the filter when another
// file opens, so that a new file never looks empty because of an old search.
class FilterHint : public QLabel
{
    Q_OBJECT

public:
    FilterHint(QAbstractItemView *view, QLineEdit *search, QList<QComboBox *> boxes,
               std::function<void()> apply);

    bool isFiltering() const;
    // Empties the search, sets every box to its first entry, and applies that once.
    void clearFilter();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QAbstractItemView *m_view;
    QLineEdit *m_search;
    QList<QComboBox *> m_boxes;
    std::function<void()> m_apply;
};

} // namespace ui
} // namespace hamkor
