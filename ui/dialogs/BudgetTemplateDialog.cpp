// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/BudgetTemplateDialog.h"

#include "core/domain/MoneyFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

using core::BudgetExport;

BudgetTemplateDialog::BudgetTemplateDialog(const core::LoadedBudget &budget, QWidget *parent)
    : QDialog(parent), m_budget(budget)
{
    setWindowTitle(tr("Export Budget in Another Template"));
    m_template = new QComboBox(this);
    for (const QString &code : core::BudgetTemplate::codes())
        if (code != budget.version.templateCode)
            m_template->addItem(core::BudgetTemplate::find(code)->name(), code);
    m_format = new QComboBox(this);
    m_format->addItem(tr("CSV"), int(BudgetExport::Format::Csv));
    m_format->addItem(tr("CSV for Excel"), int(BudgetExport::Format::Csv));
    m_format->addItem(tr("XLSX"), int(BudgetExport::Format::Xlsx));
    m_format->addItem(tr("PDF for signature"), int(BudgetExport::Format::Pdf));
    auto *form = new QFormLayout;
    form->addRow(tr("Now in:"), new QLabel(budget.layout.name(), this));
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Format:"), m_format);

    m_moves = new QTreeWidget(this);
    m_moves->setObjectName(QStringLiteral("headingMoves"));
    m_moves->setRootIsDecorated(false);
    m_moves->setHeaderLabels({tr("Heading now"), tr("Heading in the template"), tr("Lines")});
    m_moves->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_moves->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_moves->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_moves->header()->setStretchLastSection(false);
    m_moves->setAlternatingRowColors(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this, &BudgetTemplateDialog::relayout);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Where the lines go:"), this));
    layout->addWidget(m_moves, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(760, 480);
    relayout();
}

BudgetExport::Format BudgetTemplateDialog::format() const
{
    return BudgetExport::Format(m_format->currentData().toInt());
}

bool BudgetTemplateDialog::forExcel() const
{
    return m_format->currentIndex() == 1;
}

void BudgetTemplateDialog::relayout()
{
    m_moves->clear();
    m_relaid.reset();
    auto relaid = core::BudgetMapping::relayout(m_budget, m_template->currentData().toString());
    m_export->setEnabled(bool(relaid));
    if (!relaid) {
        m_summary->setText(relaid.message());
        return;
    }
    for (const core::HeadingMove &move : std::as_const(relaid->moves)) {
        auto *item = new QTreeWidgetItem(
            m_moves, {move.from, move.to == move.from ? tr("(the same)") : move.to,
                      QLocale().toString(move.lines)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    const core::LoadedBudget &b = relaid->budget;
    const auto money = [&](qint64 minor) {
        return core::MoneyFormat::format(
            core::Money(minor, *core::Currency::fromCode(b.version.currency)),
            core::MoneyFormat::displayStyle());
    };
    QString summary = tr("Total eligible costs by %1's rules: %2 %3 (now %4 %3).")
                          .arg(b.layout.name(), money(b.figures.eligible), b.version.currency,
                               money(m_budget.figures.eligible));
    QStringList failed;
    for (const core::BudgetCheck &check : b.checks)
        if (!check.passed)
            failed << check.rule;
    if (!failed.isEmpty())
        summary += u' ' + tr("Rules it breaks there: %1.").arg(failed.join(QStringLiteral("; ")));
    m_summary->setText(summary);
    m_relaid = std::move(relaid).value();
}

} // namespace ui
} // namespace hamkor
