// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetMapping.h"
#include "core/export/BudgetExport.h"

#include <QDialog>

class QComboBox;
class QPushButton;
class QLabel;
class QTreeWidget;

namespace hamkor {
namespace ui {

// File > Export > Budget in Another Template…: the shown budget laid out in another donor's
// template, with where each heading's lines go and the totals by that donor's rules, before
// it is exported as CSV, XLSX or PDF.
class BudgetTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    BudgetTemplateDialog(const core::LoadedBudget &budget, QWidget *parent = nullptr);

    // The budget laid out in the chosen template; nothing when it could not be.
    const std::optional<core::BudgetMapping::Relaid> &relaid() const { return m_relaid; }
    core::BudgetExport::Format format() const;
    bool forExcel() const;

    QComboBox *templateBox() const { return m_template; }
    QComboBox *formatBox() const { return m_format; }
    QTreeWidget *movesView() const { return m_moves; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void relayout();

    const core::LoadedBudget &m_budget;
    QComboBox *m_template = nullptr;
    QComboBox *m_format = nullptr;
    QTreeWidget *m_moves = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_export = nullptr;
    std::optional<core::BudgetMapping::Relaid> m_relaid;
};

} // namespace ui
} // namespace hamkor
