// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/BudgetCompareDialog.h"

#include "core/Store.h"
#include "core/budget/BudgetCompare.h"
#include "core/domain/MoneyFormat.h"
#include "core/storage/BudgetRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

using core::MoneyFormat;

BudgetCompareDialog::BudgetCompareDialog(core::Store &store, qint64 proposalId, qint64 beforeId,
                                         qint64 afterId, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Compare Budget Versions"));
    m_before = new QComboBox(this);
    m_after = new QComboBox(this);
    const auto versions =
        core::BudgetRepository(store.database().connection()).versions(proposalId);
    if (versions)
        for (const core::BudgetVersionSummary &v : *versions) {
            m_before->addItem(v.name, v.id);
            m_after->addItem(v.name, v.id);
        }
    m_before->setCurrentIndex(std::max(0, m_before->findData(beforeId)));
    m_after->setCurrentIndex(std::max(0, m_after->findData(afterId)));
    connect(m_before, &QComboBox::currentIndexChanged, this, &BudgetCompareDialog::compare);
    connect(m_after, &QComboBox::currentIndexChanged, this, &BudgetCompareDialog::compare);
    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("From:"), this));
    choose->addWidget(m_before, 1);
    choose->addWidget(new QLabel(tr("to:"), this));
    choose->addWidget(m_after, 1);

    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("budgetDifferences"));
    m_view->setHeaderLabels({tr("Change"), tr("Partner"), tr("Year"), tr("Before"), tr("After"),
                             tr("Difference"), tr("What changed")});
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setAlternatingRowColors(true);
    m_summary = new QLabel(this);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 560);
    compare();
}

void BudgetCompareDialog::compare()
{
    m_view->clear();
    m_summary->clear();
    const QSqlDatabase db = m_store.database().connection();
    const auto before = core::loadBudget(db, m_before->currentData().toLongLong());
    const auto after = core::loadBudget(db, m_after->currentData().toLongLong());
    if (!before || !after) {
        m_summary->setText(before ? after.message() : before.message());
        return;
    }
    const core::BudgetComparison c = core::BudgetCompare::compare(*before, *after);
    const auto currency = core::Currency::fromCode(after->version.currency);
    const core::NumberStyle style = MoneyFormat::displayStyle();
    const auto money = [&](qint64 minor) {
        return currency ? MoneyFormat::format(core::Money(minor, *currency), style)
                        : QString::number(minor);
    };
    const auto signedMoney = [&](qint64 minor) {
        return (minor > 0 ? QStringLiteral("+") : QString()) + money(minor);
    };
    const auto align = [](QTreeWidgetItem *item) {
        for (int column = 3; column <= 5; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    };
    if (!c.settings.isEmpty()) {
        auto *settings = new QTreeWidgetItem(m_view, {tr("Settings that differ")});
        for (const core::SettingDifference &d : c.settings) {
            auto *item =
                new QTreeWidgetItem(settings, {d.name, QString(), QString(), d.before, d.after});
            align(item);
        }
    }
    auto *lines =
        new QTreeWidgetItem(m_view, {tr("Lines that differ: %n", nullptr, int(c.lines.size()))});
    for (const core::LineDifference &d : c.lines) {
        const core::BudgetLine &line = d.after ? *d.after : *d.before;
        const QString kind = d.kind == core::LineDifference::Kind::Added     ? tr("Added")
                             : d.kind == core::LineDifference::Kind::Removed ? tr("Removed")
                                                                             : tr("Changed");
        auto *item = new QTreeWidgetItem(
            lines,
            {kind + QStringLiteral(": ") + line.category + u' ' + line.description,
             after->context.memberName(line.memberId), QString::number(line.period),
             d.before ? money(d.beforeAmount) : QString(),
             d.after ? money(d.afterAmount) : QString(),
             signedMoney(d.afterAmount - d.beforeAmount), d.fields.join(QStringLiteral(", "))});
        align(item);
    }
    auto *amounts =
        c.amounts.isEmpty() ? nullptr : new QTreeWidgetItem(m_view, {tr("Headings and totals")});
    for (const core::AmountDifference &d : c.amounts) {
        auto *item = new QTreeWidgetItem(amounts, {d.code + u' ' + d.name, QString(), QString(),
                                                   money(d.before), money(d.after),
                                                   signedMoney(d.after - d.before)});
        align(item);
    }
    m_view->expandAll();
    for (int column = 1; column < m_view->columnCount(); ++column)
        m_view->resizeColumnToContents(column);
    QString summary = tr("Total eligible costs: %1 → %2 (%3 %4)")
                          .arg(money(c.totalBefore), money(c.totalAfter),
                               signedMoney(c.totalAfter - c.totalBefore), after->version.currency);
    if (!c.sameCurrency)
        summary += QLatin1Char(' ') + tr("The versions are in different currencies.");
    m_summary->setText(summary);
}

} // namespace ui
} // namespace hamkor
