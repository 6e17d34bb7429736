// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/CodeChecklist.h"

#include "core/reference/ReferenceList.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
}

CodeChecklist::CodeChecklist(const core::ReferenceList &list, bool withFilter, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (withFilter) {
        m_filter = new QLineEdit(this);
        m_filter->setPlaceholderText(tr("Type to narrow the list"));
        m_filter->setClearButtonEnabled(true);
        connect(m_filter, &QLineEdit::textChanged, this, &CodeChecklist::applyFilter);
        layout->addWidget(m_filter);
    }
    m_list = new QListWidget(this);
    m_list->setUniformItemSizes(true);
    for (const core::ReferenceItem &entry : list.items()) {
        auto *item = new QListWidgetItem(entry.name(), m_list);
        item->setData(CodeRole, entry.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(entry.code);
    }
    connect(m_list, &QListWidget::itemChanged, this, &CodeChecklist::changed);
    layout->addWidget(m_list);
}

QStringList CodeChecklist::codes() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            result << m_list->item(i)->data(CodeRole).toString();
    return result;
}

void CodeChecklist::setCodes(const QStringList &codes)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(codes.contains(item->data(CodeRole).toString()) ? Qt::Checked
                                                                            : Qt::Unchecked);
    }
}

void CodeChecklist::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive) &&
                        !item->data(CodeRole).toString().contains(needle, Qt::CaseInsensitive) &&
                        item->checkState() != Qt::Checked);
    }
}

} // namespace ui
} // namespace hamkor
