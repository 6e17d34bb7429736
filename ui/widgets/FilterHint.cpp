// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/FilterHint.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QSignalBlocker>

namespace hamkor {
namespace ui {

FilterHint::FilterHint(QAbstractItemView *view, QLineEdit *search, QList<QComboBox *> boxes,
                       std::function<void()> apply)
    : QLabel(view->viewport()), m_view(view), m_search(search), m_boxes(std::move(boxes)),
      m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("filterHint"));
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWordWrap(true);
    setTextFormat(Qt::RichText); // our own words and link, never a user's text
    setText(tr("Nothing matches the filter.") + QStringLiteral(" <a href=\"clear\">") +
            tr("Clear the filter") + QStringLiteral("</a>"));
    setContentsMargins(12, 24, 12, 12);
    setForegroundRole(QPalette::PlaceholderText);
    connect(this, &QLabel::linkActivated, this, &FilterHint::clearFilter);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &FilterHint::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &FilterHint::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FilterHint::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FilterHint::update);
    view->viewport()->installEventFilter(this);
    update();
}

bool FilterHint::isFiltering() const
{
    if (!m_search->text().trimmed().isEmpty())
        return true;
    for (const QComboBox *box : m_boxes)
        if (box->currentIndex() > 0)
            return true;
    return false;
}

void FilterHint::clearFilter()
{
    if (!isFiltering())
        return;
    {
        const QSignalBlocker blockSearch(m_search);
        m_search->clear();
        for (QComboBox *box : std::as_const(m_boxes)) {
            const QSignalBlocker blockBox(box);
            box->setCurrentIndex(0);
        }
    }
    m_apply();
    update();
}

bool FilterHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

void FilterHint::update()
{
    setGeometry(m_view->viewport()->rect());
    setVisible(m_view->model()->rowCount() == 0 && isFiltering());
}

} // namespace ui
} // namespace hamkor
