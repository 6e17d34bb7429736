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

#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QTreeView>

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
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto added = core::commands::addBudgetVersion(*m_store, dialog.version());
    if (!added) {
        showError(added.message());
        return;
    }
    showError(QString());
    reloadVersions(*added);
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
    if (dialog.exec() != QDialog::Accepted || m_store->isReadOnly())
        return;
    const core::Status saved = core::commands::editBudgetVersion(*m_store, dialog.version());
    showError(saved.message());
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
    const core::LoadedBudget *budget = m_model->budget();
    if (!m_store || !budget || !m_model->isEditable())
        return;
    core::BudgetLine line;
    line.category = m_model->headingAt(m_tree->currentIndex());
    if (line.category.isEmpty()) {
        showError(tr("The budget has no headings yet: name them in Version Settings."));
        return;
    }
    if (!budget->context.proposal.members.isEmpty())
        line.memberId = budget->context.proposal.members.constFirst().id;
    line.currency = budget->version.currency;
    line.quantity = core::Decimal::fromInteger(1);
    const auto added =
        core::commands::addBudgetLines(*m_store, budget->version.id, {line}, tr("Add budget line"));
    if (!added) {
        showError(added.message());
        return;
    }
    showError(QString());
    const QModelIndex index = m_model->indexOfLine(added->constFirst());
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    m_tree->edit(index);
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Budget Lines"), QString(),
                                                      tr("CSV files (*.csv *.txt)"));
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
