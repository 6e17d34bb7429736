// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/BudgetExport.h"

#include <QObject>

class QAction;
class QWidget;

namespace hamkor {
namespace ui {

class BudgetTreeModel;

// File > Export > Budget…, File > Print Budget… and Print Preview: the budget shown in the
// editor, in the donor's layout (or laid out in another template). A long export shows its progress
// and can be cancelled; the file is written whole or not at all.
class BudgetExportActions : public QObject
{
    Q_OBJECT

public:
    BudgetExportActions(BudgetTreeModel *model, QWidget *parent);

    QList<QAction *> exportActions() const;
    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    void updateEnabled();

    // Writes the shown budget to path; progress and cancel in a dialog over parent when
    // interactive. Returns the message to show (empty on success).
    QString exportTo(const QString &path, const core::BudgetExport::Options &options,
                     bool interactive);
    // The same for a budget laid out in another template (BudgetTemplateDialog).
    QString exportTo(const QString &path, const core::LoadedBudget &budget,
                     const core::BudgetExport::Options &options, bool interactive);

private:
    void exportAs(core::BudgetExport::Format format, bool forExcel);
    void exportInOtherTemplate();
    // Asks where to write a budget's file, then writes it; says what went wrong.
    void saveAs(const core::LoadedBudget &budget, const QString &nameSuffix,
                core::BudgetExport::Format format, bool forExcel);
    void print(bool preview);

    BudgetTreeModel *m_model;
    QWidget *m_parent;
    QAction *m_csv, *m_csvExcel, *m_xlsx, *m_pdf, *m_iati, *m_otherTemplate, *m_print, *m_preview;
};

} // namespace ui
} // namespace hamkor
