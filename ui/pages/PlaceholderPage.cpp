// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/PlaceholderPage.h"

#include "core/Store.h"
#include "core/storage/FileCheck.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &table,
                                 const QString &explanation, QWidget *parent)
    : Page(parent), m_title(title), m_table(table), m_explanation(explanation)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(m_title, this);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    layout->addSpacing(12);
    layout->addWidget(m_text);
    layout->addStretch();
    refresh();
}

void PlaceholderPage::setStore(core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &core::Store::tableChanged, this, &PlaceholderPage::refresh);
    refresh();
}

void PlaceholderPage::refresh()
{
    QString text = m_explanation;
    if (m_store) {
        if (const auto rows = core::FileCheck::count(m_store->database(), m_table); rows)
            text += QStringLiteral("\n\n") +
                    tr("The open file already holds %1 of them.").arg(QLocale().toString(*rows));
    }
    m_text->setText(text);
}

} // namespace ui
} // namespace hamkor
