// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/DashboardPage.h"

#include "core/Store.h"
#include "core/storage/FileCheck.h"

#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

DashboardPage::DashboardPage(QWidget *parent) : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setTextFormat(Qt::PlainText);
    auto *box = new QWidget(this);
    m_counts = new QGridLayout(box);
    m_counts->setContentsMargins(0, 0, 0, 0);
    m_counts->setSpacing(12);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    layout->addWidget(m_fileLabel);
    layout->addSpacing(12);
    layout->addWidget(box, 0, Qt::AlignLeft);
    layout->addSpacing(12);
    layout->addWidget(m_note);
    layout->addStretch();
    refresh();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::setStore(core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &core::Store::tableChanged, this, &DashboardPage::refresh);
    refresh();
}

QWidget *DashboardPage::makeTile(const QString &number, const QString &caption)
{
    auto *tile = new QFrame;
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setMinimumWidth(200);
    tile->setBackgroundRole(QPalette::Base);
    tile->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(tile);
    auto *value = new QLabel(number, tile);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    value->setFont(font);
    auto *text = new QLabel(caption, tile);
    text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(value);
    layout->addWidget(text);
    return tile;
}

void DashboardPage::refresh()
{
    m_heading->setText(tr("Dashboard"));
    while (QLayoutItem *item = m_counts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_store) {
        m_fileLabel->setText(tr("No file is open."));
        m_note->clear();
        return;
    }
    m_fileLabel->setText(QDir::toNativeSeparators(m_store->path()));
    const auto counts = core::FileCheck::counts(m_store->database());
    if (!counts) {
        m_note->setText(counts.message());
        return;
    }
    const QList<std::pair<QString, QString>> shown = {
        {QStringLiteral("calls"), tr("Calls for proposals")},
        {QStringLiteral("organisations"), tr("Partner organisations")},
        {QStringLiteral("contacts"), tr("Contacts")},
        {QStringLiteral("proposals"), tr("Proposals")},
        {QStringLiteral("budget_lines"), tr("Budget lines")},
        {QStringLiteral("exchange_rates"), tr("Exchange rates")},
    };
    const QLocale locale;
    int index = 0;
    for (const auto &[table, label] : shown) {
        for (const auto &count : *counts)
            if (count.table == table)
                m_counts->addWidget(makeTile(locale.toString(count.rows), label), index / 3,
                                    index % 3);
        ++index;
    }
    m_note->setText(tr("Upcoming deadlines and the pipeline of calls will appear here once "
                       "the calls tracker is built. This version opens, checks and creates "
                       "Hamkor files."));
}

} // namespace ui
} // namespace hamkor
