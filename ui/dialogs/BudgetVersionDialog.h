// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/Budget.h"
#include "ui/dialogs/SaveOnAccept.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace hamkor {
namespace ui {

// A budget version's own settings: name, state, donor template, currency, the date of its
// exchange rates, its rates of indirect costs, contingency and funding, notes, and for the
// generic template the headings the user names. A submitted or awarded version shows its
// settings but lets only its state change.
class BudgetVersionDialog : public QDialog
{
    Q_OBJECT

public:
    BudgetVersionDialog(const core::BudgetVersion &version, QWidget *parent = nullptr);
    // The version as the dialog holds it; valid after accept().
    core::BudgetVersion version() const { return m_version; }

    // What OK saves before the dialog closes; a failed save keeps it open (SaveOnAccept).
    void setSave(SaveOnAccept::Save save) { m_saveOnAccept.set(std::move(save)); }
    void accept() override;

private:
    void updateHeadings();

    core::BudgetVersion m_version;
    QLineEdit *m_name = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_template = nullptr;
    QComboBox *m_currency = nullptr;
    QDateEdit *m_rateDate = nullptr;
    QLineEdit *m_indirect = nullptr;
    QLineEdit *m_contingency = nullptr;
    QLineEdit *m_funding = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_headings = nullptr;
    QWidget *m_headingsBox = nullptr;
    QLabel *m_problem = nullptr;
    SaveOnAccept m_saveOnAccept;
};

} // namespace ui
} // namespace hamkor
