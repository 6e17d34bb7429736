// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ImportDialog.h"

#include "core/Store.h"
#include "core/io/CsvReader.h"
#include "ui/Settings.h"
#include "ui/shell/FileDialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

ImportDialog::ImportDialog(core::Store &store, const QString &title, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(title);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_rows = new QTreeWidget(this);
    m_rows->setRootIsDecorated(false);
    m_rows->setHeaderLabels({tr("Line"), tr("What happens"), tr("Record or problem")});
    m_rows->header()->setStretchLastSection(true);
    m_rows->setColumnWidth(0, 60);
    m_rows->setColumnWidth(1, 170);
    // Problems are sentences: they wrap instead of being cut off.
    m_rows->setWordWrap(true);
    m_rows->setUniformRowHeights(false);
    m_rows->setTextElideMode(Qt::ElideNone);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_buttons);
    resize(820, 520);
}

void ImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(parentWidget(), windowTitle(), FileDialogs::startFolder(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        Settings::set(Settings::LastDirectory, QFileInfo(path).absolutePath());
        loadFile(path);
    }
}

void ImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_summary = {};
    const auto table = core::CsvReader::readFile(path);
    if (table)
        m_summary = read(*table);
    else
        m_summary.problems.append({0, QString(), table.message()});
    show(QFileInfo(path).fileName());
}

void ImportDialog::show(const QString &file)
{
    m_rows->clear();
    for (const core::ImportProblem &problem : std::as_const(m_summary.problems)) {
        auto *item =
            new QTreeWidgetItem(m_rows, {problem.line ? QString::number(problem.line) : QString(),
                                         tr("Problem"), problem.text()});
        item->setForeground(1, QColor(0xb0, 0x1c, 0x1c));
        item->setToolTip(2, problem.text());
    }
    for (const auto &[line, why] : std::as_const(m_summary.duplicates))
        new QTreeWidgetItem(m_rows, {QString::number(line), tr("Already present"), why});
    for (int i = 0; i < m_rows->topLevelItemCount(); ++i)
        m_rows->topLevelItem(i)->setToolTip(2, m_rows->topLevelItem(i)->text(2));
    for (const auto &[line, what] : std::as_const(m_summary.toAdd))
        new QTreeWidgetItem(m_rows, {QString::number(line), tr("Add"), what});
    if (m_summary.problems.isEmpty())
        m_label->setText(QStringLiteral("%1: %2 %3")
                             .arg(file, tr("%n row(s) read.", nullptr, m_summary.rowsRead),
                                  tr("%1 will be added, %2 already in this file.")
                                      .arg(m_summary.toAdd.size())
                                      .arg(m_summary.duplicates.size())));
    else
        m_label->setText(tr("%1 cannot be imported: %n problems, listed below. Nothing will "
                            "be added until the file is corrected.",
                            nullptr, int(m_summary.problems.size()))
                             .arg(file));
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(canImport());
}

bool ImportDialog::canImport() const
{
    return hasFile() && m_summary.problems.isEmpty() && !m_summary.toAdd.isEmpty() &&
           !m_store.isReadOnly();
}

void ImportDialog::accept()
{
    if (!canImport())
        return;
    if (const core::Status added = commit(); !added) {
        QMessageBox::warning(this, windowTitle(),
                             added.message() + u'\n' + tr("Nothing was imported."));
        return;
    }
    // Said where the user looks next: the main window's status bar.
    if (auto *main =
            qobject_cast<QMainWindow *>(parentWidget() ? parentWidget()->window() : nullptr))
        main->statusBar()->showMessage(
            tr("%1: %n record(s) imported. Edit > Undo takes them out again.", nullptr,
               int(m_summary.toAdd.size()))
                .arg(QFileInfo(m_path).fileName()),
            15000);
    QDialog::accept();
}

} // namespace ui
} // namespace hamkor
