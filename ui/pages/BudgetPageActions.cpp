// SPDX-License-Identifier: GPL-3.0-or-later
// What the budget page's actions do: versions, lines, the clipboard, imports.
#include "core/Clock.h"
#include "core/Store.h"
#include "core/budget/BudgetLoader.h"
#include "core/commands/BudgetCommands.h"
#include "core/domain/MoneyFormat.h"
#include "core/io/BudgetClipboard.h"
#include "core/io/BudgetLinesImport.h"
#include "core/io/CsvReader.h"
#include "core/storage/BudgetRepository.h"
#include "core/storage/ProposalRepository.h"
#include "ui/dialogs/BudgetCompareDialog.h"
#include "ui/dialogs/BudgetVersionDialog.h"
#include "ui/models/BudgetTreeModel.h"
#include "ui/pages/BudgetsPage.h"
#include "ui/shell/FileDialogs.h"
#include "ui/views/BudgetTreeView.h"

#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QItemSelection>
#include <QMessageBox>
#include <QTreeView>

#include <algorithm>

namespace hamkor {
namespace ui {

namespace {

QString problemsText(const QList<core::ImportProblem> &problems)
{
    QStringList lines;
    for (const core::ImportProblem &problem : problems)
        lines << problem.text();
    return lines.join(u'\n');
}

} // namespace

void BudgetsPage::newVersion()
{
    if (!m_store || !proposalId())
        return;
    const auto proposal =
        core::ProposalRepository(m_store->database().connection()).load(proposalId());
    if (!proposal) {
        showError(proposal.message());
        return;
    }
    core::BudgetVersion fresh;
    fresh.proposalId = proposal->id;
    fresh.templateCode = proposal->templateCode;
    fresh.currency = proposal->currency;
    fresh.rateDate = core::Clock::nowUtc().date();
    fresh.name = tr("Draft %1").arg(m_versions->count() + 1);
    BudgetVersionDialog dialog(fresh, this);
    qint64 added = 0;
    dialog.setSave([&] {
        const auto id = core::commands::addBudgetVersion(*m_store, dialog.version());
        added = id ? *id : 0;
        return core::statusOf(id);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    showError(QString());
    reloadVersions(added);
}

void BudgetsPage::copyVersion()
{
    const core::LoadedBudget *budget = m_model->budget();
    if (!m_store || !budget)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Copy Version"), tr("Name of the new version:"),
                              QLineEdit::Normal, tr("%1 (revised)").arg(budget->version.name), &ok);
    if (!ok)
        return;
    const auto copied = core::commands::copyBudgetVersion(*m_store, budget->version.id, name);
    if (!copied) {
        showError(copied.message());
        return;
    }
    showError(QString());
    reloadVersions(*copied);
}

void BudgetsPage::editVersion()
{
    const core::LoadedBudget *budget = m_model->budget();
    if (!m_store || !budget)
        return;
    core::BudgetVersion header = budget->version;
    header.lines.clear();
    BudgetVersionDialog dialog(header, this);
    if (!m_store->isReadOnly())
        dialog.setSave(
            [&] { return core::commands::editBudgetVersion(*m_store, dialog.version()); });
    if (dialog.exec() == QDialog::Accepted)
        showError(QString());
}

void BudgetsPage::deleteVersion()
{
    const core::LoadedBudget *budget = m_model->budget();
    if (!m_store || !budget)
        return;
    if (QMessageBox::question(this, tr("Delete Version"),
                              tr("Delete the budget version “%1” with its %n line(s)? Undo "
                                 "brings it back.",
                                 nullptr, int(budget->version.lines.size()))
                                  .arg(budget->version.name)) != QMessageBox::Yes)
        return;
    showError(core::commands::removeBudgetVersion(*m_store, budget->version.id).message());
}

void BudgetsPage::compareVersions()
{
    const core::LoadedBudget *budget = m_model->budget();
    if (!m_store || !budget || m_versions->count() < 2)
        return;
    // The version before this one, or the one after when this is the first.
    const int at = m_versions->currentIndex();
    const qint64 other = m_versions->itemData(at > 0 ? at - 1 : at + 1).toLongLong();
    BudgetCompareDialog dialog(*m_store, proposalId(), other, budget->version.id, this);
    dialog.exec();
}

void BudgetsPage::addLine()
{
    addLineBelow(m_tree->currentIndex(), BudgetTreeModel::Item);
    if (m_tree->currentIndex().isValid())
        m_tree->edit(m_tree->currentIndex());
}

void BudgetsPage::addLineBelow(const QModelIndex &lineAbove, int column)
{
    const core::LoadedBudget *budget = m_model->budget();
    if (!m_store || !budget || !m_model->isEditable())
        return;
    core::BudgetLine line;
    line.category = m_model->headingAt(lineAbove);
    if (line.category.isEmpty()) {
        showError(tr("The budget has no headings yet: name them in Version Settings."));
        return;
    }
    if (!budget->context.proposal.members.isEmpty())
        line.memberId = budget->context.proposal.members.constFirst().id;
    line.currency = budget->version.currency;
    // The line above, typed a moment ago, says who pays for the next one and how.
    const qint64 aboveId = m_model->lineId(lineAbove);
    for (const core::BudgetLine &above : budget->version.lines) {
        if (above.id != aboveId)
            continue;
        line.memberId = above.memberId;
        line.currency = above.currency;
        line.period = above.period;
        if (!above.sharesAsAmounts) { // amounts belong to the line above's own costs
            line.donorPct = above.donorPct;
            line.otherPct = above.otherPct;
            line.inKindPct = above.inKindPct;
        }
    }
    line.quantity = core::Decimal::fromInteger(1);
    const auto added =
        core::commands::addBudgetLines(*m_store, budget->version.id, {line}, tr("Add budget line"));
    if (!added) {
        showError(added.message());
        return;
    }
    showError(QString());
    const QModelIndex index = m_model->indexOfLine(added->constFirst());
    const QModelIndex cell = index.sibling(index.row(), column);
    m_tree->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    m_tree->scrollTo(cell);
}

void BudgetsPage::fillDown()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_model->isEditable() || !m_model->lineId(current))
        return;
    QModelIndexList lines = m_tree->selectionModel()->selectedRows(current.column());
    std::sort(lines.begin(), lines.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_tree->visualRect(a).top() < m_tree->visualRect(b).top();
    });
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [this](const QModelIndex &i) { return !m_model->lineId(i); }),
                lines.end());
    QModelIndex source;
    if (lines.size() >= 2) {
        source = lines.takeFirst();
    } else {
        source = current.sibling(current.row() - 1, current.column());
        lines = {current};
    }
    if (!m_model->lineId(source))
        return;
    if (!(m_model->flags(source) & Qt::ItemIsEditable)) {
        showError(tr("This column is computed; fill down another."));
        return;
    }
    const QVariant value = source.data(Qt::EditRole);
    QVariantList values;
    for (qsizetype i = 0; i < lines.size(); ++i)
        values << value;
    m_model->setCells(
        lines, values,
        tr("Fill down %1")
            .arg(
                m_model->headerData(current.column(), Qt::Horizontal, Qt::DisplayRole).toString()));
}

void BudgetsPage::clearCells()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_model->isEditable() || !m_model->lineId(current))
        return;
    QVariant cleared;
    switch (current.column()) {
    case BudgetTreeModel::Item:
    case BudgetTreeModel::Unit:
        cleared = QString();
        break;
    case BudgetTreeModel::Quantity:
    case BudgetTreeModel::UnitCost:
    case BudgetTreeModel::DonorPct:
    case BudgetTreeModel::OtherPct:
    case BudgetTreeModel::InKindPct:
        cleared = QStringLiteral("0");
        break;
    default:
        showError(tr("“%1” cannot be empty: choose another value instead, or delete the line "
                     "with Ctrl+Delete.")
                      .arg(m_model->headerData(current.column(), Qt::Horizontal, Qt::DisplayRole)
                               .toString()));
        return;
    }
    QModelIndexList cells;
    for (const QModelIndex &row : m_tree->selectionModel()->selectedRows(current.column()))
        if (m_model->lineId(row))
            cells << row;
    if (cells.isEmpty())
        cells << current;
    m_model->setCells(
        cells, QVariantList(cells.size(), cleared),
        tr("Clear %1")
            .arg(
                m_model->headerData(current.column(), Qt::Horizontal, Qt::DisplayRole).toString()));
}

void BudgetsPage::restoreSelection()
{
    QItemSelection selection;
    for (const qint64 id : std::as_const(m_keptLines))
        if (const QModelIndex line = m_model->indexOfLine(id); line.isValid())
            selection.select(line, line.sibling(line.row(), BudgetTreeModel::ColumnCount - 1));
    const QModelIndex line = m_model->indexOfLine(m_keptLine);
    if (line.isValid())
        m_tree->selectionModel()->setCurrentIndex(line.sibling(line.row(), m_keptColumn),
                                                  QItemSelectionModel::NoUpdate);
    if (!selection.isEmpty())
        m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (line.isValid())
        m_tree->scrollTo(line.sibling(line.row(), m_keptColumn));
}

void BudgetsPage::deleteLines()
{
    if (!m_store || !m_model->isEditable())
        return;
    showError(core::commands::removeBudgetLines(*m_store, selectedLineIds()).message());
}

QString BudgetsPage::copySelection() const
{
    const core::LoadedBudget *budget = m_model->budget();
    if (!budget)
        return QString();
    const QList<qint64> ids = selectedLineIds();
    QList<core::BudgetLine> lines;
    for (const core::BudgetLine &line : budget->version.lines)
        if (ids.contains(line.id))
            lines << line;
    QHash<qint64, QString> acronyms;
    for (const core::ConsortiumMember &member : budget->context.proposal.members)
        acronyms.insert(member.id, budget->context.memberName(member.id));
    return core::BudgetClipboard::toText(lines, acronyms);
}

bool BudgetsPage::pasteText(const QString &text)
{
    if (!m_store || !m_model->isEditable() || text.trimmed().isEmpty())
        return false;
    const auto table = core::BudgetClipboard::toTable(text);
    if (!table) {
        showError(tr("The pasted text is not a table: %1").arg(table.message()));
        return false;
    }
    // A spreadsheet copies numbers as the user writes them: 2,5 in Russian.
    const auto pasted = core::BudgetLinesImporter::intoVersion(
        *m_store, versionId(), *table,
        core::MoneyFormat::displayStyle() == core::NumberStyle::Russian,
        tr("Paste %n budget line(s)", nullptr, int(table->rows.size())));
    if (!pasted) {
        showError(pasted.message());
        return false;
    }
    if (!pasted->problems.isEmpty()) {
        showError(tr("Nothing was pasted:") + u'\n' + problemsText(pasted->problems));
        return false;
    }
    showMessage(tr("Pasted %n line(s).", nullptr, pasted->added));
    return true;
}

void BudgetsPage::importLines()
{
    if (!m_store || !proposalId())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Budget Lines"), FileDialogs::startFolder(), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    const auto table = core::CsvReader::readFile(path);
    if (!table) {
        showError(table.message());
        return;
    }
    const auto imported =
        versionId()
            ? core::BudgetLinesImporter::intoVersion(*m_store, versionId(), *table)
            : core::BudgetLinesImporter::intoProposal(*m_store, proposalId(), QString(), *table);
    if (!imported) {
        showError(imported.message());
        return;
    }
    if (!imported->problems.isEmpty()) {
        QMessageBox::warning(this, tr("Import Budget Lines"),
                             tr("Nothing was imported:") + u'\n' +
                                 problemsText(imported->problems));
        return;
    }
    reloadVersions(imported->versionId);
    showMessage(tr("Imported %n budget lines into “%1”.", nullptr, imported->added)
                    .arg(imported->versionName));
}

} // namespace ui
} // namespace hamkor
