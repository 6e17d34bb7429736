// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ImportCallsDialog.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/commands/CallCommands.h"
#include "core/domain/DeadlineText.h"
#include "core/io/CsvReader.h"
#include "ui/Settings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

ImportCallsDialog::ImportCallsDialog(core::Store &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Import calls"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_rows = new QTreeWidget(this);
    m_rows->setRootIsDecorated(false);
    m_rows->setHeaderLabels({tr("Line"), tr("What happens"), tr("Call or problem")});
    m_rows->header()->setStretchLastSection(true);
    m_rows->setColumnWidth(0, 60);
    m_rows->setColumnWidth(1, 170);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportCallsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_buttons);
    resize(820, 520);
}

void ImportCallsDialog::chooseFile()
{
    const QString directory = Settings::get(Settings::LastDirectory);
    const QString path = QFileDialog::getOpenFileName(
        parentWidget(), tr("Import calls from CSV"),
        directory.isEmpty() ? QDir::homePath() : directory,
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        Settings::set(Settings::LastDirectory, QFileInfo(path).absolutePath());
        loadFile(path);
    }
}

void ImportCallsDialog::loadFile(const QString &path)
{
    m_path = path;
    m_rows->clear();
    m_preview = {};
    const auto table = core::CsvReader::readFile(path);
    if (!table) {
        m_preview.problems.append({0, QString(), table.message()});
    } else {
        m_preview = core::CallImporter::preview(m_store.database().connection(), *table,
                                                QString::fromLatin1(core::Clock::userZone().id()));
    }
    for (const core::ImportProblem &problem : std::as_const(m_preview.problems)) {
        auto *item = new QTreeWidgetItem(m_rows, {problem.line ? QString::number(problem.line) : QString(),
                                                  tr("Problem"), problem.text()});
        item->setForeground(1, QColor(0xb0, 0x1c, 0x1c));
    }
    for (const auto &[line, why] : std::as_const(m_preview.duplicates))
        new QTreeWidgetItem(m_rows, {QString::number(line), tr("Already present"), why});
    const QLocale locale;
    for (qsizetype i = 0; i < m_preview.toAdd.size(); ++i) {
        const core::Call &call = m_preview.toAdd.at(i);
        new QTreeWidgetItem(
            m_rows, {QString::number(m_preview.toAddLines.value(i)), tr("Add"),
                     QStringLiteral("%1 — %2 — %3")
                         .arg(call.title, call.donor,
                              core::DeadlineText::donorMoment(call.deadline(), locale))});
    }
    const QString file = QFileInfo(path).fileName();
    if (m_preview.ok())
        m_summary->setText(tr("%1: %2 rows read. %3 calls will be added, %4 are already in "
                              "this file.")
                               .arg(file)
                               .arg(m_preview.rowsRead)
                               .arg(m_preview.toAdd.size())
                               .arg(m_preview.duplicates.size()));
    else
        m_summary->setText(tr("%1 cannot be imported: %n problems, listed below. Nothing will "
                              "be added until the file is corrected.",
                              nullptr, int(m_preview.problems.size()))
                               .arg(file));
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(canImport());
}

bool ImportCallsDialog::canImport() const
{
    return hasFile() && m_preview.ok() && !m_preview.toAdd.isEmpty() && !m_store.isReadOnly();
}

void ImportCallsDialog::accept()
{
    if (!canImport())
        return;
    const auto added = core::commands::addCalls(
        m_store, m_preview.toAdd,
        tr("Import %n calls", nullptr, int(m_preview.toAdd.size())));
    if (!added) {
        QMessageBox::warning(this, tr("Import calls"),
                             added.message() + u'\n' + tr("Nothing was imported."));
        return;
    }
    QDialog::accept();
}

} // namespace ui
} // namespace hamkor
