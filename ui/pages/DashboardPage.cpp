// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/DashboardPage.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/domain/DeadlineText.h"
#include "core/reference/Reference.h"
#include "core/storage/CallQuery.h"
#include "core/storage/FileCheck.h"
#include "core/storage/Sql.h"
#include "ui/views/PipelineChart.h"

#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

// What an empty list says, across the whole row, in grey.
void placeholder(QTreeWidget *list, const QString &text)
{
    auto *item = new QTreeWidgetItem(list, {text});
    item->setFirstColumnSpanned(true);
    item->setForeground(0, list->palette().color(QPalette::PlaceholderText));
    item->setFlags(Qt::ItemIsEnabled);
}
} // namespace

DashboardPage::DashboardPage(QWidget *parent) : Page(parent)
{
    auto *heading = new QLabel(tr("Dashboard"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setTextFormat(Qt::PlainText);
    auto *tiles = new QWidget(this);
    m_counts = new QGridLayout(tiles);
    m_counts->setContentsMargins(0, 0, 0, 0);
    m_counts->setSpacing(10);

    m_deadlines = makeList(
        {tr("Deadline (your time)"), tr("Days left"), tr("Call"), tr("Donor"), tr("Status")}, this);
    m_deadlines->setObjectName(QStringLiteral("deadlines"));
    m_recent = makeList({tr("Changed"), tr("Call"), tr("Status")}, this);
    m_recent->setObjectName(QStringLiteral("recent"));
    // The call's title takes the room that is left; the short columns fit their contents.
    m_deadlines->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_deadlines->header()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_deadlines->header()->resizeSection(3, 100);
    m_deadlines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_pipeline = new PipelineChart(this);
    for (QTreeWidget *list : {m_deadlines, m_recent})
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            if (const qint64 id = item->data(0, IdRole).toLongLong(); id != 0)
                Q_EMIT callActivated(id);
        });

    auto *deadlinesBox = new QGroupBox(tr("Deadlines in the next 30 days"), this);
    (new QVBoxLayout(deadlinesBox))->addWidget(m_deadlines);
    auto *recentBox = new QGroupBox(tr("Changed recently"), this);
    (new QVBoxLayout(recentBox))->addWidget(m_recent);
    m_overdue = makeList({tr("Due"), tr("Proposal"), tr("What is needed"), tr("From")}, this);
    m_overdue->setObjectName(QStringLiteral("overdue"));
    m_overdue->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_overdue, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, IdRole).toLongLong(); id != 0)
            Q_EMIT proposalActivated(id);
    });
    auto *overdueBox = new QGroupBox(tr("Checklist items overdue"), this);
    (new QVBoxLayout(overdueBox))->addWidget(m_overdue);
    auto *pipelineBox = new QGroupBox(tr("Pipeline: calls by status"), this);
    (new QVBoxLayout(pipelineBox))->addWidget(m_pipeline);

    auto *grid = new QGridLayout;
    grid->addWidget(deadlinesBox, 0, 0);
    grid->addWidget(pipelineBox, 0, 1);
    grid->addWidget(recentBox, 1, 0);
    grid->addWidget(overdueBox, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_fileLabel);
    layout->addWidget(tiles, 0, Qt::AlignLeft);
    layout->addLayout(grid, 1);
    refresh();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QTreeWidget *DashboardPage::makeList(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return list;
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
    tile->setMinimumWidth(120);
    tile->setBackgroundRole(QPalette::Base);
    tile->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(10, 6, 10, 6);
    auto *value = new QLabel(number, tile);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.7);
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
    refreshCounts();
    refreshCalls();
    refreshChecklist();
}

void DashboardPage::refreshChecklist()
{
    m_overdue->clear();
    if (!m_store)
        return;
    const QDate today = core::Clock::nowUtc().toTimeZone(core::Clock::userZone()).date();
    auto rows = core::Sql::exec(
        m_store->database().connection(),
        QStringLiteral("SELECT i.due_on, p.id, p.acronym, i.title, o.acronym, o.name FROM "
                       "checklist_items i JOIN proposals p ON p.id = i.proposal_id LEFT JOIN "
                       "consortium_members m ON m.id = i.owner_member_id LEFT JOIN organisations "
                       "o ON o.id = m.organisation_id WHERE i.state = 'todo' AND i.due_on < ? "
                       "ORDER BY i.due_on, p.acronym LIMIT 50"),
        {today.toString(Qt::ISODate)});
    const QLocale locale;
    while (rows && rows->next()) {
        const QString owner = rows->value(4).toString().isEmpty() ? rows->value(5).toString()
                                                                  : rows->value(4).toString();
        auto *item = new QTreeWidgetItem(
            m_overdue, {locale.toString(QDate::fromString(rows->value(0).toString(), Qt::ISODate),
                                        QStringLiteral("d MMM yyyy")),
                        rows->value(2).toString(), rows->value(3).toString(), owner});
        item->setData(0, IdRole, rows->value(1).toLongLong());
        item->setForeground(0, QColor(0xb0, 0x1c, 0x1c));
    }
    if (m_overdue->topLevelItemCount() == 0)
        placeholder(m_overdue, tr("Nothing overdue."));
}

void DashboardPage::refreshCounts()
{
    while (QLayoutItem *item = m_counts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_store) {
        m_fileLabel->setText(tr("No file is open."));
        return;
    }
    m_fileLabel->setText(QDir::toNativeSeparators(m_store->path()));
    const QList<std::pair<QString, QString>> shown = {
        {QStringLiteral("calls"), tr("Calls for proposals")},
        {QStringLiteral("organisations"), tr("Partner organisations")},
        {QStringLiteral("contacts"), tr("Contacts")},
        {QStringLiteral("proposals"), tr("Proposals")},
        {QStringLiteral("budget_lines"), tr("Budget lines")},
        {QStringLiteral("exchange_rates"), tr("Exchange rates")},
    };
    const QLocale locale;
    int column = 0;
    for (const auto &[table, label] : shown)
        if (const auto rows = core::FileCheck::count(m_store->database(), table); rows)
            m_counts->addWidget(makeTile(locale.toString(*rows), label), 0, column++);
}

void DashboardPage::refreshCalls()
{
    m_deadlines->clear();
    m_recent->clear();
    if (!m_store) {
        m_pipeline->setCounts({});
        return;
    }
    const QLocale locale;
    const QTimeZone zone = core::Clock::userZone();
    const QDateTime now = core::Clock::nowUtc();
    core::CallQuery query(m_store->database().connection());
    core::CallFilter soon;
    soon.window = core::CallFilter::Window::Next30;
    for (const core::ReferenceItem &item : core::reference::callStatuses().items())
        if (item.extra.value(QLatin1String("open")).toBool())
            soon.statuses << item.code;
    query.setFilter(soon);
    if (const auto rows = query.page(0, 50); rows) {
        for (const core::CallRow &row : *rows) {
            const int days = core::DeadlineText::daysLeft(row.deadline, now, zone);
            auto *item = new QTreeWidgetItem(
                m_deadlines, {core::DeadlineText::moment(row.deadline, zone, locale),
                              core::DeadlineText::daysLeftText(days, row.deadline < now), row.title,
                              row.donor, core::reference::callStatuses().name(row.status)});
            item->setData(0, IdRole, row.id);
            item->setToolTip(0, core::DeadlineText::donorMoment(row.deadline, locale));
            if (days < 7)
                item->setForeground(1, QColor(0xc2, 0x4e, 0x00));
        }
    }
    if (m_deadlines->topLevelItemCount() == 0)
        placeholder(m_deadlines, tr("No deadlines in the next 30 days."));

    query.setFilter({});
    if (const auto counts = query.countByStatus(); counts)
        m_pipeline->setCounts(*counts);
    query.setSort(core::CallSort::Modified, false);
    if (const auto rows = query.page(0, 8); rows) {
        for (const core::CallRow &row : *rows) {
            auto *item = new QTreeWidgetItem(
                m_recent,
                {locale.toString(
                     QDateTime::fromString(row.modifiedAt, Qt::ISODateWithMs).toTimeZone(zone),
                     QStringLiteral("d MMM yyyy, HH:mm")),
                 row.title, core::reference::callStatuses().name(row.status)});
            item->setData(0, IdRole, row.id);
        }
    }
    if (m_recent->topLevelItemCount() == 0)
        placeholder(m_recent, tr("No calls yet: add one under Calls, or import a CSV file."));
}

} // namespace ui
} // namespace hamkor
