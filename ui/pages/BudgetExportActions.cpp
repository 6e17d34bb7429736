// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/BudgetExportActions.h"

#include "core/export/BudgetIati.h"
#include "core/export/BudgetPdf.h"
#include "ui/dialogs/BudgetTemplateDialog.h"
#include "ui/models/BudgetTreeModel.h"
#include "ui/shell/FileDialogs.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>

namespace hamkor {
namespace ui {

using core::BudgetExport;

BudgetExportActions::BudgetExportActions(BudgetTreeModel *model, QWidget *parent)
    : QObject(parent), m_model(model), m_parent(parent)
{
    const auto action = [this](const QString &text, BudgetExport::Format format, bool excel) {
        auto *a = new QAction(text, this);
        connect(a, &QAction::triggered, this, [this, format, excel] { exportAs(format, excel); });
        return a;
    };
    m_csv = action(tr("Budget as &CSV…"), BudgetExport::Format::Csv, false);
    m_csvExcel = action(tr("Budget as CSV for E&xcel…"), BudgetExport::Format::Csv, true);
    m_xlsx = action(tr("Budget as &XLSX…"), BudgetExport::Format::Xlsx, false);
    m_pdf = action(tr("Budget as &PDF for Signature…"), BudgetExport::Format::Pdf, false);
    m_iati = action(tr("Budget as &IATI Activity (XML)…"), BudgetExport::Format::Iati, false);
    m_otherTemplate = new QAction(tr("Budget in Another &Template…"), this);
    connect(m_otherTemplate, &QAction::triggered, this,
            &BudgetExportActions::exportInOtherTemplate);
    m_print = new QAction(tr("&Print Budget…"), this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, [this] { print(false); });
    m_preview = new QAction(tr("Print Pre&view of Budget…"), this);
    connect(m_preview, &QAction::triggered, this, [this] { print(true); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &BudgetExportActions::updateEnabled);
    updateEnabled();
}

QList<QAction *> BudgetExportActions::exportActions() const
{
    return {m_csv, m_csvExcel, m_xlsx, m_pdf, m_iati, m_otherTemplate};
}

void BudgetExportActions::updateEnabled()
{
    const core::LoadedBudget *budget = m_model->budget();
    for (QAction *a : {m_csv, m_csvExcel, m_xlsx, m_pdf, m_otherTemplate, m_print, m_preview})
        a->setEnabled(budget);
    m_iati->setEnabled(budget && core::BudgetIati::isAwarded(budget->context.proposal.status));
}

QString BudgetExportActions::exportTo(const QString &path, const BudgetExport::Options &options,
                                      bool interactive)
{
    const core::LoadedBudget *budget = m_model->budget();
    if (!budget)
        return tr("Choose a budget first.");
    return exportTo(path, *budget, options, interactive);
}

QString BudgetExportActions::exportTo(const QString &path, const core::LoadedBudget &budget,
                                      const BudgetExport::Options &options, bool interactive)
{
    BudgetExport::Options withProgress = options;
    std::unique_ptr<QProgressDialog> progress;
    if (interactive) {
        progress = std::make_unique<QProgressDialog>(tr("Exporting the budget…"), tr("Cancel"), 0,
                                                     100, m_parent);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        withProgress.progress = [&progress](int done) {
            progress->setValue(done);
            QCoreApplication::processEvents();
            return !progress->wasCanceled();
        };
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status written = BudgetExport::writeFile(path, budget, withProgress);
    QApplication::restoreOverrideCursor();
    return written.message();
}

void BudgetExportActions::exportAs(BudgetExport::Format format, bool forExcel)
{
    if (const core::LoadedBudget *budget = m_model->budget())
        saveAs(*budget, QString(), format, forExcel);
}

void BudgetExportActions::exportInOtherTemplate()
{
    const core::LoadedBudget *budget = m_model->budget();
    if (!budget)
        return;
    BudgetTemplateDialog dialog(*budget, m_parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.relaid())
        return;
    saveAs(dialog.relaid()->budget, u'-' + dialog.relaid()->budget.version.templateCode,
           dialog.format(), dialog.forExcel());
}

void BudgetExportActions::saveAs(const core::LoadedBudget &budget, const QString &nameSuffix,
                                 BudgetExport::Format format, bool forExcel)
{
    const QString suffix = BudgetExport::suffix(format);
    const QString name =
        QStringLiteral("%1-%2%3.%4")
            .arg(budget.context.proposal.acronym, QString(budget.version.name).replace(u' ', u'-'),
                 nameSuffix, suffix);
    const QString folder = FileDialogs::startFolder();
    const QString path =
        QFileDialog::getSaveFileName(m_parent, tr("Export Budget"), folder + u'/' + name,
                                     tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    BudgetExport::Options options;
    options.format = format;
    if (forExcel)
        options.csv = core::CsvWriteOptions::forExcel(QLocale());
    if (const QString failure = exportTo(path, budget, options, true); !failure.isEmpty())
        QMessageBox::warning(m_parent, tr("Export Budget"),
                             failure + u'\n' + tr("Nothing was written to %1.").arg(path));
}

void BudgetExportActions::print(bool preview)
{
    const core::LoadedBudget *budget = m_model->budget();
    if (!budget)
        return;
    QPrinter printer(QPrinter::HighResolution);
    const auto render = [this, budget](QPrinter *device) {
        if (const core::Status s = core::BudgetPdf::print(*device, *budget); !s)
            QMessageBox::warning(m_parent, tr("Print Budget"), s.message());
    };
    if (preview) {
        QPrintPreviewDialog dialog(&printer, m_parent);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, render);
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        render(&printer);
}

} // namespace ui
} // namespace hamkor
